/**
 * Keyboard shortcuts. Views declare theirs on the buttons themselves: `data-key="d"` on a
 * button inside a row (`data-row`) is pressed by "d" while focus is in that row;
 * `data-page-key` is pressed from anywhere on the page. Both also carry
 * `aria-keyshortcuts`, so screen readers announce them. `?` lists them all.
 */
export interface Shortcut {
  keys: string;
  what: string;
}

export const SHORTCUTS: { group: string; list: Shortcut[] }[] = [
  {
    group: 'Anywhere',
    list: [
      { keys: 't', what: 'Today' },
      { keys: 'c', what: 'Clients' },
      { keys: 's', what: 'Settings' },
      { keys: '/', what: 'Search clients' },
      { keys: 'j / k', what: 'Next / previous row' },
      { keys: '?', what: 'This list' },
      { keys: 'Esc', what: 'Close this list or a form' },
    ],
  },
  {
    group: 'On a row',
    list: [
      { keys: 'Enter', what: 'Open the client (on a client row or link)' },
      { keys: 'd', what: 'Mark done' },
      { keys: 'e', what: 'Edit' },
      { keys: 'n', what: 'Renegotiate' },
      { keys: 'm', what: 'Move to another client' },
      { keys: 'x', what: 'Mark as extra (done items)' },
    ],
  },
  {
    group: 'On a client page',
    list: [
      { keys: 'a', what: 'Add an item' },
      { keys: 'r', what: 'Prepare a recap' },
      { keys: 'v', what: 'Schedule a review' },
      { keys: 'p', what: 'Printable summary' },
    ],
  },
];

export type NavigationKey = 't' | 'c' | 's';
export const NAVIGATION: Record<NavigationKey, string> = { t: '#/today', c: '#/clients', s: '#/settings' };

/** Whether a key press belongs to a field the user is typing in. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Moves focus to the next or previous row of the page; returns whether there was one. */
export function moveRow(doc: Document, step: 1 | -1): boolean {
  const rows = [...doc.querySelectorAll<HTMLElement>('[data-row]')];
  if (rows.length === 0) return false;
  const current = rows.findIndex((r) => r.contains(doc.activeElement));
  const next = rows[current === -1 ? (step === 1 ? 0 : rows.length - 1) : current + step];
  if (!next) return false;
  next.focus();
  next.scrollIntoView({ block: 'nearest' });
  return true;
}

/** Presses the row's (else the page's) button for `key`; returns whether one was found. */
export function pressShortcut(doc: Document, key: string): boolean {
  const row = (doc.activeElement as HTMLElement | null)?.closest('[data-row]');
  const escaped = CSS.escape(key);
  const button =
    row?.querySelector<HTMLElement>(`[data-key="${escaped}"]:not([disabled])`) ??
    doc.querySelector<HTMLElement>(`[data-page-key="${escaped}"]:not([disabled])`);
  if (!button) return false;
  button.click();
  return true;
}
