/**
 * An ask put as the reader's condition for the writer's next step is the reader's request (issue
 * 9, 6 December 2026, late): "If you can send the floor plan by Thursday, I'll price it on Friday"
 * owes the floor plan by Thursday. Taking up what the writer offered is no new ask. Every line was
 * written for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, US, brief, itemsOf } from './helpers';

describe("the reader's part put as a condition", () => {
  it('"If you can send … by Thursday, I\'ll …" is two items', () => {
    expect(
      itemsOf("If you can send the floor plan by Thursday, I'll price it on Friday.", US).map(brief),
    ).toEqual([
      ['request', 'client', '2026-03-05'],
      ['deliverable', 'us', '2026-03-06'],
    ]);
  });

  it.each([
    ['If you could do the risk assessment, that would save us a day.', null],
    ['If you can share the venue floor plan that would help a lot.', null],
    ['If you can get us the signed order by Friday, we can start on the 16th.', '2026-03-06'],
  ])('"%s" asks something of the reader (due %s)', (text, due) => {
    expect(itemsOf(text, CLIENT).map(brief)).toContainEqual(['request', 'us', due]);
  });
});

describe("a condition that takes up the writer's offer", () => {
  it.each([
    "If you can live with that, I'll issue the PO on Wednesday.",
    'If you can accept a split delivery, we can ship half on the 10th.',
  ])('"%s" asks nothing of the reader', (text) => {
    expect(itemsOf(text, CLIENT).filter((e) => e.kind === 'request')).toEqual([]);
  });
});
