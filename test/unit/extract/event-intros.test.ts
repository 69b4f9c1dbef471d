/**
 * The opening line of an enquiry that only says what the writer is organising asks nothing; an
 * ask in the same sentence keeps its own clause (eventIntro.ts). Written by the client, sent
 * Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { opensWithOwnEvent } from '../../../src/extract/eventIntro';
import { kindsOf } from './helpers';

const asks = (text: string) => kindsOf(text).filter(([kind]) => kind === 'request' || kind === 'meeting');

describe('what the writer is organising', () => {
  it.each([
    "I'm organising an end-of-quarter social for our data team (35 people).",
    'We’re planning a product launch dinner for 140 guests on Thursday 21 May at the Wrigley Loft.',
    "I'm organising a team afternoon for our Zurich office, 16 people, and your glass-blowing workshop came highly recommended.",
  ])('%j asks nothing', (text) => {
    expect(opensWithOwnEvent(text)).toBe(true);
    expect(asks(text)).toEqual([]);
  });

  it('leaves the ask beside it', () => {
    const text =
      "I'm organising a team-building evening for our product team (30 people), and we'd love to book one of your sushi workshops on Thursday 12 March.";
    expect(asks(text)).toEqual([['request', 'us', '2026-03-12']]);
  });

  it.each([
    "I'm organising a dinner for 40 and would love a quote for canapés.",
    "We're planning a launch on 20 May - could you do the lighting?",
  ])('%j still asks', (text) => {
    expect(opensWithOwnEvent(text)).toBe(false);
  });
});
