/**
 * A plan's line labelled with whose step it is, in more words than a name ("Your sign-off on the
 * samples: by Tuesday 17 March") binds that side; a label that is a clause of its own ("Our
 * accounts team are fussy: …") names no one (issue 9, 6 December 2026, last round).
 */
import { describe, expect, it } from 'vitest';
import { lineSide } from '../../../src/extract/lists';
import { brief, itemsOf, US } from './helpers';

const noNames = { writer: [], reader: [] };

describe('a plan line labelled by its side', () => {
  it('binds the reader when the label starts with "your"', () => {
    const text = [
      'Hi Sam,',
      '',
      'Timeline:',
      '- Test batch: Thursday 12 March, samples to you the same afternoon',
      '- Your sign-off on the samples: by Tuesday 17 March',
      '- Your labels at our plant: by Friday 27 March',
      '',
      'Dana',
    ].join('\n');
    expect(itemsOf(text, US).map(brief)).toEqual([
      ['deliverable', 'us', '2026-03-12'],
      ['request', 'client', '2026-03-17'],
      ['request', 'client', '2026-03-27'],
    ]);
  });

  it.each([
    ['Your sign-off on the samples: by Tuesday 17 March', 'reader'],
    ['Our QA lead on site: Ahmed, from 8am', 'writer'],
    ['Our accounts team are fussy: every invoice needs a PO number.', null],
  ])('"%s" is named for %s', (line, side) => {
    expect(lineSide(line, noNames)).toBe(side);
  });
});
