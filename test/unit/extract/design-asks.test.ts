/**
 * How a thing of the work should be, said to the side doing it (issue 9): "The kitchen should
 * face the garden", "Invoices should be addressed to …", "Can the home office be moved to the
 * ground floor?" ask the reader for a change; a forecast ("The parcel should arrive Monday")
 * asks nothing, and a move to a place is no drift of a date. Every sentence was written for
 * this file.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { CLIENT, one } from './helpers';

const read = (text: string) => extractThread(one(`Hi Dana,\n\n${text}\n\nSam`, { from: CLIENT }));

describe('a thing that should be so', () => {
  it.each([
    'The living room should face the lake, not the road.',
    'Invoices should be addressed to our accounts team, attention Priya Shah.',
    'The signed originals should go to our office on Elm Street.',
    'The website footer should list both office addresses.',
  ])('"%s" asks the reader for it', (sentence) => {
    const found = read(sentence).expectations;
    expect(found.map((e) => [e.kind, e.owner])).toEqual([['request', 'us']]);
  });

  it.each([
    'The parcel should arrive Monday.',
    'That should be fine.',
    'The invoice should be paid next week.',
  ])('"%s" asks nothing', (sentence) => {
    expect(read(sentence).expectations.filter((e) => e.kind === 'request')).toEqual([]);
  });
});

describe('a change of place asked', () => {
  it('is a request, not a drift of a date', () => {
    const result = read('Can the guest bathroom be moved to the north wall?');
    expect(result.signals).toEqual([]);
    expect(result.expectations.map((e) => [e.kind, e.owner])).toEqual([['request', 'us']]);
  });

  it('a move to a day is still a drift', () => {
    const result = read('Could the site visit be moved to next Thursday?');
    expect(result.signals.map((s) => s.type)).toEqual(['drift']);
  });
});

describe("a team on the writer's side that will need something from the reader", () => {
  it('is a request of the reader, dated', () => {
    const found = read(
      'IT security will need an updated pen-test report and the completed questionnaire from you by 25 March.',
    ).expectations;
    expect(found.map((e) => [e.kind, e.owner, e.due])).toEqual([['request', 'us', '2026-03-25']]);
  });
});
