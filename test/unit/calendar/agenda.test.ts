import { buildAgenda } from '../../../src/calendar/agenda';
import { acme, item } from './fixtures/ledger';

const items = [
  item({ text: 'Brand guidelines v2', owner: 'us', status: 'done', doneOn: '2026-02-20' }),
  item({ text: 'Old deck', owner: 'us', status: 'done', doneOn: '2026-01-10' }),
  item({ text: 'Signed SOW', owner: 'client', status: 'done', doneOn: '2026-02-18' }),
  item({
    text: 'Homepage copy',
    owner: 'client',
    status: 'done',
    history: [{ at: '2026-02-25T10:00:00Z', by: 'user', action: 'status:done' }],
  }),
  item({ text: 'Launch plan', owner: 'us', due: '2026-03-20' }),
  item({ text: 'Analytics setup', owner: 'us', due: null }),
  item({
    text: 'Deposit',
    owner: 'client',
    kind: 'payment',
    due: '2026-02-28',
    amount: { value: 1200, currency: 'USD' },
  }),
  item({ text: 'Feedback on wireframes', owner: 'client', due: '2026-03-12' }),
  item({ text: 'Reply within 24h', owner: 'us', kind: 'standard' }),
  item({ text: 'Cancelled thing', owner: 'us', status: 'cancelled', due: '2026-02-01' }),
  item({
    text: 'Mobile mockups',
    owner: 'us',
    status: 'renegotiated',
    due: '2026-03-25',
    history: [
      {
        at: '2026-02-22T09:00:00Z',
        by: 'user',
        action: 'renegotiated',
        why: 'client added tablet sizes',
        from: { due: '2026-03-10' },
        to: { due: '2026-03-25' },
      },
      {
        at: '2026-01-20T09:00:00Z',
        by: 'user',
        action: 'renegotiated',
        from: { due: '2026-03-01' },
        to: { due: '2026-03-10' },
      },
    ],
  }),
  item({ text: 'Another client item', clientId: 'other', owner: 'us', due: '2026-03-01' }),
];

describe('buildAgenda', () => {
  it('lists deliveries since the last review, late and open items per side, and renegotiations', () => {
    const text = buildAgenda({
      client: acme,
      items,
      lastReviewAt: '2026-02-15T10:00:00Z',
      today: '2026-03-05',
    });
    expect(text).toBe(
      [
        'Review with Acme Ltd — 2026-03-05',
        'Since the last review on 2026-02-15.',
        '',
        'We delivered:',
        '- Brand guidelines v2 (done 2026-02-20)',
        '',
        'They delivered:',
        '- Signed SOW (done 2026-02-18)',
        '- Homepage copy (done 2026-02-25)',
        '',
        'Late:',
        '- Deposit USD 1,200.00 (them, due 2026-02-28)',
        '',
        'Open on our side:',
        '- Launch plan (due 2026-03-20)',
        '- Mobile mockups (due 2026-03-25)',
        '- Analytics setup (no due date)',
        '',
        'Open on their side:',
        '- Feedback on wireframes (due 2026-03-12)',
        '',
        'Changed (renegotiated):',
        '- Mobile mockups: due 2026-03-10 → 2026-03-25 (client added tablet sizes)',
        '',
      ].join('\n'),
    );
  });

  it('includes everything done and every renegotiation when there was no earlier review', () => {
    const text = buildAgenda({ client: acme, items, lastReviewAt: null, today: '2026-03-05' });
    expect(text).toContain('First review.');
    expect(text).toContain('- Old deck (done 2026-01-10)');
    expect(text).toContain('- Mobile mockups: due 2026-03-01 → 2026-03-10');
  });

  it('is the same text whatever order the items come in', () => {
    const a = buildAgenda({ client: acme, items, lastReviewAt: '2026-02-15', today: '2026-03-05' });
    const b = buildAgenda({
      client: acme,
      items: [...items].reverse(),
      lastReviewAt: '2026-02-15',
      today: '2026-03-05',
    });
    expect(b).toBe(a);
  });

  it('says so when the ledger has nothing for the client, and shortens long item texts', () => {
    expect(buildAgenda({ client: acme, items: [], lastReviewAt: null, today: '2026-03-05' })).toContain(
      'Nothing recorded in the ledger for this period.',
    );
    const long = buildAgenda({
      client: acme,
      items: [item({ text: 'x'.repeat(300), due: '2026-04-01' })],
      lastReviewAt: null,
      today: '2026-03-05',
    });
    expect(long).toContain(`- ${'x'.repeat(119)}… (due 2026-04-01)`);
  });
});
