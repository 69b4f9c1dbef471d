import { useState } from 'preact/hooks';
import type { SuggestedExpectation } from '../../core';
import { suggestionKey, type SidebarActions } from './actions';
import { SuggestionCard } from './SuggestionCard';

/**
 * Suggestions below the calibrated confidence threshold (MAYBE_BELOW): collapsed under
 * "Maybe (N)", apart from the sure ones, until the user opens them.
 */
export function MaybeGroup({
  suggestions,
  actions,
}: {
  suggestions: SuggestedExpectation[];
  actions: SidebarActions;
}) {
  const [open, setOpen] = useState(false);
  if (suggestions.length === 0) return null;
  const id = 'accord-maybe-suggestions';
  return (
    <div class="maybe-group">
      <button
        type="button"
        class="maybe-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        Maybe ({suggestions.length})
      </button>
      {/* Always in the page (aria-controls names it), hidden while collapsed. */}
      <ul class="items" id={id} aria-label="Less certain suggestions" hidden={!open}>
        {suggestions.map((s) => (
          <SuggestionCard key={suggestionKey(s)} suggestion={s} actions={actions} />
        ))}
      </ul>
    </div>
  );
}
