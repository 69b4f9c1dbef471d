/**
 * What must never become a suggestion (newsletters, out-of-office notes, pleasantries, marketing,
 * past events, negations, hypotheticals, other languages): named patterns tests and recheck reach.
 */
import { inOtherLanguage } from './otherLanguage';
import { barThenNegation, LIMIT_SIZE } from './standards';

export const NOISE_PATTERNS = {
  newsletterMarker:
    /\b(?:unsubscribe|opt[- ]out of|manage (?:your )?(?:email )?(?:preferences|subscription)|view (?:this (?:email|message) )?in (?:your |a )?(?:web )?browser|you (?:are|were) receiving this (?:e-?mail|message|because)|email preferences|update your preferences|to stop receiving)\b/i,
  outOfOfficeSubject:
    /^\s{0,4}(?:automatic reply|auto(?:matic)?[- ]?reply|auto[- ]?response|out of (?:the )?office|ooo)\b/i,
  outOfOfficeBody:
    /\b(?:i am|i'm|i will be|i'll be|i am currently|i'm currently) (?:currently )?(?:out of (?:the )?office|away from (?:the |my )?(?:office|desk|email)|on (?:annual |parental |maternity |paternity |sick )?leave|on vacation|on holiday|travell?ing with limited|out on (?:leave|vacation|holiday|sick leave|parental leave|maternity leave|paternity leave))|\b(?:limited|no) access to (?:my )?e-?mail\b|\bwill (?:respond|reply|get back to you) (?:to your (?:e-?mail|message) )?(?:when|upon|on) (?:i|my) return|\bthis is an automat(?:ic|ed) (?:reply|response|message)/i,
  /**
   * Courtesies that oblige nobody: offers of help, thanks, wishes, greetings ("Hi Mia, nice to meet
   * you"), and thanks or regards passed on to someone ("Please thank Luis for the coffee", "Please
   * give Fiona my love").
   */
  pleasantry:
    /^(?:\W{0,3})(?:please )?(?:(?:do )?let (?:me|us) know if (?:(?:you (?:have|need|want)|you've got|there (?:is|are)|you'd like)(?: any| anything)?(?: (?:other|further|more|additional))?(?: (?:questions?|concerns?|thoughts?|comments?|help|issues?|problems?|changes?|feedback|else))|anything|i can|we can|you need anything)|(?:please )?(?:do not|don't) hesitate to|feel free to (?:reach out|contact|get in touch|call|email|ask)|hope (?:you|this|all|everything|your)|i hope|thanks?(?: you)? (?:so much |very much |again )?(?:for|in advance)|looking forward to (?:working|hearing|seeing|meeting|catching|our|the|it|speaking|talking)|have a (?:great|good|nice|lovely|wonderful)|enjoy (?:the|your)|happy (?:to help|friday|monday|holidays|new year|easter|christmas|thanksgiving|diwali|hanukkah|eid|\d{4})|merry (?:christmas|xmas)|season'?s greetings|(?:(?:we|i) )?wish(?:ing)? (?:you|everyone|you all|all of you)(?: and [\w '-]{1,50}?)? (?:a |an )?(?:very )?(?:happy|merry|great|good|lovely|wonderful|restful|relaxing|peaceful|safe|prosperous|successful|fantastic|healthy|joyful)\b|(?:many )?thanks(?: so much| again| a lot| all| everyone)?(?: \w{1,15})?\W{0,3}$|cheers|congrat|welcome(?: aboard| back| to)?\W{0,3}$|good (?:morning|afternoon|evening)(?: \w{1,15})?\W{0,3}$|(?:(?:hi|hello|hey|dear) [\w'-]{1,20},? )?(?:great|nice|lovely|good|wonderful|so good) (?:to|talking|speaking|meeting|chatting)|(?:a )?pleasure to|it was (?:great|good|nice|a pleasure)|pleasure (?:talking|speaking|meeting)|(?:talk|speak|chat) (?:to|with) you (?:soon|later|shortly)\W{0,3}$|(?:pass on|say|send|give) (?:our |my |a big )?(?:thanks|regards|best wishes|congratulations|apologies|hi|hello)(?![-\w])|thank (?!you\b|u\b)[\w'-]{2,20}(?: [\w'-]{2,20})?(?: for\b|\W{0,3}$)|(?:give|send) [\w'-]{2,20}(?: [\w'-]{2,20})? (?:my|our) (?:love|best|regards|thanks|best wishes)\b|keep (?:that|this|it) in mind\b(?! (?:when|and|but|as you))|(?:(?:hi|hey|hello|oi|ol[aá]|hola|ciao|bonjour|hallo) [\w\u00C0-\u017F'-]{1,20},? )?¿?(?:tudo bem|todo bien|qu[eé] tal|[çc]a va|como (?:est[aá]s|vai|va)|wie geht'?s|how(?:'s| is) it going|how are (?:you|things)(?: doing)?|how have you been)\W{0,3}$)/i,
  pleasantryAnywhere:
    /\b(?:let (?:me|us) know if you have any (?:other |further |more )?(?:questions|concerns)|if you have any (?:other |further |more )?(?:questions|concerns)|if (?:there is|there's) anything else|should you (?:have|need|require) any|don't hesitate|do not hesitate|feel free to reach out|if (?:anything|something|any of (?:it|this|that)) (?:is|seems|looks) (?:unclear|confusing|not clear)|(?:need|want) (?:a hand|any help|anything)(?: with anything| else)?,? (?:just )?(?:shout|holler|give (?:me|us) a (?:shout|call|ring))|any (?:questions|queries|problems|issues),? (?:just )?(?:shout|holler|give (?:me|us) a (?:bell|shout|call|ring|buzz)|(?:call|ring|email) (?:me|us)))\b/i,
  marketing:
    /\b(?:click (?:here|below|the link)|register (?:now|today|here)|sign up (?:now|today|here)|shop now|buy now|order now|act now|join now|subscribe (?:now|today)|limited[- ]time|(?:free|fast) shipping|\d{1,3}% off|special (?:offer|deal|price)|don't miss (?:out|this)|last chance|exclusive (?:offer|deal|access)|download (?:it |the app |now |today )|claim your|redeem|coupon|promo code|as seen on|win (?:a|an|up)|earn (?:up to|\$)|apply (?:now|today)|learn more|get started (?:now|today)|book your (?:seat|spot)|save (?:up to|\$|£|€|\d{1,3}%)|per cent off|to your (?:address book|contacts)|add us to your|whitelist (?:us|our (?:e-?mails?|address|domain|newsletter)|this (?:e-?mail|address|sender))|safe sender|privacy policy|terms of (?:service|use)|to ensure (?:delivery|future delivery|that you (?:continue|keep|will receive)|you (?:continue|keep|receive)|our emails|your emails)|(?:follow|use|click|visit) (?:the|this) link|the link below|\$link|activate your|leave us a (?:good |great |\d-star )?(?:review|rating|message)|rate (?:it|us|the app)|if you(?: would like|'d like| wish| want| would prefer|'d prefer| prefer) to (?:no longer|stop|disable|turn off|discontinue|unsubscribe|cancel|opt out|continue|view or change|change your)|if you(?: would|'d)? (?:no longer|not|rather not) (?:like|wish|want) to receive|if you(?: would|'d)? prefer not to receive|if you no longer|(?:do not|don't) (?:reply|respond) to this (?:e-?mail|message|address)|post-only|this is an? (?:no-?reply|unmonitored) (?:e-?mail|message|address|mailbox)|to (?:opt out|stop receiving|unsubscribe)|pleased to announce|(?:available|download it|get it) (?:on|from|in) (?:the )?(?:app store|google play)|app store (?:and|or|&) google play|free trial)/i,
  /**
   * A buyer asking the reader for a discount ("Can you do 10% off the package?", "Could you do 5%
   * off if we pay 50% deposit?"): a negotiation, which `marketing`'s "10% off" must not take.
   */
  asksForDiscount:
    /^\W{0,3}(?:(?:can|could|would|will) you|is there any (?:way|chance)|any chance)\b[^?\n]{0,80}?(?:\d{1,2}(?:[.,]\d)? ?% (?:off|discount)|discount)\b[^?\n]{0,80}\?/i,
  /**
   * A sentence that opens on the reader's possible questions or trouble: "If you have questions,
   * please call us at …", "Should you need any help, write to support@…". What follows the comma
   * is the sign-off's offer, not an ask, though it reads as one cut from its opening.
   */
  /** What a sign-off's offer of help never asks for: a thing handed over or signed. */
  handOverAsked:
    /\b(?:send|share|forward|upload|attach|sign|return|provide|fill (?:in|out)|complete|pay)\b(?! (?:us |me )?(?:an? )?(?:e-?mail|message|note|line)\b)/i,
  pleasantryOpening:
    /^\W{0,3}(?:finally,? |also,? |and )?(?:if you (?:should )?(?:have|need|run into|experience)|should you (?:have|need|require)) (?:any )?(?:other |further |more |additional )?(?:questions?|comments?|concerns?|problems?|trouble|issues?|difficult(?:y|ies)|help|assistance|quer(?:y|ies))\b/i,
  /**
   * Whom to call while the writer is away or should plans change ("so if anything comes up call
   * the office", "If anything urgent comes up please ring Jo", "in an emergency, text my mobile",
   * "if anything changes please contact my colleague Niamh", "Amara can call me on my cell if
   * anything comes up", "Please call me at any time on +27 …", "you can reach her on +1 …"): a
   * courtesy, not an ask.
   */
  contactIfNeeded:
    /\b(?:if (?:anything|something)(?: urgent| else| important)? (?:comes? up|crops? up|happens|goes wrong|changes)|in (?:case of )?an? (?:emergency|urgent case)|in an emergency|for anything urgent)\b[^.?!]{0,30}\b(?:call|ring|phone|text|email|e-mail|reach|contact|whatsapp|message)\b|\b(?:call|ring|phone|text|reach|contact)\b[^.?!]{0,50}\bif (?:anything|something)(?: urgent| else| important)? (?:comes? up|crops? up|changes|goes wrong)\b|\byou can (?:reach|call|contact|phone|ring|text) (?:me|him|her|them|us)\b(?! (?:on|at|by) (?:mon|tue|wed|thu|fri|sat|sun)\w*\b)|\b(?:call|ring|phone|contact|text) (?:me|us) (?:at )?any ?time\b/i,
  pastMarker:
    /\b(?:yesterday|last (?:week|month|night|year|time|monday|tuesday|wednesday|thursday|friday|quarter)|ago|already|earlier (?:today|this week)|previously)\b/i,
  pastVerb:
    /\b(?:i|we|they|he|she|you)(?: have| had|'ve|'d)? (?:just |already |also )?(?:sent|shared|delivered|paid|signed|completed|finished|uploaded|submitted|forwarded|attached|reviewed|approved|received|discussed|agreed|met|talked|spoke|called|emailed|wrote|did|made|had|went|got|gave|told|asked|decided|launched|released|closed|transferred|wired|processed|booked|scheduled|moved|updated|fixed|added|included|raised|issued|invoiced|confirmed)\b/i,
  /**
   * A payment reported done in the passive: "payment for your August invoice was sent today",
   * "the deposit has been paid", and reduced with its day ("A$4,186.00 paid today by EFT",
   * "Wire sent this morning"; not "to be paid today").
   */
  pastPassive:
    /\b(?:was|were|has been|have been|got) (?:already |just |finally )?(?:sent|paid|wired|transferred|settled|processed|made|received|remitted|credited|refunded)\b|\b(?:went out|cleared)\b|(?<!\bbe )\b(?:paid|sent|made|wired|transferred|remitted) (?:today|this morning|this afternoon|yesterday|earlier today|just now)\b/i,
  directAsk: /\b(?:please|pls|could you|can you|would you|will you|kindly|let me know|let us know)\b/i,
  wasWere: /\b(?:was|were)\b/i,
  futureOrAsk:
    /\b(?:will|'ll|shall|going to|please|could you|can you|would you|need|needs|must|should|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|end|eod|cob|the)|due|payable|let me know|let's)\b/i,
  negatedObligation: new RegExp(
    String.raw`\b(?:i|we|you|they|he|she)(?: (?:will|shall|can|could|do|does|did|would|are|am|is|have|had))?(?: not|n't|'re not|'m not| never) (?:be able to |going to |need to |have to |able to |yet |have |be )?(?:commit|send|deliver|provide|pay|share|make|get|do|need|have|agree|sign|attend|join|meet|require|want|expect|finish|complete|able|be)\b|\b(?:won't|shan't) (?:be )?(?:able to )?\w|\b(?:cannot|can't) (?!be (?:${LIMIT_SIZE}) |exceed\b)(?:be )?(?:able to )?\w|\bno need (?:to|for)\b|\bnot (?:required|necessary|needed)\b|\bnever (?:agreed|committed|promised)\b|\b(?:i|we)(?:'ll| will| would) never\b`,
    'i',
  ),
  hypothetical:
    /\b(?:(?:we|i|they|it|this|that) (?:might|may|could possibly|may or may not)|(?:will|'ll|would) (?:probably|possibly|perhaps|maybe|likely)\b|(?:maybe|perhaps|possibly|potentially|hopefully) (?:we|i|they)|(?:we're|we are|i'm|i am) (?:considering|thinking (?:about|of)|exploring|weighing|not sure)|(?:we|i) (?:would|might) (?:consider|think about|look into)|in (?:the )?(?:unlikely )?event (?:that|of))/i,
  /**
   * Someone covering while the writer is away, or where to turn meanwhile: "my colleague Ana will
   * answer anything urgent", "Tom will cover any site queries", "for urgent things please write to
   * Marco", "my colleague Fleur will receive the agreement". Nothing new is owed to the reader. The
   * first form is also how real promises are said ("I'll answer your questions on Friday's call"),
   * so it counts only beside `absenceCue`.
   */
  covering:
    /\b(?:will|'ll|can|is going to)(?: also| be (?:happy|glad|able) to)? (?:deal with|handle|answer|cover|take care of|look after|pick up|respond to|field|reply to|help with)(?: (?:any|all|anything|everything|your))? (?:[\w-]{2,15} )?(?:urgent|queries|questions|issues|requests|matters|emails|calls|anything|everything)\b/i,
  /** Where to turn meanwhile, or a colleague taking the post: owes nothing whatever the context. */
  coveringContact:
    /\bfor (?:anything |any )?urgent(?: (?:things|matters|queries|issues|questions|requests))?,? (?:please )?(?:contact|write to|call|email|e-mail|reach|ring|message|text|ask)\b|\b(?:colleague|deputy|assistant|cover|stand-in) (?:[\w-]{2,20} ){0,2}(?:will|'ll|can) (?:receive|accept|sign for|take delivery of)\b/i,
  /** The writer absent, or a stand-in named as such: what makes `covering` a cover note. */
  absenceCue:
    /\b(?:away|out of (?:the )?office|ooo|on (?:annual |parental |maternity |paternity |sick )?leave|travell?ing|(?:i'm|i am|i'll be|i will be|we're|we are|be) off|(?:day|days|time) off|on (?:holiday|vacation)|holidays|back (?:on|in|at|from|next)|in my absence|until my return|when i(?:'m| am)? (?:back|out)|at a (?:trade fair|trade show|fair|conference|summit)|(?:colleague|deputy|assistant|stand-in))\b/i,
  /**
   * A sum that is someone's pay or the writer's means, not owed between the sides: "Salary band is
   * AED 55,000-65,000 per month", "package AED 52,000/month", "Budget-wise we have around $4k".
   */
  sumNotOwed:
    /\b(?:[Ss]alary|[Ss]alaries|[Ss]alary band|[Pp]ay band|[Pp]ay range|[Bb]ase pay|[Cc]ompensation|[Rr]emuneration|[Ww]ages?|OTE|[Bb]udget|[Bb]udget-wise|expecting (?:around |about |roughly )?(?:[A-Z]{3}|[$€£¥₹])|currently (?:earning|earns|on|paid)|open to a move)\b/,
  /** A sum of money, for `sumNotOwed` (tested apart, so no window scans between them). */
  currencyAmount: /(?:\b[A-Z]{3} ?|\b[A-Z]{1,3}\$|[$€£¥₹]) ?\d/,
  /** What makes such a sum owed after all: "our fee is 20% of the base salary", "30% paid up front". */
  owedAfterAll:
    /\b(?:fee|fees|invoice|invoiced|payable|due|deposit|instal?ments?|paid|pay|retainer|commission|up ?front|on signature|on signing|adds?|total|price|cost|quote|rate)\b/i,
  /**
   * The writer away, said in a line of its own: "Im travelling to Gdańsk this weekend", "I will be
   * on business trip next Monday and Tuesday", "he's in Tuesday to Thursday". Nobody is owed it.
   */
  awayNote:
    /^(?:\w{2,12},? )?(?:(?:i'?m|i am|we're|we are)(?: currently| also)? (?:travell?ing|flying|away|off|out of (?:the )?office|on (?:leave|holiday|vacation|annual leave|a business trip|business trip))|(?:i|we)(?:'ll| will| shall) be (?:away|off|travell?ing|on (?:a |my )?business trip|at a (?:conference|trade fair|fair|summit|trade show))|(?:he's|she's|they're|i'm|we're) in (?:on )?(?:mon|tues|wednes|thurs|fri)day)\b/i,
  /**
   * Something handed over or done, reported, with no ask of the reader (the intent model sometimes
   * reads one as an ask): "Attached are the STEP files and drawings", "Engagement letter signed and
   * back to you", "Update on Unit C: the compressor capacitor failed". `replyWanted` keeps the
   * ones that ask.
   */
  reportNoAsk:
    /^\W{0,3}(?:(?:and|also|so),? )?(?:attached|enclosed|herewith) (?:are|is)\b|^(?:the |our |my )?(?:[\w&./'-]{1,25} ){0,3}[\w&./'-]{2,25} (?:signed|sent|uploaded|submitted|returned|filed|paid)(?: and (?:back to you|returned|sent|attached|uploaded|submitted|filed))?\W{0,3}$|^(?:[\w-]{2,20} [-–—] )?(?:quick |short |brief )?update on [^:\n]{2,40}:/i,
  /**
   * "No need for a call, all clear", "please pass our thanks to the board", "24 March at 3pm is not
   * possible for our MD": nothing asked, plea or not.
   */
  declinesOrThanks:
    /^\W{0,3}(?:\w{2,12},? )?no need (?:for|to)\b|\bpass (?:on )?(?:our|my) (?:thanks|gratitude|best|regards|congratulations)\b|^[^,;?]{2,40}? (?:is|are) (?:not|no longer) (?:possible|convenient|an option|feasible|available) for (?:me|us|our|my|him|her|them)\b/i,
  /** "Text me if anything urgent comes up", "send anything urgent to me": a contingency, not an ask. */
  ifUrgent:
    /\b(?:text|call|ring|email|e-mail|message|whatsapp|send) (?:me|us)(?: anything)?(?: on [\w +()-]{3,20})? if (?:anything|something)\b|\bsend anything (?:urgent )?to (?:me|us|my|our)\b/i,
  /**
   * What is left of a clause once a delivery's words are blanked ("Attached are | the STEP files
   * and drawings for the two housing halves"): the thing handed over, asking nothing unless a verb
   * or a plea follows.
   */
  handedRemainder:
    /^ {3,}(?=\S)(?!.*\b(?:send|share|review|check|confirm|sign|return|approve|let|tell|call|pay|book|look|print|note|use|forward|complete|fill)\b)/i,
  /** What keeps a reported line an ask. */
  replyWanted:
    /\?|\b(?:please|kindly|could you|can you|would you|let (?:me|us) know|need|needs|must|have to|has to|want|wants|required|requires)\b/i,
  /** Another ask beside a decline or thanks: "No need for a call, just send the signed form by Friday". */
  askBeside:
    /\b(?:and|but|just|then) (?:please )?(?:send|share|sign|review|confirm|return|pay|book|call|forward|upload|complete)\b|\b(?:send|share|sign|review|confirm|return|forward|upload|complete)\b[^.;!?]{0,40}\bby\b/i,
  /** "Also, just so you know, our office is closed November 11 for Remembrance Day": a closure, owed by no one ("when the offices are closed" only says when). */
  closedNotice:
    /(?<!\b(?:when|while|whilst|after|before|until) |\w[,;]? (?:as|because|since) )\b(?:(?:our|the) (?:office|offices|shop|studio|warehouse|plant|factory|showroom|kitchen|clinic|store|workshop)s?|we)(?:'re| are| is| will be)(?: also)? (?:closed|shut)\b/i,
  /** An absence given as the reason for an ask after ", so": "…, so a quote by Tuesday would be perfect". */
  awaySoAsk:
    /,? so (?:(?:if you could|could you|can you|please|kindly)\b|(?:a|an|the|your) [\w'-]{2,20}(?: [\w'-]{2,20}){0,3} (?:by|before|no later than)\b)/i,
  /** What keeps such a line an obligation: a promise or an ask beside it. */
  awayButActs:
    /\b(?:will (?:send|call|reply|get|have)|'ll (?:send|call|reply|get|have)|can|could|please|but)\b/i,
  /**
   * "Is that possible?", "Does that suit?", "Would you be available?", "Can you commit to that?": a
   * question that only points back at the item before it. (A bare "Let me know." is
   * `bareFollowUp`: the email-intent data counts it as an ask, so it is vetoed in extraction, never
   * in the intent model's labels.)
   */
  backReference:
    /^(?:\w{2,12},? )?(?:(?:is|would|will|does|could|can) (?:that|this|it) (?:be |still be )?(?:possible|ok|okay|fine|alright|all right|realistic|feasible|doable|workable|acceptable|convenient|suitable|a problem|an issue|manageable|suit|work)|can you (?:make|do) (?:that|it|this)|(?:can|could) you (?:commit to|live with|work with|agree to|guarantee) (?:that|it|this)(?: in (?:the contract|writing))?|would you be (?:available|free|around))(?: (?:for|on|with|at) (?:you|your side|your end|your team|them|you both|both of you))?\s{0,2}\?\W{0,3}$/i,
  /**
   * A follow-up that names nothing new, the whole clause: "Let me know.", "Let me know if any
   * questions", "Let me know what's fair", "Is that true?", "Is everything ok?", "James - can you
   * deal with this?". The item, if any, is the sentence before; a day or an object keeps the ask
   * ("Let me know by Friday", "Can you review the draft?", "Let me know which you prefer").
   */
  bareFollowUp:
    /^\W{0,3}(?:[\w'-]{2,12}(?:,| [-–—]) ?)?(?:(?:so|and|also|ok|okay|please|pls|just),? ){0,2}(?:let (?:me|us) know(?: if (?:any questions|interesting|(?:it |that |this )?(?:is |'s )?ok(?:ay)?)| what(?:'s| is) fair)?|is (?:that|this|everything) (?:true|ok|okay|alright|all right)|can you (?:review|explain|sort (?:that|this|it)(?: out)?|deal with (?:this|that|it)|organi[sz]e (?:that|this|it)))\W{0,3}$/i,
  /**
   * A promise that names nothing, the whole clause: "I'll keep you posted.", "I'll pencil you
   * in.", "I'll forward it." (none of the gold set's annotated; a day or an event keeps it: "I'll
   * forward it as soon as it arrives", "I'll let you know by Monday").
   */
  bareUpdate:
    /^\W{0,3}(?:(?:ok|okay|great|sure|will do|noted|perfect),? )?(?:i|we)(?:'ll| will) (?:keep you (?:posted|updated|informed|in the loop)|pencil (?:you|it|that|them) in|forward it|pass (?:it|this|that) on)\W{0,3}$/i,
  /**
   * Kindness passed on: "Please accept our deepest condolences", "so sorry to hear about your
   * father", "please pass our thoughts to your mum", "tell Niamh I said hi", "please thank the
   * board!". Owed to no one, plea or not (`courtesyAsk` keeps a clause that also asks).
   */
  courtesy:
    /\bcondolences\b|\bsorry (?:to hear|for your loss)\b|\bpass (?:on )?(?:our|my) (?:thoughts|love|sympath(?:y|ies)|best wishes|good wishes)\b|\b(?:i|we) said hi\b|\bsay hi to\b|^\W{0,3}(?:[\w'-]{2,12},? )?(?:and |also )?(?:please )?thank (?:the|your) (?:whole |entire )?(?:board|team|committee|trustees|staff|crew|family|partners|everyone)\b/i,
  /** What keeps a courtesy's clause an ask: a question, or a thing asked beside it. */
  courtesyAsk:
    /\?|\b(?:can|could|would|will) you\b|\b(?:please|and|but|then) (?:send|share|confirm|sign|return|call|let|forward|pay|book)\b/i,
  /**
   * An open offer that waits on a need: "Happy to jump on a call if anything needs discussing",
   * "glad to hop on a call if useful". Nothing is proposed until a time is named (`clauseVeto.ts`:
   * "Happy to jump on a call this week if it helps" stays an offer).
   */
  offerIfNeeded:
    /^\W{0,3}(?:(?:and|also|but),? )?(?:(?:i'm|i am|we're|we are|i'd be|we'd be|always|just|more than) ){0,2}(?:happy|glad) to (?:jump|hop|get) on (?:a |the )?(?:quick |short )?(?:call|phone|zoom|video call|teams call)\b[^.;!?]{0,30}?\bif (?:anything|something|any|you (?:have|need|want|'d like|would like)|needed|need be|it helps|that helps|useful|helpful)\b/i,
  /**
   * "Our engineer needs it for the design", "Need them for the accounts", "We need it to make the
   * screen", "Rob wants it for the second cut": why an ask already made matters, not a new one,
   * whoever needs it (the gold set annotates none of 34 such clauses). Not a clause naming a day
   * (`clauseVeto.ts`: "Finance needs them for the filing on March 31" still dates the ask), nor a
   * state wanted of the thing ("we need it to be ready", "need that to stay").
   */
  reasonForAsk:
    /^(?:\w{2,12},? )?(?:our |my |the |their )?(?:[\w'-]{1,25} ){0,3}(?:needs?|wants?|requires?) (?:it|them|this|that|these|those)(?: (?:for|before) | to (?!(?:be|stay|remain|keep|go|come|arrive|reach|get|have|make it|run|work)\b)[a-z]{2,}|\W{0,3}$)/i,
  /**
   * "I'll meet you at the front desk", "Luca and I will meet you at the main entrance", "see you
   * there": where to find each other at a meeting already set, not a new one (`clauseVeto.ts`:
   * not when the clause names a day, a week or a purpose: "We'll meet at your office next week to
   * walk through the plans").
   */
  meetingLogistics:
    /\b(?:i|we|he|she|they)(?:'ll| will| shall) meet (?:you |you all |you both )?(?:at|there|in the|outside|downstairs|by the|on site|at the)\b[^.;!?]{0,40}[.!]?\s{0,3}$|^(?:\w{2,12},? )?see you (?:there|at the)\b/i,
  /**
   * "Go with vitex please", "yes please to both band and piper", "Top, go ahead.", "Please go
   * ahead with the sensor replacement": the reader's option taken, not a new ask (guide), unless a
   * day, a deadline, a payment or a second act comes with it ("Please proceed with the payment of
   * invoice 1042"). So is "Please treat this email as our written approval" ("as our order" still
   * orders) and "We'll take 27 and 28 April" (43 of 51 unannotated); taking a thing down is an act.
   */
  choiceMade:
    /^(?:[\w'!]{1,15},? ){0,4}?(?:(?:we|i)(?:'ll| will)? |let's |we'd |i'd )?go with\b|\byes,? please to\b|^(?:[\w'!]{1,15},? ){0,5}?(?:(?:please|yes|ok|okay),? )?go ahead\W{0,3}$|^\W{0,3}(?:(?:hi|hello|dear) [A-Z][a-z]+,? )?(?:(?:yes|ok|okay|great|perfect|approved|thanks|agreed)(?: please)?[,.!]? )?(?:please )?(?:also )?(?:do )?(?:(?:we'd|we would|i'd|i would) like to |let's |let us |we'll |we will |we want to )?(?:go ahead|proceed) with (?:the|our|your|both|all|everything|it|that|this)\b(?![^.;?!]*\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight|\d{1,2}(?:st|nd|rd|th)|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}|by|within|before|end of|next|payments?|pay|invoices?|deposit|balance|signature|signing|and (?:send|pay|sign|return|transfer|wire|confirm|book|share|email))\b)[^.;?!]{0,80}[.!]?\s{0,3}$|\btreat this (?:e-?mail |message |note )?as (?:our|my) (?:formal |written |official )?(?:confirmation|approval|go-?ahead|instruction|booking instruction|acceptance|sign-?off)\b|^(?:[\w'!]{1,15},? ){0,4}?(?:we|i)(?:'ll| will) (?:take(?! (?:care|charge|a look|a closer look|over|delivery|responsibility|action|steps|part|photos|pictures|measurements|notes?|samples|readings|payment|the lead)\b)|go for|opt for|stick with) (?![^.;]*\b(?:down|live|out of service|off|apart|from you|to (?:the|our|my|his|her))\b|[^.;]*\band (?:pay|send|wire|transfer|sign|return)\b)(?:[^.;]|\.(?=\d)){1,60}[.!]?$/i,
  /**
   * "Also cc'ing Mereana who's looking after the guest list", "I'll loop in Kevin from our network
   * team": someone brought into the thread, which owes nothing by itself ("…, she'll send you the
   * numbers by Friday" is a clause of its own). The person is named (`introducesSomeone`), and
   * nothing follows that the one brought in is to do ("I'll loop in Kevin to fix the VPN by
   * Monday" stays a promise); adding is not read ("We'll add Section 4 to the contract").
   */
  introduction:
    /^(?:\w{2,12},? )?(?:also |and )?(?:cc'?ing|cc-ing|copying(?: in)?|looping in|(?:i'll|i will|we'll|we will|i've|we've|i'm|we're) (?:also )?(?:loop(?:ed|ing)? in|cc(?:'d|'ing)?|copy in|copied in|copying in))\s(?:in\s)?([\w'-]{2,20})\b(?![^.;!?]{0,120}\b(?:will|'ll|shall|can you|could you|please|to|and|so|by|before|on|tomorrow|today|tonight)\b)/i,
  /** "I expect their go by Friday": the writer awaits a third party, which asks nothing of the reader. */
  /**
   * A fault reported without an ask ("Also, our imaging PC keeps crashing when we take X-rays",
   * "the rear wiper doesnt work", "the ceiling looks lower than the drawings"): news of a problem;
   * the ask, when there is one, is its own clause ("can you take a look while it's in?").
   */
  faultReport:
    /\b(?:keeps? (?:crashing|failing|freezing|dropping|breaking|leaking|tripping|beeping|flickering)|(?:does ?n[o']?t|doesnt|won'?t|isn'?t|is not|aren'?t|are not|wasn'?t|can'?t) (?:work|working|start|load|open|print|turn on|switch on|charge|connect|sync|close|lock|drain|flush|heat)|(?:is|are|was|were) (?:leaking|broken|cracked|faulty|dead|down|stuck|dripping|missing|damaged|scratched|dented)|stopped working|looks? (?:lower|higher|smaller|bigger|different|wrong|off|shorter|longer|darker|lighter)|(?:is|are) (?:too|a bit|slightly) (?:low|high|small|big|short|long|dark|light|loud|slow))\b/i,
  /** What turns a fault report into an ask: a question, a plea, a request to look or fix. */
  faultAsk:
    /\?|\b(?:please|pls|plz|kindly|can you|could you|would you|will you|can someone|could someone|need (?:you|someone|it)|let me know|take a look|have a look|look at|fix|repair|replace|check|sort|come (?:out|back|round|over)|send someone|make sure|bring|send|call|ring|text|email|book|let (?:me|us) know|(?:i|we)(?:'d| would)? (?:need|want|require|like))\b/i,
  awaitsOthers:
    /^(?:\w{2,12},? )?(?:i|we) (?:expect|await|am expecting|are expecting) (?:their|his|her|them|him)\b|^(?:\w{2,12},? )?(?:i'm|we're|i am|we are) (?:still )?(?:waiting|holding on) (?:on|for) (?:our|my|his|her|their|them|him|the (?:supplier|bank|council|landlord|printer|courier|factory|manufacturer|lawyers?|solicitors?|insurer|carrier|shipping line|port|customs|authorities|vendor|mill|lab|manufacturer|developer|architect|engineer))\b/i,
  /**
   * A street address alone on its line ("4100 S Congress Ave, Austin TX 78745", "12 Hope St,
   * Brunswick VIC 3056", "4520 rue Saint-Denis, Montréal QC"): town, state and postcode may
   * follow, and a signature's other fields after a bar ("32 Lake Road, Midrand | Licence No.
   * W-0123"), nothing else ("10 High St, Leeds – Tuesday 10 March" is a site visit).
   */
  addressLine:
    /^\W{0,3}(?:unit \d{1,4}[a-z]?,? )?\d{1,5}[a-z]?,? (?:(?:[A-Z][\w'.-]{0,20} ){0,4}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Dr|Drive|Way|Ct|Court|Pl|Place|Tce|Terrace|Hwy|Highway|Pde|Parade|Cres|Crescent|Close|Sq|Square|Strasse|Straße)\b\.?|(?:rue|avenue|boulevard|chemin|place|all[ée]e|via|viale|corso|calle|avenida|rua|carrer) (?:de |du |des |la |le |del |di )?[A-Z\u00C0-\u00DE][\w\u00C0-\u017F'.-]{0,25}(?: [A-Z\u00C0-\u00DE][\w\u00C0-\u017F'.-]{0,25}){0,2})(?:,? [A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u017F'.-]{1,20}){0,3}(?: [A-Z]{2,3})?(?: [A-Z0-9]{3,5}(?: [A-Z0-9]{3})?)?(?: ?\| [^|\n]{1,60}){0,3}\W{0,2}$/,
  /**
   * An address ending on a postcode, whatever its street word ("1 Fetter Yard, London EC4A 1BR",
   * "14 Fitzwilliam Place, Dublin 2, D02 X285", "3150 N Broadway, Chicago, IL 60657", "2 Dock
   * Road, V&A Waterfront, Cape Town 8001"): UK, Irish, US and Canadian codes, four to five digits
   * after a town, or before it as much of Europe writes them ("7 Avenue Princesse Grace, 98000 Monaco").
   */
  addressWithPostcode:
    /^\W{0,3}(?:unit |suite |level |floor )?\d{1,5}[a-z]?,? (?:(?:[A-Z][\w'.&-]{0,20}|\d{1,3}),? ){1,7}(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]{2} \d{5}(?:-\d{4})?|[A-Z]\d{2} ?[A-Z\d]{4}|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{4,5}|\d{4,5} [A-Z\u00C0-\u00DE][\w\u00C0-\u017F'.-]{1,20}(?: [A-Z\u00C0-\u00DE][\w\u00C0-\u017F'.-]{1,20}){0,2})\W{0,2}$/,
  /** "How did the Manchester conference go btw?", "how was the trip??": small talk about what is over. */
  howWasIt:
    /^(?:\W{0,3})(?:(?:also|and|oh|btw|ps),? )?how (?:did|was|were|'s|is) (?:the|your|you|it|that|things|everything)\b[^?,;–—]{0,60}?(?:\b(?:go|went|going|been|trip|holiday|holidays|vacation|weekend|break|conference|event|launch|show|wedding|move|birthday|time off|leave)\b)[^?,;–—]{0,30}\?/i,
  /**
   * A standing line on whom to contact for a kind of matter ("For urgent orders please call our
   * office on +31 …", "For sponsorship enquiries please contact partners@…"): a notice, not an ask.
   */
  contactForMatter:
    /^(?:\W{0,3})(?:for|regarding|re) (?!the |these |this |those |your |our |my )(?:all |any |urgent |general |other )?(?:[\w-]{2,20} ){0,2}(?:enquiries|inquiries|orders|questions|queries|requests|issues|matters|support|bookings|complaints|emergencies|repairs|breakdowns|faults|call-?outs|press|media)\b,? (?:please )?(?:call|contact|email|e-mail|ring|phone|write to|reach out to|reach|message|text|visit|use|go to)\b/i,
  /**
   * A signature's promotion with a link ("Book time with me: calendly.com/maya", "Join our webinar
   * … → ledgerly.com/webinars"): an imperative to the world at large, never an ask of this reader.
   */
  /** What a notice or a promotion never holds: the reader addressed, a deadline, a hand-over asked. */
  readerTask:
    /\b(?:you|your)\b|\b(?:by|before|until|till) (?:\d|the|end|close|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|tomorrow|today|tonight|eod|cob|next)|\b(?:tomorrow|today|tonight|asap)\b|\b(?:and|to) (?:send|return|submit|upload|sign|share|email|complete|fill|confirm)\b/i,
  promoLink:
    /^(?:\W{0,3})(?:book (?:time|a (?:call|meeting|demo|slot))|schedule (?:time|a (?:call|meeting|demo))|join (?:our|us|the)|register|sign up|follow us|subscribe|download|check out|read (?:our|the latest)|listen|watch|visit|find us|connect with me|grab a slot)\b[^\n]{0,80}?(?:https?:\/\/|www\.|\b[\w-]{2,30}\.(?:com|io|co|org|net|app|me|ly|ai|fm)\/)/i,
  /**
   * A line of a status report, a label and its result ("Backups: 31/31 successful", "Patching: all
   * 14 workstations up to date", "Tickets: 6 opened, 6 closed"): what happened, owed by no one.
   */
  reportLine:
    /^[A-Za-z][\w &/()-]{1,29}: [^.;!?]{0,60}?\b(?:successful|succeeded|up to date|up-to-date|closed|resolved|completed|quarantined|no incidents|passed|failed|opened|logged|achieved|on track|green|all clear|no issues)\b/i,
  /** Money, terms or a condition in a "Label: result" line: a term of a deal, not a report ("Fee: £2,000, half when completed"). */
  reportLineTerms:
    /[%$€£¥₹]|\b(?:when|once|after|until|till|fees?|payment|balance|deposit|price|total|milestones?|timeline|terms|invoices?)\b/i,
  /** "The wedding would be on June 6": when an event of the writer's is, news that asks nothing. */
  eventDate:
    /^(?:\W{0,3})(?:the|our|my) (?:[\w-]{2,20} ){0,2}(?:wedding|event|party|launch|conference|ceremony|reception|festival|gala|opening|birthday|anniversary|fundraiser|graduation|retreat|offsite|off-site) (?:would be|will be|is|'s) (?:on|in|at)\b[^.;?!,]{0,30}\W{0,3}$/i,
  conditionalOpening: /^(?:if|in case|should|assuming|unless|whether)\b/i,
  /**
   * The writer's price on a condition: "If you add a fifth carton I can do $49.50 per bottle",
   * "if you pay in full by Friday we can offer 5% off". The condition is the offer's, and the
   * price is what the ledger keeps (with a sum, `currencyAmount`, or a discount, `discountOff`,
   * tested apart).
   */
  offerOnCondition:
    /\b(?:i|we) (?:can|could|'d|would|will|'ll) (?:do|offer|give you|go (?:down )?to|drop (?:it |the price )?to|come down to|knock|take)\b/i,
  /** A discount for `offerOnCondition`: "5% off", "6.5 % discount". */
  discountOff: /\b\d{1,2}(?:[.,]\d)? ?% (?:off|discount)\b/,
  politeConditional:
    /^(?:if you (?:could|can|would|'d|are able to|get a chance|have a (?:minute|moment|chance))|if you(?:'re| are) (?:free|open|available|around|in town|interested|ok|okay|happy)|if (?:so|not|possible|that works|it works|that's ok|this works|yes)\b|if (?:the|this|that|your) (?:[\w-]{2,20} ){0,3}(?:is|'s) (?:ok|okay|fine|good|approved|agreed|confirmed)\b,? (?:i|we)(?:'ll| will)\b|if it's not too much|if you (?:accept|approve|agree|sign off|are happy to proceed|decide to (?:go ahead|proceed))(?: (?:to |with )?(?:this|the|our|it)\b[^,.;]{0,30})?,|if we (?:can |could )?(?:agree|go ahead|proceed|settle)(?: (?:on|to|with) (?:this|these|those|that|them|the|a|our|your|it|price|terms|dates?|scope|budget)\b[^,.;]{0,30})?, (?:i|we|our)\b|if (?:awarded|approved|confirmed|we (?:receive|have|get)\b|you (?:can |could )?(?:approve|confirm|sign|send|return|pay|place|give us|get us)\b|the (?:[\w'-]{2,20} ){0,3}(?:arrives?|comes? in|is (?:confirmed|signed|approved|placed|received|paid)))[^,;.!?]{0,60}?\b(?:by|before|no later than) [^,;.!?]{2,30}?,? (?:i|we|the|our)\b[^,;.!?]{0,40}?(?:will|'ll|can)\b)/i,
  /** What makes an absence note an auto-reply rather than a status line in a real message. */
  outOfOfficeConfirm:
    /\b(?:until|return|returning|back (?:on|in|at)|thank(?:s| you) for your (?:e-?mail|message|note)|limited access|automatic|auto-?reply|urgent)\b/i,
  questionAboutPast: /^(?:did|have|has|had|were|was) (?:you|they|we|it|he|she)\b/i,
} as const;

export interface MessageLike {
  subject?: string;
  text: string;
}

/**
 * A sentence none of whose clauses may ask: marketing, or a sign-off's offer of help after an
 * opening on the reader's questions (judged on the whole sentence: cut into clauses, "please
 * contact us" alone reads as an ask).
 */
export function sentenceNeverAsks(sentence: string): boolean {
  const P = NOISE_PATTERNS;
  if ((P.marketing.test(sentence) && !P.asksForDiscount.test(sentence)) || P.contactIfNeeded.test(sentence))
    return true;
  if (P.howWasIt.test(sentence)) return true;
  // A notice or a promotion never has a deadline for this reader, nor a hand-over asked of them.
  if ((P.contactForMatter.test(sentence) || P.promoLink.test(sentence)) && !P.readerTask.test(sentence))
    return true;
  // "If you have problems with the login, please send me a screenshot" still asks for a thing.
  return P.pleasantryOpening.test(sentence) && !P.handOverAsked.test(sentence);
}

/** Newsletters and marketing mail: nothing in them is an agreement with a client. */
export function isNewsletter(norm: string): boolean {
  return NOISE_PATTERNS.newsletterMarker.test(norm.length > 200_000 ? norm.slice(-50_000) : norm);
}

export function isOutOfOffice(subject: string | undefined, norm: string): boolean {
  if (subject && NOISE_PATTERNS.outOfOfficeSubject.test(subject)) return true;
  // An auto-reply says so at once; the same words late in a long message are a status line
  // ("I shall be in Leeds on 14 October and will have limited access to email"), December 2026.
  const head = norm.slice(0, 400);
  return (
    NOISE_PATTERNS.outOfOfficeBody.test(head.slice(0, 250)) && NOISE_PATTERNS.outOfOfficeConfirm.test(head)
  );
}

/**
 * A sentence that opens on a condition ("If the budget allows, we'll add a second shoot"), which
 * promises nothing, unless the condition is a polite frame or the price the writer offers on it.
 */
export function conditionalSentence(sentence: string): boolean {
  const P = NOISE_PATTERNS;
  if (!P.conditionalOpening.test(sentence) || P.politeConditional.test(sentence)) return false;
  const figure = P.currencyAmount.test(sentence) || P.discountOff.test(sentence);
  return !(figure && P.offerOnCondition.test(sentence));
}

export type NoiseReason =
  'pleasantry' | 'marketing' | 'past' | 'negation' | 'hypothetical' | 'ooo' | 'other-language' | null;

/** Why a sentence must not become a suggestion, or null when it may. */
export function sentenceNoise(sentence: string): NoiseReason {
  const P = NOISE_PATTERNS;
  if (P.pleasantry.test(sentence) || P.pleasantryAnywhere.test(sentence)) return 'pleasantry';
  if (inOtherLanguage(sentence)) return 'other-language';
  if (P.courtesy.test(sentence) && !P.courtesyAsk.test(sentence)) return 'pleasantry';
  if (P.marketing.test(sentence) && !P.asksForDiscount.test(sentence)) return 'marketing';
  // "I'm out of the office Wednesday and Thursday, so a quote by Tuesday would be perfect": the
  // absence is the reason for an ask, which the clause after "so" still makes.
  if (P.outOfOfficeBody.test(sentence) && !P.awaySoAsk.test(sentence)) return 'ooo';
  if (P.coveringContact.test(sentence)) return 'ooo';
  if (P.covering.test(sentence) && P.absenceCue.test(sentence)) return 'ooo';
  if (P.awayNote.test(sentence) && !P.awayButActs.test(sentence) && !P.awaySoAsk.test(sentence)) return 'ooo';
  // "Our office will be closed Friday, and the crew will be on site at 8am" still promises the visit.
  if (P.closedNotice.test(sentence) && !P.awayButActs.test(sentence) && futureVerbs(sentence) <= 1)
    return 'ooo';
  if (P.negatedObligation.test(sentence) && !barThenNegation(sentence)) return 'negation';
  if (P.hypothetical.test(sentence) && !P.directAsk.test(sentence)) return 'hypothetical';
  if (conditionalSentence(sentence)) return 'hypothetical';
  if (P.questionAboutPast.test(sentence)) return 'past';
  if (
    sentence.includes(': ') &&
    P.reportLine.test(sentence) &&
    !P.futureOrAsk.test(sentence) &&
    !P.reportLineTerms.test(sentence)
  )
    return 'past';
  // A past verb ("we sent", "was") without any future or ask; a past time word alone is not
  // enough ("same as last year").
  const past =
    P.pastVerb.test(sentence) ||
    P.pastPassive.test(sentence) ||
    (P.pastMarker.test(sentence) && P.wasWere.test(sentence));
  if (past && !P.futureOrAsk.test(sentence)) return 'past';
  return null;
}

/** Words capitalised at a sentence's start that name no one brought into a thread. */
const NOT_A_NAME = new Set(['The', 'This', 'That', 'These', 'Those', 'It', 'Them', 'All', 'Any', 'Some']);

/** "Also cc'ing Mereana who looks after the guest list": a named person brought in, owing nothing. */
export function introducesSomeone(clause: string): boolean {
  const m = NOISE_PATTERNS.introduction.exec(clause);
  const name = m?.[1];
  return !!name && name[0] !== name[0]!.toLowerCase() && !NOT_A_NAME.has(name);
}

/**
 * How many future auxiliaries ("will", "'ll", "shall") a text holds. Case-sensitive, so the name
 * "Will" ("I'll bring Will") is not counted.
 */
export function futureVerbs(text: string): number {
  return [...text.matchAll(/(?:'ll|\bwill|\bshall)\b/g)].length;
}
