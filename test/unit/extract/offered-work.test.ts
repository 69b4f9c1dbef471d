/**
 * The writer's side offering its own work for a day, with a verb of its trade that no closed list
 * names ("We could core the slab on Tuesday 17 March", "We can sandblast the railings on Friday 13
 * March"), is the writer's deliverable, due that day (offeredWork.ts, 8 December 2026). Before,
 * the intent model read "we could …" as an ask of the reader's. Meetings, visits, terms, capacity
 * and offers that hang on the reader's part stay as they were. Every line was written for this
 * file. The client asks on Sunday 1 March 2026; the user, the supplier, answers on Monday 2 March
 * in New York.
 */
import { describe, expect, it } from 'vitest';
import { offeredWork } from '../../../src/extract/offeredWork';
import { brief, supplierReplyItems } from './helpers';

const ask =
  'We need the basement slab cored for the new drains. When could your team do it, and at what cost?';
const asRequest = { frame: 'request', kind: 'request', confidence: 0.6 } as const;

describe("the writer's work offered for a day", () => {
  it.each([
    ['We could core the slab on Tuesday 17 March.', '2026-03-17'],
    ['We could pressure-test the risers on Tuesday 10 March.', '2026-03-10'],
    ['We can shoot the product range on Tuesday 10 March at our studio.', '2026-03-10'],
  ])('"%s" is the supplier\'s deliverable', (reply, due) => {
    expect(offeredWork(reply, asRequest)).toEqual({ frame: 'commit', kind: 'deliverable', confidence: 0.7 });
    expect(supplierReplyItems(ask, `Hi Sam,\n\n${reply}\n\nBest,\nDana`).map(brief)).toEqual([
      ['deliverable', 'us', due],
    ]);
  });
});

describe('what is not such an offer', () => {
  it.each([
    // A time to meet, a meeting's work, a visit to show or bring something.
    'I could do Wednesday 11 March at 10.',
    'We can make Thursday 12 March after lunch.',
    'I could join you on Friday 13 March at 9.',
    'We could run a demo on Thursday 12 March at 3pm.',
    'I could show you round the yard on Friday 13 March.',
    'I can bring the samples in on Thursday 12 March.',
    // Terms, not work.
    'We can do net 30 from Monday 9 March.',
    // The day is the reader's deadline.
    'We can core the slab on Tuesday 17 March if you confirm by Friday.',
    'We could core it on Tuesday 17 March - let me know by Thursday.',
    // A question, and no time at all.
    'Could we core the slab on Tuesday 17 March?',
    'We could core the slab as well.',
    // Not the writer's side.
    'You could core the slab on Tuesday 17 March.',
    // Meetings, money, waiting, the reader's people and needs (review of 8 December 2026).
    'We could touch base on Friday 6 March to go over the numbers.',
    'We could sit down with your finance team on Tuesday 10 March.',
    'We could set up a Teams session on Thursday afternoon.',
    'We could review it together on Tuesday 10 March.',
    'We could pick this up again on Monday 9 March.',
    'We could use the revised drawings by Friday 6 March.',
    'We could invoice you on Friday 6 March for the first phase.',
    'We could split the fee, with half on Monday 9 March.',
    'We could have your electrician disconnect the supply on Friday 6 March.',
    'Alternatively, we could ask your caretaker to let us in on Saturday 7 March.',
    'We could wait until Friday 13 March before ordering the stone.',
    'We could aim for Friday 13 March for go-live.',
    'We could swap the Thursday slot for Friday 6 March.',
  ])('"%s"', (reply) => {
    expect(offeredWork(reply, asRequest)).toBeNull();
  });

  it('a reading that is not an ask stands', () => {
    const deliverable = { frame: 'commit', kind: 'deliverable', confidence: 0.9 } as const;
    expect(offeredWork('We could core the slab on Tuesday 17 March.', deliverable)).toBeNull();
  });
});
