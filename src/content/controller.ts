/**
 * Follows the mail host's single-page navigation and keeps the sidebar in step with the
 * open thread: hidden on lists, loading while the thread renders, then its client and
 * ledger. Everything it starts is tied to `ctx` and to the current thread's AbortSignal,
 * so navigating away or an extension update leaves no observer or listener behind.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Thread } from '../core';
import type { HostAdapter, ReadResult, Route } from '../mail/adapter';
import { clampThread } from '../mail/clampThread';
import { pauseForPage } from '../mail/slices';
import { sendToWorker } from '../messaging/client';
import { isLedgerChangedEvent } from '../worker/changes';
import { setActiveHost } from './activeHost';
import { createExactReader } from './exactReading';
import { createHighlightSync } from './highlightSync';
import { CHIP_TAG } from './highlights';
import { followHistoryNavigation } from './historyNavigation';
import type { SidebarStore } from './sidebarStore';
import { threadFingerprint } from './threadFingerprint';
import { waitForElement } from './waitForElement';
import { afterNextPaint } from './afterNextPaint';

/** How long a thread may take to render before we say we cannot read it. */
const RENDER_TIMEOUT_MS = 8000;
/**
 * After saying so, how long the same visit keeps watching for the thread to turn up after
 * all: Outlook's first load of the day can take longer than RENDER_TIMEOUT_MS (2026-12).
 */
const LATE_RENDER_TIMEOUT_MS = 60_000;
/**
 * A thread with more elements than this is read after the host's next frame: the first
 * computed style the read asks (visibleText.ts) would otherwise force the host's layout of the
 * whole thread into Accord's task, 20–50 ms for a 2,000-line message under load (2026-12). A
 * smaller thread is read at once: its layout is short, and headless Chromium in the cold-fill
 * bench often renders no frame for 100 ms.
 */
const FRAME_BEFORE_READ_ELEMENTS = 1000;
/** Expanding a message mutates the DOM in bursts; read once the burst settles. */
const EXPANSION_SETTLE_MS = 250;

