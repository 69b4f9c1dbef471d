/**
 * "Prove durability, not just hope for it" (issue 10). The built extension's worker is stopped
 * (CDP, as Chrome does after 30 s idle) at several moments during a 200-item accept, a
 * 10,000-item import and a calendar booking; then the SAME action is sent again. Each time:
 *
 * - the sender's own promise tells "answered" from "cut off": a cut-off message reached the
 *   worker and died with it (a message sent to a stopped worker is not lost: Chrome starts
 *   the worker to deliver it), so a cut-off run with 0 items is a write rolled back, not a
 *   message that never arrived;
 * - after the stop the ledger holds all or nothing, and after the retry exactly one copy of
 *   every item (and the fake calendar exactly one event);
 * - a control sends the same items as many small writes, stopped at the same moments, and is
 *   left part-written: the stops do land while writes are under way.
 */
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { armServiceWorkerStop, stopServiceWorkers } from './worker';
import { routeGoogleCalendar, type GoogleCalendarFake } from './googleCalendarFake';

let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await openOptions();
});
afterAll(async () => browser.close());

async function openOptions() {
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByRole('button', { name: 'Save settings' }).waitFor();
}

type Outcome = 'answered' | 'cut off';

/** Sends a message from the options page without waiting; resolves to how it ended. */
function sendTracked(type: string, payload: unknown): Promise<Outcome> {
  return page
    .evaluate(([t, p]) => chrome.runtime.sendMessage({ accord: 1, type: t, payload: p }), [
      type,
      payload,
    ] as const)
    .then(
      (reply: { ok?: boolean } | undefined) => (reply?.ok ? 'answered' : 'cut off') as Outcome,
      () => 'cut off' as Outcome,
    );
}

async function send(
  type: string,
  payload: unknown,
): Promise<{ ok: boolean; data?: unknown; error?: string }> {
  return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ accord: 1, type: t, payload: p }), [
    type,
    payload,
  ] as const);
}

/** Stops the worker `delay` ms after `start()` sent its message(s); returns how they ended. */
async function stopDuring(start: () => Promise<Outcome>, delay: number): Promise<Outcome> {
  const stop = await armServiceWorkerStop(browser.context, page);
  const outcome = start();
  await new Promise((resolve) => setTimeout(resolve, delay));
  await stop();
  const ended = await Promise.race([
    outcome,
    new Promise<Outcome>((r) => setTimeout(() => r('cut off'), 10_000)),
  ]);
  await openOptions(); // a fresh page: nothing in flight, and the worker restarts on demand
  return ended;
}

/** Items of the client with `domain`, and how many distinct sources (message, offset) they have. */
async function itemsOf(domain: string): Promise<{ items: number; distinct: number }> {
  const worker = await browser.worker();
  return worker.evaluate(
    (d) =>
      new Promise<{ items: number; distinct: number }>((resolve, reject) => {
        const open = indexedDB.open('accord-ledger');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['clients', 'expectations']);
          const client = tx.objectStore('clients').index('byDomain').get(d);
          client.onsuccess = () => {
            if (!client.result) return (db.close(), resolve({ items: 0, distinct: 0 }));
            const all = tx.objectStore('expectations').getAll();
            all.onsuccess = () => {
              db.close();
              const mine = (
                all.result as {
                  clientId: string;
                  id: string;
                  text: string;
                  source: { messageId: string; start: number } | null;
                }[]
              ).filter((i) => i.clientId === client.result.id);
              const keys = mine.map((i) =>
                i.source ? `${i.source.messageId}:${i.source.start}` : `${i.id}:${i.text}`,
              );
              resolve({ items: mine.length, distinct: new Set(keys).size });
            };
          };
        };
      }),
    domain,
  );
}

// ——— 200-item accept ———
const ACCEPT_COUNT = 200;
function acceptPayload(tag: string, from = 0, count = ACCEPT_COUNT) {
  const text = 'We will deliver item number';
  return {
    clientKey: `domain:${tag}.example.com`,
    clientName: tag,
    thread: { host: 'gmail', id: `thread-${tag}`, url: `https://mail.google.com/mail/u/0/#all/${tag}` },
    suggestions: Array.from({ length: count }, (_, k) => ({
      messageId: 'm1',
      kind: 'deliverable',
      owner: 'us',
      text,
      start: (from + k) * 100,
      end: (from + k) * 100 + text.length,
      due: '2026-12-01',
      amount: null,
      confidence: 0.8,
    })),
    sentAt: { m1: '2026-11-20T10:00:00.000Z' },
  };
}

