/**
 * A clause that only reports a past act asks nothing, whatever the intent model reads in it
 * (pastReport.ts). Written by the client, sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { reportsPastOnly } from '../../../src/extract/pastReport';
import { kindsOf } from './helpers';

describe('a past act reported', () => {
  it.each([
    'The delivery van got stuck on the ring road.',
    'We have thrown away 20 kg.',
    'Mr Hafiz briefed the whole team at 8am today.',
    'We removed about 40 kg of loose stucco from the cornice and put up 22 m of net.',
    'The editorial team picked option 2 for the cover.',
    'Juliana answered the technical points by WhatsApp.',
  ])('%j asks nothing', (text) => {
    expect(reportsPastOnly(text)).toBe(true);
    expect(kindsOf(text).filter(([kind]) => kind === 'request' || kind === 'meeting')).toEqual([]);
  });

  it.each([
    'We noticed the invoice has no PO number, could you reissue it?',
    'We wanted to check whether the van fits through the gate.',
    'The work has to be finished by Friday 13 March.',
    'Final edited video delivered within 10 business days of the event.',
    'We received your invoice but the PO number is missing.',
    'I was hoping you could send the drawings.',
    "Bowen called, and unless he has to see a judge at the same time, we're on for 9:30 AM.",
    'Jim has mentioned a meeting next week with all of us.',
  ])('%j is not a bare report', (text) => {
    expect(reportsPastOnly(text)).toBe(false);
  });
});
