import type { ExpectationStatus, LedgerItem } from '../../core';
import { formatDue, formatMoney, KIND_LABEL, STATUS_LABEL } from '../format';
import type { SidebarActions } from './actions';
import { HistoryList } from './HistoryList';
import { httpsOnly } from '../httpsOnly';
import { useAction } from './useAction';
import { ErrorLine } from './ErrorLine';
import { dueState } from '../../ledger/dueState';
import { DueBadge } from './DueBadge';
import { FollowUpButton } from './FollowUpButton';

type Settable = Exclude<ExpectationStatus, 'renegotiated'>;

/** The status moves offered for each status (the ledger enforces the same rules). */
export const MOVES: Record<ExpectationStatus, { to: Settable; label: string }[]> = {
  proposed: [
    { to: 'confirmed', label: 'Client confirmed' },
    { to: 'done', label: 'Done' },
    { to: 'missed', label: 'Missed' },
    { to: 'cancelled', label: 'Cancel' },
  ],
  confirmed: [
    { to: 'done', label: 'Done' },
    { to: 'missed', label: 'Missed' },
    { to: 'cancelled', label: 'Cancel' },
  ],
  renegotiated: [
    { to: 'confirmed', label: 'Client confirmed' },
    { to: 'done', label: 'Done' },
    { to: 'missed', label: 'Missed' },
    { to: 'cancelled', label: 'Cancel' },
  ],
  missed: [{ to: 'done', label: 'Done late' }],
  done: [{ to: 'confirmed', label: 'Reopen' }],
  cancelled: [{ to: 'confirmed', label: 'Reopen' }],
};

/** The terms before the latest renegotiation, shown beside the new ones. */
function previousTerms(item: LedgerItem): string | null {
  const last = [...item.history].reverse().find((h) => h.action === 'renegotiated');
  if (!last?.from) return null;
  const parts: string[] = [];
  const from = last.from as { due?: string | null; amount?: { value: number; currency: string } | null };
  if ('due' in from) parts.push(from.due ? `due ${formatDue(from.due)}` : 'no date');
  if ('amount' in from && from.amount) parts.push(formatMoney(from.amount));
  return parts.length > 0 ? parts.join(', ') : null;
}

/**
 * One ledger item: what, by when (and how close that is to `today`), how much, status,
 * where it was agreed, and its history. `threadId` is the thread open beside the panel.
 */
export function ItemRow({
  item,
  actions,
  today,
  threadId,
}: {
  item: LedgerItem;
  actions: SidebarActions;
  today: string;
  threadId?: string;
}) {
  const { busy, error, run } = useAction();
  const was = item.status === 'renegotiated' ? previousTerms(item) : null;
  const due = dueState(item, today);
  return (
    <li class="item" data-item-id={item.id} data-status={item.status} data-due={due.kind} tabIndex={-1}>
      <p class="item-text">{item.text}</p>
      <p class="item-meta">
        <DueBadge state={due} />
        <span class="chip kind">{KIND_LABEL[item.kind]}</span>
        <span class={`chip status status-${item.status}`}>{STATUS_LABEL[item.status]}</span>
        {item.due && <span class="due">Due {formatDue(item.due)}</span>}
        {item.amount && <span class="amount">{formatMoney(item.amount)}</span>}
        {item.status === 'done' && item.doneOn && <span class="done-on">Done {formatDue(item.doneOn)}</span>}
        {item.source && (
          <a class="source" href={httpsOnly(item.source.threadUrl)} target="_top" title={item.source.quote}>
            Source
          </a>
        )}
      </p>
      {was && <p class="was">Was: {was}</p>}
      <p class="actions">
        {MOVES[item.status].map((move) => (
          <button
            type="button"
            key={move.to}
            disabled={busy}
            onClick={() => void run(() => actions.setStatus(item.id, move.to))}
          >
            {move.label}
          </button>
        ))}
      </p>
      <ErrorLine error={error} />
      {due.kind === 'overdue' && item.owner === 'client' && item.source && actions.draftFollowUp && (
        <FollowUpButton
          item={item}
          onThread={item.source.threadId === threadId}
          draft={actions.draftFollowUp}
        />
      )}
      {item.history.length > 0 && <HistoryList history={item.history} />}
    </li>
  );
}
