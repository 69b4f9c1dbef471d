import ICAL from 'ical.js';
import { buildIcs, createIcsProvider } from '../../../src/calendar/ics';
import type { ReviewEvent } from '../../../src/calendar/types';

const event: ReviewEvent = {
  id: 'a1b2c3d4e5f6g7h8',
  title: 'Review: Acme; results, next steps',
  start: '2026-03-03T09:00:00-05:00',
  end: '2026-03-03T09:30:00-05:00',
  timeZone: 'America/New_York',
  attendees: [
    { name: 'Ann Lee', email: 'ann@acme.com' },
    { name: 'Bo Chen, PM', email: 'bo@acme.com' },
  ],
  description: 'Review with Acme\n\nLate:\n- Deposit USD 1,200.00 (them; due 2026-02-28)\n',
  recurrence: { cadence: 'weekly', count: 4 },
  wantsVideo: false,
};

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const vevent = cal.getFirstSubcomponent('vevent')!;
  return { cal, vevent, ev: new ICAL.Event(vevent) };
}

describe('buildIcs', () => {
  it('writes a request that a real iCalendar parser reads back field by field', () => {
    const text = buildIcs(event, { method: 'REQUEST', organizer: { name: 'Me', email: 'me@agency.com' } });
    const { cal, vevent, ev } = parse(text);
    expect(cal.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(ev.uid).toBe(event.id);
    expect(ev.summary).toBe(event.title);
    expect(ev.description).toBe(event.description);
    expect(ev.startDate.zone.tzid).toBe('America/New_York');
    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('America/New_York');
    expect(ev.startDate.toJSDate().toISOString()).toBe('2026-03-03T14:00:00.000Z');
    expect(ev.endDate.toJSDate().toISOString()).toBe('2026-03-03T14:30:00.000Z');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(0);
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(String(vevent.getFirstPropertyValue('organizer')).toLowerCase()).toBe('mailto:me@agency.com');
    const attendees = ev.attendees.map((p) => ({
      email: String(p.getFirstValue()).replace(/^mailto:/i, ''),
      name: p.getParameter('cn'),
      rsvp: p.getParameter('rsvp'),
      role: p.getParameter('role'),
    }));
    expect(attendees).toEqual([
      { email: 'ann@acme.com', name: 'Ann Lee', rsvp: 'TRUE', role: 'REQ-PARTICIPANT' },
      { email: 'bo@acme.com', name: 'Bo Chen, PM', rsvp: 'TRUE', role: 'REQ-PARTICIPANT' },
    ]);
    const rrule = vevent.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rrule.freq).toBe('WEEKLY');
    expect(rrule.count).toBe(4);
    expect(rrule.parts.BYDAY).toEqual(['TU']);
  });

  it('keeps a weekly review at 09:00 New York time across the March DST change', () => {
    const { ev } = parse(buildIcs(event, { method: 'REQUEST' }));
    const it = ev.iterator();
    const utc: string[] = [];
    for (let next = it.next(); next; next = it.next()) utc.push(next.toJSDate().toISOString());
    // 2026-03-08 is the spring-forward day: 14:00Z before, 13:00Z after.
    expect(utc).toEqual([
      '2026-03-03T14:00:00.000Z',
      '2026-03-10T13:00:00.000Z',
      '2026-03-17T13:00:00.000Z',
      '2026-03-24T13:00:00.000Z',
    ]);
  });

  it('writes a zone without DST and a one-off event without a rule', () => {
    const once = {
      ...event,
      recurrence: null,
      timeZone: 'Asia/Tokyo',
      start: '2026-03-03T10:00:00+09:00',
      end: '2026-03-03T11:00:00+09:00',
    };
    const { vevent, ev } = parse(buildIcs(once, { method: 'REQUEST' }));
    expect(vevent.getFirstProperty('rrule')).toBeNull();
    expect(ev.startDate.toJSDate().toISOString()).toBe('2026-03-03T01:00:00.000Z');
  });
});

describe('createIcsProvider', () => {
  const provider = createIcsProvider();

  it('books without sign-in: the file is the booking and there is no busy time to read', async () => {
    expect(await provider.freeBusy({ start: '2026-03-01', end: '2026-03-14' }, 'UTC')).toEqual([]);
    const booked = await provider.create(event);
    expect(booked).toMatchObject({ provider: 'ics', eventId: event.id, htmlLink: null });
    expect(parse(booked.icsText!).ev.uid).toBe(event.id);
  });

  it('moves one occurrence with a RECURRENCE-ID and a higher sequence', async () => {
    const moved = await provider.update(
      event.id,
      { start: '2026-03-11T10:00:00-04:00', end: '2026-03-11T10:30:00-04:00' },
      'occurrence',
      '2026-03-10T09:00:00-04:00',
      event,
    );
    const { vevent, ev } = parse(moved.icsText!);
    expect(ev.uid).toBe(event.id);
    expect(vevent.getFirstPropertyValue('sequence')).toBe(1);
    expect(ev.recurrenceId.toJSDate().toISOString()).toBe('2026-03-10T13:00:00.000Z');
    expect(ev.startDate.toJSDate().toISOString()).toBe('2026-03-11T14:00:00.000Z');
    expect(vevent.getFirstProperty('rrule')).toBeNull();
  });

  it('cancels the series with METHOD:CANCEL and STATUS:CANCELLED', async () => {
    const { icsText } = await provider.cancel(event.id, 'series', undefined, { ...event, sequence: 2 });
    const { cal, vevent } = parse(icsText!);
    expect(cal.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(3);
  });

  it('refuses to update an event it was not given', async () => {
    await expect(provider.update(event.id, {}, 'series')).rejects.toThrow(/needs the booked event/);
  });
});
