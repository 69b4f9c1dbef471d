/**
 * A thing on its way to the reader, said with the thing as subject (issue 9, the night of
 * 3 December 2026): "SGS test reports will be sent together with the shipping documents", "Test
 * reports will be shared before bulk cutting", "Reworked pouches will be back with your 3PL by
 * 13/11", "The paint will go out on Thursday with our own van", "Tracking will come your way
 * when it ships", "Steel cert will come with the samples", "SOV will
 * be in your inbox Monday", "Sub agreement going out via DocuSign today", "Fix will be live by end
 * of day tomorrow", "Final edits within 3 working days of your picks". The writer's side hands it
 * over: a deliverable of theirs. People said the same way ("Marco will come on Monday", "Our new
 * CEO will be with you for the kickoff") are visits, news ("My flight is going out at 6am", "The
 * results will be included in the review") is no hand-over, and a thing sent to someone else ("A
 * notice will be sent to all residents") is not the reader's.
 */
import { HANDED_THING } from './handedThings';

/**
 * Sheets handed over ("call sheet", "spec sheet"), read here only: added to the shared list of
 * handed things they made three fronted.ts patterns polynomial (recheck).
 */
const SHEET = String.raw`(?:call|spec|data|cue|time|cost|price|fact|tear)[ -]sheets?`;

