import { useState } from 'preact/hooks';
import type { Settings } from '../../ledger/settings';
import { MAX_LEAD_DAYS, type ReminderSettings } from '../../reminders/reminderSettings';
import { StatusLine } from './StatusLine';
import type { SaveStatus } from './useSettings';

/** "2, 0" → [2, 0]; a sentence instead when it is not a short list of whole days. */
export function parseLeadDays(text: string, whose: string): number[] | string {
  const parts = text
    .split(/[\s,;]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const days = parts.map(Number);
  if (days.some((d) => !Number.isInteger(d) || d < 0 || d > MAX_LEAD_DAYS))
    return `${whose}: give whole days from 0 (on the day) to ${MAX_LEAD_DAYS}, separated by commas.`;
  if (days.length > 5) return `${whose}: at most 5 reminders per item.`;
  return [...new Set(days)].sort((a, b) => b - a);
}

/**
 * When reminders come: how many days before the due date for each side (0 is the day
 * itself; empty means none), at what time of day, and the optional morning digest.
 */
export function ReminderSettingsForm({
  settings,
  save,
}: {
  settings: Settings;
  save(patch: Partial<Settings>): Promise<SaveStatus>;
}) {
  const r = settings.reminders;
  const [us, setUs] = useState(r.usLeadDays.join(', '));
  const [client, setClient] = useState(r.clientLeadDays.join(', '));
  const [time, setTime] = useState(r.time);
  const [digest, setDigest] = useState(r.digest);
  const [digestTime, setDigestTime] = useState(r.digestTime);
  const [status, setStatus] = useState<SaveStatus>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    const usLeadDays = parseLeadDays(us, 'What you owe');
    const clientLeadDays = parseLeadDays(client, 'What clients owe');
    for (const parsed of [usLeadDays, clientLeadDays]) {
      if (typeof parsed === 'string') return setStatus({ kind: 'error', text: parsed });
    }
    const reminders: ReminderSettings = {
      usLeadDays: usLeadDays as number[],
      clientLeadDays: clientLeadDays as number[],
      time,
      digest,
      digestTime,
    };
    setStatus(await save({ reminders }));
  };

  return (
    <form onSubmit={submit} aria-labelledby="reminders-heading">
      <fieldset>
        <legend id="reminders-heading">Reminders</legend>
        <p class="hint">
          A notification before an item is due names the item and the client; click it to open the thread it
          was agreed in. Days before the due date, separated by commas: 0 is the day itself, and an empty box
          means no reminders for that side. Nothing comes for done or cancelled items.
        </p>
        <label>
          What you owe: days before
          <input
            value={us}
            inputMode="numeric"
            onInput={(e) => setUs((e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          What clients owe you: days before
          <input
            value={client}
            inputMode="numeric"
            onInput={(e) => setClient((e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          Time of day
          <input
            type="time"
            required
            value={time}
            onInput={(e) => setTime((e.target as HTMLInputElement).value)}
          />
        </label>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={digest}
            onChange={(e) => setDigest((e.target as HTMLInputElement).checked)}
          />
          A morning digest: what is overdue and due today, both sides
        </label>
        <label>
          Digest time
          <input
            type="time"
            required
            disabled={!digest}
            value={digestTime}
            onInput={(e) => setDigestTime((e.target as HTMLInputElement).value)}
          />
        </label>
      </fieldset>
      <button type="submit">Save reminders</button>
      <StatusLine status={status} />
    </form>
  );
}
