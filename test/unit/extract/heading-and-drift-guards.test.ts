/**
 * Guards from a read-only review of the night of 3 December 2026's rules (docs/extract.md): each
 * input was read right before those rules, read wrong by their first version, and must stay right.
 * The date is Monday 2 March 2026.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { CLIENT, one, US } from './helpers';

const read = (text: string, from = CLIENT) => extractThread(one(text, { from }));
const items = (text: string, from = CLIENT) => read(text, from).expectations.map((e) => [e.kind, e.owner]);

describe("a recap list keeps the clause rules' reading of its lines", () => {
  it('"Next steps" from the client lists its asks of us, from us our asks of the client', () => {
    expect(
      items('Next steps:\n- Send the signed contract by Friday\n- Share brand guidelines by 10 March'),
    ).toEqual([
      ['request', 'us'],
      ['request', 'us'],
    ]);
    expect(items('Next steps:\n- Sign and return the contract by Friday', US)).toEqual([
      ['request', 'client'],
    ]);
  });

  it('"Planning permission" and "A few questions on scope" head no plan of the work', () => {
    expect(items('Planning permission\n- Submitted 3 March\n- Decision expected by 28 April')).toEqual([]);
    expect(items('A few questions on scope:\n- Hosting on your servers\n- Two languages', US)).toEqual([]);
  });
});

describe('meetings on a plan', () => {
  it('need a day or a time, and a meeting noun that is not a verb', () => {
    expect(items('Deliverables:\n- Workshop: facilitation deck by 10 March', US)).toEqual([
      ['deliverable', 'us'],
    ]);
    expect(items('Next steps:\n- Sync with legal on the contract')).not.toContainEqual(['meeting', 'us']);
    expect(items('Scope of works\n- Meetings: 2 on site per month', US)).not.toContainEqual([
      'meeting',
      'client',
    ]);
  });
});

describe('street addresses', () => {
  it('a line that goes on after the address is an item', () => {
    expect(
      items(
        'Site visits:\n- 10 High St, Leeds – Tuesday 10 March\n- 4 Mill Lane, York – Thursday 12 March',
        US,
      ),
    ).toHaveLength(2);
    expect(items('12 Hope St, Brunswick by Friday please.')).toEqual([['request', 'us']]);
  });
});

describe('drift', () => {
  it('an ask with a new date is still an ask', () => {
    expect(items('Could you send the files on 17 March instead of 12 March?')).toEqual([['request', 'us']]);
  });

  it('"will move to" a thing that is not a day is no drift', () => {
    for (const text of [
      'Billing will move to monthly from April.',
      'Sam will move to marketing next month.',
      'Our support desk will move to Nextcloud.',
    ])
      expect(read(text).signals, text).toEqual([]);
  });
});

describe('a one-line schedule with a part for the reader', () => {
  it('is left to the clause rules', () => {
    expect(
      items('Timeline: drafts by 10 March, your feedback by 17 March, final by 24 March, as discussed.', US),
    ).not.toEqual([
      ['deliverable', 'us'],
      ['deliverable', 'us'],
      ['deliverable', 'us'],
    ]);
  });
});
