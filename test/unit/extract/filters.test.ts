import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { liveRanges } from '../../../src/extract/quoted';
import { CLIENT, one } from './helpers';

const texts = (text: string, subject?: string) =>
  extractThread(one(text, subject ? { subject } : {})).expectations.map((e) => e.text);

describe('what must not be proposed', () => {
  it('skips quoted history after "On … wrote:", including a wrapped header', () => {
    const body = `Sounds good.\n\nOn Mon, Mar 2, 2026 at 9:15 AM Dana Lee <dana@northwind.io>\nwrote:\n> I'll send the deck Monday.\n> Could you share the logos?`;
    expect(texts(body)).toEqual([]);
  });

  it('skips ">" lines but keeps answers written between them', () => {
    const body =
      '> Can you confirm the date?\nYes.\n> Will you need redirects?\nCould you send the redirect map by the 20th?';
    expect(texts(body)).toEqual(['Could you send the redirect map by the 20th?']);
  });

  it('skips Outlook "Original Message" and "From: … Sent: …" blocks', () => {
    expect(
      texts(
        'Noted.\n\n-----Original Message-----\nFrom: Dana\nSent: Monday\n\nPlease send the deck by Friday.',
      ),
    ).toEqual([]);
    expect(
      texts(
        'Noted.\n\nFrom: Dana Lee <dana@northwind.io>\nSent: Monday, March 2, 2026\nTo: Sam\n\nPlease send it.',
      ),
    ).toEqual([]);
  });

  it('skips signatures after "-- " and after a sign-off', () => {
    expect(
      texts('Please send the deck by Friday.\n\n-- \nSam Ortiz\nPlease call me on 555-0100'),
    ).toHaveLength(1);
    expect(texts('Please send the deck by Friday.\n\nThanks,\nSam\nCall me: 555-0100')).toHaveLength(1);
  });

  it('skips legal footers', () => {
    const footer =
      'This email and any attachments are confidential. If you have received this email in error please notify the sender immediately.';
    expect(texts(`Please send the deck by Friday.\n\n${footer}`)).toEqual([
      'Please send the deck by Friday.',
    ]);
  });

  it('skips newsletters and out-of-office replies', () => {
    expect(texts('Register now! Please book your seat by Friday.\n\nUnsubscribe | View in browser')).toEqual(
      [],
    );
    expect(texts('I am out of the office until Monday. Please contact Sam for anything urgent.')).toEqual([]);
    expect(texts('Please send the deck.', 'Automatic reply: Deck')).toEqual([]);
  });

  it.each([
    ['a pleasantry', 'Let me know if you have any questions.'],
    ['a pleasantry', 'Please do not hesitate to contact me.'],
    ['a past event', 'We sent the report last week.'],
    ['a negation', 'We did not commit to the dashboard.'],
    ['a negation', "We won't be paying for travel this quarter."],
    ['a hypothetical', 'We might extend into Q4.'],
    ['a hypothetical', 'If the budget allows, we could add a podcast tour.'],
    ['marketing', 'Click here to claim your discount today!'],
  ])('skips %s: "%s"', (_what, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('keeps a direct ask after a conditional opening', () => {
    expect(texts('If the numbers look right, please sign by Friday.')).toEqual(['please sign by Friday.']);
  });

  it('returns the live ranges as lines of the original text', () => {
    const text = 'Hi,\nPlease send it.\n> quoted\nThanks,\nSam';
    expect(liveRanges(text).map((r) => text.slice(r.start, r.end))).toEqual(['Hi,', 'Please send it.']);
  });

  it('reads a message from the client the same with Windows line endings', () => {
    const unix = extractThread(one('Hi,\nPlease send the deck by Friday.\n\nThanks,\nSam', { from: CLIENT }));
    const crlf = extractThread(
      one('Hi,\r\nPlease send the deck by Friday.\r\n\r\nThanks,\r\nSam', { from: CLIENT }),
    );
    expect(crlf.expectations.map((e) => [e.text, e.due])).toEqual(
      unix.expectations.map((e) => [e.text, e.due]),
    );
  });
});
