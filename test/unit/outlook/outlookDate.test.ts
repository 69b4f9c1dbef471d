import { formatWithOffset } from '../../../src/mail/gmail/gmailDate';
import {
  dateOrderForLanguage,
  parseOutlookWallClock,
  type DateOrder,
} from '../../../src/mail/outlook/outlookDate';
import { FIXTURE_NOW, LONDON, NEW_YORK, ianaZone } from '../gmail/zones';

const BERLIN = ianaZone('Europe/Berlin');

/** The ISO time Outlook's text means for a user in `zone`, or the reason it was not read. */
function read(text: string, order: DateOrder, zone = NEW_YORK, now = FIXTURE_NOW): string {
  const result = parseOutlookWallClock(text, order, now, zone);
  return result.ok ? formatWithOffset(result.wall, zone) : result.why;
}

describe('Outlook sent times', () => {
  it('reads the en-US reading-pane form, 12-hour, with Chrome’s narrow spaces', () => {
    expect(read('Tue 11/17/2026 9:15 AM', 'mdy')).toBe('2026-11-17T09:15:00-05:00');
    expect(read('Tue 11/17/2026 9:15\u202fPM', 'mdy')).toBe('2026-11-17T21:15:00-05:00');
    expect(read('Mon 11/16/2026 12:05 AM', 'mdy')).toBe('2026-11-16T00:05:00-05:00');
    expect(read('Mon 11/16/2026 12:05 PM', 'mdy')).toBe('2026-11-16T12:05:00-05:00');
  });

  it('reads en-GB and German day-first forms, 24-hour, in their own zones', () => {
    expect(read('Tue 17/11/2026 09:15', 'dmy', LONDON)).toBe('2026-11-17T09:15:00+00:00');
    expect(read('Di 17.11.2026 09:15', 'dmy', BERLIN)).toBe('2026-11-17T09:15:00+01:00');
    expect(read('Di., 17.11.2026 09:15', 'dmy', BERLIN)).toBe('2026-11-17T09:15:00+01:00');
    expect(read('2026-11-17 09:15', 'dmy', BERLIN)).toBe('2026-11-17T09:15:00+01:00');
    expect(read('17. November 2026 09:15', 'dmy', BERLIN)).toBe('2026-11-17T09:15:00+01:00');
    expect(read('Nov 17, 2026 9:15 AM', 'mdy')).toBe('2026-11-17T09:15:00-05:00');
  });

  it('applies the offset in force at the date, across daylight-saving changes', () => {
    expect(read('Fri 10/30/2026 4:05 PM', 'mdy')).toBe('2026-10-30T16:05:00-04:00');
    expect(read('Tue 11/3/2026 8:47 AM', 'mdy')).toBe('2026-11-03T08:47:00-05:00');
    expect(read('Fr 30.10.2026 16:05', 'dmy', BERLIN)).toBe('2026-10-30T16:05:00+01:00');
    expect(read('Fr 23.10.2026 16:05', 'dmy', BERLIN)).toBe('2026-10-23T16:05:00+02:00');
  });

  it('resolves today, yesterday and weekday names against now (Tue 24 Nov 2026, 10:02 in New York)', () => {
    expect(read('9:41 AM', 'mdy')).toBe('2026-11-24T09:41:00-05:00');
    expect(read('Today 9:41 AM', 'mdy')).toBe('2026-11-24T09:41:00-05:00');
    expect(read('Yesterday 4:40 PM', 'mdy')).toBe('2026-11-23T16:40:00-05:00');
    expect(read('Gestern 16:40', 'dmy')).toBe('2026-11-23T16:40:00-05:00');
    expect(read('Fri 2:05 PM', 'mdy')).toBe('2026-11-20T14:05:00-05:00');
    expect(read('Mi 08:00', 'dmy')).toBe('2026-11-18T08:00:00-05:00');
    expect(read('Wed 8:00 AM', 'mdy')).toBe('2026-11-18T08:00:00-05:00');
  });

  it('takes "today" in the user’s zone, not UTC: just after midnight in Berlin is already Wednesday', () => {
    const now = new Date('2026-11-24T23:30:00Z'); // Wed 00:30 in Berlin, Tue 18:30 in New York
    expect(read('Yesterday 11:00 PM', 'mdy', BERLIN, now)).toBe('2026-11-24T23:00:00+01:00');
    expect(read('Yesterday 11:00 PM', 'mdy', NEW_YORK, now)).toBe('2026-11-23T23:00:00-05:00');
  });

  it('puts a date shown without a year in the past', () => {
    expect(read('12/30 9:00 AM', 'mdy')).toBe('2025-12-30T09:00:00-05:00');
    expect(read('11/20 9:00 AM', 'mdy')).toBe('2026-11-20T09:00:00-05:00');
  });

  it('settles slash dates by the page language, a day above 12, or the weekday shown', () => {
    expect(read('3/2/2026 9:15 AM', 'mdy')).toBe('2026-03-02T09:15:00-05:00');
    expect(read('3/2/2026 9:15 AM', 'dmy')).toBe('2026-02-03T09:15:00-05:00');
    expect(read('11/17/2026 9:15 AM', 'unknown')).toBe('2026-11-17T09:15:00-05:00');
    expect(read('17/11/2026 09:15', 'unknown')).toBe('2026-11-17T09:15:00-05:00');
    // 2 March 2026 is a Monday, 3 February a Tuesday.
    expect(read('Mon 3/2/2026 9:15 AM', 'unknown')).toBe('2026-03-02T09:15:00-05:00');
    expect(read('Tue 3/2/2026 9:15 AM', 'unknown')).toBe('2026-02-03T09:15:00-05:00');
  });

  it('says "ambiguous" rather than guess when nothing settles the order', () => {
    expect(read('3/2/2026 9:15 AM', 'unknown')).toBe('ambiguous');
  });

  it('reads a weekday-only time on today’s weekday as a week ago', () => {
    // Outlook shows today's mail as "9:15 AM" (or "Today …") and yesterday's as "Yesterday …";
    // a weekday alone is the past week, so on a Tuesday "Tue" can only be last Tuesday.
    expect(read('Tue 9:15 AM', 'mdy')).toBe('2026-11-17T09:15:00-05:00');
    expect(read('Di 09:15', 'dmy')).toBe('2026-11-17T09:15:00-05:00');
  });

  it('counts the week back across month, year and daylight-saving boundaries, in the user’s zone', () => {
    const tuesdayDec1 = new Date('2026-12-01T15:00:00Z'); // 10:00 in New York
    expect(read('Tue 9:15 AM', 'mdy', NEW_YORK, tuesdayDec1)).toBe('2026-11-24T09:15:00-05:00');
    const fridayJan1 = new Date('2027-01-01T15:00:00Z');
    expect(read('Fri 2:05 PM', 'mdy', NEW_YORK, fridayJan1)).toBe('2026-12-25T14:05:00-05:00');
    // New York leaves daylight saving on 1 Nov 2026, Berlin on 25 Oct: a week ago was still summer time.
    const fridayNov6 = new Date('2026-11-06T17:00:00Z'); // 12:00 in New York
    expect(read('Fri 4:05 PM', 'mdy', NEW_YORK, fridayNov6)).toBe('2026-10-30T16:05:00-04:00');
    const fridayOct30 = new Date('2026-10-30T17:00:00Z'); // 18:00 in Berlin
    expect(read('Fr 16:05', 'dmy', BERLIN, fridayOct30)).toBe('2026-10-23T16:05:00+02:00');
    // Just after midnight in Berlin it is Wednesday, so "Tue" is the day before; New York is still on Tuesday.
    const lateTuesday = new Date('2026-11-24T23:30:00Z');
    expect(read('Tue 8:00 AM', 'mdy', BERLIN, lateTuesday)).toBe('2026-11-24T08:00:00+01:00');
    expect(read('Tue 8:00 AM', 'mdy', NEW_YORK, lateTuesday)).toBe('2026-11-17T08:00:00-05:00');
  });

  it('refuses what is not a date it knows, and impossible dates', () => {
    expect(read('last week', 'mdy')).toBe('unknown-format');
    expect(read('Tue 2/30/2026 9:15 AM', 'mdy')).toBe('unknown-format');
    expect(read('Tue 11/17/2026 13:15 PM', 'mdy')).toBe('unknown-format');
    expect(read('Tue 11/17/2026 25:15', 'mdy')).toBe('unknown-format');
    expect(read('x'.repeat(200) + ' 9:15 AM', 'mdy')).toBe('unknown-format');
    // A weekday that contradicts the date is not silently accepted.
    expect(read('Wed 11/17/2026 9:15 AM', 'mdy')).toBe('unknown-format');
  });

  it('maps page languages to an order only when the language settles it', () => {
    expect(dateOrderForLanguage('en-US')).toBe('mdy');
    expect(dateOrderForLanguage('en-GB')).toBe('dmy');
    expect(dateOrderForLanguage('de-DE')).toBe('dmy');
    expect(dateOrderForLanguage('de')).toBe('dmy');
    expect(dateOrderForLanguage('en')).toBe('unknown');
    expect(dateOrderForLanguage('')).toBe('unknown');
  });
});
