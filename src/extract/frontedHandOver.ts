/**
 * Hand-overs that put the thing first, as mail written in a hurry or by non-native writers often
 * does: "The test reports I send you tomorrow", "Proof you get Monday morning", "Final edit to you
 * on Friday 22nd". The thing must be one a side hands over (`HANDED_THING`) and a day must be
 * named, so "Thanks to you on Monday" or "The team you met on Friday" owe nothing.
 */
import { BILL, HANDED_THING } from './handedThings';

const BILL_NAMED = new RegExp(String.raw`\b(?:${BILL})\b`, 'i');

/** Money or a wish in a "would" schedule: the reader's payment or the writer's hope, not its work. */
const MONEY_OR_WISH =
  /\b(?:payable|paid|invoiced|billed|due|deposit|instal?ments?|balance)\b|^(?:\w{2,12},? )?(?:ideally|hopefully|preferably)\b/i;

/** A named day or time after the hand-over: "tomorrow", "on Friday 22nd", "Monday morning". */
const DAY = String.raw`(?:on |by |before |first thing |early |later )?(?:tomorrow|tmrw|today|tonight|this (?:afternoon|evening|week|weekend)|next week|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the \d{1,2}(?:st|nd|rd|th)|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6} \d{1,2})\b`;

const THING = String.raw`(?:^|[,;] )(?:(?:hi |hey |hello )?\w{2,12}, )?(?:the |our |my |your |all |both )?(?:[\w()/&'.-]{1,25} ){0,3}(?:${HANDED_THING}|galler(?:y|ies))`;

/** A handed thing opening the clause (anchored, so a long clause is tried from its start only). */
const THING_FIRST = String.raw`^(?:the |our |my |your |all |both )?(?:[\w/&'.-]{1,25} ){0,3}(?:${HANDED_THING}|galler(?:y|ies))`;

