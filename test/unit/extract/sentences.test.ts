/**
 * Sentence splitting: a line of 50 characters or more without closing punctuation is read as
 * hard-wrapped and joined with the next, except when the next line starts a new item.
 */
import { describe, expect, it } from 'vitest';
import { liveRanges } from '../../../src/extract/quoted';
import { splitSentences } from '../../../src/extract/sentences';

const sentences = (text: string) =>
  splitSentences(text, liveRanges(text)).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('joins a hard-wrapped sentence', () => {
    expect(
      sentences('We will send the revised floor plans and the door schedule\nby Friday afternoon.'),
    ).toEqual(['We will send the revised floor plans and the door schedule\nby Friday afternoon.']);
  });

  it('keeps a labelled line apart from the long line before it', () => {
    const text =
      'Effort: 8 tester days, fixed price EUR 9,600 + VAT (reverse charge)\nPayment terms: 30 days from invoice date\nLead time: 6 weeks from deposit';
    expect(sentences(text)).toEqual([
      'Effort: 8 tester days, fixed price EUR 9,600 + VAT (reverse charge)',
      'Payment terms: 30 days from invoice date',
      'Lead time: 6 weeks from deposit',
    ]);
  });

  it('keeps a bullet apart from the long line before it', () => {
    expect(
      sentences('Here is everything we still need from your side this week\n- the signed lease'),
    ).toEqual(['Here is everything we still need from your side this week', 'the signed lease']);
  });
});