export const THING_ON_ITS_WAY_PATTERNS = {
  /** The thing, then its way: a passive of handing over, or a verb of travel only a thing takes. */
  handed:
    /^(?:(?:and|also|so|then),? )?(?:(?:the|our|my|your|a|an|all|both|each|every|\d{1,3}|two|three|four|five) )?(?:[\w&./'-]{1,25} ){0,4}?[\w&./'-]{2,25} (?:will|'ll|shall|is going to|are going to) (?:also |then |all |both )?(?:be (?:sent|emailed|e-mailed|posted|mailed|couriered|shipped|dispatched|uploaded|enclosed|forwarded|issued|shared|in your (?:inbox|hands|mailbox|account|portal|console|admin console|drive|dropbox|folder)|in the (?:shared )?(?:dropbox|drive|folder|portal|sharepoint)|on (?:its|their) way|back with (?:you|your))|come your way|reach you|go out (?=on|with|by|tomorrow|today|this|next|first))\b(?! (?:to|for|with) (?!you\b|your\b))/i,
  /** "… will come with the samples", "… will come in January": said of things (not "will come in on Thursday"). */
  comes:
    /^(?:(?:and|also|so|then),? )?(?:(?:the|our|my|your|a|an|all|both|each|every) )?(?:[\w&./'-]{1,25} ){0,3}?([\w&./'-]{2,25}) (?:will|'ll|is going to|are going to) (?:also |then )?come (?:with|on|by|via|along|separately|in (?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b|early|mid|late|the (?:new year|spring|summer|autumn|fall|winter)\b))\b/i,
  /** "Sub agreement going out via DocuSign today": a telegraphic hand-over on its way now, of a thing handed over. */
  goingOut: new RegExp(
    String.raw`^(?:(?:the|our|your|a|an|\d{1,3}|two|three|four|five) )?(?:[\w&./'-]{1,25} ){0,3}?(?:${HANDED_THING}|labels?|deposit|payment|balance|funds|money|cheques?|checks?|boxes|pallets?|stock|units|pieces|pcs|items|order) (?:is |are |'s )?going (?:out|over|in the (?:post|mail|courier)|with the courier)\b`,
    'i',
  ),
  /**
   * "SOW comes tomorrow", "Final files arrive Friday", "the signed NDA goes out today", "The
   * signed contract goes to you on Monday", "Samples of both go out with DPD tomorrow", "The permit
   * application goes in today", "Everything except the iso ships today", "The rest goes out on our
   * Wednesday route": a handed thing (or the whole order) in the present for a near day (the head
   * noun from handedThings.ts, so no "My flight arrives tomorrow").
   */
  comesOnDay: new RegExp(
    String.raw`^(?:(?:and|also|so|then),? )?(?:(?:the|our|my|your|a|an) )?(?:(?:[\w&./'-]{1,25} ){0,3}?(?:${HANDED_THING}|applications?|submissions?)(?: of (?:both|each|them|all|the two))?|everything(?: (?:else|except (?:the )?[\w-]{2,20}(?: [\w-]{2,20}){0,2}))?|the rest|the remainder|the lot) (?:comes|come|arrives|arrive|goes out|go out|goes in|go in|ships|ship|lands|land|goes to you|go to you)(?: (?:to you|your way|over))?(?: (?:with|via|on)(?: (?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)[\w&'-]{1,20}){1,2}?)? (?:tomorrow|today|tonight|later today|first thing|(?:on |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|next week|this week|(?:by|on|before) (?:the )?(?:\d|end of|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow))\b`,
    'i',
  ),
  /** "Call sheet and kit list will be with you by the 25th": a handed thing (never a person) with the reader. */
  withYou: new RegExp(
    String.raw`^(?:(?:and|also|so|then),? )?(?:(?:the|our|my|your|a|an|all|both) )?(?:[\w&./'-]{1,25} ){0,3}?(?:${HANDED_THING}|${SHEET})(?: and (?:[\w&./'-]{1,25} ){0,2}?(?:${HANDED_THING}|${SHEET}))? (?:will|'ll|should) (?:all |both |also )?be with you\b`,
    'i',
  ),
  /** "Fix will be live by end of day tomorrow", "The new site will be ready on Monday": a thing done, by a day. */
  doneBy:
    /^(?:(?:and|also|so|then),? )?(?:(?:the|our|my|your|a|an|all|both|each|every) )?(?:[\w&./'-]{1,25} ){0,3}?[\w&./'-]{2,25} (?:will|'ll|shall|should) (?:all |also )?be (?:live|ready|done|finished|complete|completed|fixed|sorted|up and running|installed|available to you|back up|working again) (?:by|on|before|no later than|first thing|tomorrow|today|tonight|this|next|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i,
  /** "Final edits within 3 working days of your picks": the writer's turnaround, started by the reader. */
  turnaround:
    /^(?:(?:the|our|my|all|final|first) )?(?:[\w&./'-]{1,25} ){0,3}?[\w&./'-]{2,25} (?:within|in) (?:\d{1,3}|one|two|three|four|five|six|seven|ten|fourteen) (?:working |business |calendar )?(?:hours?|days?|weeks?) (?:of|after|from) (?:receiving |receipt of )?your\b/i,
  /**
   * "A 3.1 material certificate ships with every batch", "Every batch also ships with a lab
   * certificate": a thing that travels with each delivery, a standing hand-over of the writer's side
   * (not a rule for the reader: "every batch must come with a CoA", "has to ship with a certificate").
   */
  withEachDelivery:
    /(?<!\b(?:must|to|should|shall|can|could|would|may|might|always|please)(?: also| all)? )\b(?:ships?|comes?|goes|travels?|(?:is|are|will be) (?:sent|shipped|supplied|included|enclosed)) (?:also )?with (?:(?:every|each|all|the|your) (?:[\w-]{2,20} )?(?:batch|order|delivery|shipment|consignment|pallet|lot|drop|dispatch)(?:es|s)?|(?:a|an|the|our|its|their) (?:[\w./-]{1,20} ){0,3}?(?:certificates?|cert|coa|datasheet|report|test results?|paperwork|documents?|labels?|packing list|delivery note|invoice))\b/i,
  /** "Every batch has to be tested and come with a COA": a rule the writer sets, not a hand-over. */
  ruleForReader: /\b(?:must|has to|have to|needs? to|should|(?:is|are) (?:required|expected) to)\b/i,
  /** Subjects that are people or their stand-ins: they come, they are not handed over. */
  personSubject:
    /^(?:(?:and|also|so|then),? )?(?:i|we|you|he|she|they|it|this|that|there|someone|somebody|everyone|everybody|nobody|(?:(?:the|our|my|your|a|an) )?(?:[\w-]{2,20} )?(?:team|crew|staff|people|guests|driver|courier|technician|engineer|installer|fitter|photographer|designer|developer|consultant|consultants|manager|director|colleague|partner|rep|representative|inspector|surveyor|electrician|plumber|builder|contractor|chef|caterer|client|customer|visitor|visitors|family|wife|husband|boss|ceo|cfo|cto|coo|founder|owner|lawyer|solicitor|accountant|assistant|director|chair|president|partner|colleagues?|friend|son|daughter|kids?)|my [\w-]{2,20})\b/i,
  /** A bill on its way is a payment the reader owes: the bill rules read it (obligation.ts). */
  bill: /\b(?:invoices?|bills?|statements? of account|credit notes?)\b/i,
  /**
   * "The invoice for the deposit and Q1 rent will be with Aisling by 13 November", "Our final bill
   * will reach you next week": a bill as the subject, on its way (not "the invoice will be paid").
   */
  billOnItsWay:
    /^(?:(?:and|also|so|then),? )?(?:(?:the|our|my|an?|this|next|final|first|last|monthly|deposit) )?(?:[\w&./'-]{1,25} ){0,2}?(?:invoices?|bills?|statements? of account)\b(?: (?:for|of)(?: the| our| your| this| that| all)?(?: [\w&./'-]{1,25}){1,5}?)? (?:will|'ll|shall|should) (?:also )?(?:be (?:with|sent|emailed|e-mailed|posted|issued|raised|in your|on (?:its|their) way|out)|reach|arrive|go out|come)\b/i,
  /** "Your invoice will be sent to our finance team": the reader's bill, handled on the writer's side. */
  billNotOurs:
    /^(?:(?:and|also|so|then),? )?(?:your|their|his|her)\b|\b(?:sent|emailed|e-mailed|posted|forwarded|passed|given) (?:on )?to (?:our|my)\b/i,
  gate: /will|'ll|shall|going|come|within|\bin |arrive|goes|go out|ships?\b|lands?\b|sent|shipped|supplied|included|enclosed|travels?\b/i,
} as const;

/** A thing on its way to the reader from the writer's side (see the module comment). */
export function isThingOnItsWay(clause: string): boolean {
  const P = THING_ON_ITS_WAY_PATTERNS;
  if (
    !P.gate.test(clause) ||
    clause.trimEnd().endsWith('?') ||
    P.personSubject.test(clause) ||
    P.bill.test(clause)
  )
    return false;
  if (P.handed.test(clause) || P.goingOut.test(clause) || P.doneBy.test(clause) || P.turnaround.test(clause))
    return true;
  if (P.comesOnDay.test(clause) || P.withYou.test(clause)) return true;
  if (P.withEachDelivery.test(clause) && !P.ruleForReader.test(clause)) return true;
  // "come with/in/on …" only of a thing: a head noun in lower case or in initials ("cert", "SOV"), not a name.
  const head = P.comes.exec(clause)?.[1]?.replace(/s$/, '');
  return head !== undefined && (head === head.toLowerCase() || head === head.toUpperCase());
}

/** A bill of the writer's side on its way to the reader, the bill as subject: the reader pays it. */
export function isBillOnItsWay(clause: string): boolean {
  const P = THING_ON_ITS_WAY_PATTERNS;
  return (
    P.bill.test(clause) &&
    !clause.trimEnd().endsWith('?') &&
    P.billOnItsWay.test(clause) &&
    !P.billNotOurs.test(clause)
  );
}
