/**
 * A clause that only reports what already happened: "We have thrown away 20 kg", "The delivery
 * van got stuck on the ring road", "Mr Hafiz briefed the whole team at 8am today", "We removed
 * about 40 kg of loose stucco", "Today's delivery was signed for by Ms Novak at 6:40". The intent
 * model reads some such reports as asks (they sit in complaint and update mails, beside real
 * asks), but a past act asks nothing by itself. Only where nothing in the clause turns to the
 * reader or wants anything: "We noticed the invoice has no PO number, could you reissue it?" still
 * asks, and so does "We wanted to check whether the van fits".
 */
const PAST_VERB = String.raw`(?:(?!(?:need|want|wish|hop|lik|prefer|expect|plan|tri|mean|wonder|ask|request|intend|interest|excit|delight|pleas|thrill|concern|worri|disappoint|surpris|confus|bas|locat|notic)ed\b)[a-z]{2,}ed|got|went|took|taken|made|put|threw|thrown|brought|bought|found|gave|given|told|said|met|ran|came|left|kept|held|wrote|written|spoke|spoken|saw|seen|did|done|built|sent|paid|lost|won|began|begun|broke|broken|drove|ate|eaten|fell|fallen|hung|led|rode|rang|rose|sold|shook|shot|shut|sat|stood|stole|struck|swam|taught|tore|torn|woke|wore|worn|spent|split|spread|cut|hit|dug|fed|fled|flew|flown|grew|grown|hurt|knew|known|laid|let|lit|slid|spun|stuck|swept|swung|underwent|withdrew)`;

/** Words that cannot stand in a subject: a verb, a modal or a joint would start the predicate. */
const NOT_SUBJECT = String.raw`(?!(?:is|are|was|were|be|been|being|has|have|had|to|will|would|can|could|should|must|may|might|not|and|or|that|which|who|if|when)\b)`;
/** Opening words before the subject: "And", "Update:", "This morning,". */
const OPENING = String.raw`^\W{0,3}(?:(?:and|also|so|but|fyi|update|today|yesterday|this morning|last week|earlier|unfortunately|sadly)[,:]? )*`;
/** After the subject: "have (just) (been)", "was", "were", "got", then the past verb. */
const PAST_PREDICATE = String.raw`(?: (?:just|already|also|finally|all|both|then))? (?:(?:have|has|had|'ve)(?: just| already| also)? (?:been )?|was |were |got )?${PAST_VERB}\b`;

/**
 * Capitalised words that open a clause but name no one: determiners, and the verbs a short order
 * opens with ("Send updated drawings by Thursday", "Return signed copies to our office", "Sign
 * attached contract"), whose participle would otherwise read as a past verb.
 */
const NOT_A_NAME = String.raw`(?!(?:The|This|That|These|Those|Our|My|Your|Their|His|Her|Its|All|Any|Each|Every|Some|No|None|One|Two|Three|Both|Final|Please|Kindly|Send|Return|Sign|Confirm|Forward|Get|Remove|Replace|Email|Include|Use|Label|Let|Make|Take|Bring|Give|Call|Check|See|Note|Find|Attach|Add|Book|Pay|Review|Update|Share|Keep|Put|Leave|Ask|Tell|Submit|Provide|Arrange|Order|Fill|Complete|Print|Deliver|Ship|Collect|Drop|Pick|Move|Change|Cancel|Contact|Reply|Write|Read|Follow|Ensure|Hold|Clean|Fix|Paint|Install|Fit|Test|Measure|Store|List|Mark|Scan|Upload|Download|Save|Post|Mail|Courier|Wire|Transfer|Invoice|Quote|Bill|Load|Unload|Pack|Wrap|Stack|Tag|Sort|Clear|Repair)\b)`;

/**
 * What follows a past verb: an object's determiner, a pronoun, a particle or the end. A short order's
 * participle runs straight into its noun ("Prepare signed copies", "Swap damaged panels").
 */
const VERB_GOES_ON = String.raw`(?= (?:the|a|an|his|her|our|their|my|your|its|it|them|him|me|us|this|that|these|those|some|all|both|to|with|for|on|in|at|up|out|back|off|over|about|by|from|through|into|\d)\b|\W*$)`;

export const PAST_REPORT_PATTERNS = {
  /** A pronoun or a determined noun phrase (not "you"), then a past verb. */
  pastAct: new RegExp(
    String.raw`${OPENING}(?:we|i|he|she|they|(?:the|our|my|this|that|today's|yesterday's|last week's|a|an|both|all|some|two|three)(?: ${NOT_SUBJECT}[\w'&()-]{1,20}){1,4})${PAST_PREDICATE}`,
    'i',
  ),
  /** A person named ("Mr Hafiz briefed the whole team", "Juliana answered …"), case-sensitive. */
  namedPastAct: new RegExp(
    String.raw`^\W{0,3}(?:(?:Mr|Mrs|Ms|Dr)\.? )?${NOT_A_NAME}[A-Z][a-z]{2,15}(?: [A-Z][a-z]{2,15})?(?: (?:has|have|had) (?:been |just |already )?${PAST_VERB}\b|${PAST_PREDICATE}${VERB_GOES_ON})`,
  ),
  /** Anything that turns to the reader, wants something or states what is: then it may still ask. */
  turnsToReader:
    /\?|\b(?:you|your|yours|please|kindly|pls|could|can|would|will|shall|should|need|needs|must|want|wants|let me know|lmk|asap|urgent|urgently|require|requires|expect|hope|if|unless|is|are|be|has to|have to|within|meeting|meet|call|calendar|works?|free|available)\b|'ll\b|'d\b/i,
  /** A deadline ahead ("by Thursday", "before the 12th", "by end of day"): a report names none. */
  deadline:
    /\b(?:by|before|no later than) (?:the )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|end of|eod|cob|\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d)/i,
  /** A second clause joined on ("Bowen called, and … we're on for 9:30", "I have cleared my calendar, so …"): it may ask. */
  secondClause:
    /[,;–—]\s*(?:and|so|but|then|which)\b|\b(?:so|and|but) (?:i|we|he|she|they|any|anytime|it)\b/i,
} as const;

/** Whether the clause only reports a past act and turns to no one (see above). */
export function reportsPastOnly(clause: string): boolean {
  const P = PAST_REPORT_PATTERNS;
  return (
    (P.pastAct.test(clause) || P.namedPastAct.test(clause)) &&
    !P.turnsToReader.test(clause) &&
    !P.deadline.test(clause) &&
    !P.secondClause.test(clause)
  );
}
