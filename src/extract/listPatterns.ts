/**
 * The patterns lists.ts and listReader.ts read list headings and list lines with: bullets,
 * headings that agree or ask, the side a heading names, the dates a heading lends its lines.
 */
/**
 * Where a day starts in a heading: a number, a weekday, a month and its day, tomorrow, or "this" or
 * "next" and a weekday.
 */
const DAY_STARTS = String.raw`(?:the )?(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d|tomorrow\b|(?:this|next) (?:mon|tues|wednes|thurs|fri|satur|sun)day\b)`;

export const LIST_PATTERNS = {
  /** What may precede a list line's text on its line: the bullet or number. */
  marker: /^\s{0,8}(?:[-*•·◦▪]|\d{1,2}[.)]|[a-z][.)]|\(\w\))\s{0,4}$/,
  /** A sentence announcing the list below it, whatever its end: "… for the following?", "… as follows." */
  announcesList: /\b(?:the following|as follows)\W{0,3}$/i,
  /**
   * A heading over a report, not a plan: "Quick status from our side:", "Two issues from last
   * week:", "Changes from rev 1:", "Key findings (FYI)", "Headlines", "As promised, attached:"
   * (what is handed over now is a delivery, not a new item).
   */
  reportHeading:
    /\b(?:status|updates?|what changed|changes from|issues|problems|where things stand|references|headlines|kpis|metrics|stats|statistics|findings|fyi|(?:completed|done|delivered|shipped|finished) (?:this|last) (?:week|month|quarter|sprint))\b|^\W{0,3}(?:as promised,? |as requested,? |please find )?(?:attached|enclosed)\W{0,2}$/i,
  /**
   * A heading over things one side is to supply: wanted, required, quoted, offered, included or agreed
   * ("Our wishes:", "They're dreaming of:", "Must-haves:", "What we have in mind:").
   */
  supplyHeading:
    /\b(?:want|wants|need|needs|needed|like|love|after|hoping|looking for|request|requests|requested|require|requires|required|requirements|expect|expectations|include|includes|included|including|scope|quote|quoted|quotation|proposal|propose|offer|offers|package|deliver|deliverables|provide|provides|brief|spec|specs|specification|terms|following|break out|recap|agreed|plan|services?|wish|wishes|wish ?list|dreaming of|(?:we're|we are|i'm|i am) thinking|(?:we|i|they) (?:have|had) in mind|must-haves?|nice-to-haves?|order|ordering|supply|supplies)\b/i,
  /** An ask to price or quote ("Could you price the following?", "Please quote for:"). */
  /**
   * A line naming a thing and how many, no price: "House espresso blend: 48kg", "Stone wool slabs,
   * 100x15x7.5cm: 24,000 pcs", "Triple Crown Senior: 40 bags". An order's or enquiry's quantity,
   * asked of the reader (in the gold tuning part of 6 December 2026 all 100 such lines are).
   */
  quantityLine:
    /^[^:$€£¥₹]{2,80}:\s{0,2}(?:approx\.? ?|about |~ ?)?\d[\d,.]{0,9} ?(?:kg|kgs|t|tonnes?|lbs?|pcs|pieces|units?|nos|rolls?|boxes|cases?|bags?|pallets?|cartons?|bottles?|litres?|liters?|sets?|pairs?|dozen|packs?|sheets?|reams?|bales?|crates?|drums?|kits?|copies)\.?$/i,
  asksToPrice: /\b(?:price|prices|pricing|quote|quotes|quotation|estimate|cost|pro[ -]?forma)\b/i,
  /** A bill asked for before the order: "Could you send a proforma invoice for the following:". */
  proForma: /\bpro[ -]?forma\b/i,
  payWord: /\b(?:pay|paid|payment|payments|invoices?|remit|settle)\b/i,
  /** A heading saying its things are done: "… have all been sent:", "… were delivered:". */
  doneHeading:
    /\b(?:has|have|had)(?: all| now| already)? been (?:sent|delivered|done|completed|received|paid|signed|submitted|shipped|filed)\b|\b(?:was|were) (?:sent|delivered|completed|received|paid|signed|submitted|shipped|filed)\b/i,
  /** A heading over actions agreed ("Action items from the status call:"), even in a report's words. */
  actionHeading: /\b(?:action items?|actions|next steps?|to-?dos?|agreed)\b/i,
  /**
   * A title over a bulleted list in words the heading patterns need not know ("Service terms",
   * "Workplan", "From Paywise"): capitalised, short, without digits or sums, ending in a letter
   * or a bracket (not "Hi Dana,").
   */
  titleLine: /^[A-Z][^\d$€£¥₹.!?:;]{0,37}[\w)]$/,
  /** A greeting or sign-off on a line of its own ("Thanks Dana", "Kind regards"), never a title. */
  salutation:
    /^(?:hi|hello|hey|dear|thanks|thank you|many thanks|cheers|best|regards|kind regards|warm regards|good (?:morning|afternoon|evening))\b/i,
  /**
   * A line that forecasts rather than promises: "Decision expected by 28 April" (not "Your
   * sign-off expected by 12 March", the reader's step, nor a supplier's "Estimated delivery").
   */
  forecast: /\b(?:expected|anticipated|projected)\b/i,
  readersOwn: /\byour\b/i,
  /**
   * A line reporting a step done, capitalised as a line of its own: "Submitted 3 March", "Sent
   * to the printer on Friday" (not "… delivered to our warehouse", the rest of a heading's sentence).
   */
  reportedStep:
    /^\W{0,3}(?:Submitted|Sent|Completed|Done|Delivered|Received|Approved|Paid|Finished|Shipped|Filed|Lodged|Migrated|Replaced|Installed|Fixed|Moved)\b/,
  /** A numbered line's marker ("2. ", "3) "): a section's number when its text is a heading. */
  numberMarker: /^(\s{0,8})(\d{1,2})[.)]\s{0,4}$/,
  /** The heading asks the reader: "What we need from you:", "Your side:", "I'll need the following from you by Friday:". */
  readerHeading:
    /\b(?:from you|from your|your (?:side|end|part|team|homework|actions?|action items|to-?dos?|tasks?|milestones?|deadlines?|deliverables|responsibilit(?:y|ies)|next steps|jobs)|for you to|on your (?:side|end)|you(?:'ll| will)? need to)\b|^\W{0,3}(?:documents?|docs|information|info|details|items|paperwork) (?:required|needed)\W{0,3}$/i,
  /** "we will need these from the school", "I need three decisions from you": a need, then "from". */
  needWord: /\b(?:need|needs|require|requires|want|like|ask|asking)\b/i,
  /**
   * "To file on time we need the following by Friday:", "What we're after:", "Our requests:",
   * "Need pricing and availability for the Cedar Ridge job:": the writer needs, so the reader
   * supplies.
   */
  writerNeeds:
    /^\W{0,3}(?:need|require|looking for) (?:pricing|prices|a price|a quote|quotes|a quotation|availability|the following|these|details|info|information)\b|\b(?:i|we)(?:'ll| will|'d| would| also| still)? (?:need|require|want|ask for)(?! to\b)\b|\b(?:i|we)(?:'re| are|'m| am) (?:after|hoping for|looking for)\b|\b(?:i|we)(?:'d| would) (?:like|love)\b(?! to\b)|\b(?:our|my|their) (?:requests|wish ?list|wishes|expectations)\b|\b(?:they're|they are|we're|we are|i'm|i am) dreaming of\b|^\W{0,3}(?:a few |some )?(?:wishes|nice-to-haves?|must-haves?)\W{0,3}$|\b(?:we|i|they) (?:have|had) in mind\b|\b(?:has|have) (?:asked (?:us |me )?for|requested)\b|\bit(?:'d| would| will) (?:help|be (?:great|useful|helpful)) to (?:have|get|see|receive)\b/i,
  /**
   * The heading says what the writer wants, so its bare lines are the reader's to supply: "We'd
   * need:", "What we'd need to start on August 1:", "It would help us to know:", "Comments from
   * our side:", "Changes we'd like quoted:", "Larkspur's November restock:", "Please find below
   * our PO 4417:", "We'd like to book:", "Quantities:".
   */
  wantsHeading:
    /\b(?:i|we)(?:'ll| will|'d| would| also| still)? (?:need|require|want)\b(?! to\b)|\b(?:i|we)(?:'ll| will|'d| would)? need to (?:receive|have|get|see|start|begin)\b|\bhelp (?:us|me) (?:to )?(?:know|understand)\b|\b(?:requirements|comments|changes|feedback|requests) from (?:our|my) (?:side|end)\b|\bchanges (?:i|we)(?:'d| would)? (?:like|need|want)\b|\b(?:our|my|the following|[\w&-]{2,30}'s)(?: [\w-]{2,20}){0,3} (?:purchase order|order|restock|re-?order|po)\b(?! (?:confirmation|cut-?off|form|status|history|process|book)\b)|\b(?:i|we)(?:'d| would) like to (?:order|book)\b|^\W{0,3}quantities\W{0,3}$/i,
  /**
   * A line that labels a payment ("Deposit: 30% on order", "the rent deposit of €18,750", "A
   * retainer of CA$5,000"): under a heading of what the writer wants it stays a payment, where a
   * sum only specifying the thing wanted ("4,000 pcs @ USD 6.80", "cover of at least CAD
   * 500,000") does not.
   */
  paymentLabel:
    /^\W{0,3}(?:(?:the|a|an|our|your|my) )?(?:[\w'’-]{2,20} ){0,3}?(?:payments?|deposits?|fees?|terms|rent|retainer|instal?ments?|balance|invoices?|charges?|advance)(?=\s{0,2}(?::|of\b|in advance\b|due\b|payable\b|[,(–—-]|$))/i,
  /** "Agenda:", "A few questions on scope:", "Topics for the call:": its lines name things to talk about, not to supply. */
  topicHeading:
    /\b(?:agenda|questions?|queries|topics|to discuss|discussion|talking points|points to (?:clarify|discuss|cover)|open points|for (?:the|our) (?:call|meeting))\b/i,
  /** "Non-negotiables for the AV setup:", "Requirements:": each line is a quality bar. */
  standardHeading:
    /\b(?:requirements?|must-haves?|non-negotiables?|standards|specs|specifications|ground rules|house rules|rules|guidelines|constraints|criteria|dos and don'?ts|quality checks?)\b/i,
  fromWord: /\bfrom\b/i,
  /** Words that make a requirement a bar on the work rather than a thing to hand over. */
  barCue:
    /\b(?:must|shall|may only|only|no|never|not|none|nothing|at least|at most|minimum|maximum|min|max|all|every|each|throughout|always|whenever|at all times|compliant|certified|rated)\b/i,
  /** "Order for this week please:", "Kindly proceed with the following:": the writer orders, the reader supplies. */
  askHeading:
    /\b(?:please|pls|kindly)\b(?! (?:find|see|note|refer)\b)|\b(?:could|can|would) you\b|\b(?:can|could|may) (?:we|i) (?:get|have|receive)\b|\border(?:ing)? (?:for|as follows)\b|\b(?:we|i)(?:'d| would) like to order\b/i,
  /** The heading commits the writer: "What we'll deliver:", "Our side:", "From us:". */
  writerHeading:
    /\b(?:we'll|we will|i'll|i will|we're going to|we are going to|we shall|our (?:side|end|part|deliverables|commitments|actions?|to-?dos?|tasks?|work|scope|services|responsibilit(?:y|ies))\b|from (?:us|me)|on our (?:side|end)|(?:we|i) (?:deliver|provide|commit|bring|supply|include|cover|handle)|what's included|what you get|inclusions)\b/i,
  /**
   * "Please find our quotation:", "Here is the breakdown:", "Estimate:": a heading over priced
   * lines ("Staff (4 persons) ¥96,000"), each a sum owed; its lines without a sum say nothing.
   */
  priceListHeading: /\b(?:quot(?:e|ation)|estimate|breakdown|price list|offer|proposal)\b/i,
  /** The writer's own list ("Please find our quotation:", "Here is the breakdown:"), not one received ("The proposal we got from the other agency:"). */
  ownPriceList: /\b(?:our|my|please find|here is|here's|attached|below)\b/i,
  receivedPriceList: /\b(?:received|got|from (?:the )?other|another|competitors?|their)\b/i,
  paymentHeading:
    /\b(?:payments?|fees?|pricing|costs?|invoic(?:e|es|ing)|budget|price|instal?ments?|billing|pro[- ]?forma)\b/i,
  /**
   * A payment named only as the time or purpose of the list ("Also required before your first
   * payment certificate:", "Needed to process your invoice:"): the lines are what to supply, not sums.
   */
  paymentOccasion:
    /\b(?:before|after|ahead of|prior to|with|to release|to process|for)(?: (?:your|the|our|each|every|any|a))?(?: (?:first|next|final|last|second|monthly))? (?:payments?|invoices?)(?: (?:certificates?|runs?|claims?|applications?))?\b/gi,
  /** "From Fieldnote:", "Fieldnote:" — a party named as the heading. */
  namedHeading: /^(?:from |for |by )?([\w&'. -]{2,40}?)\s{0,2}:$/i,
  /** The same without a colon, only after a preposition: "From Paywise", "For Acme". */
  namedBareHeading: /^(?:from|for|by) ([\w&'. -]{2,40})$/i,
  /** "Bluefinch: three concepts", "Hollybrook - photos", "You: …". */
  linePrefix: /^([\w&'.]{2,30}(?: (?:&|[\w&'.]{2,30})){0,3})\s{0,2}(?::|\s[-–—])\s/,
  /**
   * "Anjali – share the content calendar by Friday": one first name, a dash, then what to do.
   * A name neither side's addresses know is a third party, bound to the side that mentions it.
   */
  assignedName:
    /^(?!(?:Update|Reminder|Note|Notes|Fyi|Re|Subject|Status|Summary|Action|Actions|Todo|Next|Heads|Important|Urgent|Question|Questions|Issue|Problem|Request|Correction|Quick|Also|Plus|Then|Today|Tomorrow|Tonight|Deadline|Priority|Done|Pending|Option|Step|Phase|Stage|Week|Day|Item|Ps|Btw|Edit)\b)([A-Z][a-z'-]{1,20})\s{1,2}[-–—]\s{1,2}(?:to\s)?(?!(?:we|i|you|us|our|your|the|a|an|this|that|it)\b)[a-z]/,
  /**
   * A line that is a meeting on a plan: "Weekly status call every Thursday", "Joint steering
   * committee meeting: …" (not "Meeting table 320 x 120: 2 pcs", a thing named after one).
   */
  meetingLine:
    /^\W{0,3}(?:(?:weekly|monthly|daily|fortnightly|bi-?weekly|joint|first|final|next|status|progress|steering|committee|review|planning|project|kick-?off) ){0,3}(?:call|meeting|check-in|catch-up|stand-?up)(?=\s{0,2}[:,(–—-]|\s(?:every|each|on|at|next|this|from))/i,
  /** A day or a time on a meeting's line: a plan's meeting is set for one ("every Thursday", "12 March, 2pm"). */
  meetingWhen:
    /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|\d{1,2}(?::\d{2})? ?(?:am|pm)|\d{1,2}:\d{2}|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6} \d{1,2})\b/i,
  /** A heading over the plan of the work, whose subjectless lines are the seller's. */
  planHeading:
    /\b(?:programme|program of works|planning(?! (?:permission|application|consent|approval|officer|department))|project plan|scope of (?:works?|services)|work plan)\b|^\W{0,3}(?:the |our )?scope\W{0,3}$/i,
  /** Someone speaks in the line, names whose it is ("from our procurement team"), or asks. */
  lineSpeaks:
    /\b(?:i|we|you|he|she|they|me|us|our|my|please|pls|kindly|could|can|would|will|shall|let's)\b|'ll\b|\?/i,
  /** "Laptops – we bring 10", "Catering – you provide lunch": the side named right after the dash. */
  pronounAfterDash: /^[^\n–—]{2,40}?\s[-–—]\s{1,2}(we|i|you)\b/i,
  /**
   * "You sign the SOW by March 3", "We send you the staging link by March 20": a step of a plan
   * said in the present, its side the pronoun (not "You'll have the drafts by Friday", which the
   * writer hands over).
   */
  pronounStep:
    /^(you|we|i) (?!(?:will|shall|have|get|receive|see|find|are|were|had|can|could|may|might|would|need|want|require|expect|hope|like|love|think|know|understand|appreciate|agree|look|still|also|just|already|do|don't|did|didn't|was|am|got|feel|guess|wonder|believe|saw|heard)\b)(?![a-z]{2,15}ed\b)[a-z]{2,15}\b/i,
  /** "Maribel to send …", "Theo to deliver …", "You to confirm …", "PortLink ops team to nominate …". */
  lineActor:
    /^([A-Z][\w'-]{1,20}(?: [A-Z][\w'-]{1,20}){0,2}(?:(?: [a-z]{2,12})? (?:team|department|dept|office|staff|crew))?|[Yy]ou|[Ww]e|[Uu]s|(?:[Tt]he )?(?:[Cc]lient|[Cc]ustomer)s?)\s(?:to|will|needs to|must|should)\s/,
  nonLetters: /[^a-z]/g,
  /** "Our safety officer, Jen, to send …", "My assistant will book …", "Your IT team to whitelist …". */
  ownedActor:
    /^(our|my|your) [\w'-]{2,20}(?: [\w'-]{2,20}){0,2}(?:(?:, [A-Z][\w'-]{1,20},)? (?:to|will|needs to|must|should) |:\s)/i,
  /**
   * "Your sign-off on the samples: by Tuesday August 19", "Your labels at our plant: by Friday":
   * a longer label than `ownedActor` reads, on a plan's line, still names whose step it is (a
   * clause with its own verb, "Our accounts team are fussy: …", names none).
   */
  ownedLabel:
    /^(our|my|your) (?:(?!(?:is|are|was|were|has|have|had|will|would|can|must)\b)[\w'-]{2,20} ){3}(?!(?:is|are|was|were|has|have|had|will|would|can|must)\b)[\w'-]{2,20}:\s/i,
  /** Neutral headings that still introduce what was agreed: "Here is what we agreed:", "Next steps:". */
  recapHeading:
    /\b(?:agreed|agree|recap|next steps?|actions?|action items|to-?dos?|summary|deliverables|timeline|plan|milestones|schedule|programme|program of works|key dates|planning(?! (?:permission|application|consent|approval|officer|department))|project plan|scope of (?:works?|services)|(?<=^\W{0,3}(?:the |project )?)scope(?=\W{0,3}$)|what's next|follow[- ]ups?|tasks|outstanding|coming up|upcoming|(?:week|phase|stage|sprint|day) \d{1,2})\b/i,
  /** "Done", "Blocked", "What we did": a heading over work reported, not owed. */
  statusHeading:
    /^(?:done|completed|finished|blocked|on hold|in progress|shipped|delivered|what we did|what's done|last (?:week|month)|wins|highlights|results)\W{0,2}$/i,
  /**
   * A quote's line listing a thing the quoting side includes at no charge ("Project management:
   * included", "- Sanitisation: included in the rental, every month", "- Travel within the M25: no
   * charge", "- White ribbons and bows: complimentary", "Venue exclusivity 5:00-8:00 pm: included",
   * where a time's colon ends no label): its deliverable (annotation guide, 7 December 2026). Tax lines ("VAT: included") and a policy's free part ("Cancellation: free up
   * to 30 days before") owe nothing, nor a thing free only up to a point ("free up to a 1:8 ratio").
   */
  includedLine:
    /^(?!\W*(?:vat|gst|hst|pst|iva|btw|mwst|tva|tax|taxes|sales tax|service charge|gratuity|tips?|cancell?ations?|returns?|refunds?|(?:date )?changes?|amendments?)\b)(?:[^:]|:(?=\d)){3,120}:\s{0,3}(?:included|free(?: of charge)?|no (?:extra |additional )?charge|complimentary|at no (?:extra |additional )?(?:cost|charge))(?![\w-]| (?:above|over|from|for orders|on orders|with orders|if|when|until|up to|on loan|within \d{1,3} (?:days?|weeks?|months?|hours?|working|business|calendar)|before|after|for the first|or)\b|\s{0,2}\?)/i,
  /**
   * A quote's detail line that owes nothing by itself: "Delivery: free of charge", "All
   * prices exclude 7% VAT", "Validity: until 31 March", "Warranty: 2 years parts and labour".
   */
  quoteDetail:
    /:\s{0,3}(?:included|incl\.?|free(?: of charge)?|no charge|n\/a|tbc|tba|at cost)\b|^(?:validity|valid until|valid for|warranty|guarantee|all prices)\b|^(?:vat|gst)\b(?! (?:returns?|registrations?|numbers?|certificates?|filings?|reconciliations?)\b)|^(?:prices?|rates?|fees?|amounts?)(?: (?:are|quoted|shown))? ?(?:\+|plus|ex\.?|excl?\.?|excluding|incl?\.?|including|(?:ex|in)clusive of|before) ?(?:VAT|GST|IVA|HST|PST|tax|taxes|BTW|MwSt|TVA)\b|^(?:both|all|each|either)(?: (?:options?|packages?|quotes?|prices?|of them|of these))? (?:includes?|covers?|comes? with)\b/i,
  /** "Week 2", "Phase 1 (from 23 Feb)", "Day 3": a stage of a plan heading its lines. */
  stageHeading: /^(?:week|phase|stage|step|sprint|month|day|milestone) \d{1,2}\b/i,
  /**
   * An indirect question as a list line: "- whether a photographer can follow the group", "- if
   * you have a room for 40, or two of 20". Not a condition with its own clause ("- if it does, we
   * will pay it by 20 March", "- If it's easier, we can call you instead").
   */
  whetherLine:
    /^\W{0,3}(?:whether(?! or not\b)|if(?! (?:so|not|possible|available|needed|it helps|it's easier)\b))\b(?:[^,;]|[,;] (?:or|and)\b)*$/i,
  /** A line of one word ("Intro"): nothing to hold anyone to. */
  tooShort: /^\W{0,3}\S{1,30}\W{0,3}$/,
  /**
   * A line naming a person and their role ("Amara Osei, Associate, Private Client"): who is on
   * a team, not something anyone supplies.
   */
  personLine: /^\W{0,3}(?:[A-Z][a-z'’-]+ ){1,2}[A-Z][a-z'’-]+, [A-Z]/,
  /** A line that carries a date of its own. */
  dated:
    /\d|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:today|tonight|tomorrow|end of|week|month)\b/i,
  /**
   * A heading lends its date only as a deadline ("… from you by February 13:", "… within 10
   * working days:") or as the day an order is delivered (`orderDay`; a standing order its first
   * day), not "Following Friday's walkthrough, …:".
   */
  deadlineWord: /\b(?:by|before|until|till|no later than|due|deadline|end of|within)\b/i,
  /**
   * The day an order is delivered, in a heading: "our first order, for delivery on Tuesday 5 May:",
   * "First order for Friday, October 3:", "Standing order from Tuesday 1 September", "starting
   * with the March 10 delivery:", "Starting Tuesday 3 March, every Tuesday:".
   */
  orderDay: new RegExp(
    [
      String.raw`\b(?:order|orders|delivery|deliveries|shipment)s? (?:for|on|from) (?=[^:\n]{0,30}\d)|\bex [\w-]{2,20} on\b`,
      String.raw`\bstarting (?:with the |on |from )?(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d)`,
      String.raw`\bstart (?:a|an|our|the) (?:[\w-]{2,20} ){0,2}(?:order|orders|delivery|deliveries) (?:on|from)\b`,
      // "Our first order, for Friday 23 January:", "Order for delivery this Friday please:", "Please
      // deliver the following on Friday 13 March:", "our standing order, with the first drop at
      // each outlet on Monday 28 September:": the day said a little after the order.
      String.raw`\b(?:order|orders|delivery|deliveries|deliver|shipment|drop)\b[^:\n.?!]{0,80}?\b(?:for|on|from|this|next) (?=${DAY_STARTS})`,
      // "For delivery Friday 30 October:"
      String.raw`\bdelivery (?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)`,
      // "We'd like to start on Monday, March 24 with this standing order:", "As agreed, from Monday
      // 1 June we'll deliver every Monday and Thursday:": the first day, then the order.
      String.raw`\b(?:start|from|beginning) (?:on |from |with )?(?=${DAY_STARTS})(?=[^:\n]{0,80}\b(?:orders?|deliver|delivery|deliveries)\b)`,
    ].join('|'),
    'i',
  ),
  /** A heading that looks back at an order ("Following the delivery on 27 February", "The delivery on 3 March was missing"): it lends no day. */
  pastOrder:
    /\b(?:following|was|were|had|did|discussed|charged|missing|received|arrived|damaged|outstanding|short|wrong|late|check|credit|breakages?|broken|returns?|returned|got|problems?|queries|query|issues?|complaints?|shortages?|refunds?|minimum|out of stock|unavailable|sold out)\b|\bour (?:call|meeting|chat)\b/i,
  /**
   * A heading with no date in figures whose weekday is a habit or one of two ("We deliver on
   * Tuesday and Friday each week:", "Our delivery slots on Tuesday are:", "Order for Monday and
   * Thursday this week:"): it names no one day for its lines.
   */
  habitualDay:
    /^(?![^:\n]*\d)[^:\n]*?(?:\b(?:each|every|usually|normally|always|slots?)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)days? (?:and|or|&) (?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)/i,
} as const;
