import type { Person } from '../../core/mail';
import { isInsideBody } from './domQuery';
import { ACCOUNT_ADDRESS, ACCOUNT_BUTTON, ACCOUNT_NAME, MAILBOX_ROOT } from './selectors';

/**
 * The signed-in account, from Outlook's own chrome only: the account manager ("MeControl")
 * in the header and the primary mailbox in the folder tree. Never from a reading pane: a
 * sender can write anything there. Work/school and personal accounts both have them.
 */

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

function chrome(doc: Document, selector: string): Element | null {
  for (const el of Array.from(doc.querySelectorAll(selector))) if (!isInsideBody(el)) return el;
  return null;
}

function text(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function readOutlookAccount(doc: Document): string | null {
  const candidates = [
    text(chrome(doc, ACCOUNT_ADDRESS)),
    chrome(doc, MAILBOX_ROOT)?.getAttribute('data-folder-name')?.trim() ?? '',
    chrome(doc, MAILBOX_ROOT)?.getAttribute('title')?.trim() ?? '',
    /[^\s()<>]+@[^\s()<>]+/.exec(chrome(doc, ACCOUNT_BUTTON)?.getAttribute('aria-label') ?? '')?.[0] ?? '',
  ];
  const found = candidates.find((c) => EMAIL.test(c));
  return found ? found.toLowerCase() : null;
}

/** The account's display name, for signing a recap. */
export function readOutlookAccountName(doc: Document): string | null {
  const shown = text(chrome(doc, ACCOUNT_NAME));
  if (shown && !shown.includes('@')) return shown;
  const label = chrome(doc, ACCOUNT_BUTTON)?.getAttribute('aria-label') ?? '';
  // "Account manager for Dana Whitfield" / "Konto-Manager für Dana Whitfield".
  const name = /\b(?:for|für)\s+([^()]+?)\s*(?:\(|$)/.exec(label)?.[1]?.trim();
  return name && !name.includes('@') ? name : null;
}

export function readOutlookSelf(doc: Document): Person | null {
  const email = readOutlookAccount(doc);
  return email ? { name: readOutlookAccountName(doc) ?? '', email } : null;
}
