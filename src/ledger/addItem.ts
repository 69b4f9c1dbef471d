import type { Client, LedgerItem } from '../core';
import type { ClientKey } from '../clients/clientKey';
import type { LedgerDb } from './db';
import { ensureClientIn } from './clients';
import type { ItemFields } from './fields';
import { addItemRecord, record } from './itemRecord';
import { LedgerRuleError } from './errors';
import { writeTransaction } from './transaction';

/** Whose ledger: a stored client by id, or a thread's client (created on first use). */
export type ClientTarget = { clientId: string } | { clientKey: ClientKey; clientName: string };

/** An item the user writes by hand: no source sentence, starts as proposed. */
export async function addItem(
  db: LedgerDb,
  input: { client: ClientTarget; fields: ItemFields; why?: string },
  now: Date,
): Promise<{ client: Client; item: LedgerItem }> {
  if (!input.fields.text.trim()) throw new LedgerRuleError('Say what is owed before adding the item.');
  return writeTransaction(db, ['clients', 'expectations'], async (tx) => {
    const clients = tx.objectStore('clients');
    const target = input.client;
    const client =
      'clientId' in target
        ? await clients.get(target.clientId)
        : await ensureClientIn(clients, target.clientKey, target.clientName, now);
    if (!client) throw new LedgerRuleError('That client is no longer in the ledger.');
    const stamp = now.toISOString();
    const item: LedgerItem = {
      id: crypto.randomUUID(),
      clientId: client.id,
      ...input.fields,
      status: 'proposed',
      source: null,
      createdAt: stamp,
      updatedAt: stamp,
      history: [],
    };
    const added = await addItemRecord(tx, record(item, { by: 'user', action: 'added', why: input.why }, now));
    return { client, item: added };
  });
}
