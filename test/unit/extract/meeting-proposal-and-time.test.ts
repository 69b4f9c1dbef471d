/**
 * One meeting is one item (issue 9, 5 December 2026, late morning): a proposal to meet with no time
 * is dropped when the time of it follows within two sentences, even when the time is asked as a
 * bare question the rules read as a request ("Maybe Tuesday at 2?"). Every sentence was written for
 * this file; sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { brief, itemsOf } from './helpers';

describe('a proposal to meet and its time', () => {
  it('are one item when a sentence stands between them', () => {
    expect(
      itemsOf(
        "We'd like to talk about a production run in Q4. Our buyer has the figures ready. Would Tuesday 10 March at 3pm work?",
      ).map(brief),
    ).toEqual([['meeting', 'us', '2026-03-10']]);
  });

  it('are one item when the time is a bare question', () => {
    expect(itemsOf('Could we do a call about the tone? Maybe Tuesday at 2?').map(brief)).toEqual([
      ['request', 'us', '2026-03-03'],
    ]);
  });

  it('stay two items when the next ask is about something else', () => {
    expect(itemsOf('Could we do a quick call? Also, please send the invoice by Friday.').map(brief)).toEqual([
      ['meeting', 'us', null],
      ['request', 'us', '2026-03-06'],
    ]);
  });
});
