/**
 * The writer's situation set out before the ask asks nothing of itself (issue 9, 6 December 2026,
 * afternoon): the tuning part annotates 2 of 47 "We have a …" openings. Every sentence was written
 * for this file. Sent Monday 2 March 2026 by the client.
 */
import { describe, expect, it } from 'vitest';
import { writersSituation } from '../../../src/extract/situation';
import { brief, itemsOf } from './helpers';

describe("the writer's situation", () => {
  it.each([
    'We have 3 pallets of ceramic tiles ready at our supplier in Castellón.',
    'Also, we have a gala dinner for 220 guests on Friday 20 March.',
    'We have a 1920s oak sideboard with water damage along the top.',
    "We've got two forklifts (a 2.5 t Linde and a 3 t Toyota) due for their annual service.",
  ])('"%s" is no item', (text) => {
    expect(writersSituation(text)).toBe(true);
    expect(itemsOf(text)).toEqual([]);
  });

  it('leaves the ask that follows it', () => {
    const items = itemsOf(
      'We have 3 pallets of ceramic tiles ready in Castellón. Could you quote door-to-door?',
    );
    expect(items.map(brief)).toEqual([['request', 'us', null]]);
  });

  it.each([
    'We have a set of supplier contracts that we need translated by Friday.',
    "We have a wedding on Saturday 14 March and we'd love you to play at the ceremony.",
    'We have a new hire starting on Monday; could you set up her laptop?',
  ])('keeps a need, a wish or an ask in the same clause: "%s"', (text) => {
    expect(writersSituation(text)).toBe(false);
  });
});
