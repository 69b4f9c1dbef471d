import type { Review } from '../../../src/calendar/types';
import { reviewDates } from '../../../src/worker/dashboardHandlers';
import { previousOccurrence } from '../../../src/worker/previousOccurrence';

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
const weekly = { ...base, recurrence: { cadence: 'weekly' as const } };

describe('the Clients view’s review dates', () => {
  it('gives a weekly series’ latest past occurrence, in local time across the DST change', () => {
    expect(previousOccurrence(weekly, new Date('2026-03-12T12:00:00Z'))).toBe('2026-03-10T09:00:00-04:00');
    expect(previousOccurrence(base, new Date('2026-03-12T12:00:00Z'))).toBe(base.start);
    expect(previousOccurrence(base, new Date('2026-03-01T12:00:00Z'))).toBeNull();
  });

  it('takes the soonest next and the latest last review per client, ignoring cancelled ones', () => {
    const dates = reviewDates(
      [
        weekly,
        { ...base, id: 'r2', start: '2026-03-11T15:00:00Z', end: '2026-03-11T15:30:00Z' },
        {
          ...base,
          id: 'r3',
          start: '2026-03-12T13:00:00Z',
          end: '2026-03-12T13:30:00Z',
          status: 'cancelled',
        },
        { ...base, id: 'r4', clientId: 'other', start: '2026-04-01T15:00:00Z', end: '2026-04-01T15:30:00Z' },
      ],
      new Date('2026-03-12T12:00:00Z'),
    );
    expect(dates.get('c')).toEqual({ next: '2026-03-17T09:00:00-04:00', last: '2026-03-11T15:00:00Z' });
    expect(dates.get('other')).toEqual({ next: '2026-04-01T15:00:00Z', last: null });
  });
});
