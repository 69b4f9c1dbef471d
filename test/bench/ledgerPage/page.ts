/**
 * Runs inside a real Chromium page (http://127.0.0.1 origin), bundled by esbuild. It seeds
 * a large ledger and times our layer against raw IndexedDB calls doing the same work.
 * Timings are taken here with performance.now(), so no DevTools round trip is counted.
 */
import {
  acceptSuggestions,
  dueWithin,
  EXPORT_FORMAT,
  importLedger,
  itemsForThread,
  LEDGER_VERSION,
  openItemsForClient,
  openLedger,
  type LedgerDb,
  type LedgerExport,
} from '../../../src/ledger';
import type { Client, ExpectationStatus, LedgerItem } from '../../../src/core';

const DB = 'accord-ledger-bench';
const TODAY = '2026-03-02';
const STATUSES: ExpectationStatus[] = [
  ...Array<ExpectationStatus>(5).fill('proposed'),
  ...Array<ExpectationStatus>(5).fill('confirmed'),
  'renegotiated',
  ...Array<ExpectationStatus>(7).fill('done'),
  'missed',
  'cancelled',
];
const OPEN = new Set<ExpectationStatus>(['proposed', 'confirmed', 'renegotiated']);

let db: LedgerDb;
let raw: IDBDatabase;

function day(offset: number): string {
  const d = new Date(`${TODAY}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

function client(i: number): Client {
  const stamp = '2026-01-01T00:00:00.000Z';
  return {
    id: `c${i}`,
    name: `Client ${i}`,
    domains: [`client${i}.example`],
    addresses: [],
    notes: '',
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** An item as our write path stores it (with `open` derived), history included. */
function item(id: string, clientId: string, n: number, stored = true): LedgerItem {
  // Hashed, so every client gets a mix of statuses (n % 20 would follow n % 2000).
  const status = STATUSES[((n * 2654435761) % 4294967296) % STATUSES.length]!;
  const at = '2026-02-01T10:00:00.000Z';
  const record: LedgerItem = {
    id,
    clientId,
    kind: n % 3 === 0 ? 'payment' : 'deliverable',
    owner: n % 2 === 0 ? 'us' : 'client',
    text: `Deliver item number ${n}: the revised proposal with the French version and the brand guidelines.`,
    due: n % 10 === 0 ? null : day(((n * 7919) % 730) - 365),
    amount: n % 3 === 0 ? { value: 1000 + (n % 97), currency: 'EUR' } : null,
    status,
    source: {
      host: 'gmail',
      threadId: `t${n % 20_000}`,
      threadUrl: `https://mail.google.com/mail/u/0/#inbox/t${n % 20_000}`,
      messageId: `m${n}`,
      quote: `We will deliver item number ${n} by the date we agreed on the call.`,
      start: 10,
      end: 70,
      sentAt: '2026-02-01T09:00:00-05:00',
    },
    createdAt: at,
    updatedAt: at,
    history: [
      { at, by: 'user', action: 'accepted' },
      { at, by: 'user', action: `status:${status}`, from: { status: 'proposed' }, to: { status } },
    ],
  };
  if (stored) record.open = OPEN.has(status) ? 1 : 0;
  return record;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error);
  });
}

async function open(): Promise<void> {
  db = await openLedger(DB);
  raw = await request(indexedDB.open(DB));
}

async function seed(clients: number, items: number): Promise<{ items: number }> {
  await new Promise<void>((resolve) => {
    const del = indexedDB.deleteDatabase(DB);
    del.onsuccess = del.onerror = () => resolve();
  });
  await open();
  let tx = raw.transaction(['clients'], 'readwrite');
  for (let i = 0; i < clients; i++) tx.objectStore('clients').put(client(i));
  await committed(tx);
  const batch = 10_000;
  for (let start = 0; start < items; start += batch) {
    tx = raw.transaction(['expectations'], 'readwrite');
    const store = tx.objectStore('expectations');
    for (let n = start; n < Math.min(items, start + batch); n++)
      store.put(item(`i${n}`, `c${n % clients}`, n));
    await committed(tx);
  }
  return { items: await db.count('expectations') };
}

async function time(
  runs: number,
  work: (i: number) => Promise<unknown>,
  after?: (i: number) => Promise<void>,
): Promise<{ samples: number[]; sizes: number[] }> {
  const samples: number[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = await work(i);
    samples.push(performance.now() - t0);
    sizes.push(Array.isArray(result) ? result.length : 1);
    await after?.(i);
  }
  return { samples, sizes };
}

const pickClient = (i: number, clients: number) => `c${(i * 7) % clients}`;

