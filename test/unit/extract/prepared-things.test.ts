/**
 * What the writer's side gets ready for the reader's job is its deliverable, though the
 * commitment model reads "we'll have" and "bring" as status (preparedThing.ts). Sent Monday 2
 * March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { preparesThing } from '../../../src/extract/preparedThing';
import { US, kindsOf } from './helpers';

describe('a thing got ready for the reader', () => {
  it.each([
    "We'll have oat milk on hand for the flat whites.",
    "We'll have a left-handed set ready for Dr Marsh.",
    "We'll have both rings and pendants on the bench, so everyone can choose on the evening.",
    "We'll make a vegan ganache with oat milk for the six vegan participants.",
    "We'll wrap three bars per participant in personalised paper to take home.",
    "For the two vegetarians we'll make a mushroom risotto instead of the sausages.",
    "I'll bring my own spittoons and water jugs.",
    "I'll bring an older cendré too.",
  ])('%j is the writer’s deliverable', (text) => {
    expect(preparesThing(text)).toBe(true);
    expect(kindsOf(text, US)).toEqual([['deliverable', 'us', null]]);
  });

  it.each([
    "We'll have to move the session to the afternoon.",
    "We'll have limited signal at the venue.",
    "We'll make it work.",
    "We'll make sure everyone is there on time.",
    "I'll bring our head of design, Marcus Lee.",
    "I'll bring my own team.",
    "I'll bring Kevin.",
  ])('%j is not got ready by this rule', (text) => {
    expect(preparesThing(text)).toBe(false);
  });
});
