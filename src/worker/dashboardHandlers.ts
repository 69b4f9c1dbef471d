/**
 * The worker's side of the dashboard: paged due lists, client summaries, one client's
 * ledger, and the client writes (rename, notes, merge, move, extra). "Today" is the user's
 * day in their time zone (settings, else the browser's), worked out here once for all views.
 */
import type { Handlers } from '../messaging/router';
import type { DashboardClock } from '../messaging/dashboardProtocol';
import type { Review } from '../calendar/types';
import {
  dayInZone,
  detailedScorecard,
  dueCount,
  duePage,
  itemsForClient,
  mergeClients,
  moveItem,
  readSettings,
  setClientName,
  setClientNotes,
  setExtra,
  summarizeClients,
  type LedgerDb,
  type ReviewDates,
} from '../ledger';
import { ledger } from './ledgerConnection';
import { announceLedgerChange, LEDGER_REVISION_KEY, ledgerWritesInThisWorker } from './changes';
import { browser } from 'wxt/browser';
import type { Client, LedgerItem } from '../core';
import { nextOccurrence } from './nextOccurrence';
import { previousOccurrence } from './previousOccurrence';
import { localZoneName } from '../extract/localZone';

type DashboardRequest =
  | 'dashboard.due'
  | 'dashboard.dueCount'
  | 'dashboard.clients'
  | 'client.detail'
  | 'client.setName'
  | 'client.setNotes'
  | 'client.merge'
  | 'item.move'
  | 'item.setExtra';

export type DashboardHandlers = Pick<Handlers, DashboardRequest>;

export function createDashboardHandlers(
  now: () => Date = () => new Date(),
  open: () => Promise<LedgerDb> = ledger,
): DashboardHandlers {
  async function write<R>(work: (db: LedgerDb) => Promise<R>): Promise<R> {
    const result = await work(await open());
    await announceLedgerChange();
    return result;
  }

  async function clock(db: LedgerDb): Promise<DashboardClock> {
    const settings = await readSettings(db);
    const timeZone = settings.timeZone || localZoneName();
    return { today: dayInZone(now(), timeZone), timeZone };
  }

  return {
    async 'dashboard.due'({ section, days, limit, after }) {
      const db = await open();
      const when = await clock(db);
      const page = await duePage(db, section, when.today, days, limit, after ?? null);
      const ids = [...new Set(page.items.map((i) => i.clientId))];
      // One transaction for every name: a transaction per get costs ~5 ms each on a busy machine.
      const namesTx = db.transaction('clients');
      const clients = await Promise.all(ids.map((id) => namesTx.store.get(id)));
      const names = new Map(clients.flatMap((c) => (c ? [[c.id, c.name] as const] : [])));
      return {
        ...when,
        next: page.next,
        entries: page.items.map((item) => ({ item, clientName: names.get(item.clientId) ?? '' })),
      };
    },

    async 'dashboard.dueCount'({ section, days }) {
      const db = await open();
      const when = await clock(db);
      return { ...when, ...(await dueCount(db, section, when.today, days)) };
    },

    async 'dashboard.clients'({ filters, offset, limit }) {
      const db = await open();
      const when = await clock(db);
      const { clients, items, reviews } = await wholeBook(db);
      const dates = reviewDates(reviews, now());
      const all = summarizeClients(clients, items, dates, filters, when);
      return {
        ...when,
        total: all.length,
        clients: all.slice(offset, offset + limit),
        overall: detailedScorecard(items, when),
      };
    },

    async 'client.detail'({ clientId }) {
      const db = await open();
      const when = await clock(db);
      const client = await db.get('clients', clientId);
      if (!client) throw new Error('That client is no longer in the ledger.');
      const items = await itemsForClient(db, clientId);
      return { ...when, client, items, scorecard: detailedScorecard(items, when) };
    },

    'client.setName': ({ clientId, name }) => write((db) => setClientName(db, clientId, name, now())),
    'client.setNotes': ({ clientId, notes }) => write((db) => setClientNotes(db, clientId, notes, now())),
    'client.merge': ({ fromId, intoId }) => write((db) => mergeClients(db, fromId, intoId, now())),
    'item.move': ({ id, clientId, why }) => write((db) => moveItem(db, id, clientId, now(), why)),
    'item.setExtra': ({ id, extra, why }) => write((db) => setExtra(db, id, extra, now(), why)),
  };
}

interface Book {
  clients: Client[];
  items: LedgerItem[];
  reviews: Review[];
}
let cachedBook: { writes: number; revision: unknown; book: Book } | null = null;

/**
 * Every client, item and review, read in one transaction. Kept for this worker's life until
 * the next announced change, so changing a filter or typing a search does not read 100,000
 * items again; a stopped worker just reads them afresh.
 */
async function wholeBook(db: LedgerDb): Promise<Book> {
  const revision = (await browser.storage.local.get(LEDGER_REVISION_KEY))[LEDGER_REVISION_KEY] ?? null;
  // Every write goes through this worker and announces itself (changes.ts); the stored
  // revision also covers a write by an earlier life of the worker.
  const writes = ledgerWritesInThisWorker;
  if (cachedBook && cachedBook.writes === writes && cachedBook.revision === revision) return cachedBook.book;
  const tx = db.transaction(['clients', 'expectations', 'reviews']);
  const [clients, items, reviews] = await Promise.all([
    tx.objectStore('clients').getAll(),
    tx.objectStore('expectations').getAll(),
    tx.objectStore('reviews').getAll(),
  ]);
  const book = { clients, items, reviews: reviews as unknown as Review[] };
  cachedBook = { writes, revision, book };
  return book;
}

/** Next and last review per client: a series counts by its occurrences. */
export function reviewDates(reviews: Review[], at: Date): Map<string, ReviewDates> {
  const out = new Map<string, ReviewDates>();
  for (const review of reviews) {
    if (review.status === 'cancelled') continue;
    const dates = out.get(review.clientId) ?? { next: null, last: null };
    const next = safely(() => nextOccurrence(review, at));
    const last = safely(() => previousOccurrence(review, at));
    if (next && (dates.next === null || Date.parse(next) < Date.parse(dates.next))) dates.next = next;
    if (last && (dates.last === null || Date.parse(last) > Date.parse(dates.last))) dates.last = last;
    out.set(review.clientId, dates);
  }
  return out;
}

/** A malformed series must not hide every other client's reviews. */
function safely(work: () => string | null): string | null {
  try {
    return work();
  } catch {
    return null;
  }
}
