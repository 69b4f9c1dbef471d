/**
 * A count after a date and a comma ("Wednesday 24 February, 30 minutes over lunch", "by 3 March,
 * 30 pages", "on February 24, 30 guests"): chrono read the two digits as the year (2030). A
 * two-digit year is never followed by a word in lower case, so there the comma ends the date.
 * A time of day after the comma ("Friday 6 March, 10 am") still belongs to the date.
 */

export const COUNT_AFTER_DATE_PATTERNS = {
  countAfterDate:
    /((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?|\b\d{1,2}(?:st|nd|rd|th)?),( ?\d{2} (?!am\b|pm\b|a\.m|p\.m|o'clock|h\b|hrs?\b|uhr\b)[a-z])/gi,
} as const;

/** The text for chrono with such a comma made a semicolon (same length, so offsets hold). */
export function withCountAfterDateCut(input: string): string {
  return input.includes(',') ? input.replace(COUNT_AFTER_DATE_PATTERNS.countAfterDate, '$1;$2') : input;
}
