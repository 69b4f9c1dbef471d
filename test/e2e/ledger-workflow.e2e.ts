/**
 * The ledger workflow in the sidebar, end to end: suggestions accepted (as found, edited,
 * by keyboard, all at once), dismissed for good, items moved through their lifecycle,
 * delivery and drift offered from the thread and applied only when the user says so.
 */
import type { Page } from 'playwright-core';
import type { Client, LedgerItem } from '../../src/core';
import { launchWithExtension, serveHost, type ExtensionBrowser } from './browser';
import { gmailScreens, mailboxResponder } from '../fixtures/mailbox/mailbox';
import { SIDEBAR, waitForSidebarSettled } from './sidebar';
import { seedLedger } from './ledgerSeed';

const screens = gmailScreens();
const hashOf = (fixture: string) => screens.find((s) => s.fixture.endsWith(fixture))!.hash;

let browser: ExtensionBrowser;
let page: Page;
let initialHash = 'inbox';

beforeEach(async () => {
  // The page served on a full load (Playwright cannot see a URL's hash): each test says its own.
  initialHash = 'inbox';
  browser = await launchWithExtension();
  await serveHost(
    browser.context,
    'https://mail.google.com',
    mailboxResponder(screens, () => initialHash),
  );
  page = await browser.context.newPage();
});
afterEach(async () => browser.close());

async function open(fixture: string) {
  initialHash = hashOf(fixture);
  await page.goto(`https://mail.google.com/mail/u/0/#${initialHash}`);
  await waitForSidebarSettled(page);
}

const suggestion = (text: RegExp) => page.locator(`${SIDEBAR} li.suggestion`).filter({ hasText: text });
const item = (text: RegExp) => page.locator(`${SIDEBAR} li.item`).filter({ hasText: text });

async function storedItems(): Promise<LedgerItem[]> {
  const worker = await browser.worker();
  return worker.evaluate(
    () =>
      new Promise<LedgerItem[]>((resolve, reject) => {
        const request = indexedDB.open('accord-ledger');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('expectations').objectStore('expectations').getAll();
          all.onsuccess = () => (request.result.close(), resolve(all.result as LedgerItem[]));
        };
      }),
  );
}

