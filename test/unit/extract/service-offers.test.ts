/**
 * Work the writer's side offers to do at a time (issue 9, the small hours of 6 December 2026):
 * "Our surveyor Priya can do the drainage survey on Tuesday 10 March or Thursday 12 March -
 * which suits?", "We can offer Monday 16 March for the lift", "we can fit the week of 23 March".
 * The work is the writer's deliverable, not a time proposed to meet; a time offered for a call
 * ("I can do Wednesday at 10") and the writer's purpose after an ask ("please sign by Friday so
 * we can start on Monday") stay as they were. Every line was written for this file. Sent Monday
 * 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { US, brief, itemsOf } from './helpers';

describe('a piece of work offered at a time', () => {
  it.each([
    ['Our surveyor Priya can do the drainage survey on Tuesday 10 March or Thursday 12 March - which suits?'],
    ['We can offer Monday 16 March for the lift, with the boat back in the water by Friday 20 March.'],
    ['Installation: we can fit the week of 23 March.'],
  ])('"%s" is the writer’s deliverable', (text) => {
    const items = itemsOf(text, US).map(brief);
    expect(items).toHaveLength(1);
    expect(items[0]!.slice(0, 2)).toEqual(['deliverable', 'us']);
  });

  it('"Please sign the order by Friday so we can start on Monday" still asks the reader', () => {
    expect(itemsOf('Please sign the order by Friday so we can start on Monday.', US).map(brief)).toEqual([
      ['request', 'client', '2026-03-06'],
    ]);
  });

  it('"We can do a tasting next Tuesday at 1pm" is no piece of work', () => {
    expect(itemsOf('We can do a tasting next Tuesday at 1pm.', US).map((e) => e.kind)).not.toContain(
      'deliverable',
    );
  });
});

// Third round of 7 December 2026: a name opening the clause, or a colleague named in full.
describe('work offered by someone of the writer’s side named', () => {
  it.each([
    ['Luis and his crew can start on Monday, March 16.', '2026-03-16'],
    ['Mike can do both inspections on Thursday, March 19, starting at 9 am.', '2026-03-19'],
  ])('"%s" is the writer’s deliverable', (text, due) => {
    expect(itemsOf(text, US).map(brief)).toEqual([['deliverable', 'us', due]]);
  });

  it('"He can do the try-in on Wednesday" is left to the rules for pronouns', () => {
    expect(itemsOf('He can do the try-in on Wednesday 11 March at 8:30.', US).map(brief)).not.toContainEqual([
      'deliverable',
      'us',
      '2026-03-11',
    ]);
  });
});

describe('a pro forma announced', () => {
  it('"Proforma PF-26-3318 for € 7.164,00 is attached" is the reader’s payment', () => {
    const text = 'Proforma PF-26-3318 for € 7.164,00 is attached.';
    expect(itemsOf(text, US).map((e) => [e.kind, e.owner, e.amount?.value])).toEqual([
      ['payment', 'client', 7164],
    ]);
  });

  it('"Rachel in our accounts team will email the pro forma for £8,375.40 this afternoon" is the reader’s payment', () => {
    const text = 'Rachel in our accounts team will email the pro forma for £8,375.40 this afternoon.';
    expect(itemsOf(text, US).map((e) => [e.kind, e.owner, e.amount?.value])).toEqual([
      ['payment', 'client', 8375.4],
    ]);
  });
});

// Fourth round of 7 December 2026: "could" offers the work as "can" does. The tuning part annotates
// 30 supplier offers "We could do the job on <day>" as the writer's deliverable due that day; the
// rules had read most of them as a time put to the reader.
describe('work offered with "could"', () => {
  it.each([
    ['We could do the whole roof on Saturday 14 March, starting at 8am with two fitters.', '2026-03-14'],
    ['Our engineers could install the barrier on Thursday 12 March, before you open.', '2026-03-12'],
  ])('"%s" is the writer’s deliverable due that day', (text, due) => {
    expect(itemsOf(text, US).map(brief)).toEqual([['deliverable', 'us', due]]);
  });

  it('"We could offer Tuesday 10 March at 15:00 or Wednesday 11 March at 9:00" offers times to meet', () => {
    expect(
      itemsOf('We could offer Tuesday 10 March at 15:00 or Wednesday 11 March at 9:00 for the call.', US).map(
        (e) => e.kind,
      ),
    ).not.toContain('deliverable');
  });

  it('"Anna could do the briefing on Tuesday 10 March at 14:00" is a meeting, not work', () => {
    expect(
      itemsOf(
        'Anna could do the briefing on Tuesday 10 March at 14:00 or Thursday 12 March at 9:00.',
        US,
      ).map((e) => e.kind),
    ).not.toContain('deliverable');
  });
});
