import {
  acceptSuggestions,
  dismissSuggestion,
  filterNewSuggestions,
  findClientByKey,
  isDismissed,
  undismissSuggestion,
  dueWithin,
  itemsForThread,
  itemsForMessage,
  openItemsForClient,
  setStatus,
} from '../../../src/ledger';
import { acceptInput, freshLedger, NOW, suggestion, thread } from './fixtures';

const second = suggestion({
  text: 'You will pay the deposit.',
  start: 60,
  end: 85,
  owner: 'client',
  kind: 'payment',
});
const fromOtherMessage = suggestion({
  messageId: 'm2',
  text: 'Kick-off on Monday.',
  start: 0,
  end: 19,
  due: '2026-03-09',
});

describe('accepting suggestions', () => {
  it('accepts a whole message’s suggestions at once and creates the client on first use', async () => {
    const db = await freshLedger();
    const { client, items } = await acceptSuggestions(
      db,
      acceptInput([suggestion(), second, fromOtherMessage]),
      NOW,
    );
    expect((await findClientByKey(db, 'domain:acme.com'))?.id).toBe(client.id);
    expect(items.map((i) => i.text)).toEqual([suggestion().text, second.text, fromOtherMessage.text]);
    expect(items[2]?.source?.sentAt).toBe('2026-03-03T09:15:00-05:00');
    expect((await itemsForThread(db, thread.id)).length).toBe(3);
  });

  it('keeps the quoted sentence as the source when the user edits the text before accepting', async () => {
    const db = await freshLedger();
    const edited = {
      ...suggestion(),
      edits: { text: 'Revised proposal', due: '2026-03-10', amount: { value: 900, currency: 'USD' } },
    };
    const [item] = (await acceptSuggestions(db, acceptInput([edited]), NOW)).items;
    expect(item).toMatchObject({
      text: 'Revised proposal',
      due: '2026-03-10',
      source: { quote: suggestion().text },
    });
    expect(item?.history[0]).toMatchObject({
      action: 'accepted',
      why: 'edited before accepting',
      from: { text: suggestion().text, due: '2026-03-06', amount: null },
      to: { text: 'Revised proposal', due: '2026-03-10' },
    });
  });

  it('does not create a second item when the same sentence is accepted twice (double click, two tabs)', async () => {
    const db = await freshLedger();
    const first = await acceptSuggestions(db, acceptInput([suggestion()]), NOW);
    const again = await acceptSuggestions(db, acceptInput([suggestion(), suggestion()]), NOW);
    expect(again.items.map((i) => i.id)).toEqual([first.items[0]!.id, first.items[0]!.id]);
    expect(await db.count('expectations')).toBe(1);
  });

  it('writes nothing at all — not even the new client — when one item of a multi-accept fails', async () => {
    const db = await freshLedger();
    // The second item reuses the first one's id: the add fails mid-transaction.
    const attempt = acceptSuggestions(db, acceptInput([suggestion(), second, fromOtherMessage]), NOW, {
      newId: () => 'same-id',
    });
    await expect(attempt).rejects.toThrow();
    expect(await db.count('expectations')).toBe(0);
    expect(await db.count('clients')).toBe(0);
  });

  it('refuses a suggestion whose message has no sent time, before writing anything', async () => {
    const db = await freshLedger();
    const input = { ...acceptInput([suggestion({ messageId: 'm9' })]) };
    await expect(acceptSuggestions(db, input, NOW)).rejects.toThrow(/when that message was sent/);
    expect(await db.count('clients')).toBe(0);
  });
});

describe('dismissed and accepted suggestions', () => {
  it('never proposes a dismissed suggestion again for that message', async () => {
    const db = await freshLedger();
    await dismissSuggestion(db, { threadId: thread.id, suggestion: suggestion() }, NOW);
    expect(await isDismissed(db, suggestion())).toBe(true);
    // Same words in another message, or other words in the same message, are still offered.
    const sameWordsElsewhere = suggestion({ messageId: 'm2' });
    const offered = await filterNewSuggestions(db, thread.id, [suggestion(), second, sameWordsElsewhere]);
    expect(offered).toEqual([second, sameWordsElsewhere]);
  });

  it('offers a suggestion again once its dismissal is undone', async () => {
    const db = await freshLedger();
    await dismissSuggestion(db, { threadId: thread.id, suggestion: suggestion() }, NOW);
    await undismissSuggestion(db, suggestion());
    expect(await filterNewSuggestions(db, thread.id, [suggestion()])).toEqual([suggestion()]);
  });

  it('drops suggestions already accepted from the same message and offsets, whatever their status', async () => {
    const db = await freshLedger();
    const { items } = await acceptSuggestions(db, acceptInput([suggestion()]), NOW);
    await setStatus(db, items[0]!.id, { status: 'cancelled' }, NOW);
    const movedSentence = suggestion({ start: 11, end: 55 });
    expect(await filterNewSuggestions(db, thread.id, [suggestion(), second, movedSentence])).toEqual([
      second,
      movedSentence,
    ]);
  });
});

describe('ledger queries', () => {
  it('lists a thread’s items without those of a thread whose id merely starts the same', async () => {
    const db = await freshLedger();
    await acceptSuggestions(db, acceptInput([suggestion()]), NOW);
    const t10 = { ...thread, id: 't10' };
    await acceptSuggestions(db, { ...acceptInput([suggestion({ messageId: 'm2' })]), thread: t10 }, NOW);
    expect((await itemsForThread(db, 't1')).map((i) => i.source?.threadId)).toEqual(['t1']);
    expect((await itemsForMessage(db, 't10', 'm2')).map((i) => i.source?.threadId)).toEqual(['t10']);
  });

  it('lists a client’s open items only, soonest first', async () => {
    const db = await freshLedger();
    const { client, items } = await acceptSuggestions(
      db,
      acceptInput([suggestion(), second, fromOtherMessage]),
      NOW,
    );
    await setStatus(db, items[0]!.id, { status: 'done' }, NOW);
    expect((await openItemsForClient(db, client.id)).map((i) => i.text)).toEqual([
      second.text,
      fromOtherMessage.text,
    ]);
  });

  it('lists open items due in the next N days across clients, with overdue ones only when asked', async () => {
    const db = await freshLedger();
    await acceptSuggestions(
      db,
      acceptInput([
        suggestion({ due: '2026-02-20' }),
        second,
        fromOtherMessage,
        suggestion({ messageId: 'm2', start: 30, end: 40, due: '2026-03-20', text: 'Later.' }),
      ]),
      NOW,
    );
    const other = await acceptSuggestions(
      db,
      {
        ...acceptInput([suggestion({ messageId: 'm2', start: 90, due: '2026-03-04', text: 'Globex thing' })]),
        clientKey: 'domain:globex.com',
      },
      NOW,
    );
    await setStatus(db, other.items[0]!.id, { status: 'confirmed' }, NOW);
    const week = await dueWithin(db, 7, '2026-03-02');
    expect(week.map((i) => i.due)).toEqual(['2026-03-04', '2026-03-06', '2026-03-09']);
    const withOverdue = await dueWithin(db, 7, '2026-03-02', { includeOverdue: true });
    expect(withOverdue.map((i) => i.due)).toEqual(['2026-02-20', '2026-03-04', '2026-03-06', '2026-03-09']);
  });
});
