import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../ledger/settings';
import { sendToWorker } from '../../messaging/client';
import { StatusLine } from './StatusLine';
import { errorText, type SaveStatus } from './useSettings';

/**
 * "Read Outlook conversations exactly": offered once Microsoft is connected. Turning it on
 * asks Microsoft for one more permission (Mail.Read) in a sign-in window; until then, and
 * whenever Graph cannot answer, Accord reads conversations from the page.
 */
export function ExactReadingOption({ settings }: { settings: Settings }) {
  const [enabled, setEnabled] = useState(settings.outlookExactReading);
  const [connected, setConnected] = useState<boolean | null>(null);
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<SaveStatus>(null);

  useEffect(() => {
    sendToWorker('calendar.status', {})
      .then((status) => setConnected(status.microsoft.connected))
      .catch(() => setConnected(false));
  }, [settings]);

  const change = async (on: boolean) => {
    setMessage(null);
    setWorking(true);
    try {
      const saved = await sendToWorker('mail.exactReading', { enabled: on });
      setEnabled(saved.outlookExactReading);
      setMessage({
        kind: 'ok',
        text: on
          ? 'Accord now reads Outlook conversations through Microsoft Graph, collapsed messages included.'
          : 'Accord reads Outlook conversations from the page again.',
      });
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
    } finally {
      setWorking(false);
    }
  };

  return (
    <section aria-labelledby="outlook-reading-heading">
      <h2 id="outlook-reading-heading">Reading Outlook conversations</h2>
      <p class="hint">
        Accord reads conversations from the Outlook page; messages Outlook shows collapsed are read from their
        preview only. With Outlook connected, Accord can instead read each conversation exactly through
        Microsoft Graph: every message in full, with its exact sent time and recipients. This asks Microsoft
        for permission to read your mail (Mail.Read) when you turn it on; the mail is read in your browser
        only.
      </p>
      {connected === false && !enabled ? (
        <p class="hint">Connect Outlook under Calendars first.</p>
      ) : (
        <label>
          <input
            type="checkbox"
            checked={enabled}
            disabled={working || connected === null}
            onChange={(e) => void change((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          Read Outlook conversations exactly through Microsoft Graph
        </label>
      )}
      <StatusLine status={message} />
    </section>
  );
}
