/**
 * The fault policy every call to a provider shares (calendars, and Graph mail reading):
 * - 401: renew the token once and retry;
 * - 403 / 404 / 410: a ProviderError with a message for the user (no retry);
 * - 429 and 5xx: retry with backoff, honouring Retry-After, a bounded number of times;
 * - no answer (network error, timeout): OfflineError, so the caller queues the booking.
 * Transports (fetch for Google, the Graph client for Microsoft) only report what happened
 * by throwing HttpStatusError or a network error; every decision is made here.
 */
import {
  HttpStatusError,
  OfflineError,
  ProviderError,
  userMessageFor,
  type ProviderErrorKind,
} from './errors';

export interface TokenSource {
  /** A current access token (from the session cache, or a fresh sign-in). */
  getToken(): Promise<string>;
  /** Drops the current token and gets a new one (refresh token, silent flow, then interactive). */
  renewToken(): Promise<string>;
}

export interface FaultPolicy {
  /** Display name used in messages: 'Google Calendar', 'Outlook'. */
  provider: string;
  /** Total tries for throttling and server errors, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  /** Longest wait Accord sits through; a longer Retry-After hands the booking to the outbox. */
  maxDelayMs: number;
  timeoutMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  /** Providers may reclassify an answer (Google sends quota errors as 403). */
  classify?: (err: HttpStatusError) => ProviderErrorKind | null;
}

export const defaultPolicy = (provider: string): FaultPolicy => ({
  provider,
  maxAttempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  timeoutMs: 20_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
});

/** Retry-After in ms: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

export function kindOf(status: number): ProviderErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 410) return 'gone';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'server';
  return 'rejected';
}

function isAbort(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'AbortError';
}

/** Runs `attempt` with a timeout; a timeout or a thrown non-HTTP error becomes OfflineError. */
async function once<T>(
  attempt: (token: string, signal: AbortSignal) => Promise<T>,
  token: string,
  p: FaultPolicy,
) {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new OfflineError(`${p.provider} did not answer within ${p.timeoutMs} ms`));
    }, p.timeoutMs);
  });
  try {
    return await Promise.race([attempt(token, controller.signal), timeout]);
  } catch (err) {
    if (err instanceof HttpStatusError || err instanceof ProviderError || err instanceof OfflineError)
      throw err;
    if (isAbort(err)) throw new OfflineError(`${p.provider} did not answer in time`, { cause: err });
    // fetch rejects with TypeError when there is no answer at all (offline, DNS, reset).
    if (err instanceof TypeError)
      throw new OfflineError(`${p.provider} could not be reached`, { cause: err });
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

export async function withFaultPolicy<T>(
  attempt: (token: string, signal: AbortSignal) => Promise<T>,
  tokens: TokenSource,
  p: FaultPolicy,
): Promise<T> {
  let token = await tokens.getToken();
  let renewed = false;
  for (let tries = 1; ; tries++) {
    try {
      return await once(attempt, token, p);
    } catch (err) {
      if (!(err instanceof HttpStatusError)) throw err;
      const kind = p.classify?.(err) ?? kindOf(err.status);
      const fail = (retryable: boolean) =>
        new ProviderError(
          kind,
          err.status,
          userMessageFor(kind, p.provider, err.status),
          retryable,
          err.body.slice(0, 300),
        );
      if (kind === 'unauthorized') {
        if (renewed) throw fail(false);
        renewed = true;
        token = await tokens.renewToken();
        tries--; // a renewal is not a throttling attempt
        continue;
      }
      if (kind !== 'throttled' && kind !== 'server') throw fail(false);
      if (tries >= p.maxAttempts) throw fail(true);
      const hinted = parseRetryAfter(err.retryAfter, p.now());
      const delay = hinted ?? p.baseDelayMs * 2 ** (tries - 1);
      if (delay > p.maxDelayMs) throw fail(true);
      await p.sleep(delay);
    }
  }
}

/** Google-style JSON over fetch: throws HttpStatusError for non-2xx, returns null for an empty body. */
export async function fetchJson<T>(
  fetchImpl: typeof fetch,
  method: string,
  url: string,
  token: string,
  signal: AbortSignal,
  body?: unknown,
): Promise<T | null> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetchImpl(url, {
    method,
    headers,
    signal,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  if (!res.ok) throw new HttpStatusError(res.status, res.headers.get('Retry-After'), text);
  return text ? (JSON.parse(text) as T) : null;
}
