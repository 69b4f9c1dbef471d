/**
 * Decides whether a clause states an obligation and of what kind. The frame says whose it
 * is relative to the writer (owner.ts turns that into 'us' or 'client'):
 * - 'commit': the writer binds themselves ("I'll send the deck Monday");
 * - 'request': the writer binds the reader ("could you share the logos?", "we need X from you");
 * - 'payer': a payment stated without a subject ("fee is £18,000, payable net 30"): the client pays.
 */
import type { ExpectationKind } from '../core/expectation';

export const CLASSIFY_PATTERNS = {
  /** Asks that bind the reader even though they start with "I" or "we". */
  needFromReader:
    /\b(?:i|we)(?:'ll| will| would| do| also| still| really| urgently| just)? (?:need|require|want|expect|await)(?! to\b)(?!ed\b)\b|\b(?:need|want|require|expect|ask|asking|like|love) you to\b|\b(?:i|we)(?:'d| would) (?:like|love|appreciate|be grateful)(?: it)?(?: if)? (?:you|for you|to (?:get|have|receive|see|review|ask))\b|\bwe(?:'re| are) (?:waiting|still waiting) (?:on|for)\b|\bwe(?:'re| are) (?:looking for|expecting)\b/i,
  /** "You'll need to sign", "you must", "you should send": the reader's duty, said plainly. */
  readerDuty:
    /\byou(?:'ll| will)? (?:need|have|must|should|are (?:required|expected|asked) to|'re (?:required|expected) to)\b|\byou(?:'d| would) (?:need|have) to\b|\bmake sure (?:you|to)\b|\b(?:remember|don't forget|do not forget) to\b|\bensure (?:you|that you)\b/i,
  request:
    /\bplease\b|\bpls\b|\bkindly\b|\b(?:could|can|would|will) you\b|\bwould you (?:mind|be able)\b|\b(?:do|would) you mind\b|\bis (?:it|there any way|there a way) (?:possible|you could)\b|\bwould it be possible\b|\bany chance (?:you|we|i)\b|\b(?:can|could|may) (?:i|we) (?:get|have|ask|see|request)\b|\blet (?:me|us) know\b|\b(?:send|forward|share) (?:me|us|over|it|them|this|that)\b|\bi'm (?:waiting|still waiting) (?:on|for)\b|\blooking forward to (?:receiving|getting|your (?:reply|response|feedback|thoughts|comments|input|confirmation|approval|answer))\b|\bawait(?:ing)? your\b|\b(?:get back to (?:me|us))\b|\bwhen (?:can|could|will) (?:you|we) (?:expect|get|have|receive)\b|\bwhat (?:is|'s) your\b.{0,40}\?/i,
  /** A sentence that opens with a bare verb addresses the reader ("Send me the file by Friday"). */
  imperative:
    /^(?:and |also |then |so |just |pls |kindly )?(?:send|share|sign|review|confirm|approve|forward|call|ring|email|e-mail|fill|complete|submit|return|upload|provide|update|check|give|schedule|book|pay|remit|settle|transfer|wire|invoice|draft|prepare|finalise|finalize|add|include|remove|change|fix|resend|reply|respond|get back|touch base|ping|set up|arrange|organise|organize|make sure|ensure|note|remember|bring|print|read|look over|go over|loop in|cc|copy|text|tell|ask|find|let's|lets|keep|use|put|move|follow up|circle back|hold|reserve|block|register|sign up|join|come|attend|meet|grab|choose|pick|decide|advise|inform)\b/i,
  commit:
    /\b(?:i|we)(?:'ll| will| shall|'m going to|'re going to| am going to| are going to| plan to| intend to| promise to| commit to| aim to| expect to| hope to| undertake to| guarantee)\b|\b(?:i|we)(?:'d| would) be (?:happy|glad|delighted) to\b|\b(?:i|we) can (?:send|share|have|get|deliver|provide|do|make|set|schedule|book|pay|turn|finish|complete|prepare|draft|review)\b|\blet me (?:send|check|get|follow|circle|confirm|look|find|put|pull|draft|prepare|set|review|ask|share|dig|loop)\b|\byou(?:'ll| will| should) (?:have|receive|get|see)\b|\b(?:expect|look out for) (?:it|them|the|our|my|a)\b|\b(?:i|we)(?:'m| am|'re| are) (?:sending|preparing|working on|finalising|finalizing|drafting|putting together|wrapping up|on track to|planning to|aiming to|scheduled to|due to)\b|\b(?:i|we)(?:'ll| will) (?:make sure|ensure|get|have)\b|\bwill (?:be )?(?:ready|sent|delivered|shared|available|done|finished|completed|uploaded|live|submitted|signed|provided|issued|paid|transferred|wired|made)\b/i,
  /** "We need to finalise the budget" is the writer's own task, unlike "we need the budget". */
  writerNeedTo:
    /\b(?:i|we)(?:'ll| will)? (?:need|have|must|should|got) to\b|\b(?:i|we)(?:'ve| have) got to\b/i,
  proposal:
    /\b(?:let's|lets|let us|shall we|should we|can we|could we|how about|what about|why don't we|are you (?:free|available|around)|is (?:\w{2,12} )?(?:good|ok|okay|convenient|free) for you|does .{1,40} (?:work|suit)(?: for you)?\b|would .{1,40} (?:work|suit)(?: for you)?\b|works? for (?:you|me|us)\b|(?:suit|suits) you\b|your availability|when (?:are|would|is) you(?:r team)? (?:free|available)|what time works|which (?:day|time|slot)s? (?:works?|suits?))/i,
  meeting:
    /\b(?:call|calls|meeting|meetings|meet|chat|catch[- ]up|sync|zoom|teams call|google meet|hangout|conference|session|workshop|demo|walkthrough|walk-through|kick-?off|lunch|coffee|dinner|breakfast|drinks|get together|sit down|check-in|check in|stand-?up|1:1|one-on-one|touch base|hop on|jump on|dial in|dial-in|interview|presentation|appointment|review (?:session|meeting|call)|webinar|visit)\b/i,
  paymentWord:
    /\b(?:pay|pays|paid|paying|payment|payments|payable|invoice|invoices|invoiced|fee|fees|deposit|retainer|balance|remit|remittance|wire|transfer|instal?ments?|owe|owed|outstanding|overdue|reimburse|refund|budget of|cost of|price of|rate of|charge|net \d{1,3}|due upon|due on receipt)\b/i,
  payVerb:
    /\b(?:pay|paid|paying|remit|settle|wire|transfer|reimburse|refund)\b|\b(?:payment|invoice|deposit|balance|fee|instal?ment|retainer)s?\b.{0,60}\b(?:due|payable|owed|outstanding|overdue)\b|\b(?:due|payable)\b.{0,60}\b(?:payment|invoice|deposit|balance|fee|instal?ment|retainer)s?\b/i,
  invoiceReader: /\b(?:i|we)(?:'ll| will| shall)? (?:invoice|bill|charge) you\b/i,
  statementPayment:
    /\b(?:fee|fees|price|cost|total|deposit|retainer|balance|invoice|payment|instal?ment|budget|amount|rate|quote)\b.{0,60}\b(?:is|are|will be|comes to|of|for|totals?)\b|\b(?:due|payable)\b/i,
  standard:
    /\b(?:must|shall|should|needs? to|has to|have to|are required to|is required to|need to be|has got to)(?: all| always| each| every)? (?:be )?(?:meet|meets|comply|conform|adhere|follow|support|pass|match|respect|use|stay|remain|work on|load|include alt|(?:fully )?(?:compatible|accessible|responsive|compliant|consistent|optimi[sz]ed|mobile[- ]friendly|on[- ]brand|in line|aligned|under|within|below|above|at least|no (?:more|larger|bigger|longer) than|supplied|delivered in|provided in|in (?:\w{1,12} )?format|in [A-Z]{2,6}\b))|\b(?:wcag|gdpr|hipaa|iso ?\d{3,5}|soc ?2|ada compliant|brand guidelines? (?:must|should)|style guide (?:must|should))\b.{0,80}\b(?:must|should|shall|required|comply|compliant|meet)\b|\b(?:all|every|each|any) (?:\w{2,20} ){0,3}(?:must|should|shall|need to|needs to|has to|have to)\b/i,
  deadlineStatement:
    /\b(?:is|are|will be|was) (?:due|needed|required|expected)\b|\bdeadline (?:is|for|of)\b|\bdue (?:date|by|on|no later)\b|\b(?:needs?|has|have) to be (?:done|ready|delivered|finished|submitted|signed|returned|approved|completed|in|live|sent|uploaded|received|finali[sz]ed)\b/i,
  meetingArtifact:
    /\b(?:notes|minutes|recording|deck|slides|agenda|summary|recap|transcript) (?:from|of|for)\b/i,
  /** A question mark on an ask-shaped clause ("Any update on the contract?"). */
  questionAsk:
    /^(?:any (?:update|news|word|chance|progress|feedback|thoughts)|when (?:can|could|will|do|would)|what (?:time|day|date)|where (?:can|should|do)|how (?:soon|long|much)|are you (?:able|free|available|ok|okay|happy)|is (?:there|it|that|this) (?:ok|okay|possible|fine|alright)|do you (?:have|know|want|need)|have you (?:had a chance|got|been able)|would (?:it|that|this)|is (?:monday|tuesday|wednesday|thursday|friday|\w{1,10} (?:morning|afternoon)))\b/i,
} as const;

export type Frame = 'commit' | 'request' | 'payer';

export interface Classification {
  frame: Frame;
  kind: ExpectationKind;
  confidence: number;
}

/** Kind for a clause already known to state an obligation. */
function kindOf(clause: string, hasMoney: boolean): ExpectationKind {
  const P = CLASSIFY_PATTERNS;
  if (P.payVerb.test(clause) || (hasMoney && P.paymentWord.test(clause))) return 'payment';
  // Before meetings: "must meet WCAG" is a quality bar, not a meeting.
  if (P.standard.test(clause)) return 'standard';
  // "the notes from the call" is a deliverable that mentions a meeting.
  if (P.meeting.test(clause) && !P.meetingArtifact.test(clause)) return 'meeting';
  return 'deliverable';
}

/**
 * Classifies one clause. `hasMoney` and `hasDate` come from the money and date resolvers so
 * that bare statements ("The retainer is $4,000 a month", "Final copy is due Friday") count.
 */
export function classify(clause: string, hasMoney: boolean, hasDate: boolean): Classification | null {
  const P = CLASSIFY_PATTERNS;
  const question = clause.trimEnd().endsWith('?');
  const kind = kindOf(clause, hasMoney);
  if (P.invoiceReader.test(clause)) return { frame: 'request', kind: 'payment', confidence: 0.8 };
  if (P.needFromReader.test(clause) || P.readerDuty.test(clause))
    return { frame: 'request', kind, confidence: 0.8 };
  if (P.commit.test(clause) && !P.request.test(clause)) return { frame: 'commit', kind, confidence: 0.8 };
  if (P.request.test(clause) || P.imperative.test(clause))
    return { frame: 'request', kind, confidence: P.request.test(clause) ? 0.8 : 0.65 };
  if (P.proposal.test(clause) && (P.meeting.test(clause) || hasDate))
    return { frame: 'request', kind: 'meeting', confidence: 0.7 };
  if (P.writerNeedTo.test(clause)) return { frame: 'commit', kind, confidence: 0.65 };
  if (question && P.questionAsk.test(clause)) return { frame: 'request', kind, confidence: 0.6 };
  if (kind === 'payment' && hasMoney && P.statementPayment.test(clause))
    return { frame: 'payer', kind, confidence: 0.7 };
  if (kind === 'standard') return { frame: 'request', kind, confidence: 0.7 };
  if (hasDate && P.deadlineStatement.test(clause)) return { frame: 'request', kind, confidence: 0.6 };
  return null;
}
