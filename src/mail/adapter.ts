import type { MailHost, Thread } from '../core';

export type Route = { kind: 'thread'; threadId: string } | { kind: 'list' };

export type ReadResult = { ok: true; thread: Thread } | { ok: false; reason: string };

/** Whether the host's reply now holds the text, or why not (a plain sentence for the user). */
export type ReplyResult = { ok: true } | { ok: false; reason: string };

/**
 * What the content script needs from a mail host. One implementation per host
 * (src/mail/gmail, src/mail/outlook); the controller knows none of their selectors.
 */
export interface HostAdapter {
  host: MailHost;
  /** Thread or list, from the page URL alone. */
  route(href: string): Route;
  /**
   * True when the host moves between views with `history.pushState` (Outlook) rather than
   * the hash (Gmail): the controller then also follows the app's own changes to the URL.
   */
  historyNavigation?: boolean;
  /** Matches once the open thread is rendered (the element is replaced per thread). */
  threadReadySelector: string;
  /** The smallest stable element whose subtree changes when a thread opens. */
  observeRoot(doc: Document): Element | null;
  /** The element holding the messages, watched for expansions while a thread is open. */
  messagesRoot(doc: Document): Element | null;
  readThread(doc: Document, location: { href: string }): ReadResult;
  /** The signed-in account's address, when the page shows it. */
  readAccount(doc: Document): string | null;
  /** The signed-in account's display name (to sign a recap), when the page shows it. */
  readAccountName(doc: Document): string | null;
  /** The body element of each expanded message, keyed by the MailMessage.id readThread gives. */
  messageBodies(doc: Document): Map<string, Element>;
  /** Opens the host's own reply to the open thread and writes `text` at its top; never sends. */
  openReply(doc: Document, text: string): Promise<ReplyResult>;
  /**
   * Narrows the host's layout by `widthPx` so the panel takes a column of its own, and
   * returns the undo. Called while the panel is visible and expanded.
   */
  reservePanelSpace?(doc: Document, widthPx: number): () => void;
}
