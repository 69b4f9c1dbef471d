/** Item 2 of issue 9: a future sentence is a commitment only when it obliges someone to the other side. */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { isStatusOnly, isThirdPartyCommit } from '../../../src/extract/obligation';
import { CLIENT, one, US } from './helpers';

const found = (text: string, from = CLIENT) => extractThread(one(text, { from })).expectations;

describe('status and availability oblige nobody', () => {
  it.each([
    'He will be in the office tomorrow.',
    'I shall be in NYC May 17th through 19th.',
    "I'll discuss with Carlos.",
    'FYI, I will be in all this week.',
    "We'll be away from the 3rd to the 10th.",
    'Our designer will be off on Friday.',
    "I'll be working from home on Wednesday but reachable by phone.",
    'She will be on leave until the 28th.',
    "I'll be slow to reply next week.",
    "We'll regroup when I'm back.",
    'He will be in the office tomorrow if you want to call him about the setup.',
  ])('proposes nothing for "%s"', (text) => {
    expect(found(text)).toEqual([]);
    expect(found(text, US)).toEqual([]);
  });

  it('still reads a commitment that obliges the writer to the reader', () => {
    expect(found("I'll send the revised budget by Friday.")).toMatchObject([
      { owner: 'client', kind: 'deliverable', due: '2026-03-06' },
    ]);
    expect(found("I'll discuss it with you on Thursday.", US)).toHaveLength(1);
    expect(found("I'll check with our designer and get back to you by Friday.", US)).toMatchObject([
      { owner: 'us', due: '2026-03-06' },
    ]);
  });

  it('keeps being on site when it is the job itself', () => {
    expect(found('Our fitter will be there at 8am on Thursday to install the shelving.', US)).toMatchObject([
      { owner: 'us', due: '2026-03-05', dueTime: '08:00' },
    ]);
    expect(isStatusOnly("I'll be at your office at 9 to run the workshop")).toBe(false);
    expect(isStatusOnly("I'll be at the trade fair in Hamburg on Tuesday")).toBe(true);
  });

  it("binds the writer's side for a named colleague or a role, even without a date", () => {
    expect(found('Our bookkeeper, Ana, will send you the receipts.')).toMatchObject([
      { owner: 'client', kind: 'deliverable', due: null },
    ]);
    expect(found('Our office manager will book the meeting room.', US)).toMatchObject([{ owner: 'us' }]);
    expect(isThirdPartyCommit('Our office manager will book the meeting room')).toBe(true);
    expect(isThirdPartyCommit('Our office manager will be in Leeds')).toBe(false);
  });

  it('does not turn a role into a commitment', () => {
    expect(found('Elena will approve the designs.')).toEqual([]);
  });
});
