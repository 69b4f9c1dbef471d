/**
 * Holidays on a fixed calendar day as deadlines: "I'll get the module done by Christmas Eve",
 * "Can you send the shot list before Christmas?". chrono-node reads no holiday names. A name
 * counts only after a deadline word and only when it ends the phrase: "the Christmas party",
 * "before the Christmas shutdown on 18 December" name an event, whose day the sentence gives or
 * not. Holidays that move (Easter, Thanksgiving, which differs between countries) are left out:
 * a wrong day is worse than none.
 */
import { dayOf, isoOfDay, partsOfDay } from './calendar';

/**
 * The holidays read, longest first ("christmas eve" before "christmas"); also a calendar day for
 * the date hint (dateHint.ts) and for splitting two acts (coordination.ts).
 */
export const HOLIDAY_NAME = String.raw`christmas eve|christmas day|christmas|xmas|boxing day|new year'?s eve|new year'?s day|halloween|valentine'?s day`;

export const HOLIDAY_PATTERNS = {
  /**
   * Group 1 is the holiday. The lookahead lets it be followed by punctuation, the end, or a word
   * that opens the next part of the sentence, never by a noun it would qualify.
   */
  deadlineHoliday: new RegExp(
    String.raw`\b(?:by|before|until|till|no later than|ahead of|in time for|on or before)\s(?:the\s)?(${HOLIDAY_NAME})(?=\s?[.,;:!?)–—-]|\s?$|\s(?:and|or|at|if|so|as|please|pls|this|next|latest|but|then|when|because|since|otherwise|ideally|hopefully|too|though|we|i|you|they|it|would|will|is|works)\b)`,
    'i',
  ),
} as const;

/** Month and day of each holiday, keyed by its name in lower case without apostrophes. */
const FIXED_DAYS: Record<string, [number, number]> = {
  'christmas eve': [12, 24],
  'christmas day': [12, 25],
  christmas: [12, 25],
  xmas: [12, 25],
  'boxing day': [12, 26],
  'new years eve': [12, 31],
  'new years day': [1, 1],
  halloween: [10, 31],
  'valentines day': [2, 14],
};

/** The next day (from the sent day on) of the holiday the clause sets as its deadline, or null. */
export function holidayDue(text: string, sentDay: number): { due: string; phrase: string } | null {
  const m = HOLIDAY_PATTERNS.deadlineHoliday.exec(text);
  if (!m) return null;
  const md = FIXED_DAYS[(m[1] ?? '').toLowerCase().replace(/'/g, '')];
  if (!md) return null;
  const { year } = partsOfDay(sentDay);
  let day = dayOf(year, md[0], md[1]);
  if (day < sentDay) day = dayOf(year + 1, md[0], md[1]);
  return { due: isoOfDay(day), phrase: m[0] };
}
