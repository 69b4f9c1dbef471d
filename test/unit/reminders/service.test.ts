/**
 * Reminders in the worker, wired to WXT's fakeBrowser (alarms, notifications, storage
 * events, tabs) over a real (fake-indexeddb) ledger, with the clock faked: the alarm is
 * set for the next reminder, a fired alarm shows it once, a restarted worker or browser
 * neither loses nor repeats one, edits and status changes move or cancel it, and the
 * notification's click and snooze button work.
 */
import { fakeBrowser } from 'wxt/testing';
import type { Client, LedgerItem } from '../../../src/core';
import {
  importLedger,
  LEDGER_VERSION,
  setStatus,
  renegotiate,
  writeSettings,
  type LedgerDb,
} from '../../../src/ledger';
import { browserReminderEnv, wireReminders } from '../../../src/worker/reminderWiring';
import { REMINDER_ALARM, runReminders, type ReminderEnv } from '../../../src/worker/reminderService';
import { announceLedgerChange } from '../../../src/worker/changes';
import { freshLedger } from '../ledger/fixtures';

const client: Client = {
  id: 'c1',
  name: 'Acme',
  domains: ['acme.com'],
  addresses: [],
  notes: '',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
};
const item = (overrides: Partial<LedgerItem> & { id: string }): LedgerItem => ({
  clientId: 'c1',
  kind: 'deliverable',
  owner: 'us',
  text: 'Send the revised proposal',
  due: '2026-03-10',
  amount: null,
  status: 'confirmed',
  source: {
    host: 'gmail',
    threadId: 't1',
    threadUrl: 'https://mail.google.com/mail/u/0/#inbox/t1',
    messageId: 'm1',
    quote: 'We will send the revised proposal by 10 March.',
    start: 0,
    end: 46,
    sentAt: '2026-03-01T09:00:00.000Z',
  },
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  history: [],
  ...overrides,
});

let db: LedgerDb;
let env: ReminderEnv;

async function seed(items: LedgerItem[]) {
  const file = {
    format: 'accord-ledger',
    version: LEDGER_VERSION,
    exportedAt: 'x',
    clients: [client],
    items,
    dismissals: [],
    settings: [],
    reviews: [],
  };
  await importLedger(db, JSON.stringify({ ...file, exportedAt: '2026-03-01T10:00:00.000Z' }));
}

const setNow = (iso: string) => vi.setSystemTime(new Date(iso));
const alarm = () => fakeBrowser.alarms.get(REMINDER_ALARM);
const shown = async () => Object.keys(await fakeBrowser.notifications.getAll());

/** What Chrome does when the alarm's time comes: the clock reaches it, then onAlarm fires. */
async function fireAlarm() {
  const next = await alarm();
  if (!next) throw new Error('no reminder alarm is set');
  vi.setSystemTime(new Date(next.scheduledTime));
  await fakeBrowser.alarms.onAlarm.trigger(next);
  await settle();
}
/** Lets the alarm fire, again and again (the worker looks once a day), until something shows. */
async function fireUntilShown(limit = 10): Promise<string[]> {
  for (let i = 0; i < limit; i++) {
    await fireAlarm();
    const now = await shown();
    if (now.length > 0) return now;
  }
  throw new Error('nothing was shown');
}
/** Lets the queued reminder pass (listeners do not return their promise) finish. */
const settle = () => runReminders(env);

beforeEach(async () => {
  // Only Date is faked: fake-indexeddb schedules its work on real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  setNow('2026-03-05T10:00:00Z');
  fakeBrowser.reset();
  db = await freshLedger();
  await writeSettings(db, { timeZone: 'Europe/London' });
  env = { ...browserReminderEnv(), db: async () => db };
});
afterEach(() => {
  db.close();
  vi.useRealTimers();
});

