import { attachDomain, ensureClient, findClientByKey, openLedger, renameClient } from '../../../src/ledger';

const now = new Date('2026-03-02T10:00:00Z');
let dbName = 0;
const freshLedger = () => openLedger(`clients-test-${++dbName}`);

describe('clients in the ledger', () => {
  it('creates a client once per key and finds it again by domain', async () => {
    const db = await freshLedger();
    const first = await ensureClient(db, 'domain:acme.com', 'Acme', now);
    const again = await ensureClient(db, 'domain:acme.com', 'Something else', now);
    expect(again.id).toBe(first.id);
    expect((await findClientByKey(db, 'domain:acme.com'))?.name).toBe('Acme');
    expect(await findClientByKey(db, 'domain:globex.com')).toBeUndefined();
  });

  it('keys free-mail clients by address', async () => {
    const db = await freshLedger();
    await ensureClient(db, 'address:jo@gmail.com', 'Jo Brand', now);
    expect((await findClientByKey(db, 'address:jo@gmail.com'))?.addresses).toEqual(['jo@gmail.com']);
    expect(await findClientByKey(db, 'domain:gmail.com')).toBeUndefined();
  });

  it('renames a client and stamps the change', async () => {
    const db = await freshLedger();
    const client = await ensureClient(db, 'domain:acme.com', 'Acme', now);
    const later = new Date('2026-03-03T10:00:00Z');
    const renamed = await renameClient(db, client.id, 'Acme Corporation', later);
    expect(renamed).toMatchObject({ name: 'Acme Corporation', updatedAt: later.toISOString() });
  });

  it('attaches another domain so its threads resolve to the same client, moving it off any other client', async () => {
    const db = await freshLedger();
    const acme = await ensureClient(db, 'domain:acme.com', 'Acme', now);
    const europe = await ensureClient(db, 'domain:acme-europe.com', 'Acme Europe', now);
    await attachDomain(db, acme.id, 'ACME-Europe.com', now);
    expect((await findClientByKey(db, 'domain:acme-europe.com'))?.id).toBe(acme.id);
    expect((await db.get('clients', europe.id))?.domains).toEqual([]);
  });
});
