/**
 * A payment named only as a list's occasion is not what the list is of (issue 9, the night of
 * 6 December 2026): under "Also required before your first payment certificate:" the lines are
 * documents the supplier provides, not sums anyone pays. Every line was written for this file.
 * Sent from Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { CLIENT, US, message, thread } from './helpers';

function linesUnder(heading: string) {
  const result = extractThread(
    thread([
      message('Our quote for the joinery is attached: $48,200 for both floors, invoiced monthly.', {
        id: 'u1',
        from: US,
      }),
      message(
        [
          'Hi Dana,',
          '',
          'We pay against your invoice each month.',
          '',
          heading,
          '- Letter of good standing',
          '- Current tax clearance certificate',
          '',
          'Sam',
        ].join('\n'),
        { id: 'c1', from: CLIENT, sentAt: '2026-03-04T10:00:00-05:00' },
      ),
    ]),
  );
  return result.expectations
    .filter((e) => e.messageId === 'c1' && /good standing|tax clearance/.test(e.text))
    .map((e) => [e.kind, e.owner]);
}

describe('a payment as the occasion of a list', () => {
  it.each(['Also required before your first payment certificate:', 'Needed to process your first invoice:'])(
    'under "%s" the lines are the supplier\'s to provide',
    (heading) => {
      expect(linesUnder(heading)).toEqual([
        ['request', 'us'],
        ['request', 'us'],
      ]);
    },
  );

  it('a payment heading still lists payments ("Payment schedule:")', () => {
    const result = extractThread(
      thread([
        message(['Payment schedule:', '- $4,000 on signing', '- $6,000 on completion'].join('\n'), {
          from: US,
        }),
      ]),
    );
    expect(result.expectations.map((e) => e.kind)).toEqual(['payment', 'payment']);
  });
});