describe('the ledger workflow in the sidebar', () => {
  it('accepts, edits, dismisses and confirms suggestions, and remembers every choice', async () => {
    await open('one-message.html');
    await suggestion(/brand guidelines/).waitFor();

    // Dismissed: gone now and after a reload.
    await suggestion(/Leo can join/)
      .getByRole('button', { name: 'Dismiss' })
      .click();
    await suggestion(/Leo can join/).waitFor({ state: 'detached' });

    // Edited before accepting: the amount the user typed is what is recorded.
    const payment = suggestion(/Payment for phase 1/);
    await payment.getByRole('button', { name: 'Edit' }).click();
    await payment.getByLabel('Amount').fill('13000');
    await payment.getByRole('button', { name: 'Accept' }).click();
    await item(/Payment for phase 1/).waitFor();
    expect(await item(/Payment for phase 1/).innerText()).toContain('$13,000.00');

    // Accepted from the keyboard.
    await suggestion(/brand guidelines/).focus();
    await page.keyboard.press('a');
    await item(/brand guidelines/).waitFor();

    await page.reload();
    await waitForSidebarSettled(page);
    await item(/brand guidelines/).waitFor();
    expect(await page.locator(`${SIDEBAR} li.suggestion`).allInnerTexts()).not.toContainEqual(
      expect.stringMatching(/Leo can join|brand guidelines|Payment for phase 1/),
    );

    // The client confirmed: status and history say so.
    await item(/brand guidelines/)
      .getByRole('button', { name: 'Client confirmed' })
      .click();
    await expect.poll(() => item(/brand guidelines/).getAttribute('data-status')).toBe('confirmed');
    await item(/brand guidelines/)
      .locator('summary')
      .click();
    expect(
      await item(/brand guidelines/)
        .locator('.history')
        .innerText(),
    ).toMatch(/accepted[\s\S]*marked confirmed/);

    const stored = await storedItems();
    expect(stored).toHaveLength(2);
    // "You'll send the revised proposal by Friday" is still on offer: it was neither accepted nor dismissed.
    await suggestion(/revised proposal/).waitFor();
    const guidelines = stored.find((i) => /brand guidelines/.test(i.text))!;
    expect(guidelines).toMatchObject({
      owner: 'client',
      kind: 'deliverable',
      due: '2026-11-30',
      status: 'confirmed',
    });
    expect(guidelines.source).toMatchObject({
      host: 'gmail',
      quote: 'We will share the brand guidelines before Nov 30.',
    });
    const paymentItem = stored.find((i) => /phase 1/.test(i.text))!;
    expect(paymentItem.amount).toEqual({ value: 13000, currency: 'USD' });
  });

  it('accepts every suggestion of a message at once, and adds an item by hand', async () => {
    await open('one-message.html');
    await page
      .locator(SIDEBAR)
      .getByRole('button', { name: /Accept all 4 from this message/ })
      .click();
    await expect.poll(async () => (await storedItems()).length).toBe(4);
    await expect.poll(() => page.locator(`${SIDEBAR} li.suggestion`).count()).toBe(0);

    await page.locator(SIDEBAR).getByRole('button', { name: 'Add an item' }).click();
    const form = page.locator(`${SIDEBAR} section.add-item`);
    await form.getByLabel('What is owed').fill('Send the signed SOW');
    await form.getByLabel('Due').fill('2026-12-01');
    await form.getByRole('button', { name: 'Add to ledger' }).click();
    await item(/signed SOW/).waitFor();
    expect(await item(/signed SOW/).innerText()).toMatch(/Due Tue, Dec 1, 2026/);
  });

  it('offers delivery and drift from the thread and applies them only when asked', async () => {
    const now = '2026-11-17T15:00:00.000Z';
    const acme: Client = {
      id: 'c-acme',
      name: 'Acme',
      domains: ['acme.com'],
      addresses: [],
      notes: '',
      createdAt: now,
      updatedAt: now,
    };
    const base = {
      clientId: acme.id,
      amount: null,
      source: null,
      createdAt: now,
      updatedAt: now,
      history: [],
      open: 1 as const,
    };
    await seedLedger(
      browser,
      [acme],
      [
        {
          ...base,
          id: 'proposal',
          kind: 'deliverable',
          owner: 'us',
          text: 'Send the revised proposal',
          due: '2026-11-20',
          status: 'confirmed',
        },
        {
          ...base,
          id: 'guidelines',
          kind: 'deliverable',
          owner: 'client',
          text: 'Share the brand guidelines',
          due: '2026-11-30',
          status: 'confirmed',
        },
      ],
    );
    await open('delivery-and-drift.html');

    const delivered = page.locator(`${SIDEBAR} li.offer-delivery`);
    const drift = page.locator(`${SIDEBAR} li.offer-drift`);
    await delivered.waitFor();
    expect(await delivered.innerText()).toMatch(
      /Attached is the revised proposal[\s\S]*Send the revised proposal/,
    );
    expect(await drift.innerText()).toMatch(/Due Mon, Nov 30, 2026 → Fri, Dec 11, 2026/);
    expect((await storedItems()).map((i) => i.status).sort()).toEqual(['confirmed', 'confirmed']);

    await delivered.getByRole('button', { name: /Mark done/ }).click();
    await expect.poll(() => item(/revised proposal/).getAttribute('data-status')).toBe('done');
    await drift.getByRole('button', { name: 'Renegotiate' }).click();
    await expect.poll(() => item(/brand guidelines/).getAttribute('data-status')).toBe('renegotiated');
    expect(await item(/brand guidelines/).innerText()).toMatch(
      /Due Fri, Dec 11, 2026[\s\S]*Was: due Mon, Nov 30, 2026/,
    );

    // Delivered on the day it was due: the track record shows it.
    expect(await page.locator(`${SIDEBAR} .scorecard li[data-side="us"]`).innerText()).toBe(
      'We kept 1 of 1 on time or early (100%).',
    );

    const stored = await storedItems();
    expect(stored.find((i) => i.id === 'proposal')).toMatchObject({ status: 'done', doneOn: '2026-11-20' });
    expect(stored.find((i) => i.id === 'guidelines')).toMatchObject({
      status: 'renegotiated',
      due: '2026-12-11',
    });
  });
});
