import type { SuggestedExpectation } from '../../core';
import { formatDue, formatMoney, KIND_LABEL } from '../format';

const OWNER_LABEL = { us: 'We owe', client: 'They owe' } as const;

/** What extraction found in this thread that is not in the ledger yet. */
export function SuggestionList({ suggestions }: { suggestions: SuggestedExpectation[] }) {
  if (suggestions.length === 0) return null;
  return (
    <section class="suggestions" aria-label="Suggestions from this thread">
      <h3>
        Found in this thread <span class="count">{suggestions.length}</span>
      </h3>
      <ul class="items">
        {suggestions.map((s) => (
          <li
            class="suggestion"
            key={`${s.messageId}:${s.start}`}
            data-suggestion-key={`${s.messageId}:${s.start}`}
            tabIndex={-1}
            data-kind={s.kind}
            data-owner={s.owner}
          >
            <blockquote class="quote">{s.text}</blockquote>
            <p class="item-meta">
              <span class="chip owner">{OWNER_LABEL[s.owner]}</span>
              <span class="chip kind">{KIND_LABEL[s.kind]}</span>
              {s.due && <span class="due">Due {formatDue(s.due)}</span>}
              {s.dueTime && <span class="due-time">{s.dueTime}</span>}
              {s.amount && <span class="amount">{formatMoney(s.amount)}</span>}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
