import type { DueEntry } from '../../messaging/dashboardProtocol';
import { formatMoney, KIND_LABEL, SIDE_HEADING, STATUS_LABEL } from '../format';
import { ErrorLine } from '../sidebar/ErrorLine';
import { useAction } from '../sidebar/useAction';
import { sendToWorker } from './api';
import { dueRelative, formatDay } from './format';
import { clientHref } from './route';
import { SourceLink } from './SourceLink';

/** One item on Today: what, who owes it, when, and links to its thread and client. */
export function DueRow({ entry, today }: { entry: DueEntry; today: string }) {
  const { item, clientName } = entry;
  const { busy, error, run } = useAction();
  const overdue = item.due !== null && item.due < today;
  return (
    <li
      class="row"
      data-row
      tabIndex={0}
      data-item-id={item.id}
      data-owner={item.owner}
      aria-label={item.text}
    >
      <p class="item-text">{item.text}</p>
      <p class="item-meta">
        <span class={`chip side side-${item.owner}`}>{SIDE_HEADING[item.owner]}</span>
        <span class="chip kind">{KIND_LABEL[item.kind]}</span>
        <span class={`chip status status-${item.status}`}>{STATUS_LABEL[item.status]}</span>
        {item.due && (
          <span class={overdue ? 'due overdue' : 'due'}>
            {formatDay(item.due)} · {dueRelative(item.due, today)}
          </span>
        )}
        {item.amount && <span class="amount">{formatMoney(item.amount)}</span>}
      </p>
      <p class="actions">
        <SourceLink item={item} />
        <a href={clientHref(item.clientId)}>
          {clientName || 'Client'}
          <span class="visually-hidden"> (client page)</span>
        </a>
        <button
          type="button"
          data-key="d"
          aria-keyshortcuts="d"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              await sendToWorker('item.setStatus', { id: item.id, status: 'done' });
            })
          }
        >
          Done<span class="visually-hidden">: {item.text}</span>
        </button>
      </p>
      <ErrorLine error={error} />
    </li>
  );
}
