/**
 * A hand-over or payment already made, even when its arrival is still ahead: "Order SO-1 shipped
 * this morning - should be with you tomorrow", "Two cases went out with your courier this
 * afternoon", "Samples were couriered today", "Payment of $400 received, thank you". Annotation
 * guide: deliveries and payments already made are signals, not new items; the arrival they
 * announce is the same delivery, not a new one. (A delivery signal is read apart, in signals.ts,
 * and is left as it is.)
 */
import { NOISE_PATTERNS } from './noise';

export const DONE_ACT_PATTERNS = {
  /** Sent or paid today or just before: "shipped this morning", "were couriered today by DTDC". */
  doneToday:
    /\b(?:shipped|couriered|dispatched|posted|went out|dropped off|delivered|scanned|uploaded|sent|paid|wired|transferred)\b[^.;!?]{0,40}?\b(?:this morning|this afternoon|earlier today|today|yesterday|last night|just now)\b/i,
  /** A payment arrived: "Payment of $861.75 received", "Invoice received with thanks". */
  received:
    /^\W{0,3}(?:(?:and|also),? )?(?:your |the )?(?:payment|deposit|remittance|transfer|funds|cheque|balance)\b[^;!?]{0,30}? (?:received|arrived|cleared)\b|\breceived,? with (?:many )?thanks\b/i,
  /** Said before the act, the act is still to come: "will be shipped today", "once paid today". */
  notYet:
    /\b(?:will|'ll|shall|going to|to be|can be|could be|must be|needs? to be|should be|once|when|after|if|until|unless|as soon as)\b/i,
  /** Only its arrival ahead: "should be with you tomorrow", "you should see them in your portal". */
  arrival:
    /\b(?:should|will|'ll)(?: be)? (?:with you|at your (?:door|office|site|desk|place)|arrive|land|reach you|get to you|in your (?:inbox|portal|account))\b|\byou (?:should|will|'ll) (?:see|have|get|receive) (?:it|them|this|that)\b/i,
} as const;

/**
 * A past hand-over or payment with nothing ahead but its arrival: no promise, ask or term beside
 * it ("Your invoice, sent today, is due on the 20th" still sets a due day).
 */
export function doneAndArriving(clause: string): boolean {
  const P = DONE_ACT_PATTERNS;
  const act = P.doneToday.exec(clause) ?? P.received.exec(clause);
  if (!act || P.notYet.test(clause.slice(0, act.index))) return false;
  return !NOISE_PATTERNS.futureOrAsk.test(clause.replace(P.arrival, ' '));
}
