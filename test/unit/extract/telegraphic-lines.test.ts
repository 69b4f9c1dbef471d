/**
 * A thing and its day written with no verb (issue 9, 5 December 2026, midday): the annotation
 * guide's "Floor plan by Fri". Written by the side the thread shows being paid, it is the writer's
 * own hand-over; by the buyer, an ask. Every sentence was written for this file. Sent Monday 2
 * March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { telegraphicByDay } from '../../../src/extract/telegraphic';
import { brief, CLIENT, message, thread, US } from './helpers';

/** The user quoted first, so the thread shows the user being paid. */
const QUOTE = message('Our quote for the spring campaign is $14,500, invoiced on delivery.', {
  id: 'q',
  from: US,
  to: [CLIENT],
});

const itemsAfterQuote = (text: string, from = US) =>
  extractThread(
    thread([QUOTE, message(`Hi,\n\n${text}\n\nThanks`, { id: 'm', from, to: [from === US ? CLIENT : US] })]),
  )
    .expectations.filter((e) => e.messageId === 'm')
    .map(brief);

describe('a thing and its day', () => {
  it.each([
    ['Candidate shortlist by Thursday the 12th.', '2026-03-12'],
    ['Showroom floor: revised lighting plan by Friday.', '2026-03-06'],
    ['First fix for Block B kitchens completed by 20 March.', '2026-03-20'],
  ])('"%s" from the supplier is its deliverable', (text, due) => {
    expect(telegraphicByDay(text)).toBe(true);
    expect(itemsAfterQuote(text)).toEqual([['deliverable', 'us', due]]);
  });

  it('from the buyer asks the supplier', () => {
    expect(itemsAfterQuote('Signed purchase order by Friday.', CLIENT)).toEqual([
      ['request', 'us', '2026-03-06'],
    ]);
  });
});

describe('not a thing and its day', () => {
  it.each([
    'We need the lighting plan by Friday.',
    'Flythrough by January 12 works.',
    'The grant requires completion before 30 September.',
    'To ship by air on 2 April.',
    'Balance by 8 January.',
    'the outlet contact list by 25 February.',
    'Revised price from your team by Wednesday.',
  ])('"%s"', (text) => {
    expect(telegraphicByDay(text)).toBe(false);
  });
});
