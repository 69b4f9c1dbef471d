/**
 * A person named on an action line binds their side when their name opens with a title ("Dr
 * Arjun Pillai" is "Arjun") or is written family name first ("Tan Wei Ling", weiling@…, is "Wei
 * Ling") (issue 9, 5 December 2026, afternoon). Lines written for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { partyNames, sideOfName } from '../../../src/extract/partyNames';
import { brief, message, thread, US } from './helpers';

const ARJUN = { name: 'Dr Arjun Pillai', email: 'arjun@pawsclinic.sg' };
const WEI_LING = { name: 'Tan Wei Ling', email: 'weiling@pawsclinic.sg' };

describe('the names a recipient goes by', () => {
  const names = partyNames(US, [ARJUN], [WEI_LING]);

  it.each([
    ['Arjun', 'reader'],
    ['Wei Ling', 'reader'],
    ['Dana', 'writer'],
  ] as const)('"%s" names the %s', (name, side) => {
    expect(sideOfName(name, names)).toBe(side);
  });

  it('a title is no name', () => {
    expect(names.reader).not.toContain('dr');
  });

  it('an action line with the family-first name asks the client', () => {
    const text =
      'Dear Dr Arjun, dear Wei Ling,\n\nAction items\n1. Northwind: formal quotation by Thu 5 Mar\n2. Wei Ling: send the vendor registration form and tax details\n\nDana';
    const found = extractThread(thread([message(text, { from: US, to: [ARJUN], cc: [WEI_LING] })]));
    expect(found.expectations.map(brief)).toEqual([
      ['deliverable', 'us', '2026-03-05'],
      ['request', 'client', null],
    ]);
  });
});
