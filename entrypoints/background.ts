import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '../src/messaging/router';
import { isOutboxAlarm } from '../src/calendar/outboxAlarm';
import { createHandlers } from '../src/worker/handlers';
import { retryOutbox, sharedCalendarEnv } from '../src/worker/reviewHandlers';
import { reinjectIntoOpenTabs } from '../src/worker/reinject';
import { openDashboard } from '../src/worker/openDashboard';

export default defineBackground(() => {
  const route = createRouter(createHandlers(), {
    extensionId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    log: (line) => console.warn(`[accord] ${line}`),
  });

  // Registered at top level so a restarted worker hears the message that woke it.
  browser.runtime.onMessage.addListener((message, sender, sendResponse?: (reply: unknown) => void) => {
    const reply = route(message, sender);
    // Chrome answers through sendResponse (return true keeps the channel open);
    // WXT's fakeBrowser and Firefox take the returned promise.
    if (typeof sendResponse === 'function') {
      void reply.then(sendResponse);
      return true;
    }
    return reply;
  });

  // Calendar bookings waiting in the outbox: the alarm (set before each request) wakes a
  // stopped worker to finish them; a worker starting for any other reason tries at once.
  const retry = () =>
    retryOutbox(sharedCalendarEnv()).catch((e: unknown) =>
      console.warn(`[accord] outbox retry failed: ${e instanceof Error ? e.message : String(e)}`),
    );
  browser.alarms.onAlarm.addListener((alarm) => {
    if (isOutboxAlarm(alarm)) void retry();
  });
  void retry();

  // The toolbar button: the dashboard (Chrome MV3 `action`; Firefox MV3 too).
  browser.action.onClicked.addListener(() => void openDashboard());

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void reinjectIntoOpenTabs();
  });
});
