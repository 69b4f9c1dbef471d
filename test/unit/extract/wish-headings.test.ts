/**
 * A client's list under a heading of wishes is what the client asks of the supplier (sixth round
 * of 7 December 2026): "Our wishes:", "They're dreaming of:", "What we have in mind:", "We're
 * thinking:" had read as neutral headings, whose bare lines owe nothing. Sent Monday 2 March 2026.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, brief, itemsOf } from './helpers';

describe('lines under a heading of wishes', () => {
  it.each(['Our wishes:', "They're dreaming of:", 'What we have in mind:', "We're thinking:", 'Must-haves:'])(
    '"%s" makes each line a request of the reader, after an ask for a quote',
    (heading) => {
      const text = `Hi Dana,\n\nWe'd love a terrarium workshop for our team. Could you send me a quote?\n\n${heading}\n- a vegan option for four people\n- air hockey\n- something green in the two phone booth areas\n\nThanks,\nSam`;
      expect(itemsOf(text, CLIENT).map(brief).slice(2)).toEqual([
        ['request', 'us', null],
        ['request', 'us', null],
        ['request', 'us', null],
      ]);
    },
  );
});
