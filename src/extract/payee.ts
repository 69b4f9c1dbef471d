/**
 * Who pays a payment stated without a payer ("payable within 14 days", "the total comes to
 * $8,940"): the side that is not the payee. The payee is the side that quotes, prices or
 * invoices: a contractor's "My invoice for €1,800 follows" makes the user pay it, the user's
 * "Our invoice for $18,000 is attached" makes the client pay.
 *
 * Evidence comes in two strengths. Invoices, asks for payment, "we pay within 30 days" and
 * quotes sent or asked for say outright who bills whom (strong); a price stated with a copula
 * ("The fee is $9,800", "your rate") does not, since buyers restate prices as often as sellers
 * (weak). The message's strong evidence decides first, then the thread's strong evidence, then
 * the thread's weak evidence; with none the client pays, since Accord's user is usually the one
 * paid.
 */
import type { Side } from '../core/expectation';
import { BILL_ON_ITS_WAY } from './classifyPatterns';
import { turnsToOwnSide, type AddresseeSide } from './addressee';
import type { Sides } from './owner';
import { labelledPriceIn, writerPriceIn } from './prices';

/** What "pay" takes when it is money: a sum, a bill, a payer's object or a time or way of paying. */
const PAY_FOLLOWS = String.raw`(?= (?:the|a|an|our|my|your|this|that|these|those|it|them|you|all|half|each|every|in|within|on|upon|by|via|through|with|for|before|after|once|when|as soon|at|up ?front|upfront|promptly|monthly|quarterly|weekly|annually|yearly|net|now|today|tomorrow|next|immediately|invoices?|bills?|deposits?|balance|cash|EUR|USD|GBP|CHF|JPY|AUD|CAD|NZD|SEK|NOK|DKK|PLN|AED|INR|SGD|HKD)\b| [$€£¥₹\d]|\s*[.,;!?)]|\s*$)`;

