/**
 * The two mail hosts as the open-a-thread benchmark drives them: how to serve the stand-in
 * app, how its list and thread are reached (Gmail: the hash; Outlook: a click on a list row,
 * which calls history.pushState), and which element says "the thread is in the DOM".
 */
import type { BrowserContext, Page } from 'playwright-core';
import { serveHost } from '../e2e/browser';
import { gmailScreens, mailboxResponder } from '../fixtures/mailbox/mailbox';
import { outlookResponder, outlookScreens } from '../fixtures/mailbox/outlookMailbox';

export interface BenchHost {
  name: 'gmail' | 'outlook';
  describe: string;
  serve(context: BrowserContext, initial: 'list' | 'thread'): Promise<void>;
  listUrl: string;
  threadUrl: string;
  /** Run in the page: the element whose insertion means the thread is rendered. */
  threadInDom: string;
  /** Run in the page: start opening the thread the way the host's app does. */
  openThreadScript: string;
  backToList(page: Page): Promise<void>;
}

const GMAIL_SCREENS = gmailScreens().filter((s) => /inbox-list|long-20-messages/.test(s.fixture));
const GMAIL_THREAD = GMAIL_SCREENS.find((s) => s.fixture.includes('long-20'))!.hash;

export const GMAIL: BenchHost = {
  name: 'gmail',
  describe: '20 messages',
  async serve(context, initial) {
    await serveHost(
      context,
      'https://mail.google.com',
      mailboxResponder(GMAIL_SCREENS, () => (initial === 'list' ? 'inbox' : GMAIL_THREAD)),
    );
  },
  listUrl: 'https://mail.google.com/mail/u/0/#inbox',
  threadUrl: `https://mail.google.com/mail/u/0/#${GMAIL_THREAD}`,
  threadInDom: 'h2.hP',
  openThreadScript: `location.hash = ${JSON.stringify(GMAIL_THREAD)}`,
  async backToList(page) {
    await page.evaluate(() => (location.hash = 'inbox'));
  },
};

const OUTLOOK_SCREENS = outlookScreens().filter(
  (s) => s.origin === 'https://outlook.office365.com' || s.fixture.endsWith('inbox-list.html'),
);
const OUTLOOK_THREAD = outlookScreens().find((s) => s.fixture.endsWith('long-conversation.html'))!;

export const OUTLOOK: BenchHost = {
  name: 'outlook',
  describe: '12 messages',
  async serve(context) {
    // The long conversation is served on outlook.office365.com, with the inbox there too.
    const screens = [
      OUTLOOK_THREAD,
      {
        ...OUTLOOK_SCREENS.find((s) => s.fixture.endsWith('inbox-list.html'))!,
        origin: OUTLOOK_THREAD.origin,
      },
    ];
    await serveHost(context, OUTLOOK_THREAD.origin, outlookResponder(OUTLOOK_THREAD.origin, screens));
  },
  listUrl: `${OUTLOOK_THREAD.origin}/mail/inbox`,
  threadUrl: `${OUTLOOK_THREAD.origin}${OUTLOOK_THREAD.path}`,
  threadInDom: '#ConversationReadingPaneContainer [data-testid="SentReceivedSavedTime"]',
  openThreadScript: `document.querySelector('#MailList [role="option"][data-convid=${JSON.stringify(OUTLOOK_THREAD.convId)}]').click()`,
  async backToList(page) {
    await page.locator('[role="treeitem"][data-folder-name="inbox"]').first().click();
  },
};
