import type { LedgerItem, Signal } from '../../../src/core';
import { matchSignals } from '../../../src/signals/matchSignals';

const item = (
  id: string,
  owner: 'us' | 'client',
  text: string,
  status: LedgerItem['status'] = 'confirmed',
): LedgerItem => ({
  id,
  clientId: 'c',
  kind: 'deliverable',
  owner,
  text,
  due: null,
  amount: null,
  status,
  source: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  history: [],
});
const signal = (type: Signal['type'], owner: Signal['owner'], subject: string): Signal => ({
  type,
  owner,
  subject,
  messageId: 'm',
  text: subject,
  start: 0,
  end: subject.length,
});

describe('matching delivery and drift to ledger items', () => {
  const items = [
    item('proposal', 'us', 'Send the revised proposal'),
    item('logos', 'client', 'Share the logo files'),
    item('guidelines', 'client', 'Share the brand guidelines'),
    item('old', 'us', 'Send the revised proposal v1', 'done'),
  ];

  it('matches a delivery to the open item of the delivering side that shares its words', () => {
    expect(matchSignals([signal('delivery', 'us', 'revised proposal')], items).map((o) => o.itemId)).toEqual([
      'proposal',
    ]);
  });

  it('looks only at the side that owes the item', () => {
    expect(matchSignals([signal('delivery', 'us', 'logo files')], items)).toEqual([]);
  });

  it('picks the item with most words in common', () => {
    expect(matchSignals([signal('drift', 'client', 'brand guidelines')], items).map((o) => o.itemId)).toEqual(
      ['guidelines'],
    );
  });

  it('never offers to change an item that is already closed', () => {
    const closed = [item('done', 'us', 'Send the deck', 'done')];
    expect(matchSignals([signal('delivery', 'us', 'deck')], closed)).toEqual([]);
  });

  it('offers a bare "done" only when one open item of that side could be meant', () => {
    const single = [item('deck', 'us', 'Send the deck')];
    expect(matchSignals([signal('delivery', 'us', '')], single, 't1')).toEqual([]);
    const fromThread = [{ ...single[0]!, source: { threadId: 't1' } as LedgerItem['source'] }];
    expect(matchSignals([signal('delivery', 'us', '')], fromThread, 't1').map((o) => o.itemId)).toEqual([
      'deck',
    ]);
  });
});