const benches = {
  clientOpen: (runs: number, clients: number) =>
    time(runs, (i) => openItemsForClient(db, pickClient(i, clients))),
  clientOpenRaw: (runs: number, clients: number) =>
    time(runs, (i) => {
      const index = raw.transaction('expectations').objectStore('expectations').index('byClientOpen');
      return request(index.getAll(IDBKeyRange.only([pickClient(i, clients), 1])));
    }),
  dueSoon: (runs: number) => time(runs, () => dueWithin(db, 7, TODAY)),
  dueSoonRaw: (runs: number) =>
    time(runs, () => {
      const index = raw.transaction('expectations').objectStore('expectations').index('byOpenDue');
      return request(index.getAll(IDBKeyRange.bound([1, TODAY], [1, day(7)])));
    }),
  accept: (runs: number, clients: number) =>
    time(runs, (i) =>
      acceptSuggestions(
        db,
        {
          clientKey: `domain:client${i % clients}.example`,
          clientName: 'ignored',
          thread: {
            host: 'gmail',
            id: `bench-t${i}`,
            url: `https://mail.google.com/mail/u/0/#inbox/bench-t${i}`,
          },
          suggestions: [
            {
              messageId: `bench-accept-${i}`,
              kind: 'deliverable',
              owner: 'us',
              text: 'We will send the revised proposal by Friday.',
              start: 0,
              end: 44,
              due: day(4),
              amount: null,
              confidence: 0.9,
            },
          ],
          sentAt: { [`bench-accept-${i}`]: '2026-03-02T09:00:00-05:00' },
        },
        new Date(),
      ),
    ),
  acceptRaw: (runs: number, clients: number) =>
    time(runs, (i) => {
      const tx = raw.transaction(['expectations'], 'readwrite');
      tx.objectStore('expectations').put(item(`raw-accept-${i}`, `c${i % clients}`, i));
      return committed(tx);
    }),
  // The file's text is built before timing: what is timed starts from the text the user picked.
  // After each run (untimed) the imported items are deleted, so every run imports into the
  // same ledger rather than an ever-growing one.
  import: (runs: number, clients: number, count: number) => importBench(runs, clients, count, 'seeded', ours),
  importRaw: (runs: number, clients: number, count: number) =>
    importBench(runs, clients, count, 'seeded', baseline),
  importEmpty: (runs: number, clients: number, count: number) =>
    importBench(runs, clients, count, 'empty', ours),
  importEmptyRaw: (runs: number, clients: number, count: number) =>
    importBench(runs, clients, count, 'empty', baseline),
};

type Importer = (target: { db: LedgerDb; raw: IDBDatabase }, text: string) => Promise<unknown>;
const ours: Importer = (target, text) => importLedger(target.db, text);
const baseline: Importer = async (target, text) => {
  const file = JSON.parse(text) as LedgerExport;
  const tx = target.raw.transaction(['clients', 'expectations'], 'readwrite');
  for (const c of file.clients) tx.objectStore('clients').put(c);
  for (const it of file.items)
    tx.objectStore('expectations').put({ ...it, open: OPEN.has(it.status) ? 1 : 0 });
  await committed(tx);
};

let empty: { db: LedgerDb; raw: IDBDatabase } | undefined;

async function importBench(
  runs: number,
  clients: number,
  count: number,
  into: 'seeded' | 'empty',
  importer: Importer,
) {
  if (into === 'empty' && !empty) {
    const name = `${DB}-empty`;
    empty = { db: await openLedger(name), raw: await request(indexedDB.open(name)) };
  }
  const target = into === 'empty' ? empty! : { db, raw };
  const files = Array.from({ length: runs }, () => importFile(clients, count));
  return time(
    runs,
    (run) => importer(target, files[run]!.text),
    async (run) => {
      const tx = target.raw.transaction(['expectations'], 'readwrite');
      for (const id of files[run]!.ids) tx.objectStore('expectations').delete(id);
      await committed(tx);
    },
  );
}

/**
 * A 10,000-item export file as the user would pick it: JSON text, random UUIDs as ids
 * (as real exports have), items spread over 200 clients.
 */
function importFile(clients: number, count: number): { text: string; ids: string[] } {
  const used = Math.min(200, clients);
  const ids = Array.from({ length: count }, () => crypto.randomUUID());
  const file: LedgerExport = {
    format: EXPORT_FORMAT,
    version: LEDGER_VERSION,
    exportedAt: new Date().toISOString(),
    clients: Array.from({ length: used }, (_, i) => client(i)),
    items: ids.map((id, n) => item(id, `c${n % used}`, n, false)),
    dismissals: [],
    settings: [],
    reviews: [],
  };
  return { text: JSON.stringify(file), ids };
}

/** Atomicity probe: starts a large multi-accept for `tag`'s thread and never waits for it. */
function startBigAccept(count: number, tag: string): void {
  const messageId = `atomic-${tag}`;
  void acceptSuggestions(
    db,
    {
      clientKey: `domain:${tag}.atomic.example`,
      clientName: 'Atomic',
      thread: { host: 'gmail', id: messageId, url: `https://mail.google.com/mail/u/0/#inbox/${messageId}` },
      suggestions: Array.from({ length: count }, (_, n) => ({
        messageId,
        kind: 'deliverable' as const,
        owner: 'us' as const,
        text: `Sentence ${n} with enough words to take a little time to store. `.repeat(20),
        start: n * 100,
        end: n * 100 + 50,
        due: day(3),
        amount: null,
        confidence: 0.8,
      })),
      sentAt: { [messageId]: '2026-03-02T09:00:00-05:00' },
    },
    new Date(),
  ).then(() => Object.assign(globalThis, { acceptFinishedAt: performance.now() }));
}

/**
 * The control for the atomicity test: the same items written the way we must NOT write
 * them, 50 per transaction. A kill mid-way leaves part of them, which shows the kill lands.
 */
function startChunkedWrites(count: number, tag: string): void {
  void (async () => {
    for (let start = 0; start < count; start += 50) {
      const tx = raw.transaction(['expectations'], 'readwrite');
      for (let n = start; n < Math.min(count, start + 50); n++) {
        const record = item(`chunk-${tag}-${n}`, 'c0', n);
        record.source = { ...record.source!, threadId: `atomic-${tag}` };
        record.text = record.text.repeat(20);
        tx.objectStore('expectations').put(record);
      }
      await committed(tx);
    }
  })();
}

/** How much of `tag`'s accept is in the ledger: its items and its client. */
async function countAtomic(tag: string): Promise<{ items: number; clients: number }> {
  const items = (await itemsForThread(db, `atomic-${tag}`)).length;
  const clients = (await db.getAllFromIndex('clients', 'byDomain', `${tag}.atomic.example`)).length;
  return { items, clients };
}

Object.assign(globalThis, {
  accordBench: { open, seed, benches, startBigAccept, startChunkedWrites, countAtomic },
});
