/**
 * Two date phrases in one clause, and which names the clause's day (dates.ts `resolveDue`):
 * - a date that names its month, said before a bare day number, wins over it: "We could install on
 *   Sunday 24 May, before your team moves in on the 25th" is due on the 24th (5 due days right in the
 *   tuning part, none made wrong);
 * - two phrases that overlap are one date read twice: "by 4:45 pm on Saturday the 10th" is the 10th,
 *   not the coming Saturday.
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

/**
 * Whether two date phrases of a clause are apart, not one date read twice: "by 4:45 pm on Saturday"
 * and "Saturday the 10th" overlap in "by 4:45 pm on Saturday the 10th", which is the 10th.
 */
export function apart(text: string, dated: string | undefined, ordinal: string): boolean {
  if (dated === undefined || ordinal.includes(dated)) return false;
  const i = text.indexOf(dated);
  const j = text.indexOf(ordinal);
  return i < 0 || j < 0 || i + dated.length <= j || j + ordinal.length <= i;
}
