/**
 * The chrome.alarms side of the outbox. An alarm is set as soon as a booking is written to the
 * outbox, before the request: if the worker stops mid-request, the alarm still wakes it to
 * finish the booking. The worker's alarm listener calls retryPending (service.ts).
 */

export const OUTBOX_ALARM = 'accord.calendar.outbox-retry';

/** The slice of `browser.alarms` used here. */
export interface AlarmsApi {
  create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): Promise<void> | void;
  clear(name: string): Promise<boolean> | Promise<void> | void;
}

/** Chrome fires alarms no sooner than 30 seconds; retry after one minute, then every five. */
export async function scheduleOutboxRetry(
  alarms: AlarmsApi,
  delayInMinutes = 1,
  periodInMinutes = 5,
): Promise<void> {
  await alarms.create(OUTBOX_ALARM, { delayInMinutes: Math.max(0.5, delayInMinutes), periodInMinutes });
}

export async function clearOutboxRetry(alarms: AlarmsApi): Promise<void> {
  await alarms.clear(OUTBOX_ALARM);
}

export function isOutboxAlarm(alarm: { name: string }): boolean {
  return alarm.name === OUTBOX_ALARM;
}
