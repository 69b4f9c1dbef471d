/**
 * A thing on its way to the reader, the thing as subject (issue 9): the writer's side hands it
 * over. People said the same way are visits; a bill on its way is a payment the reader owes.
 * Every sentence was written for this file.
 */
import { describe, expect, it } from 'vitest';
import { isThingOnItsWay } from '../../../src/extract/thingOnItsWay';
import { kindsOf, US } from './helpers';

describe('a thing on its way', () => {
  it.each([
    ['Mill certificates will be sent together with the packing list.', null],
    ['Tracking details will come your way once the pallet leaves.', null],
    ['The fabric swatches will come with the first samples.', null],
    ['The updated floor plan will be in your inbox Monday.', '2026-03-09'],
    ['The 2027 rate card will come in January.', null],
    ['Signed NDA going out via DocuSign today.', '2026-03-02'],
  ])('"%s" is the writer\'s deliverable', (sentence, due) => {
    expect(isThingOnItsWay(sentence)).toBe(true);
    expect(kindsOf(sentence)).toEqual([['deliverable', 'client', due]]);
    expect(kindsOf(sentence, US)).toEqual([['deliverable', 'us', due]]);
  });

  it.each([
    'Marco will come on Monday.',
    'Our team will come in early to set up.',
    'The driver will come with the van.',
    'Will the samples be sent this week?',
    'It is going well.',
  ])('"%s" is no thing handed over', (sentence) => {
    expect(isThingOnItsWay(sentence)).toBe(false);
  });

  it("leaves a bill on its way to the bill rules: the reader's payment", () => {
    expect(isThingOnItsWay('The monthly invoice will be emailed on 31 August.')).toBe(false);
    expect(kindsOf('The monthly invoice will be emailed on 31 August, 14 days.', US)[0]?.slice(0, 2)).toEqual(
      ['payment', 'client'],
    );
  });
});

describe('a thing put first, sent in the present tense', () => {
  it.each([
    ['Financial statements we send Monday.', '2026-03-09'],
    ['The signed contract we send you this weekend.', null],
    ['The samples we send this week by courier.', null],
  ])('"%s" is the writer\'s deliverable', (sentence, due) => {
    expect(kindsOf(sentence)).toEqual([['deliverable', 'client', due]]);
  });

  it('a habit without a day is no promise', () => {
    expect(kindsOf('The invoices we send monthly.')).toEqual([]);
  });
});

describe('a thing done, or turned around by the writer', () => {
  it.each([
    ['Fix will be live by end of day tomorrow.', '2026-03-03'],
    ['Final edits within 3 working days of your picks.', null],
  ])('"%s" is the writer\'s deliverable', (sentence, due) => {
    expect(kindsOf(sentence, US)).toEqual([['deliverable', 'us', due]]);
  });

  it.each(['Everything needs to come PAT tested with paperwork.', 'Terminology has to follow our glossary.'])(
    '"%s" hands nothing over',
    (sentence) => {
      expect(isThingOnItsWay(sentence)).toBe(false);
    },
  );
});

describe("the writer's bill announced", () => {
  it.each([
    "I'll also send you our October invoice this week – NZ$480 + GST as usual.",
    "I'll drop the invoice for stage 2 (€14,500) in the letterbox tomorrow.",
  ])('"%s" is the reader\'s payment', (sentence) => {
    expect(kindsOf(sentence, US).map((e) => e.slice(0, 2))).toEqual([['payment', 'client']]);
  });
});
