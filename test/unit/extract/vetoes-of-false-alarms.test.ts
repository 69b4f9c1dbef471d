/**
 * False alarms vetoed in December 2026, each class from a review of the tuning part's false
 * suggestions: follow-ups and courtesies that name nothing new. Sentences written for these
 * tests, not taken from the gold set.
 */
import { describe, expect, it } from 'vitest';
import { sentenceNoise } from '../../../src/extract/noise';
import { itemsOf } from './helpers';

describe('a follow-up that names nothing new', () => {
  it.each([
    'The mock-ups are in the folder. Let me know.',
    'Let us know if interesting.',
    'The rate card is below; let me know if any questions.',
    'Let me know what is fair.',
    'Is this true?',
    'Is everything okay?',
    'Can you review?',
    'Can you explain?',
    'Priya, can you deal with it?',
    'Ben - can you sort that out?',
  ])('finds nothing in %j', (text) => {
    expect(itemsOf(text)).toEqual([]);
  });

  it.each([
    'Let me know which one you prefer.',
    "Can you confirm that's doable?",
    'Can you review it by Thursday?',
    'Let us know by Friday.',
  ])('%j still asks', (text) => {
    expect(itemsOf(text).map((e) => [e.kind, e.owner])).toEqual([['request', 'us']]);
  });
});

describe('kindness passed on', () => {
  it.each([
    'We were so sorry to hear about your grandmother.',
    'Please accept my condolences to you and your family.',
    'Please pass on our thoughts to your brother.',
    'Tell Jonas we said hi!',
    'Please thank the whole team for us.',
  ])('%j is a pleasantry', (text) => {
    expect(sentenceNoise(text)).toBe('pleasantry');
    expect(itemsOf(text)).toEqual([]);
  });

  it('keeps the ask beside a kind word', () => {
    const found = itemsOf('Sorry to hear about the flood, could you send photos of the damage by Friday?');
    expect(found.map((e) => [e.kind, e.owner, e.due])).toEqual([['request', 'us', '2026-03-06']]);
  });
});

describe('an offer to talk that waits on a need', () => {
  it.each([
    'Happy to jump on a call if anything needs a closer look.',
    'Glad to hop on a call if anything needs talking through.',
    "We're happy to jump on a call if you need to go through the figures.",
  ])('finds nothing in %j', (text) => {
    expect(itemsOf(text)).toEqual([]);
  });

  it('keeps the offer that names a day', () => {
    const found = itemsOf('Happy to hop on a call on Thursday if it helps.');
    expect(found.map((e) => [e.kind, e.due])).toEqual([['meeting', '2026-03-05']]);
  });
});
