import { useState } from 'preact/hooks';
import type { SuggestedExpectation } from '../../core';
import { formatDue, formatMoney, KIND_LABEL } from '../format';
import { suggestionKey, type ItemFields, type SidebarActions } from './actions';
import { ItemForm } from './ItemForm';
import { useAction } from './useAction';
import { ErrorLine } from './ErrorLine';

const OWNER_LABEL = { us: 'We owe', client: 'They owe' } as const;

export function fieldsOf(s: SuggestedExpectation): ItemFields {
  return {
    text: s.text,
    kind: s.kind,
    owner: s.owner,
    due: s.due,
    ...(s.dueTime ? { dueTime: s.dueTime } : {}),
    amount: s.amount,
  };
}

/**
 * One suggestion: the sentence it came from and what Accord read in it, with Accept,
 * Edit and Dismiss. With the card focused, the keys A, E and D do the same.
 */
export function SuggestionCard({
  suggestion,
  actions,
}: {
  suggestion: SuggestedExpectation;
  actions: SidebarActions;
}) {
  const [editing, setEditing] = useState(false);
  const { busy, error, run } = useAction();
  const accept = () => run(() => actions.accept([{ suggestion }]));
  const dismiss = () => run(() => actions.dismiss(suggestion));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey || busy)
      return;
    const key = event.key.toLowerCase();
    if (key === 'a') void accept();
    else if (key === 'd') void dismiss();
    else if (key === 'e') setEditing(true);
    else return;
    event.preventDefault();
    event.stopPropagation(); // Gmail has its own single-key shortcuts.
  };

  return (
    <li
      class="suggestion"
      tabIndex={0}
      data-suggestion-key={suggestionKey(suggestion)}
      data-kind={suggestion.kind}
      data-owner={suggestion.owner}
      aria-keyshortcuts="A E D"
      aria-label={`Suggestion: ${suggestion.text}. Press A to accept, E to edit, D to dismiss.`}
      onKeyDown={onKeyDown}
    >
      <blockquote class="quote">{suggestion.text}</blockquote>
      {editing ? (
        <ItemForm
          initial={fieldsOf(suggestion)}
          submitLabel="Accept"
          onCancel={() => setEditing(false)}
          onSubmit={(edits) => actions.accept([{ suggestion, edits }])}
        />
      ) : (
        <>
          <p class="item-meta">
            <span class="chip owner">{OWNER_LABEL[suggestion.owner]}</span>
            <span class="chip kind">{KIND_LABEL[suggestion.kind]}</span>
            {suggestion.due && <span class="due">Due {formatDue(suggestion.due)}</span>}
            {suggestion.dueTime && <span class="due-time">{suggestion.dueTime}</span>}
            {suggestion.amount && <span class="amount">{formatMoney(suggestion.amount)}</span>}
            {suggestion.terms && <span class="terms">{suggestion.terms}</span>}
          </p>
          {suggestion.amount && suggestion.amountSuspect && (
            <p class="warning amount-suspect" role="note">
              Check this amount: the mail uses hidden direction characters here, so what it shows may not be
              the {formatMoney(suggestion.amount)} Accord read.
            </p>
          )}
          <p class="actions">
            <button type="button" class="primary" disabled={busy} onClick={() => void accept()}>
              Accept
            </button>
            <button type="button" disabled={busy} onClick={() => setEditing(true)}>
              Edit
            </button>
            <button type="button" disabled={busy} onClick={() => void dismiss()}>
              Dismiss
            </button>
          </p>
        </>
      )}
      <ErrorLine error={error} />
    </li>
  );
}
