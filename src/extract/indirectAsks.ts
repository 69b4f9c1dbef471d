/**
 * Asks said without "please" or a question (December 2026, from the kinds of phrasing the
 * email-intent sentences showed extraction missing): the writer's need for the reader's answer,
 * thanks said ahead for the reader's help, wondering aloud, a wish to meet the reader, advice to
 * the reader, and a time the writer is free to meet. The rules' reading is one of the intent
 * model's features, so each of these makes the model likelier to keep the ask; the model still
 * decides. An imperative after a greeting or a name ("Hi Sam, send the file again") is one too.
 */
import { CLASSIFY_PATTERNS } from './classifyPatterns';
import { thirdPartyNeeds } from './wants';

const MEET_VERB = String.raw`see|meet|visit|talk|speak|chat|catch up|get caught up|get together|sit down|have lunch|have dinner|have coffee|grab (?:coffee|lunch|dinner|a drink)|go over|walk through`;

export const INDIRECT_ASK_PATTERNS = {
  /** "I need to know which room", "we'll need to hear back by noon": only the reader can answer. */
  needToKnow:
    /\b(?:i|we)(?:'ll| will| would|'d| do| really| just| still| also){0,2} need to (?:know|hear|see your|get your|have your)\b|^(?:\w{2,12}, )?(?:but |and |so |just )?need to (?:know|hear|find out)\b/i,
  /** "I would greatly appreciate your help", "we'd really welcome a quick answer". */
  appreciateYours:
    /\b(?:i|we)(?:'d| would)(?: (?:greatly|really|truly|sincerely|certainly|definitely|very much|much|so|also))? (?:appreciate|welcome) (?:your|any|a|an|some|it|you)\b/i,
  /** "Any figures you can share …", "any help you could give me …" (with `wouldHelp`). */
  anyYouCan:
    /\bany (?:[\w-]{2,20} ){0,3}?you (?:can|could|might) (?:give|provide|send|share|offer|spare|lend)\b/i,
  /** "A quick call would be helpful", "an e-mail on it would be much appreciated". */
  thingWouldHelp:
    /^(?:\w{2,12},? )?(?:an?|your|a quick|a short|a brief) (?:[\w-]{2,20} ){0,2}?(?:call|e-?mail|note|reply|response|update|answer|word|heads-up|voicemail|summary|copy|list|look)\b/i,
  wouldHelp:
    /\b(?:would|will|'d|is|are) (?:be )?(?:greatly |much |very |most |really |so |also |extremely )?(?:appreciated|helpful|useful|welcome)\b/i,
  /** "I was wondering if it might be possible to …", "I wanted to see if you might be free". */
  wondering:
    /\b(?:i|we)(?:'m| am|'re| are| was| were)? (?:just |also )?wondering (?:if|whether)\b|\b(?:i|we) (?:just |also )?(?:wanted|want|would like|'d like) to (?:know|see|ask|check|find out|inquire|confirm) (?:if|whether|when|what|how)\b/i,
  /** "I'd love to catch up with you", "we'd like to see you before the launch". */
  meetYou: new RegExp(
    String.raw`\b(?:(?:i|we)(?:'d| would)|and would)(?: (?:really|very much|also|definitely|still))? (?:like|love) to (?:${MEET_VERB}) (?:with |to )?you\b`,
    'i',
  ),
  /**
   * "I'd like to hear your thoughts on the draft", "we'd love to get your feedback", "let me have
   * your comments by Thursday noon".
   */
  hearYours:
    /\b(?:(?:i|we)(?:'d| would)(?: (?:really|also|very much))? (?:like|love) to (?:hear|get|have|know|see)|let (?:me|us) (?:have|know)) (?:your (?:thoughts|views|feedback|input|comments|opinion|take|answer|decision|reaction|corrections|changes|edits|sign-?off|approval|go-ahead)|what you think)\b/i,
  /** "I have a slot free at 2:00", "we have some time on Thursday". */
  timeFree:
    /\b(?:i|we) (?:have|'ve got|have got) (?:a |an |some )?(?:free |open |spare )?(?:time|slot|time slot|window|opening|gap) (?:free |open |available )?(?:at|on|this|next|tomorrow|today|between|after|before)\b/i,
  /** "I'm interested in talking to you about …", "we're keen to meet". */
  keenToMeet:
    /\b(?:i'm|i am|we're|we are) (?:very |really |also |still )?(?:interested in|keen on|keen to|hoping to|eager to) (?:(?:talking|speaking|meeting|chatting|getting together|talk|speak|meet|chat|get together)(?: (?:with|to))? (?:you|your team)\b|(?:discussing|discuss) (?:[\w-]{2,20} ){0,3}?with you\b)/i,
  /** "I am writing to request a meeting", "to arrange a call with you". */
  requestMeeting:
    /\bwriting to (?:request|ask for|propose|suggest|invite)\b|\b(?:request|arrange|schedule|book) (?:a|an) (?:[\w-]{2,12} )?(?:meeting|call|appointment|conversation) with you\b/i,
  /**
   * "I'd suggest we start with the lobby", "I'd suggest meeting first", "my advice is to call them"
   * (not "you may want to …", as common in adverts as in advice; not "we recommend filing …", a
   * professional's advice on the writer's own work; not "we propose to install …", the writer's plan).
   */
  advice:
    /\b(?:i|we)(?:'d| would)?(?: (?:also|strongly))? (?:suggest (?:that )?(?:you|we|to|[a-z]{3,}ing)|(?:recommend|propose) (?:that )?(?:you|we))\b|\bmy (?:suggestion|recommendation|advice) (?:is|would be) to\b/i,
  /** "I'm available to discuss it on Tuesday", "Our team is available at your convenience" (a person, not "Parking is free"). */
  availableToMeet:
    /\b(?:i'm|i am|we're|we are|i'll be|i will be|we'll be|we will be|and am|(?:our|my) (?:[\w-]{2,20} )?team is) (?:also |still )?(?:available|free) (?:(?:[\w,]{2,12} ){0,4}?to (?:meet|discuss|talk|chat|speak|go over|walk)|at your convenience|any ?time)\b|\byou can (?:catch|find) (?:me|us) (?:at|in) (?:the|our|my)\b/i,
  /** "… and would like to discuss our proposal with you": a wish to meet, beside whereabouts. */
  discussWithYou:
    /\b(?:like|love|want) to (?:discuss|talk about|go over|review|walk through) (?:[\w-]{2,20} ){0,3}?with you\b/i,
  /** A greeting or a name before the clause proper: "Hi Sam, ", "Hey, ", "Mike - ". */
  greeting:
    /^(?:(?:[Hh]i|[Hh]ey|[Hh]ello|[Dd]ear|[Oo]k|[Oo]kay|[Yy]es|[Ss]ure|[Tt]hanks|[Gg]reat)\b[\w ]{0,20}?|(?!(?:Re|Fwd|Fw|Subject|Update|Note|Also|So|Well|No|Today|Tomorrow|Then|Again|Overall|Meanwhile|However|Otherwise|Finally|First|Second|Next|Plus|Btw|Fyi|Ps|Unfortunately|Luckily|Sadly|Honestly|Actually|Basically|Anyway)\b)(?![A-Za-z]+ly\b)[A-Z][a-z]{1,14}) ?(?:[,;!]|--?) ?/,
  /**
   * "The kitchen should face the garden, not the street", "Invoices should be addressed to our
   * Finance Director", "The originals should go to my attention at …": how a thing of the work
   * should be, said to the side doing it. Not a forecast ("The parcel should arrive Monday",
   * "That should be fine", "It should work").
   */
  thingShould:
    /^(?:(?:and|also|but|so|then),? )?(?:the|your|all|any|both|each|every|invoices|payments|deliveries|originals|copies)\b(?: [\w'&-]{2,20}){0,4} should (?:(?:always|only|also|ideally|preferably|still|not|never) )?(?:be (?:addressed|labell?ed|marked|printed|painted|positioned|placed|mounted|written|formatted|made out|framed|laminated|stamped|wrapped|packed|finished|coloured|colored|sized|engraved|embroidered|hung|fixed to|attached to|sent to|delivered to|shipped to|posted to|emailed to|copied to|cc'?d to|kept|stored|set up|built|designed|laid out|named|titled|called)\b|(?:face|go to|match|use|include|look like|read|follow|show|stay|remain|list|mention|state|reference|carry|point)\b)/i,
  /** A day or a time in the clause: a forecast of when ("should be sent to you on Friday"), not how a thing should be. */
  dayOrTime:
    /\b(?:today|tonight|tomorrow|tmrw|(?:mon|tues|wednes|thurs|fri|satur|sun)day|next|this (?:week|month)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6} \d|\d{1,2}(?:st|nd|rd|th)?\b (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,2}(?::\d{2})? ?(?:am|pm))\b/i,
} as const;

/**
 * An ask said without "please" or a question mark: the kinds above, and a need of someone on the
 * writer's side ("our office manager needs the invoice sent", wants.ts).
 */
export function indirectAsk(clause: string): boolean {
  const P = INDIRECT_ASK_PATTERNS;
  return (
    thirdPartyNeeds(clause) ||
    P.needToKnow.test(clause) ||
    P.appreciateYours.test(clause) ||
    ((P.anyYouCan.test(clause) || P.thingWouldHelp.test(clause)) && P.wouldHelp.test(clause)) ||
    P.wondering.test(clause) ||
    P.meetYou.test(clause) ||
    P.keenToMeet.test(clause) ||
    P.hearYours.test(clause) ||
    P.requestMeeting.test(clause) ||
    P.advice.test(clause) ||
    (clause.includes(' should ') && P.thingShould.test(clause) && !P.dayOrTime.test(clause)) ||
    offersToMeet(clause)
  );
}

/** A time or a willingness to meet offered to the reader: not mere whereabouts (obligation.ts). */
export function offersToMeet(clause: string): boolean {
  const P = INDIRECT_ASK_PATTERNS;
  return (
    P.availableToMeet.test(clause) ||
    P.timeFree.test(clause) ||
    P.meetYou.test(clause) ||
    P.discussWithYou.test(clause)
  );
}

/** "Hey, send them again", "Mike, send it to John": the imperative after a greeting or a name. */
export function greetingImperative(clause: string): boolean {
  const greeting = INDIRECT_ASK_PATTERNS.greeting.exec(clause);
  return greeting !== null && CLASSIFY_PATTERNS.imperative.test(clause.slice(greeting[0].length));
}