/** The control's writes: one accept per item, in sequence, stopping at the first failure. */
function oneByOne(type: string, payloads: unknown[]): Promise<Outcome> {
  return page
    .evaluate(
      async ([t, list]) => {
        for (const p of list) {
          try {
            const reply = await chrome.runtime.sendMessage({ accord: 1, type: t, payload: p });
            if (!reply?.ok) return 'cut off';
          } catch {
            return 'cut off';
          }
        }
        return 'answered';
      },
      [type, payloads] as const,
    )
    .catch(() => 'cut off' as const) as Promise<Outcome>;
}

/**
 * When to stop, as fractions of how long the same action takes uninterrupted (measured first,
 * on this machine, now): early, mid-way and late in the handling, and once well after it.
 */
const FRACTIONS = [0, 0.25, 0.5, 0.75, 2];
/**
 * The accept is short (a fraction of a second on a quiet machine) and a stop takes a moment to
 * land, so it is stopped on a finer grid: at least one stop must land inside the handling.
 */
const ACCEPT_FRACTIONS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 2];

/** How long `start()` takes to be answered with nothing stopping it. */
async function timed(start: () => Promise<Outcome>): Promise<number> {
  const t0 = Date.now();
  expect(await start()).toBe('answered');
  return Date.now() - t0;
}

describe('a 200-item accept, stopped and retried', () => {
  const seen: { delay: number; outcome: Outcome; items: number }[] = [];
  let duration = 0;

  it('stores all 200 items when not stopped (and says how long that takes)', async () => {
    duration = await timed(() => sendTracked('suggestions.accept', acceptPayload('accepttimed')));
    console.log(`an uninterrupted 200-item accept: ${duration} ms`);
    expect(await itemsOf('accepttimed.example.com')).toEqual({ items: ACCEPT_COUNT, distinct: ACCEPT_COUNT });
  });

  it.each(ACCEPT_FRACTIONS)(
    'stopped at %s of its time: all or nothing, then exactly one copy of each after the retry',
    async (fraction) => {
      const delay = Math.round(fraction * duration);
      const tag = `accept${String(fraction).replace('.', '')}`;
      const outcome = await stopDuring(() => sendTracked('suggestions.accept', acceptPayload(tag)), delay);
      const after = await itemsOf(`${tag}.example.com`);
      console.log(`accept stopped at ${delay} ms: ${outcome}, ${after.items} of ${ACCEPT_COUNT} stored`);
      seen.push({ delay, outcome, items: after.items });
      expect([0, ACCEPT_COUNT]).toContain(after.items);
      if (outcome === 'answered') expect(after.items).toBe(ACCEPT_COUNT);

      expect(await send('suggestions.accept', acceptPayload(tag))).toMatchObject({ ok: true });
      expect(await itemsOf(`${tag}.example.com`)).toEqual({ items: ACCEPT_COUNT, distinct: ACCEPT_COUNT });
    },
  );

  it('was cut off mid-handling at least once (not only before or after), with nothing half-written', () => {
    expect(seen.some((s) => s.outcome === 'cut off')).toBe(true);
    expect(seen.some((s) => s.outcome === 'cut off' && s.items === 0)).toBe(true);
  });

  it('control: the same items as 200 one-item accepts are left part-written by such a stop, and the retry completes them once', async () => {
    // Stopped at fractions of the control's own time, measured first: 200 one-item accepts can
    // take less time than one 200-item accept (294 against 294 ms on a CI run), so a stop timed
    // by the accept landed after the control had finished.
    const own = await timed(() =>
      oneByOne(
        'suggestions.accept',
        Array.from({ length: ACCEPT_COUNT }, (_, k) => acceptPayload('controltimed', k, 1)),
      ),
    );
    console.log(`200 uninterrupted one-item accepts: ${own} ms`);
    const parts: number[] = [];
    for (const [i, delay] of [0.3, 0.5, 0.7].map((f, k) => [k, Math.round(f * own)] as const)) {
      const tag = `control${i}at${delay}`;
      const payloads = Array.from({ length: ACCEPT_COUNT }, (_, k) => acceptPayload(tag, k, 1));
      await stopDuring(() => oneByOne('suggestions.accept', payloads), delay);
      const { items } = await itemsOf(`${tag}.example.com`);
      console.log(`control stopped at ${delay} ms: ${items} of ${ACCEPT_COUNT} stored`);
      parts.push(items);
      expect(await send('suggestions.accept', acceptPayload(tag))).toMatchObject({ ok: true });
      expect(await itemsOf(`${tag}.example.com`)).toEqual({ items: ACCEPT_COUNT, distinct: ACCEPT_COUNT });
    }
    expect(parts.some((n) => n > 0 && n < ACCEPT_COUNT)).toBe(true);
  });
});

