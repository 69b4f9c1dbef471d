/**
 * A warranty or guarantee the writer's side gives on its own work is its standard (issue 9,
 * 6 December 2026, late): "We warranty the tiling for 3 years", "Our standard warranty is two
 * years parts and labour". Not one refused, nor a promise about the reader. Every line was written
 * for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, US, brief, itemsOf } from './helpers';

describe("a warranty given on the writer's work", () => {
  it.each([
    'We warranty the tiling for 3 years against cracking.',
    'We warrant all our joinery for ten years.',
    'Our standard warranty is two years parts and labour.',
    'The warranty covers the pump and the controller for 24 months.',
    'We guarantee a pass rate of 98% on the first inspection.',
  ])('"%s" is the writer\'s standard', (text) => {
    expect(itemsOf(text, CLIENT).map(brief)).toEqual([['standard', 'client', null]]);
  });

  it('binds us when we give it', () => {
    expect(itemsOf('We warrant the sealant for five years.', US).map(brief)).toEqual([
      ['standard', 'us', null],
    ]);
  });
});

describe('no warranty given', () => {
  it.each(["We can't guarantee delivery before Friday.", "I guarantee you'll love the new colours."])(
    '"%s" suggests no standard',
    (text) => {
      expect(itemsOf(text, CLIENT).filter((e) => e.kind === 'standard')).toEqual([]);
    },
  );
});
