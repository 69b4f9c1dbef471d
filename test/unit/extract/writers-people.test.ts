/**
 * The writer's people (colleagues named with a title, a team or a department), colleagues who
 * only cover while the writer is away, and one meeting with its invite as one item. Sentences
 * written for these tests, not taken from the gold set.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/extract/classify';
import { isColleagueAct, isNamedNeed, isVisitToReader } from '../../../src/extract/colleagues';
import { extractThread } from '../../../src/extract/index';
import { sentenceNoise } from '../../../src/extract/noise';
import { CLIENT, expectAwayNotes, message, one, thread, US } from './helpers';

const all = (text: string, from = CLIENT) => extractThread(one(text, { from })).expectations;

function expectOneMeeting(text: string, owner: 'us' | 'client'): void {
  const items = all(text);
  expect(items, text).toHaveLength(1);
  expect(items[0], text).toMatchObject({ kind: 'meeting', owner });
}

describe("a colleague of the writer's", () => {
  it('named with a title, a team or a role acts for the writer', () => {
    for (const text of [
      'Mr. Brandt from IT will send you the VPN credentials next week.',
      'Dr. Okafor from our lab will call you about the sample labels.',
      'Lucia from our finance team will issue the credit note this week.',
      'Your account manager Devi will email you the renewal terms next week.',
      'Our site foreman Pavel will lay the drainage pipe before the slab goes in.',
      'My assistant Priya will book the meeting rooms for both days.',
      'Ms Tanaka from the Osaka office will translate the manual.',
    ]) {
      expect(isColleagueAct(text), text).toBe(true);
      expect(all(text), text).toMatchObject([{ owner: 'client', kind: expect.any(String) }]);
    }
  });

  it('binds our side when we write it', () => {
    expect(all('Hamid from our studio will deliver the colour proofs on Thursday.', US)).toMatchObject([
      { owner: 'us', due: '2026-03-05' },
    ]);
  });

  it('is not acting when only being, travelling, meeting among themselves or hedging', () => {
    for (const text of [
      'Mr. Brandt from IT will be in Hamburg next week.',
      'Dr. Okafor from our lab will probably join the call.',
      'Lucia from our finance team will discuss it with the auditors.',
      'Our prices will rise by 4% in April.',
      'This will take a few days.',
    ])
      expect(isColleagueAct(text), text).toBe(false);
  });

  it("meeting the reader's people at a door of ours to let them in is the job", () => {
    for (const text of [
      'Our groundsman, Alf Hobbs, will meet your fitters at the north gate.',
      'Alf Hobbs, our groundsman, will meet your fitters at the north gate.',
      'Mr Vance (cc), our caretaker, will meet the install crew at the Bridge Street entrance.',
      'our receptionist, Nadia, will meet Tomasz in the lobby and sign him in.',
      'Our caretaker will meet the install crew at the Bridge Street entrance.',
    ]) {
      expect(isColleagueAct(text), text).toBe(true);
      expect(all(text), text).toMatchObject([{ owner: 'client', kind: 'deliverable' }]);
    }
    // Only where to find someone, or a meeting to talk: not a job done for the reader.
    for (const text of [
      'Our sexton will meet you at the chapel door.',
      'Our director, Ines, will meet the board in Lisbon.',
    ])
      expect(isColleagueAct(text), text).toBe(false);
  });

  it("being there to open up or let the reader's people in is the job", () => {
    for (const text of [
      'Our verger, Colm, will be on site from 7:00 each day to open up.',
      "I'll be at the depot on Friday night to let your drivers in.",
      'Nadia (cc) will be there on Saturday to let them into the server room.',
    ]) {
      expect(isVisitToReader(text), text).toBe(true);
      expect(all(text), text).toMatchObject([{ owner: 'client', kind: 'deliverable' }]);
    }
    expect(isVisitToReader("You'll be there on Saturday to let them in.")).toBe(false);
  });

  it('putting together, stamping or certifying something is work for the reader', () => {
    for (const text of [
      'Our planner, Oskar, will put together the load schedule.',
      'Our structural engineer, Mei Lin, will stamp the revised drawings.',
      'our notary will certify the copies.',
    ])
      expect(isColleagueAct(text), text).toBe(true);
  });

  it("being at the reader's place is the job", () => {
    expect(
      classify(
        'Our service engineer, Mr. Keller, will be at your warehouse on Tuesday morning.',
        false,
        true,
      ),
    ).toMatchObject({ frame: 'commit' });
    expect(classify('Mr. Keller will be in Lyon on Tuesday.', false, true)).toBeNull();
  });

  it("a named person's want is an ask of the reader", () => {
    for (const text of [
      'Dr. Lindqvist wants a short status report every Monday.',
      'Anna needs the signed NDA before the workshop.',
      'Mr. Osei would like the floor plans in PDF.',
      'Ines Varga, our controller, will need the final quote on your letterhead.',
    ]) {
      expect(isNamedNeed(text), text).toBe(true);
      expect(classify(text, false, false), text).toMatchObject({ frame: 'request' });
    }
    expect(isNamedNeed('This needs a second look.')).toBe(false);
    expect(isNamedNeed('Everyone wants the launch to go well.')).toBe(false);
  });
});

describe('a colleague covering while the writer is away', () => {
  it('owes nothing new', () => {
    expectAwayNotes([
      "I'm at a trade fair on Monday and Tuesday; my colleague Ines will answer anything urgent.",
      'While I am away, Tom will handle any delivery queries.',
      'My colleague Sara will deal with anything urgent.',
      'For urgent matters please contact my deputy, Paul.',
      'I am travelling Thursday, my colleague Jan will receive the signed contract.',
    ]);
  });

  it('still lets a colleague deliver real work', () => {
    expect(sentenceNoise('My colleague Sara will send you the drawings on Friday.')).toBeNull();
    expect(all('My colleague Sara will send you the drawings on Friday.')).toHaveLength(1);
  });
});

describe('one meeting, one item', () => {
  it('a proposal followed by "I\'ll send the invite" is one item, the proposal', () => {
    for (const text of [
      "Shall we have a call on Thursday at 3pm? I'll send a Teams invite.",
      "Let's do the kick-off on Monday at 9:30, I'll send a Zoom link.",
      "Could we meet on Friday at 10 to go through the plans? I'll send over the calendar invite.",
    ])
      expectOneMeeting(text, 'us');
  });

  it('after an accepted time the invite is the item', () => {
    for (const text of [
      "Thursday at 3pm works for me for the demo; I'll send a Teams invite.",
      "Monday at 11 works for us for the call. I'll send the invite.",
    ])
      expectOneMeeting(text, 'client');
  });

  it('two meetings in a thread stay two', () => {
    const t = thread([
      message('Shall we have a call on Thursday at 3pm?', { id: 'm1', from: CLIENT, to: [US] }),
      message("Thursday works. I'll send a Teams invite.", { id: 'm2', from: US, to: [CLIENT] }),
    ]);
    expect(extractThread(t).expectations.map((e) => e.messageId)).toEqual(['m1', 'm2']);
  });
});

describe('an ask for times after a proposal', () => {
  it('joins the proposal when a word of fitting follows the time word closely', () => {
    for (const text of [
      "We'd like a short call about the launch. Let me know a couple of times that suit you.",
      'Could we meet to go through the plans? Send me two or three slots that would work for your team.',
    ])
      expect(all(text, US), text).toHaveLength(1);
  });

  it('stays apart when the fitting word is far from the time word', () => {
    const far =
      'Could we meet to go through the plans? Send me the days when the scaffolding crew and the glazier are both on site, as that would work.';
    expect(all(far, US).map((e) => e.kind)).toEqual(['meeting', 'request']);
    expect(all('Could we meet to go through the plans? Send me the days you are free.', US)).toHaveLength(1);
  });
});

// A call promised to the reader binds the caller's side even when it names a time: the time is
// when the call comes, not one offered for the reader to accept.
describe("a call the writer's side promises", () => {
  it.each([
    "She'll call you on Thursday at 9:30 about the signage.",
    'My colleague Priya will ring you Wednesday at 2pm.',
    'Our site lead, Tom, will phone you on Friday at 8am.',
    'I will call you on Thursday at 4pm to go through the snags.',
    'Our engineer will give you a call on Wednesday at 11.',
  ])('%j is owed by the writer', (text) => {
    expect(all(text, US).map((e) => e.owner)).toEqual(['us']);
    expect(all(text, CLIENT).map((e) => e.owner)).toEqual(['client']);
  });

  it("leaves the reader's own call to the reader", () => {
    expect(all("You'll call us on Thursday at 9:30 when you land.", US).map((e) => e.owner)).toEqual([
      'client',
    ]);
  });
});

describe('someone the writer has set to work for the reader', () => {
  it.each([
    "I've asked Rhys, our field engineer, to come in tomorrow at 8am.",
    'I have asked Sunil to give your team the login.',
    "We've asked the printer to share the proofs with you directly.",
  ])('"%s" is a colleague\'s act', (text) => {
    expect(isColleagueAct(text)).toBe(true);
  });

  it("but asking the reader is no colleague's act", () => {
    expect(isColleagueAct("I've asked you to send the file.")).toBe(false);
  });
});
