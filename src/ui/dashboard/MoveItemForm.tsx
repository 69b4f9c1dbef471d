import { useState } from 'preact/hooks';
import type { Client, LedgerItem } from '../../core';
import { ErrorLine } from '../sidebar/ErrorLine';
import { useAction } from '../sidebar/useAction';
import { sendToWorker } from './api';

/** Files an item under another client (it was accepted on the wrong thread's client). */
export function MoveItemForm({
  item,
  others,
  onDone,
}: {
  item: LedgerItem;
  others: Client[];
  onDone(): void;
}) {
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const { busy, error, run } = useAction();
  return (
    <form
      class="item-form move"
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await sendToWorker('item.move', { id: item.id, clientId: target, why: 'moved from the dashboard' });
          onDone();
        });
      }}
    >
      <label>
        Move to
        <select value={target} onChange={(e) => setTarget((e.target as HTMLSelectElement).value)}>
          {others.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <ErrorLine error={error} />
      <p class="actions">
        <button type="submit" class="primary" disabled={busy || !target}>
          Move item
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </p>
    </form>
  );
}
