/**
 * Season's greetings and addresses written the European or South African way (issue 9, 5
 * December 2026, evening): read as asks by the intent model, they owe nothing. Every line was
 * written for this file.
 */
import { describe, expect, it } from 'vitest';
import { US, brief, itemsOf } from './helpers';

describe("season's greetings", () => {
  it.each([
    'Wishing you and the whole Harbourside crew a very happy 2027!',
    'Merry Christmas to everyone at the depot if we do not speak before!',
    "Season's greetings from all of us in Leeds.",
    'We wish you a restful break over the holidays.',
  ])('"%s" owes nothing', (text) => {
    expect(itemsOf(text)).toEqual([]);
  });

  it('but a promise after the greeting is still read', () => {
    expect(itemsOf('Happy New Year! I will send the revised floor plan by Friday.', US).map(brief)).toEqual([
      ['deliverable', 'us', '2026-03-06'],
    ]);
  });
});

describe('addresses alone on their line', () => {
  it.each([
    '14 Avenue Princesse Alice, 98000 Monaco',
    '9 Quay Road, V&A Marina, Cape Town 8002',
    '21 Avenue Louise, 1050 Bruxelles',
  ])('"%s" owes nothing', (text) => {
    expect(itemsOf(text)).toEqual([]);
  });
});
