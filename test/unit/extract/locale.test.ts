import { describe, expect, it } from 'vitest';
import { guessDayFirst } from '../../../src/extract/locale';

describe('day-first guess', () => {
  it('reads American writers month-first', () => {
    expect(guessDayFirst('sam@acme.com', 'Can you send it by 3/4?')).toBe(false);
  });

  it('reads .uk, .au and pound-sterling threads day-first', () => {
    expect(guessDayFirst('tom@harrowgate.co.uk', 'by 3/4')).toBe(true);
    expect(guessDayFirst('mia@saltbush.com.au', 'by 3/4')).toBe(true);
    expect(guessDayFirst('sam@acme.com', 'the fee is £4,000, due 3/4')).toBe(true);
    expect(guessDayFirst('sam@acme.com', 'shall we say 15 May? by 3/4')).toBe(true);
  });

  it('lets an unambiguous slash date in the thread decide', () => {
    expect(guessDayFirst('tom@harrowgate.co.uk', 'as of 3/25, by 3/4')).toBe(false);
    expect(guessDayFirst('sam@acme.com', 'since 25/3, by 3/4')).toBe(true);
  });

  it('does not take 24/7 as a date', () => {
    expect(guessDayFirst('sam@acme.com', '24/7 support, by 3/4')).toBe(false);
  });
});
