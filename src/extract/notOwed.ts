/**
 * Money and steps that stay on one side of the thread, owed by neither side to the other
 * (annotation guide: a client's budget is a limit, not a price owed; obligations to someone
 * outside the thread are not annotated; "I'll discuss with Carlos" owes nothing):
 * - the writer's own limits and spend: "we have a budget of EUR 16.000", "Max. budget EUR
 *   45.000", "about €6k over budget", "we're paying $18.90/kg at the moment", "would save about
 *   S$3,300 a month", "Cargo value is approx. USD 96,000", "your credit limit with us is $5,000";
 * - a third party paid directly: "the examination fee is payable to the EPO", "about £30/month,
 *   which you'd pay them directly", a tax authority ("I'll pay A$18,412 to the ATO on Thursday");
 * - the writer's own steps: "I'll chase the price list with the partners", "we'll take it to our
 *   director", "I'll ask Kari about the audio files", "we'll order it ourselves", "I'll let the
 *   front desk know";
 * - the writer's hopes and aims, which promise nothing: "We aim to award by 15 January", "We hope
 *   to have the person on board before Ramadan", "I expect we'll have a decision by mid-March"
 *   (not what the writer hopes to receive: "we hope to receive it by January 15" still asks).
 */
import { NOISE_PATTERNS } from './noise';
import { sideOfName, type PartyNames } from './partyNames';

export const NOT_OWED_PATTERNS = {
  /** A limit or a spend of the writer's, whose sum sits beside it (`ownMeans`). */
  ownMeans:
    /\b(?:(?:we|i) have (?:a|an overall|a total) budget of|max(?:imum|\.)? budget|in (?:our|my) budget|over (?:our |the )?budget|(?:we're|we are|i'm|i am) currently paying|(?:we're|we are|i'm|i am) paying [^;!?\n]{1,25}? (?:at the moment|at present|currently|right now)|would save|tax saving|cargo value|payout figure|credit limit)\b/i,
  /** A rate compared with the writer's own, said with no sum: "20% is higher than we usually pay". */
  ownRate:
    /\bwe (?:usually|normally|typically) pay (?:around |about )?\d{1,2}(?:[.,]\d{1,2})? ?%|\bhigher than (?:what )?we (?:usually |normally |currently )?pay\b/i,
  /** "payable to the EPO": the payee named, a party of the thread or not (`thirdPartyPaid`). */
  payableTo: /\bpayable (?:directly )?to (?:the )?([A-Z][\w&.'-]{1,30}(?: [A-Z][\w&.'-]{1,30}){0,3})/,
  /** The same, paid straight: "billed by Shopify directly to you", "we'll pay AT&T for it directly". */
  paidDirectly:
    /\b(?:(?:billed|invoiced|charged) by (?:the )?|pay )([A-Z][\w&.'-]{1,30})(?: for (?:it|this|that|them))? directly\b/,
  /** Paid straight to someone outside the thread: "which you'd pay them directly", a tax authority. */
  paidOutside:
    /\b(?:you'd|you would|you'll|you will|you can) pay (?:them|it) directly\b|\bcontracted directly with you\b|\b(?:to|pay|paid|payable to|owed to|your) (?:the )?(?:ATO|HMRC|IRS|CRA|IRD)\b/,
  /** What makes a third party's sum owed between the sides after all: the writer's own fee, a question. */
  ownFeeBeside: /\?|\b(?:our|my) (?:fee|fees|invoice|price|quote|rate|charge)\b/i,
  /**
   * A step the writer will take on its own side: chase, ask, take it to its people, buy its own,
   * tell its own people or a third party ("I'll let the caretaker know"). Said of the future only
   * ("We ask 30% deposit with order" states terms).
   */
  internalStep:
    /\b(?:i|we)(?:'ll| will| shall| need to| must| have to) (?:chase(?: up)?|ask (?!(?:for|you|your|a|an|that|\d)\b)|(?:take|bring|present) (?:it|this|them|that|these) to (?:our|my|the) (?:[\w-]{2,15} )?(?:director|board|owner|partners?|team|committee|meeting|boss|manager|ceo|cfo|leadership|management|trustees|finance)\b|(?:order|buy|purchase|source|file|register|book) (?:[^.;!?]{1,30}? )?ourselves\b|buy our own\b|let (?!(?:you|u|me|us|y'all)\b)(?:[\w.'’-]{1,20},? ){1,6}know\b)/i,
  /** A hope or an aim of the writer's own: "We aim to award by", "I expect we'll have a decision". */
  tentativePlan:
    /\b(?:we|i)(?:'d| would)? (?:aim|hope|expect|anticipate|intend)s? (?:to (?!receive\b|get\b|hear\b|see\b)[a-z]{2,}|(?:that )?(?:we|i)(?:'ll| will| should| can)\b)/i,
  firmPromise: /\b(?:i|we)(?:'ll| will| shall)\b/i,
  /** What keeps such a step owed to the reader: the reader named, a report or a hand-over after it. */
  stepForReader:
    /\b(?:you|your|yours)\b|\b(?:to|and|then) (?:send|share|forward|confirm|get back|come back|revert|report|update|email|call|ring|reply|respond|circulate|provide|pass)\b/i,
} as const;

/**
 * The writer's own limit or spend, when the clause's first sum is the limit's own: within a few
 * words of the phrase, before ("€6k over budget") or after ("a budget of EUR 16.000"). Then it
 * wins over the words that make a sum owed ("Price: we have a budget of …"). A question about a
 * quote keeps its sum ("Can you quote us cargo insurance for USD 96,000 cargo value?").
 */
export function ownMeans(clause: string): boolean {
  const P = NOT_OWED_PATTERNS;
  if (clause.includes('?')) return false;
  const m = P.ownMeans.exec(clause);
  const sum = NOISE_PATTERNS.currencyAmount.exec(clause);
  if (!m) return !sum && P.ownRate.test(clause);
  return !!sum && sum.index >= m.index - 20 && sum.index <= m.index + m[0].length + 25;
}

/** A sum paid to someone outside the thread: a tax authority, or a payee neither side is named by. */
export function thirdPartyPaid(clause: string, names: PartyNames): boolean {
  const P = NOT_OWED_PATTERNS;
  if (P.ownFeeBeside.test(clause)) return false;
  if (P.paidOutside.test(clause)) return true;
  const payee = (P.payableTo.exec(clause) ?? P.paidDirectly.exec(clause))?.[1];
  return payee !== undefined && sideOfName(payee, names) === null;
}

/** "I'll chase the loan agreement with legal": the writer's own step, nothing owed to the reader. */
export function internalStep(clause: string): boolean {
  return NOT_OWED_PATTERNS.internalStep.test(clause) && !NOT_OWED_PATTERNS.stepForReader.test(clause);
}

/** "We aim to award by 15 January": a hope of the writer's, not a promise to the reader. */
export function tentativePlan(clause: string): boolean {
  const P = NOT_OWED_PATTERNS;
  const hope = P.tentativePlan.exec(clause);
  // A firm promise beside the hope ("I'll have a draft to you by the 15th; I'd aim to submit on
  // the 1st") is still one.
  return hope !== null && !P.firmPromise.test(clause.replace(hope[0], ' '));
}
