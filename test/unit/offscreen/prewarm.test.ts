/**
 * The warm document made at a mail page's start (warmExtractor.ts `prewarm`, wired to the
 * worker's answered messages by mailTabStart.ts as entrypoints/background.ts does).
 */
import { createWarmExtractor, warmUpRequest, type OffscreenHost } from '../../../src/worker/warmExtractor';
import { whenMailTabSpeaks } from '../../../src/worker/mailTabStart';
import { WARM_UP_INPUT } from '../../../src/offscreen/warmUpThread';
import { fromDocument, fromWorker, input } from './warmFixtures';
import type { ExtractRequest } from '../../../src/offscreen/protocol';
import type { SenderInfo } from '../../../src/messaging/senders';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;
const gmailTab: SenderInfo = {
  id: EXTENSION_ID,
  url: 'https://mail.google.com/mail/u/0/#inbox',
  origin: 'https://mail.google.com',
  tab: { id: 7 },
};
const outlookTab: SenderInfo = {
  id: EXTENSION_ID,
  url: 'https://outlook.office.com/mail/inbox',
  origin: 'https://outlook.office.com',
  tab: { id: 8 },
};

/** A fake Chrome: one document at most, as `offscreen.createDocument` enforces. */
function fakeChrome(documentAtStart: boolean) {
  let document = documentAtStart;
  const sent: ExtractRequest[] = [];
  const host = {
    exists: vi.fn(async () => document),
    create: vi.fn(async () => {
      if (document) throw new Error('Only a single offscreen document may be created.');
      document = true;
    }),
    send: vi.fn(async (request: ExtractRequest) => {
      sent.push(request);
      return { ok: true, result: fromDocument };
    }),
  } satisfies OffscreenHost;
  return { host, sent };
}

/** The worker as background.ts wires it: each answered message's sender goes to `spoke`. */
function worker(host: OffscreenHost | null) {
  const local = vi.fn(() => fromWorker);
  const later: (() => void)[] = [];
  const warm = createWarmExtractor({ host, local, later: (work) => later.push(work) });
  const spoke = whenMailTabSpeaks({ extensionId: EXTENSION_ID, extensionOrigin: ORIGIN }, () =>
    warm.prewarm(),
  );
  const runLater = () => later.splice(0).forEach((work) => work());
  return { warm, spoke, local, later, runLater };
}

