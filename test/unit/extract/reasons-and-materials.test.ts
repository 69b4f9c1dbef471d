/**
 * Phrasings from the 6 December 2026 morning rule round (docs/extract.md): why an ask already
 * made matters, whoever needs the thing, thanks and regards passed on to someone, how to reach
 * someone should plans change, a go-ahead given ("treat this email as our approval"), a price met
 * ("we can meet you halfway at $9,000"), and "wire" as a material rather than a payment. The date
 * is Monday 2 March 2026.
 */
import { describe, expect, it } from 'vitest';
import { brief, itemsOf, US } from './helpers';

describe('why an ask matters is no new ask, whoever needs the thing', () => {
  it.each([
    'We need it to make the screen.',
    'I need it for a purchase request to the Business Manager.',
    'Our procurement team needs it to raise a PO.',
    'Rob wants it for the second cut of silage.',
    "I'll need those to plan the flight lines and work out the price.",
    'Our risk manager wants them for the file.',
  ])('"%s" is no item', (text) => {
    expect(itemsOf(text)).toEqual([]);
  });

  it('still reads the ask itself, and a need with a day of its own', () => {
    expect(itemsOf('Could you send the floor plan? We need it to make the screen.').map(brief)).toEqual([
      ['request', 'us', null],
    ]);
    expect(itemsOf('We need it to be on site by Friday 6 March.').map(brief)).toEqual([
      ['request', 'us', '2026-03-06'],
    ]);
  });
});

describe('thanks and regards passed on are pleasantries', () => {
  it.each(['Please thank Luis for the coffee.', 'Please give Fiona my love.', 'Please thank him.'])(
    '"%s" is no item',
    (text) => {
      expect(itemsOf(text)).toEqual([]);
    },
  );

  it('still reads thanks beside an ask, and an ask to thank nobody', () => {
    expect(itemsOf('Thank you for the quote. Please send the signed copy by Friday.').map(brief)).toEqual([
      ['request', 'us', '2026-03-06'],
    ]);
  });
});

describe('how to reach someone should plans change is a courtesy', () => {
  it.each([
    'Please call me at any time on +27 82 555 0417.',
    'Hannah will cover and you can reach her on +1 617 555 0177.',
    'If anything changes please contact my colleague Niamh Byrne (+353 1 555 2866).',
    'Amara can call me on my cell (303-555-0140) if anything comes up that morning.',
  ])('"%s" is no item', (text) => {
    expect(itemsOf(text)).toEqual([]);
  });

  it('still reads a call asked for on a day', () => {
    expect(itemsOf('Please call me on Thursday to confirm the delivery window.')).toHaveLength(1);
  });
});

describe('a go-ahead given is no new ask', () => {
  it.each([
    'Please treat this email as our written approval.',
    'Please treat this as our confirmation.',
    'Please treat this email as our go-ahead.',
  ])('"%s" is no item', (text) => {
    expect(itemsOf(text)).toEqual([]);
  });

  it('still reads an order placed this way', () => {
    expect(itemsOf('Please treat this email as our order for offer 26-0412.')).toHaveLength(1);
  });

  // 6 December 2026, midday: 43 of 51 such clauses unannotated.
  it.each([
    "We'll take 27 and 28 April.",
    "We'll take the tanks, the manifold and the platform.",
    "we'll take the Apoquel at $49.50.",
    'We will take 16% with the 16-week rebate.',
  ])('"%s" is an option taken, no item', (text) => {
    expect(itemsOf(text)).toEqual([]);
  });

  it('still reads taking a thing down, and a payment beside the choice', () => {
    expect(
      itemsOf("We'll take the frame down again after the event on Wednesday 11 March.", US),
    ).toHaveLength(1);
    expect(itemsOf("We'll take the 5% and pay the full amount by 30 March.").map((e) => e.kind)).toEqual([
      'payment',
    ]);
  });
});

describe('a price met is no meeting', () => {
  it.each(['On the terms: we can meet you partway.', 'On the advance, we can meet you halfway.'])(
    '"%s" is no meeting',
    (text) => {
      expect(itemsOf(text).filter((e) => e.kind === 'meeting')).toEqual([]);
    },
  );

  it('a sum met is a price, as a price offered is', () => {
    const items = itemsOf('We can meet you halfway at $9,000 for the bottom job.');
    expect(items.map((e) => [e.kind, e.amount])).toEqual([['payment', { value: 9000, currency: 'USD' }]]);
  });

  it('still reads an offer to meet', () => {
    expect(itemsOf('We can meet you at 10am on Friday.').map((e) => e.kind)).toEqual(['meeting']);
  });
});

describe('wire as a material pays nobody', () => {
  it('a job done with wire wool is a hand-over, not a payment', () => {
    const kinds = itemsOf(
      'Our technician will proof the entry points with wire wool and sealant on Thursday.',
      US,
    ).map(brief);
    expect(kinds).toEqual([['deliverable', 'us', '2026-03-05']]);
  });

  it('wiring money is still a payment', () => {
    expect(itemsOf("I'll wire the deposit tomorrow.", US).map(brief)).toEqual([
      ['payment', 'us', '2026-03-03'],
    ]);
  });
});
