/**
 * An outcome the writer's side wants by a day (issue 9) is read by the rules as a request; the
 * intent model makes the final call on asks, as for every request. Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/extract/classify';
import { wantedByDay } from '../../../src/extract/wants';

describe('an outcome wanted by a day', () => {
  it.each([
    "We'd like all the furniture out by 30 June.",
    'We want to be trading by 1 September.',
    'The board wants the audit finished by March 31.',
    "We'd like to be moved over before the 14th.",
  ])('%j is a request', (text) => {
    expect(wantedByDay(text)).toBe(true);
    expect(classify(text, false, true)).toMatchObject({ frame: 'request', kind: 'request' });
  });

  it.each([
    "We'd like to thank you for a great year.",
    'We want to be clear about the scope.',
    'The client wants a bolder palette.',
    'We need to finish the edit by Friday.',
    "I'd like to send it by Monday.",
  ])('%j names no day and is not read so', (text) => {
    expect(wantedByDay(text)).toBe(false);
  });
});
