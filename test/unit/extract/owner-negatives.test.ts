/**
 * Owner and payee rules that fired on ordinary mail, or lost behaviour, found in review on
 * 2 December 2026: each sentence is sent by the client to us.
 */
import { describe, expect, it } from 'vitest';
import { sentenceNoise } from '../../../src/extract/noise';
import { itemsOf } from './helpers';

describe('a promise to answer or handle things is not a cover note without an absence', () => {
  it('keeps the promise', () => {
    for (const text of [
      "I'll answer your questions on Friday's call.",
      "I'll take care of everything by Friday.",
      "I'll reply to your emails by Monday.",
      'Our support team will handle your requests within 24 hours.',
    ]) {
      expect(sentenceNoise(text), text).toBeNull();
      expect(
        itemsOf(text).map((e) => e.owner),
        text,
      ).toEqual(['client']);
    }
  });

  it('still drops the same words beside an absence', () => {
    expect(sentenceNoise("While I'm on leave, Ana will answer your questions.")).toBe('ooo');
  });
});
