import type { LedgerItem } from '../../../src/core';
import { buildRecap } from '../../../src/recap/recapText';

function item(overrides: Partial<LedgerItem>): LedgerItem {
  return {
    id: overrides.id ?? 'i1',
    clientId: 'c1',
    kind: 'deliverable',
    owner: 'us',
    text: 'send the revised proposal',
    due: null,
    amount: null,
    status: 'proposed',
    source: null,
    createdAt: '2026-03-02T10:00:00Z',
    updatedAt: '2026-03-02T10:00:00Z',
    history: [],
    ...overrides,
  };
}

describe('the recap read back to the client', () => {
  const items = [
    item({ id: 'a', text: 'send the revised proposal.', due: '2026-03-06' }),
    item({ id: 'b', owner: 'client', kind: 'request', text: 'share the logo files', due: '2026-03-05' }),
    item({
      id: 'c',
      owner: 'client',
      kind: 'payment',
      text: 'pay the kick-off invoice',
      amount: { value: 5000, currency: 'USD' },
      terms: 'net 30',
      due: '2026-04-01',
    }),
    item({ id: 'd', text: 'old thing', status: 'done' }),
    item({ id: 'e', text: 'dropped thing', status: 'cancelled' }),
  ];

  it('groups what is still owed by side, with dates and amounts, and greets the recipient', () => {
    const recap = buildRecap({
      greetingName: 'Sam',
      ourName: 'Northwind',
      clientName: 'Acme',
      items,
      locale: 'en-GB',
    });
    expect(recap.text).toBe(
      [
        'Hi Sam,',
        '',
        'To make sure we are on the same page, here is what we agreed:',
        '',
        'From Northwind:',
        '- Send the revised proposal — by Fri, 6 Mar 2026',
        '',
        'From Acme:',
        '- Share the logo files — by Thu, 5 Mar 2026',
        '- Pay the kick-off invoice — US$5,000.00 (net 30) — by Wed, 1 Apr 2026',
        '',
        'Could you reply to confirm, or tell me if anything is missing or different from what you expected?',
      ].join('\n'),
    );
  });

  it('lists only the items it read back, so only those are marked as sent for confirmation', () => {
    expect(buildRecap({ greetingName: null, ourName: 'Us', clientName: 'Them', items }).itemIds).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('says plainly when nothing is open', () => {
    const recap = buildRecap({ greetingName: null, ourName: 'Us', clientName: 'Them', items: [items[3]!] });
    expect(recap.text).toContain('Hi all,');
    expect(recap.text).toContain('There is nothing open between us on record at the moment.');
    expect(recap.itemIds).toEqual([]);
  });
});
