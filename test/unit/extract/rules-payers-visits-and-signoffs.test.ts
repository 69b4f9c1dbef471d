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

  it("but paying someone else leaves the client's bill with the client", () => {
    const items = itemsOf(
      "The total for phase two is $6,500, due by 20 March. We'll make the payment to the tiler ourselves.",
      US,
    );
    expect(items.find((e) => e.amount?.value === 6500)?.owner).toBe('client');
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

describe('but a bill named in passing or sent by a third party is no bill between the sides', () => {
  it.each([
    'Priya will email you about the invoice discrepancy tomorrow.',
    'Our controller will raise a query on the invoice.',
    'Our freight forwarder will send you the commercial invoice with the goods.',
    'Our supplier will send us their invoice for the parts next week.',
    'Who will send the invoice for the catering?',
  ])('"%s"', (sentence) => {
    expect(itemsOf(sentence, US).map((e) => e.kind)).not.toContain('payment');
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

  it.each([
    'Our engineer will do his best.',
    'That will do the trick.',
    'Our board will assess the proposals at the April meeting.',
    'Customs will inspect the shipment on arrival.',
    'Our revised quote will meet your budget.',
  ])('"%s" promises the other side nothing', (sentence) => {
    expect(itemsOf(sentence, US)).toEqual([]);
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

  it("the reader's own people setting it up are the reader's", () => {
    expect(kinds('Your office manager will set up the call for Thursday at 3pm.', US)).toEqual([
      ['meeting', 'client'],
    ]);
  });
});

describe('a sum now due', () => {
  it('is a payment, not a change of date', () => {
    const result = extractThread(one('The balance of $2,450 is now due.', { from: US }));
    expect(result.expectations.map(brief)).toEqual([['payment', 'client', null]]);
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

  it.each([
    'We are billed at double time by the union.',
    'Is it payable within 30 days?',
    'Our staff are paid monthly in arrears, so we need the payroll export by the 25th.',
    'Could we do payment monthly in arrears instead?',
    'Tenants are billed monthly in advance for service charges.',
    'The agency fee is 15% higher than last year.',
    'Our fees are 40% of our costs this year.',
    'Our own staff are charged at time and a half to other departments.',
  ])('but not "%s"', (sentence) => {
    expect(itemsOf(sentence, US).map((e) => e.kind)).not.toContain('payment');
  });
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

describe('a greeting is no sign-off', () => {
  it('"Saludos" on its own opens the mail and the body is read', () => {
    const text =
      'Hola Dana,\n\nSaludos\nWe need the pallets by Thursday 5 March.\nThanks for the quick turnaround.';
    const live = liveRanges(text)
      .map((r) => text.slice(r.start, r.end))
      .join('\n');
    expect(live).toContain('We need the pallets');
  });
});

describe('a time accepted adds nothing', () => {
  it.each([
    '11am works perfectly.',
    '8:30 your time on Thursday is ok for me.',
    '21 March is comfortable for us.',
    'May 4 and June 8 both work for us.',
    // 6 December 2026, afternoon.
    'Tuesday at 3pm works for both of us.',
    '9am on the 21st suits us.',
  ])('"%s"', (sentence) => {
    expect(isTimeAcceptance(sentence)).toBe(true);
  });

  it.each(['Payment on Friday is ok.', 'Does 11am work for you?'])('but not "%s"', (sentence) => {
    expect(isTimeAcceptance(sentence)).toBe(false);
  });
});

// 6 December 2026, afternoon: meeting halfway on terms is no meeting, so a meeting proposed next
// does not absorb it.
describe('terms met halfway', () => {
  it('stay an ask beside a meeting proposed after them', () => {
    const items = itemsOf(
      'Net 60 is a stretch for us. Could we meet halfway at net 45? Happy to talk it through at the site visit on Thursday 5 March.',
    );
    expect(items.map((e) => [e.kind, e.due])).toEqual([
      ['request', null],
      ['meeting', '2026-03-05'],
    ]);
  });
});

describe("the obligation model's items go to the side the clause names", () => {
  it('a clause naming the reader is theirs, as a hand-over rather than an ask', () => {
    expect(obligationFoundByModel('Floor plans from you by 9 March.', false, 0.8)).toMatchObject({
      frame: 'request',
      kind: 'deliverable',
    });
    expect(obligationFoundByModel('You to provide site access on the day.', false, 0.8)).toMatchObject({
      frame: 'request',
    });
  });

  it('"as requested by you" names what the reader asked, not who acts', () => {
    expect(
      obligationFoundByModel('As requested by you, the second draft will follow next week.', false, 0.8),
    ).toMatchObject({ frame: 'commit' });
  });

  it("a clause naming the writer's side is the writer's", () => {
    expect(obligationFoundByModel('Permits handled by us.', false, 0.8)).toMatchObject({ frame: 'commit' });
  });

  it('a bar stays the reader\'s, and an opening "Our" names no doer', () => {
    expect(obligationFoundByModel('All copy must be in British English.', false, 0.8)).toMatchObject({
      frame: 'request',
      kind: 'standard',
    });
    expect(obligationFoundByModel('Our site plans from you by Friday.', false, 0.8)).toMatchObject({
      frame: 'request',
    });
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

  it.each([
    'Green Valley Couriers to collect the pallets by Friday 6 March',
    'Chris Park to send the site survey by Friday 6 March',
  ])('but "%s", which only shares a short first word with the client, is not theirs', (line) => {
    const grocer = { name: 'Christine Moyo', email: 'christine@greenleafgrocers.com.au' };
    const text = `Hi Christine,\n\nNext steps from today:\n- ${line}\n- Northwind to send the test plan by Monday 9 March\n\nDana`;
    const owners = extractThread(one(text, { from: US, to: [grocer] })).expectations.map((e) => e.owner);
    expect(owners[0]).not.toBe('client');
  });
});
