/**
 * Bars on how goods arrive, what a thing or a third party must not do, and when the work may be
 * done are standards on the side the writer addresses (thingBars.ts). Sent Monday 2 March 2026
 * in New York.
 */
import { describe, expect, it } from 'vitest';
import { barsThingOrWork } from '../../../src/extract/thingBars';
import { US, kindsOf } from './helpers';

describe('a bar on a thing or on the work', () => {
  it.each([
    'From now on, the mussels must arrive at 2-6 °C.',
    'Deliveries have to arrive before 11:00 and be kept below 5 °C until they reach our cold rooms.',
    'Green coffee must arrive under 11.5% moisture.',
    'Samples must arrive Monday to Wednesday only.',
    'The heavy truck must not drive past the barrier at cottage 11.',
    'Whatever you use must not strip the paint underneath.',
    'All work in the car park must be done on a Saturday, when the offices are closed.',
    'The work will have to be done over a weekend.',
  ])('%j is a standard on the reader', (text) => {
    expect(barsThingOrWork(text)).toBe(true);
    expect(kindsOf(text, US)).toEqual([['standard', 'client', null]]);
  });

  it.each([
    'The delivery on the 18th has to arrive before 11am.',
    'The pallets must arrive by 14 March.',
    'We must not forget the permit.',
    'I must not keep you any longer.',
    'It must not be easy with the roadworks.',
    'The crates have to be returned on Friday.',
  ])('%j is no standing bar of this kind', (text) => {
    expect(barsThingOrWork(text)).toBe(false);
  });
});

describe('"when the offices are closed" only says when', () => {
  it('keeps the work rule', () => {
    expect(kindsOf('We need the installation done on a Monday, when we are closed.', US)).not.toEqual([]);
  });

  it('still drops a closure notice', () => {
    expect(kindsOf('Just so you know, our office is closed on Friday 6 March.', US)).toEqual([]);
  });
});
