import type { ReplyResult } from '../adapter';
import { isHiddenInline, queryAllOutsideBodies } from './domQuery';
import { COMPOSE_EDITOR, MAIN, REPLY_FOOTER_BUTTON, REPLY_HEADER_BUTTON } from './selectors';

/**
 * "Read it back": opens Gmail's own reply to the open thread and writes a text at the top
 * of it, for the user to edit and send. Accord never presses Send.
 *
 * Gmail's compose is Gmail's: Accord clicks the same Reply button a person would, waits
 * (a MutationObserver on the thread, not polling) for the editor Gmail puts in, and adds
 * plain text lines built as DOM nodes (never markup: the recap holds words from emails),
 * before anything Gmail placed there (the quoted message, the signature). An `input` event
 * then tells Gmail the draft changed, so it saves it as it would after typing.
 */

export type { ReplyResult };

const EDITOR_TIMEOUT_MS = 5000;

export const NO_REPLY_BUTTON =
  'Accord could not find Gmail’s Reply button on this thread. Open the reply yourself and paste the recap.';
export const NO_EDITOR = 'Gmail’s reply window did not open. Try again, or open the reply yourself.';

/** Only Gmail's chrome counts: a sender can put a fake "Reply" button in an email. */
function findOutsideBodies(doc: Document, selector: string): Element[] {
  const scope = doc.querySelector(MAIN) ?? doc.body;
  return scope ? queryAllOutsideBodies(scope, selector) : [];
}

/**
 * Shown on screen: not hidden inline, and (in a real browser) rendered. Gmail can keep
 * several reply footers at once, all but one hidden, for A/B tests.
 */
function isShown(el: Element): boolean {
  if (isHiddenInline(el)) return false;
  const rendered = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof rendered !== 'function' || rendered.call(el);
}

/** The visible footer's Reply (answers the last message), else the last expanded message's reply arrow. */
export function findReplyButton(doc: Document): HTMLElement | null {
  const footer = findOutsideBodies(doc, REPLY_FOOTER_BUTTON).filter(isShown);
  const header = findOutsideBodies(doc, REPLY_HEADER_BUTTON);
  return (footer[footer.length - 1] ?? header[header.length - 1] ?? null) as HTMLElement | null;
}

export function findEditor(doc: Document): HTMLElement | null {
  const editors = findOutsideBodies(doc, COMPOSE_EDITOR);
  return (editors[editors.length - 1] ?? null) as HTMLElement | null;
}

/** Gmail's buttons act on the mouse sequence, not only on `click`: send what a pointer would. */
function press(button: HTMLElement): void {
  const view = button.ownerDocument.defaultView;
  for (const type of ['mousedown', 'mouseup', 'click'] as const) {
    button.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view, button: 0 }));
  }
}

function waitForEditor(doc: Document, timeoutMs: number): Promise<HTMLElement | null> {
  const immediate = findEditor(doc);
  if (immediate) return Promise.resolve(immediate);
  const root = doc.querySelector(MAIN) ?? doc.body;
  if (!root) return Promise.resolve(null);
  return new Promise((resolve) => {
    const finish = (editor: HTMLElement | null) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(editor);
    };
    const observer = new MutationObserver(() => {
      const editor = findEditor(doc);
      if (editor) finish(editor);
    });
    // Gmail puts the inline reply inside the thread; a pop-out compose sits outside MAIN,
    // which is why the timeout's last look also searches the whole page.
    observer.observe(root, { childList: true, subtree: true });
    const timer = setTimeout(() => finish(findEditor(doc)), timeoutMs);
  });
}

/** Text as Gmail's own editor writes it: one `<div>` per line, `<div><br></div>` for a blank one. */
export function textToLines(doc: Document, text: string): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const line of text.split(/\r?\n/)) {
    const div = doc.createElement('div');
    if (line === '') div.append(doc.createElement('br'));
    else div.append(doc.createTextNode(line));
    fragment.append(div);
  }
  return fragment;
}

export function insertAtStart(editor: HTMLElement, text: string): void {
  const doc = editor.ownerDocument;
  const fragment = textToLines(doc, text);
  // A blank line between the recap and whatever Gmail put in the reply already.
  const gap = doc.createElement('div');
  gap.append(doc.createElement('br'));
  fragment.append(gap);
  editor.insertBefore(fragment, editor.firstChild);
  editor.focus();
  const view = doc.defaultView;
  const InputEventCtor = view?.InputEvent ?? view?.Event ?? Event;
  editor.dispatchEvent(
    new InputEventCtor('input', { bubbles: true, inputType: 'insertText' } as InputEventInit),
  );
}

/**
 * Opens a reply to the open thread (or uses the reply the user already has open) and puts
 * `text` at its top. Resolves with a reason to show the user when Gmail's Reply button or
 * editor cannot be found.
 */
export async function openReplyWithText(
  doc: Document,
  text: string,
  options: { timeoutMs?: number } = {},
): Promise<ReplyResult> {
  let editor = findEditor(doc);
  if (!editor) {
    const button = findReplyButton(doc);
    if (!button) return { ok: false, reason: NO_REPLY_BUTTON };
    press(button);
    editor = await waitForEditor(doc, options.timeoutMs ?? EDITOR_TIMEOUT_MS);
  }
  if (!editor) return { ok: false, reason: NO_EDITOR };
  insertAtStart(editor, text);
  return { ok: true };
}
