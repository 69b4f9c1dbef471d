import { isMaybe, type SuggestedExpectation } from '../../core';
import { MaybeGroup } from './MaybeGroup';
import { grouped, moreKey, suggestionKey, type SidebarActions } from './actions';
import { SuggestionCard } from './SuggestionCard';
import { useAction } from './useAction';
import { ErrorLine } from './ErrorLine';

/**
 * What extraction found in this thread that is not in the ledger yet, by message. A message
 * with very many (see src/extract/perMessageCap.ts) shows the first ones and "and N more":
 * accepting or dismissing some brings the next ones in.
 */
export function SuggestionList({
  suggestions,
  more = {},
  actions,
}: {
  suggestions: SuggestedExpectation[];
  more?: Record<string, number> | undefined;
  actions: SidebarActions;
}) {
  const { busy, error, run } = useAction();
  if (suggestions.length === 0) return null;
  // Sure ones by message; the rest apart, collapsed under "Maybe" (never mixed in).
  const sure = suggestions.filter((s) => !isMaybe(s));
  const maybe = suggestions.filter(isMaybe);
  const hidden = Object.values(more).reduce((a, b) => a + b, 0);
  const byMessage = new Map<string, SuggestedExpectation[]>();
  sure.forEach((s) => byMessage.set(s.messageId, [...(byMessage.get(s.messageId) ?? []), s]));

  return (
    <section class="suggestions" aria-label="Suggestions from this thread">
      <h3>
        Found in this thread <span class="count">{grouped(sure.length + hidden)}</span>
      </h3>
      {[...byMessage.entries()].map(([messageId, group]) => (
        <div class="message-group" key={messageId}>
          {group.length > 1 && (
            <p class="group-actions">
              <button
                type="button"
                disabled={busy}
                onClick={() => void run(() => actions.accept(group.map((suggestion) => ({ suggestion }))))}
              >
                {more[messageId]
                  ? `Accept these ${group.length}`
                  : `Accept all ${group.length} from this message`}
              </button>
            </p>
          )}
          <ul class="items">
            {group.map((s) => (
              <SuggestionCard key={suggestionKey(s)} suggestion={s} actions={actions} />
            ))}
          </ul>
          {(more[messageId] ?? 0) > 0 && (
            <p class="more" tabIndex={-1} data-suggestion-key={moreKey(messageId)}>
              and {grouped(more[messageId]!)} more from this message, shown as you accept or dismiss these
            </p>
          )}
        </div>
      ))}
      <MaybeGroup suggestions={maybe} actions={actions} />
      <ErrorLine error={error} />
    </section>
  );
}