// ——— 10,000-item import ———
const IMPORT_COUNT = 10_000;
const stamp = '2026-11-01T10:00:00.000Z';
function importFile(tag: string, from = 0, count = IMPORT_COUNT) {
  const client = {
    id: `client-${tag}`,
    name: tag,
    domains: [`${tag}.example.com`],
    addresses: [],
    notes: '',
    createdAt: stamp,
    updatedAt: stamp,
  };
  return JSON.stringify({
    format: 'accord-ledger',
    version: 3,
    exportedAt: stamp,
    clients: [client],
    items: Array.from({ length: count }, (_, k) => ({
      id: `${tag}-${from + k}`,
      clientId: client.id,
      kind: 'deliverable',
      owner: 'us',
      text: `Deliver part ${from + k}`,
      due: '2026-12-01',
      amount: null,
      status: 'confirmed',
      source: null,
      createdAt: stamp,
      updatedAt: stamp,
      history: [],
    })),
    dismissals: [],
    settings: [],
    reviews: [],
  });
}

describe('a 10,000-item import, stopped and retried', () => {
  const seen: { delay: number; outcome: Outcome; items: number }[] = [];
  let duration = 0;

  it('imports all 10,000 items when not stopped (and says how long that takes)', async () => {
    duration = await timed(() => sendTracked('ledger.import', { json: importFile('importtimed') }));
    console.log(`an uninterrupted 10,000-item import: ${duration} ms`);
    expect(await itemsOf('importtimed.example.com')).toEqual({ items: IMPORT_COUNT, distinct: IMPORT_COUNT });
  }, 120_000);

  it.each(FRACTIONS)(
    'stopped at %s of its time: all or nothing, then exactly one copy after the retry',
    async (fraction) => {
      const delay = Math.round(fraction * duration);
      const tag = `import${String(fraction).replace('.', '')}`;
      const json = importFile(tag);
      const outcome = await stopDuring(() => sendTracked('ledger.import', { json }), delay);
      const after = await itemsOf(`${tag}.example.com`);
      console.log(`import stopped at ${delay} ms: ${outcome}, ${after.items} of ${IMPORT_COUNT} stored`);
      seen.push({ delay, outcome, items: after.items });
      expect([0, IMPORT_COUNT]).toContain(after.items);

      expect(await send('ledger.import', { json })).toMatchObject({ ok: true });
      expect(await itemsOf(`${tag}.example.com`)).toEqual({ items: IMPORT_COUNT, distinct: IMPORT_COUNT });
    },
    120_000,
  );

  it('was cut off mid-handling at least once, with nothing half-written', () => {
    expect(seen.some((s) => s.outcome === 'cut off' && s.items === 0)).toBe(true);
  });

  it('control: the same items as 20 imports of 500 are left part-written by such a stop, and the retry completes them once', async () => {
    const filesFor = (t: string) =>
      Array.from({ length: 20 }, (_, k) => ({ json: importFile(t, k * 500, 500) }));
    // Stopped part-way through the control's own uninterrupted time (its 20 small imports can
    // be quicker than one big one). A stop takes a moment to land and the machine's load moves
    // the timing, so several stop points are tried, earliest first, until one lands between the
    // first and the last import; each stopped run is then completed by its retry.
    const controlDuration = await timed(() => oneByOne('ledger.import', filesFor('importcontroltimed')));
    const parts: number[] = [];
    for (const fraction of [0.5, 0.3, 0.15, 0.7]) {
      const tag = `importcontrol${String(fraction).replace('.', '')}`;
      const files = filesFor(tag);
      const delay = Math.round(fraction * controlDuration);
      await stopDuring(() => oneByOne('ledger.import', files), delay);
      const { items } = await itemsOf(`${tag}.example.com`);
      console.log(`import control stopped at ${delay} ms: ${items} of ${IMPORT_COUNT} stored`);
      parts.push(items);
      for (const file of files) expect(await send('ledger.import', file)).toMatchObject({ ok: true });
      expect(await itemsOf(`${tag}.example.com`)).toEqual({ items: IMPORT_COUNT, distinct: IMPORT_COUNT });
      if (items > 0 && items < IMPORT_COUNT) break;
    }
    expect(parts.some((n) => n > 0 && n < IMPORT_COUNT)).toBe(true);
  }, 400_000);
});

