/**
 * Which ledger item does a delivery or drift signal speak of? "Attached is the revised
 * proposal" fulfils our open item "send the revised proposal"; "can we push the guidelines
 * to March 27?" moves their item "brand guidelines". Matched by shared words, on the side
 * that owes the item; nothing changes until the user accepts the offer in the sidebar.
 */
import type { LedgerItem, Signal } from '../core';
import { OPEN_STATUSES } from '../core';

export interface SignalOffer {
  signal: Signal;
  itemId: string;
  /** How sure the match is, 0..1: shared words, and a bonus when the item came from this thread. */
  score: number;
}

// Words that say nothing about which item is meant.
const FILLER = new Set([
  'the',
  'and',
  'for',
  'with',
  'from',
  'our',
  'your',
  'their',
  'this',
  'that',
  'file',
  'files',
]);

/** Lower-case word stems (first five letters), so "proposal" meets "proposals". */
export function stems(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 && !FILLER.has(w))
      .map((w) => w.slice(0, 5)),
  );
}

export function matchSignals(signals: Signal[], items: LedgerItem[], threadId?: string): SignalOffer[] {
  const open = items.filter((i) => OPEN_STATUSES.includes(i.status));
  const offers: SignalOffer[] = [];
  for (const signal of signals) {
    const wanted = stems(signal.subject);
    let best: SignalOffer | null = null;
    for (const item of open.filter((i) => i.owner === signal.owner)) {
      const have = stems(item.text);
      const shared = [...wanted].filter((w) => have.has(w)).length;
      const sameThread = threadId !== undefined && item.source?.threadId === threadId;
      if (shared === 0 && !sameThread) continue;
      const score = Math.min(
        1,
        shared / Math.max(1, Math.min(wanted.size, have.size)) + (sameThread ? 0.25 : 0),
      );
      if (!best || score > best.score) best = { signal, itemId: item.id, score };
    }
    // A bare "done." with no shared words is only offered when it can mean one item of this thread.
    if (best && (best.score >= 0.3 || open.filter((i) => i.owner === signal.owner).length === 1))
      offers.push(best);
  }
  return offers;
}
