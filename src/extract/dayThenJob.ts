/**
 * A supplier's "the day is free" answer followed by the hour its work starts: "Saturday 10 October
 * is free, and we can have the brewhouse ready for you from 10:00", "Thursday 4 June is still free;
 * we can welcome you from 16:00". The blind annotators write one deliverable of the writer's side,
 * due that day, on the second part (all 17 such sentences they annotate in the tuning part of
 * the eighth round of 7 December 2026). Read apart, the first part is an offered day of its own
 * (availableForJob.ts) and the second a promise with no day, or an ask when the intent model reads
 * "you're on the water by 8:00" in it; so groupClauses.ts keeps the two together when the writer
 * is the one paid, and the whole is the offered day's.
 */
import { offersDayForJob } from './availableForJob';
import { WEEKDAY } from './dayWords';

export const DAY_THEN_JOB_PATTERNS = {
  /** Where the answer and the promise meet: ", and ", "; ", ", ". */
  joint: /,? and |; |, /,
  /** "we can have …", "and our guides will start …", "I can be set up …": the writer's side acts. */
  writerActs:
    /^(?:and |so )?(?:we|i|our [a-z-]{2,20}(?: [a-z-]{2,20})?)(?: can| could|'ll|’ll| will) (?!not\b|only\b|also offer\b)/i,
  /** The hour it starts or is ready: "from 10:00", "by 1:30 pm", "at 7:30 am", "from 9". */
  clock:
    /\b(?:from|at|by) \d{1,2}(?:[:.]\d{2})?(?: ?[ap]\.?m\.?)?\b|\b\d{1,2}(?:[:.]\d{2})? ?[ap]\.?m\.?(?!\w)/i,
  /**
   * Not the job at that hour but an item of its own: what the writer needs ("we'll need the form
   * back by 5pm"), a call or a talk, a thing sent, a bill, a payment. Meeting the reader's people
   * at the place ("we can meet you at our base at 13:00") is the job's start, as the annotators
   * write it.
   */
  notTheJob:
    /\b(?:need|needs|require|requires|want|call|ring|phone|discuss|review|talk (?:it |this |that |things )?(?:through|over)|go (?:over|through)|send|email|e-mail|post|forward|invoice|bill|pay|payment|confirm|let you know)\b/i,
  /** A day of its own in the promise, which is then dated by itself. */
  ownDay: new RegExp(
    String.raw`\b${WEEKDAY}\b|\b(?:tomorrow|today|tonight)\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b`,
    'i',
  ),
} as const;

/** The promise part of such a sentence: the writer's side acts at an hour, on no day of its own. */
function promiseAtHour(text: string): boolean {
  const P = DAY_THEN_JOB_PATTERNS;
  return (
    P.writerActs.test(text) &&
    P.clock.test(text) &&
    !P.notTheJob.test(text) &&
    !P.ownDay.test(text) &&
    !text.includes('?')
  );
}

/**
 * Whether the text opens on a bare "the day is free" answer and goes on with the writer's side
 * acting at an hour that day.
 */
export function dayThenJob(text: string): boolean {
  if (!text.includes('free') && !text.includes('available') && !text.includes(' open')) return false;
  const joint = new RegExp(DAY_THEN_JOB_PATTERNS.joint.source, 'g');
  for (let m = joint.exec(text); m; m = joint.exec(text)) {
    const answer = text.slice(0, m.index);
    if (offersDayForJob(answer)) return promiseAtHour(text.slice(m.index + m[0].length));
  }
  return false;
}
