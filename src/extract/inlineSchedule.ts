/**
 * A schedule written on one line: "Timeline: design mockups by 16 March, staging site by 9 April,
 * launch 30 April." Each part is a dated item of the plan, as if it stood on its own line under
 * "Timeline:", so it is cut into a heading and one list line per part (listReader.ts reads them
 * as a list). Only when every part is short and carries its own date: a sentence with its own verbs
 * ("Schedule: we start the conform June 15 and deliverables go out July 9, a day ahead of your
 * deadline") is left to the clause rules.
 */
import type { Span } from './types';

export const INLINE_SCHEDULE_PATTERNS = {
  label:
    /^(?:(?:the |our |proposed |rough |indicative )?(?:(?:delivery |shipping |production |project |rollout |release )?(?:timeline|timings?|schedule|plan|dates)|milestones|key dates|deadlines|deliveries|next steps|delivery in (?:two|three|four|2|3|4) (?:lots|batches|phases|stages|parts|tranches|shipments)))\s{0,2}:\s+/i,
  /** A label of deliveries ("Delivery in two lots:", "Shipping schedule:"): the seller's, whoever writes. */
  deliveryLabel: /^(?:the |our |proposed )?(?:deliver(?:y|ies)|shipping|shipments?)\b/i,
  /** Where the parts of the schedule meet: a comma or a semicolon, with "and" or "then" after it. */
  separator: /[,;]\s{1,3}(?:(?:and|then)\s{1,3})?/g,
  /** "… by 3 July and report by 14 August": the last two parts joined by "and" alone. */
  lastAnd: /\s{1,3}and\s{1,3}/,
  /** A part names a day: a number, a weekday or a near day. */
  dated:
    /\d|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:today|tonight|tomorrow|end of|next week|this week)\b/i,
  /** A part that reads as a clause of its own, which the clause rules read instead. */
  ownVerb:
    /\b(?:i|we|you|your|they|he|she|it|our|us)\b|\b(?:will|shall|would|should|must|can|could|please|is|are|was|were|closed|open|works?|suits?)\b/i,
  /**
   * A part that is not a piece of work: a numbered step ("1) sign the SOW"), an order to the
   * reader ("sign the SOW", "pay the deposit"), or money (a payment schedule, which the payment
   * rules read).
   */
  notWork:
    /^\(?\d{1,2}[.)]|^(?:sign|pay|send|confirm|approve|book|review|return|call|email|transfer|wire)\b|\b(?:deposit|payment|balance|invoice|instal?ments?|fee|fees)\b|[$€£¥₹]/i,
  /** A word that names something beyond a time ("mockups", "staging site"): a part must hold one. */
  workWord:
    /^(?!(?:on|by|at|from|to|until|the|and|or|of|in|am|pm|next|this|week|weekend|morning|afternoon|evening|noon|today|tomorrow|tonight|end|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|march|mar|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$)[a-z][a-z'-]{1,}$/i,
} as const;

/** Spans of a message's sentences, with one-line schedules cut into a heading and its lines. */
export interface ScheduleSpan extends Span {
  /** Cut from a one-line schedule: its label, or one of its dated parts. */
  inline?: 'heading' | 'item';
}

const MAX_PART_WORDS = 9;

/** The label and parts of one sentence when it is a one-line schedule of two parts or more, else null. */
function scheduleParts(norm: string, sentence: Span): ScheduleSpan[] | null {
  const P = INLINE_SCHEDULE_PATTERNS;
  const text = norm.slice(sentence.start, sentence.end);
  if (text.length > 400 || !text.includes(':')) return null;
  const label = P.label.exec(text);
  if (!label) return null;
  const body = label[0].length;
  const end = text.length - (text.endsWith('.') || text.endsWith('!') ? 1 : 0);
  // The parts' bounds, relative to the sentence: cut at commas and semicolons, then the last
  // part once more at its "and".
  const bounds: [number, number][] = [];
  const re = new RegExp(P.separator.source, 'g');
  re.lastIndex = body;
  let from = body;
  for (let m = re.exec(text); m !== null && m.index < end; m = re.exec(text)) {
    bounds.push([from, m.index]);
    from = m.index + m[0].length;
  }
  const and = P.lastAnd.exec(text.slice(from, end));
  if (and) {
    bounds.push([from, from + and.index]);
    from += and.index + and[0].length;
  }
  bounds.push([from, end]);
  // A closing term of the whole schedule ("…, the rest by 9 April, DAP Stuttgart"): short, no
  // day, no verb; it belongs to no part.
  const last = bounds[bounds.length - 1]!;
  const closing = text.slice(last[0], last[1]);
  if (bounds.length > 2 && !P.dated.test(closing) && !P.ownVerb.test(closing) && wordsIn(closing) <= 3)
    bounds.pop();
  const parts: ScheduleSpan[] = [];
  for (const [a, b] of bounds) {
    const part = text.slice(a, b);
    const words = wordsIn(part);
    if (words === 0 || words > MAX_PART_WORDS || !P.dated.test(part) || P.ownVerb.test(part)) return null;
    // The first part names the work; later ones may leave it understood ("next 4 by 15 April",
    // "the rest by 9 April").
    const namesWork = part.split(' ').some((w) => P.workWord.test(w));
    if (P.notWork.test(part) || (parts.length === 0 && !namesWork)) return null;
    parts.push({ start: sentence.start + a, end: sentence.start + b, inline: 'item' });
  }
  if (parts.length < 2) return null;
  const colon = text.indexOf(':');
  return [{ start: sentence.start, end: sentence.start + colon + 1, inline: 'heading' }, ...parts];
}

/** Whether a one-line schedule's label names deliveries, which the seller makes whoever writes. */
export function labelsDeliveries(label: string): boolean {
  return INLINE_SCHEDULE_PATTERNS.deliveryLabel.test(label.trim());
}

function wordsIn(text: string): number {
  return text.split(' ').filter(Boolean).length;
}

/** `sentences` with each one-line schedule replaced by its label and its parts. */
export function splitInlineSchedules(norm: string, sentences: Span[]): ScheduleSpan[] {
  let out: ScheduleSpan[] | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    // Most sentences open with no label and colon: nothing to cut, and no copy of the list.
    const head = norm.slice(s.start, Math.min(s.end, s.start + 40));
    const cut = head.includes(':') ? scheduleParts(norm, s) : null;
    if (cut && !out) out = sentences.slice(0, i);
    if (out) out.push(...(cut ?? [s]));
  }
  return out ?? sentences;
}
