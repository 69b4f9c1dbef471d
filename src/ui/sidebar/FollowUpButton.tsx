import { useState } from 'preact/hooks';
import type { LedgerItem } from '../../core';

/**
 * For something the client owes and is late with: a polite follow-up, written into a reply
 * of the thread it was agreed in, for the user to edit and send. Accord never sends it.
 * Offered only on that thread (a reply elsewhere would go to other people); on any other
 * thread the row says where to go instead.
 */
export function FollowUpButton({
  item,
  onThread,
  draft,
}: {
  item: LedgerItem;
  /** The item was agreed in the thread that is open now. */
  onThread: boolean;
  draft(item: LedgerItem): Promise<void>;
}) {
  const [phase, setPhase] = useState<
    { kind: 'idle' | 'working' | 'done' } | { kind: 'failed'; reason: string }
  >({
    kind: 'idle',
  });
  if (!onThread) {
    return <p class="follow-up-hint">Open the thread it was agreed in (Source) to draft a follow-up.</p>;
  }
  const onClick = async () => {
    setPhase({ kind: 'working' });
    try {
      await draft(item);
      setPhase({ kind: 'done' });
    } catch (error) {
      setPhase({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div class="follow-up">
      <button type="button" disabled={phase.kind === 'working'} onClick={() => void onClick()}>
        Draft a follow-up
      </button>
      <p class="follow-up-status" role="status">
        {phase.kind === 'done' &&
          'A follow-up is in a reply below, not sent. Edit it and press Send yourself.'}
        {phase.kind === 'failed' && phase.reason}
      </p>
    </div>
  );
}
