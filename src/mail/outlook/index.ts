/** Outlook on the web host adapter: turns the Outlook page into plain Thread / identity data. */
export {
  readOutlookThread,
  readOutlookConversation,
  findReadingPane,
  type OutlookReadResult,
} from './readThread';
export { parseOutlookRoute, isOutlookMailUrl, OUTLOOK_HOSTS } from './route';
export { readOutlookAccount, readOutlookAccountName } from './identity';
export { openOutlookReplyWithText } from './compose';
export { reserveOutlookPanelSpace } from './layout';
