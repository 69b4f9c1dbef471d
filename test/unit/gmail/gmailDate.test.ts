import { gmailDateToIso, localZoneOffset } from '../../../src/mail/gmail/gmailDate';
import { FIXTURE_NOW, LONDON, NEW_YORK, fixedZone } from './zones';

const NNBSP = '\u202f';

describe('reading Gmail dates', () => {
  it.each([
    ['Mon, Mar 2, 2026, 9:15 AM', '2026-03-02T09:15:00-05:00'],
    [`Mon, Mar 2, 2026, 9:15${NNBSP}AM`, '2026-03-02T09:15:00-05:00'],
    ['Mar 2, 2026, 12:05 PM', '2026-03-02T12:05:00-05:00'],
    ['Mar 2, 2026, 12:05 AM', '2026-03-02T00:05:00-05:00'],
    ['Monday, March 2, 2026 at 9:15 PM', '2026-03-02T21:15:00-05:00'],
    ['Mar 2, 2026, 9:15 AM (3 days ago)', '2026-03-02T09:15:00-05:00'],
  ])('reads the en-US form %j', (text, iso) => {
    expect(gmailDateToIso(text, FIXTURE_NOW, fixedZone(-300))).toBe(iso);
  });

  it.each([
    ['Mon, 2 Mar 2026, 09:15', '2026-03-02T09:15:00+00:00'],
    ['2 Mar 2026, 09:15', '2026-03-02T09:15:00+00:00'],
    ['Monday, 2 March 2026 at 17:40', '2026-03-02T17:40:00+00:00'],
    ['Tue, 2 Jun 2026, 09:15', '2026-06-02T09:15:00+01:00'],
  ])('reads the en-GB form %j in London', (text, iso) => {
    expect(gmailDateToIso(text, FIXTURE_NOW, LONDON)).toBe(iso);
  });

  it.each([
    [`9:15${NNBSP}AM (3 days ago)`, '2026-11-21T09:15:00-05:00'],
    ['10:02 AM (0 minutes ago)', '2026-11-24T10:02:00-05:00'],
    ['7:30 AM (2 hours ago)', '2026-11-24T07:30:00-05:00'],
    ['9:00 AM', '2026-11-24T09:00:00-05:00'],
    ['Nov 19', '2026-11-19T00:00:00-05:00'],
    ['19 Nov', '2026-11-19T00:00:00-05:00'],
    ['Tue, Nov 3, 9:15 AM (3 weeks ago)', '2026-11-03T09:15:00-05:00'],
    ['Dec 30', '2025-12-30T00:00:00-05:00'],
  ])('reads the short or relative form %j against the current date', (text, iso) => {
    expect(gmailDateToIso(text, FIXTURE_NOW, NEW_YORK)).toBe(iso);
  });

  it('uses the offset in force at that date, not today', () => {
    expect(gmailDateToIso('Mon, Jul 6, 2026, 9:00 AM', FIXTURE_NOW, NEW_YORK)).toBe(
      '2026-07-06T09:00:00-04:00',
    );
    expect(gmailDateToIso('Mon, Jul 6, 2026, 9:00 AM', FIXTURE_NOW, fixedZone(330))).toBe(
      '2026-07-06T09:00:00+05:30',
    );
  });

  it("defaults to the runtime's own zone, which gives the same instant back", () => {
    const iso = gmailDateToIso('Mon, Mar 2, 2026, 9:15 AM', FIXTURE_NOW);
    expect(Date.parse(iso!)).toBe(new Date(2026, 2, 2, 9, 15).getTime());
    expect(localZoneOffset({ year: 2026, month: 3, day: 2, hour: 9, minute: 15 })).toBe(
      -new Date(2026, 2, 2, 9, 15).getTimezoneOffset(),
    );
  });

  it.each(['sometime', 'lun. 2 mars 2026, 09:15', 'Feb 30, 2026, 9:00 AM', '25:00', '', '3/2/26'])(
    'refuses %j rather than guess',
    (text) => {
      expect(gmailDateToIso(text, FIXTURE_NOW, NEW_YORK)).toBeNull();
    },
  );
});
