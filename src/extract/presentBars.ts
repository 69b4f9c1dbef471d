/**
 * Bars the writer's side keeps on its own work, said in the present as its house practice (issue
 * 9, the held-out part of the evening of 3 December 2026): the future's bars are in standards.ts
 * (FUTURE_BAR_PATTERNS). Read from the grammar of a standing practice, not from trades' words:
 * - every one of some things goes through a check or a treatment: "All drawings are checked
 *   against the current zoning regulations", "every migration script gets a dry run against a
 *   staging copy before it touches live customers";
 * - a response time: "P1 tickets get a first response within 4 business hours", "our support
 *   team answers all tickets within 4 business hours", "we reply to every enquiry within one
 *   working day";
 * - a code or a standard the writer's side works to: "we print to ISO 12647-2", "we follow the
 *   MRSNZ Code of Practice";
 * - a service level or a guarantee with its figure: "Our standard SLA is 99.9% uptime", "All work
 *   comes with a 5-year workmanship warranty";
 * - what all of the writer's own goods or people are, hold or come with, where that is a
 *   credential, a certificate or a kept condition: "All our guards hold a current Pool Lifeguard
 *   certificate", "Every technician we send holds a current QAC license", "Every batch ships with
 *   a certificate of analysis", "All our beef is processed at a CFIA-registered plant" (the gold set's
 *   tuning part annotates about two in three such sentences; the rest are sales pitches in bids).
 * Never with a deadline, a question, or the future (a promise, read elsewhere), nor about the
 * reader ("your invoices are checked…" is news about them).
 */
import { STANDARD_PATTERNS } from './standards';

const CHECK_VERB = String.raw`checked|tested|reviewed|proofread|proof-read|inspected|verified|validated|screened|vetted|audited|scanned|backed up|encrypted|calibrated|certified|quality[- ]checked|double-checked|signed off|approved|cross-checked|spell-checked|fact-checked|peer[- ]reviewed|moderated|sanitised|sanitized|sterili[sz]ed|cleaned|serviced|labell?ed|packed|packaged|delivered|supplied|shipped|built|made|printed|produced|translated|edited|recorded|sealed|handled|processed|answered|acknowledged|logged|tracked|insured|stored|kept`;
/**
 * Participles that report where an arrangement stands, not how each one is treated: "All the tables
 * are booked with a deposit", "All three rooms are reserved on our account".
 */
const STATE_VERB = String.raw`(?:booked|reserved|confirmed|scheduled|arranged|sorted|paid|invoiced|sent|emailed|attached|covered|designed|included|finished|completed|cancell?ed|occupied|swamped|committed|located|engaged|tied|based|raised)\b`;
const CHECK_NOUN = String.raw`dry run|test run|review|check|test|inspection|audit|proofread|backup|response|reply|second (?:pair of eyes|read|review|check)|sign-?off`;