export function startController(ctx: ContentScriptContext, adapter: HostAdapter, store: SidebarStore) {
  let session: AbortController | null = null;
  let lastReadyElement: Element | null = null;
  let current: Thread | null = null;
  let currentTruncated: string[] = [];
  /** The read under way, if any: a newer read (the host expanded a message) abandons it. */
  let reading: AbortController | null = null;
  setActiveHost(adapter);
  const highlights = createHighlightSync(document, store, adapter.messageBodies);
  const exact = createExactReader(adapter, document);

  const refresh = async (fromPage: Thread, truncatedOnPage: string[], signal: AbortSignal) => {
    try {
      // Read exactly through Graph when the user turned it on and the host can say which
      // conversation this is; the page's thread otherwise, and on any failure.
      const preferred = await exact.prefer(fromPage);
      if (signal.aborted) return;
      // A thread read through Graph is cut to the worker's limits like the page's.
      const { thread, truncated } =
        preferred === fromPage ? { thread: fromPage, truncated: truncatedOnPage } : clampThread(preferred);
      const view = await sendToWorker('thread.open', { thread, account: adapter.readAccount(document) });
      if (signal.aborted) return;
      store.set({ state: { kind: 'ready', view, thread, truncated } });
      // The sidebar renders in this task; the marks go in once the page has laid it out.
      await afterNextPaint(ctx);
      if (signal.aborted) return;
      // Graph's message ids are not the page's: the highlighter pairs them up (exactHighlights.ts).
      await highlights.show(view, thread, preferred === fromPage ? thread : fromPage);
    } catch (error) {
      if (signal.aborted) return;
      highlights.clear();
      store.set({ state: { kind: 'error', message: messageOf(error) } });
    }
  };

  /**
   * Reads the open thread in slices (HostAdapter.readThread) and shows it. 'stale' when
   * navigation or a newer read abandoned this one: what the sidebar shows is then theirs.
   */
  const read = async (signal: AbortSignal): Promise<'read' | 'unreadable' | 'stale'> => {
    reading?.abort();
    const mine = (reading = new AbortController());
    const abandon = () => mine.abort();
    signal.addEventListener('abort', abandon, { once: true });
    let result: ReadResult;
    try {
      result = await adapter.readThread(document, location, mine.signal);
    } catch (error) {
      if (mine.signal.aborted) return 'stale';
      throw error;
    } finally {
      signal.removeEventListener('abort', abandon);
    }
    if (mine.signal.aborted) return 'stale';
    reading = null;
    if (!result.ok) {
      current = null;
      highlights.clear();
      store.set({ state: { kind: 'unreadable', reason: result.reason } });
      return 'unreadable';
    }
    // Cut to the worker's limits here, saying so, rather than have the whole thread refused.
    const { thread, truncated } = clampThread(result.thread);
    const changed = !current || threadFingerprint(current) !== threadFingerprint(thread);
    current = thread;
    currentTruncated = truncated;
    if (changed) void refresh(thread, truncated, signal);
    return 'read';
  };

  /** Watches for expansions (returns the undo). Started before a read: one may happen during it. */
  const watchExpansions = (signal: AbortSignal): (() => void) => {
    const root = adapter.messagesRoot(document);
    if (!root) return () => undefined;
    let timer: number | undefined;
    const observer = new MutationObserver((records) => {
      // Accord's own chips (and the text splits they make) are not Gmail expanding a message:
      // reading the whole thread again for them cost a heavy message a long task each time.
      if (records.every(isOwnHighlightChange)) return;
      clearTimeout(timer);
      timer = ctx.setTimeout(() => !signal.aborted && void read(signal), EXPANSION_SETTLE_MS);
    });
    observer.observe(root, { childList: true, subtree: true });
    const stop = () => (observer.disconnect(), clearTimeout(timer));
    signal.addEventListener('abort', stop, { once: true });
    return stop;
  };

  /** Reads the thread and keeps it in step with expansions; false when it could not be read. */
  const readAndWatch = async (signal: AbortSignal): Promise<boolean> => {
    const stopWatching = watchExpansions(signal);
    if ((await read(signal)) !== 'unreadable') return true;
    stopWatching();
    return false;
  };

  // Split view: a thread opened in the reading pane may leave the URL as it was, so the
  // pane (only the pane, and only while this view lasts) is watched for another thread.
  const watchReadingPane = (signal: AbortSignal, routeKey: string) => {
    const pane = adapter.readingPane?.(document);
    if (!pane) return;
    let timer: number | undefined;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = ctx.setTimeout(() => {
        if (!signal.aborted && keyOf(adapter.route(location.href, document)) !== routeKey) void onLocation();
      }, EXPANSION_SETTLE_MS);
    });
    observer.observe(pane, { childList: true, subtree: true });
    signal.addEventListener('abort', () => (observer.disconnect(), clearTimeout(timer)), { once: true });
  };

  const beforeRead = () => {
    const root = adapter.messagesRoot(document);
    const heavy = (root?.getElementsByTagName('*').length ?? 0) > FRAME_BEFORE_READ_ELEMENTS;
    return heavy ? afterNextPaint(ctx) : pauseForPage();
  };

  const onLocation = async () => {
    session?.abort();
    highlights.clear();
    session = new AbortController();
    const { signal } = session;
    current = null;
    const route = adapter.route(location.href, document);
    watchReadingPane(signal, keyOf(route));
    if (route.kind === 'list') {
      // Gmail may keep an earlier thread in the page, hidden, while a list shows (Outlook
      // may keep the last conversation in the reading pane): remember it so the next
      // thread opened is not mistaken for it.
      lastReadyElement = document.querySelector(adapter.threadReadySelector) ?? lastReadyElement;
      store.set({ visible: false });
      return;
    }
    store.set({ visible: true, state: { kind: 'loading' } });
    // Wake the worker (and its ledger connection) while Gmail is still rendering the
    // thread: Chrome stops it after 30 s idle, and a cold start costs more than the read.
    void sendToWorker('settings.get', {}).catch(() => undefined);
    const root = adapter.observeRoot(document) ?? document.body;
    const previous = lastReadyElement;
    const ready = await waitForElement(
      ctx,
      root,
      adapter.threadReadySelector,
      previous,
      RENDER_TIMEOUT_MS,
      signal,
    );
    if (signal.aborted) return;
    lastReadyElement = ready;
    // The element was seen in a mutation callback, inside the host's own task that rendered
    // the thread: read in tasks of our own (in slices), so the two never add up to one long task.
    await beforeRead();
    if (signal.aborted) return;
    if ((await readAndWatch(signal)) || ready) return;
    // Nothing rendered in time and the sidebar says it cannot read this: if the host was only
    // slow, read the thread when it appears, still within this visit (aborted on navigation).
    const late = await waitForElement(
      ctx,
      root,
      adapter.threadReadySelector,
      previous,
      LATE_RENDER_TIMEOUT_MS,
      signal,
    );
    if (!late || signal.aborted) return;
    lastReadyElement = late;
    await beforeRead();
    if (signal.aborted) return;
    await readAndWatch(signal);
  };

  if (adapter.historyNavigation) {
    followHistoryNavigation(ctx, adapter.observeRoot(document) ?? document.body, () => void onLocation());
  } else {
    ctx.addEventListener(window, 'hashchange', () => void onLocation());
    ctx.addEventListener(window, 'popstate', () => void onLocation());
  }
  ctx.onInvalidated(() => (session?.abort(), highlights.clear()));

  // The ledger changed (an item accepted here or in another tab): show it, no polling.
  // Sent by the worker to this tab (src/worker/changes.ts): only this extension can message a
  // content script, and the sender is checked all the same.
  const onLedgerChanged = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || !isLedgerChangedEvent(message)) return;
    if (current && session) void refresh(current, currentTruncated, session.signal);
  };
  browser.runtime.onMessage.addListener(onLedgerChanged);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onLedgerChanged));

  void onLocation();
}

function keyOf(route: Route): string {
  return route.kind === 'thread' ? `thread:${route.threadId}` : 'list';
}

/** A mutation made by placing or clearing chips: only chips and bare text nodes moved. */
function isOwnHighlightChange(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.every((n) => n.nodeType === Node.TEXT_NODE || n.nodeName.toLowerCase() === CHIP_TAG);
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/context invalidated/i.test(text)) return 'Accord was updated. Reload this page to continue.';
  return text;
}
