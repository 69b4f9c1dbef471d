import { useState } from 'preact/hooks';
import type { Client, LedgerItem } from '../../core';
import { buildRecap } from '../../recap/recapText';
import { httpsOnly } from '../httpsOnly';
import { ErrorLine } from '../sidebar/ErrorLine';
import { useAction } from '../sidebar/useAction';
import { sendToWorker } from './api';
import { plural } from './format';

/**
 * "Send recap" from the dashboard. A page outside the mail host cannot write into its
 * reply box, so the dashboard prepares the text (editable), copies it, and opens the
 * latest thread with this client; the user pastes and sends it. The items are marked as
 * sent for confirmation only when the user says they sent it: Accord cannot see the send.
 */
export function RecapPanel({
  client,
  items,
  onClose,
}: {
  client: Client;
  items: LedgerItem[];
  onClose(): void;
}) {
  const recap = buildRecap({ greetingName: null, ourName: 'us', clientName: client.name, items });
  const [text, setText] = useState(recap.text);
  const [note, setNote] = useState('');
  const { busy, error, run } = useAction();
  const thread = latestThread(items);

  const copy = () =>
    run(async () => {
      await navigator.clipboard.writeText(text);
      setNote('Copied. Paste it into a reply to the client, then come back to mark the items as sent.');
    });

  return (
    <section
      class="panel recap"
      aria-labelledby="recap-heading"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <h2 id="recap-heading">Recap for {client.name}</h2>
      <p class="hint">
        Nothing is sent from here. Copy the recap, open the thread, paste it into a reply and send it
        yourself.
      </p>
      <label>
        Recap text (edit as you like)
        <textarea rows={12} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      </label>
      <p class="actions">
        <button type="button" class="primary" disabled={busy} onClick={() => void copy()}>
          Copy recap
        </button>
        {thread && (
          <a href={thread.url} target="_blank" rel="noopener noreferrer">
            Open the latest thread in {thread.host === 'outlook' ? 'Outlook' : 'Gmail'}
          </a>
        )}
        {recap.itemIds.length > 0 && (
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                await sendToWorker('items.markSentForConfirmation', { ids: recap.itemIds });
                setNote(`${plural(recap.itemIds.length, 'item')} marked as sent for confirmation.`);
              })
            }
          >
            I sent it: mark {plural(recap.itemIds.length, 'item')} as sent for confirmation
          </button>
        )}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </p>
      <p role="status" class="ok">
        {note}
      </p>
      <ErrorLine error={error} />
    </section>
  );
}

/** The thread of the most recently agreed item that has one (an https link only). */
function latestThread(items: LedgerItem[]): { url: string; host: string } | null {
  const withSource = items
    .filter((i) => i.source && httpsOnly(i.source.threadUrl))
    .sort((a, b) => (a.source!.sentAt < b.source!.sentAt ? 1 : -1));
  const source = withSource[0]?.source;
  return source ? { url: httpsOnly(source.threadUrl)!, host: source.host } : null;
}
