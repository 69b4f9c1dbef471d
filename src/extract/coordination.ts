/**
 * Coordinated obligations: "the NDA by 20 November and the deck by end of month", "I'll sign
 * the contract tonight and send the deposit tomorrow". Each conjunct with its own date is its
 * own item, with the same owner and kind. A conjunct that is a statement of its own ("and the
 * inspection is booked for the 23rd") is not an obligation and does not lend its date.
 */
import { HOLIDAY_NAME } from './holidays';
import { whereabouts } from './obligation';
import type { Span } from './types';

/** The verbs that lead a second act of the same doer (`verbLed`, and its gate `verbLedJoin`). */
const SECOND_ACT_VERB = String.raw`(?:send|email|e-mail|share|deliver|present|submit|return|forward|provide|ship|post|upload|circulate|confirm|pay|transfer|wire|book|schedule|call|ring|issue|invoice|courier|have|get)`;

export const COORDINATION_PATTERNS = {
  /** Where a clause may be cut between two conjuncts. */
  joiner: /,? and (?:also |then )?|, (?=[a-z])/gi,
  /** A calendar day (not only a clock time). */
  day: new RegExp(
    String.raw`\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:today|tonight|tomorrow|tmrw|eod|cob)\b|\b(?:this|next|over the|on the) weekend\b|\bend of (?:the |this |next )?(?:day|week|month|year|quarter|q[1-4])\b|\bthe \d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}[/.]\d{1,2}\b|\bwithin \w{1,10} (?:business |working )?(?:days?|weeks?)\b|\b(?:${HOLIDAY_NAME})\b`,
    'gi',
  ),
  /** A time of its own that resolves to no day: "this weekend", "this week", "next month". */
  weekend: /\b(?:(?:this|next|over the|on the) weekend|(?:this|next) (?:week|month))\b/i,
  /** Money or a share of it: a payment conjunct, of another kind than a hand-over beside it. */
  payment: /[$€£¥₹]|\d ?%|\b(?:deposit|payment|instal?ment|balance|advance|retainer|invoice)\b/i,
  /** "…, and the rest on Friday" after a sum: the rest of one payment, its schedule, not an item of its own. */
  restOfSum: /^\s{0,3}(?:the )?(?:rest|remainder|balance|other half|second half)\b/i,
  /** The second conjunct says when ("… and the deck by end of month"): checked before any date is parsed. */
  datePrefix: /\b(?:by|on|before|until|till|due|tomorrow|tonight|today|end of|within|next|this|in)\b/i,
  /**
   * A conjunct that starts with a date or number belongs to the date before it ("May 27 and 28"),
   * unless the number counts things, with their own day after it ("… and 48 on Saturday 29
   * August", "5 articles on 7 December").
   */
  startsWithDate:
    /^(?:\d(?![\d,.]* (?!(?:am|pm|and|or|to|at|of|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b)[a-z])|the \d|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b)/i,
  /**
   * A second act of the same doer, led by its verb ("… pitch the outlets this week and send you a
   * tracker every Friday"): an item of its own when both acts have a time of their own, even one
   * that resolves to no day (`ownTime`). Without one the first act shares the second's date ("I'll
   * update the proposal and send it by Friday" is one promise, due Friday).
   */
  verbLed: new RegExp(
    String.raw`^(?:also |then )?${SECOND_ACT_VERB}\b(?! (?:it|them|this|that) (?:done|ready|sorted)\b)`,
    'i',
  ),
  /** A time of the first act's own that may resolve to no day: "this week", "asap", "the week of March 2", "from 8am". */
  ownTime:
    /\b(?:(?:this|next) (?:week|month|weekend)|asap|as soon as|the week of|immediately|right away|straight away|first thing|(?:from|at|after|before) \d{1,2}(?::\d{2})? ?(?:am|pm)?)\b/i,
  /**
   * A time the second conjunct counts from something else ("tool design drawings the following
   * week", "a printed one a week after we receive artwork", "consolidated comments within 24 hours
   * of each draft"): it resolves to no day, yet makes the conjunct an item of its own after a dated
   * first one.
   */
  relativeTime:
    /\b(?:the following (?:day|week|month|monday|tuesday|wednesday|thursday|friday)|(?:a|one|two|three|\d{1,2}) (?:business |working )?(?:days?|weeks?) (?:after|later(?! than)|from)|within \d{1,3} (?:business |working )?(?:hours?|days?|weeks?) of|in the (?:first|second|third|last) week of|the week of|the weekend of)\b/i,
  /**
   * A first act that is no hand-over of its own: being somewhere, keeping in touch, trying, or
   * asking first ("We'll be on site from 7am and send you photos by Friday": one promise).
   */
  notAnAct:
    /\b(?:will|'ll|shall|going to) be\b|\bkeep (?:you|everyone)\b|\bdo (?:our|my) best\b|\bcheck (?:with|in)\b|\bchase\b|\b(?:ask|talk to|speak to|speak with|hear from|look into)\b/i,
  /** Where a verb-led conjunct may start, for the cheap gate. */
  verbLedJoin: new RegExp(String.raw`\band (?:also |then )?${SECOND_ACT_VERB}\b`, 'i'),
  /** A conjunct that names who acts: "I'll …", "we will …". */
  ownSubject: /^(?:i|we)(?:'ll| will| shall| can|'m going to|'re going to)\b/i,
  /** "…, by Thursday if possible": only a deadline for what came before, no object of its own. */
  deadlineOnly:
    /^\s{0,3}(?:ideally |preferably |latest |at the latest |well |[a-z]{2,15}ly )?(?:by|before|ahead of|no later than)\b/i,
  /** A conjunct with a verb of its own that is no deadline ("the inspection is booked for the 23rd"). */
  ownStatement: /\b(?:is|are|was|were)\b(?! (?:due|payable|owed|needed|required|expected)\b)/i,
  /** A question tagged on at the end ("… and the rest by 30 April - is that feasible?"), asking of both. */
  tagQuestion:
    /(?: [-–—] |, )(?:is|are|would|will|does|do|can|could) (?:that|this|it|those|these) [^?]{0,40}\?\s*$/i,
  /** …or a past act ("…, and the swatches went out on Friday"): news, not a second promise. */
  statement:
    /\b(?:is|are|was|were|has|had|have been|'s been|went|came|arrived|landed)\b|^(?:payable|due|paid|invoiced|billed|net|with|so|because|as|which|who|when|if)\b|^(?:it|they|this|that|these|those) (?:should|will|would|'ll|ought to) (?:arrive|reach|land|get|be)\b/i,
} as const;

function countDays(text: string): number {
  // The pattern itself, rewound: a RegExp built per call cost more than the scan (it runs on
  // every dated clause). Nothing else uses its lastIndex between the rewinds.
  const re = COORDINATION_PATTERNS.day;
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/** The span without the spaces and punctuation at its ends, or null when nothing is left. */
export function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /[\s,;]/.test(text[start]!)) start++;
  while (end > start && /[\s,;.!?]/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/**
 * Cuts a clause (normalised text `norm`, span `span`) into conjuncts that each carry their own
 * date, or returns null. `dueOf` resolves a piece's due date; pieces must resolve to different
 * days for the cut to count.
 */
export function splitCoordinated(
  norm: string,
  span: Span,
  dueOf: (text: string) => string | null,
  obliges: (text: string) => boolean,
): Span[] | null {
  const P = COORDINATION_PATTERNS;
  const clause = norm.slice(span.start, span.end);
  // Cheap gate: two calendar-day mentions at least, or one beside a payment (a deposit and a
  // dated hand-over: "We'd need a 25% deposit to hold the date, and final numbers by Friday").
  const days = countDays(clause);
  if (
    days < 1 ||
    (days < 2 && !P.payment.test(clause) && !P.verbLedJoin.test(clause) && !P.relativeTime.test(clause))
  )
    return null;
  const joiner = new RegExp(P.joiner.source, P.joiner.flags);
  for (let m = joiner.exec(clause); m !== null; m = joiner.exec(clause)) {
    if (m.index < 8) continue;
    const left = clause.slice(0, m.index);
    const right = clause.slice(m.index + m[0].length);
    // Two kinds, payment and not, need no date on both sides: each is an item of its own.
    if (P.restOfSum.test(right) && P.payment.test(left)) continue;
    // Only across ", and ": "we need the agreement and the deposit by March 20" shares its day.
    const twoKinds = m[0].startsWith(', and') && P.payment.test(left) !== P.payment.test(right);
    const verbLed =
      /and/i.test(m[0]) &&
      P.verbLed.test(right) &&
      (countDays(left) > 0 || P.ownTime.test(left)) &&
      !P.notAnAct.test(left) &&
      whereabouts(left) !== true;
    if (
      (!twoKinds && !verbLed && countDays(left.slice(-45)) === 0) ||
      (countDays(right) === 0 && countDays(left) === 0)
    )
      continue;
    const relative = !twoKinds && P.relativeTime.test(right) && countDays(left.slice(-45)) > 0;
    if (!twoKinds && !relative && countDays(right) === 0) continue;
    if (
      !(relative || P.datePrefix.test(right)) ||
      P.startsWithDate.test(right) ||
      P.statement.test(right.replace(P.tagQuestion, ''))
    )
      continue;
    if (right.trim().split(/\s+/).length < 3 || P.deadlineOnly.test(right)) continue;
    const first = trimmed(norm, span.start, span.start + m.index);
    const second = trimmed(norm, span.start + m.index + m[0].length, span.end);
    if (!first || !second) continue;
    const leftDue = dueOf(norm.slice(first.start, first.end));
    const rightDue = dueOf(norm.slice(second.start, second.end));
    // A weekend resolves to no date but is a time of its own ("we'll sign it this weekend and
    // send the deposit on Monday"): each conjunct is its own item.
    const timed = (due: string | null, text: string) => due !== null || P.weekend.test(text);
    // A first act counted from something else ("proofs within 5 working days of each shoot, and
    // final selects by 19 March") has a time of its own too.
    const leftTimed = timed(leftDue, left) || P.relativeTime.test(left.slice(-60));
    const rightTimed = timed(rightDue, right);
    if (
      twoKinds
        ? !leftTimed && !rightTimed
        : relative && !rightTimed
          ? !leftTimed
          : !rightTimed || (!leftTimed && !verbLed) || (leftTimed && leftDue === rightDue)
    )
      continue;
    // The obligation must be stated before the cut ("we need the copy by the 9th and …"), and
    // what follows must not be only whereabouts ("…, because I will be travelling on the 11th").
    if (!obliges(left) || whereabouts(right) === true) continue;
    return [first, ...(splitCoordinated(norm, second, dueOf, () => true) ?? [second])];
  }
  return null;
}
