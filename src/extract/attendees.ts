/**
 * The writer's people coming along to a meeting: "I'll bring our cellar lead, Maria", "Friday at 3
 * works – I'll have our IT lead, Omar Haddad, join", "our systems engineer, Reto Baumann, will
 * attend with me", "Priya and I will come down". Who attends is a detail of a meeting already
 * proposed or accepted, not something one side owes the other, and the annotators never count it
 * (a thing brought is still a hand-over: "I'll bring sample stems so you can see the colours").
 *
 * The person is a name or a role ("our director", "two committee members", "someone from our
 * education team"). What comes before may only accept or set the time ("Dec 3 at 2 works – "): a
 * time still offered with it ("Would Thursday suit? I'll bring Dan" is two clauses; "Thursday
 * would suit – I'll bring Dan" one) keeps the clause, whose meeting is an item.
 */

import { TIME_OFFER_PATTERNS } from './timeOffers';

/** A role of someone on the writer's side. */
const ROLE = String.raw`(?:manager|director|lead|head|engineer|supervisor|chair|chairman|chairwoman|cfo|ceo|cto|coo|cio|ed|owner|partner|founder|designer|architect|contractor|colleague|members?|assistant|coordinator|officer|vp|president|consultant|specialist|accountant|therapist|monitor|controller|counsel|administrator|admin|planner|buyer|analyst|technician|foreman|surveyor|climber|team)`;

/** Someone by role, read without case: "our Head of Talent", "two committee members", "someone from our education team". */
const BY_ROLE = String.raw`(?:(?:our|my|the client's|two|three|a couple of|one of our|someone from our) (?:[\w-]{1,20} ){0,3}${ROLE}\b|someone from (?:our|my) \w)`;

/** Someone by name, read with case ("Cheryl", "Julien Tremblay", "Tomás"), then a pause or another attendee. */
const BY_NAME = String.raw`\p{Lu}[\p{Ll}'-]{1,20}(?: \p{Lu}[\p{Ll}'-]{1,20})?(?= *(?:[,.;!)(]|$| and | too\b| along\b| with me\b| join\b| on the call\b))`;

/**
 * Someone brought, by name: a full name ("Julien Tremblay"), or a first name with who they are or
 * who else comes ("Cheryl and our director", "Magnus, our foreman", "Hattie, who does our
 * gilding"). A bare capitalised word may be a thing ("I'll bring Prosecco"), so it is not enough.
 */
const BROUGHT_BY_NAME = String.raw`\p{Lu}[\p{Ll}'-]{1,20}(?: \p{Lu}[\p{Ll}'-]{1,20}(?= *(?:[,.;!)(]|$| and ))|(?=,? (?:our|my) |, who\b| and (?:our|my|\p{Lu})| \())`;

/** After "I'll have <someone>": that they join ("I'll have our IT lead, Omar Haddad, join"). */
const JOIN_TAIL = String.raw`(?:,? \p{Lu}[\p{L}'-]{1,20}(?: \p{Lu}[\p{L}'-]{1,20})?,?)? (?:join|dial in|sit in|along|with (?:me|us)|on the call|in the meeting|there)\b`;

/**
 * Any job of the writer's side, named with its holder between commas ("our dockmaster, Ray
 * Pruitt,", "our head setter, Kofi,"): the name makes it a person, whatever the job is called.
 */
const NAMED_JOB = String.raw`(?:our|my) (?:[\w-]{1,20} ){0,2}[\w-]{2,20}, \p{Lu}[\p{L}'-]{1,20}(?: \p{Lu}[\p{L}'-]{1,20})?,? (?:join|dial in|sit in|along|with (?:me|us)|on the call|in the meeting|there)\b`;

/** The writer's own subject, either case. */
const I_WILL = String.raw`\b(?:[Ii]|[Ww]e)(?:'ll| will)`;

