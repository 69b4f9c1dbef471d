/** Words for reviews: times in a given zone (Intl only: the content script carries no date library). */
import type { ProviderId, ReviewStatus } from '../../../calendar/types';
import type { ReviewView } from '../../../messaging/protocol';

export function formatWhen(iso: string, timeZone: string | undefined): string {
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  };
  try {
    return new Intl.DateTimeFormat(undefined, { ...options, timeZone }).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat(undefined, options).format(new Date(iso));
  }
}

export const PROVIDER_LABEL: Record<ProviderId, string> = {
  ics: '.ics file',
  google: 'Google Calendar',
  microsoft: 'Outlook',
};

const CADENCE_LABEL: Record<string, string> = {
  weekly: 'every week',
  biweekly: 'every two weeks',
  monthly: 'every month',
  quarterly: 'every quarter',
};

export function cadenceText(review: ReviewView): string {
  return review.recurrence ? (CADENCE_LABEL[review.recurrence.cadence] ?? 'repeating') : 'once';
}

/** The state in words: a pending booking says it will retry, a refusal says why. */
export function stateText(review: ReviewView): { text: string; kind: ReviewStatus | 'failed' } {
  if (review.outbox === 'failed')
    return { text: `Not booked: ${review.note ?? 'the calendar refused it.'}`, kind: 'failed' };
  if (review.outbox === 'pending' || review.status === 'pending')
    return { text: `Pending — will retry. ${review.note ?? ''}`.trim(), kind: 'pending' };
  if (review.status === 'cancelled') return { text: 'Cancelled', kind: 'cancelled' };
  return { text: `Booked (${PROVIDER_LABEL[review.provider]})`, kind: 'booked' };
}

/** A file name that says what it is: "review-acme-2026-03-03.ics". */
export function icsFilename(title: string, start: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${slug || 'review'}-${start.slice(0, 10)}.ics`;
}
