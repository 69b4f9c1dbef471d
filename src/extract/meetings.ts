/**
 * Meeting proposals and answers. A reply that offers a time with a modal ("Thursday would be
 * great", "Monday would work for us", "Friday at 3 would be ideal") proposes a meeting the other
 * side must confirm; "Friday at 11 works" only accepts one already proposed and is not new. One
 * meeting is one item: a proposal with no time followed at once by the sentence that names the
 * time ("Could we pop in for a consultation? Saturday the 23rd would be great") keeps the latter.
 */
import type { SuggestedExpectation } from '../core/expectation';
import { isFreeAt, offersTimes } from './timeOffers';

export const MEETING_PATTERNS = {
  /** "would be great", "would work", "would suit", "'d be ideal". */
  modalOffer:
    /\b(?:would|'d|could|should|might)(?: also| really| probably| actually)? (?:be (?:great|good|ideal|perfect|best|better|fine|easiest|easier|convenient|lovely|brilliant|wonderful|ok|okay|grand|super|preferable|excellent)|work|suit)\b/i,
  /** "I could do Thursday at 6pm", "we can make Tuesday 14 May at 10": a time offered by what the writer can do. */
  canDoTime:
    /^(?:\w{2,12},? )?(?:i|we)(?: can| could|'d be able to| would be able to) (?:also )?(?:do|make|manage) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow)\b[^.?!;]{0,30}?\b(?:at \d{1,2}(?:[:.]\d{2})?(?: ?[ap]\.?m\.?)?|\d{1,2}(?::\d{2})? ?[ap]\.?m\.?|morning|afternoon|evening|lunchtime)\b/i,
  /** Words that name a day or a time of day. */
  when: /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b|\b(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?) \d|\b\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:[:.]\d{2})? ?(?:am|pm|h)\b|\b(?:tomorrow|today|tonight|morning|afternoon|evening|noon|lunchtime|lunch|breakfast)\b/i,
  /** Time words, connectors and meeting nouns: what a pure time offer is made of. */
  offerWord:
    /^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?$|^(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$|^\d{1,2}(?::\d{2})?(?:st|nd|rd|th|am|pm|h)?$|^(?:am|pm|at|on|or|and|the|a|an|next|this|coming|week|of|in|your|my|our|local|both|morning|afternoon|evening|noon|tomorrow|today|tonight|either|then|maybe|perhaps|how|about|so|actually|ok|okay|yes|yeah|early|late|lunch|lunchtime|breakfast|call|meeting|chat|catch-up|session|visit|slot|time|for|us|me|you|instead|works?|after|before|around|ish|all|day|whole|any|first|thing|half|past|quarter|o'clock|gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|pt|et|ct|sgt|ist|aest|aedt|jst|hkt|nzst|nzdt|sast|gst)$/i,
  /**
   * The sentence before a time, when it proposes to meet without saying when (not "meet halfway"
   * on a price).
   */
  meetingWords:
    /\b(?:together|meet(?! (?:you |us )?(?:half-?way|part-?way|in the middle)\b)|meeting|call|chat|talk|discuss|review|go through|walk through|pop in|come by|drop by|stop by|visit|consultation|session|catch up|get together|sit down)\b/i,
  /**
   * "works for me", "suits us", "works for both of us", "is fine", "is ok for me", "works best for
   * us – I'll pencil it in": an answer that takes a time already proposed, and at most notes it in
   * the writer's own diary.
   */
  acceptance:
    /\b(?:works?|suits?|is (?:fine|ok|okay|perfect|good|great|comfortable)|sounds (?:good|great))(?: best| well| perfectly| great)?(?: (?:for|with) (?:me|us|both of us|all of us|everyone|the team|the (?:call|demo|meeting|review|session|visit))| (?:me|us)\b)?(?: (?:for|with) the (?:[\w-]{2,15} )?(?:call|demo|meeting|review|session|visit|interview|kick-?off|walkthrough|walk-through|readout|presentation|workshop|tasting|fitting|inspection|site visit))?(?: too)?(?:\s{0,2}[,;–—-]\s{0,2}(?:(?:i|we)(?:'ll|'ve| will| have)(?: already)? (?:pencil(?:led)?|put|block(?:ed)?|add(?:ed)?|note[d]?|save[d]?|mark(?:ed)?) (?:it|that|this|the (?:date|time|slot))(?: in| down)?(?: (?:in )?(?:my|our|the) (?:diary|calendar|diaries|calendars))?|see you then))?\W{0,3}$/i,
  /** "Let me know a couple of times that suit you", "when suits them?": asks when, for a meeting just proposed. */
  whenAsk:
    /^(?:\w{2,12},? )?(?:when|what time|which (?:day|time|slot)s?) (?:suits?|works?|is (?:good|best|convenient)|would (?:suit|work))\b/i,
  /** "a couple of times that suit you": a time word, then within a few words one of fitting (checked in code). */
  timeWord: /\b(?:times?|slots?|days?|dates?|windows?)\b/gi,
  fitWord: /\b(?:suits?|works?|convenient|free|available)\b/i,
  /** A request that only offers a time: "Would Thursday at 10 work?", "Maybe Tuesday 2pm?". */
  fitsTime:
    /^(?:\w{2,12},? )?(?:(?:or|so|maybe|perhaps|how about|what about|would|could|does|is|are)\b[^.!;]{0,40}\b(?:work|suit|be (?:ok|okay|good|ideal|free|possible)|free|available)\b[^.!;]{0,30}\?|(?:maybe|perhaps|how about|what about) [^.!;]{1,40}\?)\s*$/i,
  /** "We'd like a short meeting about the storyboard.": a wish to meet, asked without a question mark. */
  wish: /\b(?:i|we)(?:'d| would) (?:like|love)\b/i,
  /** "I'll send a Meet link", "I'll send the calendar invite": the means of a meeting, not a new one. */
  invitePromise:
    /\b(?:send|share|forward|issue|set up)(?: you| over| out| across)? (?:a |an |the |our |my |both )?(?:(?:calendar|teams|zoom|meet|google meet|webex|meeting|video|call|dial-in) ){0,2}(?:invites?|invitations?|links?|details)\b/i,
  word: /[\w:'-]+/g,
  greeting: /^[^,]{1,25},\s{0,3}/,
} as const;

/**
 * True for a clause that offers a time with a modal and is about nothing but the time (and a
 * meeting noun): "Tuesday the 22nd at 10am would be great for us", or by what the writer can do
 * ("I could do Thursday at 6pm"), or without a modal (`offersTimes`: "Tuesday or Wednesday after 3
 * is good for me"). "Payment by Friday would be great" is an ask about money, not a time offer.
 */
export function isTimeOffer(clause: string): boolean {
  const P = MEETING_PATTERNS;
  if (offersTimes(clause) || isFreeAt(clause)) return true;
  // Cheap first: every modal below contains "ould", "'d" or "might" (this runs on most clauses).
  if (clause.includes(' do ') || clause.includes(' make ') || clause.includes(' manage ')) {
    if (P.canDoTime.test(clause)) return true;
  }
  if (!clause.includes('ould') && !clause.includes("'d") && !clause.includes('ight')) return false;
  const offer = P.modalOffer.exec(clause);
  if (!offer || offer.index > 80) return false;
  // "Hi Leah, Wednesday at 2 would be good": a greeting or name before a comma is not part of it.
  const before = clause.slice(0, offer.index).replace(P.greeting, '');
  if (!P.when.test(before)) return false;
  const words = before.match(new RegExp(P.word.source, P.word.flags)) ?? [];
  return words.length > 0 && words.length <= 10 && words.every((w) => P.offerWord.test(w));
}

/**
 * True for a clause that only accepts a time ("Friday at 11 works for me.", "Tuesday is fine"):
 * it answers a proposal and asks nothing new, whatever the intent model reads in it.
 */
export function isTimeAcceptance(clause: string): boolean {
  const P = MEETING_PATTERNS;
  if (clause.includes('?') || offersTimes(clause)) return false;
  const accept = P.acceptance.exec(clause);
  if (!accept) return false;
  const before = clause.slice(0, accept.index).replace(P.greeting, '');
  if (!P.when.test(before)) return false;
  const words = before.match(new RegExp(P.word.source, P.word.flags)) ?? [];
  return words.length > 0 && words.length <= 10 && words.every((w) => P.offerWord.test(w));
}

export interface Placed {
  expectation: SuggestedExpectation;
  /** Index of the sentence it came from in its message. */
  sentence: number;
}

/**
 * Drops a no-time meeting proposal when one of the next two sentences names the time of the same meeting,
 * and an ask for times that suit ("Let me know a couple of times that suit you.") right after
 * the proposal it answers for.
 */
export function mergeMeetingProposals(items: Placed[]): Placed[] {
  const dropped = new Set<number>();
  for (let i = 0; i + 1 < items.length; i++) {
    const a = items[i]!;
    const b = items[i + 1]!;
    const gap = b.sentence - a.sentence;
    if (gap >= 0 && gap <= 1 && askForTimes(a.expectation, b.expectation)) dropped.add(i + 1);
    if (gap >= 0 && gap <= 1 && inviteToProposal(a.expectation, b.expectation)) dropped.add(i + 1);
    // The time may come a sentence later ("I'd like to set up a briefing. The deck is nearly done.
    // Would Thursday at 10 work?").
    const c = items[i + 2];
    if (proposalTimedBy(a, b) || (c !== undefined && proposalTimedBy(a, c))) dropped.add(i);
  }
  return items.filter((_, i) => !dropped.has(i));
}

/** `a` proposes to meet without a time, and `b`, up to two sentences on, names the time of it. */
function proposalTimedBy(a: Placed, b: Placed): boolean {
  const P = MEETING_PATTERNS;
  const gap = b.sentence - a.sentence;
  const ea = a.expectation;
  const eb = b.expectation;
  if (gap < 0 || gap > 2 || ea.due !== null || eb.owner !== ea.owner) return false;
  // "Maybe Thursday June 11 at 2?" read as a request still names the meeting's time.
  const time = eb.kind === 'meeting' || (eb.kind === 'request' && P.fitsTime.test(eb.text));
  if (!time) return false;
  // "I'd like to review them with you early next week; would Tuesday at 1pm work?", "We'd like
  // a short meeting about the storyboard. Would Wednesday suit you?": a wish to meet needs no
  // question mark.
  const asked = ea.text.trimEnd().endsWith('?') || gap === 0 || P.wish.test(ea.text);
  const proposal = ea.kind === 'meeting' || (ea.kind === 'request' && asked && P.meetingWords.test(ea.text));
  return proposal && (eb.due !== null || P.when.test(eb.text));
}

/** `b` only asks when the meeting `a` proposes could happen. */
function askForTimes(a: SuggestedExpectation, b: SuggestedExpectation): boolean {
  if (b.due !== null || b.owner !== a.owner || (b.kind !== 'request' && b.kind !== 'meeting')) return false;
  const proposal =
    a.kind === 'meeting' || (a.kind === 'request' && MEETING_PATTERNS.meetingWords.test(a.text));
  return proposal && asksWhen(b.text);
}

/**
 * "Let me know a couple of times that suit you", "when suits them?". The time word and the word
 * of fitting are found apart and their distance checked here: one pattern spanning both would
 * rescan the gap from every time word (recheck calls it polynomial).
 */
function asksWhen(text: string): boolean {
  const P = MEETING_PATTERNS;
  if (P.whenAsk.test(text)) return true;
  P.timeWord.lastIndex = 0;
  for (let m = P.timeWord.exec(text); m !== null; m = P.timeWord.exec(text)) {
    const end = m.index + m[0].length;
    // The word of fitting starts within 40 characters, with no sentence end before it.
    const after = text.slice(end, end + 52);
    const stop = after.search(/[.?!]/);
    const fit = P.fitWord.exec(stop === -1 ? after : after.slice(0, stop));
    if (fit && fit.index <= 40) return true;
  }
  return false;
}

/**
 * `b` only promises the invite or link for the meeting `a` proposes to the reader ("Shall we have
 * a call on Monday at 11? I will send a Teams invite."): one meeting, one item. After an accepted
 * time, which is no item of its own, "I'll send the invite" stays the meeting's item.
 */
function inviteToProposal(a: SuggestedExpectation, b: SuggestedExpectation): boolean {
  return (
    a.kind === 'meeting' &&
    b.kind === 'meeting' &&
    a.owner !== b.owner &&
    b.due === null &&
    MEETING_PATTERNS.invitePromise.test(b.text)
  );
}
