/**
 * A deadline beside a purpose or a reason with a day of its own (issue 9, 5 December 2026,
 * evening): "To ship by 30 September we'd need your order by 5 June" is due 5 June, "by Thursday,
 * as I need sign-off before the end of the month" Thursday. And a blanked span after a day ("by
 * 22 April, two days ahead of your deadline") no longer loses the day to a chrono quirk. Every
 * line was written for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { US, brief, itemsOf } from './helpers';

describe('the day the need names, not the day of its purpose or reason', () => {
  it.each([
    ['To open the showroom by 30 September we would need your final order by 5 June.', '2026-06-05'],
    ['To bill before the end of April we need your timesheets by 17 April.', '2026-04-17'],
    [
      'Please send the swatches by Thursday, as I need sign-off from our buyer before the end of the month.',
      '2026-03-05',
    ],
    [
      'We need the crates at our depot by 14 May at the latest because the exhibition opens on 2 June.',
      '2026-05-14',
    ],
    ['The board pack is due 29 May so we would need your figures by 26 May.', '2026-05-26'],
    // Said with "for" (6 December 2026, last round).
    ['For a first order delivered by 26 June, we would need your PO by 15 June.', '2026-06-15'],
    ['For an install before 12 October, we need the signed drawings by 18 September.', '2026-09-18'],
  ])('"%s" is due %s', (text, due) => {
    expect(itemsOf(text).map(brief)).toEqual([['request', 'us', due]]);
  });

  it('keeps a promise’s day when a span counted from another day follows it', () => {
    expect(
      itemsOf("You'll have the retouched set by Wednesday 22 April, two days ahead of your launch.", US).map(
        brief,
      ),
    ).toEqual([['deliverable', 'us', '2026-04-22']]);
  });
});
