import { insertAtStart, type ReplyResult } from '../gmail/compose';
import { isInsideBody, queryOutsideBodies } from './domQuery';
import { dateOrderForLanguage } from './outlookDate';
import { readOutlookMessage } from './readMessage';
import { findReadingPane, messageElements } from './readThread';
import { COMPOSE_EDITOR, REPLY_BUTTON, REPLY_ICON } from './selectors';

/**
 * "Send recap" in Outlook: clicks Outlook's own Reply on the newest open message, waits for
 * Outlook's reply editor (a MutationObserver, no polling) and writes the recap at its top
 * as DOM text lines. Accord never presses Send; the draft is Outlook's.
 *
 * The editor may be rendered inside an open shadow root; the search goes into open shadow
 * roots under the reading pane (closed ones are out of reach, and then the user is told).
 */

const EDITOR_TIMEOUT_MS = 5000;
/** Accord's own panel (src/content/mountSidebar.ts): never a place to look for Outlook's editor. */
const SIDEBAR_HOST = 'accord-sidebar';

export const NO_REPLY_BUTTON =
  'Accord could not find Outlook’s Reply button on this conversation. Open the reply yourself and paste the recap.';
export const NO_EDITOR = 'Outlook’s reply did not open. Try again, or open the reply yourself.';

/**
 * Reply in the toolbar of the newest expanded message, found by its sent time (Outlook
 * lists newest or oldest first, by setting); else the first Reply in the reading pane.
 */
export function findOutlookReplyButton(doc: Document, now: Date = new Date()): HTMLElement | null {
  const pane = findReadingPane(doc);
  if (!pane) return null;
  const context = {
    self: null,
    order: dateOrderForLanguage(doc.documentElement?.lang ?? ''),
    now,
    zone: undefined,
    withoutText: true,
  };
  let newest: { element: Element; time: number } | null = null;
  for (const el of messageElements(pane)) {
    const read = readOutlookMessage(el, context);
    if (!read.ok || !read.message.fullyRead) continue;
    const time = Date.parse(read.message.sentAt);
    if (!newest || time >= newest.time) newest = { element: el, time };
  }
  return (newest ? replyIn(newest.element) : null) ?? replyIn(pane);
}

function replyIn(scope: Element): HTMLElement | null {
  const labelled = queryOutsideBodies(scope, REPLY_BUTTON);
  if (labelled) return labelled as HTMLElement;
  const icon = queryOutsideBodies(scope, REPLY_ICON);
  return (icon?.closest('button, [role="button"]') as HTMLElement | null) ?? null;
}

/** Editors in `scope` and in the open shadow roots of elements under it, deepest last. */
function editorsIn(scope: ParentNode, found: HTMLElement[]): void {
  for (const el of Array.from(scope.querySelectorAll(COMPOSE_EDITOR))) {
    if (!isInsideBody(el)) found.push(el as HTMLElement);
  }
  for (const host of Array.from(scope.querySelectorAll('*'))) {
    if (host.shadowRoot && host.tagName.toLowerCase() !== SIDEBAR_HOST) editorsIn(host.shadowRoot, found);
  }
}

/**
 * Outlook's reply editor: anywhere in the page's light DOM, or inside an open shadow root
 * under the reading pane (where Outlook puts an inline reply). The shadow-root walk is kept
 * to the reading pane so a recap does not walk all of Outlook's DOM; Accord's own panel is
 * never searched.
 */
export function findOutlookEditor(doc: Document): HTMLElement | null {
  const found: HTMLElement[] = [];
  for (const el of Array.from(doc.querySelectorAll(COMPOSE_EDITOR))) {
    if (!isInsideBody(el) && !el.closest(SIDEBAR_HOST)) found.push(el as HTMLElement);
  }
  const pane = findReadingPane(doc);
  if (pane) {
    for (const host of Array.from(pane.querySelectorAll('*'))) {
      if (host.shadowRoot) editorsIn(host.shadowRoot, found);
    }
  }
  return found[found.length - 1] ?? null;
}

function press(button: HTMLElement): void {
  const view = button.ownerDocument.defaultView;
  for (const type of ['mousedown', 'mouseup', 'click'] as const) {
    button.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view, button: 0 }));
  }
}

function waitForEditor(doc: Document, timeoutMs: number): Promise<HTMLElement | null> {
  const root = doc.body;
  if (!root) return Promise.resolve(null);
  return new Promise((resolve) => {
    const finish = (editor: HTMLElement | null) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(editor);
    };
    const observer = new MutationObserver(() => {
      const editor = findOutlookEditor(doc);
      if (editor) finish(editor);
    });
    observer.observe(root, { childList: true, subtree: true });
    // The last look also catches an editor attached inside a shadow root after its host.
    const timer = setTimeout(() => finish(findOutlookEditor(doc)), timeoutMs);
  });
}

export async function openOutlookReplyWithText(
  doc: Document,
  text: string,
  options: { timeoutMs?: number } = {},
): Promise<ReplyResult> {
  let editor = findOutlookEditor(doc);
  if (!editor) {
    const button = findOutlookReplyButton(doc);
    if (!button) return { ok: false, reason: NO_REPLY_BUTTON };
    press(button);
    editor = findOutlookEditor(doc) ?? (await waitForEditor(doc, options.timeoutMs ?? EDITOR_TIMEOUT_MS));
  }
  if (!editor) return { ok: false, reason: NO_EDITOR };
  insertAtStart(editor, text);
  return { ok: true };
}
