import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AuthProviderId } from '../../auth/settings';
import { CALENDAR_HOSTS, permissionsFor } from '../../calendar/permissions';
import { sendToWorker } from '../../messaging/client';
import type { CalendarStatus } from '../../messaging/protocol';
import { StatusLine } from './StatusLine';
import { errorText, type SaveStatus } from './useSettings';

const NAMES: Record<AuthProviderId, string> = { google: 'Google Calendar', microsoft: 'Outlook' };

/**
 * Connect and disconnect. Connecting first asks the browser for the optional permissions
 * (identity and the provider's hosts), inside the click, then the worker runs the sign-in.
 */
export function CalendarAccounts({ revision }: { revision: unknown }) {
  const [status, setStatus] = useState<CalendarStatus | null>(null);
  const [message, setMessage] = useState<SaveStatus>(null);
  const [working, setWorking] = useState<AuthProviderId | null>(null);

  useEffect(() => {
    sendToWorker('calendar.status', {})
      .then(setStatus)
      .catch((e: unknown) => setMessage({ kind: 'error', text: errorText(e) }));
  }, [revision]);

  const connect = async (provider: AuthProviderId) => {
    setMessage(null);
    setWorking(provider);
    try {
      // Must be the first await: the browser allows the prompt only during the click.
      const granted = await browser.permissions.request(permissionsFor(provider));
      if (!granted) {
        setMessage({ kind: 'error', text: `Accord needs that permission to reach ${NAMES[provider]}.` });
        return;
      }
      setStatus(await sendToWorker('calendar.connect', { provider }));
      setMessage({ kind: 'ok', text: `${NAMES[provider]} is connected; new reviews go there.` });
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
    } finally {
      setWorking(null);
    }
  };

  const disconnect = async (provider: AuthProviderId) => {
    setMessage(null);
    try {
      setStatus(await sendToWorker('calendar.disconnect', { provider }));
      await browser.permissions.remove({ origins: [...CALENDAR_HOSTS[provider]] });
      setMessage({ kind: 'ok', text: `${NAMES[provider]} is disconnected.` });
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
    }
  };

  if (!status) return <p role="status">Checking calendars…</p>;
  return (
    <fieldset>
      <legend>Calendar accounts</legend>
      <ul class="accounts">
        {(['google', 'microsoft'] as const).map((p) => (
          <li key={p}>
            <strong>{NAMES[p]}</strong>:{' '}
            {status[p].connected ? 'connected' : status[p].configured ? 'not connected' : 'no client id yet'}{' '}
            {status[p].connected ? (
              <button type="button" onClick={() => void disconnect(p)}>
                Disconnect {NAMES[p]}
              </button>
            ) : (
              <button
                type="button"
                disabled={!status[p].configured || working !== null}
                onClick={() => void connect(p)}
              >
                {working === p ? 'Connecting…' : `Connect ${NAMES[p]}`}
              </button>
            )}
          </li>
        ))}
      </ul>
      <StatusLine status={message} />
    </fieldset>
  );
}
