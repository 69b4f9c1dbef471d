/**
 * Reminders across a browser restart, in real headless Chromium: the reminder is planned,
 * the browser is closed before its time and opened again (same profile) after it. The new
 * browser's worker shows the reminder, once; a further restart shows nothing again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import type { Client, LedgerItem } from '../../src/core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { seedLedger } from './ledgerSeed';

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
const dueOn = (day: string): LedgerItem => ({
  id: 'due-today',
  clientId: acme.id,
  kind: 'payment',
  owner: 'client',
  text: 'Pay the deposit',
  due: day,
  amount: { value: 5000, currency: 'USD' },
  status: 'confirmed',
  source: null,
  createdAt: created,
  updatedAt: created,
  history: [],
});

const profile = mkdtempSync(join(tmpdir(), 'accord-restart-'));
let browser: ExtensionBrowser | null = null;
afterAll(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
});

const notifications = async (b: ExtensionBrowser) =>
  Object.keys(await (await b.worker()).evaluate(() => chrome.notifications.getAll()));
const logKeys = (worker: Worker) =>
  worker.evaluate(
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

describe('reminders across a browser restart', () => {
  it(
    'come once when the browser opens after their time, and not again on the next start',
    { timeout: 180_000 },
    async () => {
      browser = await launchWithExtension({ profile });
      const worker = await browser.worker();
      const when = await worker.evaluate(() => {
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
      // Settings before the item: a pass under the default time (09:00) would otherwise fire
      // today's reminder as soon as it lands when this runs after 09:00 (found 2 Dec 2026).
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
      const reminders = {
        usLeadDays: [2, 0],
        clientLeadDays: [0],
        time: when.time,
        digest: false,
        digestTime: '08:30',
      };
      const saved = await page.evaluate(
        (r) => chrome.runtime.sendMessage({ accord: 1, type: 'settings.update', payload: { reminders: r } }),
        reminders,
      );
      expect(saved).toMatchObject({ ok: true });
      await seedLedger(browser, [acme], [dueOn(when.day)]);
      await expect
        .poll(
          async () =>
            (await worker.evaluate(() => chrome.alarms.get('accord.reminders.next')))?.scheduledTime,
        )
        .toBe(when.at);

      // Closed before the reminder's time, opened again after it.
      await browser.close();
      browser = null;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, when.at - Date.now()) + 3000));
      browser = await launchWithExtension({ profile });
      await expect
        .poll(() => notifications(browser!), { timeout: 30_000, interval: 1000 })
        .toEqual(['accord.reminder|due-today']);
      const after = await browser.worker();
      expect(await logKeys(after)).toEqual([`fired|${when.day}|due-today|0`]);
      await after.evaluate(() => chrome.notifications.clear('accord.reminder|due-today'));

      // Another start: the log says it was shown; nothing comes again.
      await browser.close();
      browser = await launchWithExtension({ profile });
      const third = await browser.worker();
      await third.evaluate(() => new Promise((resolve) => setTimeout(resolve, 2000)));
      expect(await notifications(browser)).toEqual([]);
      expect(await logKeys(third)).toEqual([`fired|${when.day}|due-today|0`]);
    },
  );
});
