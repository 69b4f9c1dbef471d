/**
 * The plain shape every mail host adapter produces. Nothing here knows about Gmail's
 * or Outlook's DOM: adapters translate the page into these types and everything
 * downstream (extraction, client resolution, the sidebar) reads only these.
 */

/** A mailbox: display name as the host shows it, address lower-cased. */
export interface Person {
  name: string;
  email: string;
}

export interface MailMessage {
  /** Stable across page loads (Gmail: the legacy message id; Outlook: the item id). */
  id: string;
  from: Person;
  to: Person[];
  cc: Person[];
  /** ISO 8601 with an offset, e.g. `2026-03-02T09:15:00-05:00`. */
  sentAt: string;
  subject?: string;
  /**
   * Body as plain text. Adapters strip quoted history and signatures when the DOM
   * marks them; the extractor strips what is left in plain text ("On … wrote:", `>`).
   */
  text: string;
  /** False for a collapsed message whose body is only the host's snippet. */
  fullyRead: boolean;
}

export type MailHost = 'gmail' | 'outlook';

export interface Thread {
  host: MailHost;
  /** The host's thread id (Gmail: the legacy thread id from the hash). */
  id: string;
  /** A URL that opens this thread again. */
  url: string;
  subject: string;
  messages: MailMessage[];
}

/** Who "we" are: the signed-in user's addresses and organisation domains. */
export interface Identity {
  emails: string[];
  domains: string[];
}
