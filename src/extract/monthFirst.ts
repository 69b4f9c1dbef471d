/**
 * Of a full date and a bare day number in one clause, which came first: "We could install on Sunday
 * 24 May, before your team moves in on the 25th" is due on the 24th. dates.ts prefers the date that
 * names its month when it is said before the day number (5 due days right in the tuning part, none
 * made wrong).
 */
export const MONTH_FIRST_PATTERNS = {
  namesMonth: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
} as const;

/** Whether `dated`, a date that names its month, is said before the day number `ordinal`. */
export function monthFirst(text: string, dated: string | undefined, ordinal: string): boolean {
  return (
    !!dated && MONTH_FIRST_PATTERNS.namesMonth.test(dated) && text.indexOf(dated) < text.indexOf(ordinal)
  );
}