export const FRONTED_PATTERNS = {
  /**
   * "The test reports I send you tomorrow", "Square report we email you Monday", "Financial
   * statements we send Monday", "Admin access I can do tomorrow": the writer sends.
   */
  writerSends: new RegExp(
    String.raw`${THING} (?:i|we)(?: will| can| shall|'ll)? (?:send|email|e-mail|give|bring|deliver|share|post|forward|courier|ship|upload|do|finish)(?: (?:(?:it|them) )?(?:to )?you\b(?: all)?)?,? ${DAY}`,
    'i',
  ),
  /**
   * "I send you the booking request tomorrow before 12:00", "We ship the goods Monday", "We
   * deliver them to your office on Friday 29 May": the
   * present tense for a planned hand-over, as non-native writers often put it.
   */
  writerSendsNow: new RegExp(
    String.raw`(?:^(?:(?:hi |hey |hello |ok |okay |great |perfect )?\w{0,12},? )?|, (?:and |so |then )?|\band (?:then )?)(?:i|we) (?:send|email|e-mail|deliver|ship|post|courier|bring|upload) (?:(?:you |it |them )?(?:the |our |my |a |an |your |both |all )?(?:[\w()/&'.-]{1,25} ){0,4}?(?:${HANDED_THING})\b|(?:it|them|these|those|everything)(?: to (?:you|your(?: [\w-]{2,20}){1,2}))?)[^.?!;]{0,25}?${DAY}`,
    'i',
  ),
  /** "Proof you get tomorrow morning", "The packages you receive Monday from our agency". */
  readerGets: new RegExp(
    String.raw`${THING} you (?:will |'ll |should |can )?(?:get|receive|have)\b,? ${DAY}`,
    'i',
  ),
  /**
   * "The raw files will be in the drive by the 4th", "Licences will be in your Autodesk account the
   * same day", "The final gallery will be with you within 5 business days": a thing, not a person,
   * arriving where the reader finds it ("will be in" says only whereabouts of people).
   */
  thingLands: new RegExp(
    String.raw`${THING} (?:will|'ll) (?:already )?be (?:(?:in|on|at|up on|uploaded to) (?:your|the shared|the) (?:[\w-]{2,20} ){0,2}(?:drive|folder|dropbox|portal|account|inbox|mailbox|system|repo|repository|workspace|channel|share|site|server|bucket|cloud|sharepoint|tracker|box)|with you (?:by|on|before|within|in|early|first thing|tomorrow|today|tonight|next|this|the same))\b`,
    'i',
  ),
  /** "COI will be sent once the booking is confirmed", "Monthly invoice will be emailed on 31 August". */
  sentOnCondition: new RegExp(
    String.raw`${THING} (?:will|shall) be (?:sent|emailed|e-mailed|delivered|provided|shared|issued|shipped|uploaded|forwarded|released|returned|posted|couriered)(?: to you| over| across)? (?:once|when|as soon as|after|upon|${DAY})\b`,
    'i',
  ),
  /**
   * "Final images are delivered within 5 business days of the shoot", "The full edited gallery
   * (usually 400+ images) is delivered within two weeks of the event": the seller's turnaround as a
   * rule of the house, which binds it as much as a promise does.
   */
  deliveredWithin: new RegExp(
    String.raw`${THING_FIRST}(?: \([^()]{1,40}\))? (?:is|are|will be|get|gets) (?:all )?(?:sent|emailed|delivered|provided|shared|supplied|returned|uploaded|issued|shipped|dispatched|released|handed over)(?: to you| back)?(?: (?:via|by|through|in|on) [\w .-]{2,25}?)? within (?:\d{1,3}|one|two|three|four|five|six|seven|ten|a few|a couple of)(?:[-–]\d{1,3})? (?:business |working |calendar )?(?:hours?|days?|weeks?)\b`,
    'i',
  ),
  /**
   * "TCA analysis certificates will be sent with the shipping documents", "test report will be
   * included with every shipment", "FAI report will ship with the parts".
   */
  sentAlong: new RegExp(
    String.raw`${THING} (?:(?:will|shall) (?:be (?:sent|included|supplied|provided|shipped|delivered|enclosed|packed)|ship|travel|go out|come)|(?:is|are) (?:sent|supplied|shipped|enclosed|packed)) (?:with|in) (?:the|every|each|all|our|your) (?:[\w-]{2,20} ){0,2}(?:shipments?|deliver(?:y|ies)|orders?|consignments?|documents|paperwork|goods|parts|units|items|products|materials|pallets?|batch(?:es)?|parcels?|packages?|boxes|invoices?)\b`,
    'i',
  ),
  /**
   * "The cleaned dataset would be delivered by 21 May", "Recording would start November 23",
   * "Collection would be on 29 March": the schedule the writer's side proposes for its own work,
   * said with "would" and a named day (not an ask of the reader, which the model may read in it).
   * The subject must be a thing handed over or a piece of work, so meetings, events, dates and
   * wishes ("The call would be on Thursday", "The wedding would be on June 6", "The best time would
   * be Thursday") are not read; money ("would be invoiced on April 1"), a wish ("Ideally …") and a
   * plan on a condition ("…, if the venue allows") are left out in `ownSchedule`.
   */
  wouldHappen: new RegExp(
    String.raw`^(?:the |our |my |all |both )?(?:[\w&'/.-]{1,25} ){0,3}(?:${HANDED_THING}|galler(?:y|ies)|datasets?|recording|installation|collection|production|shoot|printing|fieldwork|fabrication|construction|dispatch|shipping|handover|hand-over|go-live|the work|works)(?: (?:of|to) (?:the |both |all |our |your )?[\w-]{2,20}(?: [\w-]{2,20})?)? would (?:then |now )?(?:be(?: (?:delivered|ready|done|completed|finished|sent|shipped|installed|submitted))?|start|begin|finish|wrap(?: up)?|arrive|go live)(?: [\w-]{1,20}){0,3}? ${DAY}`,
    'i',
  ),
  /**
   * "We'd have the script draft with you by Friday 12 March", "I would start on Monday 4 May": the
   * writer's own proposed schedule in the first person, said with "would" (a quote's plan, binding
   * once accepted) and a named day. Only verbs of the work or the hand-over: wishes and needs
   * ("We'd like", "We'd need", "I'd love") are asks, and "if" clauses are left out in `ownSchedule`.
   */
  writerWould: new RegExp(
    String.raw`^(?:(?:so|then|and|ok|okay|great),? )?(?:we|i)(?:'d| would)(?: then| also| probably| likely)? (?:have (?!(?:sent|been|done|had|given|got|gotten|made|paid|finished|delivered|shared|[a-z]{2,15}ed)\b)(?:the |our |my |a |an |your |all |both )?(?:[\w()/&'.+-]{1,25} ){0,4}?(?:with|to) you|deliver|send|ship|start|begin|shoot|film|install|submit|present|complete|finish|hand over|provide|share|carry out|conduct|launch|go live|kick off|dispatch)\b[^.;?!]{0,60}? ${DAY}`,
    'i',
  ),
  /** "Paper sample goes in the post tomorrow", "The parcel goes out Friday": a thing dispatched on a day. */
  goesOut: new RegExp(
    String.raw`${THING} (?:goes|will go|is going) (?:in(?:to)? the (?:post|mail)|out|off)\b,? ${DAY}`,
    'i',
  ),
  /** "The deposit will follow from our accounts team this week": the writer's money on its way. */
  moneyFollows:
    /^(?:\w{2,12},? )?(?:the |our |my )?(?:deposit|payment|balance|final payment|(?:first|second|final) instal?ment|transfer|funds|remittance)\b[^.;!?]{0,30}?\b(?:will|is to|to) follow\b/i,
  /** "Final edit to you on Friday 22nd", "Digital proof to you tomorrow": a hand-over by its direction. */
  thingToYou: new RegExp(String.raw`${THING} (?:back )?to (?:you|u)\b(?: all)?,? ${DAY}`, 'i'),
} as const;

