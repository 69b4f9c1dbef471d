/**
 * Signals about items already in the ledger:
 * - delivery: "attached is the revised proposal", "payment sent", "done" — the writer's side
 *   handed something over;
 * - drift: "can we push the guidelines to March 27?" (a new date or amount for the writer's own
 *   item) or "could you also add a FAQ page?" (added scope for the reader's item).
 */
import type { Side, Signal } from '../core/expectation';
import { orderWithoutTerms } from './doneActs';

export const SIGNAL_PATTERNS = {
  delivery:
    /\b(?:(?:please |kindly )?(?:kindly )?find (?:attached|enclosed|below|herewith)|(?:please |kindly )(?:kindly )?(?:find|see) (?:[\w-]{1,20} ){1,4}(?:attached|enclosed|herewith)\b|(?:please |kindly )(?:kindly )?find (?:[\w-]{1,20} ){1,4}below\b|(?:i've|i have|we've|we have|i|we) (?:just )?(?:attached|enclosed|uploaded|shared|sent(?: over| across| through)?|paid|wired|transferred|delivered|completed|finished|signed|submitted|pushed|published|deployed|processed|posted|dropped)|attached (?:is|are|you'll find|you will find|please find|here is|here are)|(?:is|are) attached|(?:is|are) enclosed|(?:has|have) been (?:sent|shared|uploaded|paid|delivered|completed|signed|submitted|wired|transferred|processed|approved|deployed|published|posted)|here (?:is|are|'s) (?:the|our|my|your|a)|payment (?:has been )?(?:sent|made|processed|wired|transferred|completed)|(?:now|is now|are now) (?:live|ready|available|up|done)|all done|^done[.!]?$|^(?:sent|paid|signed)[.!]?$|just (?:sent|paid|signed|uploaded|shared)|\b(?:attached|enclosed)(?= ?[.!]?$))/i,
  /**
   * What may remain of a delivery clause and still ask or set terms ("please countersign", "payable
   * within 7 days", "by Friday", a question, a sum, in rand or kroner too); up to twelve words
   * without any of them only name the thing ("Phyto certs and the signed authority form | are attached").
   */
  asksOrTerms:
    /\?|[$€£¥₹]|\b(?:Rs\.?|kr\.?) ?\d|\bR(?=\d{1,3}[ ,]\d{3}\b|\d{3,})|\b(?:usd|eur|gbp|aud|cad|chf|sgd|nzd|inr|zar|dkk|sek|nok|aed|pln|jpy|cny|hkd|brl|mxn|czk|huf|thb|myr|php|idr|krw|twd|ils|sar|qar|kwd|ngn|kes|egp|ron|isk)\b|\d\s?(?:k|m|days?|weeks?|months?|%)\b|\b(?:please|pls|kindly|could|can|would|will|shall|need|needs|must|should|let|review|sign|countersign|confirm|check|approve|return|send|pay|payable|payment|settle|settlement|signature|approval|overdue|outstanding|due|by|before|within|net|until|asap)\b/i,
  word: /[\w'’-]+/g,
  pleaseFirst: /^(?:please|kindly)\b/i,
  /** "Please see | the invoice attached": the lead of a "find/see X attached" delivery. */
  findLead: /^(?:please |kindly ){1,2}(?:find|see)(?= (?!attached|enclosed|herewith|below)[\w-])/i,
  notDelivered:
    /\b(?:wasn't|weren't|isn't|aren't|not|nothing|never)\b[^.;!?]{0,40}\b(?:attached|enclosed)\W{0,3}$/i,
  /** "… and sign it by Friday", "… and let me know": what the reader is asked to do with it. */
  thenAsked:
    /\b(?:and|then)\s(?:sign|countersign|return|review|confirm|approve|check|send|let|fill|complete|pay|forward|share|initial|date)\b/i,
  /** Money the writer moved: "we just paid", "I've wired" (not "sent", which may be a bill). */
  moneyMoved: /\b(?:paid|wired|transferred)$/i,
  /** "I've just sent | the £150 deposit": "sent" moves money when a payment is what was sent. */
  paymentSent:
    /^\W{0,3}(?:the |a |an |your |our )?(?:[$€£¥₹]\s?[\d.,]+k? |[a-z]{3} [\d.,]+ )?(?:deposit|payment|balance|instal?ment|advance|retainer|remittance|money|funds)\b/i,
  /** How money was moved ("by bank transfer", "by BACS"): not a deadline's "by". */
  paidBy:
    /\bby (?:(?:bank|wire|telegraphic|online|e-|interac )?\s?transfer|wire|(?:credit |debit )?card|cheque|check|bacs|chaps|ach|eft|neft|rtgs|imps|upi|swift|e-?transfer|interac|paypal|direct debit|cash)\b/gi,
  /** What the sum left after money moved may still ask or set: a question, a plea, a balance due. */
  moreOwed:
    /\?|\b(?:please|pls|kindly|could|can|would|will|shall|need|needs|must|should|let|due|payable|by|before|within|net|until|balance|remaining|rest|outstanding|overdue)\b/i,
  /** A delivery said of the thing delivered, in the passive: "has been paid", "payment sent". */
  doneReport: /^(?:(?:has|have) been|payment)\b/i,
  reschedule:
    /\b(?:(?:i|we) (?:need|have|will need|'ll need|may need|might need) to (?:reschedule|postpone|cancel|move|push)|(?:can|could|shall|may) (?:we|i) (?:push|move|shift|postpone|delay|reschedule|bump|extend|change)|(?:push|move|shift|postpone|delay|reschedule|bump) (?:it|this|that|the \w{2,20}(?: \w{2,20})?|our \w{2,20}) (?:back |out )?(?:to|until|till|by)|(?:need|needs|needed|want|like) (?:a bit |a little )?(?:more|extra|another|an extra|a few more) (?:time|days?|weeks?)|extend(?:ed|ing)? the (?:deadline|due date|timeline)|(?:new|revised|updated) (?:deadline|due date|date|timeline|budget|price|fee|quote|amount) (?:is|will be|of)|(?:is|are) now (?:due (?=(?:on|by|in|for) |the \d|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b|next\b|tomorrow\b)|scheduled|planned|set for|moving to)|(?:instead of|rather than) (?:monday|tuesday|wednesday|thursday|friday|the \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}[/.]\d|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,2}(?::\d{2})? ?(?:am|pm)\b|\d{1,2}:\d{2}|\d{1,3}(?:[,.]\d{3})+|\d{1,2}(?= on (?:the )?\d| on (?:mon|tues|wednes|thurs|fri|satur|sun)day| ?o'clock)|\$|£|€)|(?:increase|decrease|reduce|raise|lower|change|adjust|revise) the (?:fee|price|budget|amount|quote|rate|invoice|total) to)\b/i,
  /**
   * "Could you push commissioning to Tuesday 11 November?", "can you extend the hold to 24
   * October?", "Could you bring the start forward to Thursday 29 January?": the reader asked to
   * move their own item to a new day. In the gold set's tuning part none of the nine is a new item.
   * Only a day follows "to" ("Can you move us to monthly invoicing", "bring it down to CA$22,000"
   * change terms, not a date).
   */
  rescheduleYours:
    /\b(?:could|can|would|will) you (?:please |kindly )?(?:(?:push|move|shift|postpone|reschedule|delay|extend)\b(?: [\w'-]{1,20}){0,5}? (?:back |out )?|bring\b(?: [\w'-]{1,20}){0,4}? forward )(?:to|until|till) (?:the \d{1,2}(?:st|nd|rd|th)\b|\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,2}[/.]\d{1,2}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|next (?:week|month)\b|tomorrow\b)/i,
  /** "will pay the second instalment a few days late" (tested only if "late" is there). */
  lateBy:
    /\b(?:a (?:few|couple of) (?:days?|weeks?)|a (?:day|week|bit|little)|slightly|\w{1,6} days?) (?:late|later than (?:planned|agreed|expected|usual))\b/i,
  /** Cheap gate before `rescheduleOther`. */
  rescheduleHint: / now |move|shift|slip| be [pd]|instead|earlier/,
  /**
   * A new day said against the old one: "the machine will only be ready on 13 April", "the final
   * plans will be ready on 25 November, not the 20th", "packaging will be on August 17, not the 14th
   * as in the schedule". In the gold set's tuning part none of the eleven is a new item.
   */
  /** With ", not …", only a thing that "will be" then; not a need ("we need the CSV by 4 January, not the 11th"). */
  willBe: /\b(?:will|'ll) be\b/i,
  laterThanPlanned:
    /\b(?:will|'ll) only be (?:ready|done|available|finished|complete|completed|delivered|shipped|there|back|in)\b|, not (?:on )?(?:the \d{1,2}(?:st|nd|rd|th)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6} \d{1,2}(?:st|nd|rd|th)?)\b/i,
  /**
   * "Could the concepts move to the 17th?" (a day or time after "to": "Can the office be moved to
   * the ground floor?" changes a design, not a date), "the tables will now arrive on 6 October", "the
   * analysis will move to January 15" (tested only after `rescheduleHint`).
   */
  rescheduleOther:
    /\b(?:(?:could|can|would) (?:the|our|your|that|this) (?:[\w-]{2,20} ){0,2}(?:move|shift|slip|be moved|be pushed|be postponed|be delayed) (?:back )?(?:to|until|till) (?=the \d|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:next|later|after|end|early|mid|late|tomorrow|another|a (?:later|different|new) (?:day|date|time|week|slot))\b)|(?:will|'ll) now (?:arrive|be|come|ship|start|land|take place|happen|go out|run)|(?:will|'ll) (?:now )?(?:have to )?(?:move|shift|slip|be moved|be pushed|be shifted) (?:back )?(?:to|until|till) (?:the \d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6} \d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|next (?:week|month)\b)|(?:will|'ll) (?:now )?(?:arrive|ship|land|go out|reach you|be (?:ready|delivered|shipped|with you))\b[^.;?!]{0,40}\binstead of\b)/i,
  /**
   * "could we get the draft by April 24 instead?", "could we get contracts 1–4 a day earlier, by
   * Wednesday?", "Can Group 1 start on Thursday 15 October instead?", "could we pay it on the 28th
   * instead?": an item already agreed, wanted on another day, whatever its verb (a meeting time
   * offered instead, "could we do Thursday at 10 instead?", is an item of its own). Read in three
   * steps on the clause, so no pattern scans a run between two open-ended gaps.
   */
  wantedInstead:
    /\b(?:could|can|may) (?:we|i|it|they|(?:the |our |your |this |that )?[\w-]{2,20}(?: \d{1,3})?) (?!do\b)[a-z]{2,12}\b/i,
  /** "Could Thursday at 10 work instead?": a time offered that suits, an item of its own. */
  suitsInstead:
    /\b(?:work|suit|do|be (?:ok|okay|fine|better|possible|easier))(?: for (?:you|us|everyone))? instead\b/i,
  insteadWord: /\binstead\b(?! of)|\ba (?:day|week|few days|couple of days) earlier\b/i,
  /** A meeting moved is a time offered, an item of its own ("Could we have a call on Thursday at 10 instead?"). */
  meetingNoun:
    /\b(?:call|meeting|chat|catch[- ]?up|sync|zoom|session|demo|visit|lunch|coffee|dinner|interview|appointment)\b/i,
  dayWord:
    /\d|\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
  scope:
    /\b(?:(?:could|can|would|will) you (?:also|additionally) (?:add|include|build|create|make|send|prepare|design|write|cover|update)|(?:could|can) we (?:also )?add|please (?:also )?add|(?:we'd|i'd|we would|i would) (?:also )?like to add|one more (?:thing|item|request)|(?:also|additionally),? (?:could|can|would) you)\b/i,
  addedScopeVerb:
    /\b(?:also|additionally) (?:add|include|build|create|make|send|prepare|design|write|cover|update) /i,
  stopWords:
    /\b(?:i|we|you|it|is|are|has|have|been|the|a|an|our|my|your|please|find|attached|enclosed|here|just|now|can|could|shall|may|push|move|shift|postpone|delay|reschedule|to|by|until|on|for|of|and|also|add|include|sent|paid|all|done|ve|s|will|would|this|that|these|those|some|as|per|with|hi|hey|thanks|over|across|through|uploaded|shared|signed|submitted|completed|finished|delivered|processed|wired|transferred|made|back|out|let|me|know|if|it's)\b/gi,
  nonWord: /[^\p{L}\p{N}#&'-]+/u,
} as const;

/** "could we get the draft by April 24 instead?": see `wantedInstead`. */
function wantedOnAnotherDay(clause: string): boolean {
  const P = SIGNAL_PATTERNS;
  if (!clause.trimEnd().endsWith('?')) return false;
  const m = P.wantedInstead.exec(clause);
  if (!m) return false;
  const rest = clause.slice(m.index + m[0].length);
  const instead = P.insteadWord.exec(rest);
  // The new day comes right before "instead" ("by April 24 instead?"), not a thing swapped.
  return (
    instead !== null &&
    P.dayWord.test(
      instead[0].startsWith('instead')
        ? rest.slice(Math.max(0, instead.index - 25), instead.index)
        : rest.slice(instead.index, instead.index + instead[0].length + 30),
    ) &&
    !P.meetingNoun.test(rest) &&
    !P.suitsInstead.test(rest)
  );
}

/** The content words of a clause (for matching a signal to a ledger item), at most six. */
function subjectWords(text: string): string {
  return text
    .slice(0, 300)
    .replace(SIGNAL_PATTERNS.stopWords, ' ')
    .split(SIGNAL_PATTERNS.nonWord)
    .filter((w) => w.length > 1 && w !== "'" && w !== '-')
    .slice(0, 6)
    .join(' ');
}

function stripEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && '?.!'.includes(text[end - 1]!)) end--;
  return text.slice(0, end).trim();
}

export interface SignalDraft {
  type: 'delivery' | 'drift';
  owner: Side;
  subject: string;
  addedScope?: string;
  /** Drift only: read a new date/amount from the clause. */
  wantsNewDue: boolean;
  /** Delivery only: where the delivery words are, so they are not read as an ask ("please find attached"). */
  phrase?: { index: number; length: number };
}

/** Classifies a clause as a delivery or drift signal; `newDue`/`newAmount` are filled by the caller. */
export function detectSignal(clause: string, writer: Side, reader: Side): SignalDraft | null {
  const P = SIGNAL_PATTERNS;
  // Before added scope: "Also, could you move the concept presentation to May 12?" moves it.
  if (clause.includes('you') && P.rescheduleYours.test(clause))
    return { type: 'drift', owner: reader, subject: subjectWords(clause), wantsNewDue: true };
  const scope = P.scope.exec(clause);
  if (scope) {
    const verb = P.addedScopeVerb.exec(clause);
    const from = verb ? verb.index + verb[0].length : scope.index + scope[0].length;
    const addedScope = stripEndPunctuation(clause.slice(from, from + 160));
    return { type: 'drift', owner: reader, subject: subjectWords(clause), addedScope, wantsNewDue: false };
  }
  if (
    P.reschedule.test(clause) ||
    (P.rescheduleHint.test(clause) && (P.rescheduleOther.test(clause) || wantedOnAnotherDay(clause))) ||
    (clause.includes('late') && P.lateBy.test(clause)) ||
    ((clause.includes('only be') || (clause.includes(', not ') && P.willBe.test(clause))) &&
      P.laterThanPlanned.test(clause))
  )
    return { type: 'drift', owner: writer, subject: subjectWords(clause), wantsNewDue: true };
  const delivered = P.delivery.exec(clause);
  if (!delivered) return null;
  // "The purchase order wasn't attached", "Nothing was attached": no delivery.
  if (P.notDelivered.test(clause)) return null;
  const draft: SignalDraft = {
    type: 'delivery',
    owner: writer,
    subject: subjectWords(clause),
    wantsNewDue: false,
  };
  // "The deposit of $1,500 has been paid" reports the thing itself done: read whole, it is past.
  // A lead-in ("please find attached", "I've sent") is blanked so what follows is read alone.
  if (!P.doneReport.test(delivered[0])) {
    // "Please see the invoice attached, due within 14 days": only "Please see" is blanked, so the
    // thing itself ("the invoice") is still read with its terms.
    const lead = P.findLead.exec(delivered[0]);
    draft.phrase = { index: delivered.index, length: lead ? lead[0].length : delivered[0].length };
  }
  return draft;
}

/** Twelve: a list of things handed over runs long ("Invoice, packing list, EPCG licence and datasheet"). */
const MAX_THING_WORDS = 12;

/**
 * The clause as classification should read it beside a signal: a reschedule is news about an
 * old item (null: nothing new); a delivery's own words are blanked so "please find attached"
 * or "the letter we sent" do not read as asks, while "payable within 7 days" still counts. What
 * is left may only name the thing delivered ("Attached is | the signed engagement letter"): then
 * nothing is left to read either.
 */
export function clauseBesideSignal(clause: string, draft: SignalDraft | null): string | null {
  if (!draft) return clause;
  if (draft.type === 'drift') return draft.addedScope ? clause : null;
  if (!draft.phrase) return clause;
  const { index, length } = draft.phrase;
  const blank = (from: number) =>
    clause.slice(0, from) + ' '.repeat(index + length - from) + clause.slice(index + length);
  const rest = blank(index);
  const P = SIGNAL_PATTERNS;
  const words = rest.match(P.word)?.length ?? 0;
  if (words <= MAX_THING_WORDS && !P.asksOrTerms.test(rest)) return null;
  // "PO 7700418 attached for A$9,590 + GST": the buyer's order handed over, its sum the order's
  // total; what it owes is said by its terms (doneActs.ts `orderSentNow`).
  if (orderWithoutTerms(rest)) return null;
  // "we just paid | the deposit of €5,850.90 through your payment link": the sum is the one paid.
  // "I've just sent | the £150 deposit by bank transfer": so is a payment sent, and "by" a means.
  const phrase = clause.slice(index, index + length);
  const moved =
    P.moneyMoved.test(phrase) ||
    (/\bsent$/i.test(phrase) && P.paymentSent.test(clause.slice(index + length)));
  if (moved && !P.moreOwed.test(rest.replace(P.paidBy, ' '))) return null;
  // "Please find attached the contract and sign it by Friday": the "please" is the ask's.
  const please = P.thenAsked.test(rest) ? P.pleaseFirst.exec(clause.slice(index, index + length)) : null;
  return please ? blank(index + please[0].length) : rest;
}

/**
 * Whether a sentence's signals only report: a delivery, or a later day said against the old one
 * (`laterThanPlanned`), not an ask to move something ("Can doors open at 13:00 instead of 14:00?").
 */
export function reportsOnly(signals: readonly Signal[], sentence: string): boolean {
  return (
    signals.length > 0 &&
    signals.every((s) => s.type === 'delivery' || SIGNAL_PATTERNS.laterThanPlanned.test(sentence))
  );
}
