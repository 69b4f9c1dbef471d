/**
 * The writer's people named by their role alone ("our procurement office", "our designer") act for
 * the writer's side, as a named colleague does (issue 9, 5 December 2026, late morning); a name
 * with a phone number in brackets after the role does not hide the act. Every sentence was written
 * for this file; sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { brief, itemsOf } from './helpers';
import { US } from './helpers';

describe("a role of the writer's side", () => {
  it.each([
    ['Our procurement office will load you on the vendor system.', null],
    ['Our designer will make the carton mark.', null],
    ['Our caretaker, Noel Farrell (086 555 7812), will send you the access codes tomorrow.', '2026-03-03'],
  ])('"%s" binds the writer\'s side', (sentence, due) => {
    expect(itemsOf(sentence).map(brief)).toEqual([['deliverable', 'client', due]]);
    expect(itemsOf(sentence, US).map(brief)).toEqual([['deliverable', 'us', due]]);
  });

  it('is not bound by news of its own doings', () => {
    expect(itemsOf('Our new office manager will join us in April.')).toEqual([]);
    expect(itemsOf('Our accountant will be away until Monday.')).toEqual([]);
  });
});

// Fourth round of 7 December 2026: "one of our <role>" acts for the writer's side too.
describe("one of the writer's people", () => {
  it('"One of our trained operators will run the bull all night" binds the writer\'s side', () => {
    expect(itemsOf('One of our trained operators will run the bull all night.', US).map(brief)).toEqual([
      ['deliverable', 'us', null],
    ]);
  });
});

// Fourth round of 7 December 2026: being there by a time for the job is no whereabouts.
describe("the writer's people there by a time", () => {
  it('"Our singers will be in the hall by 4:30pm on 4 March for the sound check" binds the writer\'s side', () => {
    expect(
      itemsOf('Our singers will be in the hall by 4:30pm on 4 March for the sound check.', US).map(brief),
    ).toEqual([['deliverable', 'us', '2026-03-04']]);
  });

  it('"I\'ll be in the office by 9 tomorrow" stays where the writer is', () => {
    expect(itemsOf("I'll be in the office by 9 tomorrow if you need me.", US)).toEqual([]);
  });
});

// Seventh round of 7 December 2026: teaching, leading, hanging, helping are work for the reader.
describe("the writer's people at work for the job", () => {
  it.each([
    'Our chef, Giorgio, will teach the class in English.',
    'Two of our bartenders will lead the workshop.',
    'Our facilities team will hang the lanterns in the foyer once they arrive.',
    'Greg, our GM, will dig out the paperwork.',
    'Our concierge desk will hold a master key for the common doors, so your team can get in.',
  ])('%j binds the writer’s side', (text) => {
    expect(itemsOf(text, US).map(brief)).toEqual([['deliverable', 'us', null]]);
  });

  it('"My manager will receive the goods" only says who receives them', () => {
    expect(itemsOf('My manager, Aya Nishimura (cc), will receive the goods.', US)).toEqual([]);
  });
});
