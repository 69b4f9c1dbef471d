/**
 * Dates in a clause that name no deadline, blanked (same length, so offsets hold) before the
 * due date is read (annotation guide, "Due date": null when the text gives no calendar day):
 * - two days offered as alternatives: "Wednesday or Thursday afternoon", "either March 19 or
 *   March 26", "Tuesday 12 May from 10 to 12 or Thursday 14 May", "Thursday 3pm or Friday 10am",
 *   "22 or 23 December" (the other side has to pick one);
 * - a middle of a month: "by mid-April" (no calendar day, as "in April");
 * - a priced line's label: "Networking reception on 6 October, 2 hours: € 9.800" (the day of the
 *   thing priced);
 * - a time accepted before the link for it: "Wednesday at 15:00 is fine - I'll send a Teams link";
 * - the day a price is for: "the hire fee for 14 May is €5,600", "your renewal on 30 April will
 *   be £588" (when the event is, not when the money is due);
 * - a week named by its first day: "the week of 6 April", "w/c 24/8" (a week, not a day);
 * - how long an offer stands: "our quote stands until the end of the month", "we hold the date
 *   until 6 March" (no one owes anything by then);
 * - payment terms counted from an invoice not yet sent: "invoiced on the 1st and payable within
 *   15 days", "our invoice will follow on delivery, payable within 30 days" (counted from an
 *   event, like "within 14 days of your invoice"); an invoice sent now ("attached", "today")
 *   still counts from the sent date; standing terms ("we pay within 30 days", "our payment
 *   term is 45 days net") count from an invoice not named at all.
 * - the day of a purpose or a reason beside the need: "To invoice before 30 September we'd need
 *   your samples by 28 August", "by Thursday, as I need approval before the end of the month",
 *   "the report is due May 29 so we'd need results by May 26" (the need's day is owed);
 * - the day of the reader's condition put first, when the promise after it has a day of its own
 *   ("If the deposit arrives by March 9 the goods will be ex-factory on April 30").
 * Found on the gold set's former held-out part (December 2026), written as general idioms.
 */
import { HOLDS_FOR_READER } from './dateHold';
import { PAYMENT_TERMS_PATTERNS } from './paymentTerms';

