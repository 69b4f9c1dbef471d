/**
 * What the intent model may lean towards and still never offer (7 December 2026, with the model
 * retrained to read a clause without its opening greeting or name): a forecast of when a thing
 * will happen, a report of work done, a guess about a state, and a contact line for a kind of
 * matter. Every sentence was written for this file.
 */
import { describe, expect, it } from 'vitest';
import { kindsOf, US } from './helpers';

const asks = (text: string, from = US) =>
  kindsOf(text, from).filter((k) => k[0] === 'request' || k[0] === 'meeting');

describe('never an ask, however the model leans', () => {
  it.each([
    'Your new tyres should be fitted on Thursday.',
    'The parts should arrive Monday morning.',
    'The survey team finished early, by 2pm.',
    'Our electrician fixed the fault this morning.',
    'It must be a relief to have the lease signed.',
    'That must have been a nightmare for your team.',
    'For urgent breakdowns please call our depot on 0800 555 0101.',
  ])('"%s"', (text) => {
    expect(asks(text)).toEqual([]);
  });
});

describe('still asks', () => {
  it.each([
    'The drawings should be sent to me by Friday.',
    'The work should be finished before the opening on Friday 12 June.',
    'The crew finished early, could you check the finish today?',
    'Could you call our depot on 0800 555 0101 tomorrow?',
  ])('"%s"', (text) => {
    expect(asks(text)).not.toEqual([]);
  });
});
