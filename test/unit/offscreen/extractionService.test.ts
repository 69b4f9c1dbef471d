import { createExtractionService, IDLE_CLOSE_MS } from '../../../src/offscreen/extractionService';
import { extractRequest } from '../../../src/offscreen/protocol';
import type { ExtractionInput } from '../../../src/extract';

const ID = 'accordextensionid';
const WORKER = `chrome-extension://${ID}/background.js`;
const input: ExtractionInput = {
  self: { emails: ['me@studio.example'], domains: ['studio.example'] },
  timeZone: 'Europe/London',
  messages: [],
};
const result = { expectations: [], signals: [] };

function service(run = vi.fn(async () => result)) {
  const timers: { fn: () => void; ms: number; cleared: boolean }[] = [];
  const close = vi.fn();
  const handle = createExtractionService({
    extensionId: ID,
    workerUrl: WORKER,
    run,
    close,
    setTimer: (fn, ms) => {
      const t = { fn, ms, cleared: false };
      timers.push(t);
      return t;
    },
    clearTimer: (t) => ((t as { cleared: boolean }).cleared = true),
  });
  return { handle, run, close, timers };
}

describe('the offscreen document answers only the worker', () => {
  it('answers the worker with the extraction', async () => {
    const { handle, run } = service();
    const reply = handle(extractRequest(input), { id: ID, url: WORKER });
    await expect(reply).resolves.toEqual({ ok: true, result });
    expect(run).toHaveBeenCalledOnce();
  });

  it.each([
    ['a content script on Gmail', { id: ID, url: 'https://mail.google.com/mail/u/0/', tab: { id: 3 } }],
    ['a content script claiming the worker URL', { id: ID, url: WORKER, tab: { id: 3 } }],
    ['another extension', { id: 'someoneelse', url: `chrome-extension://someoneelse/background.js` }],
    ["one of Accord's own pages", { id: ID, url: `chrome-extension://${ID}/options.html` }],
    ['a sender without a URL', { id: ID }],
  ])('leaves %s unanswered, so the worker answers it', (_who, sender) => {
    const { handle, run } = service();
    expect(handle(extractRequest(input), sender)).toBeUndefined();
    expect(run).not.toHaveBeenCalled();
  });

  it.each([
    ['an Accord request for the worker', { accord: 1, type: 'thread.open', payload: {} }],
    [
      'an extract request without messages',
      { accord: 1, offscreen: 'extract', input: { timeZone: 'UTC', self: {} } },
    ],
    ['nothing', undefined],
  ])('ignores %s', (_what, message) => {
    const { handle, run } = service();
    expect(handle(message, { id: ID, url: WORKER })).toBeUndefined();
    expect(run).not.toHaveBeenCalled();
  });

  it('replies with the failure when extraction throws, so the worker extracts itself', async () => {
    const { handle } = service(vi.fn(async () => Promise.reject(new Error('out of memory'))));
    await expect(handle(extractRequest(input), { id: ID, url: WORKER })).resolves.toEqual({
      ok: false,
      error: 'out of memory',
    });
  });
});

describe('the offscreen document closes when idle', () => {
  it('closes after the idle spell from its start', () => {
    const { timers, close } = service();
    expect(timers).toHaveLength(1);
    expect(timers[0]!.ms).toBe(IDLE_CLOSE_MS);
    timers[0]!.fn();
    expect(close).toHaveBeenCalledOnce();
  });

  it('starts the idle spell again at each answered request, not at refused ones', async () => {
    const { handle, timers } = service();
    handle(extractRequest(input), { id: ID, url: 'https://mail.google.com/', tab: {} });
    expect(timers).toHaveLength(1);
    await handle(extractRequest(input), { id: ID, url: WORKER });
    expect(timers).toHaveLength(2);
    expect(timers[0]!.cleared).toBe(true);
    expect(timers[1]!.cleared).toBe(false);
  });
});