/**
 * "Recording would start November 23", "We'd deliver the final video by 23 April": the writer's
 * side's proposed schedule (`wouldHappen`, `writerWould`).
 */
export function ownSchedule(clause: string): boolean {
  return (
    (clause.includes(' would ') || clause.includes("'d ")) &&
    !clause.includes(' if ') &&
    (FRONTED_PATTERNS.wouldHappen.test(clause) || FRONTED_PATTERNS.writerWould.test(clause)) &&
    !MONEY_OR_WISH.test(clause)
  );
}

/** 'writer' when the clause hands a thing to the reader with the thing fronted or landing, else null. */
export function frontedHandOver(clause: string): 'writer' | null {
  const P = FRONTED_PATTERNS;
  if (clause.includes(' be ') && P.thingLands.test(clause)) return 'writer';
  if (P.writerSendsNow.test(clause) || P.sentOnCondition.test(clause) || P.goesOut.test(clause))
    return 'writer';
  // A bill's turnaround ("Invoices are sent within 5 days of month end") is how billing works, not a
  // debt; a turnaround counted from a bill ("… within two weeks of the invoice being paid") is left
  // to the payment rules, which would read its money words as a payment.
  if (ownSchedule(clause)) return 'writer';
  if (clause.includes('within') && P.deliveredWithin.test(clause) && !BILL_NAMED.test(clause))
    return 'writer';
  if ((clause.includes(' with ') || clause.includes(' in ')) && P.sentAlong.test(clause)) return 'writer';
  if (clause.includes('follow') && P.moneyFollows.test(clause)) return 'writer';
  if (P.writerSends.test(clause)) return 'writer';
  if (!clause.includes('you') && !clause.includes('You')) return null;
  return P.readerGets.test(clause) || P.thingToYou.test(clause) ? 'writer' : null;
}
