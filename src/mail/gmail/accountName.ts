import { ACCOUNT_BUTTON, MAIN, TOP_BAR } from './selectors';

/**
 * The signed-in user's display name from Google's account button ("Google Account: Dana
 * Whitfield (dana@northwind.io)"), for signing a recap. Never from the main area: anything
 * there may come from an email. Null when the label has no name in it.
 */
export function readGmailAccountName(doc: Document): string | null {
  for (const bar of Array.from(doc.querySelectorAll(TOP_BAR))) {
    if (bar.closest(MAIN)) continue;
    for (const button of Array.from(bar.querySelectorAll(ACCOUNT_BUTTON))) {
      const label = (button.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ');
      const name = /:\s*([^()]+?)\s*\(/.exec(label)?.[1]?.trim();
      if (name) return name;
    }
  }
  return null;
}
