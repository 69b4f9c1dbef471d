import type { HistoryEntry } from '../../core';

/** "status:done" → "marked done"; "renegotiated" with from/to → "renegotiated: due 2026-03-20 → 2026-03-27". */
export function describeEntry(entry: HistoryEntry): string {
  const [verb, value] = entry.action.split(':');
  const base =
    verb === 'status'
      ? `marked ${value}`
      : verb === 'reopened'
        ? `reopened as ${value}`
        : verb === 'sent-for-confirmation'
          ? 'sent to the client for confirmation'
          : (verb ?? entry.action);
  const changes = Object.keys(entry.to ?? {})
    .filter((field) => field !== 'status' && field !== 'updatedAt')
    .map((field) => `${field} ${show(entry.from?.[field])} → ${show(entry.to?.[field])}`);
  return changes.length > 0 ? `${base}: ${changes.join('; ')}` : base;
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'none';
  if (typeof value === 'object' && value && 'value' in value && 'currency' in value) {
    const money = value as { value: number; currency: string };
    return `${money.value} ${money.currency}`;
  }
  return String(value);
}

/** Every change to an item, oldest first, with who, when and why. */
export function HistoryList({ history }: { history: HistoryEntry[] }) {
  return (
    <details class="history">
      <summary>History ({history.length})</summary>
      <ol>
        {history.map((entry, index) => (
          <li key={index}>
            <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time> —{' '}
            {entry.by === 'user' ? 'you' : 'Accord'} {describeEntry(entry)}
            {entry.why && <span class="why"> ({entry.why})</span>}
          </li>
        ))}
      </ol>
    </details>
  );
}
