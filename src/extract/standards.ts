/**
 * Quality bars said with a modal (issue 9, December 2026): a requirement on a thing or on
 * people other than the writer and reader, with no deadline in the clause. Read from the
 * grammar, not from a list of trades' words:
 * - a modal of obligation on a passive or a state: "patient records must never be stored on the
 *   workstation", "It needs to be 300 dpi", "the tile needs to be sealed before the grout goes
 *   in", "a technician must be at the control desk for every session";
 * - a modal on a verb of keeping or conforming: "your fitters need to keep the corridor clear at
 *   all times", "all claims must be backed by the test reports";
 * - a minimum or maximum needed: "Residents need at least 48 hours' notice";
 * - what follows a lead-in of requirements ("A few must-haves: we want lots of candid shots");
 * - a wish that all or each of some things be a certain way: "we'd like all the cabinet hardware
 *   to match the sample", "we want every page to load in two seconds" (not "we'd like the
 *   opportunity to meet", a wish of the writer's own).
 * Hand-overs stay what they were: "must be signed by Friday" is a deadline and "must be ready",
 * "needs to be sent" are deliverables, not bars.
 */
import { barsThingOrWork } from './thingBars';

/** Guesses about a state, not bars: "you must be joking", "that must be a mistake", "they must be thrilled". */
const EPISTEMIC = String.raw`joke|shame|pity|relief|pleasure|nightmare|joking|kidding|mistaken|wrong|right|crazy|mad|tired|exhausted|busy|relieved|thrilled|excited|pleased|glad|happy|nice|lovely|a mistake|an error|some mistake|a typo`;

/** Participles and states that finish a hand-over rather than set a bar. */
const HAND_OVER = String.raw`ready|done|sent|delivered|signed|countersigned|returned|submitted|approved|finished|completed|received|paid|invoiced|billed|uploaded|shared|booked|scheduled|confirmed|available|able|there|here|back|in touch|on time|with (?:us|you|me)|in by|over`;

/**
 * Sizes a limit sets with "can't be …" ("can't be longer than the English source"): a bar here
 * (`cannotExceed`), and so no negation for noise.ts to drop.
 */
export const LIMIT_SIZE = String.raw`longer|shorter|larger|smaller|bigger|heavier|louder|wider|taller`;

