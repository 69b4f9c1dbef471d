/**
 * The writer's side meeting the reader's people at a place on the day: "Our site manager, Kev
 * Dobson, will meet you at the mill gates at 10 with keys", "she'll meet your crew at Gate 3 at 8am
 * on the day", "I'll meet you both at the Stage 4 gate". The blind annotators write it as the
 * writer's deliverable (it lets the other side in, shows them round), not a meeting: 76 of the 80
 * such sentences they annotate in the tuning part of the eighth round of 7 December 2026. The
 * meeting rules typed it a meeting, and the intent model often read "meet you at" as an ask of
 * the reader, binding the wrong side.
 */
import type { Classification } from './classify';
import { offersMeetingWork } from './serviceOffer';

export const MEETS_AT_PLACE_PATTERNS = {
  /**
   * "will meet you at", "'ll meet your crew at", "will meet the Kane crew at": the reader's people
   * met at a place (not "meet you halfway", nor a time: "meet you at 10").
   */
  meetsReader:
    /\b(?:will|'ll|’ll) meet (?:you(?: both| all| two)?|your (?:[\w-]{2,20} ){0,2}?(?:crew|team|technicians?|engineers?|drivers?|trucks?|installers?|surveyors?|staff|people|group|guys|fitters?|riggers?|director|inspector)|the (?:[\w-]{2,20} )?(?:crew|team|groups?)) (?:at|outside|by|in (?:the|our|their|front|reception)\b|on (?:site\b|the (?!\d)))(?! ?\d|noon\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b| your\b)/i,
  /**
   * A meeting after all: "to discuss", "for a coffee", "to review the draft", "so we can talk
   * through the brief", "to sign the contract", "for dinner with the board", or a question.
   */
  meetingAfterAll:
    /\?|\b(?:discuss|review|talk|sign|negotiate|present|go (?:over|through)|catch up|chat|coffee|lunch|dinner|breakfast|drinks?|tasting|interview)\b/i,
  /** The reader's people meeting someone ("Your driver will meet the site team at Gate 2"). */
  readersPeople: /^\W{0,3}(?:(?:and|so|but|then),? )?(?:your|you)\b/i,
} as const;

/** Whether the writer's side meets the reader's people at a place to let them in or show them round. */
export function meetsReaderAtPlace(clause: string): boolean {
  const P = MEETS_AT_PLACE_PATTERNS;
  return (
    clause.includes('meet') &&
    P.meetsReader.test(clause) &&
    !P.meetingAfterAll.test(clause) &&
    !P.readersPeople.test(clause)
  );
}

/**
 * A commitment the rules typed by its verb, retyped by what it is: one typed a meeting that only
 * meets the reader's people at a place is a deliverable; one typed a deliverable that offers a
 * tasting, a trial or a demo at a time ("We can do a tasting next Tuesday at 1pm") is a meeting
 * proposed to the reader, as the annotators write it (serviceOffer.ts `offersMeetingWork`).
 */
export function retypedCommitment(clause: string, cls: Classification | null): Classification | null {
  if (cls?.frame !== 'commit') return cls;
  if (cls.kind === 'meeting' && meetsReaderAtPlace(clause)) return { ...cls, kind: 'deliverable' };
  if (cls.kind === 'deliverable' && offersMeetingWork(clause))
    return { ...cls, frame: 'request', kind: 'meeting' };
  return cls;
}
