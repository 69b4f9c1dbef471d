/**
 * chrono's day-first ("GB") English parser, without one of its choices. In that configuration
 * chrono skips "January 15" (a month's name before a two-digit number, no year) as possibly a
 * year, and its month-name parser then reads it as January 2015; "by January 28" became
 * 1 January 2028. Day-first writers (a .uk or .in address, pounds, "15 May" elsewhere in the
 * thread) still write "January 15" for a day, and in mail about what is owed a bare two-digit
 * year is almost never meant: here the month-day parser of the casual configuration, which reads
 * it as a day, takes its place. Slash dates stay day-first ("3/2" is 3 February).
 */
import { Chrono, en } from 'chrono-node';

type Parser = Chrono['parsers'][number];

/** The casual configuration's parser of the same class as `gb`'s, where the two differ only in a flag. */
function casualTwin(gb: Parser): Parser {
  if (!('shouldSkipYearLikeDate' in gb) || gb.shouldSkipYearLikeDate !== true) return gb;
  return en.casual.parsers.find((p) => p.constructor === gb.constructor) ?? gb;
}

export const DAY_FIRST_CHRONO = new Chrono({
  parsers: en.GB.parsers.map(casualTwin),
  refiners: en.GB.refiners,
});