export const PRESENT_BAR_PATTERNS = {
  /**
   * "All drawings are checked against the regulations", "each chair is packed in a 5-ply carton",
   * "Every edge is checked with a tester", "Every vent is airflow-tested after cleaning": any
   * treatment each one gets, said with how or when (7 December 2026: the check verbs alone missed
   * 13 annotated bars in the tuning part; the participle is now read by its grammar), "Every lot
   * is tested for pesticide residues" (not "for" a day, an event or a use: "All the brochures
   * are printed for Friday's launch" is news, "All three rooms are needed for Friday" an ask), "All
   * blades are sharpened on water-cooled wheels", "All treatments are applied by BASIS-registered
   * operators".
   */
  everyOneIs: new RegExp(
    String.raw`^(?:(?:and|also|so|plus),? )?(?:all|every|each)(?: (?:of )?(?:our|the|their|its))?(?! (?:invoices?|bills?|payments?|claims?|statements?|business)\b)(?: [\w-]{2,20}){1,3} (?:is|are|gets?|goes|go)(?: (?:always|also|first|then|individually|manually|independently|thoroughly|routinely|automatically))? (?:(?:[a-z]{2,12}-)?(?!(?:needed|required|wanted|expected)\b)(?:${CHECK_VERB}|(?!${STATE_VERB})[a-z]{3,14}ed) (?:against|to (?!(?:you|your|me|us|them)\b)|by (?:two|a second|an? (?:independent|qualified|senior|certified|native)|our|[\w]{2,20}-(?:registered|accredited|certified|approved|qualified|trained|licensed)\b)|within|before|after|with (?:an?|our|the|its|their|aes-?\d{3})|on (?:an?|our|site\b|[a-z]{2,12}-[a-z]{2,12}ed\b)|in (?:\d|individual|sealed|separate)|for (?!(?:you|your|me|us|them|free|now|the|a|an|our|their|this|that|these|those|next|tomorrow|today|tonight|signing|delivery|launch|use|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)(?![\w-]+['’]s\b)[a-z]{2,20}|using|in accordance|per|according|in line|at least|twice|under|through)\b|(?:through |an? |a second )(?:[\w-]{2,20} ){0,2}(?:${CHECK_NOUN})\b)`,
    'i',
  ),
  /** "P1 tickets get a first response within 4 business hours", "we answer all tickets within a day". */
  responseTime:
    /\b(?:respon(?:d|ds|se|ses)|repl(?:y|ies)|answers?|acknowledge(?:s|ment)?|resolves?|resolution|fix(?:es)?|turnaround|call-?backs?)\b(?: to)?(?: (?:all|every|each|any|urgent|critical|priority|new))?(?: [\w-]{2,20}){0,3} within (?:\d{1,3}|one|two|three|four|five|six|eight|ten|twelve|an?)(?: (?:business|working|office|clock))? (?:hours?|hrs?|minutes?|mins?|days?)\b/i,
  /** Someone else's practice or wish before a response time ("Their desk replies…", "Our client expects a response…"). */
  otherSubject:
    /\b(?:their|they|his|her|he|she|you|your|the (?:bank|client|customer|council|supplier|vendor|landlord)|our (?:client|customer|end client)s?)\b|\b(?:expects?|requires?|wants?|asks? for)\b/i,
  /** Whose practice: the writer's side ("we", "our team", "P1 tickets"), not "you"/"your". */
  readerSubject: /^(?:\W{0,3})(?:(?:and|also|so|but),? )?(?:you|your|please|could|can|would|will)\b/i,
  /** "we print to ISO 12647-2", "our crews work to the site's code of practice". */
  worksTo:
    /^(?:(?:and|also|so|plus),? )?(?:we|our (?:[\w-]{2,20} ){0,2}(?:team|teams|staff|crew|crews|people|engineers|designers|writers|translators|printers|drivers|technicians|studio|lab|kitchen|workshop|factory|office))(?: (?:always|strictly|only|still|all))? (?:follow|work to|print to|build to|design to|write to|test (?:against|to)|comply with|adhere to|conform to|work in line with|stick to|work under)\b/i,
  /** What a practice is kept to: a code with a number ("ISO 12647-2", "AS/NZS 3000"), read case-sensitively. */
  codeWithNumber: /\b[A-Z]{2,}(?:\/[A-Z]{2,})?[ -]?\d{2,6}/,
  /** …or a named rulebook ("the MRSNZ Code of Practice", "the WCAG guidelines", "house style"). */
  rulebook:
    /\b(?:codes? of (?:practice|conduct)|standards?|guidelines|regulations|specifications?|specs|protocols?|style guide|house style|best practice|rules)\b/i,
  /**
   * A service level with its figure: "Our standard SLA is 99.9% uptime with service credits",
   * "our SLA already commits to 99.9% monthly uptime", "uptime of 99.95%".
   */
  serviceLevelFigure: /\b(?:9\d|100)(?:\.\d{1,3})? ?%/,
  /** …with a word of service level in the 50 characters before the figure (read in code, so no pattern scans back)… */
  serviceLevelWord: /\b(?:sla|service[- ]levels?|uptime|availability)\b/i,
  /** …or right after it: "a 99.9% uptime guarantee". */
  serviceLevelAfter: /^ ?(?:monthly |annual |yearly )?(?:uptime|availability|service level|sla)\b/i,
  /** A level measured, not promised: "our uptime figures (99.97% over the last 12 months)". */
  measured:
    /\b(?:figures?|stats|statistics|last|previous|was|were|achieved|averaged|actual|actually|came in|hit|got|get|currently|dropped|reached|fell|rose|only|so far|this (?:month|quarter|year)|in q[1-4]|over the (?:holidays|weekend|quarter|year))\b/i,
  /** A guarantee on the work: "All work comes with a 5-year workmanship warranty", "we give a 2-year guarantee". */
  warranty:
    /\b(?:comes? with|carr(?:y|ies)|(?:give|offer|provide)s?) an? (?:\d{1,2}|one|two|three|five|six|ten|twelve|eighteen)[- ](?:years?|months?|yr)(?:[- ][\w-]{2,20}){0,2} (?:warranty|guarantee)\b/i,
  /** "All our guards hold…", "Every technician we send holds…": all of the writer's own, then what they are or have. */
  allOurs:
    /^(?:(?:and|also|so|plus),? )?(?:all (?:of )?our(?: [\w-]{2,20}){1,3}|(?:every|each|all(?: the)?)(?: [\w-]{2,20}){1,2} (?:we|i) (?:send|use|place|issue|supply|ship|make|build|fit|install|deliver|assign|sell|provide)(?: (?:to|with) you)?) (?:is|are|hold|holds|has|have|meet|meets|carry|carries|comes? with|travels?|ships?|go(?:es)? out|follows?|compl(?:y|ies) with|leaves?)\b/i,
  /** "Every batch ships with a certificate of analysis": each of some goods leaves with its papers. */
  eachShipsWith:
    /^(?:(?:and|also|so|plus),? )?(?:every|each|all)(?: [\w-]{2,20}){1,2}(?: now| also| always)? (?:ships?|is shipped|are shipped|go(?:es)? out|comes?|travels?|is delivered|are delivered|leaves?(?: our [\w-]{2,20})?) with (?:a|an|its|their|our)\b(?:[ \w-]{2,40})?\b(?:certificates?|reports?|analysis|card|labels?|logger|sheets?|coa)\b/i,
  /** What makes it a bar and not a fact: a credential, a certificate, a code, a kept condition. */
  credential:
    /\b(?:certifi\w*|licen[cs]e[ds]?|compliant|compliance|approved|registered|vetted|qualified|graded|[\w]+-free|trained|training|accredited|insured|background-checked|checked|tested|inspected|warranty|standards?|guidance|guidelines|regulations|refrigerated|chilled|validated|food-grade|food-safe)\b|\b[A-Z]{2,}(?:\/[A-Z]{2,})?[ -]?\d{2,6}|°/,
  /** A promise or a hypothetical ("we will check", "would be answered"): read elsewhere. */
  notPresent: /\b(?:will|'ll|shall|would)\b/i,
  gate: /\b(?:all|every|each|within|follow|to|with|under|sla|uptime|availability|warranty|guarantee)\b/i,
} as const;

/** Whether the clause states a bar the writer's side keeps as its present practice (see above). */
export function isPresentBar(clause: string): boolean {
  const P = PRESENT_BAR_PATTERNS;
  if (!P.gate.test(clause) || clause.includes('?') || P.readerSubject.test(clause)) return false;
  if (STANDARD_PATTERNS.deadline.test(clause)) return false;
  const time = P.responseTime.exec(clause);
  const level = (P.measured.test(clause) ? null : serviceLevel(clause)) ?? P.warranty.exec(clause);
  const found =
    P.everyOneIs.exec(clause) ??
    ownBar(clause, time, 12) ??
    ownBar(clause, level, 0) ??
    practice(clause) ??
    ownGoods(clause);
  // Present up to the bar itself: "We print to ISO 12647-2 and will match the pages on press".
  return !!found && !P.notPresent.test(clause.slice(0, found.index + found[0].length));
}

/**
 * A bar's match, unless someone else's practice or wish comes before it (up to `reach` characters
 * into the match): "Their desk replies within 2 hours", "Our client expects 99.9% uptime".
 */
function ownBar(clause: string, bar: RegExpExecArray | null, reach: number): RegExpExecArray | null {
  return bar && !PRESENT_BAR_PATTERNS.otherSubject.test(clause.slice(0, bar.index + reach)) ? bar : null;
}

/** The service level's word before its figure ("SLA is 99.9%"): a match starting at the word. */
function serviceLevel(clause: string): RegExpExecArray | null {
  const P = PRESENT_BAR_PATTERNS;
  if (!clause.includes('%')) return null;
  const figure = P.serviceLevelFigure.exec(clause);
  if (!figure) return null;
  const end = figure.index + figure[0].length;
  if (P.serviceLevelAfter.test(clause.slice(end, end + 25))) return figure;
  const from = Math.max(0, figure.index - 50);
  const word = P.serviceLevelWord.exec(clause.slice(from, figure.index));
  if (!word || /[.;!?]/.test(clause.slice(from + word.index, figure.index))) return null;
  word.index += from;
  return word;
}

/** "All our guards hold a current Pool Lifeguard certificate": the match when a credential follows. */
function ownGoods(clause: string): RegExpExecArray | null {
  const P = PRESENT_BAR_PATTERNS;
  const ships = P.eachShipsWith.exec(clause);
  if (ships) return ships;
  const ours = P.allOurs.exec(clause);
  return ours && P.credential.test(clause.slice(ours[0].length)) ? ours : null;
}

/** "we print to ISO 12647-2": the match of the verb when a code or a rulebook follows it. */
function practice(clause: string): RegExpExecArray | null {
  const P = PRESENT_BAR_PATTERNS;
  const works = P.worksTo.exec(clause);
  if (!works) return null;
  const end = works.index + works[0].length;
  const object = clause.slice(end, end + 60);
  return P.codeWithNumber.test(object) || P.rulebook.test(object) ? works : null;
}
