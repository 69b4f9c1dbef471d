/**
 * Which kind an ask is (issue 9): an ask for a money paper or about when money moves is a
 * request, an ask to pay is a payment; a bar with a calendar deadline is a hand-over owed; a
 * requirements list holds bars and things to supply. Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { CLIENT, one } from './helpers';

const kinds = (text: string) => extractThread(one(text, { from: CLIENT })).expectations.map((e) => e.kind);

describe('asks about money', () => {
  it.each([
    'Could you send the final invoice to billing@acme.com?',
    'Please send us your revised fee proposal by Friday.',
    'Kindly share the remittance advice after payment.',
    'Can you let me know when the refund will be made?',
  ])('%j is a request', (text) => {
    expect(kinds(text)).toEqual(['request']);
  });

  it.each(['Please pay the second instalment by Friday.', 'Could you settle the March invoice this week?'])(
    '%j is a payment',
    (text) => {
      expect(kinds(text)).toEqual(['payment']);
    },
  );
});

describe('bars and deadlines', () => {
  it('reads a must with a calendar deadline as a hand-over, and with a time of day as a bar', () => {
    expect(kinds('All signage must be delivered by 12 March.')).toEqual(['request']);
    expect(kinds('All sessions must finish by 4.30pm.')).toEqual(['standard']);
  });

  it('reads each line of a requirements list as a bar or as a thing to supply', () => {
    const text =
      'Hi Dana,\n\nRequirements for the tender:\n- Proof of public liability insurance\n- All staff security-vetted\n- No subcontracting without our consent\n- Price per month, excluding VAT\n\nSam';
    expect(kinds(text)).toEqual(['request', 'standard', 'standard', 'request']);
  });
});

describe('lead times', () => {
  it('reads a lead time stated with "is" as the writer\'s deliverable without a date', () => {
    // The rules' reading; whether a bare lead time is offered at all is the commitment model's
    // call (the gold set mostly leaves them out), so every commitment is kept here.
    const keepAll = { bias: 10, weights: {}, statusBelow: 0 };
    const found = extractThread(one('Lead time is 4 weeks from artwork approval.', { from: CLIENT }), {
      commitment: keepAll,
    }).expectations;
    expect(found.map((e) => [e.kind, e.owner, e.due])).toEqual([['deliverable', 'client', null]]);
  });

  it('does not read a remark about the lead time as one', () => {
    expect(kinds('The lead time is fine by us.')).toEqual([]);
  });
});

describe('meetings said in more ways', () => {
  it.each([
    "I'll send calendar invites to you and Priya this afternoon.",
    'Could we walk through them with you and our designer?',
    'Can we agree the shot list on a call next week?',
    'Could you block out time for the interviews on Thursday?',
    "We'll set up weekly check-ins on Mondays at 10:00.",
  ])('%j is a meeting', (text) => {
    expect(kinds(text)).toEqual(['meeting']);
  });
});

// 6 December 2026, afternoon: what someone on the writer's side will need from the reader.
describe("what the writer's people will need", () => {
  const brief = (text: string, from = CLIENT) =>
    extractThread(one(text, { from })).expectations.map((e) => [e.kind, e.owner]);

  it.each([
    'Our surveyor is booked for Tuesday. He’ll need a parking pass too.',
    "She'll need your VAT number on the invoice.",
    'They need someone from your team to sign the delivery docket.',
  ])('%j asks the reader', (text) => {
    expect(brief(text)).toContainEqual(['request', 'us']);
  });

  it.each(['They need 3 working days for that.', "He'll need about an hour on site."])(
    '%j asks nothing',
    (text) => {
      expect(brief(text)).toEqual([]);
    },
  );
});
