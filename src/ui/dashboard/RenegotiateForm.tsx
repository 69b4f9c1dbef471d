import { useState } from 'preact/hooks';
import type { LedgerItem } from '../../core';
import { ErrorLine } from '../sidebar/ErrorLine';
import { sendToWorker } from './api';

const CURRENCY = /^[A-Z]{3}$/;

/** New terms both sides agreed: a date, an amount, added scope; the old terms stay in history. */
export function RenegotiateForm({ item, onDone }: { item: LedgerItem; onDone(): void }) {
  const [due, setDue] = useState(item.due ?? '');
  const [amount, setAmount] = useState(item.amount ? String(item.amount.value) : '');
  const [currency, setCurrency] = useState(item.amount?.currency ?? 'USD');
  const [scope, setScope] = useState('');
  const [why, setWhy] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const value = amount.trim() === '' ? null : Number(amount);
    if (value !== null && (!Number.isFinite(value) || value < 0))
      return setError('The amount must be a number.');
    const code = currency.trim().toUpperCase();
    if (value !== null && !CURRENCY.test(code)) return setError('The currency must be a three-letter code.');
    setBusy(true);
    setError(null);
    try {
      await sendToWorker('item.renegotiate', {
        id: item.id,
        due: due || null,
        amount: value === null ? null : { value, currency: code },
        ...(scope.trim() ? { scope: scope.trim() } : {}),
        ...(why.trim() ? { why: why.trim() } : {}),
      });
      onDone();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="item-form renegotiate" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onDone()}>
      <div class="row">
        <label>
          New due date
          <input type="date" value={due} onInput={(e) => setDue((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          Amount
          <input
            inputMode="decimal"
            value={amount}
            onInput={(e) => setAmount((e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          Currency
          <input
            maxLength={3}
            value={currency}
            onInput={(e) => setCurrency((e.target as HTMLInputElement).value)}
          />
        </label>
      </div>
      <label>
        Added scope (optional)
        <input value={scope} onInput={(e) => setScope((e.target as HTMLInputElement).value)} />
      </label>
      <label>
        Why (optional, kept in history)
        <input value={why} onInput={(e) => setWhy((e.target as HTMLInputElement).value)} />
      </label>
      <ErrorLine error={error} />
      <p class="actions">
        <button type="submit" class="primary" disabled={busy}>
          Save new terms
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </p>
    </form>
  );
}
