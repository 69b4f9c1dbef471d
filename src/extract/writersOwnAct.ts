/**
 * A commitment of the writer's side the intent model must not turn into an ask, though it reads a
 * time or a question in it: a call or a thing promised to the reader ("I'll call you Friday", "You
 * will have the quote by Tuesday"), a thing the writer will send to the reader ("I'll put the
 * course outline together and send it to you by Wednesday 19 November, so you have two days to
 * review it before the meeting"), work offered at a time ("Our engineer can do the survey on
 * Thursday 29 October - which suits?"), and how the writer pays ("Our AP team pays within 14 days
 * of invoice, just make sure the PO number is on it").
 */
import { promisesCall } from './callPromise';
import { writerPaysHabitually } from './classify';
import { offersService } from './serviceOffer';
import { sendsToReader } from './sendsToReader';

export function writersOwnAct(clause: string): boolean {
  return (
    promisesCall(clause) ||
    offersService(clause) ||
    writerPaysHabitually(clause) ||
    (clause.includes(' to you') && sendsToReader(clause))
  );
}
