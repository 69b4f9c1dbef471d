import type { FaultPolicy, TokenSource } from '../../../src/http/faultPolicy';
import type { ReviewEvent } from '../../../src/calendar/types';

/** Tokens "t1", "t2", … : each renewal hands out the next one, so tests can see which was used. */
export function fakeTokens(): TokenSource & { renewals: number } {
  let n = 1;
  const source = {
    renewals: 0,
    async getToken() {
      return `t${n}`;
    },
    async renewToken() {
      source.renewals += 1;
      n += 1;
      return `t${n}`;
    },
  };
  return source;
}

/** Real policy decisions, no real waiting: sleeps are recorded instead. */
export function fastPolicy(sleeps: number[]): Partial<FaultPolicy> {
  return {
    maxAttempts: 3,
    baseDelayMs: 100,
    maxDelayMs: 10_000,
    timeoutMs: 80,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    now: () => Date.parse('2026-03-01T12:00:00Z'),
  };
}

export const review: ReviewEvent = {
  id: 'a1b2c3d4e5f6g7h8i9j0',
  title: 'Review with Acme',
  start: '2026-03-03T09:00:00-05:00',
  end: '2026-03-03T09:30:00-05:00',
  timeZone: 'America/New_York',
  attendees: [
    { name: 'Ann Lee', email: 'ann@acme.com' },
    { name: 'Bo Chen', email: 'bo@acme.com' },
  ],
  description: 'Review with Acme — 2026-03-03\n\nLate:\n- Deposit (them, due 2026-02-28)\n',
  recurrence: { cadence: 'biweekly', count: 6 },
  wantsVideo: true,
};
