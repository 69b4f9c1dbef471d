/**
 * Runs inside the bench page (see harness.ts): the ledger page's seeding (page.ts, imported
 * for its side effect), plus a reminder pass over the seeded ledger, timed against the raw
 * IndexedDB read of the same window. Notifications and alarms are no-ops here: the figure is
 * the worker's own work (ledger reads, planning, the log), what every ledger change costs.
 */
import './page';
import { openLedger, type LedgerDb } from '../../../src/ledger';
import { runReminders, type ReminderEnv } from '../../../src/worker/reminderService';

const DB = 'accord-ledger-bench';
/** page.ts seeds due dates around 2026-03-02; reminders run at 10:00 UTC that day. */
const NOW = Date.parse('2026-03-02T10:00:00Z');
const WINDOW_END = '2026-03-05'; // today + the default longest lead (2) + 1

let db: LedgerDb;
let shown = 0;

const env = (): ReminderEnv => ({
  db: async () => db,
  now: () => NOW,
  alarms: { create: () => undefined, clear: () => undefined },
  notifications: { create: async () => void shown++, clear: async () => undefined },
  buttons: true,
  iconUrl: 'icon.png',
  openTab: async () => undefined,
  defaultZone: 'UTC',
});

async function clearLog(): Promise<void> {
  await db.clear('reminderLog');
}

async function timed(runs: number, work: () => Promise<number>, before?: () => Promise<void>) {
  const samples: number[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (before) await before();
    const start = performance.now();
    sizes.push(await work());
    samples.push(performance.now() - start);
  }
  return { samples, sizes };
}

const reminderBench = {
  async open() {
    db = await openLedger(DB);
  },
  /** A pass with nothing logged yet: every reminder due in the window is claimed and shown. */
  firstPass: (runs: number) =>
    timed(
      runs,
      async () => {
        shown = 0;
        await runReminders(env());
        return shown;
      },
      clearLog,
    ),
  /** The usual pass (after a ledger change): everything already shown, nothing new. */
  steadyPass: (runs: number) =>
    timed(runs, async () => {
      shown = 0;
      await runReminders(env());
      return shown;
    }),
  /** Raw IndexedDB: only the read of open items due in the window, nothing else. */
  windowRaw: (runs: number) =>
    timed(runs, async () => {
      const raw = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(DB);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const range = IDBKeyRange.bound([1, '2026-03-02'], [1, WINDOW_END]);
        const r = raw
          .transaction('expectations')
          .objectStore('expectations')
          .index('byOpenDue')
          .getAll(range);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      raw.close();
      return rows.length;
    }),
};

Object.assign(globalThis, { accordReminderBench: reminderBench });
