/**
 * Housekeeping a starting worker does for its own sake (finishing calendar bookings left in
 * the outbox, setting the next reminder's alarm), put off for a second: long enough for the
 * message that woke it (a panel's first fill) to be answered first. Done at once, it ran beside
 * the first message and its IndexedDB reads and Intl set-up held that message's reply back:
 * ~20 ms of a cold panel fill, ~40 ms under load
 * (measured with scripts/trace-cold-open.ts, 2026-12-03).
 *
 * A plain timer, not chrome.alarms: the wait is short and within the worker's life (Chrome
 * stops a worker after 30 s idle, and every event that starts one keeps it longer than this).
 * If the worker is stopped first, nothing is lost: the next start, the outbox alarm and the
 * reminders alarm each run the same work again.
 */
export const STARTUP_CHORES_DELAY_MS = 1000;

export function afterStartup(work: () => void, delayMs = STARTUP_CHORES_DELAY_MS): void {
  setTimeout(work, delayMs);
}