describe('the warm document, made when a mail page starts', () => {
  it('is made after a mail tab’s first message is answered, when there is none, and warmed with the built-in thread', async () => {
    const { host, sent } = fakeChrome(false);
    const { spoke, later, runLater } = worker(host);
    spoke(gmailTab);
    // Nothing yet: the work waits for `later` (50 ms after the reply in the extension).
    expect(host.exists).not.toHaveBeenCalled();
    expect(later).toHaveLength(1);
    runLater();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(host.create).toHaveBeenCalledOnce();
    expect(sent[0]).toEqual(warmUpRequest());
    expect(sent[0]!.input).toBe(WARM_UP_INPUT);
    // With a new user's empty learning, as a real open carries it.
    expect(sent[0]!.adjustment).toEqual(expect.objectContaining({ offsets: {} }));
  });

  it('is made for Outlook on the web’s tabs too', async () => {
    const { host, sent } = fakeChrome(false);
    const { spoke, runLater } = worker(host);
    spoke(outlookTab);
    runLater();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(host.create).toHaveBeenCalledOnce();
  });

  it('is not made again when it is already there', async () => {
    const { host, sent } = fakeChrome(true);
    const { spoke, runLater } = worker(host);
    spoke(gmailTab);
    runLater();
    await vi.waitFor(() => expect(host.exists).toHaveBeenCalledOnce());
    await Promise.resolve();
    expect(host.create).not.toHaveBeenCalled();
    expect(sent).toHaveLength(0);
  });

  it('is made once when several mail tabs start at once, and checked once a worker', async () => {
    const { host, sent } = fakeChrome(false);
    const { spoke, runLater } = worker(host);
    spoke(gmailTab);
    spoke(outlookTab);
    spoke({ ...gmailTab, tab: { id: 9 } });
    runLater();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    // A mail tab's later messages ask nothing more of Chrome in this worker.
    spoke(gmailTab);
    runLater();
    expect(host.exists).toHaveBeenCalledOnce();
    expect(host.create).toHaveBeenCalledOnce();
  });

  it('is made once when a start and an open without a document race, warmed with the real thread', async () => {
    const { host, sent } = fakeChrome(false);
    const { warm, spoke, local, later } = worker(host);
    spoke(gmailTab);
    // The thread opens before the start's attempt has run: extracted here, as before.
    await expect(warm.extract(input)).resolves.toBe(fromWorker);
    expect(local).toHaveBeenCalledOnce();
    // The open put the attempt off until after its own reply: the start's turn does nothing.
    expect(later).toHaveLength(2);
    later[0]!();
    await Promise.resolve();
    expect(host.exists).toHaveBeenCalledOnce(); // the open's own check
    later[1]!();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(host.create).toHaveBeenCalledOnce();
    // The patterns real mail runs are the ones worth compiling.
    expect(sent[0]!.input).toBe(input);
  });

  it('leaves an open made while it is being made to the worker, not behind the warm-up', async () => {
    const { host } = fakeChrome(false);
    let finishWarmUp = () => {};
    host.send.mockImplementationOnce(
      () => new Promise((resolve) => (finishWarmUp = () => resolve({ ok: true, result: fromDocument }))),
    );
    const { warm, spoke, local, runLater } = worker(host);
    spoke(gmailTab);
    runLater();
    await vi.waitFor(() => expect(host.send).toHaveBeenCalledOnce());
    await expect(warm.extract(input)).resolves.toBe(fromWorker);
    expect(local).toHaveBeenCalledOnce();
    expect(host.send).toHaveBeenCalledOnce();
    finishWarmUp();
  });

  it('answers the session’s first open from the document once warmed', async () => {
    const { host, sent } = fakeChrome(false);
    const { warm, spoke, local, runLater } = worker(host);
    spoke(gmailTab);
    runLater();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    // The warm-up's reply settles the attempt.
    await new Promise((r) => setTimeout(r, 0));
    await expect(warm.extract(input)).resolves.toEqual(fromDocument);
    expect(local).not.toHaveBeenCalled();
    expect(sent.map((r) => r.input)).toEqual([WARM_UP_INPUT, input]);
  });

  it.each<[string, SenderInfo]>([
    ['the options page', { id: EXTENSION_ID, url: `${ORIGIN}/options.html` }],
    ['the dashboard', { id: EXTENSION_ID, url: `${ORIGIN}/dashboard.html`, tab: { id: 3 } }],
    ['a content script on another site', { id: EXTENSION_ID, url: 'https://example.com/', tab: { id: 4 } }],
    ['another extension on a mail host', { ...gmailTab, id: 'ponmlkjihgfedcbaponmlkjihgfedcba' }],
    ['a mail host without a tab', { id: EXTENSION_ID, url: 'https://mail.google.com/mail/u/0/' }],
  ])('is not made for %s', async (_who, sender) => {
    const { host } = fakeChrome(false);
    const { spoke, later } = worker(host);
    spoke(sender);
    expect(later).toHaveLength(0);
    expect(host.exists).not.toHaveBeenCalled();
    expect(host.create).not.toHaveBeenCalled();
  });

  it('is never made where there is no offscreen API (Firefox)', () => {
    const { spoke, later } = worker(null);
    spoke(gmailTab);
    expect(later).toHaveLength(0);
  });

  it('is tried again by the next worker when making it failed', async () => {
    const { host } = fakeChrome(false);
    host.create.mockRejectedValueOnce(new Error('offscreen document could not load'));
    const first = worker(host);
    first.spoke(gmailTab);
    first.runLater();
    await vi.waitFor(() => expect(host.create).toHaveBeenCalledOnce());
    // The worker was stopped; the next one starts with the document still missing.
    const next = worker(host);
    next.spoke(gmailTab);
    next.runLater();
    await vi.waitFor(() => expect(host.create).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(host.send).toHaveBeenCalledOnce());
  });
});