const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?`;
/** A day, with its weekday in front when written ("Tuesday 21 April", "Wed, May 6th"). */
const DAY = String.raw`(?:(?:${WEEKDAY},? )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}|the \d{1,2}(?:st|nd|rd|th))|${WEEKDAY}|today|tomorrow|\d{1,2}[/.]\d{1,2})`;
const PART = String.raw`(?: (?:in the )?(?:morning|afternoon|evening|next week|this week))?`;
/** A day offered among others: also a weekday with its day number alone ("Monday 21", "Tuesday the 14th"). */
const OFFERED_DAY = String.raw`(?:${WEEKDAY},? (?:the )?\d{1,2}(?:st|nd|rd|th)?(?! (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|${DAY})`;
/** Its time, if written: "at 11:00", "3pm", "at 14:00 CET", "10am PT". */
const OFFERED_TIME = String.raw`(?:,? (?:at |from |after |around )?\d{1,2}(?:[:.]\d{2})?(?: ?[ap]\.?m\.?)?(?: (?:cet|cest|gmt|bst|pt|et|ct|mt|est|edt|pst|pdt|cst|aest|ist|uk|gst|sgt|eastern|pacific|central))?(?=[\s,.;:!?)]|$))?`;
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}`;

/** Things whose date is the day they happen or renew, not a day to pay by. */
const PRICED_THING = String.raw`renewals?|subscriptions?|memberships?|plans?|licen[cs]es?|policy|policies|events?|bookings?|reservations?|stays?|nights?|dinners?|lunch(?:es)?|breakfasts?|party|parties|tickets?|class(?:es)?|sessions?|shows?|concerts?|weddings?|workshops?|courses?|trips?|tours?|flights?|rooms?|fares?|rates?|prices?|tariffs?|shoots?|gigs?|visits?|hire|rental`;

/** What a price change names (for `priceChange`). */
const PRICE_WORD = String.raw`rates?|prices?|fees?|tariffs?|charges?|costs?|premiums?|retainers?|subscriptions?|livery`;

export const NON_DEADLINE_PATTERNS = {
  /** "by mid-April", "until mid June": no calendar day (annotation guide), as "in April" names none. */
  midMonth:
    /\bmid[- ]?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/gi,
  /**
   * Days offered for the reader to choose ("Tuesday 24 March at 15:00 CET or Wednesday 25 March at
   * 09:00", "Monday 21 or Tuesday 22 September", "on 22 or 23 December", "November 9 or 10"): no
   * one of them is owed (the gold set leaves such offers undated).
   */
  alternatives: new RegExp(
    String.raw`\b(?:either )?${OFFERED_DAY}${PART}${OFFERED_TIME}(?: (?:from|between) [\w:.]{1,8} (?:to|and|-) [\w:.]{1,8})?,? or ${OFFERED_DAY}${PART}${OFFERED_TIME}(?![\w:])|\b\d{1,2}(?:st|nd|rd|th)?,? or \d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH}\b|\b${MONTH}\.? \d{1,2}(?:st|nd|rd|th)?,? or \d{1,2}(?:st|nd|rd|th)?\b`,
    'gi',
  ),
  weekOf: new RegExp(
    String.raw`\b(?:the )?(?:week (?:of|commencing|beginning|starting)|w\/c)(?: (?:the|monday,?|mon,?))? (?:${DAY}|\d{1,2}(?:st|nd|rd|th))\b`,
    'gi',
  ),
  /** "the hire fee for 14 May": the day paid for, not the day it is due. */
  /**
   * A priced line's label ("Networking reception on 6 October, 2 hours: € 9.800,00", "Deep clean,
   * 6am–9am on the 18th: £540 + VAT"): the day of the thing priced, not a day to pay by. Group 1 is
   * the label; `deadlineWord` keeps one that says when to pay ("Deposit due 3 March: $500").
   */
  pricedLabel:
    /^([^:\n]{3,140}):\s*(?:approx\.?\s*|about\s*|around\s*)?(?:[A-Z]{1,3}\$|[A-Z]{3}\s?|[$€£¥₹])\s?\d/,
  deadlineWord:
    /\b(?:due|payable|pay|paid|by|before|within|until|no later|deadline|latest|settle|invoice[ds]?)\b/i,
  /**
   * A time accepted, then the link or invite for it ("Wednesday the 10th at 2pm works – I'll send a
   * Zoom link"): the meeting is set, and the link has no day of its own (the gold set leaves it
   * undated). Group 1 is the acceptance; a time still proposed ("would work") is not one.
   */
  acceptedTime:
    /^((?![^.;:!?]{0,80}\bwould\b)(?:[^.;:!?]|[:.](?=\d)){3,80}?\b(?:works?|suits?|is fine|is good|is perfect)\b(?: (?:well|best|nicely|perfectly))?(?: (?:for (?:me|us|both of us)|on our side|here))?)\s*[-–—;:,]\s+(?=(?:i'll|i will|we'll|we will) (?:send|set up|forward|circulate|share)\b[^.]{0,40}\b(?:link|invite|invitation|zoom|teams|meet|calendar))/i,
  pricedDay: new RegExp(
    String.raw`\b(?:fee|price|rate|cost|charge|hire|rental|quote)s? for (?:the )?(?:${DAY}|\d{1,2}(?:st|nd|rd|th))\b`,
    'gi',
  ),
  /**
   * The deadline of an offer's condition: "If you order both systems by 30 June, we can offer 6%"
   * (the day the offer needs the reader's order by, not a day anyone owes the price by).
   */
  offerCondition: new RegExp(
    String.raw`^\W{0,3}if you (?:[\w'-]{1,20} ){1,8}?(?:by|before) ${DAY}(?=,? (?:i|we) (?:can|could|'d|would|will|'ll) (?:do|offer|give you|go (?:down )?to|drop|come down to|knock|take)\b)`,
    'i',
  ),
  /** "stands until", "is valid until", "valid for sailings until", "hold the date until", "our rate is held until": an offer's life, not a deadline. */
  validity:
    /\b(?:stands|remains? (?:valid|open|firm)|(?:is|are) valid|valid|holds? (?:good|firm)|(?:we|i)(?:'ll| will)? hold (?:the|your|this|that) (?:date|slot|booking|room|price|rate|quote|lodge|venue|table|space|stand|booth|spot|reservation|block)s?|\b(?:price|rate|quote|offer|date|slot|room|booking|discount|fee)s?\b[^.;!?]{0,40}? (?:is|are|will be|'s) (?:being )?held(?: for you)? (?=until|till))(?: (?:for|on) [\w'-]{1,20}(?: [\w'-]{1,20}){0,2})? ?(?:until|till|through|to)\b[^.;!?]{0,40}/gi,
  /**
   * Relative terms: "payable within 30 days", "due net 15", "45 days net", "30 days from invoice
   * date", "30 days from receipt of invoice", "30 days after invoice date", "net 45 from month end".
   */
  relativeTerm:
    /\b(?:within|in) (?:\d{1,3}|seven|ten|fourteen|fifteen|thirty|sixty|ninety) (?:business |working |calendar )?days\b|\bnet[- ]?\d{1,3}\b|\b\d{1,3} days (?:net|end of (?:the )?month|eom|(?:net )?(?:from|of|after) (?:the )?(?:date of |receipt of )?(?:(?:the|an|your|our) )?(?:invoice|statement)(?: date| receipt)?|(?:net )?(?:from|after) (?:the )?(?:end of (?:the )?month|month[- ]end)(?: of (?:the )?(?:invoice|delivery))?)\b/gi,
  /**
   * The invoice those terms count from is issued later, or again and again ("Our invoices are
   * payable within 30 days", "emailed after each visit", "Each invoice is payable within 14 days",
   * "your account is on net 30", "50% deposit to start, 50% on final delivery, net 14", "Invoices
   * after installation are due net 30", "Net 30 on progress invoices").
   */
  laterInvoice:
    /\binvoices (?:are|will be|get)\b|\binvoices? (?:after|following|upon) (?:the )?[\w-]{3,20}\b|\b(?:progress|monthly|future|subsequent|interim|stage) invoices\b|\b(?:each|every|all|any) invoices?\b|\binvoices? (?:per|with each|for each)\b|\b(?:your|the|our) account(?: is)? on\b|\bon (?:your|the|our) account\b|\b(?:we|i) (?:invoice|bill)\b|\bafter (?:each|every)\b|\b(?:invoiced|invoicing|billed|billing|(?:will|'ll|to) (?:invoice|bill)|invoice (?:at|on|upon|after|when|once|monthly|weekly|(?:will|to) follow)|goes out|go out|(?:will be|is) (?:sent|issued) (?:on|at|upon|after|when|once|with)|each month|every month|monthly|weekly|(?:on|upon|at) (?:final |each |the )?(?:delivery|completion|install(?:ation)?|handover|hand-over|signing|signature|order|go-live|commissioning))\b/i,
  /**
   * A bill still to come, said of the bill or of its sender: "Our invoice (CHF 2'480.–) will follow
   * after delivery, payable within 30 days", "Our invoice follows on signature, payable within 30
   * days", "Invoices for the renewal are issued on January 1",
   * "I'll send it after the shoot, net 15" (kept apart from `laterInvoice`, whose alternatives it
   * would make slow to search together).
   */
  laterBill:
    /\b(?:invoices?|bill)\b(?: [^\s;!?]{1,25}){0,8}? (?:will (?:be (?:issued|sent|dated|raised)|go out|follow|come)|'ll (?:go out|follow|come)|follows (?:on|after|upon|with|once|when)|(?:is|are) (?:issued|sent|raised) (?:on|at|upon|after|when|once|with)|to follow)\b|\b(?:i|we)(?:'ll| will) send (?:it|you (?:my|our|the) (?:[\w-]{2,20} )?invoice|(?:my|our|the) (?:[\w-]{2,20} )?invoice)\b[^.;!?]{0,50}?\b(?:after|once|with|when|upon)\b/i,
  /**
   * Terms as a standing habit or policy, counted from whatever invoice comes later: "we pay within
   * 30 days", "our AP team pays invoices within 14 days", "Our payment term is 45 days net", "our
   * terms are net 30", "we're on net 30", "Our AP runs net 45", "Our AP team pays suppliers by ACH
   * only, net 30", "Our AP processes invoices on net 30", "Payment as always 30 days from
   * invoice" (not "I'll pay within 7 days", a promise counted from today). A priced line's own
   * terms ("Production parts net 30") are paymentTerms.ts `netLine`.
   */
  standingTerms:
    /\b(?:payment terms?|terms(?: for [\w&'-]{2,20}(?: [\w&'-]{2,20}){0,3})? (?:are|is|remain|stay|will (?:be|remain|stay)))\b|\b(?:runs?|moved to|(?:we|they)(?:'re| are) on)\b|\b(?:payment|terms|net[- ]?\d{1,3}) as (?:always|usual)\b|\b(?:we|they) (?:always |usually |normally |typically |generally )?(?:pay|settle|remit)\b|\b(?:pays|settles|remits|processes)(?: (?:all |our |your |its |their )?(?:[\w-]{2,20} )?(?:invoices|bills|suppliers|vendors|contractors|freelancers))?(?: by [\w-]{2,12}(?: only)?,?)? (?:within|in|net|on|at)\b|\bterms:? (?=net\b|\d)|\bpayment (?:cycle|run)s? (?:is|are)\b/i,
  /**
   * Or the terms name the invoice they count from ("Payment 30 days from invoice date", "14 days
   * after invoice", "30 days from the end of the month"): counted from that event, not from the day
   * sent (the tuning part: 128 of 128 such terms undated, where no invoice goes with the message).
   */
  fromInvoice:
    /\b(?:from|of|after) (?:the )?(?:date of |receipt of )?(?:(?:the|an|your|our|each|every) )?(?:invoice|statement)(?: date| receipt)?\b|\b(?:from|after) (?:the )?(?:end of (?:the )?month|month[- ]end)\b/i,
  /**
   * A bill named only by a pronoun ("we'll pay it within 7 days", "I'll make sure they're paid
   * within 14 days"): the terms count from that bill's arrival (3 of 3 undated in the tuning part).
   */
  billReferredTo:
    /\bpay (?:it|them|those|these)\b|\b(?:it's|it is|they're|they are|it'll be|they'll be|it will be|they will be) paid\b/i,
  /**
   * Terms being negotiated, not a day to pay by: "Can we do net 30 on this one instead of COD?",
   * "Could we meet halfway at net 30?", "… reflected in the MSA instead of net 15" (6 of 6 undated
   * in the tuning part). Only "net N" and "N-day terms": "within 5 days?" still asks by a day.
   */
  netTerm: /\bnet[- ]?\d{1,3}\b|\b\d{1,3}[- ]days? terms\b/gi,
  /**
   * Terms counted from a month's end ("Payment 30 days end of month", "our standard 30-day EOM
   * terms", "we pay net 45 from month end"): the month of an invoice, never the month of sending
   * (29 of 29 undated in the tuning part), so the month's end is no due day.
   */
  monthEndTerm:
    /\b(?:\d{1,3}[- ]days?|net[- ]?\d{1,3})(?: net)?(?: from| after)? (?:the )?(?:end of (?:the )?month|month[- ]end|eom)\b/gi,
  /** "We can hold 19 June for you until 30 April": the day held and the hold's end, no deadline (dateHold.ts). */
  heldUntil: new RegExp(String.raw`${HOLDS_FOR_READER}(?:until|till)\b[^.;!?]{0,40}`, 'gi'),
  /**
   * A document or a past event named by its date: "as per my survey of 14 September", "items 1 to
   * 5 of your quotation of 17 September", "the approved sample of 14/09", "your email dated 3
   * March". The day names the document, not a day owed; chrono would read it as the next one. Only
   * documents and calendar dates: "our call of Thursday 12 March", "the site visit of 20 March" are
   * events still ahead.
   */
  documentOfDay: new RegExp(
    String.raw`\b(?:quot(?:e|ation)|survey|offer|proposal|letter|e-?mail|message|sample|estimate|report|minutes|contract|agreement|invoice|statement|brief)s? (?:of|dated) (?:the )?(?:\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH}|${MONTH} \d{1,2}(?:st|nd|rd|th)?|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)(?:,? \d{4})?`,
    'gi',
  ),
  termsNegotiated: /\?\s*$|\binstead of\b|\brather than\b|\bmove (?:us )?to\b|\bhalfway\b/i,
  /** …unless it goes with this message: "attached", "today". */
  invoiceNow: /\b(?:attached|enclosed|herewith|today|now|this (?:email|message|week))\b/i,
  /**
   * The day an invoice is issued is not when it is due: "invoiced on the 1st", "will go out on 1
   * April", "we invoice on the first Monday of each month".
   */
  invoicedOn: new RegExp(
    String.raw`\b(?:invoiced|billed|issued|sent|dated|invoice|bill|go(?:es)? out)(?: (?:to )?you)? (?:on|at|for)? ?(?:the )?(?:(?:first|second|third|fourth|last) )?(?:${DAY}|\d{1,2}(?:st|nd|rd|th))(?: of (?:each|every|the) month)?\b`,
    'gi',
  ),
  /**
   * "Your renewal on 30 April will be £588", "The dinner on the 12th is €60": the day of a thing
   * priced (a renewal, a booking, an event), not when it is due; "The second instalment on 15
   * April is $1,200" keeps its due day.
   */
  pricedOn: new RegExp(
    String.raw`(?<=\b(?:${PRICED_THING}) )on (?:the )?${DAY}(?=,? (?:will be|is|costs?|comes to|would be) (?:[A-Z]{3} ?|[A-Z]{1,3}\$|[$€£¥₹])\d)`,
    'gi',
  ),
  /**
   * The day a new price takes effect, not a day to pay by: "our monthly support fee goes up to
   * $1,150 from February 1", "our rate per 100 words goes to A$1.95 on 1 July", "Full livery is
   * €175/week from 1 January", "From 1 January 2027 the line rate will be $0.125".
   */
  priceChange: new RegExp(
    String.raw`\b(?:(?:go(?:es)?|going) (?:up|down|to)|rises?|rising|increases?|increasing|changes?|moves? (?:up|to)|(?:is|are|will be) (?:changing|rising|increasing))\b[^;!?]{0,40}? ((?:from|starting|as of|effective(?: from)?|with effect from|on) (?:the )?${DAY})\b`,
    'gi',
  ),
  /** A price named before the change (for `priceChange`). */
  priceWord: new RegExp(String.raw`\b(?:${PRICE_WORD})\b`, 'i'),
  priceFrom: new RegExp(
    String.raw`(?<=(?:[$€£¥₹]|\b(?:usd|eur|gbp|aud|cad|nzd|chf|inr|sgd|hkd|zar|aed|[a-z]{1,2}\$) ?)\d[\d,.]*(?: ?(?:\/|per |a |an )[a-z]{2,10})? )(?:from|starting|as of|effective(?: from)?) (?:the )?${DAY}\b`,
    'gi',
  ),
  priceFromFirst: new RegExp(
    String.raw`(?:^\W{0,3}|(?<=: ))(?:from|starting|as of|effective(?: from)?|with effect from) (?:the )?${DAY}(?:,? \d{4})?(?=,? (?:the |our |your |all |my |new )?(?:[\w-]{2,20} ){0,3}(?:${PRICE_WORD})\b)`,
    'i',
  ),
  /** "our first increase in three years", "the lowest price in five years": a span, not a day. */
  firstInYears:
    /\b(?:first|only|biggest|largest|lowest|highest|best|second)\b[^.;!?]{0,30}?\bin (?:over |more than |nearly |almost )?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a few|several) (?:years|months)\b/gi,
  /**
   * Standing terms that name a rhythm, not a day: "end of the month following the month of
   * invoice", "a 2% late fee per month after 30 days".
   */
  standingRhythm:
    /\bend of (?:the )?month following\b[^.;]{0,40}|\blate (?:payment )?(?:fees?|charges?|interest|penalt(?:y|ies))\b[^.;]{0,40}?\bafter \d{1,3} (?:business |working |calendar )?days\b/gi,
  /**
   * A period's end, not a deadline: "covering work to 28 February", "bank statements for all
   * accounts to 30 June" (an absence's end stays: "she's out until the 19th" is when she can act).
   */
  periodOrAbsence: new RegExp(
    String.raw`\b(?:covering (?:[\w-]{2,20} ){0,3}(?:to|up to|through|until|till)|(?:statements?|accounts|transactions|records|timesheets?|hours|expenses)(?: (?:for|of) (?:all |the |our |your )?(?:[\w-]{2,20} ){0,2})? (?:to|up to|through|until|till))(?: the| end of)? ${DAY}\b`,
    'gi',
  ),
  /** "€1,600/month, invoiced on the 1st": a monthly bill's day, with its rhythm in the clause. */
  monthlyRhythm: /\b(?:a|per|each|every) month\b|\/ ?(?:month|mo)\b|\bmonthly\b/i,
  /** "1/3 down to get on the schedule", "2/3 on completion": a share of the price, not 1 March. */
  fraction:
    /(?<!\b(?:on|by|before|until|till|due|from|after|dated) )\b[1-3]\/[2-4](?= (?:down|up ?front|deposit|now|in advance|upon|on (?:signing|signature|completion|delivery|approval|order|booking)|when|of the (?:price|total|fee|amount)|balance|payment|remainder|the rest)\b)/gi,
  /**
   * The reader's condition first, with its day: "If the deposit arrives by March 9 the goods will
   * be ex-factory on April 30" is due when the goods are, not when the deposit is.
   */
  conditionFirst: new RegExp(
    String.raw`^\W{0,3}if (?:awarded|approved|confirmed|we (?:receive|have|get)\b|you (?:can |could )?(?:approve|confirm|sign|send|return|pay|place|give us|get us)\b|the (?:[\w'-]{2,20} ){0,3}(?:arrives?|comes? in|is (?:confirmed|signed|approved|placed|received|paid)))[^,;.!?]{0,60}?\b(?:by|before|no later than) (?:the )?${DAY}(?=,? (?:i|we|the|our)\b)`,
    'i',
  ),
  /** A day named anywhere (for `conditionFirst`). */
  anyDay: new RegExp(String.raw`\b${DAY}\b`, 'i'),
  /**
   * A purpose stated first, with the day it aims at: "To invoice before September 30 we'd need
   * your samples by August 28", "to be running by March 15, we need the signed order by …", "For
   * a first order delivered by 26 June, we would need your PO by 15 June". The day owed is the one
   * the need names.
   */
  purposeFirst: new RegExp(
    String.raw`^\W{0,3}(?:and |but |so )?(?:(?:in order )?to|for) (?:[\w'-]{1,20} ){1,8}?(?:by|before|on|for|from|in time for) (?:the )?(?:${DAY}|end of (?:the )?\w{3,9}|mid-\w{3,9})(?=,? (?:i|we|you)(?:'d| would|'ll| will| really| still)? (?:need|must|have to|require)\b)`,
    'i',
  ),
  /**
   * A reason after the deadline, with a day of its own: "by Thursday, as I need approval before
   * the end of the month", "by 30 October at the latest as our launch is in mid-November". Blanked
   * only when a deadline word stands before it (`deadlineBefore`).
   */
  reasonAfter:
    /(?<!\b(?:such|soon|well|same|much|long|far|just)),? (?:as|because|since|given that|seeing as) (?:i|we|our|the|my|they|their|it|he|she|you|your|his|her)\b[^.;!?]{0,120}/i,
  deadlineBefore: new RegExp(
    String.raw`\b(?:by|before|no later than|until|till) (?:the )?(?:${DAY}|end of|\d|next|this)`,
    'i',
  ),
  /**
   * A date given as the reason, then the need it sets: "the client report is due May 29 so we'd
   * need results by May 26". The part before "so" is blanked.
   */
  reasonThenNeed:
    /^[^.;!?]{0,120}?\bso (?=(?:we|i)(?:'d| would| will|'ll)? (?:need|have to|must|require)\b[^.;!?]{0,80}?\b(?:by|before|no later than) )/i,
} as const;

const blank = (s: string) => ' '.repeat(s.length);

/** Cheap test before the price-change patterns, which look behind. */
const PRICE_CHANGE_GATE = /\b(?:from|starting|as of|effective|on)\b/i;

/** A fraction is a share of a price only in a clause about paying. */
const PAYMENT_WORD =
  /\b(?:deposit|balance|payment|pay|paid|down|up ?front|remainder|the rest|invoice|fee|price)\b/i;

/** The clause with the dates that name no deadline blanked out; the same string when there are none. */
export function withoutNonDeadlines(text: string): string {
  const P = NON_DEADLINE_PATTERNS;
  let out = text;
  const label = out.includes(':') ? P.pricedLabel.exec(out) : null;
  if (label && !P.deadlineWord.test(label[1]!)) out = blank(label[1]!) + out.slice(label[1]!.length);
  // Gated like the blanks below: most clauses promise no link to send.
  const accepted = / (?:send|set up|forward|circulate|share)\b/i.test(out) ? P.acceptedTime.exec(out) : null;
  if (accepted) out = blank(accepted[1]!) + out.slice(accepted[1]!.length);
  if (out.includes('mid')) out = out.replace(P.midMonth, blank);
  if (out.includes(' of ') || out.includes('dated '))
    out = out.replace(P.documentOfDay, (m) => m.replace(/ (?:of|dated) .*$/i, (day) => blank(day)));
  if (out.includes(' or ')) out = out.replace(P.alternatives, blank);
  if (out.includes('f you')) out = out.replace(P.offerCondition, blank);
  if (out.includes(' for ')) out = out.replace(P.pricedDay, blank);
  if (out.includes(' on ')) out = out.replace(P.pricedOn, blank);
  if (out.includes('eek ') || out.includes('w/c')) out = out.replace(P.weekOf, blank);
  // A share is a proper fraction ("1/3 down"); "3/3" or "3/4 at 10am" stays a date.
  if (out.includes('/'))
    out = out.replace(P.fraction, (f) =>
      Number(f[0]) < Number(f[2]) && PAYMENT_WORD.test(text) ? blank(f) : f,
    );
  if (
    out.includes('stand') ||
    out.includes('valid') ||
    out.includes('hold') ||
    out.includes('held') ||
    out.includes('remain')
  )
    out = out.replace(P.validity, blank).replace(P.heldUntil, blank);
  if (out.includes(' years') || out.includes(' months')) out = out.replace(P.firstInYears, blank);
  if (out.includes('pays ') || out.includes('settles ') || out.includes('remits '))
    out = out.replace(PAYMENT_TERMS_PATTERNS.payDayHabit, blank);
  if (PRICE_CHANGE_GATE.test(out))
    out = out
      .replace(P.priceChange, (m, day: string, at: number) =>
        P.priceWord.test(out.slice(Math.max(0, at - 80), at))
          ? m.slice(0, m.length - day.length) + blank(day)
          : m,
      )
      .replace(P.priceFrom, blank)
      .replace(P.priceFromFirst, blank);
  if (out.includes('following') || out.includes('late ')) out = out.replace(P.standingRhythm, blank);
  if (out.includes(' to ') || out.includes(' until ') || out.includes(' till ') || out.includes(' through '))
    out = out.replace(P.periodOrAbsence, blank);
  if (out.includes('month') || out.includes('EOM') || out.includes('eom'))
    out = out.replace(P.monthEndTerm, blank);
  if (out.includes('within') || out.includes('net') || out.includes(' in ') || out.includes('days ')) {
    P.relativeTerm.lastIndex = 0;
    const later =
      P.laterInvoice.test(out) ||
      P.laterBill.test(out) ||
      P.standingTerms.test(out) ||
      P.fromInvoice.test(out) ||
      P.billReferredTo.test(out) ||
      PAYMENT_TERMS_PATTERNS.netLine.test(out);
    if (P.relativeTerm.test(out) && later && !P.invoiceNow.test(out))
      out = out.replace(P.relativeTerm, blank).replace(P.invoicedOn, blank);
    else if (P.termsNegotiated.test(out)) out = out.replace(P.netTerm, blank);
  }
  out = out.replace(P.purposeFirst, blank);
  // Only when what follows has a day of its own ("…, we can have boxes on site the week of August
  // 10" is due by the condition's day).
  const condition = P.conditionFirst.exec(out);
  if (condition && P.anyDay.test(out.slice(condition[0].length)))
    out = blank(condition[0]) + out.slice(condition[0].length);
  if (out.includes('so ')) out = out.replace(P.reasonThenNeed, blank);
  // Gated like the blanks above: the pattern scans the whole clause, and most have no reason word.
  const reason =
    out.includes(' as ') || out.includes(' because ') || out.includes(' since ') || out.includes(' given ')
      ? P.reasonAfter.exec(out)
      : null;
  if (reason && P.deadlineBefore.test(out.slice(0, reason.index)))
    out = out.slice(0, reason.index) + blank(reason[0]) + out.slice(reason.index + reason[0].length);
  // "€1,600/month, invoiced on the 1st": a monthly bill's day, whatever its terms.
  if ((out.includes('invoiced') || out.includes('billed')) && P.monthlyRhythm.test(out))
    out = out.replace(P.invoicedOn, blank);
  return out;
}
