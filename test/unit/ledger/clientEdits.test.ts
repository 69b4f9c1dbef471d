import {
  acceptSuggestions,
  ensureClient,
  itemsForClient,
  LedgerFullError,
  mergeClients,
  moveItem,
  putReview,
  setClientName,
  setClientNotes,
  setExtra,
  setStatus,
} from '../../../src/ledger';
import { acceptInput, freshLedger, NOW, suggestion } from './fixtures';

async function twoClients() {
  const db = await freshLedger();
  const { client: acme, items } = await acceptSuggestions(
    db,
    acceptInput([suggestion(), suggestion({ start: 60, end: 70, text: 'Second.' })]),
    NOW,
  );
  const other = await ensureClient(db, 'address:jo@gmail.com', 'Acme (Jo)', NOW);
  await setClientNotes(db, other.id, 'Prefers calls.', NOW);
  await putReview(db, { id: 'r1', clientId: other.id, start: '2026-03-10T10:00:00Z' });
  return { db, acme, other, items };
}

describe('the dashboard’s client writes', () => {
  it('merges one client into another: contacts, items, reviews and notes, with history, in one go', async () => {
    const { db, acme, other, items } = await twoClients();
    await moveItem(db, items[0]!.id, other.id, NOW, 'filed under the wrong client');
    const result = await mergeClients(db, other.id, acme.id, NOW);
    expect(result).toMatchObject({ movedItems: 1, movedReviews: 1 });
    expect(result.client.domains).toEqual(['acme.com']);
    expect(result.client.addresses).toEqual(['jo@gmail.com']);
    expect(result.client.notes).toBe('From Acme (Jo): Prefers calls.');
    expect(await db.get('clients', other.id)).toBeUndefined();
    expect((await db.getFromIndex('clients', 'byAddress', 'jo@gmail.com'))?.id).toBe(acme.id);
    expect((await itemsForClient(db, acme.id)).map((i) => i.id).sort()).toEqual(
      items.map((i) => i.id).sort(),
    );
    expect((await db.get('reviews', 'r1'))?.clientId).toBe(acme.id);
    const moved = (await db.get('expectations', items[0]!.id))!;
    expect(moved.history.slice(-1)[0]).toMatchObject({
      action: 'moved',
      why: 'merged Acme (Jo) into Acme',
      from: { clientId: other.id, client: 'Acme (Jo)' },
      to: { clientId: acme.id, client: 'Acme' },
    });
  });

  it('leaves both clients untouched when the disk fills up halfway through a merge', async () => {
    const { db, acme, other, items } = await twoClients();
    await moveItem(db, items[0]!.id, other.id, NOW);
    const proto = IDBObjectStore.prototype as unknown as { put: (...a: unknown[]) => unknown };
    const put = proto.put;
    let calls = 0;
    proto.put = function (this: unknown, ...args: unknown[]) {
      if (++calls === 2) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      await expect(mergeClients(db, other.id, acme.id, NOW)).rejects.toBeInstanceOf(LedgerFullError);
    } finally {
      proto.put = put;
    }
    expect(await db.get('clients', other.id)).toMatchObject({ name: 'Acme (Jo)' });
    expect((await db.get('expectations', items[0]!.id))?.clientId).toBe(other.id);
    expect((await db.get('reviews', 'r1'))?.clientId).toBe(other.id);
  });

  it('refuses to merge a client into itself', async () => {
    const { db, acme } = await twoClients();
    await expect(mergeClients(db, acme.id, acme.id, NOW)).rejects.toThrow('cannot be merged into itself');
  });

  it('moves an item to another client and says so in its history', async () => {
    const { db, other, items } = await twoClients();
    const moved = await moveItem(db, items[1]!.id, other.id, NOW, 'wrong client');
    expect(moved).toMatchObject({ clientId: other.id, open: 1 });
    expect(moved.history.slice(-1)[0]).toMatchObject({ action: 'moved', why: 'wrong client' });
    expect((await itemsForClient(db, other.id)).map((i) => i.id)).toEqual([items[1]!.id]);
    await expect(moveItem(db, items[1]!.id, 'nobody', NOW)).rejects.toThrow('no longer in the ledger');
  });

  it('renames by id, refuses an empty name, and keeps notes', async () => {
    const { db, acme } = await twoClients();
    expect(await setClientName(db, acme.id, '  Acme Corp ', NOW)).toMatchObject({ name: 'Acme Corp' });
    expect(() => setClientName(db, acme.id, '  ', NOW)).toThrow('needs a name');
    expect(await setClientNotes(db, acme.id, 'VIP', NOW)).toMatchObject({ notes: 'VIP' });
  });

  it('marks a done item as extra and back, with history, and writes nothing when unchanged', async () => {
    const { db, items } = await twoClients();
    await setStatus(db, items[0]!.id, { status: 'done', doneOn: '2026-03-03' }, NOW);
    const marked = await setExtra(db, items[0]!.id, true, NOW);
    expect(marked.extra).toBe(true);
    expect(marked.history.slice(-1)[0]).toMatchObject({ action: 'marked-extra' });
    const again = await setExtra(db, items[0]!.id, true, NOW);
    expect(again.history).toHaveLength(marked.history.length);
    const unmarked = await setExtra(db, items[0]!.id, false, NOW);
    expect(unmarked).not.toHaveProperty('extra');
    expect(unmarked.history.slice(-1)[0]).toMatchObject({ action: 'unmarked-extra' });
  });
});
