/**
 * A quote's priced lines set one under another (issue 9): each line that ends on a sum is an
 * item of its own, even when it runs past 50 characters and the next line carries on without a
 * colon label, and lines under a heading that names the quote ("Please find our quotation:") are
 * sums owed even with no "Label: sum" shape. Notes under the prices ("Prices + IVA.", "Both
 * include …") owe nothing. Every sentence was written for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { splitSentences } from '../../../src/extract/sentences';
import { CLIENT, one, US } from './helpers';

const read = (text: string, from = CLIENT) => extractThread(one(text, { from })).expectations;
const lines = (found: { text: string }[]) => found.map((e) => e.text.trim());

function sentencesOf(text: string): string[] {
  let at = 0;
  const ranges = text.split('\n').map((line) => {
    const span = { start: at, end: at + line.length };
    at += line.length + 1;
    return span;
  });
  return splitSentences(text, ranges).map((s) => text.slice(s.start, s.end));
}

describe('priced lines of a quote', () => {
  it('keeps a long line ending on a sum apart from the priced line below it', () => {
    expect(
      sentencesOf(
        'Colour grade (5 days with Dana in the suite + conform): $16,500\nSound mix 5.1 + stems (8 days): $14,200',
      ),
    ).toEqual([
      'Colour grade (5 days with Dana in the suite + conform): $16,500',
      'Sound mix 5.1 + stems (8 days): $14,200',
    ]);
  });

  it('still joins a hard-wrapped sentence that goes on in lower case after a sum', () => {
    expect(
      sentencesOf(
        'We can do the whole refurbishment of the two meeting rooms for $16,500\nincluding furniture and removal.',
      ),
    ).toHaveLength(1);
  });

  it('reads each priced line, its tax said or not, as a sum the buyer owes', () => {
    const found = read(
      'Hi Dana,\n\nThanks for the enquiry, here are the figures:\n\nMain hall exclusive hire for the evening (18:00 to 01:00): £7,800 + VAT\nStage 6m x 4.8m with ramp and steps: £650 + VAT\nLighting rig with operator: £1,150 + VAT\n\nBest,\nSam',
    );
    expect(lines(found)).toEqual([
      'Main hall exclusive hire for the evening (18:00 to 01:00): £7,800 + VAT',
      'Stage 6m x 4.8m with ramp and steps: £650 + VAT',
      'Lighting rig with operator: £1,150 + VAT',
    ]);
    for (const e of found) expect([e.kind, e.owner]).toEqual(['payment', 'us']);
    expect(found.map((e) => e.amount?.value)).toEqual([7800, 650, 1150]);
  });

  it('reads lines under "Please find our quotation:" as sums owed, the unit price kept', () => {
    const found = read(
      'Dear Ms Lee,\n\nPlease find our quotation:\n\nLunch buffet 40 persons x ¥4,200 = ¥168,000\nStaff (3 persons) ¥72,000\nTotal ¥240,000 (tax included)\n\nBest regards,\nSam',
    );
    expect(lines(found)).toEqual([
      'Lunch buffet 40 persons x ¥4,200 = ¥168,000',
      'Staff (3 persons) ¥72,000',
      'Total ¥240,000 (tax included)',
    ]);
    expect(found.map((e) => [e.kind, e.owner, e.amount?.value])).toEqual([
      ['payment', 'us', 4200],
      ['payment', 'us', 72000],
      ['payment', 'us', 240000],
    ]);
  });

  it('offers nothing for a tax note or an inclusion note under the prices', () => {
    const found = read(
      'Hi Dana,\n\nAttached our proposal. Summary:\n\nOption 1 - buffet with two mains: MXN 485 per person\nOption 2 - plated three courses: MXN 890 per person\nPrices + IVA.\nBoth include linen, crockery and two waiters.\n\nSaludos,\nSam',
    );
    expect(lines(found)).toEqual([
      'Option 1 - buffet with two mains: MXN 485 per person',
      'Option 2 - plated three courses: MXN 890 per person',
    ]);
  });

  it('does not make an order list under a request for a quote into sums', () => {
    const found = read(
      'Hi Sam,\n\nCould you quote for the following:\n\nOak desk 160 x 80, 4 pcs\nTask chairs, 12 pcs\n\nDana',
      US,
    );
    for (const e of found) expect(e.kind).not.toBe('payment');
  });
});

describe('a quote typed in a hurry', () => {
  it('reads priced lines that start in lower case', () => {
    const found = read(
      'thanks mate\n\npowerflush of the system (9 rads): £420\nmagnetic filter + inhibitor: £145\n\ncheers',
    );
    expect(found.map((e) => [e.kind, e.owner, e.amount?.value])).toEqual([
      ['payment', 'us', 420],
      ['payment', 'us', 145],
    ]);
  });

  it('reads a bill attached with its sum after it', () => {
    for (const text of [
      'Invoice attached, R5,440.',
      'Deposit invoice attached, $1,950 AUD.',
      'Invoice #221 attached ($4,800).',
    ])
      expect(
        read(`Hi Dana,\n\n${text}\n\nSam`).map((e) => [e.kind, e.owner]),
        text,
      ).toEqual([['payment', 'us']]);
  });
});

describe('a price said in passing', () => {
  it.each([
    ['Fortnightly visits as before, £65 a visit', 65],
    ['Moving is CA$189/hr, 3 hr minimum', 189],
    ['5ft gate is +$60', 60],
    ['they need replacing, R1,640 fitted', 1640],
    ['2 days at £240 a day so £480', 240],
  ])('"%s" is a sum the buyer owes', (text, value) => {
    expect(read(`Hi Dana,\n\n${text}\n\nSam`).map((e) => [e.kind, e.owner, e.amount?.value])).toEqual([
      ['payment', 'us', value],
    ]);
  });

  it.each([
    'Hotels in Lisbon average €180 a night.',
    'Our CFO has capped the event at $15,000 all in.',
    'Can you do USD 132 per unit for 1,000 units?',
  ])('"%s" prices nothing the reader owes', (text) => {
    expect(read(`Hi Dana,\n\n${text}\n\nSam`).filter((e) => e.kind === 'payment')).toEqual([]);
  });
});
