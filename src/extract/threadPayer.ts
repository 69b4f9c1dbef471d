/**
 * One payer per thread. In the gold set, 939 of the 952 threads with payments have every payment
 * owed by the same side (4,033 of 4,050 items): the buyer pays, whatever the sentence's grammar.
 *
 * A payment stated without a payer ("Deposit reduced to 30%, due on signing", "3-year warranty
 * added at $6,900", a priced line under a heading) takes its payer from billing evidence
 * (payee.ts): invoices, quotes and prices, read in its message and then in the thread. That
 * evidence can point the wrong way while the thread's payments themselves agree: a thread where
 * "we'll pay the deposit by card" and two stated payments name the client as payer should not
 * show a third stated payment as ours. So, once the thread is read, the payments whose payer came
 * from evidence follow the side that most of the thread's payments name, evidence and paying acts
 * ("I'll wire the deposit") counted alike, when that side is a strict majority of two or more.
 *
 * Asks about money ("Can you do net 30?", "Is your day rate still £450?") are the asked side's to
 * answer, not a payer's: they neither vote nor follow. Nor does a payment turned to one recipient
 * by name, whose side the sentence says.
 */
import type { Side, SuggestedExpectation } from '../core/expectation';
import type { Frame } from './classify';

/**
 * How a payment's owner was found: from its payer's own act ("I'll wire the deposit"), from
 * billing evidence in its own message ("Invoice 2209 is attached, net 15"), or from the thread's
 * billing evidence when its message names no payee.
 */
type PayerSource = 'act' | 'message' | 'thread';

export class ThreadPayments {
  private readonly sources = new WeakMap<SuggestedExpectation, PayerSource>();

  /**
   * Records how a payment's owner was found; other kinds and asks are not recorded. `ownPayee`
   * is the payee the payment's message names itself (read only for a payment found from evidence).
   */
  note(e: SuggestedExpectation, frame: Frame | 'heading', ownPayee: () => Side | null): void {
    if (e.kind !== 'payment' || frame === 'request') return;
    this.sources.set(e, frame === 'commit' ? 'act' : ownPayee() !== null ? 'message' : 'thread');
  }

  /** A part split from `whole` ("30% now and the rest on delivery") counts as the whole did. */
  copy(whole: SuggestedExpectation, part: SuggestedExpectation): void {
    const source = this.sources.get(whole);
    if (source && part.kind === 'payment' && part.owner === whole.owner) this.sources.set(part, source);
  }

  /**
   * Aligns the thread's payments on one payer. A payment found from the thread's evidence takes
   * the side most of the thread's payments name. One found from its own message's evidence keeps
   * it unless the payments of the thread's other messages, three or more, name the other side by
   * at least three to one: a message's evidence can mislead ("Omar to send the signed proposal"
   * reads as Omar billing) where a thread of priced lines and deposits does not.
   */
  align(expectations: readonly SuggestedExpectation[]): void {
    // An item read as a payment may since have become another kind (a priced line under a buyer's
    // heading is the seller's to supply, lists.ts): only what is still a payment counts.
    const payments = expectations.filter((e) => e.kind === 'payment' && this.sources.has(e));
    const payers = (among: SuggestedExpectation[]) => majority(among.map((e) => e.owner));
    const all = payers(payments);
    const outvoted = new Map<string, Side | null>();
    for (const e of payments) {
      if (!outvoted.has(e.messageId)) {
        const others = payers(payments.filter((o) => o.messageId !== e.messageId));
        outvoted.set(e.messageId, others && others.count >= 3 && others.share >= 0.75 ? others.side : null);
      }
    }
    for (const e of payments) {
      const source = this.sources.get(e);
      if (source === 'thread' && all) e.owner = all.side;
      else if (source === 'message') e.owner = outvoted.get(e.messageId) ?? e.owner;
    }
  }
}

/** The side named more often, with how many were counted and its share; null on a tie or under two. */
function majority(sides: Side[]): { side: Side; count: number; share: number } | null {
  const us = sides.filter((s) => s === 'us').length;
  const client = sides.length - us;
  if (sides.length < 2 || us === client) return null;
  return {
    side: us > client ? 'us' : 'client',
    count: sides.length,
    share: Math.max(us, client) / sides.length,
  };
}
