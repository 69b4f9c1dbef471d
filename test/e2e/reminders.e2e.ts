/**
 * Reminders in real headless Chromium: the built extension's worker sets a chrome.alarms
 * alarm for the next reminder; the worker is stopped through CDP (as Chrome does after
 * 30 s idle); when the alarm's time comes Chrome starts a new worker, which shows the
 * notification naming the item and the client, once.
 *
 * The reminder time is the real setting (`reminders.time`, HH:MM) set to the next minute
 * in the browser's zone, with an item due today: no test-only hook in the extension.
 */
import type { Page, Worker } from 'playwright-core';
import type { Client, LedgerItem } from '../../src/core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { seedLedger } from './ledgerSeed';
import { stopServiceWorkers } from './worker';

let browser: ExtensionBrowser;
let options: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByRole('button', { name: 'Save settings' }).waitFor();
});
afterAll(async () => browser.close());

const created = '2026-01-01T10:00:00.000Z';
const acme: Client = {
  id: 'c-acme',
  name: 'Acme',
  domains: ['acme.com'],
  addresses: [],
  notes: '',
  createdAt: created,
  updatedAt: created,
};
const item = (overrides: Partial<LedgerItem> & { id: string }): LedgerItem => ({
  clientId: acme.id,
  kind: 'deliverable',
  owner: 'client',
  text: 'Send the signed contract',
  due: null,
  amount: null,
  status: 'confirmed',
  source: {
    host: 'gmail',
    threadId: '1933e84ed29c65c1',
    threadUrl: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKBcdNpRtVwXzLmHjGfDsQpWr',
    messageId: 'm1',
    quote: 'We will send the signed contract today.',
    start: 0,
    end: 39,
    sentAt: created,
  },
  createdAt: created,
  updatedAt: created,
  history: [],
  ...overrides,
});

function send(type: string, payload: unknown) {
  return options.evaluate(([t, p]) => chrome.runtime.sendMessage({ accord: 1, type: t, payload: p }), [
    type,
    payload,
  ] as const);
}

/** The browser's own day and the next whole minute at least 20 s away, as the worker reads them. */
async function nextMinute(worker: Worker) {
  return worker.evaluate(() => {
    const at = new Date(Date.now() + 20_000);
    at.setSeconds(0, 0);
    at.setMinutes(at.getMinutes() + 1);
    const pad = (n: number) => String(n).padStart(2, '0');
    return {
      at: at.getTime(),
      day: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
      time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
    };
  });
}

async function reminderAlarm(worker: Worker) {
  return worker.evaluate(() => chrome.alarms.get('accord.reminders.next'));
}

describe('reminders', () => {
  it(
    'fire from the alarm after the worker was stopped, once, naming the item and the client',
    { timeout: 180_000 },
    async () => {
      let worker = await browser.worker();
      const when = await nextMinute(worker);
      // Settings before the items: a pass under the default time (09:00) would otherwise fire
      // today's reminder as soon as the items land when this runs after 09:00, and a reminder
      // fires once per item, due date and lead (found 2 Dec 2026, a CI run at 09:36).
      const saved = await send('settings.update', {
        reminders: {
          usLeadDays: [2, 0],
          clientLeadDays: [0],
          time: when.time,
          digest: false,
          digestTime: '08:30',
        },
      });
      expect(saved).toMatchObject({ ok: true });
      await seedLedger(
        browser,
        [acme],
        [
          item({ id: 'due-today', due: when.day }),
          item({
            id: 'done-today',
            text: 'Already delivered',
            due: when.day,
            status: 'done',
            doneOn: when.day,
          }),
          item({ id: 'cancelled-today', text: 'Called off', due: when.day, status: 'cancelled' }),
        ],
      );
      await expect
        .poll(async () => (await reminderAlarm(worker))?.scheduledTime, { timeout: 10_000 })
        .toBe(when.at);
      expect(await worker.evaluate(() => chrome.notifications.getAll())).toEqual({});

      // The worker goes away, with everything it held in memory.
      await worker.evaluate(() => ((globalThis as { accordTestMark?: number }).accordTestMark = 1));
      await stopServiceWorkers(browser.context, options);

      // Chrome wakes a new worker for the alarm; poll the notifications from the page's side.
      await options.waitForTimeout(Math.max(0, when.at - Date.now()));
      worker = await browser.worker();
      await expect
        .poll(
          async () =>
            Object.keys(await (await browser.worker()).evaluate(() => chrome.notifications.getAll())),
          {
            timeout: 60_000,
            interval: 1000,
          },
        )
        .toEqual(['accord.reminder|due-today']);
      worker = await browser.worker();
      expect(
        await worker.evaluate(() => (globalThis as { accordTestMark?: number }).accordTestMark),
      ).toBeUndefined();

      // Never twice: a ledger change makes the worker plan again, and the log says it was shown.
      await worker.evaluate(() => chrome.notifications.clear('accord.reminder|due-today'));
      expect(await send('settings.update', { ownDomains: ['northwind.io'] })).toMatchObject({ ok: true });
      await options.waitForTimeout(1500);
      expect(await worker.evaluate(() => chrome.notifications.getAll())).toEqual({});
      const log = await worker.evaluate(
        () =>
          new Promise<string[]>((resolve, reject) => {
            const open = indexedDB.open('accord-ledger');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const keys = open.result.transaction('reminderLog').objectStore('reminderLog').getAllKeys();
              keys.onsuccess = () => (open.result.close(), resolve(keys.result as string[]));
            };
          }),
      );
      expect(log).toEqual([`fired|${when.day}|due-today|0`]);
      // The next alarm is set (tomorrow's daily look), so a later reminder still comes.
      expect((await reminderAlarm(worker))?.scheduledTime).toBeGreaterThan(Date.now());
    },
  );

  it('take their lead times, time of day and digest from the settings page', async () => {
    await options.reload();
    const form = options.getByRole('form', { name: 'Reminders' });
    await form.getByLabel('What you owe: days before').fill('3, 0');
    await form.getByLabel('What clients owe you: days before').fill('1');
    await form.getByLabel('Time of day').fill('10:15');
    await form.getByLabel(/A morning digest/).check();
    await form.getByLabel('Digest time').fill('07:45');
    await form.getByRole('button', { name: 'Save reminders' }).click();
    await form.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect(await send('settings.get', {})).toMatchObject({
      ok: true,
      data: {
        reminders: {
          usLeadDays: [3, 0],
          clientLeadDays: [1],
          time: '10:15',
          digest: true,
          digestTime: '07:45',
        },
      },
    });

    await form.getByLabel('What you owe: days before').fill('next week');
    await form.getByRole('button', { name: 'Save reminders' }).click();
    expect(await form.getByRole('alert').innerText()).toMatch(/What you owe: give whole days/);
  });
});
