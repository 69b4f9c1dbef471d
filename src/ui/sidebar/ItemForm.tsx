import { useState } from 'preact/hooks';
import { EXPECTATION_KINDS, type ExpectationKind, type Side } from '../../core';
import { KIND_LABEL, SIDE_HEADING } from '../format';
import type { ItemFields } from './actions';
import { ErrorLine } from './ErrorLine';

const CURRENCY = /^[A-Z]{3}$/;

/** Edit an item's words, side, kind, due date and amount: before accepting, or by hand. */
export function ItemForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: ItemFields;
  submitLabel: string;
  onSubmit(fields: ItemFields): Promise<void>;
  onCancel(): void;
}) {
  const [text, setText] = useState(initial.text);
  const [kind, setKind] = useState<ExpectationKind>(initial.kind);
  const [owner, setOwner] = useState<Side>(initial.owner);
  const [due, setDue] = useState(initial.due ?? '');
  const [dueTime, setDueTime] = useState(initial.dueTime ?? '');
  const [amount, setAmount] = useState(initial.amount ? String(initial.amount.value) : '');
  const [currency, setCurrency] = useState(initial.amount?.currency ?? 'USD');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const value = amount.trim() === '' ? null : Number(amount);
    if (value !== null && (!Number.isFinite(value) || value < 0))
      return setError('The amount must be a number.');
    if (value !== null && !CURRENCY.test(currency.trim().toUpperCase()))
      return setError('The currency must be a three-letter code such as USD, GBP or EUR.');
    if (!text.trim()) return setError('Say what is owed.');
    setBusy(true);
    setError(null);
    try {
      await onSubmit({
        text: text.trim(),
        kind,
        owner,
        due: due || null,
        ...(dueTime ? { dueTime } : {}),
        amount: value === null ? null : { value, currency: currency.trim().toUpperCase() },
      });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="item-form" onSubmit={submit}>
      <label>
        What is owed
        <textarea rows={2} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      </label>
      <div class="row">
        <label>
          Who owes it
          <select value={owner} onChange={(e) => setOwner((e.target as HTMLSelectElement).value as Side)}>
            <option value="us">{SIDE_HEADING.us}</option>
            <option value="client">{SIDE_HEADING.client}</option>
          </select>
        </label>
        <label>
          Kind
          <select
            value={kind}
            onChange={(e) => setKind((e.target as HTMLSelectElement).value as ExpectationKind)}
          >
            {EXPECTATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="row">
        <label>
          Due
          <input type="date" value={due} onInput={(e) => setDue((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          Time
          <input
            type="time"
            value={dueTime}
            onInput={(e) => setDueTime((e.target as HTMLInputElement).value)}
          />
        </label>
      </div>
      <div class="row">
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
      <ErrorLine error={error} />
      <p class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}
