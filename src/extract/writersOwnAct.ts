/**
 * A commitment of the writer's side the intent model must not turn into an ask, though it reads a
 * time or a question in it: a call or a thing promised to the reader ("I'll call you Friday", "You
 * will have the quote by Tuesday"), a thing the writer will send to the reader ("I'll put the
 * course outline together and send it to you by Wednesday 19 November, so you have two days to
 * review it before the meeting"), work offered at a time ("Our engineer can do the survey on
 * Thursday 29 October - which suits?"), a visit to do the job ("Luis can stop by Thursday at 8:30
 * to test the panic button"), and how the writer pays ("Our AP team pays within 14 days
 * of invoice, just make sure the PO number is on it").
 */
import { promisesCall } from './callPromise';
import { writerPaysHabitually } from './classify';
import { offersService } from './serviceOffer';
import { meetsReaderAtPlace } from './meetsAtPlace';
import { visitsToWork } from './offeredVisit';
import { sendsToReader } from './sendsToReader';

export const WRITERS_OWN_ACT_PATTERNS = {
  /** "I'll …", "Janet, we will …": the clause opens on the writer's promise… */
  opensOnPromise:
    /^\W{0,3}(?:[\w'-]{2,15}, )?(?:i|we)(?:'ll| will| shall) (?!need\b|want\b|be\b|have to\b|let you\b|ask\b|see\b|check\b|wait\b)/i,
  /** …and puts no time to the reader ("I'll come in on Thursday, if that suits?"). */
  putToReader: /\?\W{0,3}$|\bif (?:that|this|it) (?:suits|works)\b/i,
} as const;

/**
 * "I'll print a hard proof for you to sign off before the run", "Janet, I'll get the log to you
 * first thing Monday": a promise said first, whatever it asks of the reader after.
 */
function plainPromise(clause: string): boolean {
  const P = WRITERS_OWN_ACT_PATTERNS;
  return P.opensOnPromise.test(clause) && !P.putToReader.test(clause);
}

export function writersOwnAct(clause: string): boolean {
  return (
    promisesCall(clause) ||
    offersService(clause) ||
    visitsToWork(clause) ||
    writerPaysHabitually(clause) ||
    (clause.includes(' to you') && sendsToReader(clause)) ||
    meetsReaderAtPlace(clause) ||
    plainPromise(clause)
  );
}
