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
  const text = e instanceof Error ? e.message : String(e);
  // The worker stopped mid-request (Chrome stops idle workers; an update restarts it).
  if (/message port closed|message channel closed|receiving end does not exist/i.test(text))
    return 'Accord’s background worker stopped before answering. A booking it had started finishes on its own and appears below as pending until then.';
  return text;
}
