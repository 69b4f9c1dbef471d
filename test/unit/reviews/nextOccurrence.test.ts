import type { Review } from '../../../src/calendar/types';
import { nextOccurrence } from '../../../src/worker/nextOccurrence';

const base: Review = {
  id: 'r1',
  clientId: 'c',
  provider: 'ics',
  eventId: 'r1',
  htmlLink: null,
  joinUrl: null,
  title: 'Review',
  start: '2026-03-03T09:00:00.000-05:00',
  end: '2026-03-03T09:30:00.000-05:00',
  timeZone: 'America/New_York',
  recurrence: null,
  attendees: [],
  agenda: '',
  status: 'booked',
  sequence: 0,
  wantsVideo: false,
  createdAt: '2026-03-01T00:00:00Z',
  updatedAt: '2026-03-01T00:00:00Z',
};

describe('the next occurrence of a review', () => {
  it('is the review itself until it is over, then none', () => {
    expect(nextOccurrence(base, new Date('2026-03-02T12:00:00Z'))).toBe(base.start);
    expect(nextOccurrence(base, new Date('2026-03-04T12:00:00Z'))).toBeNull();
  });

  it('keeps a weekly review’s local time across the DST change', () => {
    const weekly = { ...base, recurrence: { cadence: 'weekly' as const } };
    // US clocks change on 8 March 2026: the 10 March review is still at 09:00 local, now -04:00.
    expect(nextOccurrence(weekly, new Date('2026-03-05T12:00:00Z'))).toBe('2026-03-10T09:00:00-04:00');
  });

  it('counts an occurrence under way as the next one, and a cancelled series as none', () => {
    const weekly = { ...base, recurrence: { cadence: 'weekly' as const } };
    expect(nextOccurrence(weekly, new Date('2026-03-10T13:10:00Z'))).toBe('2026-03-10T09:00:00-04:00');
    expect(nextOccurrence({ ...weekly, status: 'cancelled' }, new Date('2026-03-05T12:00:00Z'))).toBeNull();
  });

  it('ends with the series’ count', () => {
    const twice = { ...base, recurrence: { cadence: 'weekly' as const, count: 2 } };
    expect(nextOccurrence(twice, new Date('2026-03-11T12:00:00Z'))).toBeNull();
  });
});
