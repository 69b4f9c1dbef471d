/**
 * The sidebar's calls for review meetings. Passed to the components as a parameter so a
 * test can hand in a fake; the default talks to the worker.
 */
import { sendToWorker } from '../../../messaging/client';
import type { RequestPayload } from '../../../messaging/protocol';

export const reviewApi = {
  status: () => sendToWorker('calendar.status', {}),
  list: (clientId: string) => sendToWorker('reviews.forClient', { clientId }),
  propose: (req: RequestPayload<'review.proposeSlots'>) => sendToWorker('review.proposeSlots', req),
  book: (req: RequestPayload<'review.book'>) => sendToWorker('review.book', req),
  reschedule: (req: RequestPayload<'review.reschedule'>) => sendToWorker('review.reschedule', req),
  cancel: (req: RequestPayload<'review.cancel'>) => sendToWorker('review.cancel', req),
};

export type ReviewApi = typeof reviewApi;

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
