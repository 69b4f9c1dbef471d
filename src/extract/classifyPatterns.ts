/**
 * The patterns classify.ts reads a clause with, in a module of their own so the modules that
 * classify.ts imports (indirectAsks.ts, clauseVeto.ts) can share them without an import cycle.
 */
const MEETING_NOUN = String.raw`calls?|meetings?|chat|catch[- ]?up|sync|zoom|session|workshop|demo|walk-?through|kick-?off|lunch|coffee|dinner|breakfast|drinks|check-?in|stand-?up|1:1|one-on-one|review (?:call|meeting|session)|review|presentation|appointment|interview|webinar|visit|get-together`;

/**
 * How a bill on its way is said after "invoice" ("… coming your way", "… to follow", "… will be
 * sent"). One list, shared with payee.ts's evidence of who bills, so the payment and its payer
 * read the same phrasings.
 */
export const BILL_ON_ITS_WAY = String.raw`(?:is |are |will be )?coming your way|to follow|will follow|will be (?:with you|(?:sent|issued|raised)(?! to (?:our|my|the|them|him|her)\b))`;

/**
 * "wire" is money only when it is not a material: "proof entry points with wire wool", "wire mesh
 * panels", "wire ties" pay nobody.
 */
const NOT_MATERIAL_WIRE = String.raw`(?![ -](?:wool|mesh|brush|rope|fenc\w*|cutters?|netting|ties?|gauge|strippers?|frames?|baskets?|racks?|shelv\w*|hangers?|lath|glass)\b)`;

/** "at $9,000", "at USD 5.20": a sum named after "meet you". */
const AT_A_SUM = String.raw`at (?:[a-z]{1,3}\$|[$€£₹¥]|(?:usd|eur|gbp|aud|cad|inr|chf|sgd|aed|nzd) ?)\d`;

/** After "meet you": a price met ("meet you halfway", "meet you at USD 5.20"), not a meeting. */
const PRICE_MET_AFTER = String.raw`(?: (?:half-?way|part-?way|in the middle)\b|(?: half-?way)? ${AT_A_SUM})`;

/** "if", "provided", "as long as": the words that open a condition (also conditionSplit.ts). */
export const CONDITION_IF = String.raw`(?:if|provided(?: that)?|providing|as long as|so long as)`;

