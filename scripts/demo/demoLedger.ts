/**
 * What the demo mailbox's ledger holds before you touch it: a few months of work with Acme,
 * so the sidebar shows a ledger both ways, a track record, and delivery and drift offers on
 * the "Revised proposal and guidelines" thread. Dates sit around the fixtures' November 2026.
 */
import type { Client, LedgerItem } from '../../src/core';

const at = '2026-11-02T15:00:00.000Z';
const acme: Client = {
  id: 'demo-acme',
  name: 'Acme',
  domains: ['acme.com'],
  addresses: [],
  notes: '',
  createdAt: at,
  updatedAt: at,
};

function item(
  fields: Pick<LedgerItem, 'id' | 'owner' | 'kind' | 'text' | 'due' | 'status'> & Partial<LedgerItem>,
): LedgerItem {
  return {
    clientId: acme.id,
    amount: null,
    source: null,
    createdAt: at,
    updatedAt: at,
    history: [{ at, by: 'user', action: 'added' }],
    ...fields,
  };
}

export const DEMO_CLIENTS: Client[] = [acme];

export const DEMO_ITEMS: LedgerItem[] = [
  item({
    id: 'demo-proposal',
    owner: 'us',
    kind: 'deliverable',
    text: 'Send the revised proposal',
    due: '2026-11-20',
    status: 'confirmed',
  }),
  item({
    id: 'demo-guidelines',
    owner: 'client',
    kind: 'deliverable',
    text: 'Share the brand guidelines',
    due: '2026-11-30',
    status: 'confirmed',
  }),
  item({
    id: 'demo-deck',
    owner: 'us',
    kind: 'deliverable',
    text: 'Kick-off deck',
    due: '2026-11-06',
    status: 'done',
    doneOn: '2026-11-05',
  }),
  item({
    id: 'demo-wireframes',
    owner: 'us',
    kind: 'deliverable',
    text: 'Homepage wireframes',
    due: '2026-11-12',
    status: 'done',
    doneOn: '2026-11-12',
  }),
  item({
    id: 'demo-deposit',
    owner: 'client',
    kind: 'payment',
    text: 'Pay the deposit invoice',
    amount: { value: 5000, currency: 'USD' },
    terms: 'net 15',
    due: '2026-11-10',
    status: 'done',
    doneOn: '2026-11-13',
  }),
];
