import { useEffect, useState } from 'preact/hooks';
import type { LearnedSummary } from '../../extract/model/learning';
import { sendToWorker } from '../../messaging/client';
import { errorText } from './useSettings';

const times = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/**
 * "What Accord learned from you": the phrasings it now offers less or more often, from the
 * user's accepts, dismissals and items added from a sentence, and a reset. It stays in this
 * browser's ledger.
 */
export function LearnedSection() {
  const [summary, setSummary] = useState<LearnedSummary | null>(null);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  useEffect(() => {
    sendToWorker('learning.get', {})
      .then(setSummary)
      .catch((e: unknown) => setStatus({ kind: 'error', text: errorText(e) }));
  }, []);
  const reset = async () => {
    try {
      setSummary(await sendToWorker('learning.reset', {}));
      setStatus({ kind: 'ok', text: 'Forgotten. Suggestions come from Accord’s own model again.' });
    } catch (e) {
      setStatus({ kind: 'error', text: errorText(e) });
    }
  };
  const nothing = summary && summary.accepted + summary.dismissed + summary.added === 0;
  return (
    <section aria-labelledby="learned-heading">
      <h2 id="learned-heading">What Accord learned from you</h2>
      <p class="hint">
        When you accept or dismiss a suggestion, or add an item with the sentence it comes from, Accord
        adjusts which sentences it suggests. This stays in this browser and is not in exports.
      </p>
      {summary && nothing && <p>Nothing yet.</p>}
      {summary && !nothing && (
        <>
          <p>
            Learned from {times(summary.accepted, 'accepted suggestion')},{' '}
            {times(summary.dismissed, 'dismissal')} and {times(summary.added, 'item')} you added from a
            sentence.
          </p>
          {summary.less.length > 0 && (
            <p>Suggested less often now: sentences with {summary.less.join(', ')}.</p>
          )}
          {summary.more.length > 0 && (
            <p>Suggested more often now: sentences with {summary.more.join(', ')}.</p>
          )}
          <button type="button" onClick={() => void reset()}>
            Forget what it learned
          </button>
        </>
      )}
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} class={status.kind}>
          {status.text}
        </p>
      )}
    </section>
  );
}
