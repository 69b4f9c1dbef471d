/**
 * Regex sources for the words that name a day, shared by the rules that read a day in a clause
 * (time offers, a supplier's availability, date holds) so they all accept the same spellings.
 * Sources, not RegExps: each rule builds its own pattern around them.
 */

/** A weekday written in full: "monday" … "sunday" (the patterns that use it are case-insensitive). */
export const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
/** A month, in full or cut short, with an optional full stop: "sep", "sept.", "september". */
export const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?`;
