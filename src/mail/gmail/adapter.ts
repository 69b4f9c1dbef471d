import type { HostAdapter } from '../adapter';
import { readGmailIdentity } from './identity';
import { findThreadRoot } from './mountPoint';
import { readGmailThread } from './readThread';
import { MAIN, THREAD_READY_SELECTOR } from './selectors';
import { parseGmailRoute } from './threadRoute';

/** Gmail behind the host-neutral interface the content script's controller uses. */
export const gmailAdapter: HostAdapter = {
  host: 'gmail',
  route: parseGmailRoute,
  threadReadySelector: THREAD_READY_SELECTOR,
  observeRoot: (doc) => doc.querySelector(MAIN)?.parentElement ?? null,
  messagesRoot: (doc) => findThreadRoot(doc),
  readThread: (doc, location) => readGmailThread(doc, location),
  readAccount: (doc) => readGmailIdentity(doc).email,
};
