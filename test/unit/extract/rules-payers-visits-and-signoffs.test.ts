/**
 * Classes from the former held-out part of 5 December 2026, small hours (issue 9, 5 December,
 * early morning): a means of paying sent for a bill; a bill a named colleague sends; a third
 * person's visit or inspection; a call or visit the writer promises; a sum now due; billing
 * rhythms and fees as a share; sign-offs in other languages; times accepted; and the side the
 * obligation model's items name. Every sentence was written for this file. Sent Monday 2 March
 * 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { isTimeAcceptance } from '../../../src/extract/meetings';
import { obligationFoundByModel } from '../../../src/extract/obligationByModel';
import { liveRanges } from '../../../src/extract/quoted';
import { CLIENT, US, brief, itemsOf, one } from './helpers';

const kinds = (text: string, from = CLIENT) => itemsOf(text, from).map((e) => [e.kind, e.owner]);

describe('sending a means of paying for a bill pays it', () => {
  it.each([
    "I'll send the ACH for invoice #NW-2291 (USD 4,100) on Thursday.",
    "We'll send payment for the February invoice tomorrow.",
    'We will make the wire transfer for invoice 3310 this week.',
  ])('"%s" from us: we pay', (sentence) => {
    expect(kinds(sentence, US)).toEqual([['payment', 'us']]);
  });

  it('but sending the bill itself still makes the reader pay', () => {
    expect(kinds("I'll send the invoice for the February work on Thursday.", US)).toEqual([
      ['payment', 'client'],
    ]);
  });
});

describe('a bill a named colleague or a role sends is paid by the reader', () => {
  it.each([
    ['Marisol will send you the April invoice tomorrow.', CLIENT, 'us'],
    ['Our bookkeeper will email you the final invoice on Friday.', US, 'client'],
  ])('"%s"', (sentence, from, payer) => {
    expect(kinds(sentence, from)).toEqual([['payment', payer]]);
  });
});

describe("a third person's inspection, survey or meeting for the other side binds the writer's side", () => {
  it.each([
    'Our technician will inspect the chiller next week.',
    'Our surveyor will survey the roof next month.',
    'Our site lead, Farid, will meet your team at the loading dock.',
    'Our engineer will do the annual service next week.',
  ])('"%s"', (sentence) => {
    expect(kinds(sentence, US).map(([, owner]) => owner)).toEqual(['us']);
  });

  it('"will do his best" promises nothing', () => {
    expect(itemsOf('Our engineer will do his best.', US)).toEqual([]);
  });
});

describe("a visit or a meeting the writer promises to set up is the writer's", () => {
  it.each([
    "I'll come by your studio for the fitting on Tuesday 10 March at 11am.",
    "I'll come by your office for the handover on Thursday 5 March at 2pm.",
    "I'll set up both calls for Wednesday the 11th and send invites to you and Jo.",
  ])('"%s" from us', (sentence) => {
    expect(kinds(sentence, US)).toEqual([['meeting', 'us']]);
  });

  it('asking the reader to come by stays their item', () => {
    expect(kinds('Could you come by our office on Thursday?', US)).toEqual([['meeting', 'client']]);
  });
});

describe('a sum now due', () => {
  it('is a payment due the day it was sent, not a change of date', () => {
    const result = extractThread(one('The balance of $2,450 is now due.', { from: US }));
    expect(result.expectations.map(brief)).toEqual([['payment', 'client', '2026-03-02']]);
    expect(result.signals.map((s) => s.type)).not.toContain('drift');
  });

  it('"is now due on 14 March" still moves a date', () => {
    const result = extractThread(one('The deposit is now due on 14 March.'));
    expect(result.signals.map((s) => s.type)).toContain('drift');
  });
});

describe('billing rhythms, bills payable within days and fees as a share are terms', () => {
  it.each([
    'Payment quarterly in advance.',
    'Invoicing is monthly in arrears, payable within 30 days.',
    'Licence term 24 months, billed quarterly in advance.',
    'Our placement fee for this role is 20% of the first-year salary.',
    'Fee: 15% of the hammer price',
    'Sunday hours charged at time and a half.',
  ])('"%s"', (sentence) => {
    expect(itemsOf(sentence, US).map((e) => e.kind)).toEqual(['payment']);
  });

  it.each(['We are billed at double time by the union.', 'Is it payable within 30 days?'])(
    'but not "%s"',
    (sentence) => {
      expect(itemsOf(sentence, US).map((e) => e.kind)).not.toContain('payment');
    },
  );
});

describe('a sign-off in another language starts the signature', () => {
  it.each(['Saludos cordiales,', 'Mit freundlichen Grüßen', 'Met vriendelijke groet,', 'Cordialement,'])(
    'after "%s" the title line is not read',
    (signOff) => {
      const text = `Hello,\n\nWe will ship the samples on Friday.\n\n${signOff}\nLucía Prado\nSales Director – Textiles Rioja S.L.\nLogroño`;
      const live = liveRanges(text)
        .map((r) => text.slice(r.start, r.end))
        .join('\n');
      expect(live).toContain('We will ship the samples on Friday.');
      expect(live).not.toContain('Sales Director');
    },
  );
});

describe('a time accepted adds nothing', () => {
  it.each([
    '11am works perfectly.',
    '8:30 your time on Thursday is ok for me.',
    '21 March is comfortable for us.',
    'May 4 and June 8 both work for us.',
  ])('"%s"', (sentence) => {
    expect(isTimeAcceptance(sentence)).toBe(true);
  });

  it.each(['Payment on Friday is ok.', 'Does 11am work for you?'])('but not "%s"', (sentence) => {
    expect(isTimeAcceptance(sentence)).toBe(false);
  });
});

describe("the obligation model's items go to the side the clause names", () => {
  it('a clause naming the reader is theirs', () => {
    expect(obligationFoundByModel('Floor plans from you by 9 March.', false, 0.8)).toMatchObject({
      frame: 'request',
    });
    expect(obligationFoundByModel('You to provide site access on the day.', false, 0.8)).toMatchObject({
      frame: 'request',
    });
  });

  it("a clause naming the writer's side is the writer's", () => {
    expect(obligationFoundByModel('Permits handled by us.', false, 0.8)).toMatchObject({ frame: 'commit' });
  });

  it('a payment still goes to whoever pays', () => {
    expect(obligationFoundByModel('Deposit from you on signing.', true, 0.8)).toMatchObject({
      frame: 'payer',
      kind: 'payment',
    });
  });
});

describe('a list line names a company by its first words and a team', () => {
  const client = { name: 'Ines Brandt', email: 'ines@bluecrabhealth.org' };
  const steps = (line: string) =>
    extractThread(
      one(
        `Hi Ines,\n\nNext steps from today:\n- ${line}\n- Northwind to send the test plan by Monday 9 March\n\nDana`,
        {
          from: US,
          to: [client],
        },
      ),
    ).expectations.map((e) => e.owner);

  it.each([
    'Blue Crab finance team to provide the claims extract by Friday 6 March',
    'Bluecrab IT to whitelist our staging address by Friday 6 March',
  ])('"%s" is the client\'s', (line) => {
    expect(steps(line)).toEqual(['client', 'us']);
  });
});
