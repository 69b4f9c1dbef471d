/**
 * "A worker stopped mid-action leaves either the old state or the new one, never half",
 * in real Chromium IndexedDB: a page starts a 1,500-item accept (one transaction over
 * clients and expectations) and its renderer is crashed at various moments, the way a
 * stopped worker loses its work. A fresh page then finds all of it or none of it. A
 * control writes the same items 50 per transaction and is left half-written, which shows
 * the crash does land mid-way.
 */
import { openLedgerPage, type LedgerPage } from '../bench/ledgerPage/harness';
import '../bench/ledger.bench'; // the `accordBench` global's type

const COUNT = 1_500;
let ledger: LedgerPage;

beforeAll(async () => {
  ledger = await openLedgerPage();
  await ledger.page.evaluate(() => accordBench.open());
});
afterAll(() => ledger?.close());

async function freshPage() {
  const page = await ledger.context.newPage();
  await page.goto(ledger.url);
  await page.waitForFunction(() => 'accordBench' in globalThis);
  await page.evaluate(() => accordBench.open());
  return page;
}

/** Starts a write of COUNT items for `tag` in a fresh page, then crashes it `delay` ms later. */
async function crashDuring(how: 'accept' | 'chunked', tag: string, delay: number): Promise<void> {
  const page = await freshPage();
  const cdp = await ledger.context.newCDPSession(page);
  await page.evaluate(
    ([h, count, t]) =>
      h === 'accept' ? accordBench.startBigAccept(count, t) : accordBench.startChunkedWrites(count, t),
    [how, COUNT, tag] as const,
  );
  await new Promise((r) => setTimeout(r, delay));
  // A renderer crash: no unload, no chance to finish. The CDP call itself never answers
  // (its target dies), so we wait for the crash event instead.
  const crashed = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
  await page.close();
}

async function countAfterwards(tag: string) {
  const page = await freshPage();
  const found = await page.evaluate((t) => accordBench.countAtomic(t), tag);
  await page.close();
  return found;
}

describe('a multi-item accept in real Chromium', () => {
  it('takes long enough to be interrupted by the crashes below', async () => {
    const page = await freshPage();
    const took = await page.evaluate(async (count) => {
      const t0 = performance.now();
      accordBench.startBigAccept(count, 'timed');
      while (!('acceptFinishedAt' in globalThis)) await new Promise((r) => setTimeout(r, 5));
      return (globalThis as unknown as { acceptFinishedAt: number }).acceptFinishedAt - t0;
    }, COUNT);
    expect(took).toBeGreaterThan(30);
    expect(await page.evaluate(() => accordBench.countAtomic('timed'))).toEqual({ items: COUNT, clients: 1 });
    await page.close();
  });

  it.each([0, 10, 25, 50, 100, 200])(
    'leaves all or nothing when the page crashes %i ms into the accept',
    async (delay) => {
      await crashDuring('accept', `crashed-${delay}`, delay);
      expect([
        { items: 0, clients: 0 },
        { items: COUNT, clients: 1 },
      ]).toContainEqual(await countAfterwards(`crashed-${delay}`));
    },
  );

  it('does crash mid-way: the same items written 50 per transaction are left half-written', async () => {
    await crashDuring('chunked', 'control', 150);
    const { items } = await countAfterwards('control');
    expect(items).toBeGreaterThan(0);
    expect(items).toBeLessThan(COUNT);
  });
});