export const CLASSIFY_PATTERNS = {
  /** Asks that bind the reader even though they start with "I" or "we". */
  needFromReader:
    /\b(?:i|we)(?:'ll| will| would|'d| do| also| still| really| urgently| just| definitely| will also| will still| would also|'d also|'ll also)? (?:need|require|want|expect|await)(?! to\b)(?!ed\b)\b(?!\s*(?:[.,;!)]|$))|\b(?:need|want|require|expect|ask|asking|like|love) (?:you|your team|u) to\b|\b(?:i|we)(?:'d| would)(?: also| really)? (?:like|love|appreciate|be grateful)(?: it)?(?: if)? (?:you|u|for you|a|an|the|your|some|\d{1,3}|two|three|four|five|six|several|both|to (?:ask|discuss|talk|meet|chat|speak|sit down|sit with|visit|invite|schedule|set up|catch up|get together|go over|walk through|review|have|book|arrange|organi[sz]e|hold))\b|\b(?:we're|we are|i'm|i am) (?:still )?(?:waiting|looking|expecting) (?:on|for)\b|\b(?:i|we)(?: would| kindly| also)? ask (?:for|that)\b|\bwhat (?:i|we) (?:do |really |still |most )?(?:need|want|require)(?: from you)? (?:is|are)\b|\b(?:i|we) (?:was|were|am|are) wondering if (?:you|i|we) (?:could|can|might|would)\b|\bit (?:would|'d) be (?:great|nice|good|helpful|wonderful|ideal|useful|appreciated) (?:if (?:you|we) could|to (?:meet|see you|get together|catch up|talk|have you|get your))\b/i,
  /**
   * What someone on the writer's side will need from the reader, said of them: "He'll need a
   * parking pass too", "She'll need your bank details on letterhead", "they need a W-9 and an
   * invoice from you first". Not time they need ("They need 3 working days for that", "He'll need
   * about an hour") or a thing already named ("she needs it for the insurer").
   */
  thirdPersonNeed:
    /^\W{0,3}(?:(?:and|also|so|oh|plus),? )?(?:he|she|they)(?:'ll| will| would|'d| also| will also)? (?:need|needs|require|requires) (?:a|an|your|someone|somebody|access|some|the|proof|confirmation|sign-?off|approval)\b(?! (?:few|couple|bit|week|day|hour|minute|month|while|time|working|business)\b)/i,
  /** The reader's part still needed: "Your countersignature is needed on page 6", "your sign-off is still required". */
  readersPartNeeded:
    /\byour (?:[\w-]{2,20} )?(?:signature|countersignature|approval|sign-?off|initials|consent|go-ahead|confirmation|authori[sz]ation|input|decision|po|purchase order) (?:is|are) (?:still |also )?(?:needed|required)\b/i,
  /**
   * "You'll send the revised proposal by Friday": a recap of what the reader agreed to deliver. The
   * verb must take a thing, a person or a time ("you'll pay the deposit", "you'll call me"), so a
   * forecast ("you'll pay less", "you'll run into traffic", "you'll call it the best coffee") is not one.
   */
  readerCommit:
    /\byou(?:'ll| will)(?: also| then| now)? (?:send|share|deliver|provide|prepare|draft|write|revise|update|finish|complete|circulate|forward|put together|set up|get (?:us|me)|build|develop|design|implement|code|test|hand over|handle|take care of|look after|organi[sz]e|arrange|book|sign|return|supply|source|bring|collect|pick up|order|submit|file|coordinate|manage|create|produce|record|shoot|photograph|film|translate|edit|proofread|install|fix|repair|review|confirm|approve|upload|call|ring|email|e-mail|present|host|cater|print|ship|lead|run|cover|pay|transfer|wire|settle)\b(?= (?:(?:us|me|over|back) )?(?:the|a|an|your|our|my|his|her|their|this|that|these|those|all|both|each|every|any|some|it(?! (?:a|an|the|my|our|your)\b)|them|me|us|him|over|back|out|up|through|on|in|by|within|before|after|once|when|as soon|and|to|for|with|from|at|today|tomorrow|next)\b| ?[$€£¥₹\d]| ?[.,;!?)]| ?$)/i,
  /** "You'll need to sign", "you must", "you should send": the reader's duty, said plainly. */
  readerDuty:
    /\byou(?:'ll| will)?(?: still| also| just| then)? (?:need to|have to|must|should(?! have\b)|are (?:required|expected|asked) to|'re (?:required|expected) to)\b|\byou(?:'d| would) (?:need|have) to\b|\bmake sure (?:you|to|the|that|all|your)\b|\b(?:remember|don't forget|do not forget) to\b|\bensure (?:you|that you)\b/i,
  request:
    /(?<!\bto |\bsure to |\bhard to |\bbound to )\bplease\b(?! (?:keep in mind|note|be (?:advised|aware|informed)|bear with|excuse|forgive|accept (?:our|my)|enjoy|don't hesitate|do not hesitate|(?:see|find) (?:below|above|attached|enclosed|herewith|(?:the )?(?:attached|enclosed|below|following)|our|my)\b))|\bpls\b|\bplz\b|\bkindly\b|\b(?:could|can|would|will|cld) (?:you|u|your (?:\w+ )?team|y'all|someone on your (?:side|team))\b(?! (?:believe|imagine|guess|tell (?:me )?(?:why|what|how)))|\b(?:do|would) you mind\b|\bis (?:it|there any way|there a way) (?:possible|you could)\b|\bwould it be possible\b|\bany chance (?:you|we|i)\b|\b(?:can|could|may) (?:we (?:get|have|ask|see|request)|i (?:get|have|ask|see|request|order|borrow|stop by|come|drop))\b|(?<!\b(?:he|she|they|who)(?:'ll|'d| can| will| could| would| should| may| might| has to| have to| needs? to) )(?:\blet (?:me|us) know\b|(?<!\b(?:will|'ll|to) )\b(?:send|forward|share) (?:me|us|over)\b)|\blooking forward to (?:receiving|getting|your (?:reply|response|feedback|thoughts|comments|input|confirmation|approval|answer))\b|\bawait(?:ing)? your\b|\bget back to (?:me|us)\b|\bwhen you (?:get|have) a (?:minute|chance|moment|sec|second)\b|\bwhat(?:'s| is) the status\b|\bwhy (?:don't|do not) you\b|\bwhen (?:can|could|will) (?:i|we) (?:expect|get|have|receive)\b/i,
  /** A clause that opens with a bare verb addresses the reader ("Send me the file by Friday"). */
  /** "Print and enclose: w/c 2 November": a step of the writer's work labelled with its verbs, not an order. */
  /**
   * A label, not an order: one word and its colon ("Update: electrical is done", "Schedule: …"),
   * or a step of the writer's work labelled with its verbs ("Print and enclose: w/c 2 November");
   * "Sign and return: Friday" and "Approve artwork: Monday" stay asks.
   */
  workStepLabel:
    /^(?:[a-z]{2,20}:|(?:print|enclose|pack|ship|install|build|design|draft|translate|edit|produce|shoot|film|deliver|finish|test|paint|mail|post|assemble|fabricate|manufacture|dispatch|develop|code|launch|record|mix|master|render)(?: (?:and|&|\+) [\w-]{2,20})?:)/i,
  imperative:
    /^(?:and |also |then |so |just |pls |kindly |oh and |ok,? |okay,? )?(?:send|share|sign|review|confirm|approve|forward|call(?! (?:sheets?|times?|logs?|notes?|sheet's)\b)|ring|email|e-mail|fill|complete|submit|return|upload|provide|update|check|give|schedule|book|pay|remit|settle|transfer|wire|draft|prepare|finalise|finalize|add|include|remove|change|fix|resend|reply|respond|get back|touch base|ping|set up|arrange|organise|organize|make sure|ensure|remember|bring|print|read|look over|go over|loop in|cc|text|tell|ask|talk to(?! you\b)|speak (?:to|with)(?! you\b)|let (?:him|her|them) know|see me|meet me|find out|keep me|use|move|follow up|circle back|hold|reserve|block|register|join|come|attend|grab|choose|pick|decide|advise|inform|shorten|extend|reduce|cut|swap|replace|rename|resize|export|translate)\b(?!\s(?:is|are|was|were|has|have|had|will|would|should|can|could|may|might|must|needs?)\b|'ll\b)/i,
  commit:
    /\b(?:i|we)(?:'ll| will| shall|'m going to|'re going to| am going to| are going to| plan to| intend to| promise to| commit to| aim to| expect to| hope to| undertake to| guarantee)\b(?! be (?:out|away|busy|short|off|on (?:vacation|holiday|leave)|in town|traveling|travelling|unavailable|closed|glad|pleased|delighted|excited|fine|ok|okay|late|sad|sorry|happy(?! to)))|\b(?:i|we)(?:'d| would) be (?:happy|glad|delighted) to\b|\b(?:i|we) can (?:send|share|have|get|deliver|provide|do|make|set|schedule|book|pay|turn|finish|complete|prepare|draft|review|wire|transfer|cover|meet|discuss|talk|chat|speak|catch up|get together|start)\b|\blet me (?:send|check|get|follow|circle|confirm|look|find|put|pull|draft|prepare|set|review|ask|share|dig|loop)\b|\byou(?:'ll| will) (?:have|receive|get|see)\b|\b(?:expect|look out for) (?:it|them|the|our|my|a)\b|\b(?:i|we)(?:'m| am|'re| are) (?:sending|preparing|working on|finalising|finalizing|drafting|putting together|wrapping up|on track to|planning to|aiming to|scheduled to|due to)\b|\b(?:i|we)(?:'m| am|'re| are) (?:posting|mailing|couriering|dispatching|emailing|dropping off) (?:you|over|out|across|it|them|the|a|an|your|our|both|all|two|three|\d)\b|\b(?:i|we) should (?:have|be able to|get)\b|\b(?:i|we) (?:always |usually |normally )?(?:pay|remit|settle)\b/i,
  /**
   * "our firm pays invoices within 60 days", "We pay consultants within 45 days of a certified
   * invoice", "the University pays within 30 days of a valid invoice", "Our corporate policy is
   * payment at 60 days" (not how it pays: "pays suppliers by BACS only"; not "our terms are 30
   * days", which the side paid says as often).
   */
  habitualPay:
    /\bour (?:[\w-]{2,20} ){0,2}(?:pays|remits|settles)\b(?! (?:[\w-]{2,20} )?(?:by|via|through) (?:bacs|card|cheque|check|bank transfer|wire|direct debit|paypal|ach)(?: only)?\W{0,3}$)|\b(?:we|i) (?:always |usually |normally |only )?pay (?:(?:all |our )?(?:suppliers|consultants|contractors|vendors|subcontractors|freelancers|invoices) )?(?:on net|net|on \d{1,3}|within \d{1,3}|at \d{1,3} days|\d{1,3} days)\b|\bthe (?:college|university|school|council|trust|hospital|company|firm|foundation|charity|museum|club|society|ministry|agency|practice|district|authority|partnership) (?:only |always |usually |normally |generally )?(?:pays|settles)(?: (?:all |our |your |its )?(?:supplier |suppliers' )?(?:invoices|bills|suppliers))? (?:within \d{1,3}|at \d{1,3} days|\d{1,3} days|on net|net)\b|\bour (?:standard |usual |normal |corporate |company |group )?(?:payment )?(?:standard|policy) is (?:(?:full )?payment (?:at |within |net |of )?\d{1,3} days\b|(?:net )?\d{1,3} days (?:from|after|of) (?:the |a |an )?(?:receipt|invoice|statement|date of invoice)\b)|\bthey (?:always |usually |normally |only )?pay (?:(?:all |their )?(?:suppliers|supplier invoices|invoices) )?(?:within \d{1,3}|at \d{1,3} days|\d{1,3} days|on net|net)\b/i,
  /** The span of habitual terms ("pays within 14 days of invoice"), cut out before looking for a deadline beside them. */
  habitualPayTerms:
    /\b(?:pays?|remits?|settles?) (?:(?:all |our )?[\w-]{2,20} )?(?:on net[- ]?\d{1,3}|net[- ]?\d{1,3}|within \d{1,3} (?:business |working |calendar )?days(?: (?:of|from|after) (?:the |a |an |our |your )?(?:certified |approved )?(?:invoice|receipt|statement)s?)?|at \d{1,3} days|\d{1,3} days)\b/gi,
  /** "we can replace the boiler on 2 February": an offer that binds the writer once dated. */
  canDo: /\b(?:i|we) can (?!you\b|we\b|i\b)[a-z]{2}/i,
  /**
   * A promise in the present tense, as writers whose first language is not English put it, with
   * a day: "I send you the exact price tomorrow", "The list with names I send you tomorrow",
   * "First batch we deliver on December 2". Not right after a word that makes it a condition, a
   * reason or someone's report ("when we send", "since we transfer", "says we deliver"), nor "I
   * send you my best wishes"; a routine ("we deliver every Friday") is `habitual`.
   */
  presentPromise:
    /(?<!\b(?:when|if|once|as|before|after|until|till|unless|whenever|so|that|what|how|where|which|since|because|while|whether|provided|like|says|said|say|think|thinks|believe|hope) )\b(?:i|we) (?:send|deliver|bring|ship|transfer|prepare|pay|finish|share|mail|arrange|return|install|fix|collect|pick up|drop off)\b(?! (?:you |them )?(?:(?:my|our|all) )?(?:(?:best|warm|warmest|kind|kindest|sincere) )?(?:wishes|regards|love|greetings|thanks|congratulations|condolences|apologies)\b)/i,
  /**
   * A colleague's hand-over said in the present progressive with a day ("Priya is sending the model
   * today", "Our courier is collecting the crates on Monday"): the writer's side's promise, like
   * "we're sending …" (dated only; a routine is `habitual`).
   */
  colleagueProgressive:
    /^(?:(?:[Hh]i|[Hh]ey|[Hh]ello|[Dd]ear) [A-Z][a-z]{1,20},? |\w{2,12},? )?(?:[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})?|[Oo]ur (?:[\w-]{2,20} ){0,2}[\w-]{2,20}|[Hh]e|[Ss]he) (?:is|'s) (?:sending|delivering|bringing|shipping|emailing|e-mailing|dropping off|collecting|picking up|installing|fitting|preparing|finishing|posting|couriering|dispatching|uploading|sharing|returning)\b/,
  /** A routine, not a promise of one day: "every Friday", "Monday to Friday", "usually", "on Mondays". */
  habitual:
    /\b(?:every|each|usually|always|normally|typically|generally|regularly|weekly|monthly|daily|weekdays|(?:mon|tues|wednes|thurs|fri|satur|sun)days|monday to friday)\b/i,
  /** "2 February", "May 27": a calendar day in words, for offers that only bind once dated. */
  monthDay:
    /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b/i,
  /**
   * "I can meet on Tuesday", "we'll have to get together": an offer to meet (not "I can call you",
   * nor a price met: "we can meet you halfway", "we can meet you at CA$6,800 for the fee").
   */
  canMeet: new RegExp(
    String.raw`(?<!\bso (?:that )?|\bthen )\b(?:i|we)(?: can|(?:'ll| will) (?:have to|be able to)) (?:meet(?: up)?|discuss|talk|chat|speak|catch up|get together|sit down|go (?:through|over)|walk (?:you )?through|have (?:dinner|lunch|coffee|breakfast|drinks|a drink) together)\b(?! (?:you|us)${PRICE_MET_AFTER})(?!(?: it| this| that)? (?:(?:to|with) (?:my|our|his|her|their|the (?:board|team|partners|directors|owners?|client))\b|internally))`,
    'i',
  ),
  /** "Ben, yes, I can join the board call on 1 July": accepting an invitation proposes nothing. */
  acceptsInvite:
    /^(?:\w{2,12},? )?(?:yes|yep|yeah|sure|absolutely|of course|certainly|happy to|great|perfect)[,!.]? (?:i|we) can (?:join|attend|make|come|be there)\b/i,
  /** "by the 20th": a day of the month said alone. */
  theOrdinal: /\bthe \d{1,2}(?:st|nd|rd|th)\b/i,
  /** "send over", "send me": an ask only when the writer is not the one sending ("we will send over"). */
  sendVerb: /^(?:send|forward|share)\b/i,
  /** Any future "will" not addressed to the reader; counts only beside a date ("Legal will return it by Friday"). */
  futureWill: /\b(?:will|'ll|is going to|are going to|is scheduled to|are scheduled to)\b/i,
  addressedToReader:
    /\b(?:you|u) will\b|\byou'll\b|\bwill (?:you|u)\b|\bit will\b|\bthat will\b|\bthis will\b|\bwhich will\b/i,
  /** "We need to finalise the budget" is the writer's own task, unlike "we need the budget". */
  writerNeedTo:
    /\b(?:i|we)(?:'ll| will)? (?:need|have|must|should|got) to\b|\b(?:i|we)(?:'ve| have) got to\b/i,
  proposal:
    /\b(?:let's|lets|let us|shall we|should we|can we|could we|(?:we|i) should (?:discuss|talk|meet|get together|catch up|chat|speak|sit down)|(?:you|u) (?:free|available|around) (?:to|for|at|on|this|tomorrow|today)|how's|how is|hows|how about|what about|why don't we|are you (?:free|available|around)|is (?:\w{2,12} )?(?:good|ok|okay|convenient|free) for you|works? for you\b|suits? you\b|your availability|when (?:are|would|is) you(?:r team)? (?:free|available)|what time works|(?:i|we)(?:'d| would)?(?: also)? (?:propose|suggest) (?:(?:a|an) (?:[\w-]{1,14} ){0,2}(?:call|meeting|kick-?off|session|workshop|visit|walk-?through|demo)|to (?:meet|visit|call|hold|have|schedule|set up|come|catch up|speak|talk|sit down))\b|which (?:day|time|slot)s? (?:works?|suits?))/i,
  /** "We propose to start enumerator training on 29 March": the writer's plan, binding once dated. */
  proposeTo:
    /\b(?:i|we)(?:'d| would)?(?: also)? propose to (?!you\b|(?:meet|visit|call|hold|have|schedule|set up|come|drop|pop|catch up|speak|talk|discuss|sit down)\b)[a-z]{3}/i,
  /** "Does Tuesday at 10 work?", "Would the 20th suit?": a question that ends by asking if a time works. */
  worksQuestion:
    /\b(?:work|suit)s?(?: for (?:you|u|everyone|all of you|your team|you guys))?\s{0,3}\?\W{0,3}$/i,
  /** "Does Tuesday morning at 8 work, before you open?": opener and "work" far apart. */
  worksOpener: /^(?:\w{2,12},? )?(?:does|would|will|could|is|are|do)\b/i,
  worksWord: /\b(?:work|suit)s?\b/i,
  /** "does that work?" after a proposal belongs to it rather than standing alone. */
  tagQuestion:
    /^(?:and |so )?(?:does|would|will|could|can|is) (?:that|this|it) (?:work|suit|be (?:ok|okay|fine|possible|alright)|make sense)\b/i,
  /**
   * Meeting as an action: "hop on a call", "set up a check-in", "meet in person", "call me" (not the
   * noun in "the revised floor plan before the site meeting").
   */
  meetingAction: new RegExp(
    String.raw`\b(?:meet(?:ing)? (?:up|with|in person|at|on|for|over|next|this|tomorrow|today)|let's meet|(?:discuss|talk|speak|chat)(?: (?:this|it|that|these|further|more|a bit|about|with|over|through|first|tomorrow|today|soon|later|then|in person|by phone))?\b|sit (?:with|down with) (?:you|me|us)|visit with|(?:come|drop|stop|pop) (?:by|in|over)\b|see you (?:on|at|this|next|tomorrow|then)|(?:can|could|shall|should) we meet(?!${PRICE_MET_AFTER})|meet (?:you|them)(?!${PRICE_MET_AFTER})|catch up|touch base|hop on|jump on|dial in|get together|sit down (?:with|together)|call (?:me|you|us|your|my)|give (?:me|us|you) a (?:call|ring)|(?:have|hold|schedule|set up|book|arrange|organi[sz]e|do|grab|(?<!\b(?:floor|site|seating|action|project|payment|work|the|a|our|your|this) )plan|put|find time for|host|run|add|move|confirm) (?:a |an |the |our |another |this |that |your |[\w/-]{1,14} ){0,3}(?:${MEETING_NOUN})s?|on (?:a|the) (?:quick |short |video |phone |zoom |teams )?call|(?:walk|go) (?:you )?through (?:it|them|this|these|the [\w-]{2,20}) (?:with you|together)|block (?:out )?(?:some )?time|(?:get|grab|have) (?:\d{1,2}|a few|fifteen|thirty) minutes)\b|\b(?:calendar invites?|meeting invites?|invites?|teams link|zoom link|meet link|dial-in details)\b`,
    'i',
  ),
  /**
   * A chat already had, a noun: "Following on from last week's chat", "thanks for the chat", "after
   * our talk yesterday"; blanked before `meetingAction` reads the clause. Not one proposed ("Are
   * you free for a quick chat?", "Are you around for our chat at 3?").
   */
  chatHad:
    /(?:\b(?:week|month|yesterday|monday|tuesday|wednesday|thursday|friday|morning|afternoon)'s|\b(?:last|earlier|previous|recent)|\b(?:thanks|thank you) for (?:the|our|your|that)|\b(?:from|after|since|during|in) (?:our|the|your|that)) (?:chat|talk|conversation)\b/i,
  /** A meeting noun followed by when it happens: "a go/no-go call on April 27". */
  meetingWhen: new RegExp(
    String.raw`\b(?:${MEETING_NOUN}) (?:on|at|this|next|tomorrow|today|monday|tuesday|wednesday|thursday|friday)\b`,
    'i',
  ),
  /** "before our board review on March 12": the meeting only anchors another item's deadline. */
  meetingAsAnchor: new RegExp(
    String.raw`\b(?:before|after|ahead of|prior to|until|by|for|from|during|to|in|at) (?:the |our |your |that |this |my |a |\w{2,12} ){0,2}(?:${MEETING_NOUN})\b`,
    'i',
  ),
  /** Words that tie a proposal to a time ("Are you free Wednesday at 3pm?"). */
  timeHint:
    /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|morning|afternoon|evening|noon|\d{1,2}(?::\d{2})? ?(?:am|pm)|\d{1,2}:\d{2}|next week|this week)\b/i,
  paymentWord: new RegExp(
    String.raw`\b(?:pay|pays|paid|paying|payment|payments|payable|invoice|invoices|invoiced|pro[- ]?formas?|fee|fees|deposit|retainer|balance|remit|remittance|wire${NOT_MATERIAL_WIRE}|transfer|instal?ments?|owe|owed|outstanding|overdue|reimburse|refund|budget of|cost of|price of|rate of|charge|net \d{1,3}|due upon|due on receipt|venmo|paypal|zelle|per month|a month|per hour|an hour|quote|quoted|price|total|rate|rates|per word|a word|per day|booking fee|comes? to|hire|rental)\b`,
    'i',
  ),
  /**
   * "Can we pay the fee in two instalments?", "could we split it over two months": asking the
   * other side's leave to pay a certain way is an ask of the reader, not the writer's payment (not
   * "Can we pay you a visit", "Can we settle on Thursday").
   */
  payPermission:
    /\b(?:can|could|may) (?:we|i) (?:pay|settle|split|spread)\b(?! (?:you |them |him |her |us )?(?:a )?(?:visit|attention|tribute)\b| on\b| for an?\b)/i,
  payVerb: new RegExp(
    String.raw`\b(?:pay|pays|paid|paying|remit|settle|wire${NOT_MATERIAL_WIRE}|reimburse|refund|venmo|paypal|zelle|eft|e-?transfer|interac)\b(?!-(?:partnership|for|media|social|search)\b)|\b(?:transfer|send|wire${NOT_MATERIAL_WIRE}|cut)(?: [\w$€£,.%-]{1,12}){0,3} (?:money|funds|payments?|fees?|deposit|balance|instal?ments?|check|cheque|retainer|advance|remainder)\b|\b(?:drop(?: off)?|hand over|release|make (?:the|our|my)|put through|courier) (?:the |our |my |your |a )?(?:[\w%-]{1,12} ){0,2}(?:funds|payments?|deposit|balance|instal?ments?|cheque|retainer|advance|remainder)\b|\b(?:the |our |your |first |final |last )?(?:payment|deposit|balance|instal?ment|retainer)s? (?:will|is|are|has|should|must|can|goes|go)\b|\b(?:transfer|wire)(?: the)?(?: (?:first|second|third|final|last|remaining|other))? \d{1,3} ?%(?! of (?!(?:the |our |your )?(?:fee|total|price|contract|balance|amount|invoice|order|value|deposit|advance|sum)\b))|\b(?:have|get) (?:the |a |our |my |your )?(?:[\w%-]{1,12} )?(?:deposit|cheque|check|payment|balance|retainer|instal?ment) (?:cut|sent|wired|transferred|paid|released|processed)\b`,
    'i',
  ),
  /** Payment nouns; with a word of owing anywhere in the clause they make it a payment. */
  paymentNoun:
    /\b(?:payment|invoice|deposit|balance|fee|instal?ment|retainer|(?:first|second|final|remaining|other) half)s?\b/i,
  /** "30% at order", "50% on signature": a share of the price falls due. */
  percentPayment:
    /\b\d{1,3}% (?:at|on|up ?front|upon|before|deposit|advance|now|in advance|of the (?:fee|total|balance|price))\b/i,
  /**
   * A paying act: what makes a payment the writer's own rather than a price offered. Words that
   * are also nouns of a price ("a $500 deposit", "a 10% discount", "a price cut") count only as
   * verbs after "I"/"we" ("we'll deposit", "I can knock off", "we'll credit you").
   */
  /**
   * A payment announced in the passive, or the writer's wire going out: "The deposit will be paid
   * by Thursday", "the grant will be paid in two instalments", "Wire for the deposit goes out
   * tomorrow", or a sum set in the writer's payment run ("Deposit is in the check run this
   * Friday", "it will be included in the payment run on Friday 5 February"). Whoever announces
   * when money will be paid is the one paying it (a payee states its terms as "is payable" or "is
   * due"); not "will be paid by you" nor "will be paid to us". Only with `moneyThing` in the clause.
   */
  passivePay:
    /\b(?:will|shall|'ll|is going to|are going to) be (?:paid|wired|transferred|remitted|released)\b(?! (?:by|from) (?:you|your)\b| (?:to|into) (?:us|our|me|my)\b)|\b(?:wire|payment|transfer|deposit|cheque)\b(?: [\w-]{1,20}){0,4} goes out\b|\b(?:is|are|will be|'ll be|goes|go|going)(?: (?:out|through|included|scheduled|added))? (?:in|into|with|on|for|to) (?:the|our|this week's|next week's|[a-z]{3,6}day's|next|this|tomorrow's)(?: [\w'-]{1,15})? (?:check|cheque|payment|pay|bacs|ap) run\b/i,
  /** What `passivePay` needs to be about money ("Keys will be released on Monday" pays nothing). */
  moneyThing: new RegExp(
    String.raw`\b(?:deposit|advance|balance|fees?|invoices?|instal+ments?|retainer|grant|funds|payments?|sum|amount|wire${NOT_MATERIAL_WIRE}|transfer|cheque|salary|commission|royalt(?:y|ies)|bonus|refund)\b|[$€£¥₹] ?\d|\b[A-Z]{3} ?\d`,
    'i',
  ),
  /** Terms on a thing sent ("…, payable within 14 days", "…, net 15"): it is a bill. */
  billTerms: /\bpayable\b|\bnet[- ]?\d{1,3}\b/i,
  /** Paying itself, not sending something that may be a bill. */
  payVerbProper: new RegExp(
    String.raw`\b(?:pay|pays|paying|paid|wire${NOT_MATERIAL_WIRE}|wiring|settle|remit|transfer|venmo|zelle|paypal|eft|e-?transfer|reimburse|refund)\b`,
    'i',
  ),
  payingAct: new RegExp(
    String.raw`\b(?:pay|pays|paying|reimburse|refund|cover|covers|wire${NOT_MATERIAL_WIRE}|settle|settles|remit|remits|send|sends|venmo|zelle|paypal|eft|e-?transfer|release|courier|hand over|put through|apply|waive|absorb|deduct|knock)\b|\b(?:i|we)(?:'ll|'d| will| shall| can| could| would| may)?(?: also| then| now| happily| gladly)? (?:deposit|drop|cut|credit|discount|transfer)\b|\b(?:mail|post|drop off|bring)(?: over| off| in)? (?:the |a |an |our |my )?(?:[\w%-]{1,12} ){0,2}(?:deposit|cheque|check|payment|balance|retainer)\b`,
    'i',
  ),
  /**
   * A sum, marked as money, that is itself what falls due: "The final $17,290 is due on
   * completion", "The second USD 1,155 will be due on 1 July", "The final ₹5 lakh is due" (not
   * "Report 3 is due on Friday").
   */
  sumOwed: new RegExp(
    String.raw`(?:[$€£¥₹]\s?\d[\d,.']*|\b(?:USD|EUR|GBP|AUD|CAD|CHF|SGD|INR|NZD|HKD|JPY|ZAR|AED|SEK|NOK|DKK|PLN|MXN|BRL|Rs\.?)\s?\d[\d,.']*|(?<![\d,.'])\d[\d,.']*\s?(?:USD|EUR|GBP|AUD|CAD|CHF|SGD|INR|NZD|HKD|JPY|ZAR|AED|SEK|NOK|DKK|PLN|MXN|BRL)\b)(?:\s?(?:k|m|million|lakhs?|crores?)\b)?\s(?:is|are|will be|falls)\s(?:now\s|then\s|also\s)?(?:due|payable|owed|outstanding|overdue)\b`,
    'i',
  ),
  /** Owing, or the money leaving: "Deposit will go over from our finance team next week". */
  owingWord: /\b(?:due|payable|owed|outstanding|overdue|will go (?:out|over|across)|will follow)\b/i,
  invoiceReader: /\b(?:i|we)(?:'ll| will| shall| can)? (?:invoice|bill|charge)\b/i,
  /**
   * "I'll send the deposit invoice today", "I'll also send you our October invoice", "We'll send the
   * PI today", "I'll send the payment link on 1 June" (tested only if one of those words is there):
   * a bill sent, paid by its reader.
   */
  invoiceSend:
    /\b(?:i|we)(?:'ll| will| shall)?(?: also| then| now| just)? (?:send|email|issue|raise|drop|post|leave) (?:you )?(?:the |an |our |my |a )?(?:[\w%-]{2,20} ){0,3}(?:invoice|pro-?forma|PI|payment link)\b|\b(?:i|we)(?:'ll| will) (?:have|get) (?:the |our |my |an? )?(?:[\w%-]{2,20} ){0,3}invoice (?:over |across )?to (?:you|your)\b/i,
  /**
   * A bill on its way, said without a sender ("Deposit invoice coming your way tomorrow", "Invoice
   * to follow with the delivery", "First progress invoice will be end of April"): paid by the
   * reader, like one the writer sends.
   */
  invoiceOnItsWay: new RegExp(
    String.raw`^(?:the |our |my |a |an |and |also )?(?:(?!commercial\b|your\b)[\w%-]{2,20} ){0,3}invoices? (?:${BILL_ON_ITS_WAY}|follows|will be (?:end of|at the end of))\b`,
    'i',
  ),
  /**
   * The same bill sent by a named colleague or a role ("Renee will send you the March invoice
   * today", "Our bookkeeper will email you the final invoice"): the bill itself, not something
   * about it ("about the invoice", "a query on the invoice", "the invoice template") nor a shipping
   * document ("the commercial invoice"); not a question or a "nobody".
   */
  invoiceSendByOther:
    /(?:\b(?!(?:Who|Nobody|No|Nothing|None|What|Which|When|Where|Why|How|It|This|That|There)\b)[A-Z][a-z]{1,20}|\b(?:[Hh]e|[Ss]he|[Tt]hey)|\b[Oo]ur (?:[a-z-]{2,20} ){0,2}[a-z-]{2,20})(?:'ll| will| shall)(?: also| then| now| just)? (?:send|email|issue|raise) (?:you )?(?:the |an |our |my |a |your )?(?:(?!(?:about|on|for|regarding|re|to|with|of|commercial|us|me|their|his|her|its)\b)[\w-]{2,20} ){0,2}invoice\b(?! (?:template|discrepancy|issue|query|dispute|format|number|details|address)\b)/,
  /** "Would €180 per episode work for you?": a price offered for the other side to accept (with money, asked). */
  priceOffer:
    /^(?:\w{2,12},? )?(?:would|does|is|will|could|can|how does|how would)\b[^?]{0,60}\b(?:work|suit|acceptable|ok|okay|fine|agreeable|doable|sound)\b/i,
  /** "We can meet you halfway at $9,000", "we can meet you at USD 5.20": a price offered, met. */
  priceMet: new RegExp(String.raw`\bmeet (?:you|us)(?: half-?way| part-?way)? ${AT_A_SUM}`, 'i'),
  /** "We can start on the 11th if you sign by May 1": the reader's part of a deal, with its own deadline. */
  readerCondition:
    /\bif (?:you|your (?:team|side|office|client)) (?:can |could )?(?:sign|send|pay|confirm|approve|return|book|accept|provide|share|deliver|countersign|place|submit|get us|let us know|order|transfer|wire)\b[^.;?!]{0,60}\b(?:by|before|no later than)\b/i,
  /**
   * "April 28 is doable if we have a signed order by March 7", "provided we have the full bundle
   * by 19 June": what the writer must receive, by a day, for their side to hold. The reader owes it.
   */
  writerReceivesBy: new RegExp(
    String.raw`\b${CONDITION_IF} (?:we|i) (?:have|get|receive)\b[^.;?!]{0,60}\b(?:by|before|no later than)\b`,
    'i',
  ),
  /** A money statement: a price noun and a copula ("the fee is …"), or a word of owing. */
  priceNoun:
    /\b(?:fee|fees|price|cost|total|deposit|retainer|balance|invoice|pro[- ]?forma|payment|instal?ment|budget|amount|rate|quote|hire|rental|upcharge|surcharge|supplement|contract sum)\b/i,
  copula:
    /\b(?:is|are|will be|comes? to|of|for|totals?|brings?|bringing|remains?|stays?|becomes?|goes (?:up|down) to|(?:reduced|increased|lowered|raised|revised|drops?|rises?) to)\b/i,
  owingStatement:
    /\b(?:due|payable|per month|a month|comes? to|came to)\b|\bwill be (?:paid|invoiced|billed|transferred|wired|settled)\b|\b(?:invoice|pro[- ]?forma|bill|statement)\b(?: [#\w-]{1,20})? (?:attached|enclosed)\b|\badds? [^.?!]{1,30} to (?:the|this|your|our|that) (?:[\w']{2,20} ){0,2}(?:invoice|budget|bill|fee|total|quote)\b/i,
  standard:
    /(?<!\b(?:i|we|you) )\b(?:must|shall|should|needs? to|has to|have to|are required to|is required to|need to be|has got to)(?: all| always| each| every| fully| also)? (?:be )?(?:meet|meets|comply|conform|adhere|follow|support|pass|match|respect|stay|remain|work on|load|(?:fully )?(?:compatible|accessible|responsive|compliant|consistent|optimi[sz]ed|mobile[- ]friendly|on[- ]brand|in line|aligned|under|within|below|above|at least|no (?:more|larger|bigger|longer) than|supplied|delivered in|provided in|written in|in (?:\w{1,12} )?format|in [A-Z]{2,6}\b))|\b(?:all|every|each|any) (?:\w{2,20} ){0,3}(?:must|should|shall|need to|needs to|needs|requires|has to|have to)\b/i,
  /**
   * What the documents the reader sends must carry: "Invoices must quote our PO number",
   * "Timesheets need to show the job code" (a bar on their form, not an ask to quote a price).
   */
  documentBar:
    /^\W{0,3}(?:(?:please )?note(?: that)?:? )?(?:invoices|statements|credit notes|delivery notes|delivery dockets|timesheets|bills|claims)(?: [\w-]{2,20}){0,2}? (?:must|shall|need to|have to|are to) (?:always )?(?:quote|show|include|reference|carry|state|bear|cite|list)\b/i,
  /** "The room must have a projector", "Parts must be anodised black": a bar set on a thing, not a person. */
  standardThing:
    /\b(?:the|all|every|each|any|our|your|its) (?:[\w-]{2,20} ){0,3}(?:must|shall|has to|have to|needs? to) (?:also |always )?(?:have|include|contain|use|display|show|carry|be (?:anodi[sz]ed|printed|supplied|written|formatted|labell?ed|tested|patched|encrypted|backed up|stored|hosted|captioned|translated|proofread|painted|finished|made|cut|sized|rated|certified|installed))\b/i,
  /** Cheap gate before `standardThing`, which runs on every clause that states nothing else. */
  mustWord: /\b(?:must|shall|has to|have to|needs? to)\b/i,
  deadlineStatement:
    /\b(?:is|are|will be|was) (?:due|needed|required|expected)\b|\bdue (?:date|by|on|no later)\b|\b(?:needs?|has|have) to be (?:done|ready|delivered|finished|submitted|signed|returned|approved|completed|in|live|sent|uploaded|received|finali[sz]ed)\b/i,
  /** A question mark on an ask-shaped clause ("Any update on the contract?"). */
  questionAsk:
    /^(?:\w{2,12},? )?(?:any (?:update|news|word|chance|progress|feedback|thoughts)|when (?:can|could|will|do|would)|what (?:time|day|date)|where (?:can|should|do)|how (?:soon|long)|are you (?:able|free|available|ok|okay|happy)|is (?:there|it|that|this) (?:ok|okay|possible|fine|alright)|do you (?:have|know|want|need)|have you (?:had a chance|got|been able)|would (?:it|that|this)|is (?:monday|tuesday|wednesday|thursday|friday|\w{1,10} (?:morning|afternoon)))\b/i,
  /** Any direct question to the reader asks for an answer ("What is your billing address?"). */
  directQuestion:
    /^(?:\w{2,12},? )?(?:what|when|where|who|which|how|is|are|will|would|can|could|should|do|does|any|anyone|anything|you|u|want|wanna|need)\b/i,
  rhetorical:
    /\b(?:can|could) you (?:believe|imagine|guess)\b|\bwhat if\b|\bwho knew\b|\bwhy not\b|\bwhat do you (?:say|think)\b(?=.{0,10}$)/i,
  invitation:
    /^(?:\w{2,12},? )?(?:(?:do )?(?:you |u )?(?:want|wanna|care) to (?:join|come|grab|meet|go|get|have)|(?:you |u )?(?:coming|joining)\b|we (?:meeting|on for|still on)\b)/i,
  meetingArtifact:
    /\b(?:notes|minutes|recording|deck|slides|agenda|summary|recap|transcript) (?:from|of|for)\b/i,
  /** Two-word answers ("Yes please.", "Please do!") are replies, not asks. */
  tooShort: /^\W{0,3}\S{1,20}(?:\s{1,3}\S{1,20})?\W{0,3}$/,
} as const;
