/**
 * The Outlook stand-in pages name no weekday-only stamp on that same weekday (the adapter
 * declines to guess there), so e2e runs and benches read the same conversation any day.
 */
import { withoutTodaysWeekday } from '../../fixtures/mailbox/outlookMailbox';

describe('withoutTodaysWeekday', () => {
  it("moves a stamp on today's weekday two days back and leaves the others", () => {
    const friday = new Date(2026, 11, 4, 18, 0);
    expect(withoutTodaysWeekday('<b>Fri 2:05 PM</b><b>Thu 9:15 AM</b>', friday)).toBe(
      '<b>Wed 2:05 PM</b><b>Thu 9:15 AM</b>',
    );
    const thursday = new Date(2026, 11, 3, 18, 0);
    expect(withoutTodaysWeekday('<b>Fri 2:05 PM</b>', thursday)).toBe('<b>Fri 2:05 PM</b>');
  });
});
