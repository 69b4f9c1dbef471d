import { APP_ROOT, MAIL_LIST, READING_PANE } from './selectors';

/**
 * Makes room for Accord's panel as a column of its own: Outlook's whole app narrows by the
 * panel's width, the way it does for its own side panes (My Day, Copilot), so no part of a
 * message lies under the panel. Measured in the 2026-12 fixtures in Chromium at 1280 and
 * 1920 px (test/e2e/outlook-sidebar.e2e.ts): with the app root narrowed, the reading pane's
 * flex layout gives the space back from the message column, and every message body ends
 * left of the panel.
 *
 * One element changes, by inline style only, and the returned undo restores exactly what
 * was there: Outlook's own stylesheets and the user's pane sizes are left alone.
 */

/** The element to narrow: `#appRoot`, else the child of `<body>` that holds the mail. */
export function findAppRoot(doc: Document): HTMLElement | null {
  const root = doc.querySelector<HTMLElement>(APP_ROOT);
  if (root) return root;
  const mail = doc.querySelector(READING_PANE) ?? doc.querySelector(MAIL_LIST);
  let node = mail;
  while (node && node.parentElement && node.parentElement !== doc.body) node = node.parentElement;
  return node && node.parentElement === doc.body ? (node as HTMLElement) : null;
}

const PROPERTIES = ['width', 'max-width', 'box-sizing'] as const;

export function reserveOutlookPanelSpace(doc: Document, widthPx: number): () => void {
  const root = findAppRoot(doc);
  if (!root || !(widthPx > 0)) return () => undefined;
  const before = PROPERTIES.map((name) => ({
    name,
    value: root.style.getPropertyValue(name),
    priority: root.style.getPropertyPriority(name),
  }));
  const width = `calc(100% - ${Math.ceil(widthPx)}px)`;
  root.style.setProperty('box-sizing', 'border-box', 'important');
  root.style.setProperty('width', width, 'important');
  root.style.setProperty('max-width', width, 'important');
  const view = doc.defaultView;
  // Outlook sizes its virtualised list and reading pane on resize: tell it the room changed.
  view?.dispatchEvent(new Event('resize'));
  let undone = false;
  return () => {
    if (undone) return;
    undone = true;
    for (const { name, value, priority } of before) {
      if (value) root.style.setProperty(name, value, priority);
      else root.style.removeProperty(name);
    }
    view?.dispatchEvent(new Event('resize'));
  };
}
