/**
 * The dashboard in real headless Chromium over a seeded ledger (imported through the
 * worker): each view renders, keyboard navigation reaches every action, axe-core finds no
 * violations in light or dark, and a screenshot of each view in each theme is saved to
 * test-results/screenshots/dashboard-<view>-<theme>.png.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { seedLedger } from './ledgerSeed';
import { SEED_CLIENTS, SEED_ITEMS } from './dashboardSeed';

const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  await seedLedger(browser, SEED_CLIENTS, SEED_ITEMS);
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => browser.close());
beforeEach(async () => {
  page = await browser.context.newPage();
});
afterEach(async () => page.close());

const url = (hash: string) => `chrome-extension://${browser.extensionId}/dashboard.html#/${hash}`;

async function violations(): Promise<string[]> {
  const result = await new AxeBuilder({ page: page as never }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the dashboard', () => {
  it('shows Today: overdue and due this week, both sides, grouped by client, with links back', async () => {
    await page.goto(url('today'));
    const overdue = page.locator('section.due-overdue');
    await overdue.locator('li.row').first().waitFor();
    expect(await overdue.locator('h2 .count').innerText()).toBe('2');
    expect(await overdue.locator('.client-group h3 a').allInnerTexts()).toEqual(['Acme Corp']);
    // Both sides: what we owe and what the client owes.
    expect(
      await overdue.locator('li.row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-owner'))),
    ).toEqual(['client', 'us']);
    const upcoming = page.locator('section.due-upcoming');
    expect(await upcoming.locator('.client-group h3 a').allInnerTexts()).toEqual([
      'Globex',
      'Acme Corp',
      'Acme (Jo)',
    ]);
    const row = overdue.locator('li.row', { hasText: 'revised proposal' });
    expect(await row.getByRole('link', { name: /Open in Gmail/ }).getAttribute('href')).toBe(
      'https://mail.google.com/mail/u/0/#inbox/thread-acme',
    );
    expect(await row.getByRole('link', { name: /Acme Corp/ }).getAttribute('href')).toBe('#/client/acme');
    // An item added by hand has no thread to go back to, and says so.
    expect(await upcoming.locator('li.row', { hasText: 'Call notes' }).innerText()).toContain(
      'Added by hand',
    );
  });

  it('lists clients riskiest first, with scorecards, and filters them', async () => {
    await page.goto(url('clients'));
    const rows = page.locator('.clients-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.locator('th').allInnerTexts()).toEqual(['Acme Corp', 'Globex', 'Acme (Jo)', 'Initech']);
    expect(await rows.first().locator('td').nth(1).innerText()).toBe('2'); // overdue
    await page.getByLabel('Who owes').selectOption('client');
    await page.getByLabel('Kind').selectOption('payment');
    await page.locator('.result-count', { hasText: '2 clients' }).waitFor();
    expect(await rows.locator('th').allInnerTexts()).toEqual(['Acme Corp', 'Initech']);
    await page.getByLabel('Search').fill('init');
    await page.locator('.result-count', { hasText: '1 client.' }).waitFor();
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await page.locator('.result-count', { hasText: '4 clients' }).waitFor();
  });

  it('shows a client’s ledger, scorecard and chart, and takes every action from the keyboard', async () => {
    await page.goto(url('clients'));
    await page.locator('.clients-table tbody tr').first().waitFor();
    // j moves to the first client, Enter opens it.
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Acme Corp' }).waitFor();
    const numbers = page.locator('table.scorecard-numbers');
    const row = (name: RegExp) => numbers.getByRole('row', { name });
    expect(await row(/^Early/).innerText()).toMatch(/1 \(on average 2 days early\)/);
    expect(await row(/^Late/).innerText()).toMatch(/1 \(on average 3 days late\)/);
    expect(await row(/^Missed/).innerText()).toMatch(/0\s+1/);
    expect(await row(/^Extra/).innerText()).toMatch(/1\s+0/);
    expect(await page.locator('figure.scorecard-chart svg rect').count()).toBeGreaterThan(0);

    // a: add an item, typed and submitted without the mouse.
    await page.keyboard.press('a');
    await page.getByLabel('What is owed').fill('Draft the case study');
    await page.getByRole('button', { name: 'Add to ledger' }).press('Enter');
    const added = page.locator('li.row', { hasText: 'Draft the case study' });
    await added.waitFor();

    // Focus a row, d marks it done.
    await added.focus();
    await page.keyboard.press('d');
    await page.locator('li.row[data-status="done"]', { hasText: 'Draft the case study' }).waitFor();
    // x marks the done item as extra.
    await page.locator('li.row', { hasText: 'Draft the case study' }).focus();
    await page.keyboard.press('x');
    await page.locator('li.row', { hasText: 'Draft the case study' }).locator('.chip.extra').waitFor();

    // n renegotiates an open item: new date, the old one stays in history.
    const proposal = page.locator('li.row', { hasText: 'revised proposal' });
    await proposal.focus();
    await page.keyboard.press('n');
    await proposal.getByLabel('New due date').fill('2030-01-15');
    await proposal.getByRole('button', { name: 'Save new terms' }).click();
    await page.locator('li.row[data-status="renegotiated"]', { hasText: 'revised proposal' }).waitFor();

    // ? lists the shortcuts; Escape closes the list.
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    // t goes to Today, c back to Clients. (Focus back on the page, not on the form the
    // renegotiation removed, as a user's next key would be.)
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('t');
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();

    // A key typed the moment the list closes is not lost. The dialog's close event is a
    // queued task and Chromium handles input first; this closes the list and types "c" in
    // one task, before that event, which is what a fast typist's Escape then "c" can do.
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.evaluate(() => {
      document.querySelector('dialog')?.close();
      dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true }));
    });
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  });

  it('moves an item and merges two clients, each recorded in the item’s history', async () => {
    await page.goto(url('client/acme-jo'));
    const row = page.locator('li.row', { hasText: 'Call notes from Jo' });
    await row.waitFor();
    await row.getByRole('button', { name: /^Move/ }).click();
    await row.getByLabel('Move to').selectOption({ label: 'Initech' });
    await row.getByRole('button', { name: 'Move item' }).click();
    await page.locator('p.none', { hasText: 'Nothing on record' }).waitFor();

    await page.goto(url('client/initech'));
    await page.locator('li.row', { hasText: 'Call notes from Jo' }).waitFor();
    await page.getByText('Merge another client into Initech').click();
    await page.getByLabel('Client to merge in').selectOption({ label: 'Acme (Jo) (acme-jo.example)' });
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByRole('button', { name: 'Yes, merge Acme (Jo) into Initech' }).click();
    await page.getByText('Acme (Jo) was merged into Initech').waitFor();
    // The merged client's domain joins the contacts once the page re-reads the ledger, which can
    // land just after the confirmation is shown: wait for it rather than read once.
    await page.locator('.contacts', { hasText: 'acme-jo.example' }).waitFor();
  });

  it('opens the edit, move and review forms from the keyboard', async () => {
    await page.goto(url('client/globex'));
    const row = page.locator('li.row', { hasText: 'Weekly status report' });
    await row.focus();
    await page.keyboard.press('e');
    await row.getByLabel('What is owed').waitFor();
    await row.getByLabel('What is owed').press('Escape');
    await row.focus();
    await page.keyboard.press('m');
    await row.getByLabel('Move to').waitFor();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('v');
    await page.locator('.reviews-panel form').waitFor();
  });

  it('prepares a recap to copy instead of sending anything', async () => {
    await page.goto(url('client/globex'));
    await page.getByRole('heading', { level: 1, name: 'Globex' }).waitFor();
    // r: the recap panel, from the keyboard.
    await page.keyboard.press('r');
    const text = await page.getByLabel('Recap text').inputValue();
    expect(text).toContain('Weekly status report');
    expect(text).toContain('From Globex:');
    expect(
      await page.getByRole('link', { name: /Open the latest thread in Gmail/ }).getAttribute('href'),
    ).toContain('thread-globex');
  });

  it('prints the shareable summary on one page, without navigation, buttons or private notes', async () => {
    await page.goto(url('client/acme/summary'));
    await page.locator('figure.scorecard-chart').waitFor();
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await page.locator('header.top').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    expect(await page.locator('body').innerText()).not.toContain('Renewal talk in spring');
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
    await page.screenshot({ path: `${SHOTS}/dashboard-summary-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  it('is declared as the browser’s side panel and the toolbar button’s page', async () => {
    await page.goto(url('today'));
    const manifest = await page.evaluate(() => chrome.runtime.getManifest());
    expect(manifest).toMatchObject({
      side_panel: { default_path: 'dashboard.html' },
      action: { default_title: 'Accord dashboard' },
    });
    expect(manifest.permissions).toContain('sidePanel');
  });

  it('fits the browser’s side panel: narrow, no violations, a screenshot', async () => {
    await page.setViewportSize({ width: 400, height: 800 });
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(url('today'));
      await page.locator('section.due-upcoming li.row').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
      expect(await violations()).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/dashboard-sidepanel-${theme}.png`, fullPage: true });
    }
  });

  it('has no axe violations and saves a screenshot of every view, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      for (const [name, hash, ready] of [
        ['today', 'today', 'section.due-upcoming li.row'],
        ['clients', 'clients', '.clients-table tbody tr'],
        ['client', 'client/acme', 'figure.scorecard-chart'],
        ['summary', 'client/acme/summary', 'figure.scorecard-chart'],
        ['settings', 'settings', 'text=Export backup (JSON)'],
      ] as const) {
        await page.goto(url(hash));
        await page.locator(ready).first().waitFor();
        expect([name, theme, await violations()]).toEqual([name, theme, []]);
        await page.screenshot({ path: `${SHOTS}/dashboard-${name}-${theme}.png`, fullPage: true });
      }
    }
  });
});
