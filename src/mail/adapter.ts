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
  /**
   * Thread or list: from the page URL, and from the page when given one (a thread shown in
   * a reading pane beside the list may leave the URL on the list).
   */
  route(href: string, doc?: Document): Route;
  /**
   * The reading pane of a split view, when the page has one: watched while it is on screen,
   * because opening a thread there may not change the URL.
   */
  readingPane?(doc: Document): Element | null;
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
  /**
   * Reads the open thread in short slices, letting the page run between them
   * (src/mail/slices.ts), so a heavy thread never makes one long task on the host's page.
   * Rejects with the signal's reason once `signal` aborts; the rest is left unread.
   */
  readThread(doc: Document, location: { href: string }, signal?: AbortSignal): Promise<ReadResult>;
  /** The signed-in account's address, when the page shows it. */
  readAccount(doc: Document): string | null;
  /** The signed-in account's display name (to sign a recap), when the page shows it. */
  readAccountName(doc: Document): string | null;
  /** The body element of each expanded message, keyed by the MailMessage.id readThread gives. */
  messageBodies(doc: Document): Map<string, Element>;
  /** Opens the host's own reply to the open thread and writes `text` at its top; never sends. */
  openReply(doc: Document, text: string): Promise<ReplyResult>;
  /**
   * Narrows the host's own layout by `widthPx` at the right, so the panel takes a column of
   * its own instead of covering the mail; returns the undo. Called while the panel is shown
   * and expanded, undone when it is collapsed, hidden or the content script ends. A host
   * that cannot make room leaves this out.
   */
  reservePanelSpace?(doc: Document, widthPx: number): () => void;
  /**
   * The open conversation's id as Microsoft Graph knows it (Outlook's `data-convid`), so the
   * worker can read it exactly when the user turned that on; null when the page does not
   * show one. Hosts without Graph leave this out.
   */
  conversationId?(doc: Document): string | null;
}
