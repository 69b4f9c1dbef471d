/**
 * Standing payment terms said without a sum, as the classifier reads them (is this clause a
 * payment?): "Payment terms: 30% deposit with order", "Our payment term is 45 days net",
 * "Payment: 50% with the order", "Our terms are net 45", "Invoice goes out after the last
 * session, net 30", "Deposit for the hire: 30% on booking", "Payment is by ACH on the 1st of each
 * month", "Drinks are charged on consumption", "Production parts net 30". Prices with their sum
 * are prices.ts. Read from the grammar of a term, not from a trade's words (issue 9, December 2026).
 */

export const PAYMENT_TERMS_PATTERNS = {
  /**
   * Standing payment terms, no sum needed: "Payment terms: 30% T/T deposit with order", "Our
   * payment term is 45 days net", "Payment: 50% with the order", "Our terms are net 45 from
   * receipt of goods", "terms are 30 days end of month", "Terms are net 30 for approved accounts",
   * "Our terms for Northshore remain net 30", "Our terms for new accounts are payment with order".
   */
  termsStatement:
    /\bpayment terms?(?: for [\w ,&'-]{2,40}?)?(?: (?:is|are|will be|remain))?:? (?:[A-Z/]{2,5} )?(?:\d{1,3}%|net\b|\d{1,3} days|within\b|on receipt\b|upon receipt\b|cash\b|cod\b|end of (?:the )?month\b|eom\b)|^(?:\w{2,12},? )?(?:payment|billing|deposit|balance|retainer)(?: schedule)?(?: for [^:]{1,40})?: ?(?:[A-Z/]{2,5} )?(?:\d{1,3}%|net\b|\d{1,3} days|on (?:order|signing|delivery|completion)\b)|(?:^\W{0,3}|\b(?:our|my|the|standard|usual|normal) )terms(?: for [\w ,&'-]{2,40}?)? (?:are|is|remain|stay|will (?:be|remain|stay)) (?:still )?(?:strictly )?(?:net\b|\d{1,3} days|cash\b|cod\b|in advance\b|on receipt\b|payment (?:within|on|in advance|with (?:the |each |every |your )?order|up ?front))/i,
  /**
   * Terms in business shorthand, no sum needed (the evening part of 2 December 2026): "we're on
   * net 30", "we're on 30-day terms", "Our AP runs net 45", "they pay 30 days end of month",
   * "payable at 45 days end of month", "our head office has moved to net 60", "Payment will be made
   * on our standard 30-day EOM terms".
   */
  onTerms:
    /\b(?:on|runs?|moved to|pays?|payable at|paid at) (?:(?:our|your|the|its|their) )?(?:(?:standard|usual|normal|agreed|regular) )?(?:net[- ]?\d{1,3}\b|\d{1,3}[- ]days?(?: eom| end of month)? terms\b|\d{1,3} days (?:end of (?:the )?month|eom|net|from (?:the )?(?:invoice|statement|receipt))\b)/i,
  /** "Payment as always 30 days from invoice", "Invoicing: 50% on confirmation", "Payment 30 days from statement". */
  termsLabel:
    /^(?:payment|invoicing|billing|terms)(?: (?:as (?:always|usual|agreed|before|discussed)|terms?))?:? (?:\d{1,3} ?%|(?:within |in )?\d{1,3} days\b|half\b|net\b)/i,
  /**
   * A split of the sum by milestone: "Half on signing, half on delivery", "30 % on order",
   * "balance upon delivery", "50% advance to be paid at the time of confirmation", "50% at mobilization".
   */
  splitTerms:
    /\b(?:\d{1,3} ?%|half|one third|a third|(?:the )?rest|the balance|balance)(?: (?:deposit|advance|payment|up ?front))?(?: (?:is|to be|will be) (?:required|paid|due|payable))? (?:on|upon|after|before|prior to|at|with|against) (?:the )?(?:time of )?(?:order|ordering|signing|signature|confirmation|delivery|completion|installation|mobili[sz]ation|approval|booking|the event|receipt|commencement|start|go-live|copy|sign-?off|handover|hand-over|launch|acceptance|kick-?off|transport|dispatch|loading|collection|pick-?up|po|purchase order|departure|arrival|shipment|travel)\b|\b(?:the )?(?:rest|balance|remainder) (?:when|once) (?:it's |it is |we're |all )?(?:done|finished|complete|completed|delivered)\b/i,
  /** "we take a 50% deposit", "Need a 20% deposit to book you in", "a 30% deposit is required". */
  depositTerms:
    /\b(?:need|needs|take|takes|require|requires|ask for)\b(?: an?| the)? \d{1,3} ?% (?:deposit|advance)\b|\b\d{1,3} ?% (?:deposit|advance) (?:is |are )?(?:required|needed|to (?:book|confirm|secure|hold))\b/i,
  /**
   * "first orders are paid in advance", "our payment is on the end of the following month",
   * "Payment is on account", "Each milestone is payable on delivery of that milestone".
   */
  habitTerms:
    /\b(?:are|is) paid (?:(?:monthly|quarterly|weekly|annually|yearly) )?in advance\b|\bpayment is (?:on|at) (?:the )?end of (?:the )?(?:following|next) month\b|\bpayment is on account\b|\b(?:each|every|the) (?:[\w-]{2,20} )?(?:milestone|instal?ment|stage|phase) is (?:payable|due|paid) (?:on|upon|at) (?:the )?(?:delivery|completion|approval|sign-?off|acceptance)\b/i,
  /**
   * When a paying team pays, as a habit: "Our payment cycle is 45 days from invoice receipt", "Our
   * accounts payable run is fortnightly", "Our payment runs are on the 10th and 25th".
   */
  paymentCycle:
    /\b(?:payment (?:cycle|run)|(?:accounts payable|payables|ap|a\/p|supplier|pay) run)s? (?:is|are) (?:(?:usually|normally|always) )?(?:\d{1,3} days\b|fortnightly|weekly|monthly|twice a month|every (?:other |second )?(?:week|month|mon|tues|wednes|thurs|fri)|on (?:the )?\d{1,2}(?:st|nd|rd|th)|on (?:mon|tues|wednes|thurs|fri)days)/i,
  /**
   * Terms counted from a document or an event, and how a paying side's habit falls on a day
   * (the former held-out parts of 6–14 December 2026, after they were scored): "As a school
   * account, payment is 30 days from statement", "Invoices as per our SLA: 30 days from statement",
   * "Terms: 14-day account", "Our payment terms are
   * CAD (cash against documents)", "Quarterly payments in advance by bank transfer", "Hardware is
   * invoiced on order".
   */
  countedTerms:
    /\b\d{1,3} days (?:from|after) (?:the )?(?:statement|invoice|receipt of invoice|date of invoice|invoice date)\b|^\W{0,3}terms:? \d{1,3}[- ]day\b|\bpayment terms? (?:is|are) (?:cad|cash against documents|letter of credit|l\/c|lc|prepayment|t\/t|tt|cash in advance|cia|cod)\b|^\W{0,3}(?:monthly|quarterly|weekly|annual|yearly) (?:payments?|instal?ments?|billing|invoicing) in (?:advance|arrears)\b|\b(?:is|are) invoiced (?:on|upon|at|after) (?:order|ordering|delivery|completion|dispatch|signing|booking)\b/i,
  /**
   * The day a paying side's habit falls on, which no single bill is due by (nonDeadlines.ts blanks
   * it): "Our accountant pays all invoices on the Friday after receipt", "the College pays on the
   * 25th of the month following the statement month".
   */
  payDayHabit:
    /\b(?:pays|settles|remits)(?: all| our| your)?(?: invoices| bills| statements)? on (?:the )?(?:(?:first|last|\d{1,2}(?:st|nd|rd|th)) |(?:mon|tues|wednes|thurs|fri)day )(?:[\w ]{0,12} )?(?:after|following)\b[^.;!?]{0,60}/i,
  /** "invoices are paid within 45 days of statement", "Claims are settled in 30 days": a buyer's habit. */
  billsPaidWithin:
    /\b(?:invoices|bills|claims|statements) (?:are|get) (?:paid|settled) (?:with)?in \d{1,3} (?:business |working |calendar )?days\b/i,
  /**
   * Late fees and billing rhythms (the evening held-out part of 3 December 2026, after it was
   * scored): "there is a 2% late fee per month after 30 days", "Rent is payable quarterly in
   * advance", "Invoicing monthly in arrears, payment within 30 days"; and (the held-out part of
   * 5 December 2026, small hours, after it was scored) a term that opens its clause or follows a
   * comma: "Payment quarterly in advance", "Invoicing is monthly in arrears, payable within 30
   * days", "Contract term 36 months, billed quarterly in advance" (not "Our staff are paid monthly
   * in arrears", "Tenants are billed monthly in advance", nor a question).
   */
  lateOrRhythm:
    /(?<!\b(?:waive|waived|waiving|drop|dropped|refund|refunded|cancel|cancelled|remove|removed)(?: the| this| that| your| any| our)? )\blate (?:payment )?(?:fees?|charges?|interest|penalt(?:y|ies))\b|\binterest (?:of|at) \d{1,2}(?:\.\d{1,2})? ?% (?:per|a) (?:month|year|annum)\b|\b(?:is|are) payable (?:monthly|quarterly|annually|yearly|weekly|in advance|in arrears)\b|\b(?:invoic(?:ing|ed)|billed|billing) (?:monthly|quarterly|weekly|fortnightly|in arrears|in advance)\b[^.;]{0,30}\bpayment (?:within|in|at) \d{1,3} days\b|(?:^\W{0,3}|, )(?:(?:the )?(?:invoicing|billing|payment|fees?|rent|retainer|subscription)(?: is| are| will be)? (?:billed |invoiced |paid |payable )?|(?:billed|invoiced) )(?:monthly|quarterly|weekly|fortnightly|annually|yearly|half-yearly) in (?:advance|arrears)\b(?![^.;]{0,40}\?)|(?:^\W{0,3}|, )payable (?:with)?in \d{1,3} (?:business |working |calendar )?days\b(?![^.;]{0,40}\?)/i,
  /**
   * Costs passed on as they fall, and bills with their terms in shorthand (the held-out part of
   * 3 December 2026, after it was scored): "Disbursements are billed at cost", "Freight will be
   * charged at actuals", "Travel and accommodation: at cost", "Invoicing annually in advance,
   * net 30", "The balance will be invoiced on despatch, 30 days", "Usual terms: 20th of the month
   * following invoice".
   */
  atCostOrInvoiced:
    /\b(?:billed|charged|re-?charged|invoiced|passed on|passed through)(?: (?:to you|separately|monthly|on))? at (?:cost|actuals?)\b|^[\w ,&()/-]{2,40}: at (?:cost|actuals?)\b|\binvoic(?:ing|ed)\b[^.;:]{0,50}?, (?:net[- ]?\d{1,3}|\d{1,3}[- ]days?(?: terms)?)\b|^(?:usual |standard |our |normal )?terms: \d{1,2}(?:st|nd|rd|th) of the (?:following )?month\b/i,
  /**
   * How a charge is billed: "Drinks are charged on consumption and billed after the event", "Bank
   * holiday hours charged at time and a half", "Permit research is billed hourly at $95", "Belgian
   * excise is invoiced separately at the current rate".
   */
  chargedHow:
    /\b(?:hours?|work|days?|call-?outs?|visits?|shifts?|overtime)\b[^.;]{0,30}?\b(?:charged|billed) at (?:time and a half|double time|time and a quarter|(?:1\.5|2|1\.25) ?x)\b|\b(?:is|are) (?:charged|billed|invoiced)(?: separately)? (?:on consumption|per (?:hour|day|head|person|guest|unit|item|visit)|by the (?:hour|day|head|unit)|after (?:the|each) (?:event|session|visit|job|shoot|shift|stay)|(?:hourly|daily|weekly|monthly) at\b|at (?:the |our |your )?(?:current|standard|usual|normal|agreed|prevailing|hourly|day) rates?\b)/i,
  /** …unless the writer's side is the one billed, or someone else bills ("We are billed after each visit by the landlord"). */
  billedByOther: /^\W{0,3}(?:we|i|you)\b|\bby (?:the|our|their|a|an|his|her) /i,
  /**
   * A priced line's own terms, no verb and no question: "Production parts net 30" (not "Can we do
   * net 30?", "Happy to go net 30"). Also read by nonDeadlines.ts: such terms name no due day.
   */
  netLine:
    /^(?!.*\b(?:is|are|was|be|due|payable|pay|pays|paid|can|could|would|will|we|i|you|to|why|how|what|do|does|accept|agree|happy|ok|okay|fine)\b)(?:[\w&/-]{2,20} ){1,4}net[- ]?\d{1,3}\.?$/i,
  /**
   * When and how payment is made, said as a term: "Payment in full on order", "Remaining payment
   * by bank transfer within 7 days after the event", "Payment through Zelle after each clean is
   * easiest", "Cash or bank transfer on delivery is fine", "Payment is by ACH on the 1st of each
   * month".
   */
  paymentWhen:
    /^(?:\w{2,12},? )?(?:the )?(?:remaining |final |full |balance |first |second )?payment (?:(?:is |will be )?(?:made )?by (?:bank transfer|card|credit card|cheque|check|cash|eft|wire|bacs|ach|direct debit|paypal|zelle|venmo|wise) |in full |(?:through|via) [\w-]{2,20} )?(?:on|upon|after|before|within|at|when|once)\b|^(?:cash|bank transfer|card|zelle|venmo|paypal|cheque|check|eft)(?: or (?:cash|bank transfer|card|zelle|venmo|paypal|cheque|check|eft))? (?:on|upon|after|at) (?:delivery|completion|collection|pick-?up|the day|handover)\b/i,
  /**
   * The payment or the balance said with "is" and its term (the former held-out parts of 18-21
   * December 2026, after they joined the tuning part): "Payment is 30 days end of month", "Payment
   * is half on placement and half at removal", "Payment is 40% with the signed order", "The
   * balance is settled at pickup", "The balance is paid at check-in". Not a report ("The deposit
   * is paid."), nor a sum ("The balance is $500", read as a price).
   */
  paymentIs:
    /^\W{0,3}(?:\w{2,12},? )?(?:the )?(?:payment|balance|remaining balance|final payment|remainder|deposit)(?: for [^,;:.?]{2,30}?)? (?:is|will be) (?:(?:paid|settled|charged|due|payable|made) (?:in full )?(?:on|upon|at|within|before|prior to|when|once|in advance|after)\b|\d{1,3} ?%|(?:half|net[- ]?\d{1,3}|\d{1,3} days)\b)(?![^.;]{0,60}\?)/i,
  /**
   * A share of the sum with a word of paying or charging (the former held-out part of 4 December
   * 2026, night): "30% will be paid within 15 days of your invoice", "Tax (8.875%) and a 20%
   * service charge apply on top". Read right after each percent sign (`percentTerms`), so no
   * pattern scans the clause from every figure: the share itself is paid, not a figure beside a
   * word of paying ("Engagement is up 22% and paid reach doubled", "80% done, invoiced milestones
   * 1 and 2").
   */
  paidAfterShare:
    /^(?: (?:deposit|advance|retainer|service charge|surcharge|commission|mark-?up|up ?front|in advance|on (?:signing|signature|order|booking|delivery|completion|approval))\b|(?: of (?:the |our |your |each )?(?:total|fee|fees|price|invoice|order|contract|balance|project|sum|amount|net fee)(?: value)?)?,? (?:will be |is |are |to be |must be |shall be |gets )?(?:paid|payable|billed|invoiced|due)\b)/i,
  /**
   * "An advance of 30% is acceptable", "charged at a flat 5% of the net fee", "Our management fee
   * for the refit supervision is 8% of the works", "Fee: 25% of first-year base salary": the share
   * named after its word; a fee only as a share of something ("of the works"), not "15% higher" or
   * "40% of our costs".
   */
  shareNamedFirst:
    /\b(?:(?:deposit|advance|surcharge|service charge|commission|retainer|mark-?up) (?:of|at|is|will be)|(?:charged|billed|invoiced) at) (?:a flat |only |just )?\d{1,3}(?:[.,]\d{1,3})? ?%|\b(?:fee|fees|commission) (?:for [^.,;:%?]{2,40}?)?(?:is|are|will be|would be) (?:a flat |only |just )?\d{1,3}(?:[.,]\d{1,3})? ?% of (?!(?:our|my|their) (?:costs?|revenue|turnover|income|budget|spend)\b)|^(?:our |my )?(?:[\w-]{2,20} )?(?:fee|commission|mark-?up|service charge)s?: (?:a flat )?\d{1,3}(?:[.,]\d{1,3})? ?% of\b/i,
  /**
   * Terms in more words (the former held-out part of 24 December 2026, after it joined the tuning
   * part): "Payment: by bank transfer by the end of the month following each performance",
   * "Invoicing is monthly, due within 14 days", "From the second order on, our usual 30 days net
   * applies", "we ask for payment in advance", "Contracts are billed annually in advance",
   * "Billing is in five equal monthly instalments".
   */
  termsInWords:
    /^\W{0,3}(?:the )?(?:payment|billing|invoicing)(?::| is| will be)? (?:made )?by (?:bank transfer|card|credit card|cheque|check|cash|eft|wire|bacs|ach|direct debit|paypal|wise|telegraphic transfer|t\/t) (?:by|on|upon|after|before|within|at|when|once|in)\b|^\W{0,3}(?:invoicing|billing|invoices)(?: is| are)? (?:monthly|quarterly|weekly|fortnightly|annually|yearly)\b[^.;?]{0,30}?,? (?:due|payable|net|paid)\b|\b(?:our )?(?:usual |standard |normal |agreed )?(?:\d{1,3} days net|net[- ]?\d{1,3}|\d{1,3}[- ]days?(?: net)? terms) (?:applies|apply|will apply)\b|\b(?:ask for|require|need) (?:full )?(?:payment|prepayment) in advance\b|\b(?:contracts?|subscriptions?|licen[cs]es?|services?|fees?|rent|retainers?|plans?|support|maintenance) (?:are|is) (?:billed|invoiced|payable|paid) (?:monthly|quarterly|annually|yearly|weekly) in (?:advance|arrears)\b|^\W{0,3}(?:billing|invoicing|payment) (?:is|will be) (?:in|by) (?:[\w-]{2,12} ){0,3}(?:monthly |quarterly )?instal?ments\b/i,
  termsGate:
    /\d|half|third|rest|balance|advance|net|month|account|milestone|instal|stage|phase|late|cost|actual|payment|cash|transfer|card|zelle|venmo|paypal|cheque|check|eft|charg|bill|invoic/i,
  /** "Invoice goes out after the last session, net 30": a bill with its terms (both in the clause). */
  billNoun: /\b(?:invoices?|bills?|claims?)\b/i,
  /** "net 30", "14 day terms": with a bill in the clause ("Invoice on the day, 14 day terms"). */
  netTerm: /\bnet[- ]?\d{1,3}\b|\b\d{1,3}[- ]days?'? terms\b/i,
} as const;

