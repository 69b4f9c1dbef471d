/**
 * Follows the mail host's single-page navigation and keeps the sidebar in step with the
 * open thread: hidden on lists, loading while the thread renders, then its client and
 * ledger. Everything it starts is tied to `ctx` and to the current thread's AbortSignal,
 * so navigating away or an extension update leaves no observer or listener behind.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Thread } from '../core';
import type { HostAdapter } from '../mail/adapter';
import { sendToWorker } from '../messaging/client';
import { LEDGER_REVISION_KEY } from '../worker/changes';
import { createHighlightSync } from './highlightSync';
import { CHIP_TAG } from './highlights';
import type { SidebarStore } from './sidebarStore';
import { threadFingerprint } from './threadFingerprint';
import { waitForElement } from './waitForElement';
import { yieldToPage } from './yieldToPage';

/** How long a thread may take to render before we say we cannot read it. */
const RENDER_TIMEOUT_MS = 8000;
/** Expanding a message mutates the DOM in bursts; read once the burst settles. */
const EXPANSION_SETTLE_MS = 250;

export function startController(ctx: ContentScriptContext, adapter: HostAdapter, store: SidebarStore) {
  let session: AbortController | null = null;
  let lastReadyElement: Element | null = null;
  let current: Thread | null = null;
  const highlights = createHighlightSync(document, store);

  const refresh = async (thread: Thread, signal: AbortSignal) => {
    try {
      const view = await sendToWorker('thread.open', { thread, account: adapter.readAccount(document) });
      if (signal.aborted) return;
      store.set({ state: { kind: 'ready', view, thread } });
      // The sidebar renders in this task; the marks in the mail go in the next one.
      await yieldToPage(ctx);
      if (signal.aborted) return;
      highlights.show(view, thread);
    } catch (error) {
      if (signal.aborted) return;
      highlights.clear();
      store.set({ state: { kind: 'error', message: messageOf(error) } });
    }
  };

  const read = (signal: AbortSignal): boolean => {
    const result = adapter.readThread(document, location);
    if (!result.ok) {
      current = null;
      highlights.clear();
      store.set({ state: { kind: 'unreadable', reason: result.reason } });
      return false;
    }
    const changed = !current || threadFingerprint(current) !== threadFingerprint(result.thread);
    current = result.thread;
    if (changed) void refresh(result.thread, signal);
    return true;
  };

  const watchExpansions = (signal: AbortSignal) => {
    const root = adapter.messagesRoot(document);
    if (!root) return;
    let timer: number | undefined;
    const observer = new MutationObserver((records) => {
      // Accord's own chips (and the text splits they make) are not Gmail expanding a message:
      // reading the whole thread again for them cost a heavy message a long task each time.
      if (records.every(isOwnHighlightChange)) return;
      clearTimeout(timer);
      timer = ctx.setTimeout(() => !signal.aborted && read(signal), EXPANSION_SETTLE_MS);
    });
    observer.observe(root, { childList: true, subtree: true });
    signal.addEventListener('abort', () => (observer.disconnect(), clearTimeout(timer)), { once: true });
  };

  const onLocation = async () => {
    session?.abort();
    highlights.clear();
    session = new AbortController();
    const { signal } = session;
    current = null;
    const route = adapter.route(location.href);
    if (route.kind === 'list') {
      // Gmail may keep an earlier thread in the page, hidden, while a list shows: remember
      // it so the next thread opened is not mistaken for it.
      lastReadyElement = document.querySelector(adapter.threadReadySelector) ?? lastReadyElement;
      store.set({ visible: false });
      return;
    }
    store.set({ visible: true, state: { kind: 'loading' } });
    // Wake the worker (and its ledger connection) while Gmail is still rendering the
    // thread: Chrome stops it after 30 s idle, and a cold start costs more than the read.
    void sendToWorker('settings.get', {}).catch(() => undefined);
    const root = adapter.observeRoot(document) ?? document.body;
    const ready = await waitForElement(
      ctx,
      root,
      adapter.threadReadySelector,
      lastReadyElement,
      RENDER_TIMEOUT_MS,
      signal,
    );
    if (signal.aborted) return;
    lastReadyElement = ready;
    // The element was seen in a mutation callback, inside Gmail's own task that rendered the
    // thread: read in a task of our own so the two never add up to one long task.
    await yieldToPage(ctx);
    if (signal.aborted) return;
    if (read(signal)) watchExpansions(signal);
  };

  ctx.addEventListener(window, 'hashchange', () => void onLocation());
  ctx.addEventListener(window, 'popstate', () => void onLocation());
  ctx.onInvalidated(() => (session?.abort(), highlights.clear()));

  // The ledger changed (an item accepted here or in another tab): show it, no polling.
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && LEDGER_REVISION_KEY in changes && current && session) {
      void refresh(current, session.signal);
    }
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));

  void onLocation();
}

/** A mutation made by placing or clearing chips: only chips and bare text nodes moved. */
function isOwnHighlightChange(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.every((n) => n.nodeType === Node.TEXT_NODE || n.nodeName.toLowerCase() === CHIP_TAG);
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/context invalidated/i.test(text)) return 'Accord was updated. Reload Gmail to continue.';
  return text;
}
