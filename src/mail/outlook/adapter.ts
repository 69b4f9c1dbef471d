import type { HostAdapter } from '../adapter';
import { openOutlookReplyWithText } from './compose';
import { readOutlookAccount, readOutlookAccountName } from './identity';
import { reserveOutlookPanelSpace } from './layout';
import { runInSlices } from '../slices';
import {
  findReadingPane,
  readOutlookConversation,
  readOutlookThreadSteps,
  selectedConversationId,
} from './readThread';
import { parseOutlookRoute } from './route';
import { SENT_AT } from './selectors';

/**
 * The first sent time in a reading pane: Outlook renders it with the conversation's
 * messages, and it is a new element for each conversation opened. Language-independent.
 */
const THREAD_READY = [
  '#ReadingPaneContainerId',
  '#ConversationReadingPaneContainer',
  '[data-app-section="ConversationContainer"]',
  'div[role="main"]',
]
  .map((pane) => `${pane} ${SENT_AT}`)
  .join(', ');

/** Outlook on the web behind the host-neutral interface the content script's controller uses. */
export const outlookAdapter: HostAdapter = {
  host: 'outlook',
  route: parseOutlookRoute,
  historyNavigation: true,
  threadReadySelector: THREAD_READY,
  // Outlook re-renders its panes as React trees; the body is the one element that stays.
  observeRoot: (doc) => doc.body,
  messagesRoot: (doc) => findReadingPane(doc),
  readThread: (doc, location, signal) => runInSlices(readOutlookThreadSteps(doc, location), signal),
  readAccount: readOutlookAccount,
  readAccountName: readOutlookAccountName,
  messageBodies: (doc) => {
    // Ids and body elements only: walking every body's text again here was a long task.
    const read = readOutlookConversation(doc, doc.location ?? { href: '' }, undefined, undefined, true);
    return read.ok ? read.conversation.bodies : new Map();
  },
  openReply: (doc, text) => openOutlookReplyWithText(doc, text),
  reservePanelSpace: reserveOutlookPanelSpace,
  // Only the list row's id is Graph's conversationId; a deep link's URL names a message.
  conversationId: selectedConversationId,
};
