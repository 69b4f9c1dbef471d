import { useState } from 'preact/hooks';
import { sendRecap, type RecapOutcome } from '../../content/sendRecap';
import type { ThreadView } from '../../messaging/protocol';
import { recapItems } from '../../recap/recapText';

type Phase =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; count: number }
  | { kind: 'failed'; reason: string };

/**
 * "Send recap": writes what each side agreed into a Gmail or Outlook reply for the user to edit and
 * send. The words say plainly that nothing was sent.
 */
export function RecapButton({
  view,
  send = sendRecap,
}: {
  view: ThreadView;
  send?: (view: ThreadView) => Promise<RecapOutcome>;
}) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  if (!view.client || recapItems(view.items).length === 0) return null;
  const onClick = async () => {
    setPhase({ kind: 'working' });
    const outcome = await send(view);
    setPhase(
      outcome.ok
        ? { kind: 'done', count: outcome.itemIds.length }
        : { kind: 'failed', reason: outcome.reason },
    );
  };
  return (
    <section class="recap" aria-label="Read it back">
      <button
        type="button"
        class="recap-button"
        disabled={phase.kind === 'working'}
        onClick={() => void onClick()}
      >
        Send recap
      </button>
      <p class="recap-status" role="status">
        {phase.kind === 'done' &&
          `The recap is in a reply below, not sent. Edit it and press Send yourself. ${phase.count} ${
            phase.count === 1 ? 'item is' : 'items are'
          } marked as sent for confirmation.`}
        {phase.kind === 'failed' && phase.reason}
      </p>
    </section>
  );
}
