/**
 * Typed failures of calendar calls, each with a sentence the sidebar can show as is.
 */

/** The request never got an answer (no network, DNS, timeout): the booking goes to the outbox. */
export class OfflineError extends Error {
  override readonly name = 'OfflineError';
  readonly userMessage = 'You seem to be offline. Accord saved the booking and will retry.';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export type ProviderErrorKind =
  'unauthorized' | 'forbidden' | 'notFound' | 'gone' | 'throttled' | 'server' | 'rejected';

/** The calendar answered with an error that retrying now will not fix. */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  constructor(
    readonly kind: ProviderErrorKind,
    readonly status: number,
    readonly userMessage: string,
    /** True when a later retry (the outbox) may succeed: throttling or server trouble. */
    readonly retryable: boolean,
    detail?: string,
  ) {
    super(`${userMessage}${detail ? ` — ${detail}` : ''}`);
  }
}

/** A raw non-2xx answer from a transport; the fault policy turns it into a decision. */
export class HttpStatusError extends Error {
  override readonly name = 'HttpStatusError';
  constructor(
    readonly status: number,
    /** The Retry-After header as sent, if any. */
    readonly retryAfter: string | null,
    readonly body: string,
  ) {
    super(`HTTP ${status}`);
  }
}

export function userMessageFor(kind: ProviderErrorKind, provider: string, status: number): string {
  switch (kind) {
    case 'unauthorized':
      return `${provider} did not accept Accord's sign-in. Reconnect the calendar in Accord's settings.`;
    case 'forbidden':
      return `${provider} refused the request (${status}). Accord may lack permission for this calendar or event; reconnect it in Accord's settings.`;
    case 'notFound':
      return `${provider} has no such event (${status}). It may have been deleted in the calendar.`;
    case 'gone':
      return `The event was deleted in ${provider} (${status}).`;
    case 'throttled':
      return `${provider} is limiting requests right now. Accord will retry the booking later.`;
    case 'server':
      return `${provider} is having trouble (${status}). Accord will retry the booking later.`;
    case 'rejected':
      return `${provider} rejected the request (${status}).`;
  }
}