export const ATTENDEE_PATTERNS = {
  /** "I'll bring our ED and board chair", "we'll bring two committee members". */
  bringRole: new RegExp(String.raw`${I_WILL} bring ${BY_ROLE}`, 'i'),
  /** "I'll bring Cheryl and our director", "we'll bring Julien Tremblay". */
  bringName: new RegExp(String.raw`${I_WILL} bring ${BROUGHT_BY_NAME}`, 'u'),
  /** "I'll have our office manager, Kylie, on the call too". */
  haveRole: new RegExp(String.raw`${I_WILL} have ${BY_ROLE}${JOIN_TAIL}`, 'iu'),
  /** "I'll have our dockmaster, Ray Pruitt, on the call too", "I'll have our head setter, Kofi, dial in". */
  haveNamedJob: new RegExp(String.raw`${I_WILL} have ${NAMED_JOB}`, 'u'),
  /** "I'll have Kylie join". */
  haveName: new RegExp(String.raw`${I_WILL} have ${BY_NAME}${JOIN_TAIL}`, 'u'),
  /** "Priya and I will come down", "Tom and I will be there". */
  comeTogether: /\b\p{Lu}[\p{Ll}'-]{1,20} and I (?:will|'ll) (?:come|be there|attend|join)\b/u,
  /** "Marcus (our Head of Eng) will join too", "our systems engineer, Reto Baumann, will attend with me". */
  joins:
    /\b(?:will|'ll) (?:join|attend|come (?:along|down|over|with (?:me|us))|be joining)(?: (?:us|too|as well|with (?:me|us)|the (?:call|meeting|visit|walk|tasting|review)))*\W*$/i,
  /** Who "will join" is a person or a role, not a thing ("the new pump will join the line"): read in the words just before. */
  joinerByRole: new RegExp(BY_ROLE, 'i'),
  joinerByName: new RegExp(String.raw`${BY_NAME}|\)`, 'u'),
  /**
   * After the person, a job they come to do: "I'll bring our climber so we can do an aerial
   * inspection", "I'll bring Dan to measure up" (a service, still an item).
   */
  purpose:
    /\b(?:so (?:that )?(?:we|he|she|they|you|it|i)\b|in order to\b|to (?!the\b|our\b|your\b|that\b|this\b|my\b)[a-z]{2,})/i,
  /**
   * Before the attendees, only an acceptance of a time: not a time still offered ("would suit"),
   * another act ("I'll send a Teams invitation shortly; my colleague Tobias will join") or a
   * proposal ("Site inspection Wed 24/11 10am, my engineer will attend").
   */
  stillOffered:
    /\b(?:would|could|can|shall|how about|what about|if|please|send|sending|invite|invitation|i'll|i will|we'll|we will)\b|\?/i,
  /** A time accepted: "Friday 10am works", "The 3rd at 2pm is fine". */
  accepted: /\b(?:works?|is fine|is good|is great|is perfect|suits?|it is|sounds good|confirmed)\b/i,
} as const;

/**
 * Whether "ll " is in the clause, in either case: every pattern of an attendee needs it ("I'll",
 * "we will"). Four of them carry the `u` flag, which the literal gates leave ungated, and this
 * check runs on every clause the rules read (profiled 2026-12-05: the patterns were about 2% of
 * extraction, on clauses nearly all without "ll ").
 */
function saysWill(clause: string): boolean {
  for (let i = clause.indexOf(' ', 2); i !== -1; i = clause.indexOf(' ', i + 1))
    if ((clause.charCodeAt(i - 1) | 0x20) === 108 && (clause.charCodeAt(i - 2) | 0x20) === 108) return true;
  return false;
}

/** Whether the clause only says who from the writer's side comes to a meeting. */
export function bringsOwnPeople(clause: string): boolean {
  if (!saysWill(clause)) return false;
  const P = ATTENDEE_PATTERNS;
  const act =
    P.bringRole.exec(clause) ??
    P.bringName.exec(clause) ??
    P.haveRole.exec(clause) ??
    P.haveNamedJob.exec(clause) ??
    P.haveName.exec(clause) ??
    P.comeTogether.exec(clause);
  if (act) {
    const after = clause.slice(act.index + act[0].length);
    return onlyAccepts(clause.slice(0, act.index)) && !P.purpose.test(after);
  }
  const joins = P.joins.exec(clause);
  if (!joins) return false;
  const before = clause.slice(0, joins.index);
  const joiner = before.slice(-50);
  return (P.joinerByRole.test(joiner) || P.joinerByName.test(joiner)) && onlyAccepts(before);
}

/** What comes before the attendees: nothing, or a time accepted, not offered or proposed. */
function onlyAccepts(before: string): boolean {
  const P = ATTENDEE_PATTERNS;
  if (P.stillOffered.test(before)) return false;
  return !(TIME_OFFER_PATTERNS.day.test(before) || /\d/.test(before)) || P.accepted.test(before);
}
