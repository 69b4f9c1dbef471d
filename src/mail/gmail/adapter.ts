import type { HostAdapter } from '../adapter';
import { readGmailAccountName } from './accountName';
import { openReplyWithText } from './compose';
import { readGmailIdentity } from './identity';
import { gmailMessageBodies } from './messageBodies';
import { findThreadRoot } from './mountPoint';
import { reserveGmailPanelSpace } from './panelSpace';
import { runInSlices } from '../slices';
import { readGmailThreadSteps } from './readThread';
import { THREAD_READY_SELECTOR } from './selectors';
import { findReadingPane, gmailRoute } from './threadRoute';

/** Gmail behind the host-neutral interface the content script's controller uses. */
export const gmailAdapter: HostAdapter = {
  host: 'gmail',
  route: (href, doc) => gmailRoute(href, doc),
  readingPane: (doc) => findReadingPane(doc),
  threadReadySelector: THREAD_READY_SELECTOR,
  // Gmail swaps whole view containers when it changes view, so an observer on the main area
  // of the list can be left watching a detached subtree. The body is the stable root; the
  // observer lives only while a thread is loading and does one querySelector per batch.
  observeRoot: (doc) => doc.body,
  messagesRoot: (doc) => findThreadRoot(doc),
  readThread: (doc, location, signal) => runInSlices(readGmailThreadSteps(doc, location), signal),
  readAccount: (doc) => readGmailIdentity(doc).email,
  readAccountName: readGmailAccountName,
  messageBodies: gmailMessageBodies,
  openReply: (doc, text) => openReplyWithText(doc, text),
  reservePanelSpace: reserveGmailPanelSpace,
};
