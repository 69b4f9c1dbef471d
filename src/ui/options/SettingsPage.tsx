import { useEffect, useState } from 'preact/hooks';
import { sendToWorker } from '../../messaging/client';
import type { Settings } from '../../ledger/settings';
import { parseList } from './listField';

/** Accord's settings: who "we" are (besides the signed-in Gmail account) and the time zone. */
export function SettingsPage() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [emails, setEmails] = useState('');
  const [domains, setDomains] = useState('');
  const [timeZone, setTimeZone] = useState('');
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    sendToWorker('settings.get', {})
      .then((s) => {
        setSettings(s);
        setEmails(s.ownEmails.join('\n'));
        setDomains(s.ownDomains.join('\n'));
        setTimeZone(s.timeZone);
      })
      .catch((e: unknown) => setStatus({ kind: 'error', text: String(e instanceof Error ? e.message : e) }));
  }, []);

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      const saved = await sendToWorker('settings.update', {
        ownEmails: parseList(emails),
        ownDomains: parseList(domains),
        timeZone: timeZone.trim(),
      });
      setSettings(saved);
      setStatus({ kind: 'ok', text: 'Saved.' });
    } catch (e) {
      setStatus({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <main>
      <h1>Accord settings</h1>
      {!settings && !status && <p role="status">Loading…</p>}
      {settings && (
        <form onSubmit={save}>
          <fieldset>
            <legend>Your side</legend>
            <p class="hint">
              Accord already knows the Gmail account you are signed in to, and counts everyone on its domain
              as a colleague (unless it is a free-mail domain). Add any other addresses or domains that are
              yours.
            </p>
            <label>
              Your other addresses (one per line)
              <textarea
                rows={3}
                value={emails}
                onInput={(e) => setEmails((e.target as HTMLTextAreaElement).value)}
              />
            </label>
            <label>
              Your organisation’s domains (one per line)
              <textarea
                rows={3}
                value={domains}
                onInput={(e) => setDomains((e.target as HTMLTextAreaElement).value)}
              />
            </label>
          </fieldset>
          <fieldset>
            <legend>Dates</legend>
            <label>
              Time zone for due dates (IANA name; empty uses this browser’s: {browserZone})
              <input
                value={timeZone}
                placeholder={browserZone}
                onInput={(e) => setTimeZone((e.target as HTMLInputElement).value)}
              />
            </label>
          </fieldset>
          <button type="submit">Save settings</button>
        </form>
      )}
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} class={status.kind}>
          {status.text}
        </p>
      )}
    </main>
  );
}