describe('reminders in the worker', () => {
  it('sets the alarm for the next reminder and shows it, naming the item and the client, when it fires', async () => {
    await seed([item({ id: 'a' })]);
    wireReminders(env);
    await settle();
    // Nothing yet; the worker looks again tomorrow at the reminder time, and then each day.
    expect((await alarm())?.scheduledTime).toBe(Date.parse('2026-03-06T09:00:00Z'));
    expect(await shown()).toEqual([]);
    await fireAlarm();
    expect(await shown()).toEqual([]);
    expect((await alarm())?.scheduledTime).toBe(Date.parse('2026-03-07T09:00:00Z'));
    await fireAlarm();
    // On the 7th the reminder of the 8th is in sight: the alarm is set for it.
    expect((await alarm())?.scheduledTime).toBe(Date.parse('2026-03-08T09:00:00Z'));
    await fireAlarm();
    expect(Date.now()).toBe(Date.parse('2026-03-08T09:00:00Z'));
    const all = await fakeBrowser.notifications.getAll();
    expect(Object.keys(all)).toEqual(['accord.reminder|a']);
    expect(all['accord.reminder|a']).toMatchObject({
      title: 'Due in 2 days · Acme',
      message: 'You owe Acme: Send the revised proposal',
      buttons: [{ title: 'Snooze 1 hour' }, { title: 'Snooze until tomorrow' }],
    });
    expect((await alarm())?.scheduledTime).toBe(Date.parse('2026-03-09T09:00:00Z')); // daily look
  });

  it('leaves the worker-start pass to the scheduler it is given (the worker runs it after the waking message)', async () => {
    await seed([item({ id: 'a' })]);
    let opened = 0;
    const counting: ReminderEnv = { ...env, db: async () => (opened++, db) };
    const later: (() => void)[] = [];
    wireReminders(counting, (work) => later.push(work));
    await Promise.resolve();
    expect(later).toHaveLength(1);
    expect(opened).toBe(0);
    later[0]!();
    await runReminders(counting); // queued behind the pass just started
    expect(opened).toBe(2);
    expect((await alarm())?.scheduledTime).toBe(Date.parse('2026-03-06T09:00:00Z'));
  });

  it('never shows the same reminder twice: not on a second alarm, a ledger change, or a restarted worker', async () => {
    await seed([item({ id: 'a' })]);
    wireReminders(env);
    await settle();
    await fireUntilShown();
    await fakeBrowser.notifications.clear('accord.reminder|a');

    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: Date.now() });
    await announceLedgerChange();
    await settle();
    // The worker is stopped and started again: listeners and memory gone, the log stays.
    fakeBrowser.reset();
    wireReminders(env);
    await settle();
    expect(await shown()).toEqual([]);
  });

  it('after a browser restart that dropped the alarm, sets it again and catches up once', async () => {
    await seed([item({ id: 'a' }), item({ id: 'b', owner: 'client', text: 'Sign the contract' })]);
    wireReminders(env);
    await settle();
    fakeBrowser.reset(); // browser closed: alarms and listeners gone
    setNow('2026-03-10T12:00:00Z');
    wireReminders(env);
    await fakeBrowser.runtime.onStartup.trigger();
    await settle();
    // Only the latest reminder of each item: "on the day", not also "2 days before".
    const all = await fakeBrowser.notifications.getAll();
    expect(Object.keys(all).sort()).toEqual(['accord.reminder|a', 'accord.reminder|b']);
    expect(all['accord.reminder|b']).toMatchObject({
      title: 'Due today · Acme',
      message: 'Acme owes you: Sign the contract',
    });
    expect(await alarm()).toBeDefined();
  });

  it('moves the reminder when the due date changes, and shows none once the item is done or cancelled', async () => {
    await seed([item({ id: 'a' }), item({ id: 'c', owner: 'client' })]);
    wireReminders(env);
    await settle();
    await renegotiate(db, 'a', { due: '2026-03-20' }, new Date());
    await setStatus(db, 'c', { status: 'cancelled' }, new Date());
    await announceLedgerChange(); // as the worker's handlers do after every write
    await settle();
    // Nothing due any more in the window: the daily look; then the new date's reminders.
    expect((await alarm())?.scheduledTime).toBe(Date.parse('2026-03-06T09:00:00Z'));
    setNow('2026-03-10T09:00:00Z');
    await settle();
    expect(await shown()).toEqual([]);
    setNow('2026-03-18T09:00:00Z');
    await settle();
    expect(await shown()).toEqual(['accord.reminder|a']);
    expect((await fakeBrowser.notifications.getAll())['accord.reminder|a']).toMatchObject({
      title: 'Due in 2 days · Acme',
    });
  });

  it('opens the thread the item was agreed in when the notification is clicked (https only)', async () => {
    await seed([
      item({ id: 'a' }),
      item({ id: 'evil', source: { ...item({ id: 'x' }).source!, threadUrl: 'javascript:alert(1)' } }),
    ]);
    wireReminders(env);
    await settle();
    await fireUntilShown();
    const opened: string[] = [];
    env.openTab = async (url) => opened.push(url);
    const { onReminderClicked } = await import('../../../src/worker/reminderService');
    await onReminderClicked(env, 'accord.reminder|a');
    await onReminderClicked(env, 'accord.reminder|evil');
    expect(opened).toEqual(['https://mail.google.com/mail/u/0/#inbox/t1']);
    expect(await shown()).not.toContain('accord.reminder|a');
  });

  it('opens the dashboard’s Today view when the morning digest is clicked', async () => {
    let today = 0;
    env.openToday = async () => today++;
    const { onReminderClicked } = await import('../../../src/worker/reminderService');
    await onReminderClicked(env, 'accord.digest|2026-03-05');
    expect(today).toBe(1);
  });

  it('snoozes from the notification’s button and shows the item again when the snooze ends', async () => {
    await seed([item({ id: 'a' })]);
    wireReminders(env);
    await settle();
    await fireUntilShown();
    expect(Date.now()).toBe(Date.parse('2026-03-08T09:00:00Z'));
    await fakeBrowser.notifications.onButtonClicked.trigger('accord.reminder|a', 0);
    await settle();
    expect(await shown()).toEqual([]);
    expect((await alarm())?.scheduledTime).toBe(Date.parse('2026-03-08T10:00:00Z'));
    await fireAlarm();
    expect((await fakeBrowser.notifications.getAll())['accord.reminder|a']).toMatchObject({
      title: 'Snoozed: Due in 2 days · Acme',
    });
    await fakeBrowser.notifications.clear('accord.reminder|a');
    await announceLedgerChange();
    await settle();
    expect(await shown()).toEqual([]);
  });

  it('uses the lead times from the settings, and a morning digest when it is on', async () => {
    await seed([
      item({ id: 'a' }),
      item({ id: 'late', owner: 'client', due: '2026-03-01', text: 'Pay the deposit' }),
    ]);
    await writeSettings(db, {
      reminders: { usLeadDays: [5], clientLeadDays: [], time: '08:00', digest: true, digestTime: '07:30' },
    });
    await settle();
    // 5 days before 10 March at 08:00 is today, 5 March: already past at 10:00, so shown now.
    expect(await shown()).toEqual(['accord.reminder|a', 'accord.digest|2026-03-05']);
    const digest = (await fakeBrowser.notifications.getAll())['accord.digest|2026-03-05'];
    expect(digest).toMatchObject({ message: 'Clients owe you 0 today, 1 overdue' });
    expect((await alarm())?.scheduledTime).toBe(Date.parse('2026-03-06T07:30:00Z'));
  });

  it('falls back to the default lead times when a restored backup holds a broken setting', async () => {
    await db.put('settings', { key: 'reminders', value: { usLeadDays: 'soon' } });
    await seed([item({ id: 'a' })]);
    setNow('2026-03-08T09:00:00Z');
    await settle();
    expect(await shown()).toEqual(['accord.reminder|a']);
  });

  it('shows the reminder without buttons where the browser refuses them (Firefox)', async () => {
    const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications);
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((async (
      id: string,
      options: { buttons?: unknown },
    ) => {
      if (options.buttons)
        throw new Error('Type error for parameter options (Property "buttons" is unsupported by Firefox)');
      return create(id, options as never);
    }) as never);
    await seed([item({ id: 'a' })]);
    setNow('2026-03-08T09:00:00Z');
    await runReminders({ ...browserReminderEnv(), db: async () => db });
    const all = await fakeBrowser.notifications.getAll();
    expect(Object.keys(all)).toEqual(['accord.reminder|a']);
    expect(all['accord.reminder|a']).not.toHaveProperty('buttons');
  });
});
