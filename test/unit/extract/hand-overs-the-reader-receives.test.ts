/**
 * Hand-overs said from the reader's side or in the present, and standing terms with a subject of
 * their own (issue 9, the small hours of 6 December 2026): "You will have the quote by Tuesday",
 * "Samples of both go out with DPD tomorrow", "The permit application goes in today", "A mill
 * certificate ships with every batch", "Terms are net 30 for approved accounts". Every line was
 * written for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, US, brief, itemsOf } from './helpers';

describe('what the reader will have, the writer hands over', () => {
  it.each([
    [
      'You will have the costed options and the revised floor plan before the site meeting, by Thursday at the latest.',
      '2026-03-05',
    ],
    [
      'You will have the proofread manuscript by 20 March, a week before print, with a list of open queries.',
      '2026-03-20',
    ],
  ])('"%s" is the writer’s deliverable (due %s)', (text, due) => {
    expect(itemsOf(text, US).map(brief)).toEqual([['deliverable', 'us', due]]);
  });

  it('"I assume you will have the Lisbon team in Madrid for the discussion" hands nothing over', () => {
    expect(
      itemsOf('I assume you will have the Lisbon team in Madrid for the discussion.', US).map((e) => e.kind),
    ).not.toContain('deliverable');
  });

  it('"You will have to sign the variation by Friday" still asks the reader', () => {
    expect(itemsOf('You will have to sign the variation by Friday.', US).map(brief)).toEqual([
      ['request', 'client', '2026-03-06'],
    ]);
  });
});

describe('a thing that goes out today, with a carrier or on a round', () => {
  it.each([
    ['Swatches of both go out with UPS tomorrow, two metres of each.', '2026-03-03'],
    ['The planning application goes in today.', '2026-03-02'],
    ['Everything except the brass fittings ships today.', '2026-03-02'],
    ['The rest goes out on our Thursday round.', '2026-03-05'],
  ])('"%s" is the writer’s deliverable (due %s)', (text, due) => {
    expect(itemsOf(text, CLIENT).map(brief)).toEqual([['deliverable', 'client', due]]);
  });
});

describe('a thing that travels with every delivery', () => {
  it.each([
    'A mill certificate ships with every batch.',
    'Each pallet also comes with a signed packing list.',
  ])('"%s" is the writer’s standing deliverable', (text) => {
    expect(itemsOf(text, CLIENT).map(brief)).toEqual([['deliverable', 'client', null]]);
  });

  it('"Every drum has to be sealed and come with a CoA" is a rule for the reader, not a hand-over', () => {
    expect(itemsOf('Every drum has to be sealed and come with a CoA.', CLIENT).map(brief)).not.toContainEqual(
      ['deliverable', 'client', null],
    );
  });
});

describe('standing terms with their own subject', () => {
  it.each(['Terms are net 30 for approved accounts.', 'Our terms for the Leeds depot remain net 45.'])(
    '"%s" is a payment the reader makes, on no day of its own',
    (text) => {
      expect(itemsOf(text, US).map(brief)).toEqual([['payment', 'client', null]]);
    },
  );
});
