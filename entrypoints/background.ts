import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '../src/messaging/router';
import { isOutboxAlarm } from '../src/calendar/outboxAlarm';
import { createHandlers } from '../src/worker/handlers';
import { retryOutbox, sharedCalendarEnv } from '../src/worker/reviewHandlers';
import { reinjectIntoOpenTabs } from '../src/worker/reinject';
import { wireReminders } from '../src/worker/reminderWiring';
import { ledger } from '../src/worker/ledgerConnection';
import { migrateLegacyOutbox } from '../src/worker/outboxStore';
import { restrictLocalStorage } from '../src/worker/storageAccess';
import { openDashboard } from '../src/worker/openDashboard';
import { afterStartup } from '../src/worker/startupChores';
import { chromeOffscreenHost, createWarmExtractor } from '../src/worker/warmExtractor';
import { whenMailTabSpeaks } from '../src/worker/mailTabStart';

export default defineBackground(() => {
  // storage.local to Accord's own pages and worker only: a content script runs beside
  // untrusted mail and must not write what the worker reads (docs/ledger.md, issue 10).
  void restrictLocalStorage(browser.storage.local);

  const senders = {
    extensionId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
  };
  // Where threads are extracted: Chrome's offscreen document when it is there (null in Firefox).
  const warm = createWarmExtractor({ host: chromeOffscreenHost() });
  const route = createRouter(createHandlers(undefined, undefined, warm.extract), {
    ...senders,
    log: (line) => console.warn(`[accord] ${line}`),
  });
  // A mail tab that talks to the worker (its page's start) is about to open threads: the warm
  // document is made then, not on the session's first open, which it would otherwise leave cold.
  const mailTabSpoke = whenMailTabSpeaks(senders, () => warm.prewarm());

  // The ledger opens now, while Chrome is still delivering the message that woke the worker
  // (a panel's thread.open needs it); left to that message, the open was on a cold fill's path
  // (the start-up chores used to open it here). A failed open is not kept
  // (ledgerConnection.ts): the message's own call tries again.
  void ledger().catch(() => undefined);

  // Registered at top level so a restarted worker hears the message that woke it.
  browser.runtime.onMessage.addListener((message, sender, sendResponse?: (reply: unknown) => void) => {
    const reply = route(message, sender);
    // After the reply has left, so the page's start does not wait for it.
    const afterwards = () => mailTabSpoke(sender);
    // Chrome answers through sendResponse (return true keeps the channel open);
    // WXT's fakeBrowser and Firefox take the returned promise.
    if (typeof sendResponse === 'function') {
      void reply.then(sendResponse).then(afterwards);
      return true;
    }
    void reply.then(afterwards);
    return reply;
  });

  // Calendar bookings waiting in the outbox: the alarm (set before each request) wakes a
  // stopped worker to finish them; a worker starting for any other reason tries a second
  // later, after the message that woke it (startupChores.ts).
  const retry = () =>
    migrateLegacyOutbox(browser.storage.local, ledger)
      .then(({ dropped }) => {
        if (dropped > 0)
          console.warn(`[accord] dropped ${dropped} outbox entries the ledger does not vouch for`);
        return retryOutbox(sharedCalendarEnv());
      })
      .catch((e: unknown) =>
        console.warn(`[accord] outbox retry failed: ${e instanceof Error ? e.message : String(e)}`),
      );
  browser.alarms.onAlarm.addListener((alarm) => {
    if (isOutboxAlarm(alarm)) void retry();
  });
  afterStartup(() => void retry());

  // Reminders before due dates: one alarm for the next one, worked out again from the ledger.
  wireReminders(undefined, afterStartup);
  // The toolbar button: the dashboard (Chrome MV3 `action`; Firefox MV3 too).
  browser.action.onClicked.addListener(() => void openDashboard());

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void reinjectIntoOpenTabs();
  });
});
