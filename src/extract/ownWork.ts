/**
 * The writer's side offering, confirming or describing its own work for the reader: a visit on a
 * day (offeredVisit.ts), work over a span of days (workSpan.ts), a booking confirmed to the reader
 * (confirmedBooking.ts), or what it brings with the job (suppliedOutright.ts). None is news of
 * where someone will be, so the commitment model's status reading never withdraws them.
 */
import { confirmsBooking } from './confirmedBooking';
import { offersVisit, offersVisitOn } from './offeredVisit';
import { suppliesOutright } from './suppliedOutright';
import { schedulesWorkOverSpan } from './workSpan';

export function offersOwnWork(clause: string): boolean {
  return (
    offersVisit(clause) ||
    offersVisitOn(clause) ||
    schedulesWorkOverSpan(clause) ||
    confirmsBooking(clause) ||
    suppliesOutright(clause)
  );
}
