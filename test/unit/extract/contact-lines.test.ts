/**
 * A contact list under a heading ("Site contacts:" then "- Pune: Meenal, +91 98220 55871") says
 * whom to reach, and owes nothing (issue 9, 6 December 2026, last round). The lines around it
 * still do.
 */
import { describe, expect, it } from 'vitest';
import { isContactLine } from '../../../src/extract/contactBlock';
import { brief, itemsOf } from './helpers';

describe('a contact list', () => {
  it.each([
    ['Pune: Meenal, +91 98220 55871'],
    ['- Mahogany: Tom Brar (facilities), 403-555-0157'],
    ['Westbrook: me, 403-555-0129'],
    ['Bookings: Chris Alvarez, chris@whitlockmentalism.com'],
    ['Crowfoot: Dr. Leanne Park, 403-555-0141'],
  ])('"%s" is a contact line', (line) => {
    expect(isContactLine(line)).toBe(true);
  });

  it.each([
    ['Deposit: 30%, payable by 12 March'],
    ['Crowfoot: please call Leanne Park on 403-555-0141 by Friday'],
    ['Delivery: 40 cases, 12 March'],
  ])('"%s" is not', (line) => {
    expect(isContactLine(line)).toBe(false);
  });

  it('offers nothing for its lines, and keeps the ask above it', () => {
    const text = [
      'Hi Dana,',
      '',
      'Could you send the crew list by Friday 6 March? Site contacts for the visits:',
      '- Crowfoot: Dr. Leanne Park, 403-555-0141',
      '- Mahogany: Tom Brar (facilities), 403-555-0157',
      '- Westbrook: me, 403-555-0129',
      '',
      'Sam',
    ].join('\n');
    expect(itemsOf(text).map(brief)).toEqual([['request', 'us', '2026-03-06']]);
  });
});
