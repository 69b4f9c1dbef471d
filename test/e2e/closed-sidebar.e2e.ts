/**
 * Script in Gmail's own page world cannot read Accord's panel nor act through it (issue 10,
 * item 8). Two walls, each proven on its own:
 * - the production build (what users install) closes the sidebar's shadow root: the page
 *   gets `shadowRoot === null`, finds none of the panel's text, and nothing it can reach
 *   (the host, the chips in the mail) writes to the ledger when clicked or keyed;
 * - every action ignores events that are not `isTrusted`: even with the root open (the e2e
 *   build the rest of the suite reads with locators), page script clicking Accept, pressing
 *   A on a card or submitting a form changes nothing.
 * Controls: the test's own privileged view (CDP, which pierces closed roots) shows the text
 * is in the panel, and real input (Playwright's mouse, isTrusted) on the same button accepts.
 */
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, serveHost, type ExtensionBrowser, type ExtensionBuild } from './browser';
import { gmailScreens, mailboxResponder } from '../fixtures/mailbox/mailbox';
import { SIDEBAR, waitForSidebarSettled } from './sidebar';

const screens = gmailScreens();
const ONE_MESSAGE = screens.find((s) => s.fixture.endsWith('one-message.html'))!.hash;

let browser: ExtensionBrowser;
let page: Page;

async function open(build: ExtensionBuild): Promise<void> {
  browser = await launchWithExtension({ build });
  await serveHost(
    browser.context,
    'https://mail.google.com',
    mailboxResponder(screens, () => ONE_MESSAGE),
  );
  page = await browser.context.newPage();
  await page.goto(`https://mail.google.com/mail/u/0/#${ONE_MESSAGE}`);
  // Chips go into the mail once the sidebar shows the thread's suggestions.
  await page.locator('accord-chip').first().waitFor({ state: 'attached', timeout: 20_000 });
}

afterEach(async () => {
  await browser?.close();
});

/** Every item in the ledger, read in the worker. */
async function ledgerSize(): Promise<number> {
  const worker = await browser.worker();
  return worker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('accord-ledger');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const count = db.transaction('expectations').objectStore('expectations').count();
          count.onsuccess = () => (db.close(), resolve(count.result));
          count.onerror = () => (db.close(), reject(count.error));
        };
      }),
  );
}

interface CdpNode {
  nodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
}

function* walk(node: CdpNode): Generator<CdpNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

const textOf = (node: CdpNode) =>
  [...walk(node)]
    .filter((n) => n.nodeName === '#text')
    .map((n) => n.nodeValue)
    .join(' ');

/** The sidebar's shadow root as the test (not the page) sees it, through CDP. */
async function sidebarThroughCdp(cdp: CDPSession): Promise<CdpNode & { shadowRootType?: string }> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const host = [...walk(root)].find((n) => n.nodeName === 'ACCORD-SIDEBAR');
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) throw new Error('no sidebar shadow root');
  return shadow;
}

/** The first suggestion's Accept button, clicked with the real mouse at its on-screen box. */
async function acceptFirstWithRealMouse(cdp: CDPSession): Promise<void> {
  const shadow = await sidebarThroughCdp(cdp);
  const card = [...walk(shadow)].find((n) => n.attributes?.includes('suggestion') && n.nodeName === 'LI');
  const button = [...walk(card!)].find((n) => n.nodeName === 'BUTTON' && textOf(n).trim() === 'Accept');
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button!.nodeId })) as {
    model: { content: number[] };
  };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** Page-world script (page.evaluate runs there) trying every way in it can reach. */
function attackFromPage(): Promise<Record<string, unknown>> {
  return page.evaluate(async () => {
    const host = document.querySelector('accord-sidebar')!;
    const reachable: Element[] = [host, ...document.querySelectorAll('accord-chip')];
    for (const chip of document.querySelectorAll('accord-chip')) {
      reachable.push(...(chip.shadowRoot?.querySelectorAll('*') ?? []));
    }
    // Anything an open root would expose: the panel's own buttons, cards and forms.
    const inside = host.shadowRoot ? [...host.shadowRoot.querySelectorAll('*')] : [];
    for (const el of [...reachable, ...inside]) {
      if (el instanceof HTMLElement) el.click();
      for (const key of ['a', 'A', 'Enter', ' ']) {
        el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      }
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      if (el instanceof HTMLFormElement) el.requestSubmit();
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return {
      shadowRoot: host.shadowRoot === null ? null : 'open',
      hostText: host.textContent,
      pageText: document.body.innerText.includes('Found in this thread'),
      reachedInside: inside.length,
    };
  });
}

describe('the sidebar against script in Gmail’s page', () => {
  it('production build: the page gets no shadow root, reads none of the panel and its clicks write nothing', async () => {
    await open('production');
    const cdp = await page.context().newCDPSession(page);
    // Control: the panel is there, closed, and holds the thread's suggestions.
    const shadow = await sidebarThroughCdp(cdp);
    expect(shadow.shadowRootType).toBe('closed');
    await expect.poll(async () => textOf(await sidebarThroughCdp(cdp))).toContain('Found in this thread');

    const before = await ledgerSize();
    const seen = await attackFromPage();
    expect(seen).toEqual({ shadowRoot: null, hostText: '', pageText: false, reachedInside: 0 });
    expect(await ledgerSize()).toBe(before);

    // Control: the same Accept button, clicked by real input, does write.
    await acceptFirstWithRealMouse(cdp);
    await expect.poll(ledgerSize).toBe(before + 1);
  });

  it('any build: events page script makes (isTrusted false) act on nothing, even through an open root', async () => {
    await open('e2e');
    await waitForSidebarSettled(page);
    const before = await ledgerSize();
    const seen = await attackFromPage();
    expect(seen.shadowRoot).toBe('open');
    expect(seen.reachedInside).toBeGreaterThan(0);
    expect(await ledgerSize()).toBe(before);
    // Still offered, not accepted, not dismissed.
    expect(await page.locator(`${SIDEBAR} li.suggestion`).count()).toBeGreaterThan(0);

    // Control: Playwright's click is real input.
    await page.locator(`${SIDEBAR} li.suggestion`).first().getByRole('button', { name: 'Accept' }).click();
    await expect.poll(ledgerSize).toBe(before + 1);
  });
});
