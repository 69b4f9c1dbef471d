/**
 * A company named with an ampersand on an action line binds its side whether its domain spells
 * the "&" or drops it (issue 9, 5 December 2026, midday): "Marlow & Stern: ask the GC …" to
 * marlowstern.com, "Olive & Thread: confirm …" to oliveandthread.com. Lines written for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { sideOfName, partyNames } from '../../../src/extract/partyNames';
import { brief, message, thread, US } from './helpers';

const actionItems = (clientEmail: string, company: string) => {
  const client = { name: 'Rita Hollis', email: clientEmail };
  const text = `Hi Rita,\n\nAction items\n1. ${company}: send the floor plans by Friday 6 March\n2. ${company} IT: create guest accounts for the three rooms\n3. Northwind: book the installers by Monday 9 March\n\nDana`;
  return extractThread(thread([message(text, { from: US, to: [client] })])).expectations.map(brief);
};

describe('a company named with an ampersand', () => {
  it.each([
    ['rita@hollisbrook.com', 'Hollis & Brook'],
    ['rita@hollisandbrook.com', 'Hollis & Brook'],
  ])('at %s binds the client', (email, company) => {
    expect(actionItems(email, company)).toEqual([
      ['request', 'client', '2026-03-06'],
      ['request', 'client', null],
      ['deliverable', 'us', '2026-03-09'],
    ]);
  });

  it('is matched with or without the "and"', () => {
    const names = partyNames(US, [{ name: 'Rita Hollis', email: 'rita@hollisbrook.com' }], []);
    expect(sideOfName('Hollis & Brook', names)).toBe('reader');
    expect(sideOfName('Hollis and Brook', names)).toBe(null);
  });
});