export const PAYEE_PATTERNS = {
  /**
   * The writer bills, said outright: "I'll invoice you", "I bill through my company", "we charge
   * $85 an hour", "quote attached", "please remit", "could you please arrange payment this week",
   * "payable to us".
   */
  writerBills:
    /\b(?:i|we)(?:'ll| will| shall| can| always| usually| normally| typically| only)? (?:invoice|bill|charge)\b(?! (?:us|me)\b)|\b(?:i|we)(?:'ll| will)? be (?:invoicing|billing|charging)\b|\b(?:quote|quotation|estimate) attached\b|\b(?:please|kindly|could you|can you|would you)(?: please| kindly| now)? (?:remit|pay|settle|wire|arrange (?:the |your )?payment|make (?:the |your )?payment|process (?:the |your )?payment|transfer (?:the )?(?:deposit|balance|amount|funds|payment|outstanding))\b(?! (?:details|information|info|instructions|attention)\b)|\bpayable to (?:me|us)\b|\b(?:here is|here's|here are|below is|enclosed is|attached is)(?: the| our| my)?(?: [\w-]{2,20}){0,2} (?:quote|quotation|estimate|proposal|pro[- ]?forma|invoice|price list)s?\b(?! (?:from|by|of|you|that|which)\b)/i,
  /** A price stated by its writer with a copula ("the hire fee for 14 May is"): weak, buyers restate prices too. */
  writerStates:
    /\bthe (?:[\w-]{2,20} )?(?:quote|quotation|estimate|price|total|fee|rate|cost|charge|hire|rental)s? (?:for [^.,;?!]{2,30} )?(?:is|are|comes to|will be)\b/i,
  /**
   * The writer accepts the other side's price: "the price is fine", "The rates are acceptable",
   * "the quote is approved", "The quote looks good". The buyer writes this (weak, like a price);
   * not a seller's "if the price is OK for you", "I know the pricing is good value", "the price is
   * good until 31 March".
   */
  priceAccepted:
    /\bthe (?:[\w-]{2,20} )?(?:quote|quotation|estimate|price|prices|total|fee|fees|rate|rates|cost|costs|pricing) (?:is|are|looks?|seems?|sounds?) (?:fine|ok|okay|acceptable|agreed|good|great|perfect|approved|accepted)\b(?! (?:until|till|value|for (?:a|the|this)|this)\b)/i,
  /** Before an acceptance: a seller's condition or hope ("if the price is OK for you"), read in code. */
  conditionBefore: /\b(?:if|once|when|whether|hope|hopefully|assuming|provided|know)\b/i,
  /** The writer sells work for a sum: "I can do the whole job for $2,400", "we'll do both days for €7,850". */
  writerDo: /\b(?:i|we)(?:'ll|'d| will| can| could| would| shall)? do\b/gi,
  /** Read in a short window after `writerDo`: the work, then "for" and its sum. */
  forSumAfter: /^[^.?!;\n]{2,40} for (?:just |only |a flat |about )?(?:[A-Z]{3} ?|[A-Z]{1,3}\$|[$€£¥₹])\d/,
  /**
   * The writer's side pays: "we pay within 30 days", "Our AP team pays within 14 days", "I'll pay
   * the deposit", "could we pay in two instalments", "Our payment terms for consultants are 30
   * days". The verb must take money, a bill or a time of paying (`PAY_FOLLOWS`), so "we pay close
   * attention to packaging" pays nobody.
   */
  writerPays: new RegExp(
    String.raw`\b(?:i|we)(?:'ll| will| shall| can| could| always| usually| normally| typically| only)? (?:pay|settle|remit)\b${PAY_FOLLOWS}|\bour (?:[\w-]{2,20} ){0,3}(?:pays|settles|remits|will pay|'ll pay|will settle|'ll settle)\b${PAY_FOLLOWS}|\b(?:i|we|our (?:[\w-]{2,20} ){0,3}(?:will|'ll))(?:'ll| will| can)? (?:wire|transfer) (?:the |a |our |your )?(?:[\w%-]{1,12} ){0,2}(?:deposit|balance|payment|funds|money|fee|amount|instal?ment|retainer)s?\b|\bour (?:standard )?payment terms for (?:all )?(?:consultants|contractors|suppliers|vendors|freelancers|subcontractors|sub-contractors|agencies)\b`,
    'i',
  ),
  /**
   * The writer sends a means of paying for a bill it names: "I'll send the ACH for invoice #812 on
   * Friday", "we'll send payment for the March invoice" (not a payment to someone else, nor a
   * "check" of something).
   */
  writerSendsPayment:
    /\b(?:i|we)(?:'ll| will| shall| can| could)? (?:send|make|initiate|release) (?:over |across )?(?:the |a |an |our |my )?(?:ach|wire|wire transfer|bank transfer|payment|remittance|cheque) (?:for|on|against) (?:the |your |our |this |that )?(?:[\w#-]{1,20} ){0,2}(?:invoice|bill)\b/i,
  /**
   * Terms the writer states as its own: "we're on net 30", "Our terms are net 45", "our accounts
   * team runs net 60". A buyer says this of how it pays and a seller of how it is paid, so it
   * shows the writer paying only when nothing shows the writer selling (`payablesTerms`).
   */
  writerTerms:
    /\b(?:we(?:'re| are)|our (?:[\w-]{2,20} ){0,3}(?:runs?|is|are|has moved to|moved to)) (?:on )?(?:net[- ]?\d{1,3}|\d{1,3}[- ]days? terms)\b/i,
  /** Terms said of the writer's own charges ("Our local charges are net 30"): the writer is paid on them. */
  ownChargesTerms: /\bour (?:[\w-]{2,20} )?(?:fees|rates|prices|charges|invoices|bills) (?:are|is)\b/i,
  /** In those terms, a team that only pays: "Our AP runs net 45", "our accounts payable team is on net 60". */
  payablesTeam: /\b(?:ap|a\/p|accounts payable|payables|procurement|purchasing)\b/i,
  /**
   * The writer sells, said in passing: "Thanks for the order", "thank you for your PO", "we've
   * received your purchase order", "your order #4471 ships Monday" (not "thanks for the order
   * confirmation", which a buyer writes).
   */
  writerSells:
    /\b(?:thanks|thank you|thx|many thanks)(?: (?:so|very) much)? for (?:the|your)(?: (?:first|new|latest|repeat|kind))? (?:purchase order|order|po)\b(?! (?:confirmation|form|update|status|details|summary|acknowledge?ment))|\b(?:received|got|processed|processing|packing|packed|shipped|dispatched) your (?:purchase order|order|po)\b(?! (?:confirmation|form|update|status|details|summary|acknowledge?ment))|\byour order (?:#|no\b|number\b|ref\b|has (?:shipped|been (?:shipped|dispatched|packed|processed))|ships\b|will (?:ship|be (?:shipped|dispatched|packed)))/i,
  /**
   * The writer's side buys: "we're ready to place a first order", "our purchase order", "PO to
   * follow", "PO 7700418 attached", "Please find attached PO 4500183722". "Our order" is the
   * thing bought only as a noun of its own ("our order for 200 units", "our order #4471"), not as
   * a modifier of the seller's process ("our order cut-off").
   */
  writerOrders:
    /\b(?:i|we)(?:'d like to|'re ready to| are ready to| would like to| want to|'ll| will)? (?:place|placing) (?:an?|the|our|my|this|a first|a new|a repeat|another) (?:[\w-]{2,20} )?order\b|\b(?:our|my) (?:first |new |next |repeat |signed )?(?:purchase )?order\b(?= (?:for|of|no|number|ref|reference|is|was|will|has|should|from|with|today|this|once)\b|\s*[#\d.,;:!?)]|\s*$)|\bPO (?:to follow|will follow|is attached|attached)\b|\bPO(?: no\.?| number)? ?#?(?=[\w/.-]{0,24}\d)[\w/.-]{1,24},? (?:\([^)]{0,40}\),? )?(?:is attached|attached|to follow|will follow)\b|\b(?:find|see) attached (?:our )?(?:PO|purchase order)\b/i,
  /**
   * A bill on its way to the reader ("Deposit invoice coming your way tomorrow", "Invoice to follow
   * with the delivery", "First progress invoice will be end of April", "I'll have the invoice to
   * your AP by Wednesday"): the writer's side bills (not the goods' commercial invoice).
   */
  billOnItsWay: new RegExp(
    String.raw`(?<!\b(?:commercial|your|their|his|her) (?:[\w-]{2,20} )?)(?<!\b(?:assume|expect|presume|guess|hope|sure)(?: that)?(?: the| an?)? (?:[\w-]{2,20} )?)\b(?:invoices?|pro[- ]?formas?(?: invoices?)?) (?:${BILL_ON_ITS_WAY})\b(?![^.?!\n]{0,80}\?)|\b(?:first|next|final|last|progress|deposit|interim) (?:progress )?invoice will be\b|\b(?:i|we)(?:'ll| will) (?:have|get) (?:the |our |my |an? )?(?:[\w%-]{2,20} ){0,3}invoice (?:over |across )?to (?:you|your)\b`,
    'i',
  ),
  /** "my invoice", "our day rate": read in a short window after "my"/"our". */
  ownWord: /\b(?:my|our)\b/gi,
  /**
   * "our invoice", "my quote", "our pay apps", "our progress claims" (a builder's bills): the
   * writer's bill; not the writer's handling of the bills it gets
   * ("Our invoices go through Coupa", "our invoice approval run").
   */
  ownBill:
    /^ (?:[\w-]{2,20} ){0,2}(?:invoice|invoices|quote|quotation|estimate|bill|pay apps?|payment applications?|progress claims?)\b(?! (?:go|goes|are|is|get|gets) (?:through|processed|paid|approved|routed|handled|booked|checked|logged)\b| (?:approval|process|processing|system|portal|platform|team|department|address|e-?mail|inbox|run|cycle|policy|requirements?)\b)/i,
  /** "our day rate", "my fee": a price of the writer's, weak evidence. */
  ownPrice: /^ (?:[\w-]{2,20} ){0,2}(?:fee|fees|rate|rates|price|prices|pricing|charges)\b/i,
  /** "Attached is the March invoice": read in a short window after the attachment words. */
  attachedWord: /\b(?:attached|enclosed) (?:is|are|please find|you'll find|you will find)\b/gi,
  /** The reader bills: "we received your invoice", "within 30 days of your invoice", "could you quote". */
  readerBills:
    /\b(?:received|got|paid|pay|process|processed|approve|approved|settle|settled|have|check|checked) your (?:[\w-]{2,20} )?(?:invoice|bill|quote|quotation|estimate)\b|\bwithin \d{1,3} days of your invoice\b|\b(?:could|can|would) you (?:please )?quote\b/i,
  /**
   * "your rate", "your usual fee", "your best corporate rates", "your lump-sum price": the reader's
   * price; "our budget": the writer buys. Weak evidence. Not a budget the writer sends ("I attach
   * our budget for the new kitchen", "here is my revised budget:", "Our proposed budget is
   * attached"): that is the writer's estimate, a budget in the sense of a costed proposal.
   */
  readerPrice:
    /\byour (?:(?:usual|standard|normal|hourly|day|daily|best|group|corporate|trade|bulk|volume|discounted|current|latest|nightly|weekly|monthly) ){0,2}(?:rate|rates|fee|fees|price|prices|pricing|charges)\b|\byour (?:lump-sum|lump sum|fixed|firm|final|unit|total|best and final) (?:price|pricing)\b|(?<!\b(?:attach|attached|attaching|enclose|enclosed|enclosing|here is|here's|find|send you|sending you) )\b(?:our|my) (?:[\w-]{2,20} )?budget\b(?![- ](?:friendly|option|options|package|range|line|version|tier|plan|pick|choice)|:| (?:is|are) (?:attached|enclosed|below)\b)/i,
  /** "your budget": the reader buys, so the writer bills (weak, like a price stated). */
  readerBudget: /\byour (?:[\w-]{2,20} )?budget\b/i,
  /**
   * A bill named, then said to be attached ("Invoice 2209 for $4,850 is attached"): read in a short
   * window. Case kept so "PI" is the pro-forma, never "pi"; an offer only as the seller's own ("our
   * offer is attached"), never a buyer's "counter-offer".
   */
  billNoun:
    /\b(?:[Ii]nvoice|INVOICE|[Qq]uot(?:e|ation)|QUOTE|[Ee]stimate|[Bb]ill|[Cc]laim|[Pp]roposal|[Pp]ro[- ]?forma|PI)\b|\b(?:[Oo]ur|[Mm]y) (?:[Oo]ffer|[Qq]uotation)\b/g,
  /**
   * A decimal point ("€4.850,00") does not end the window. An invoice attached with the shipping
   * papers ("Final invoice and packing list attached") is the goods' commercial invoice, not a bill.
   */
  attachedAfter:
    /^(?![^.?!;]{0,40}\b(?:packing lists?|bills? of lading|b\/l|certificates? of origin|air ?way ?bills?|awb|customs)\b)(?:[^.?!;]|\.(?=\d)){0,40}\b(?:attached|enclosed|follows|below)\b/i,
  /** "Please find attached Progress Claim #3": read in a short window after the attachment words. */
  findAttached: /\b(?:please find|find|i've|i have|we've|we have|here is|here's) (?:attached|enclosed)\b/gi,
  claimAfter:
    /^[^.?!;]{0,30}\b(?:invoice|claim|bill|statement|quote|quotation|estimate|proposal|offer|pro[- ]?forma)\b/i,
  /** A bill sent ("send us a quote", "I'll email you the invoice"): read in a short window. */
  sendVerb: /\b(?:send|email|e-mail|forward|issue|raise)\b/gi,
  // A commercial invoice is a shipping document that travels with goods, not a bill between the sides.
  billAfter:
    /^[^.?!;]{0,30}\b(?:quote|quotation|estimate|price list|(?<!commercial )invoices?|proposal|pro[- ]?forma)\b/i,
  /**
   * Just after the verb, a means of paying ("I'll send the ACH for invoice #812", "we'll send
   * payment for the March invoice"): the sender pays the bill named after it, so it bills nobody.
   */
  paymentSent:
    /^ (?:over |across )?(?:the |a |an |our |my |your )?(?:ach|wire|wire transfer|bank transfer|transfer|payment|remittance|cheque|funds)\b/i,
  /** "your invoice" in the window: the reader's bill, whoever sends it. */
  yourBill:
    /\byour (?:[\w-]{2,20} ){0,2}(?:quote|quotation|estimate|price list|invoices?|proposal|pro[- ]?forma)$/i,
  /** Just before the verb: the reader sends ("could you send", "you'll send", "please email"). */
  readerSends:
    /(?:\b(?:you|u)(?:'ll| will| shall| can| could)?|\b(?:please|pls|kindly|could you|can you|would you|will you)(?: please| also| just)?) $/i,
  /** Just before the verb: the writer's side sends ("I'll send", "Soundwise will send", "let me send"). */
  writerSends:
    /\b(?:will|'ll|shall|going to|gonna|let me|let us|(?:i|we) (?:can|could))(?: also| then| soon| now| shortly| happily)? $/i,
  /** "We send a 50% deposit invoice…": the writer's habit, unless the bill goes to its own people ("to our AP team"). */
  writerSendsNow: /\b(?:i|we)(?: always| usually| normally| typically| then| also| just)? $/i,
  ownSideAfter: /\bto (?:our|my)\b|\binternally\b/i,
  /** What a paying act that outweighs sent bills pays: the reader's own bill or charge. */
  readersDue:
    /\b(?:deposit|retainer|balance|advance|you|your|invoices?|instal?ments?|fee)\b|\b(?:pay|pays|settles?|remits?) (?:invoices |bills )?(?:within|in|net|on|at)\b/i,
  /** Just after the verb: sent to the reader ("send you", "email you"). */
  toReader: /^ (?:you|u)\b/i,
  /** In the bill's window: a bill signed, which its buyer sends back ("send the signed quote"). */
  signedBill: /\b(?:signed|countersigned|counter-signed|executed|accepted|approved)\b/i,
  /**
   * "Signed quote attached", "the countersigned proposal", "Quote accepted - signed copy
   * attached": the buyer's acceptance handed back, no bill.
   */
  signedBillNamed:
    /\b(?:signed|countersigned|counter-signed|executed|accepted|approved) (?:quote|quotation|estimate|proposal|offer)s?\b|\b(?:quote|quotation|estimate|proposal|offer) (?:is |has been )?(?:accepted|approved|signed|countersigned)\b|\b(?:signed|countersigned|counter-signed) (?:copy|version|pdf|scan)\b/gi,
  /** Just after the verb, a third party's bill ("Our supplier will send us their invoice"): no one's in the thread. */
  othersBill: /^ (?:(?:us|me|you) )?(?:their|his|her|its)\b/i,
  /** Just after the verb: sent to the writer ("Jordan will send us the invoice"), whose side pays it. */
  toWriter: /^ (?:us|me)\b/i,
  invoiceWord: /\b(?:invoice|invoices|bill)\b/i,
} as const;

/** The first place where `head` matches and `after` matches the text that follows it. */
function windowed(text: string, head: RegExp, after: RegExp): RegExpExecArray | null {
  head.lastIndex = 0;
  for (let m = head.exec(text); m !== null; m = head.exec(text)) {
    const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const a = after.exec(tail);
    if (a) {
      const found = [m[0] + a[0]] as unknown as RegExpExecArray;
      found.index = m.index;
      return found;
    }
  }
  return null;
}

type Biller = 'writer' | 'reader';

/**
 * A bill sent in the text, and whose it is: "your invoice" is the reader's whoever sends it;
 * otherwise the sender's side bills, the reader when asked ("could you send us a quote", "send
 * over the invoice"), the writer's side when it says it will ("I'll email you the invoice",
 * "Our AV partner will send you a quote").
 */
function sentBill(text: string): Biller | null {
  const P = PAYEE_PATTERNS;
  const head = P.sendVerb;
  head.lastIndex = 0;
  for (let m = head.exec(text); m !== null; m = head.exec(text)) {
    const end = m.index + m[0].length;
    const tail = text.slice(end, end + 60);
    const bill = P.billAfter.exec(tail);
    if (!bill || P.paymentSent.test(tail) || P.othersBill.test(tail)) continue;
    // "Omar to send the signed proposal": a bill signed and sent back is the buyer's acceptance.
    if (P.signedBill.test(bill[0])) continue;
    if (P.yourBill.test(bill[0]) || P.toWriter.test(tail)) return 'reader';
    const before = text.slice(Math.max(0, m.index - 25), m.index);
    if (P.readerSends.test(before)) return 'reader';
    if (P.writerSends.test(before) || P.toReader.test(tail)) return 'writer';
    if (P.writerSendsNow.test(before)) {
      if (P.ownSideAfter.test(tail)) continue;
      return 'writer';
    }
    return 'reader';
  }
  return null;
}

export interface Billing {
  side: Side;
  /** Said outright (an invoice, an ask to pay, "we pay within"), not only a price stated. */
  strong: boolean;
}

/**
 * "Our AP runs net 45": terms a paying team states, strong evidence that the writer pays. Other
 * terms the writer calls its own ("we're on net 30") are weak evidence (`weakBiller`): the
 * message's or the thread's invoices, quotes and orders decide first.
 */
function payablesTerms(text: string): RegExpExecArray | null {
  const terms = PAYEE_PATTERNS.writerTerms.exec(text);
  return terms && PAYEE_PATTERNS.payablesTeam.test(terms[0]) ? terms : null;
}

/** Strong evidence of who bills: an invoice outweighs a quote when both sides show ("Our rate …, paid within 15 days of your invoice"). */
function strongBiller(said: string): Biller | null {
  const P = PAYEE_PATTERNS;
  const text = said.replace(P.signedBillNamed, ' ');
  const sent = sentBill(text);
  const writer =
    P.writerBills.exec(text) ??
    windowed(text, P.ownWord, P.ownBill) ??
    windowed(text, P.attachedWord, P.billAfter) ??
    windowed(text, P.billNoun, P.attachedAfter) ??
    windowed(text, P.findAttached, P.claimAfter) ??
    P.billOnItsWay.exec(text) ??
    P.writerSells.exec(text);
  const reader =
    P.readerBills.exec(text) ??
    P.writerPays.exec(text) ??
    P.writerSendsPayment.exec(text) ??
    P.writerOrders.exec(text) ??
    payablesTerms(text);
  const writerSays = writer !== null || sent === 'writer';
  const readerSays = reader !== null || sent === 'reader';
  if (writerSays !== readerSays) return writerSays ? 'writer' : 'reader';
  if (!writerSays) return null;
  // "I'll wire the retainer today. My bookkeeper will email the invoices by Friday": the writer's
  // own paying act says who pays more plainly than documents it sends.
  if (reader !== null && P.writerPays.test(reader[0])) {
    const act = text.slice(reader.index, reader.index + reader[0].length + 30);
    if (P.readersDue.test(act)) return 'reader';
  }
  const writerInvoice = sent === 'writer' || (writer !== null && P.invoiceWord.test(writer[0]));
  const readerInvoice = sent === 'reader' || (reader !== null && P.invoiceWord.test(reader[0]));
  if (writerInvoice === readerInvoice) return null;
  return writerInvoice ? 'writer' : 'reader';
}

/** "the price is fine": a price accepted, unless a condition or a hope comes just before it. */
function acceptsPrice(text: string): boolean {
  const P = PAYEE_PATTERNS;
  const m = P.priceAccepted.exec(text);
  if (!m) return false;
  // Only the sentence the acceptance is in, up to 45 characters before it.
  const before = text
    .slice(Math.max(0, m.index - 45), m.index)
    .split(/[.?!;]/)
    .pop()!;
  return !P.conditionBefore.test(before);
}

/**
 * Weak evidence: a price stated ("the fee is", "our day rate", "- Catering: EUR 62", "your rate"),
 * a price accepted ("the price is fine": the writer pays), or terms the writer calls its own
 * ("we're on net 30"), which a buyer and a seller both say.
 */
function weakBiller(text: string): Biller | null {
  const P = PAYEE_PATTERNS;
  const accepted = acceptsPrice(text);
  const writer =
    (P.writerStates.test(text) && !accepted) ||
    writerPriceIn(text) !== null ||
    windowed(text, P.ownWord, P.ownPrice) !== null ||
    labelledPriceIn(text) ||
    windowed(text, P.writerDo, P.forSumAfter) !== null ||
    P.readerBudget.test(text);
  const reader =
    P.readerPrice.test(text) || accepted || (P.writerTerms.test(text) && !P.ownChargesTerms.test(text));
  if (writer === reader) return null;
  return writer ? 'writer' : 'reader';
}

/** The other role: what the writer says of its own colleague is said of the writer's side. */
const turnedRole = (biller: Biller | null): Biller | null =>
  biller === null ? null : biller === 'writer' ? 'reader' : 'writer';

/**
 * The side that bills in this text, from its writer's point of view, and how plainly it says so.
 * `addressed` names the side of a recipient a sentence turns to by name (addressee.ts).
 */
export function billingIn(text: string, sides: Sides, addressed?: AddresseeSide): Billing | null {
  // "Carla, can you pay PA-20931 today?" to the writer's own colleague, copied in: the writer's
  // side pays, so those sentences bill the other way round; when they and the rest disagree,
  // neither says who bills.
  const turned =
    addressed && sides.reader !== sides.writer ? turnsToOwnSide(text, sides.writer, addressed) : null;
  const rest = strongBiller(turned ? turned.rest : text);
  const own = turned ? turnedRole(strongBiller(turned.own)) : null;
  const strong = rest === null || own === null ? (rest ?? own) : rest === own ? rest : null;
  if (strong) return { side: sides[strong], strong: true };
  const weak = weakBiller(turned ? turned.rest : text);
  return weak ? { side: sides[weak], strong: false } : null;
}

/** The payee a message's billing names outright, or null (a price stated alone waits for the thread). */
export function payeeNamed(billing: Billing | null): Side | null {
  return billing?.strong ? billing.side : null;
}

/** `payeeNamed` of this text's billing. */
export function payeeIn(text: string, sides: Sides): Side | null {
  return payeeNamed(billingIn(text, sides));
}

/** The side that pays: the one that is not the payee. */
export function payerFor(payee: Side | null): Side {
  return payee === 'client' ? 'us' : 'client';
}

/**
 * Counts the billing evidence of a thread's messages (each message's `billingIn` of its live
 * text) and names the payee, or null: strong evidence first, prices stated only when the strong
 * evidence is even.
 */
export function payeeOfBillings(billings: (Billing | null)[]): Side | null {
  const strong = { us: 0, client: 0 };
  const weak = { us: 0, client: 0 };
  for (const billing of billings) if (billing) (billing.strong ? strong : weak)[billing.side]++;
  for (const count of [strong, weak])
    if (count.us !== count.client) return count.us > count.client ? 'us' : 'client';
  return null;
}
