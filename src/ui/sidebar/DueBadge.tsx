import { describeDueState, type DueState } from '../../ledger/dueState';

/**
 * "3 days overdue", "Due today", "Due in 2 days": how close an open item is to its date,
 * as words (never colour alone), marked on the item row and read by screen readers.
 */
export function DueBadge({ state }: { state: DueState }) {
  const words = describeDueState(state);
  if (!words) return null;
  return <span class={`due-state due-${state.kind}`}>{words}</span>;
}
