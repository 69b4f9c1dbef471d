/**
 * A thing that will go out to the reader on a day is the writer's side's delivery, even when the
 * commitment model reads the sentence as status (issue 9, 6 December 2026, early morning); a person
 * who "will go out" is not one. Every sentence was written for this file. Sent Monday 2 March 2026
 * in New York.
 */
import { describe, expect, it } from 'vitest';
import { OBLIGATION_PATTERNS } from '../../../src/extract/obligation';
import { CLIENT, brief, itemsOf } from './helpers';

describe('a thing that will go out on a day', () => {
  it.each([
    ['The primer is in stock and will go out on Wednesday with our own van.', '2026-03-04'],
    ['The spare filters are in stock and will ship on Wednesday.', '2026-03-04'],
  ])('"%s" binds the writer\'s side', (sentence, due) => {
    expect(itemsOf(sentence, CLIENT).map(brief)).toEqual([['deliverable', 'client', due]]);
  });

  it('not a person going out', () => {
    expect(OBLIGATION_PATTERNS.thingGoesOut.test("She'll go out on Wednesday to see the venue.")).toBe(false);
    expect(OBLIGATION_PATTERNS.thingGoesOut.test('They will go out to the site on Friday.')).toBe(false);
  });
});

describe('documents the writer will provide', () => {
  it('are supplied to the reader, whatever the commitment model reads', () => {
    expect(
      itemsOf('For the new boilers we will provide the technical documents for it.', CLIENT).map(brief),
    ).toEqual([['deliverable', 'client', null]]);
  });
});
