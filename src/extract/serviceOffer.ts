/**
 * A service the writer's side offers to perform at a time: "We can offer Monday 29 March for the
 * haul-out", "Our engineer Declan can do the structural survey of the roof on Thursday 29 October
 * or Tuesday 3 November - which suits?", "we can fit the week of 14 December". The work is the
 * writer's deliverable
 * (the blind annotators mark 21 of 28 such offers so in the gold tuning part of 6 December 2026,
 * the rest being tastings, trials and visits, which are meetings), not a time proposed for the
 * reader to meet, so neither the meeting rules nor the intent model read it as an ask. Not a
 * time offered ("I can do Wednesday at 10"), nor the writer's purpose after an ask ("please sign
 * by Friday so we can start on Monday").
 */
import { CLASSIFY_PATTERNS } from './classifyPatterns';

export const SERVICE_OFFER_PATTERNS = {
  /**
   * The writer's side (I, we, our engineer, "our installer, Dylan,", a name opening the clause,
   * "Luis and his crew"; not "Nobody", "Couriers" or "Tenants") can or could do a piece of work;
   * not a doubt, a wish or a question about it ("I doubt we could install before Monday", "I wish
   * we could start on the 9th", "whether we could start on Monday instead").
   */
  offer:
    /(?<!\b(?:so|that|and|then|if|once|when|doubt|wish|whether|theory|sure|hoped|hope|wondered|wonder|unless|think|thought) )(?:\b(?:I|[Ww]e|(?:[Oo]ur|[Mm]y) [a-z-]{2,20}(?: [a-z-]{2,20})?(?:,? (?:(?:Mr|Mrs|Ms|Dr)\.? )?[A-Z][a-z]+(?: [A-Z][a-z]+)?,?)?)|^(?!(?:He|She|They|It|You|This|That|Which|Who|There|Nobody|Anyone|Anybody|Someone|Somebody|Everyone|Everybody|None|Each|Every|All|Both|Either|Neither|Staff|Crew|Team)\b)[A-Z][a-z]+(?<!(?:ers|ants|ents|ists|ees|ors|ies|ians|ts|rs))(?: and (?:his|her|their) (?:crew|team|colleagues?))?) (?:can|could) (?:also |then |already |still |only )?(?:do (?![A-Z]|\d|this\b|next\b|tomorrow\b|today\b|the \d|either\b|both (?:days|dates|times)\b)|fit|install|start|deliver|haul|offer (?!you\b)|survey|collect|ship|send|inspect|service|sweep|tune|repair|replace)\b/,
  /** Work that is a meeting after all ("We can do a tasting next week", "a free trial on Wednesday"). */
  meetingWork:
    /\b(?:tasting|orientation|trial|demo|call|meeting|chat|walkthrough|walk-through|tour|presentation|interview|workshop|session|briefing|visit (?:the|our|your)|lunch|coffee|dinner)s?\b/i,
  /** "We could offer Tuesday 24 March at 15:00 or …": "could offer" puts times to meet, "can offer" a slot for the work. */
  couldOffer: /\bcould (?:also )?offer\b/,
  /**
   * Of that, what is a meeting offered to the reader ("We can do a tasting next Tuesday at 1pm", "a
   * free trial on Wednesday at 6:30 pm"), not the job itself (a workshop, a session, a lunch).
   */
  meetingOffered:
    /\b(?:tasting|trial|demo|demonstration|walkthrough|walk-through|tour|presentation|interview|viewing|consultation)s?\b/i,
  /** "the week of 14 December": a time that names no day, yet times the offer. */
  weekOf: /\b(?:the )?week (?:of|commencing|beginning|starting) \d|\bw\/c \d/i,
} as const;

/** An hour, a month and day, or an ordinal day: the time an offer is made for. */
export function namesATime(clause: string): boolean {
  const C = CLASSIFY_PATTERNS;
  return C.timeHint.test(clause) || C.monthDay.test(clause) || C.theOrdinal.test(clause);
}

/** Whether the clause offers the reader a piece of the writer's side's work at a given time. */
export function offersService(clause: string): boolean {
  const P = SERVICE_OFFER_PATTERNS;
  return (
    P.offer.test(clause) &&
    !P.meetingWork.test(clause) &&
    !P.couldOffer.test(clause) &&
    (namesATime(clause) || P.weekOf.test(clause))
  );
}

/**
 * Whether the clause offers, at a time, work that is a meeting after all ("We can do a tasting next
 * Tuesday at 1pm", "we could do a demo on Thursday at 10").
 */
export function offersMeetingWork(clause: string): boolean {
  const P = SERVICE_OFFER_PATTERNS;
  return P.offer.test(clause) && P.meetingOffered.test(clause) && namesATime(clause);
}