// ——— A calendar booking ———
describe('a calendar booking, stopped and retried', () => {
  let google: GoogleCalendarFake;

  beforeAll(async () => {
    google = await routeGoogleCalendar(browser.context);
    const worker = await browser.worker();
    await worker.evaluate(async () => {
      await chrome.storage.session.set({
        'accord.auth.google': { accessToken: 'e2e-token', expiresAt: Date.now() + 3_600_000 },
      });
    });
    expect(
      await send('settings.update', {
        googleClientId: 'e2e-client.apps.googleusercontent.com',
        defaultProvider: 'google',
      }),
    ).toMatchObject({ ok: true });
  });

  let n = 0;
  function booking() {
    n++;
    return {
      client: { clientKey: `domain:booking${n}.example.com`, clientName: `Booking ${n}` },
      provider: 'google',
      start: `2099-01-${String(n + 4).padStart(2, '0')}T15:00:00.000Z`,
      end: `2099-01-${String(n + 4).padStart(2, '0')}T15:30:00.000Z`,
      attendees: [{ name: 'Priya Raman', email: 'priya.raman@acme.com' }],
      cadence: { kind: 'once' },
      requestId: `${'0123456789abcdefghijklmnop'.slice(0, 24)}${String(n).padStart(2, '0')}`,
    };
  }

  const outboxCount = async () =>
    (await browser.worker()).evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('accord-ledger');
          open.onsuccess = () => {
            const req = open.result.transaction('outbox').objectStore('outbox').count();
            req.onsuccess = () => (open.result.close(), resolve(req.result));
          };
        }),
    );
  const reviewsWithId = async (id: string) =>
    (await browser.worker()).evaluate(
      (rid) =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('accord-ledger');
          open.onsuccess = () => {
            const req = open.result.transaction('reviews').objectStore('reviews').count(rid);
            req.onsuccess = () => (open.result.close(), resolve(req.result));
          };
        }),
      id,
    );

  async function retryAndCheckOne(request: ReturnType<typeof booking>) {
    const again = await send('review.book', request);
    expect(again).toMatchObject({ ok: true });
    // The start-up retry of the outbox may still be finishing: wait for it.
    await expect.poll(outboxCount, { timeout: 15_000 }).toBe(0);
    expect(google.created.filter((id) => id === request.requestId)).toEqual([request.requestId]);
    // Exactly one event for this booking: no second id was ever made for it.
    expect(google.created.filter((id) => id.startsWith(request.requestId))).toEqual([request.requestId]);
    expect(await reviewsWithId(request.requestId)).toBe(1);
    expect(google.violations).toEqual([]);
  }

  it('between the outbox write and the request (the request never left): one event after the retry', async () => {
    const request = booking();
    google.nextInsert = 'holdUnsent';
    const outcome = sendTracked('review.book', request);
    await expect
      .poll(() =>
        google.requests.some(
          (r) => r.method === 'POST' && (r.body as { id?: string } | null)?.id === request.requestId,
        ),
      )
      .toBe(true);
    // The control: the booking is in the outbox and Google has no event: the stop lands mid-booking.
    expect(await outboxCount()).toBe(1);
    expect(google.created).not.toContain(request.requestId);
    await stopServiceWorkers(browser.context, page);
    await google.release();
    expect(await outcome).toBe('cut off');
    await openOptions();
    await retryAndCheckOne(request);
  });

  it('after Google created the event but before its answer: one event after the retry', async () => {
    const request = booking();
    google.nextInsert = 'hold';
    const outcome = sendTracked('review.book', request);
    await expect.poll(() => google.created.includes(request.requestId)).toBe(true);
    await stopServiceWorkers(browser.context, page);
    await google.release();
    expect(await outcome).toBe('cut off');
    await openOptions();
    await retryAndCheckOne(request);
  });

  it.each([0, 20, 60])('stopped %i ms into the booking: one event after the retry', async (delay) => {
    const request = booking();
    const outcome = await stopDuring(() => sendTracked('review.book', request), delay);
    console.log(
      `booking stopped at ${delay} ms: ${outcome}, events so far ${google.created.filter((id) => id === request.requestId).length}`,
    );
    await retryAndCheckOne(request);
  });
});
