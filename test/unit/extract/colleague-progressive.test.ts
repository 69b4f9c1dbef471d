/**
 * A colleague's hand-over said in the present progressive with a day (issue 9, 5 December 2026,
 * morning) is the writer's side's promise, as "we're sending …" is; a routine or a greeting is not.
 * Every sentence was written for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, US, brief, itemsOf } from './helpers';

describe("a colleague's dated hand-over in the present progressive", () => {
  it.each([
    ['Aisha is sending the revised layout today.', '2026-03-02'],
    ['Our driver is collecting the pallets on Wednesday.', '2026-03-04'],
    ['Hi Sam, Marco is bringing the fabric samples on Thursday.', '2026-03-05'],
  ])('"%s" binds the writer\'s side', (sentence, due) => {
    expect(itemsOf(sentence, CLIENT).map(brief)).toEqual([['deliverable', 'client', due]]);
    expect(itemsOf(sentence, US).map(brief)).toEqual([['deliverable', 'us', due]]);
  });

  it.each(['Tom is sending his regards.', 'Our driver is collecting pallets every Wednesday.'])(
    'but "%s" promises nothing',
    (sentence) => {
      expect(itemsOf(sentence, CLIENT)).toEqual([]);
    },
  );
});

describe("the writer's own hand-over by post or courier, in the present progressive", () => {
  it.each([
    ["I'm posting you the signed lease today.", '2026-03-02'],
    ["We're couriering the two sample boards over on Thursday.", '2026-03-05'],
  ])('"%s" binds the writer', (sentence, due) => {
    expect(itemsOf(sentence, CLIENT).map(brief)).toEqual([['deliverable', 'client', due]]);
  });

  it('but not a product the writer ships to the market: "We\'re shipping our new app in April"', () => {
    expect(itemsOf("We're shipping our new app in April.", CLIENT)).toEqual([]);
  });
});
