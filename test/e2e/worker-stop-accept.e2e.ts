/**
 * "A worker stopped mid-action leaves either the old state or the new one, never half":
 * the built extension's worker gets a 200-suggestion accept (one user action, one
 * transaction) and is stopped, through CDP, a few milliseconds later. Whatever moment the
 * stop lands, the ledger afterwards holds all 200 items or none of them.
 */
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { stopServiceWorkers } from './worker';

const COUNT = 200;
const DELAYS_MS = [0, 5, 10, 20, 40, 80, 160, 320, 640, 1500];
const outcomes = new Map<number, number>();

let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByRole('button', { name: 'Save settings' }).waitFor();
});
afterAll(async () => browser.close());

function acceptPayload(tag: string) {
  const text = 'We will deliver item number';
  return {
    clientKey: `domain:${tag}.example.com`,
    clientName: tag,
    thread: { host: 'gmail', id: `thread-${tag}`, url: `https://mail.google.com/mail/u/0/#all/${tag}` },
    suggestions: Array.from({ length: COUNT }, (_, i) => ({
      messageId: 'm1',
      kind: 'deliverable',
      owner: 'us',
      text,
      start: i * 100,
      end: i * 100 + text.length,
      due: '2026-12-01',
      amount: null,
      confidence: 0.8,
    })),
    sentAt: { m1: '2026-11-20T10:00:00.000Z' },
  };
}

/** Items stored for the client behind `tag`, read through a (re)started worker. */
async function storedFor(tag: string): Promise<number> {
  await page.reload();
  await page.getByRole('button', { name: 'Save settings' }).waitFor();
  const worker = await browser.worker();
  return worker.evaluate(
    (domain) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('accord-ledger');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['clients', 'expectations']);
          const client = tx.objectStore('clients').index('byDomain').get(domain);
          client.onsuccess = () => {
            if (!client.result) return (db.close(), resolve(0));
            const all = tx.objectStore('expectations').getAll();
            all.onsuccess = () => {
              db.close();
              resolve(
                (all.result as { clientId: string }[]).filter((i) => i.clientId === client.result.id).length,
              );
            };
          };
        };
      }),
    `${tag}.example.com`,
  );
}

describe('a worker stopped during a multi-item accept', () => {
  it('stores every item when it is not stopped (the control)', async () => {
    const reply = await page.evaluate(
      (payload) => chrome.runtime.sendMessage({ accord: 1, type: 'suggestions.accept', payload }),
      acceptPayload('control'),
    );
    expect(reply).toMatchObject({ ok: true });
    expect(await storedFor('control')).toBe(COUNT);
  });

  it.each(DELAYS_MS)('leaves all %s ms-stopped items or none, never part', async (delay) => {
    const tag = `stop${delay}`;
    // Sent, not awaited: the worker is stopped while it handles it.
    void page
      .evaluate(
        (payload) => chrome.runtime.sendMessage({ accord: 1, type: 'suggestions.accept', payload }),
        acceptPayload(tag),
      )
      .catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, delay));
    await stopServiceWorkers(browser.context, page);
    const stored = await storedFor(tag);
    console.log(`stopped ${delay} ms into the accept: ${stored} of ${COUNT} items stored`);
    outcomes.set(delay, stored);
    expect([0, COUNT]).toContain(stored);
  });

  it('was stopped both before and after the accept committed across those delays', () => {
    // Otherwise the stops all landed on one side and proved nothing about the middle.
    expect(new Set(outcomes.values())).toEqual(new Set([0, COUNT]));
  });
});