export const STANDARD_PATTERNS = {
  /** "must", "has to", "have to" setting a bar (not "must not", a prohibition of its own). */
  barWord: /\b(?:must|has to|have to)\b(?! not\b)/i,
  /** A bar word that only softens what is said: "I must apologise", "I have to tell you". */
  sayWord:
    /^\s{0,3}(?:say|tell|admit|apologi[sz]e|confess|warn|inform|point out|let you know|be honest|ask|decline|disappoint|cancel|postpone)\b/i,
  /** A turn before the "can't": "…, but we cannot …". */
  butBefore: /\b(?:but|however|though|although|unfortunately|sadly|i'm afraid)\b/i,
  /** "can't", "cannot" after such a bar. */
  cannot: /\b(?:cannot|can't|can’t|can not)\b/i,
  /** A guess about a state ("It must be a relief to have it signed", "That must be a mistake"): no bar, no ask. */
  guess: new RegExp(
    String.raw`^(?:\W{0,3})(?:(?:oh|well|wow|gosh),? )?(?:it|that|this|you|they|he|she|which|there) must (?:have been|be) (?:such |so |quite |really |a real |a huge |a big )?(?:an? )?(?:${EPISTEMIC})\b`,
    'i',
  ),
  /** "must (never) be stored", "needs to be 300 dpi": a bar on a state, not on who hands what over. */
  modalBe: new RegExp(
    String.raw`(?<!\b(?:i|we|you|would|may|might|could) )\b(?:must|shall|has to|have to|needs? to)(?: (?:also|always|never|not|still|all|each|only|both))? be (?!(?:${HAND_OVER}|${EPISTEMIC})\b)(?:(?<!\b(?:that|this|it|there|which|what|he|she|they) (?:must|has to|have to|needs? to|shall) be )an? )?(?!(?:${HAND_OVER}|${EPISTEMIC})\b)[\w'-]{2}`,
    'i',
  ),
  /** "need to keep the corridor clear", "must stay under 150 words", "has to follow the style guide". */
  modalKeep:
    /(?<!\b(?:would|may|might|could) )\b(?:must|shall|has to|have to|needs? to)(?: (?:also|always|never|not|still|all|each|only))? (?:keep|stay|remain|avoid|maintain|follow|observe|respect|match|use|run|fit|carry|contain|include|exclude|display|show|cite|reference|mention|feature|wear|allow|be kept|exceed|go over|hold|comply|conform|adhere|happen|take place|reach(?! (?:us|you|me|them|our|your)\b)|achieve|pass|withstand|last|work|leave(?= (?:\d|at least|enough|room|space|a gap|a margin|clear|free|no)\b)|load|score|hit|come(?! (?:to|back|over|in|through|and|round|by)\b))\b/i,
  /**
   * A limit said with "can't" ("UI strings can't be longer than the English source", "the video
   * cannot exceed 90 seconds", "labels mustn't contain the old logo"): a bar, not a statement of
   * what someone is unable to do ("I can't make Thursday"), a refusal ("Our prices can't be lower")
   * or a guess ("The price may not include installation").
   */
  cannotExceed: new RegExp(
    String.raw`(?<!\b(?:i|we|you|prices?|rates?|fees?|it|that|this|courier|driver)(?: really| just| still)? )\b(?:can't|cannot|can not|mustn't)(?: ever)? (?:be (?:${LIMIT_SIZE}|thicker|thinner|older|visible)|exceed|contain|include|use|mention|show|display|carry|feature)\b`,
    'i',
  ),
  /**
   * "Screenshots must not be shared outside the test team", "works must be done outside our opening
   * hours": a hand-over's state forbidden, or work bound to a time or place, is a bar too.
   */
  modalForbidsOrPlaces:
    /(?<!\b(?:i|we|you|would|may|might|could) )\b(?:must|shall|needs? to|has to|have to)(?: (?:not|never) be [\w'-]{2}| (?:all |only )?be done (?:outside|out of|after|during|at night|overnight|on weekends|on site|off[- ]site|in the evening|in the evenings|without))/i,
  /**
   * "Our travel policy requires all rooms to be billed to the company", "Our HOA requires that the
   * panels not be visible", "the clinic requires hospital-grade disinfectant", "Our publisher
   * requires all voice actors to sign a buyout": a rule of a policy, a place or a party above the
   * writer that the work must keep (not a document it requires: "Our landlord requires a
   * certificate of insurance before you start" asks for a hand-over).
   */
  ruleRequires:
    /\b(?:policy|policies|rules?|regulations?|code|council|hoa|insurer|building|site|clinic|hospital|venue|compliance|bylaws?|by-laws?|permit|licen[cs]e|(?:risk|qa|legal|procurement|security|insurance) (?:office|department|team)) (?:also |strictly )?(?:requires?|stipulates?|mandates?|forbids?|prohibits?|does not allow|doesn't allow)\b|\b(?:obligations|publisher|funders?|regulators?|auditors?|landlord|lenders?|guidelines|legislation|law|accreditation|certification|client|customer|brand|end[- ]client|retailer|broadcaster|distributor|platform) (?:also |strictly )?(?:requires?|stipulates?|mandates?|forbids?|prohibits?)\b(?! (?:a |an |the |your |signed |copies of |a copy of |proof of )?(?:[\w-]{2,20} ){0,3}(?:certificates?|cop(?:y|ies)|agreements?|forms?|signatures?|contracts?|documents?|letters?|invoices?|proofs?|reports?|statements?|insurance|licen[cs]es?|permits?|quotes?|quotations?|estimates?|ndas?|samples?|pos?|purchase orders?|artwork|drawings?|plans?)\b)/i,
  /** "It is essential that the panel stays between 50 and 55% humidity": a bar said as a necessity. */
  essentialThat:
    /\bit(?:'s| is) (?:absolutely )?(?:essential|critical|vital|crucial|imperative|mandatory) that\b/i,
  /** "at all times", "without exception": a standing rule. */
  standing: /\b(?:at all times|without exception|no exceptions|in every case|every single time)\b/i,
  /** "Residents need at least 48 hours' notice": a minimum or maximum someone needs. */
  needsMinimum:
    /\b(?:needs?|requires?|must have|must get|must be given)(?: to have| to get)? (?:at least|a minimum of|no less than|no more than|at most|a maximum of|not less than|not more than)\b/i,
  /** "we'd like all the hardware to match", "we want every page to load fast": things the writer wants a certain way. */
  wishThings:
    /\b(?:i|we)(?:'d| would)?(?: also| really)? (?:like|want|need|expect|require|prefer) (?:all|every|each|any|both)(?: [\w'-]{1,20}){1,6} to (?:be|match|have|use|look|feel|sound|read|stay|remain|follow|include|meet|fit|load|run|work|carry|show|keep|avoid)\b/i,
  /** "Everyone must return a signed waiver": a hand-over owed, not a bar on how the work is done. */
  modalHandOver:
    /(?<!\bno |\bnot |n't )\b(?:must|has to|have to|needs? to)(?: (?:also|all|each|first|still))? (?:return|send|submit|sign|provide|pay|bring|complete|fill (?:in|out)|register|book|confirm|deliver|upload|email|e-mail|forward|hand in|share|supply)\b/i,
  /**
   * The same hand-over or change said in the passive, whoever does it ("the deposit has to be paid
   * within 7 days of signing", "the floor drain should be moved about 40 cm"): owed, not a bar.
   */
  modalPassiveAct:
    /(?<!\bno |\bnot |n't )\b(?:must|has to|have to|needs? to|is to|are to)(?: (?:also|all|each|first|still))? be (?:returned|sent|submitted|signed|provided|paid|brought|completed|registered|booked|confirmed|delivered|uploaded|e-?mailed|forwarded|handed in|shared|supplied|moved|fixed|replaced|repaired|revised|settled|transferred|wired|approved|installed|removed|corrected)\b/i,
  /** The subject of the modal is the writer, the reader or a person: their own duty, not a bar. */
  personalSubject:
    /\b(?:i|we|you|one|he|she)(?:'ll| will)?(?: (?:all|both|really|also|still|just|don't|do not|won't|will not|didn't|may not|may|might))? (?:must|shall|has to|have to|need to|needs to|will need to|'ll need to)\b/i,
  /** A deadline in the clause makes the modal a due date for something, not a standing bar. */
  deadline:
    /\b(?:by|no later than|until|till|before) (?:the \d|(?:the )?end of|\d|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b|today|tonight|tomorrow|eod|cob|end of|next|this|close of)|\b(?:today|tonight|tomorrow|asap)\b/i,
  modalWord: /\b(?:must|needs?|has to|have to|shall)\b/i,
  /** "A few must-haves: we want lots of candid shots": what follows a lead-in of requirements. */
  leadIn:
    /^[^:]{0,40}\b(?:must-haves?|non-negotiables?|non-negotiable|requirements|house rules|ground rules|dos and don'?ts)\b[^:]{0,40}:\s/i,
  /** Cheap gate: a word of obligation or wish (most clauses have none). */
  gate: /must|shall|ha(?:s|ve) to|need|require|like|want|prefer|expect|all times|exception|negotiable|rules|dos and|can't|cannot|can not|mustn't|essential|critical|vital|crucial|imperative|mandatory/i,
} as const;

/**
 * Bars the writer's side sets on its own work, said in the future (issue 9, the night of
 * 3 December 2026): a quantified subject ("Every dish will be labelled with allergens", "All our
 * staff will wear black trousers", "Both translations will go through a second-linguist
 * revision") or a manner of doing ("The nut-free meal will always be packed separately", "the
 * window will be installed to IRC R310"), not a hand-over ("Each episode will be back with you
 * within 4 working days", "All files will be sent on Friday").
 */
export const FUTURE_BAR_PATTERNS = {
  quantified: new RegExp(
    String.raw`^(?:(?:and|also|so),? )?(?:all|every|each|both|everything|any)\b[ \w'-]{1,40}? (?:will|'ll|shall) (?:always |all |also |each |both )?(?:be (?:labell?ed|packed|packaged|wrapped|finished|installed|tested|checked|inspected|certified|proofread|reviewed|double-checked|sealed|coated|treated|printed|made|built|cut|sewn|stitched|embroidered|cooked|prepared|prepped|stored|kept|handled|recorded|captioned|translated|delivered in|supplied in|shipped in|done (?:by hand|in-house|to)|written in|produced)\b|wear|use|follow|meet|comply|conform|carry|go through|undergo|come with|pass)\b`,
    'i',
  ),
  manner:
    /\b(?:will|'ll|shall) (?:always |all )?be [a-z]{3,20}(?:ed|en|wn) (?:and [a-z]{3,20}(?:ed|en|wn) )?(?:(?:in|on|with) (?:a |an |the )?[\w -]{0,30}?)?(?:separately|in accordance with|according to|in line with|by hand|in-house)\b/i,
  /** "Every bug report will include a screenshot": what each document or work item holds (not "Both quotes will include delivery"). */
  quantifiedIncludes:
    /^(?:(?:and|also|so),? )?(?:all|every|each)\b(?: [\w'-]{1,20}){0,3}? (?:reports?|files?|documents?|pages?|deliverables?|tickets?|releases?|builds?|submissions?|drafts?|translations?|videos?|images?|photos?|posts?|episodes?|shipments?|cartons?|boxes|pallets?|labels?) (?:will|'ll|shall) (?:always )?(?:include|contain|list|state|show)\b/i,
  toCode: /\b(?:will|'ll|shall) be [a-z]{3,20}(?:ed|en|wn) (?:to|per) [A-Z]{2,}[ -]?[A-Z]{0,3} ?\d/,
  /** "All episodes will be mastered to -16 LUFS", "Scans will be made at 600 dpi": a measure the work meets. */
  toMeasure:
    /\b(?:will|'ll|shall) be [a-z]{3,20}(?:ed|en|wn) (?:to|at) [-±+]?\d{1,5}(?:[.,]\d{1,3})? ?(?:lufs|db|dpi|ppi|mm|cm|µm|microns?|%|°c|ppm|fps|kbps|mbps|bits?|khz)(?![\w])/i,
  /** "All treatment materials will be reversible": a property every piece of the work will have. */
  quantifiedProperty:
    /^(?:(?:and|also|so),? )?(?:all|every|each)\b(?: [\w'-]{1,20}){0,3}? (?:will|'ll|shall) (?:always |all |also )?be (?:fully )?(?:reversible|recyclable|compostable|waterproof|water-resistant|fire-rated|fire-retardant|food-safe|lead-free|acid-free|archival|non-toxic|organic|hypoallergenic|vegan|gluten-free|halal|kosher|accessible|bilingual|captioned|subtitled|watermarked|anonymi[sz]ed|encrypted)\b/i,
  gate: /will|'ll|shall/i,
} as const;

/** A bar the writer's side sets on its own work, said in the future (FUTURE_BAR_PATTERNS), with no deadline. */
export function isFutureBar(clause: string): boolean {
  const P = FUTURE_BAR_PATTERNS;
  if (!P.gate.test(clause) || STANDARD_PATTERNS.deadline.test(clause)) return false;
  return (
    P.quantified.test(clause) ||
    P.quantifiedIncludes.test(clause) ||
    P.manner.test(clause) ||
    P.toCode.test(clause) ||
    P.toMeasure.test(clause) ||
    P.quantifiedProperty.test(clause)
  );
}

/**
 * "Everyone must return a signed waiver before we set off", "each speaker has to send slides":
 * people other than the writer and reader owe a hand-over, which the reader's side must see to.
 */
export function isModalHandOver(clause: string): boolean {
  const P = STANDARD_PATTERNS;
  return (
    (P.modalWord.test(clause) && P.modalHandOver.test(clause) && !P.personalSubject.test(clause)) ||
    P.modalPassiveAct.test(clause)
  );
}

/** Whether the clause sets a quality bar (see the module comment); false when it has a deadline. */
export function isModalStandard(clause: string): boolean {
  const P = STANDARD_PATTERNS;
  if (!P.gate.test(clause) || isModalHandOver(clause)) return false;
  const bar =
    P.wishThings.test(clause) ||
    P.leadIn.test(clause) ||
    (!P.personalSubject.test(clause) &&
      (P.modalBe.test(clause) ||
        P.modalKeep.test(clause) ||
        P.modalForbidsOrPlaces.test(clause) ||
        P.cannotExceed.test(clause) ||
        P.needsMinimum.test(clause) ||
        P.ruleRequires.test(clause) ||
        P.essentialThat.test(clause) ||
        (P.standing.test(clause) && P.modalWord.test(clause))));
  return bar && !P.deadline.test(clause);
}

/**
 * Bars said without a modal of the writer or reader (issue 9, the afternoon held-out part of
 * 2 December 2026): a noun phrase with no finite verb, a thing said to be a must, a prohibition,
 * a rule on people other than the writer and reader:
 * - "UK English throughout", "Metric units throughout the manual";
 * - "All work to AS/NZS 3000", "All joinery to the approved drawings";
 * - "gluten-free options are a must", "Hard hats are mandatory on site";
 * - "No images over 2 MB", "no claims without a source link", "Nobody gets on site without an
 *   induction", "No exclamation marks";
 * - "Candidates must hold a PMP", "Drivers must carry photo ID" (people named by their role).
 */
const CODE_OR_SPEC = String.raw`(?:[A-Z]{2,}(?:/[A-Z]{2,})?[ -]?\d{2,6}|(?:the |our |your |current |latest )(?:[\w-]{2,20} ){0,2}(?:spec|specs|specification|standards?|codes?|drawings|brief|style ?guide|guidelines|regulations|brand (?:book|guide|guidelines)|template|sample|samples|mock-?ups?)\b)`;
const ROLE = String.raw`candidates?|interpreters?|photographers?|videographers?|designers?|developers?|cleaners?|painters?|builders?|plumbers?|electricians?|caterers?|teachers?|coaches|managers?|leaders?|members?|officers?|riders?|carriers?|couriers?|performers?|dancers?|singers?|players?|runners?|researchers?|reviewers?|editors?|proofreaders?|copywriters?|applicants?|staff|drivers?|crews?|workers?|contractors?|subcontractors?|subbies|participants?|attendees?|guests?|visitors?|speakers?|interviewees?|respondents?|translators?|installers?|technicians?|engineers?|operators?|freelancers?|writers?|models?|volunteers?|employees?|personnel|trainers?|consultants?|suppliers?|vendors?|presenters?|delegates?|hires?|recruits?|tradies|trades(?:people|men)?`;

/**
 * What a house style holds "throughout" (language, spelling, units, type, format), as against
 * "Free Wi-Fi throughout" or "Double glazing throughout the house", which describe a place.
 */
const FORM_WORD = String.raw`english|spelling|spellings|grammar|language|terminology|units?|metric|imperial|case|capitali[sz]ation|punctuation|tone|voice|tense|person|font|fonts|typeface|type|styles?|formatting|format|layout|margins|spacing|headings|numbering|dates|currency|colou?rs?|palette|branding|logos?|templates?|quotes|quotation marks|bullets|bleed|resolution|dpi|pantone|cmyk|rgb|pdf|alt text|captions|subtitles`;
/**
 * Things a work rule bans ("No exclamation marks", "no flash during the ceremony", "No stock
 * images without a licence"): marks, media, content and conduct at the job, not "No hidden fees",
 * "No injuries during the event" or "No day goes by without a scam email".
 */
const BANNED_THING = String.raw`(?:exclamation |question |quotation )?marks|emojis?|emoticons|caps|capitals|jargon|slang|abbreviations|acronyms|contractions|swearing|profanity|hashtags|links|urls|ads|adverts|pop-?ups|fonts|images?|photos?|photographs?|pictures|videos?|footage|gifs|stock|clip ?art|logos|watermarks|filters|flash|drones?|tripods|phones?|cameras|recording|filming|photography|claims|quotes|stats|statistics|names|prices|discounts|attachments|files|uploads|changes|edits|revisions|deliveries|calls|visitors|guests|pets|dogs|smoking|vaping|alcohol|food|drinks|shoes|boots|jewellery|jewelry|parking|noise|music|work|access|entry|overtime|subcontracting|substitutions|pallets|cartons|plastics?|staples|glue|nails|screws|paint|sprays?`;

/** What a site rule bans where or for whom ("No smoking by performers", "no drones over the crowd"): conduct and kit, not "changes" or "files". */
const BANNED_AT = String.raw`smoking|vaping|alcohol|drinking|glitter|confetti|open flames?|naked flames?|candles|pyrotechnics|fireworks|drones?|photography|filming|flash|pets|dogs|food|drinks|high heels|stilettos|nails|screws|tape|helium|balloons|smoke machines?|haze|sparklers|music|noise|parking|vehicles|vans|trucks|cars`;

/** Nouns after "No" that open a courtesy, a price or news, not a rule ("No problem", "No charge for …"). */
const NOT_A_RULE = String.raw`problems?|worries|worry|need|rush|pressure|changes?|charges?|costs?|fees?|penalty|deposit|obligation|way|doubt|questions?|news|luck|reply|response|answer|hurry|issues?|thanks|idea|one else|longer|matter|wonder|surprise`;

export const BARE_STANDARD_PATTERNS = {
  /** "UK English throughout": a short noun phrase with no subject pronoun, holding everywhere (not over a time). */
  throughout:
    /^(?!(?:i|we|you|it|he|she|they|this|that|thanks|thank|cheers|great|good|nice|lovely|brilliant|excellent|amazing|fantastic|wonderful|solid|stellar)\b)(?:[\w/&'-]{1,20} ){1,4}throughout(?: (?:the|all|every|each|both) (?!(?:[\w-]{2,20} )?(?:day|days|week|weeks|weekend|month|months|year|morning|afternoon|evening|night|event|trip|season|summer|winter|holidays?|process|period)\b)(?:[\w-]{2,20} ){0,2}[\w-]{2,20})?\W{0,3}$/i,
  /** What holds "throughout" is a matter of form ("UK spelling", "Sentence case") or all of something. */
  heldThroughout: new RegExp(
    String.raw`^(?:(?:all|every|each) |(?:[\w/&'-]{1,20} ){0,3}(?:${FORM_WORD})\b)`,
    'i',
  ),
  /** "All work to AS/NZS 3000": every piece of the work conforms to a code or a named spec. */
  conformsTo: new RegExp(
    String.raw`^(?:[Aa]ll|[Ee]very|[Ee]ach) (?:[\w-]{2,20} ){1,3}(?:to|per|as per|in line with|in accordance with|compliant with|(?:built|done|made|installed|finished|supplied|written) (?:to|per)) ${CODE_OR_SPEC}`,
  ),
  /** "gluten-free options are a must", "Photo ID is mandatory": a thing required (not "it's a must-see"). */
  isAMust: new RegExp(
    String.raw`^(?!(?:an?|one) )(?:[\w/&'-]{1,20} ){0,6}?(?<!\b(?:it|this|that|which|what|there|he|she|i|we|you|they) )(?:is|are)(?: (?:also|always|still|absolutely))? (?:(?:an? )?(?:absolute |real |hard )?must\b(?![-'])(?=\s{0,2}(?:$|[.,;:!(-]|(?:for|on|at|in|during|with) (?:the|our|your|all|every|each|site|set)\b))|(?:mandatory|compulsory|obligatory|non-negotiable)\b)`,
    'i',
  ),
  /** "No images over 2 MB", "no flash during the ceremony", "Nobody gets on site without a white card". */
  prohibition: new RegExp(
    String.raw`^(?:and |also |but |plus )?(?:no (?:[\w-]{2,20} ){1,3}(?:over|above|under|below|larger than|bigger than|smaller than|longer than|shorter than|heavier than|more than|less than|fewer than) (?:\d|[$€£])|no (?:[\w-]{2,20} ){0,2}(?:${BANNED_THING}) (?:[\w-]{2,20} ){0,3}(?:without|outside|during|inside|unless)\b|(?:nobody|no one|no-one) (?:[\w'-]{2,20} ){1,5}without\b)`,
    'i',
  ),
  /** "Noisy works are only permitted before 10am", "Deliveries are allowed only between 7 and 9": a window for the work. */
  permittedOnly:
    /\b(?:is|are) (?:only (?:permitted|allowed)|(?:permitted|allowed) only) (?:before|after|between|from|on|during|outside|within|at)\b/i,
  /**
   * "Only non-toxic products may be used", "only methods that will not damage the glaze may be
   * used", "Riding after alcohol is not allowed", "Food and red wine are not allowed on board": what
   * alone is allowed, or what is not (a thing or an act, never "I"/"we"/"it"/"your claim" not
   * allowed, a count of some things, nor a refusal or a state: "because", "until", "I'm afraid").
   */
  onlyOrNotAllowed:
    /^\W{0,3}(?:and |also |but |please note(?: that)?,? )?(?![^.?!;]*\b(?:because|until|currently|at the moment|afraid|since|yet|under|anymore|unfortunately|sorry)\b)(?:only (?!(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|a few|some|half|part|parts)\b)(?:[\w-]{2,20} ){1,8}?(?:may|must|shall) be (?:used|applied|installed|fitted|served|brought|parked|stored|carried out|done)\b|(?!(?:i|we|you|it|this|that|they|he|she|your|our|my|his|her|their|its)\b)(?:[\w-]{2,20} ){1,5}(?:is|are) (?:not|never) (?:allowed|permitted)\b(?! to\b))/i,
  /** "Certified translations are required for item 3 only", "Telematics: required on all HGVs". */
  requiredOn:
    /^(?:[\w/&'-]{1,20}:? ){1,4}(?:(?:is|are) )?(?:required|mandatory|compulsory) (?:on|for|in|at) (?:all|every|each|any|items?|the)\b/i,
  /** "Nothing may contain nuts", "No dish can include pork": a ban on what any of it holds. */
  nothingMay:
    /^(?:and |also |but |plus )?(?:nothing|none of (?:it|them|the [\w-]{2,20})|no (?:[\w-]{2,20} )?[\w-]{2,20}) (?:may|can|must|should|is to|shall) (?:contain|include|use|have|carry|show|mention)\b/i,
  /**
   * "No high-pressure water or acid cleaners may be used on the sandstone", "Nobody who has had a
   * drink that day may shoot", "No candidates may be approached at a current client": a rule said
   * as a prohibition (9 of 10 such sentences annotated as standards in the tuning part), not a
   * courtesy or a price ("No problem", "No prepayment penalty", "no, we don't need …"), nor how
   * things stand ("No one can find the signed copy": "can" only in a passive rule, "can be used").
   */
  noneMay: new RegExp(
    String.raw`^(?![^.?!;]*\b(?:until|yet|currently|at the moment|right now|because|since|anymore|any more)\b)\W{0,3}(?:(?:and|also|please note|note),? )?(?:no|nobody|nothing|no one|none of (?:the|your|our) [\w-]{2,20})\b(?![,.!]| (?:${NOT_A_RULE})\b)[^.?!;:]{0,60}?\b(?:may|must|shall|is allowed to|are allowed to|is permitted to|are permitted to|can(?= be [a-z]{2})|should(?= be (?:served|used|brought|left|parked|placed|stored|taken|given|allowed|consumed|worn|played|shown|fitted|installed)\b))(?: (?:be|ever|at any time))? [a-z]{2}`,
    'i',
  ),
  /** "- No smoking by performers anywhere the guests can see", "no drones over the crowd": a ban and where or whom it holds for. */
  banAt: new RegExp(
    String.raw`^\W{0,3}(?:and |also |plus )?no (?:[\w-]{2,20} ){0,2}(?:${BANNED_AT}) (?:by|for|from|in|on|at|near|over|anywhere|inside|around|within)\b`,
    'i',
  ),
  /** "No exclamation marks", "no stock photos": a short verbless ban on a kind of thing (not "No worries"). */
  bareBan: new RegExp(
    String.raw`^(?:and |also |plus )?no (?:[\w-]{2,20} ){0,2}(?:${BANNED_THING})\W{0,3}$`,
    'i',
  ),
  /**
   * "Candidates must hold a PMP", "Interpreters must have NAATI accreditation": people named by
   * their role (a role noun or an agent ending) must have, hold or show something.
   */
  roleMust: new RegExp(
    String.raw`^(?:\w{2,12},? )?(?:all |every |each |any |the |our |your )?(?:[\w-]{2,20} ){0,2}(?:${ROLE}|[a-z-]{2,20}(?:ors|ists|ants|ees|ians)) (?:must|shall|have to|has to|need to|needs to)(?: (?:also|all|each|still|always))? (?:hold|have|possess|carry|wear|speak|know|pass|show|present|bring|phone|call|ring|notify|report|sign in|check in)\b(?! (?:[a-z]{2,20}ed|been|had|done|gone|seen|made|got|gotten|taken|known|heard|felt|left|lost|thought|found|sent|paid|told|said|met|run|come|become|forgotten|missed)\b)`,
    'i',
  ),
  /**
   * A rule on all or any of some things: "All suppliers handling guest data must host it within
   * the EU", "Any change over $1,000 needs a signed variation before work starts", "All copy
   * stays in British English". The quantified subject makes it a standing rule whatever verb
   * follows its modal. Only a strict modal on people ("Everyone must wear a hard hat", not
   * "Everyone needs to relax", "All three of us will need to leave early"), no guess ("must have
   * been busy"), and staying only in a language or within a limit ("All three options remain on
   * the table" is news). Rules on none of something are `noneUntil` and `prohibition`.
   */
  quantifiedRule:
    /^(?:(?:and|also|but|plus|so),? )?(?:(?:all(?! (?:good|set|done|fine|sorted|clear|noted|received|well|the best)\b)|every|each|any)\b(?:,? [^\s.;:!?]{1,25}){0,8}? (?<!\b(?:i|we|you|he|she|they|it|us|them|will|would|'ll|'d) )(?:(?:must|shall|has to|have to|needs? to|can't|cannot|can not|may not|can only|may only|is not to|are not to)\b(?: (?:also|always|never|not|still|only))? (?!be (?:ready|done|sent|delivered|signed|returned|submitted|paid|received|with (?:us|you))\b|have (?:been|had|got|gone|seen|done|forgotten|missed)\b)[\w'-]{2}|(?:needs|requires?) (?:an?|the|prior|written|two|three|our|your|my|sign-off|approval)\b|(?:stays?|remains?) (?:within|under|below|in (?:(?:british|american|australian|canadian|us|uk|international|plain|simple) )?(?:english|french|german|spanish|italian|dutch|portuguese|line with)\b))|(?:everyone|everybody|anyone|anybody)(?: [^\s.;:!?]{1,25}){0,6}? (?:must|shall|can't|cannot|may not|can only|may only)\b(?! have (?:been|had|got|gone|seen|done|forgotten|missed)\b))/i,
  /**
   * "Nothing goes to the LA Times until Priya signs off", "Nobody posts anything without our
   * approval": nothing done until or without someone's leave (not "No one can access the drive
   * until IT resets the permissions", a state, nor "Nothing will change until April").
   */
  noneUntil:
    /^(?:(?:and|also|but|plus|so),? )?(?:nothing|nobody|no one|no-one)(?: [^\s.;:!?]{1,25}){1,12}? (?:until|unless|without) (?:[\w'-]{1,20} ){0,3}(?:signs? off|has signed off|approves?|has approved|agrees?|has agreed|confirms?|okays?|gives? (?:the |their |her |his |our |my )?(?:ok|okay|go-ahead|go ahead|green light)|approval|sign-off|consent|permission|written (?:ok|okay|approval|consent)|(?:the )?launch|launches|go-live|goes live|release|is released)\b/i,
} as const;

/** Whether the clause sets a bar without a modal of the writer or reader (see above); never with a deadline. */
export function isBareStandard(clause: string): boolean {
  const P = BARE_STANDARD_PATTERNS;
  if (clause.includes('?')) return false;
  // A window for the work is a bar even with its hour ("only permitted before 10am").
  if (P.permittedOnly.test(clause)) return true;
  // So is a daily hour the goods must arrive by ("have to arrive before 11:00"): thingBars.ts.
  if (barsThingOrWork(clause)) return true;
  if (STANDARD_PATTERNS.deadline.test(clause)) return false;
  return (
    (clause.includes('throughout') && P.throughout.test(clause) && P.heldThroughout.test(clause)) ||
    P.conformsTo.test(clause) ||
    P.isAMust.test(clause) ||
    P.prohibition.test(clause) ||
    P.bareBan.test(clause) ||
    P.requiredOn.test(clause) ||
    P.onlyOrNotAllowed.test(clause) ||
    P.nothingMay.test(clause) ||
    P.noneMay.test(clause) ||
    P.banAt.test(clause) ||
    P.noneUntil.test(clause) ||
    ((P.roleMust.test(clause) || P.quantifiedRule.test(clause)) && !isModalHandOver(clause))
  );
}

/**
 * A bar set first and a prohibition after it in the same sentence: "Riders must be 12 or over,
 * wear closed shoes and can't ride if they've been drinking", "It must show our VAT number,
 * otherwise they cannot process it". The "can't" belongs to the bar, so the sentence is no
 * refusal (noise.ts `negatedObligation`).
 */
export function barThenNegation(sentence: string): boolean {
  const P = STANDARD_PATTERNS;
  const bar = P.barWord.exec(sentence);
  if (!bar) return false;
  const rest = sentence.slice(bar.index + bar[0].length).split(/[;?]/, 1)[0]!;
  // "I must apologise, but we cannot deliver by Friday", "I have to tell you that we can't make
  // Monday": the "must" only softens the refusal.
  if (P.sayWord.test(rest)) return false;
  const cannot = P.cannot.exec(rest);
  return cannot !== null && !P.butBefore.test(rest.slice(0, cannot.index));
}
