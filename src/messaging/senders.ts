import type { SenderKind } from './protocol';

/**
 * The mail hosts whose content scripts may talk to the worker: Gmail and the four Outlook on
 * the web hosts (work/school, Microsoft 365's newer domain, personal). Keep in step with
 * host_permissions and the content scripts' matches.
 */
export const MAIL_ORIGINS: readonly string[] = [
  'https://mail.google.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook.cloud.microsoft',
  'https://outlook.live.com',
];

/** The part of `runtime.MessageSender` we look at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: unknown;
}

/**
 * Which kind of our own contexts sent a message, or null when it is not one of ours:
 * another extension, a web page, or a content script on a host we do not serve.
 */
export function classifySender(
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): SenderKind | null {
  if (sender.id !== extensionId || !sender.url) return null;
  // By prefix: URL.origin is "null" for chrome-extension: URLs outside a browser.
  if (sender.url.startsWith(`${extensionOrigin}/`)) return 'page';
  const origin = sender.origin ?? safeOrigin(sender.url);
  if (sender.tab && origin && MAIL_ORIGINS.includes(origin)) return 'content';
  return null;
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
