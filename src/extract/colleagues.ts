/**
 * The writer's people. A colleague named with a title, a team or a department acts for the
 * writer's side: "Mr. Vogel from IT will send you the seat count", "Fernando from our team will
 * call you", "Dr. Osei from our lab will call you", "our ceramist Tomasz will do the shading by
 * hand", "Your account manager Priti will email you the quote" (the writer's staff, assigned to
 * the reader). What they will do binds the writer's side unless it is only whereabouts or talk
 * among themselves (obligation.ts). Their stated wants ("Dr. Patel wants a report every Friday")
 * are asks of the reader, as the writer's own "we need" is.
 */

export const TITLE = String.raw`(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Sra|Herr|Frau|Mme|M)\.?`;
export const NAME = String.raw`[A-Z\u00C0-\u00DE][\w\u00C0-\u024F'-]{1,20}`;
/** A name that opens a clause: not a capitalised pronoun, determiner or everyday noun. */
export const PERSON = String.raw`(?!(?:This|That|These|Those|There|It|(?:Every|No|Some|Any)(?:one|body|thing)|No one|Each|Every|Any|All|The|Which|What|Who|He|She|They|We|You|Our|My|Your|Their|His|Her|Its|One|None|Delivery|Payment|Shipping|Installation|Work|Access)\b)${NAME}`;
/** Staff a supplier assigns to its client: "your account manager", "your installer". */
const ASSIGNED = String.raw`account (?:manager|executive|director|lead|rep)|(?:sales )?rep|representative|(?:main |dedicated )?(?:point of )?contact|consultant|coordinator|case (?:manager|officer|handler)|customer success manager|success manager|relationship manager|technician|engineer|installer|driver|courier|adviser|advisor|trainer|instructor|host|guide`;

