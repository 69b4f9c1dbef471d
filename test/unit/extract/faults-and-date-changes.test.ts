/**
 * Two things that read like asks and are not new items (issue 9): a fault reported without an ask
 * ("Also, our label printer keeps jamming") is news of a problem, its ask (if any) a clause of its
 * own; and a thing wanted on another day ("could we get the draft by April 24 instead?") is drift
 * of an item already agreed, while a meeting time offered instead is an item. Every sentence was
 * written for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { CLIENT, one } from './helpers';

const read = (text: string) => extractThread(one(`Hi Dana,\n\n${text}\n\nSam`, { from: CLIENT }));
const items = (text: string) => read(text).expectations.map((e) => [e.text, e.kind, e.owner]);

describe('a fault reported', () => {
  it.each([
    'Also, the scanner in reception keeps freezing when we scan IDs.',
    'the garage door doesnt close properly',
    'The new counter looks higher than on the drawings.',
  ])('"%s" alone asks nothing', (sentence) => {
    expect(items(sentence)).toEqual([]);
  });

  it('keeps the ask said beside it', () => {
    expect(items('the tailgate doesnt lock, can you take a look while its in')).toEqual([
      ['can you take a look while its in', 'request', 'us'],
    ]);
    expect(items('Also we need a quote for a new pump, the old one is leaking.').map((e) => e[1])).toEqual([
      'request',
    ]);
  });
});

describe('a thing wanted on another day', () => {
  it('is drift, not a new request', () => {
    const result = read('Small change: could we get the first draft by April 24 instead?');
    expect(result.expectations).toEqual([]);
    expect(result.signals.map((s) => [s.type, s.newDue])).toEqual([['drift', '2026-04-24']]);
  });

  it('an earlier day too', () => {
    const result = read('One thing, could we get the brochures a day earlier, by Wednesday 11 March?');
    expect(result.signals.map((s) => s.type)).toEqual(['drift']);
  });

  it('but a meeting time offered instead is an item', () => {
    expect(
      items('Tuesday is tricky, could we do Wednesday 4 March at 14:00 instead?').map((e) => e[1]),
    ).toEqual(['meeting']);
  });

  it('and another thing asked instead is no drift', () => {
    expect(read('Could you send the logo instead?').signals).toEqual([]);
  });

  // Whatever the verb and whoever acts: the day before "instead" is the new day of an old item.
  it.each([
    ['Can the second cohort start on Tuesday 20 October instead?', '2026-10-20'],
    ['The March invoice is due the 25th – could we pay it on the 30th instead?', '2026-03-30'],
    ['May the site survey happen on Friday 13 March instead?', '2026-03-13'],
  ])('"%s" is drift too', (text, newDue) => {
    const result = read(text);
    expect(result.expectations).toEqual([]);
    expect(result.signals.map((s) => [s.type, s.newDue])).toEqual([['drift', newDue]]);
  });

  it('but a time offered for a meeting that suits instead stays a meeting', () => {
    expect(items('Could Thursday at 10 work instead?').map((e) => e[1])).toEqual(['meeting']);
  });

  it('a day said to replace an ordinal one ("instead of the 5th") is drift', () => {
    const result = read('Sorry, the printed guides will be with you on 10 March instead of the 5th.');
    expect(result.expectations).toEqual([]);
    expect(result.signals.map((s) => s.type)).toEqual(['drift']);
  });
});

describe('waiting on a third party', () => {
  it.each([
    "I'm waiting on our supplier to confirm the HS codes for the glassware.",
    'We are still waiting for the bank to release the funds.',
  ])('"%s" asks the reader nothing', (sentence) => {
    expect(items(sentence)).toEqual([]);
  });

  it('waiting on the reader is still an ask', () => {
    expect(items("We're still waiting for your signed purchase order.").map((e) => e[1])).toEqual([
      'request',
    ]);
  });
});

describe('whom to call while away', () => {
  it.each([
    "I'm at a trade fair in Leeds Wednesday and Thursday, so if anything comes up call the office.",
    'If anything urgent comes up please ring Jo on 0161 555 0100.',
  ])('"%s" is a courtesy, not an ask', (sentence) => {
    expect(items(sentence)).toEqual([]);
  });

  it('a plain ask to call stays an ask', () => {
    expect(items('Please call the office on Friday to book the slot.').map((e) => e[1])).toEqual(['request']);
  });
});
