/** Gmail host adapter: turns the Gmail page into plain Thread / identity data. */
export { readGmailThread, type ReadResult } from './readThread';
export { parseGmailRoute, gmailRoute, findReadingPane, isThreadToken, type GmailRoute } from './threadRoute';
export { readGmailIdentity, type PageIdentity } from './identity';
export { findThreadRoot, findSubjectHeading, THREAD_READY_SELECTOR } from './mountPoint';
export { localZoneOffset, gmailDateToIso, type ZoneOffset, type WallClock } from './gmailDate';
export { MESSAGE as MESSAGE_SELECTOR, MAIN as MAIN_SELECTOR } from './selectors';