export const COLLEAGUE_PATTERNS = {
  /**
   * Who acts, at the start of the clause (after a greeting word): a titled name, a name from a
   * team ("Fernando from our team", "Marek from our DevOps team", "Mr. Vogel from IT"), a name and
   * its role ("Ruben Ortiz, our foreman,"), the writer's staff assigned to the reader, or
   * "our"/"my" and a role with or without a name ("One of our trained operators" too).
   */
  subject: new RegExp(
    String.raw`^(?:\w{2,12},? )?(?:(?:also|then|and|so),? )?(?:${TITLE} ${NAME}(?: ${NAME})?(?: (?:from|in|at|of|on) (?:our |the |my )?(?:[\w&'-]{2,25} ){0,2}[\w&'-]{2,25})?|${PERSON}(?: ${NAME})? from (?:our|my|the) (?:[\w&'-]{2,25} ){0,2}[\w&'-]{2,25}|${PERSON}(?: ${NAME})? from [A-Z]{2,6}|(?:${TITLE} )?${PERSON}(?: ${NAME})?(?: \([^()]{1,30}\))?, (?:our|my) (?:[\w-]{2,20} ){0,2}[\w-]{2,20}(?: \([^()]{1,30}\))?,|[Yy]our (?:${ASSIGNED})(?:,? ${NAME}(?: ${NAME})?,?)?|(?:(?:[Oo]ne|[Tt]wo|[Bb]oth|[Ee]ach) of )?(?:[Oo]ur|[Mm]y) (?:[\w-]{2,20} ){0,2}[\w-]{2,20}(?:,? (?:${TITLE} )?${NAME}(?: ${NAME})?(?: \([^()]{1,30}\))?,?)?) (?:who )?(?:will|'ll|is going to)\b`,
  ),
  /** What follows "will" when nothing is done for anyone: being, wanting, thinking, hedging. */
  notAnAct:
    /^(?:(?:also|then|still|probably|likely|possibly|maybe|perhaps|hopefully|try|need|want|like|love|know|think|hope|decide|consider|wonder|be|have|join|attend|travel|fly|come|go|head|discuss|talk|speak|chat|confer|regroup|meet|sit in|stay|remain|return|get back from|not|never|do (?:his|her|their|its|our|my) (?:best|utmost))\b|n't\b)/i,
  /**
   * Being at the reader's place is the service: "Mr. Huber will be at your plant on Wednesday",
   * "Our truck will be at your service entrance", "Graham will be at your loading bay".
   */
  atReadersPlace:
    /^be (?:at|on|in|with you at) your (?:[\w-]{2,20} )?(?:plant|site|office|offices|premises|home|house|flat|venue|warehouse|store|shop|restaurant|clinic|lab|factory|yard|boat|building|event|location|facility|facilities|school|hotel|entrance|loading (?:bay|dock)|dock|gate|reception|farm|depot)\b(?! (?:launch|party|opening|agent|table)\b)/i,
  /**
   * Meeting the reader's people at a door of the writer's place to let them in: "Our caretaker,
   * Noel Farrell, will meet your technicians at the main gate", "our office admin, Joy, will meet
   * Marcus at the loading dock at 9" (the gold set's tuning part annotates 21 of 30 such as the
   * writer's deliverable). Not "meet you" alone, which is often only where to find the writer.
   */
  meetsAtDoor: new RegExp(
    String.raw`^meet (?:your [\w-]{2,20}(?: [\w-]{2,20})?|(?:${TITLE} )?${NAME}(?: ${NAME})?|(?:the|our) (?:[\w-]{2,20} )?(?:crew|team|group|groups|pilots|drivers|technicians?|engineers?|installers?))(?: both| all)? (?:at|by|in) (?:the |No\.|our )?(?:[\w'-]{1,20} ){0,3}(?:gate|door|entrance|dock|desk|reception|lobby|pier|car park|yard)\b`,
  ),
  /**
   * Being there to open up or let the reader's people in: "Our caretaker, Tommy, will be on site
   * each morning from 7:30 to open up", "Raj (cc) will be on site on Saturday to let them into the
   * boardroom" (5 of 5 such clauses in the gold set's tuning part are the writer's deliverable).
   */
  letsIn:
    /\b(?:will|'ll) be (?:there|on site|onsite|in|around|at)\b[^.?!\n]{0,60}? to (?:open up|open the (?:gate|gates|door|doors|site|building|hall|church|school|shop|office)|let (?:you|them|him|her|your [\w-]{2,20}|the [\w-]{2,20})(?: [\w-]{2,20})? in(?:to)?\b|unlock)/i,
  /**
   * Arriving by a time for the job: "Our singers will be in the hall by 4:30pm on 4 December for
   * screening", "Our driver will be at Holmens Kirke by 13:30" (10 of 10 such clauses in the
   * gold set's tuning part are the writer's deliverable): only at the job's place (there, on site,
   * the venue, a place named) and by a clock time, not where someone happens to be ("in London by
   * 12 March", "at the airport by 6pm", "at the plant by 11").
   */
  arrivesBy:
    /^be (?:there|on site|onsite|with you|outside|at (?:the )?(?:venue|hall|site|church|gate|door|dock|entrance|reception|stage|ballroom|marquee)|at [A-Z][\w'-]{1,30}|in the (?:hall|venue|ballroom|marquee|church|kitchen|function room))\b[^.?!\n]{0,50}?\bby (?:\d{1,2}(?:[:.]\d{2}\s?(?:[ap]\.?m\.?|h)?|\s?(?:[ap]\.?m\.?|h))|noon|midday)(?![\w/-])/,
  /** …said of the reader's own side: "you'll be there to let them in". */
  readerIsThere: /\byou(?:'ll| will) be\b/i,
  will: /\b(?:will|'ll|is going to)\b\s*/,
  /** Who may visit the reader: a name, "our"/"my" and a role, or a pronoun, then "will". */
  visitor: new RegExp(
    String.raw`^(?:\w{2,12},? )?(?:(?:also|then|and|so),? )?(?:${PERSON}(?: ${NAME})?|(?:[Oo]ur|[Mm]y) (?:[\w-]{2,20} ){0,2}[\w-]{2,20}|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)(?: will|'ll| is going to) ?`,
  ),
  /**
   * What makes the act work for the reader: the reader named in it ("will walk you through it"),
   * or a verb of making, handing over or fixing ("will lay the drainage pipe", "will translate the
   * manual"). Without it the person is only news ("Our CEO will announce the results", "Dr. Smith
   * will retire", "our intern will shadow the design team").
   */
  workForReader:
    /\b(?:you|your|yours)\b|^(?:(?:also|then|personally|now) )?(?:send|share|call|ring|phone|email|e-mail|text|contact|reach out|get back|follow up|deliver|dispatch|ship|post|courier|bring|drop off|pick up|collect|install|set up|configure|connect|mount|fit|assemble|build|lay|pour|paint|repair|fix|replace|service|inspect|survey|measure|test|check|review|proofread|edit|approve|sign|countersign|prepare|put together|stamp|certify|draft|draw up|write|translate|design|produce|print|make|do|finish|complete|update|upload|forward|provide|supply|quote|invoice|bill|issue|refund|credit|transfer|pay|process|handle|book|arrange|organi[sz]e|schedule|confirm|cater|cook|train|run|host|walk|visit|clean|sort out|look into|take care of|teach|guide|instruct|demonstrate|hang|greet|welcome|bake|wrap|pack|label|load|unload|grade|isolate|stake|dig out|lead (?:the|your|each|both|every) (?:[\w-]{2,20} )?(?:workshops?|sessions?|class|classes|course|tour|tasting|walk|group|groups|fieldwork|training|hike|climb|dive)|help (?:you|your|carry|unload|load|set up|with the)|take (?:a |the )?(?:group )?(?:photos?|pictures?)|give (?:anyone|everyone|each|every|the group|your))\b/i,
  /**
   * "I've asked them to send them to you directly by Monday", "I've asked accounts to pay the
   * deposit", "I've asked Rhys, our field engineer, to come in tomorrow at 8am": someone the writer
   * has set to work for the reader, which binds the writer's side (not "I've asked you to …").
   */
  delegated:
    /^(?:\w{2,12},? )?(?:(?:also|and|so),? )?(?:i|we)(?:'ve| have)? (?:just |already |also )?(?:asked|told|instructed) (?!you\b|u\b|your\b)(?:our |my |the )?(?:[\w-]{2,20} ){0,2}?(?:them|him|her|[\w-]{2,20})(?:, [^,]{2,40},)? to (?:send|pay|deliver|ship|email|e-mail|forward|courier|post|transfer|wire|call|ring|book|arrange|issue|process|prepare|get|give|share|come (?:in|out|over|round|by)|visit|fix|repair|install|set up|review|check|look at|sort out|drop off|pick up|meet)\b/i,
  /**
   * A wish of the writer's named person: "Dr. Patel wants a backup report every Friday", "Jill
   * Hartmann, our controller, will need the final quote as a PDF".
   */
  namedNeed: new RegExp(
    String.raw`^(?:\w{2,12},? )?(?:${TITLE} )?${PERSON}(?: ${NAME})?(?: \([^()]{1,30}\))?(?:, (?:our|my) (?:[\w-]{2,20} ){0,2}[\w-]{2,20}(?: \([^()]{1,30}\))?,)? (?:wants|needs|requires|will need|'ll need|would like|'d like|has asked for|asked for) (?:the|a|an|your|our|it|them|all|every|each|some|\d)\b`,
  ),
} as const;

/** The verb phrase after the colleague's "will", or null when the clause has no colleague subject. */
function colleagueAct(clause: string): string | null {
  const P = COLLEAGUE_PATTERNS;
  const subject = P.subject.exec(clause);
  if (!subject) return null;
  const will = P.will.exec(subject[0]);
  if (!will) return null;
  return clause.slice(subject.index + will.index + will[0].length).trimStart();
}

/**
 * A colleague of the writer's will do something for the reader ("Fernando from our team will
 * call you this week"), or be at the reader's place ("Our service engineer, Mr. Huber, will be
 * at your plant on Wednesday"), or the writer has set someone to it ("I've asked accounts to pay
 * the deposit"). The caller also checks that it is not mere status.
 */
export function isColleagueAct(clause: string): boolean {
  if (
    (clause.includes('asked') || clause.includes('told') || clause.includes('instructed')) &&
    COLLEAGUE_PATTERNS.delegated.test(clause)
  )
    return true;
  const act = colleagueAct(clause);
  if (act === null) return false;
  if (COLLEAGUE_PATTERNS.atReadersPlace.test(act)) return true;
  if (act.startsWith('meet ') && COLLEAGUE_PATTERNS.meetsAtDoor.test(act)) return true;
  return !COLLEAGUE_PATTERNS.notAnAct.test(act) && COLLEAGUE_PATTERNS.workForReader.test(act);
}

/**
 * Being at the reader's place, or at the job's place by a time (`arrivesBy`): a visit that is the
 * job, whatever the whereabouts rules say. Any person of the writer's may make it ("Trevor will be
 * at your plant by 11", "our engineer will be at your site on Monday"), not only one named with a
 * title or team. So is being there to let the
 * reader's people in ("Raj will be on site on Saturday to let them into the boardroom").
 */
export function isVisitToReader(clause: string): boolean {
  const P = COLLEAGUE_PATTERNS;
  if (clause.includes(' to ') && P.letsIn.test(clause) && !P.readerIsThere.test(clause)) return true;
  const arrives = clause.includes(' by ');
  if (!clause.includes('your') && !arrives) return false;
  const visitor = P.visitor.exec(clause);
  const act = visitor ? clause.slice(visitor[0].length) : colleagueAct(clause);
  return act !== null && (P.atReadersPlace.test(act) || (arrives && P.arrivesBy.test(act)));
}

/** "Dr. Patel wants a backup report every Friday": the writer's named person asks the reader. */
export function isNamedNeed(clause: string): boolean {
  if (
    !clause.includes('need') &&
    !clause.includes('want') &&
    !clause.includes('ask') &&
    !clause.includes('like')
  )
    return false;
  return COLLEAGUE_PATTERNS.namedNeed.test(clause);
}
