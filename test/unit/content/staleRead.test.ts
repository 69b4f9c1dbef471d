// @vitest-environment happy-dom
/**
 * The controller reads a thread in slices (issue 10, item 6), so the user can move to another
 * thread while a heavy one is still being read: that read is abandoned, never sent to the
 * worker nor shown, and the sidebar ends on the thread now open, once. The clock is stepped by
 * hand (1 ms a reading) so the read takes many slices whatever this machine's speed.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Thread } from '../../../src/core';
import { startController } from '../../../src/content/controller';
import { createSidebarStore, type SidebarModel } from '../../../src/content/sidebarStore';
import { gmailAdapter } from '../../../src/mail/gmail/adapter';
import type { ThreadView } from '../../../src/messaging/protocol';
import { threadPage, type Msg } from '../../fixtures/gmail/build/page';
import { DANA, PRIYA } from '../../fixtures/gmail/build/people';

const sent = vi.hoisted(() => [] as { type: string; payload: unknown }[]);
vi.mock('../../../src/messaging/client', () => ({
  sendToWorker: async (type: string, payload: unknown) => {
    sent.push({ type, payload });
    if (type !== 'thread.open') return {};
    const view: ThreadView = {
      client: null,
      otherClients: [],
      items: [],
      suggestions: [],
      signals: [],
      offers: [],
    };
    return view;
  },
}));

const HEAVY = 'FMfcgzQXJWHvzThrdTwThsndSntncsXZ';
const LIGHT = 'FMfcgzQXJWHvzLghtThrdNxtXnXXXXXX';

function message(msgF: bigint, body: string): Msg {
  return {
    state: 'expanded',
    msgF,
    from: PRIYA,
    to: [DANA],
    title: 'Mon, Nov 23, 2026, 9:00\u202fAM',
    short: 'Nov 23, 2026, 9:00\u202fAM (1 day ago)',
    body,
  };
}

/**
 * Puts a Gmail thread page in this document at its own address, as Gmail does on navigation;
 * happy-dom then fires `hashchange` in a task of its own.
 */
function show(hash: string, subject: string, msg: Msg): void {
  const page = new DOMParser().parseFromString(
    threadPage({
      file: 'x.html',
      description: 'unit test.',
      hash: `inbox/${hash}`,
      subject,
      messages: [msg],
    }),
    'text/html',
  );
  document.body.replaceChildren(...Array.from(page.body.childNodes).map((n) => document.importNode(n, true)));
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    `https://mail.google.com/mail/u/0/#inbox/${hash}`,
  );
}

/** The content script's context, as far as the controller uses it. */
function fakeContext(): { ctx: ContentScriptContext; end(): void } {
  const life = new AbortController();
  const ctx = {
    get isInvalid() {
      return life.signal.aborted;
    },
    setTimeout: (fn: () => void, ms?: number) => window.setTimeout(fn, ms),
    requestAnimationFrame: (fn: (t: number) => void) => window.setTimeout(() => fn(0), 0),
    addEventListener: (target: EventTarget, type: string, fn: EventListener) =>
      target.addEventListener(type, fn, { signal: life.signal }),
    onInvalidated: (fn: () => void) => life.signal.addEventListener('abort', fn),
  };
  return { ctx: ctx as unknown as ContentScriptContext, end: () => life.abort() };
}

const lines = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<div>We will deliver part ${i + 1} of the rollout by Friday.</div>`,
  ).join('');

afterEach(() => {
  vi.restoreAllMocks();
  sent.length = 0;
});

describe('moving to another thread while a heavy one is being read', () => {
  it('abandons the heavy read: it never reaches the worker or the sidebar, which ends on the new thread', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => ++clock);
    show(HEAVY, 'Rollout plan, every part', message(1816900000000000900n, lines(400)));
    await new Promise((resolve) => setTimeout(resolve, 0)); // the page's own hashchange
    // Half-way through the heavy body, the user opens another thread (in a task of its own,
    // as a click would be).
    const halfWay = Array.from(document.querySelectorAll('div.a3s div'))[200]!.firstChild!;
    let moved = false;
    Object.defineProperty(halfWay, 'nodeValue', {
      get() {
        if (!moved) {
          moved = true;
          setTimeout(() => {
            show(LIGHT, 'Next steps', message(1816900000000000901n, '<div>Thanks, talk soon.</div>'));
          }, 0);
        }
        return 'We will deliver part 201 of the rollout by Friday.';
      },
    });

    const store = createSidebarStore({ visible: false, collapsed: false, state: { kind: 'loading' } });
    const shown: SidebarModel[] = [];
    store.subscribe((m) => shown.push(m));
    const { ctx, end } = fakeContext();
    try {
      startController(ctx, gmailAdapter, store);
      await vi.waitFor(() => expect(store.get().state.kind).toBe('ready'), { timeout: 10_000 });
      // Nothing else is under way: a stale read finishing late would show here.
      await new Promise((resolve) => setTimeout(resolve, 50));

      expect(moved).toBe(true);
      const opened = sent.filter((s) => s.type === 'thread.open').map((s) => threadOf(s.payload));
      expect(opened.map((t) => t.subject)).toEqual(['Next steps']);
      const ready = shown.filter((m) => m.state.kind === 'ready');
      expect(ready).toHaveLength(1);
      const state = store.get().state;
      expect(state.kind === 'ready' && state.thread.subject).toBe('Next steps');
    } finally {
      end();
    }
  });
});

function threadOf(payload: unknown): Thread {
  return (payload as { thread: Thread }).thread;
}
