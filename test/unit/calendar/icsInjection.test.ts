import fc from 'fast-check';
import ICAL from 'ical.js';
import { buildIcs } from '../../../src/calendar/ics';
import { icsParam } from '../../../src/calendar/icsEncoding';
import type { Attendee, ReviewEvent } from '../../../src/calendar/types';

const base: ReviewEvent = {
  id: 'a1b2c3d4e5f6g7h8',
  title: 'Review: Acme',
  start: '2026-03-03T09:00:00-05:00',
  end: '2026-03-03T09:30:00-05:00',
  timeZone: 'America/New_York',
  attendees: [{ name: 'Ann Lee', email: 'ann@acme.com' }],
  description: 'Agenda',
  recurrence: null,
  wantsVideo: false,
};

function read(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  const vevents = cal.getAllSubcomponents('vevent');
  expect(vevents).toHaveLength(1);
  const vevent = vevents[0]!;
  const people = (name: 'attendee' | 'organizer') =>
    vevent.getAllProperties(name).map((p) => ({
      email: String(p.getFirstValue()).replace(/^mailto:/i, ''),
      params: { ...(p.toJSON()[1] as Record<string, unknown>) },
    }));
  return {
    attendees: people('attendee'),
    organizer: people('organizer'),
    summary: vevent.getFirstPropertyValue('summary'),
    description: vevent.getFirstPropertyValue('description'),
    propertyNames: vevent.getAllProperties().map((p) => p.name),
  };
}

/** What a text reads as after encoding: controls dropped, any line break a newline. */
const visible = (s: string) =>
  s.replace(/\r\n|\r|\n/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');

/** A name (a parameter value) also loses its backslashes: parsers disagree on them. */
const visibleName = (s: string) => visible(s).replace(/\\/g, '');

const ATTACKS = [
  'Sam":mailto:spy@evil.example;X-Z="',
  'Sam";PARTSTAT=ACCEPTED;ROLE=CHAIR;X-Z="',
  'Sam\\";ROLE=CHAIR;X="',
  'Sam\r\nATTENDEE:mailto:spy@evil.example',
  'Sam\nEND:VEVENT\nBEGIN:VEVENT',
  '^\'^n^^"',
  'Lee, Ann; PM: "the boss"',
];
/** Names and texts from the characters iCalendar gives meaning to, plus any code point. */
const meaningful = fc.string({
  unit: fc.constantFrom(...'";:,\\^\'\r\n\t=aZ \u0000\u007F\u00e9\u{1F600}'.split('')),
  maxLength: 60,
});
const anyText = fc.oneof(
  meaningful,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(...ATTACKS),
);
const email = fc.stringMatching(/^[a-z]{1,8}@[a-z]{1,8}\.(com|io)$/);
const attendee: fc.Arbitrary<Attendee> = fc.record({ name: anyText, email });

describe('an .ics file with hostile names and texts (issue 10, item 3)', () => {
  it.each(ATTACKS)('keeps the name %j as the attendee’s name, nothing more', (name) => {
    const file = read(
      buildIcs({ ...base, attendees: [{ name, email: 'sam@acme.com' }] }, { method: 'REQUEST' }),
    );
    expect(file.attendees).toEqual([
      {
        email: 'sam@acme.com',
        params: { cn: visibleName(name), rsvp: 'TRUE', role: 'REQ-PARTICIPANT', partstat: 'NEEDS-ACTION' },
      },
    ]);
    expect(file.propertyNames.filter((n) => n === 'attendee')).toHaveLength(1);
  });

  it('over arbitrary names and texts, the attendees, roles and statuses are exactly the ones set', () => {
    fc.assert(
      fc.property(
        fc.array(attendee, { minLength: 1, maxLength: 5 }),
        attendee,
        anyText,
        anyText,
        (attendees, organizer, title, description) => {
          const text = buildIcs({ ...base, attendees, title, description }, { method: 'REQUEST', organizer });
          const file = read(text);
          expect(file.attendees).toEqual(
            attendees.map((a) => ({
              email: a.email,
              params: {
                cn: visibleName(a.name) || 'Unnamed attendee',
                rsvp: 'TRUE',
                role: 'REQ-PARTICIPANT',
                partstat: 'NEEDS-ACTION',
              },
            })),
          );
          expect(file.organizer).toEqual([
            { email: organizer.email, params: { cn: visibleName(organizer.name) || 'Organizer' } },
          ]);
          // An empty text is left out of the file.
          expect(file.summary).toBe(visible(title) || null);
          expect(file.description).toBe(visible(description) || null);
          // No property was added by what the texts said.
          const allowed = new Set([
            'uid',
            'summary',
            'dtstamp',
            'dtstart',
            'dtend',
            'description',
            'attendee',
            'organizer',
            'sequence',
            'status',
          ]);
          expect(file.propertyNames.filter((n) => !allowed.has(n))).toEqual([]);
          expect(file.propertyNames.filter((n) => n === 'attendee')).toHaveLength(attendees.length);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('icsParam (the TZID of DTSTART/DTEND)', () => {
  it('writes an IANA zone bare and quotes anything with a separator in it', () => {
    expect(icsParam('America/New_York')).toBe('America/New_York');
    expect(icsParam('Etc/GMT+5')).toBe('Etc/GMT+5');
    // Chromium's Intl accepts offset zones; their ':' would end the parameter list.
    expect(icsParam('+01:00')).toBe('"+01:00"');
    expect(icsParam('a";X=1')).toBe('"a^\';X=1"');
  });
});
