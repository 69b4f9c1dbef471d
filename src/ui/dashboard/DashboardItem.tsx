import { useState } from 'preact/hooks';
import type { Client, LedgerItem } from '../../core';
import { formatMoney, KIND_LABEL, STATUS_LABEL } from '../format';
import { ErrorLine } from '../sidebar/ErrorLine';
import { HistoryList } from '../sidebar/HistoryList';
import { ItemForm } from '../sidebar/ItemForm';
import { MOVES } from '../sidebar/ItemRow';
import { useAction } from '../sidebar/useAction';
import { sendToWorker } from './api';
import { dueRelative, formatDay } from './format';
import { MoveItemForm } from './MoveItemForm';
import { RenegotiateForm } from './RenegotiateForm';
import { SourceLink } from './SourceLink';

type Form = 'edit' | 'renegotiate' | 'move' | null;
const OPEN = new Set(['proposed', 'confirmed', 'renegotiated']);

/** One item on the client page, with every action the panel has, plus move and extra. */
export function DashboardItem({
  item,
  today,
  others,
}: {
  item: LedgerItem;
  today: string;
  others: Client[];
}) {
  const [form, setForm] = useState<Form>(null);
  const { busy, error, run } = useAction();
  const open = OPEN.has(item.status);
  const overdue = open && item.due !== null && item.due < today;
  const close = () => setForm(null);
  const toggle = (f: Form) => setForm(form === f ? null : f);
  const label = (verb: string) => (
    <>
      {verb}
      <span class="visually-hidden">: {item.text}</span>
    </>
  );
  return (
    <li
      class={`row item${overdue ? ' overdue' : ''}`}
      data-row
      tabIndex={0}
      data-item-id={item.id}
      data-status={item.status}
      aria-label={item.text}
    >
      <p class="item-text">{item.text}</p>
      <p class="item-meta">
        <span class="chip kind">{KIND_LABEL[item.kind]}</span>
        <span class={`chip status status-${item.status}`}>{STATUS_LABEL[item.status]}</span>
        {item.extra && <span class="chip extra">Extra</span>}
        {item.due && (
          <span class={overdue ? 'due overdue' : 'due'}>
            Due {formatDay(item.due)}
            {open ? ` · ${dueRelative(item.due, today)}` : ''}
          </span>
        )}
        {item.amount && <span class="amount">{formatMoney(item.amount)}</span>}
        {item.terms && <span class="terms">{item.terms}</span>}
        {item.status === 'done' && item.doneOn && <span class="done-on">Done {formatDay(item.doneOn)}</span>}
      </p>
      <p class="actions">
        <SourceLink item={item} />
        {MOVES[item.status].map((move) => (
          <button
            type="button"
            key={move.to}
            disabled={busy}
            {...(move.to === 'done' ? { 'data-key': 'd', 'aria-keyshortcuts': 'd' } : {})}
            onClick={() =>
              void run(
                async () => void (await sendToWorker('item.setStatus', { id: item.id, status: move.to })),
              )
            }
          >
            {label(move.label)}
          </button>
        ))}
        <button
          type="button"
          data-key="e"
          aria-keyshortcuts="e"
          aria-expanded={form === 'edit'}
          onClick={() => toggle('edit')}
        >
          {label('Edit')}
        </button>
        {(open || item.status === 'missed') && (
          <button
            type="button"
            data-key="n"
            aria-keyshortcuts="n"
            aria-expanded={form === 'renegotiate'}
            onClick={() => toggle('renegotiate')}
          >
            {label('Renegotiate')}
          </button>
        )}
        {others.length > 0 && (
          <button
            type="button"
            data-key="m"
            aria-keyshortcuts="m"
            aria-expanded={form === 'move'}
            onClick={() => toggle('move')}
          >
            {label('Move')}
          </button>
        )}
        {item.status === 'done' && (
          <button
            type="button"
            data-key="x"
            aria-keyshortcuts="x"
            aria-pressed={Boolean(item.extra)}
            disabled={busy}
            onClick={() =>
              void run(
                async () => void (await sendToWorker('item.setExtra', { id: item.id, extra: !item.extra })),
              )
            }
          >
            {label('Extra')}
          </button>
        )}
      </p>
      <ErrorLine error={error} />
      {form === 'edit' && (
        <ItemForm
          initial={item}
          submitLabel="Save changes"
          onCancel={close}
          onSubmit={async (fields) => {
            await sendToWorker('item.edit', {
              id: item.id,
              edits: {
                text: fields.text,
                kind: fields.kind,
                owner: fields.owner,
                due: fields.due,
                dueTime: fields.dueTime ?? null,
                amount: fields.amount,
              },
            });
            close();
          }}
        />
      )}
      {form === 'renegotiate' && <RenegotiateForm item={item} onDone={close} />}
      {form === 'move' && <MoveItemForm item={item} others={others} onDone={close} />}
      {item.history.length > 0 && <HistoryList history={item.history} />}
    </li>
  );
}
