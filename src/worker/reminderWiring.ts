/**
 * Connects reminders to the browser: the alarm, notification clicks and buttons, and every
 * moment the next reminder time may have moved. Called from the worker's top level, so a
 * worker woken by the alarm or a click hears it.
 */
import { browser } from 'wxt/browser';
import { LEDGER_REVISION_KEY } from './changes';
import { openDashboard } from './openDashboard';
import { ledger } from './ledgerConnection';
import {
  onReminderButton,
  onReminderClicked,
  REMINDER_ALARM,
  runReminders,
  type ReminderEnv,
} from './reminderService';

export function browserReminderEnv(): ReminderEnv {
  const notifications = browser.notifications;
  return {
    db: ledger,
    now: () => Date.now(),
    alarms: browser.alarms,
    notifications: {
      // Firefox refuses notification buttons (an error, not a silent drop): show it without them.
      async create(id, options) {
        try {
          return await notifications.create(id, options);
        } catch (error) {
          if (!options.buttons) throw error;
          const { buttons: _refused, ...plain } = options;
          return notifications.create(id, plain);
        }
      },
      clear: (id) => notifications.clear(id),
    },
    buttons: true,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    openTab: (url) => browser.tabs.create({ url }),
    openToday: () => openDashboard(),
  };
}

/**
 * `atStart` decides when the worker-start pass runs: at once by default (tests), after the
 * waking message in the worker (startupChores.ts).
 */
export function wireReminders(
  env: ReminderEnv = browserReminderEnv(),
  atStart: (work: () => void) => void = (work) => work(),
): void {
  const run = (why: string) =>
    runReminders(env).catch((e: unknown) =>
      console.warn(`[accord] reminders (${why}) failed: ${e instanceof Error ? e.message : String(e)}`),
    );
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void run('alarm');
  });
  // Every ledger or settings write announces itself here (src/worker/changes.ts): a new or
  // moved due date, a status change, new lead times. The worker hears its own writes too.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && LEDGER_REVISION_KEY in changes) void run('ledger change');
  });
  browser.runtime.onStartup.addListener(() => void run('browser start'));
  browser.notifications.onClicked.addListener((id) => void onReminderClicked(env, id).catch(() => undefined));
  browser.notifications.onButtonClicked?.addListener(
    (id, button) => void onReminderButton(env, id, button).catch(() => undefined),
  );
  atStart(() => void run('worker start'));
}
