import { ACCOUNT_BUTTON, MAIN, TOP_BAR } from './selectors';

/**
 * The signed-in account's address, as the Gmail page shows it.
 *
 * First the document title, which Gmail writes as "<view or subject> - <address> - Gmail".
 * A subject can itself contain " - x@y - Gmail", so the address is taken from the end.
 * Then the account button in Google's top bar ("Google Account: Dana (dana@northwind.io)").
 * Never from the main area: anything there may come from an email.
 */
export interface PageIdentity {
  email: string | null;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

function fromTitle(title: string): string | null {
  const parts = title.split(' - ').map((p) => p.trim());
  // The last part is the product name ("Gmail", or a Workspace organisation's own name).
  if (parts.length < 3) return null;
  const candidate = parts[parts.length - 2] ?? '';
  const match = candidate.match(EMAIL);
  return match?.length === 1 && match[0] === candidate ? candidate.toLowerCase() : null;
}

function fromAccountButton(doc: Document): string | null {
  for (const bar of Array.from(doc.querySelectorAll(TOP_BAR))) {
    if (bar.closest(MAIN)) continue;
    for (const button of Array.from(bar.querySelectorAll(ACCOUNT_BUTTON))) {
      const found = (button.getAttribute('aria-label') ?? '').match(EMAIL);
      const last = found?.[found.length - 1];
      if (last) return last.toLowerCase();
    }
  }
  return null;
}

export function readGmailIdentity(doc: Document): PageIdentity {
  return { email: fromTitle(doc.title) ?? fromAccountButton(doc) };
}