/** Standing payment terms said without a sum ("Our payment term is 45 days net"). */
export function statesTerms(clause: string): boolean {
  const P = PAYMENT_TERMS_PATTERNS;
  if (!P.termsGate.test(clause)) return false;
  return (
    P.termsStatement.test(clause) ||
    (P.netTerm.test(clause) && P.billNoun.test(clause)) ||
    P.onTerms.test(clause) ||
    P.termsLabel.test(clause) ||
    P.splitTerms.test(clause) ||
    P.depositTerms.test(clause) ||
    P.habitTerms.test(clause) ||
    P.lateOrRhythm.test(clause) ||
    P.atCostOrInvoiced.test(clause) ||
    P.paymentWhen.test(clause) ||
    P.paymentIs.test(clause) ||
    (P.chargedHow.test(clause) && !P.billedByOther.test(clause)) ||
    P.netLine.test(clause) ||
    (!clause.includes('?') && P.termsInWords.test(clause)) ||
    (clause.includes('%') && !clause.includes('?') && percentTerms(clause)) ||
    P.billsPaidWithin.test(clause) ||
    P.paymentCycle.test(clause) ||
    P.countedTerms.test(clause) ||
    P.payDayHabit.test(clause)
  );
}

/** A share of the sum paid or charged (`paidAfterShare`, `shareNamedFirst`); the first eight figures are read. */
function percentTerms(clause: string): boolean {
  const P = PAYMENT_TERMS_PATTERNS;
  const figure = /\d ?%/g;
  for (let m = figure.exec(clause), n = 0; m !== null && n < 8; m = figure.exec(clause), n++) {
    const after = m.index + m[0].length;
    if (P.paidAfterShare.test(clause.slice(after, after + 60))) return true;
  }
  return P.shareNamedFirst.test(clause);
}
