/**
 * "Please note" before a plain fact informs and asks nothing (issue 9, 7 December 2026, fifth
 * round); before a rule, a need, a prohibition, a price or a deadline it still obliges. Every
 * sentence was written for this file.
 */
import { describe, expect, it } from 'vitest';
import { noticeOnly } from '../../../src/extract/notices';
import { brief, itemsOf } from './helpers';

describe('a "please note" notice', () => {
  it.each([
    ['Please note that the studio is on the 3rd floor and the building has no lift.'],
    ['Please note our warehouse is closed for the holidays from 3 to 21 August.'],
    ['please note our new opening hours from 1 July: Mon–Fri 8am–6pm.'],
    ['Also, please note that I am travelling to Lisbon from 2 to 4 November.'],
    ['Kindly note that the kiln runs cooler at night, so the glaze may be a little matte.'],
  ])('"%s" only informs', (sentence) => {
    expect(noticeOnly(sentence)).toBe(true);
    expect(itemsOf(sentence)).toEqual([]);
  });

  it.each([
    ['Please note that all invoices must quote our PO number.'],
    ['Please note that we need a 230 V socket within 15 m of the stage.'],
    ['Please note: no drilling in the lobby before 9:00.'],
    ['Please note that call-outs after 18:00 are charged at £95 per hour.'],
    ['Please note that the council deadline for the forms is 13 November.'],
    ['Please note that any broken jars are returned at your cost.'],
  ])('"%s" still obliges', (sentence) => {
    expect(noticeOnly(sentence)).toBe(false);
  });

  // The email-intent file counts a "please note" that is no plain fact of hours or places as an
  // ask of the reader; the rule leaves it to the model.
  it('leaves a notice about anything else to the model', () => {
    expect(noticeOnly('Please note that the version you have installed is the full one.')).toBe(false);
  });

  it('leaves the ask beside a notice', () => {
    const text =
      'Hi Dana,\n\nPlease note that our office is closed on Friday. Could you send the floor plan by Thursday?\n\nThanks,\nSam';
    expect(itemsOf(text).map(brief)).toEqual([['request', 'us', '2026-03-05']]);
  });
});
