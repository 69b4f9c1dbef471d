/**
 * Importing an export file, merged into the ledger by id in one transaction: a damaged
 * file, a file from a newer Accord, or a failure half-way changes nothing.
 *
 * Merge rule:
 * - clients and items: a record whose id is new is added; one whose id exists replaces the
 *   local record only if its `updatedAt` is later (the newer edit wins, with its history).
 * - a new client whose domain or address already belongs to a local client is merged into
 *   that client (domains and addresses united, local name and notes kept), and its items follow.
 * - dismissals: united (a dismissal is never undone by an import).
 * - settings: the file fills only settings this browser does not have.
 * - reviews: like items (new id added; existing replaced only when `updatedAt` is later).
 */
import type { Client, LedgerItem } from '../core';
import type { LedgerDb } from './db';
import { parseLedgerExport, type LedgerExport } from './exportFormat';
import { withDerivedFields } from './itemRecord';
import { addManyReturningTaken, getMany, putMany } from './bulk';
import { LedgerRuleError } from './errors';
import { writeTransaction } from './transaction';

export interface ImportSummary {
  clients: { added: number; updated: number; merged: number; unchanged: number };
  items: { added: number; updated: number; unchanged: number };
  dismissals: number;
  settings: number;
  reviews: number;
}

export async function importLedger(db: LedgerDb, input: unknown): Promise<ImportSummary> {
  const file = parseLedgerExport(input);
  return writeTransaction(
    db,
    ['clients', 'expectations', 'dismissals', 'settings', 'reviews'],
    async (tx) => {
      const clients = tx.objectStore('clients');
      const summary: ImportSummary = {
        clients: { added: 0, updated: 0, merged: 0, unchanged: 0 },
        items: { added: 0, updated: 0, unchanged: 0 },
        dismissals: 0,
        settings: 0,
        reviews: 0,
      };

      // 1. Clients: every lookup first, then the writes, so the outcome does not depend on order.
      const localById = await Promise.all(file.clients.map((c) => clients.get(c.id)));
      const localByKey = await Promise.all(
        file.clients.map((c, i) => (localById[i] ? undefined : findByDomainOrAddress(clients, c))),
      );
      const clientIds = new Map<string, string>(); // file client id → ledger client id
      const mergedInto = new Map<string, Client>();
      const writes: Client[] = [];
      file.clients.forEach((incoming, i) => {
        const byId = localById[i];
        const byKey = localByKey[i];
        if (byId) {
          clientIds.set(incoming.id, byId.id);
          if (incoming.updatedAt > byId.updatedAt) {
            writes.push(incoming);
            summary.clients.updated++;
          } else {
            summary.clients.unchanged++;
          }
        } else if (byKey) {
          clientIds.set(incoming.id, byKey.id);
          const base = mergedInto.get(byKey.id) ?? byKey;
          mergedInto.set(byKey.id, {
            ...base,
            domains: union(base.domains, incoming.domains),
            addresses: union(base.addresses, incoming.addresses),
          });
          summary.clients.merged++;
        } else {
          clientIds.set(incoming.id, incoming.id);
          writes.push(incoming);
          summary.clients.added++;
        }
      });
      await Promise.all([...writes, ...mergedInto.values()].map((c) => clients.put(c)));

      // 2. Items must belong to a client in the file or already in the ledger.
      const unknownClientIds = [...new Set(file.items.map((i) => i.clientId))].filter(
        (id) => !clientIds.has(id),
      );
      const localOwners = await Promise.all(unknownClientIds.map((id) => clients.get(id)));
      unknownClientIds.forEach((id, i) => {
        if (!localOwners[i]) {
          throw new LedgerRuleError(
            `This ledger file is damaged (an item belongs to a client, ${id}, that is not in it), so nothing was imported.`,
          );
        }
        clientIds.set(id, id);
      });

      const items = tx.objectStore('expectations');
      // The same derivation as every other write (itemRecord.ts), in bulk.
      const incoming = file.items.map((item) =>
        withDerivedFields({ ...item, clientId: clientIds.get(item.clientId) ?? item.clientId }),
      );
      // New ids are added straight away; only ids already here are read and compared.
      const taken = await addManyReturningTaken(items, incoming);
      summary.items.added = incoming.length - taken.length;
      const local = await getMany<LedgerItem>(
        items,
        taken.map((item) => item.id),
      );
      const newer = taken.filter((item, i) => item.updatedAt > (local[i]?.updatedAt ?? ''));
      summary.items.updated = newer.length;
      summary.items.unchanged = taken.length - newer.length;
      await putMany(items, newer);

      // 3. Dismissals, settings, reviews.
      const dismissals = tx.objectStore('dismissals');
      const knownDismissals = await Promise.all(
        file.dismissals.map((d) => dismissals.count([d.messageId, d.hash])),
      );
      const newDismissals = file.dismissals.filter((_, i) => !knownDismissals[i]);
      await Promise.all(newDismissals.map((d) => dismissals.put(d)));
      summary.dismissals = newDismissals.length;

      const settings = tx.objectStore('settings');
      const knownSettings = await Promise.all(file.settings.map((s) => settings.count(s.key)));
      const newSettings = file.settings.filter((_, i) => !knownSettings[i]);
      await Promise.all(newSettings.map((s) => settings.put(s)));
      summary.settings = newSettings.length;

      await importReviews(tx.objectStore('reviews'), file, clientIds, summary);
      return summary;
    },
  );
}

async function findByDomainOrAddress(
  store: {
    index(name: 'byDomain' | 'byAddress'): { get(key: string): Promise<Client | undefined> };
  },
  client: Client,
): Promise<Client | undefined> {
  const found = await Promise.all([
    ...client.domains.map((d) => store.index('byDomain').get(d)),
    ...client.addresses.map((a) => store.index('byAddress').get(a)),
  ]);
  return found.find((c) => c !== undefined);
}

async function importReviews(
  store: {
    get(id: string): Promise<LedgerExport['reviews'][number] | undefined>;
    put(r: LedgerExport['reviews'][number]): Promise<unknown>;
  },
  file: LedgerExport,
  clientIds: Map<string, string>,
  summary: ImportSummary,
): Promise<void> {
  const local = await Promise.all(file.reviews.map((r) => store.get(r.id)));
  await Promise.all(
    file.reviews.map((review, i) => {
      const existing = local[i];
      const newer = !existing || (review.updatedAt ?? '') > (existing.updatedAt ?? '');
      if (!newer) return undefined;
      summary.reviews++;
      return store.put({ ...review, clientId: clientIds.get(review.clientId) ?? review.clientId });
    }),
  );
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}
