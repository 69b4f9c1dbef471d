/**
 * The cheap test run before the date parser: does the clause mention anything date-like? Near a
 * leaf (it imports only the holiday names, whose module imports only calendar.ts), so the
 * pipeline (index.ts, as `EXTRACT_PATTERNS.dateHint`, the same object the gates patch) and the
 * clause grouping share the one pattern.
 */
import { HOLIDAY_NAME } from './holidays';

export const DATE_HINT = new RegExp(
  String.raw`\d|\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|today|tonight|tomorrow|tmrw|tmr|tmw|tomorow|tommorow|tommorrow|tomarrow|2morrow|2moro|eod|cob|eob|eow|eom|eoy|eoq|end of|close of|weeks?|months?|quarter|noon|midnight|afternoon|evening|morning|net|within|weekend|mid-?\w{3}|${HOLIDAY_NAME})\b`,
  'i',
);
