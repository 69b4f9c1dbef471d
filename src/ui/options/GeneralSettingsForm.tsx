import { useState } from 'preact/hooks';
import type { Settings } from '../../ledger/settings';
import { parseList } from './listField';
import { StatusLine } from './StatusLine';
import type { SaveStatus } from './useSettings';

/** Who "we" are (besides the signed-in Gmail account) and the zone for due dates. */
export function GeneralSettingsForm({
  settings,
  save,
}: {
  settings: Settings;
  save(patch: Partial<Settings>): Promise<SaveStatus>;
}) {
  const [emails, setEmails] = useState(settings.ownEmails.join('\n'));
  const [domains, setDomains] = useState(settings.ownDomains.join('\n'));
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [status, setStatus] = useState<SaveStatus>(null);
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  const submit = async (event: Event) => {
    event.preventDefault();
    setStatus(
      await save({ ownEmails: parseList(emails), ownDomains: parseList(domains), timeZone: timeZone.trim() }),
    );
  };

  return (
    <form onSubmit={submit}>
      <fieldset>
        <legend>Your side</legend>
        <p class="hint">
          Accord already knows the Gmail account you are signed in to, and counts everyone on its domain as a
          colleague (unless it is a free-mail domain). Add any other addresses or domains that are yours.
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
      <StatusLine status={status} />
    </form>
  );
}
