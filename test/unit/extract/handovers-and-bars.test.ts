/**
 * Phrasings from the 3 December 2026 rule round (docs/extract.md): sentence ends after a month's
 * abbreviation, hand-overs that "follow" on a condition, a dated clause after "but", the writer's
 * home currency, "weekend" as a kind of time, quality bars with "must not", money leaving, and a
 * visit with a job to do. The client (Acme, a .com address) writes unless told; the date is
 * Monday 2 March 2026.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { findMoney } from '../../../src/extract/money';
import { brief, CLIENT, itemsOf, one, US } from './helpers';

/** The kind and owner of the first item found in `text`, written by the client. */
const firstKindAndOwner = (text: string) => {
  const [e] = itemsOf(text);
  return [e?.kind, e?.owner];
};

describe('a month abbreviation before a capital ends the sentence', () => {
  it('keeps a deliverable and a bar apart in "…ready by Wednesday 11 Mar. One request from legal: …"', () => {
    const items = itemsOf(
      'Signed and attached. Our dev team will have the test environment ready by Wednesday 11 Mar. One request from legal: all recordings must be stored in the EU.',
    );
    expect(items.map(brief)).toEqual([
      ['deliverable', 'client', '2026-03-11'],
      ['standard', 'us', null],
    ]);
  });

  it('does not end the sentence before a number ("by 11 Mar. 2026")', () => {
    const items = itemsOf("We'll send the deck by 11 Mar. 2026 at the latest.");
    expect(items).toHaveLength(1);
  });
});

describe('hand-overs that follow', () => {
  it.each([
    'Our invoice for 50% of the fees will follow after signing.',
    'A 50% deposit invoice will follow once quantities are confirmed.',
    'My invoice follows next week.',
  ])('reads %j as a bill the reader pays', (text) => {
    expect(firstKindAndOwner(text)).toEqual(['payment', 'us']);
  });

  it.each(['Order confirmation follows today.', 'Forwarder booking confirmation follows by Friday.'])(
    'reads %j as the writer’s dated hand-over',
    (text) => {
      const [e] = itemsOf(text);
      expect([e?.kind, e?.owner, e?.due !== null]).toEqual(['deliverable', 'client', true]);
    },
  );

  it.each(['The text follows below.', 'Details follow.', 'More to follow.'])(
    'finds nothing in %j',
    (text) => {
      expect(itemsOf(text)).toEqual([]);
    },
  );
});

describe('a clause dated on its own after "but" stands apart from the status before it', () => {
  it('keeps "the final version will be with you by Friday the 13th"', () => {
    const items = itemsOf(
      "I'll be offline Monday for a family thing, but the final version will be with you by Friday the 13th.",
    );
    expect(items.map(brief)).toEqual([['deliverable', 'client', '2026-03-13']]);
  });
});

describe('the writer’s home currency', () => {
  const from = (email: string) => ({ name: 'Writer', email });

  it('reads a bare "R" sum as rand only from South Africa', () => {
    expect(findMoney('The cake is R650.', 'ZAR').map((f) => f.money)).toEqual([
      { value: 650, currency: 'ZAR' },
    ]);
    expect(findMoney('The cake is R650.')).toEqual([]);
    expect(findMoney('Release R2 ships today.', 'ZAR')).toEqual([]);
  });

  it('reads kroner before and after the number from Scandinavia', () => {
    expect(findMoney('Price: 42.500 kr. ex moms', 'DKK').map((f) => f.money)).toEqual([
      { value: 42500, currency: 'DKK' },
    ]);
    expect(findMoney('kr 48 500 for the lot', 'NOK').map((f) => f.money)).toEqual([
      { value: 48500, currency: 'NOK' },
    ]);
    expect(findMoney('Price: 42.500 kr. ex moms')).toEqual([]);
  });

  it('gives a South African writer’s price its amount in extraction', () => {
    const { expectations } = extractThread(
      one('A 12-person cake is R650, payable on the day.', { from: from('thabo@umami.co.za') }),
    );
    expect(expectations[0]?.amount).toEqual({ value: 650, currency: 'ZAR' });
  });

  // Sixth round of 7 December 2026: a bare "R60" after "is" had shaped no price (only "R1 950" did).
  it('reads "<extra> is R60 per tray" from a South African writer as a price', () => {
    const { expectations } = extractThread(
      one('Logo engraving is R60 per tray, R840 for 14.', { from: from('gareth@joinery.co.za') }),
    );
    expect(expectations.map((e) => [e.kind, e.amount])).toEqual([
      ['payment', { value: 60, currency: 'ZAR' }],
    ]);
  });
});

describe('"weekend" as a kind of time is no date', () => {
  it('gives "24/7 cover with weekend on-call" no due date', () => {
    const items = itemsOf('24/7 cover with weekend on-call: US$7,900/month', US);
    expect(items.every((e) => e.due === null)).toBe(true);
  });
});

describe('quality bars', () => {
  it.each([
    'It must not exceed 40 pages excluding annexes.',
    'Your pilot must hold a current ReOC.',
    'Screenshots must not be shared outside the test team.',
    'Everything needs to come PAT tested with paperwork.',
    'All works on the ground floor must be done outside our opening hours.',
  ])('reads %j as a standard the reader meets', (text) => {
    expect(firstKindAndOwner(text)).toEqual(['standard', 'us']);
  });

  it('does not read "The proofs must come to me first." as a standard', () => {
    expect(itemsOf('The proofs must come to me first.').map((e) => e.kind)).not.toContain('standard');
  });
});

describe('money leaving', () => {
  it('reads "Deposit will go over from our finance team next week" as the writer’s payment', () => {
    expect(firstKindAndOwner('Deposit will go over from our finance team next week.')).toEqual([
      'payment',
      'client',
    ]);
  });
});

describe('being somewhere with a job to do', () => {
  it.each([
    'Our plumber, Kev, will be at the flat on Tuesday at 5:30pm to find the source.',
    'Dan will be at Carlisle Road on Wednesday between 10 and 12 to look at the boiler.',
  ])('keeps %j as the writer’s dated commitment', (text) => {
    const [e] = itemsOf(text, CLIENT);
    expect([e?.kind, e?.owner, e?.due !== null]).toEqual(['deliverable', 'client', true]);
  });
});
