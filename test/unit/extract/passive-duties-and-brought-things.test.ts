/**
 * Two shapes of owing the rules passed over (issue 9, 5 December 2026, afternoon). Every line was
 * written for this file. Sent Monday 2 March 2026 in New York.
 * - A hand-over or a change said in the passive with a modal of duty ("the deposit has to be paid
 *   within 7 days of signing", "the brackets need to be replaced before the inspection"): owed by
 *   the reader, not a quality bar.
 * - A thing brought to a meeting ("I'll bring two anonymised profiles to Wednesday's meeting"): a
 *   deliverable, which the commitment model had read as news of the writer's whereabouts.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, US, brief, itemsOf } from './helpers';

describe('a passive duty', () => {
  it('after a clause that agrees something is owed of its own', () => {
    expect(
      itemsOf(
        '14 days is fine on the stage claims, but the deposit has to be paid within 7 days of signing.',
        US,
      ).map(brief),
    ).toEqual([['payment', 'client', null]]);
  });

  it.each([
    [
      'The damaged brackets need to be replaced before the inspection on Friday.',
      ['request', 'us', '2026-03-06'],
    ],
    ['All signed timesheets are to be returned by the 10th.', ['request', 'us', '2026-03-10']],
  ] as const)('"%s" is asked of the reader', (text, item) => {
    expect(itemsOf(text, CLIENT).map(brief)).toEqual([item]);
  });

  it('but a prohibition stays a standard', () => {
    expect(
      itemsOf('The brackets must not be replaced until the engineer has seen them.', CLIENT).map(brief),
    ).toEqual([['standard', 'us', null]]);
  });
});

describe('a thing brought to a meeting', () => {
  it('is the writer’s deliverable', () => {
    expect(
      itemsOf("I'll bring two anonymised profiles to Wednesday's meeting so we can calibrate early.", US).map(
        brief,
      ),
    ).toEqual([['deliverable', 'us', '2026-03-04']]);
  });

  it('but a colleague brought along is not', () => {
    expect(itemsOf("I'll bring our design lead to Wednesday's meeting.", US)).toEqual([]);
  });
});

// A visit offered (6 December 2026, midday): 20 of 21 such clauses in the gold set are annotated;
// the commitment model read the ones above as the writer's whereabouts.
describe('a visit offered to the reader', () => {
  it.each([
    'I can come on Wednesday 11 March, arriving around 11:00.',
    'I can be at the warehouse on Thursday 12 March from 9 to assess the damage.',
    'We could be with you on Tuesday 10 March with the tanker.',
  ])('"%s" is offered', (text) => {
    expect(itemsOf(text, US)).toHaveLength(1);
  });

  // Round of 6 December 2026 (evening): the writer's side coming on a day to do the job is its
  // own work, not a meeting for the reader to accept, whoever of its people comes.
  it.each([
    'Our surveyor, Lena Voss, could come to the site on Thursday 12 March at 9:00.',
    'Dr. Okafor can come to your depot on Wednesday 11 March for the inspection.',
    'Hamid, our fitter, and I could be on site on Friday 13 March to measure up.',
    'Wade can be out there Tuesday 10 March around 1 pm.',
    // Second round of 7 December 2026: the job may carry its own words ("a site assessment").
    'Our estimator, Rui Costa, could do a site assessment on Tuesday 10 March at 10am.',
    'Our field tech, Ana Brandt, can do the preliminary drainage survey on Thursday 12 March.',
  ])('"%s" is the writer\'s work', (text) => {
    expect(itemsOf(text, US).map(brief)).toEqual([
      ['deliverable', 'us', expect.stringMatching(/^2026-03-1[0-3]$/)],
    ]);
    expect(itemsOf(text, CLIENT).map(brief)).toEqual([
      ['deliverable', 'client', expect.stringMatching(/^2026-03-1[0-3]$/)],
    ]);
  });

  it('but where the writer will be is still no offer', () => {
    expect(itemsOf('I will be in Boston on Thursday 12 March for a conference.', US)).toEqual([]);
  });
});
