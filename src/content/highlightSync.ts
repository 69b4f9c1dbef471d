/**
 * Keeps the in-thread highlights in step with what the sidebar shows: the controller calls
 * `show` with each thread view it receives and `clear` whenever the sidebar stops showing
 * that thread (navigation, an error, the extension going away). Activating a chip brings
 * its item or suggestion into view in the sidebar and focuses it.
 */
import type { Thread } from '../core';
import type { ThreadView } from '../messaging/protocol';
import { bodiesUnderExactIds } from './exactHighlights';
import { applyHighlightsSteps, clearHighlights, type Mark } from './highlights';
import { runInSlices } from '../mail/slices';
import { sidebarRoot } from './sidebarRoot';
import { suggestionKey } from '../ui/sidebar/actions';
import type { SidebarStore } from './sidebarStore';

const LABEL_MAX = 120;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > LABEL_MAX ? `${flat.slice(0, LABEL_MAX - 1)}…` : flat;
}

/** Items whose source sentence is in one of this thread's messages, and every suggestion. */
export function marksFor(view: ThreadView, thread: Thread): Mark[] {
  const inThread = new Set(thread.messages.map((m) => m.id));
  const items: Mark[] = view.items.flatMap((item) =>
    item.source && inThread.has(item.source.messageId)
      ? [
          {
            id: item.id,
            messageId: item.source.messageId,
            quote: item.source.quote,
            status: item.status,
            label: shorten(item.text),
            owner: item.owner,
            due: item.due,
          },
        ]
      : [],
  );
  const suggestions: Mark[] = view.suggestions.map((s) => ({
    id: suggestionKey(s),
    messageId: s.messageId,
    quote: s.text,
    status: 'suggested',
    label: shorten(s.text),
    owner: s.owner,
    due: s.due,
  }));
  return [...items, ...suggestions];
}

function findEntry(id: string): HTMLElement | null {
  const root = sidebarRoot();
  if (!root) return null;
  const entries = Array.from(root.querySelectorAll<HTMLElement>('[data-item-id], [data-suggestion-key]'));
  return (
    entries.find(
      (el) => el.getAttribute('data-item-id') === id || el.getAttribute('data-suggestion-key') === id,
    ) ?? null
  );
}

function reveal(entry: HTMLElement): void {
  // A done, missed or cancelled item sits in a folded "Closed (N)" group: unfold it first.
  for (let el = entry.parentElement; el; el = el.parentElement) {
    if (el.tagName === 'DETAILS') el.setAttribute('open', '');
  }
  entry.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  entry.focus({ preventScroll: true });
}

export function createHighlightSync(
  doc: Document,
  store: SidebarStore,
  bodiesOf: (doc: Document) => Map<string, Element>,
) {
  const focusEntry = (id: string) => {
    const entry = findEntry(id);
    if (entry) return reveal(entry);
    if (!store.get().collapsed) return;
    // Collapsed: open the sidebar, then focus once Preact has rendered the list.
    store.set({ collapsed: false });
    requestAnimationFrame(() => {
      const shown = findEntry(id);
      if (shown) reveal(shown);
    });
  };
  /** The marking under way: a newer one, or clearing, abandons it. */
  let marking: AbortController | null = null;
  return {
    /**
     * Marks the thread, reading the bodies in slices (src/mail/slices.ts); resolves when done
     * or abandoned. `fromPage`: the thread as read from the page, when `thread` was read
     * another way (through Graph): the page's bodies are then found under the other thread's ids.
     */
    async show(view: ThreadView, thread: Thread, fromPage: Thread = thread): Promise<void> {
      marking?.abort();
      const mine = (marking = new AbortController());
      try {
        const onPage = bodiesOf(doc);
        const bodies = fromPage === thread ? onPage : bodiesUnderExactIds(onPage, thread, fromPage);
        const steps = applyHighlightsSteps(doc, marksFor(view, thread), focusEntry, bodies, {
          more: view.moreSuggestions ?? {},
        });
        await runInSlices(steps, mine.signal);
      } catch (error) {
        if (mine.signal.aborted) return;
        // Highlights are an aid: a surprise in the host's DOM must not take the sidebar down.
        clearHighlights(doc);
        console.warn('Accord could not mark sentences in this thread.', error);
      }
    },
    clear() {
      marking?.abort();
      clearHighlights(doc);
    },
  };
}
