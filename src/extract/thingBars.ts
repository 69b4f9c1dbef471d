/**
 * Bars on how the goods arrive or the work is done, said with a modal on a thing or on people
 * other than the writer and reader (issue 9, seventh round of 7 December 2026; the tuning part
 * annotates all of these as standards on the side the writer addresses):
 * - "From now on, the mussels must arrive at 2-6 °C", "linen must arrive fully dry and folded",
 *   "Deliveries have to arrive before 11:00 and be kept below 5 °C": a daily hour, not a day, so
 *   no deadline; "The delivery on the 18th has to arrive before 11am" names its day and stays the
 *   dated ask it was;
 * - "the heavy truck must not drive past the barrier", "cameras must not cover the staff break
 *   rooms": a prohibition on a thing or a third party (33 of the 50 such sentences of the tuning
 *   part are standards, the rest repeated history);
 * - "All work in the car park must be done on a Saturday", "The install has to be done over a
 *   weekend": when the work may happen.
 * Read by `isBareStandard` (standards.ts).
 */
import { WEEKDAY } from './dayWords';

const MODAL = String.raw`(?:must|has to|have to|needs? to|will have to|would have to)`;
/** Not a bar of the writer or the reader themselves, nor a guess ("it must not be easy"). */
const NOT_PERSONAL = String.raw`(?<!\b(?:i|we|you|he|she|they|it|this|that|which|who|there|what|us|them)(?: really| just| also| still)? )`;

export const THING_BAR_PATTERNS = {
  /** "must arrive at 2-6 °C", "have to arrive before 11:00", "must arrive Monday to Wednesday only". */
  arrives: new RegExp(
    String.raw`${NOT_PERSONAL}\b${MODAL}(?: (?:always|only|all|also))? (?:arrive|be delivered|travel|be kept|be stored|come in) (?:at \d|at (?:or )?(?:below|under|above)|under|below|above|between \d|fully|chilled|frozen|dry|clean|cold|sealed|labelled|on (?:pallets|ice)|in (?:insulated|chilled|refrigerated|sealed|food-grade|crates|boxes)|${WEEKDAY} to|before \d{1,2}(?:[:.]\d\d)? ?(?:am|pm|h)?(?! on\b)|by \d{1,2}(?:[:.]\d\d)? ?(?:am|pm)(?! on\b))`,
    'i',
  ),
  /** "must not drive past", "mustn't touch", "are not to park": a prohibition on a thing or a third party. */
  forbids: new RegExp(
    String.raw`^(?!\W{0,3}(?:i|we|you|it|this|that|they|he|she)\b)(?:[\w'’/&.,-]{1,25} ){1,8}?${NOT_PERSONAL}(?:must not|mustn't|must never|is not to|are not to)(?: be)? [a-z]{2}`,
    'i',
  ),
  /** "must be done on a Saturday", "has to be carried out over a weekend / after hours". */
  doneWhen: new RegExp(
    String.raw`${NOT_PERSONAL}\b${MODAL}(?: all)? be (?:done|carried out|completed|scheduled|installed|fitted) (?:on an? ${WEEKDAY}|on ${WEEKDAY}s|on (?:a )?weekends?|at (?:the )?weekends?|over an? (?:weekend|holiday)|after hours|out of hours|outside (?:office|opening|business|working|trading|school) hours|at night|overnight|in the evenings?|during (?:the )?(?:school )?holidays)\b`,
    'i',
  ),
  /** A calendar day named: then the clause is a dated ask, not a standing bar. */
  namedDay: new RegExp(
    String.raw`\b(?:on|by|for) (?:the )?\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}\b|\b(?:tomorrow|today|tonight)\b|(?<!\b(?:a|an|to|every|each|except|but|not|from|apart from) )\b${WEEKDAY}\b(?! to\b| (?:mornings|afternoons|evenings|nights)\b)|\b(?:next|this) (?:week|month|${WEEKDAY})\b|\b\d{1,2}/\d{1,2}\b`,
    'i',
  ),
  /**
   * The writer's own people or vans ("Our team must arrive at 8am", "Our drivers must not enter
   * private property"): a plan or rule of the writer's side, not a bar on the reader's. The
   * writer's goods still bar the supplier ("Our fish deliveries must arrive at 0-2 °C").
   */
  writersOwn:
    /^\W{0,3}(?:(?:and|also|so|but|plus),? )?(?:we|i|(?:our|my) (?:[\w-]{2,20} ){0,2}?(?:team|teams|crew|crews|staff|people|drivers?|engineers?|technicians?|fitters?|installers?|operators?|guides?|instructors?|ceo|cfo|manager|director|boss|van|vans|truck|trucks|lorry|lorries|vehicles?|coach|bus))\b/i,
  /** What "must not" says of a plan or a secret, binding no one's work ("must not slip", "must not find out"). */
  noWork:
    /\bmust(?: not|n't| never) (?:slip|find out|know|hear|see|happen|be (?:missed|forgotten|late|delayed)|go wrong|fail)\b/i,
} as const;

/** Whether the clause bars how goods arrive, what a thing or a third party must not do, or when the work is done. */
export function barsThingOrWork(clause: string): boolean {
  if (
    !clause.includes('must') &&
    !clause.includes('have to') &&
    !clause.includes('has to') &&
    !clause.includes(' not to')
  )
    return false;
  const P = THING_BAR_PATTERNS;
  if (P.namedDay.test(clause) || P.writersOwn.test(clause) || P.noWork.test(clause)) return false;
  return P.arrives.test(clause) || P.forbids.test(clause) || P.doneWhen.test(clause);
}
