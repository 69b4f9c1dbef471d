/**
 * Work the writer's side plans over a span of days is its deliverable, due on the span's last
 * day (issue 9, 6 December 2026, late): "We'd install over 12-15 May with two fitters" is the
 * 15th. A span of presence or of sessions keeps its first day, and a question plans nothing.
 * Every line was written for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { dateContext, resolveDue } from '../../../src/extract/dates';
import { schedulesWorkOverSpan } from '../../../src/extract/workSpan';
import { CLIENT, MONDAY, US, brief, itemsOf } from './helpers';

describe('work planned over a span of days', () => {
  it.each([
    ["We'd install over 12-15 May with two fitters.", '2026-05-15'],
    ['We can do the inspections over June 8-11.', '2026-06-11'],
    ['Installation would run April 20-24.', '2026-04-24'],
    ['The resurfacing itself runs 6-9 July.', '2026-07-09'],
    ['The east-wing work runs 14-17 April.', '2026-04-17'],
    ['Our two engineers can survey the site Tuesday 7 April to Thursday 9 April.', '2026-04-09'],
    ['we dismantle from Monday 18 May to Friday 22 May.', '2026-05-22'],
    ["We'd build on Wednesday 20 and Thursday 21 May.", '2026-05-21'],
  ])('"%s" is the writer\'s deliverable, due %s', (text, due) => {
    expect(itemsOf(text, CLIENT).map(brief)).toEqual([['deliverable', 'client', due]]);
  });

  it('binds us when we write it', () => {
    expect(itemsOf("We'd repaint the hall over 12-15 May.", US).map(brief)).toEqual([
      ['deliverable', 'us', '2026-05-15'],
    ]);
  });
});

describe('spans that are not work to finish', () => {
  it("being on site keeps the span's first day", () => {
    const ctx = dateContext(MONDAY, 'America/New_York', false);
    expect(resolveDue('We will be on site 11-22 May.', ctx).due).toBe('2026-05-11');
  });

  it.each([
    'Our crew would be on site from 11 May to 22 May.',
    'We can do two shows a day June 8 to 10.',
    'Could we install over 12-15 May?',
    "We'd install on 12 May at 9-11am.",
    'We install 4-6 weeks after the permit is approved.',
  ])('"%s" is no work over a span', (text) => {
    expect(schedulesWorkOverSpan(text)).toBe(false);
  });
});
