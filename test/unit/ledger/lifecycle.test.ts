import {
  acceptSuggestions,
  LedgerRuleError,
  markDone,
  previousTerms,
  renegotiate,
  setStatus,
  STATUS_TRANSITIONS,
  editItem,
  addItem,
  markSentForConfirmation,
  openItemsForClient,
} from '../../../src/ledger';
import type { ExpectationStatus } from '../../../src/core';
import { acceptInput, at, deliveryEvidence, freshLedger, NOW, suggestion } from './fixtures';

async function acceptedItem() {
  const db = await freshLedger();
  const { items, client } = await acceptSuggestions(db, acceptInput([suggestion()]), NOW);
  return { db, item: items[0]!, client };
}

describe('an item’s lifecycle', () => {
  it('starts as proposed, with its source and an “accepted” history entry', async () => {
    const { item } = await acceptedItem();
    expect(item.status).toBe('proposed');
    expect(item.source).toMatchObject({ messageId: 'm1', quote: suggestion().text, start: 10, end: 54 });
    expect(item.history).toEqual([{ at: NOW.toISOString(), by: 'user', action: 'accepted' }]);
  });

  it('moves proposed → confirmed → done and records who, when and from/to for each step', async () => {
    const { db, item } = await acceptedItem();
    await setStatus(
      db,
      item.id,
      { status: 'confirmed', why: 'client agreed in reply' },
      at('2026-03-03T10:00:00Z'),
    );
    const done = await markDone(
      db,
      item.id,
      { evidence: deliveryEvidence, doneOn: '2026-03-05' },
      at('2026-03-05T22:00:00Z'),
    );
    expect(done).toMatchObject({ status: 'done', doneOn: '2026-03-05', open: 0 });
    expect(done.history.slice(1)).toEqual([
      {
        at: '2026-03-03T10:00:00.000Z',
        by: 'user',
        action: 'status:confirmed',
        why: 'client agreed in reply',
        from: { status: 'proposed' },
        to: { status: 'confirmed' },
      },
      {
        at: '2026-03-05T22:00:00.000Z',
        by: 'user',
        action: 'status:done',
        from: { status: 'confirmed' },
        to: { status: 'done', doneOn: '2026-03-05' },
        evidence: deliveryEvidence,
      },
    ]);
  });

  const invalid: [ExpectationStatus, ExpectationStatus][] = [];
  for (const from of Object.keys(STATUS_TRANSITIONS) as ExpectationStatus[]) {
    for (const to of ['confirmed', 'done', 'missed', 'cancelled', 'proposed'] as const) {
      if (!STATUS_TRANSITIONS[from].includes(to)) invalid.push([from, to]);
    }
  }

  it.each(invalid)(
    'refuses to move an item from %s to %s, with a plain message and no write',
    async (from, to) => {
      const { db, item } = await acceptedItem();
      await driveTo(db, item.id, from);
      const before = await db.get('expectations', item.id);
      const attempt = setStatus(db, item.id, { status: to as never }, NOW);
      await expect(attempt).rejects.toBeInstanceOf(LedgerRuleError);
      await expect(attempt).rejects.toThrow(/already|cannot be marked/);
      expect(await db.get('expectations', item.id)).toEqual(before);
    },
  );

  it('refuses to set renegotiated by hand, asking for the new terms instead', async () => {
    const { db, item } = await acceptedItem();
    await expect(setStatus(db, item.id, { status: 'renegotiated' as never }, NOW)).rejects.toThrow(
      'To renegotiate an item, give its new date, amount or scope.',
    );
  });

  it('reopens a done item as a named action and keeps the old done date in history', async () => {
    const { db, item } = await acceptedItem();
    await markDone(db, item.id, { doneOn: '2026-03-05' }, NOW);
    const reopened = await setStatus(
      db,
      item.id,
      { status: 'confirmed', why: 'marked done by mistake' },
      NOW,
    );
    expect(reopened.doneOn).toBeUndefined();
    expect(reopened.open).toBe(1);
    expect(reopened.history.at(-1)).toMatchObject({
      action: 'reopened:confirmed',
      from: { status: 'done', doneOn: '2026-03-05' },
      to: { status: 'confirmed' },
    });
  });

  it('renegotiates a date and keeps the old due date and amount beside the new ones', async () => {
    const { db, item } = await acceptedItem();
    const moved = await renegotiate(
      db,
      item.id,
      { due: '2026-03-27', why: 'client asked to push it', evidence: deliveryEvidence },
      at('2026-03-04T10:00:00Z'),
    );
    expect(moved).toMatchObject({ status: 'renegotiated', due: '2026-03-27', open: 1 });
    expect(previousTerms(moved)).toEqual([
      {
        at: '2026-03-04T10:00:00.000Z',
        from: { due: '2026-03-06', amount: null },
        to: { due: '2026-03-27', amount: null },
        why: 'client asked to push it',
        evidence: deliveryEvidence,
      },
    ]);
  });

  it('renegotiates an amount and added scope, and can confirm the new terms afterwards', async () => {
    const { db, item } = await acceptedItem();
    const money = { value: 4500, currency: 'EUR' };
    const moved = await renegotiate(db, item.id, { amount: money, scope: 'the French version' }, NOW);
    expect(moved.text).toBe(`${item.text} (added: the French version)`);
    expect(previousTerms(moved)[0]).toMatchObject({
      from: { amount: null, text: item.text },
      to: { amount: money, text: moved.text },
    });
    expect((await setStatus(db, item.id, { status: 'confirmed' }, NOW)).status).toBe('confirmed');
  });

  it('refuses a renegotiation that changes nothing, or of a cancelled item', async () => {
    const { db, item } = await acceptedItem();
    await expect(renegotiate(db, item.id, { due: '2026-03-06' }, NOW)).rejects.toThrow(/same as the old/);
    await setStatus(db, item.id, { status: 'cancelled' }, NOW);
    await expect(renegotiate(db, item.id, { due: '2026-04-01' }, NOW)).rejects.toThrow(
      'An item that is cancelled cannot be renegotiated; reopen it first.',
    );
  });

  it('edits only what changed, records from/to, clears a due time with null, and skips empty edits', async () => {
    const { db, item } = await acceptedItem();
    await editItem(db, item.id, { dueTime: '15:00' }, NOW);
    const edited = await editItem(
      db,
      item.id,
      { text: 'Send proposal v2', owner: 'us', dueTime: null },
      NOW,
      'typo',
    );
    expect(edited.dueTime).toBeUndefined();
    expect(edited.history.at(-1)).toEqual({
      at: NOW.toISOString(),
      by: 'user',
      action: 'edited',
      why: 'typo',
      from: { text: item.text, dueTime: '15:00' },
      to: { text: 'Send proposal v2', dueTime: null },
    });
    const same = await editItem(db, item.id, { owner: 'us' }, NOW);
    expect(same.history).toHaveLength(edited.history.length);
  });

  it('refuses to edit or change an item that is gone', async () => {
    const { db } = await acceptedItem();
    await expect(editItem(db, 'nope', { text: 'x' }, NOW)).rejects.toThrow(
      'That item is no longer in the ledger.',
    );
    await expect(setStatus(db, 'nope', { status: 'done' }, NOW)).rejects.toThrow(LedgerRuleError);
  });

  it('adds an item by hand to a new client, proposed and without a source', async () => {
    const db = await freshLedger();
    const { client, item } = await addItem(
      db,
      {
        client: { clientKey: 'domain:globex.com', clientName: 'Globex' },
        fields: {
          kind: 'payment',
          owner: 'client',
          text: 'Deposit',
          due: '2026-04-01',
          amount: { value: 1000, currency: 'USD' },
        },
      },
      NOW,
    );
    expect(client.domains).toEqual(['globex.com']);
    expect(item).toMatchObject({ clientId: client.id, status: 'proposed', source: null, open: 1 });
    expect(item.history[0]?.action).toBe('added');
    expect((await openItemsForClient(db, client.id)).map((i) => i.id)).toEqual([item.id]);
  });

  it('marks recap items as sent for confirmation without changing their status, all or nothing', async () => {
    const { db, item } = await acceptedItem();
    await expect(markSentForConfirmation(db, [item.id, 'gone'], NOW)).rejects.toThrow(LedgerRuleError);
    expect((await db.get('expectations', item.id))?.sentForConfirmationAt).toBeUndefined();
    const [sent] = await markSentForConfirmation(db, [item.id], NOW);
    expect(sent).toMatchObject({ status: 'proposed', sentForConfirmationAt: NOW.toISOString() });
    expect(sent?.history.at(-1)?.action).toBe('sent-for-confirmation');
  });
});

/** Puts an item in `status` through allowed steps only. */
async function driveTo(db: Awaited<ReturnType<typeof freshLedger>>, id: string, status: ExpectationStatus) {
  if (status === 'proposed') return;
  if (status === 'renegotiated') {
    await renegotiate(db, id, { due: '2026-04-30' }, NOW);
    return;
  }
  await setStatus(db, id, { status }, NOW);
}
