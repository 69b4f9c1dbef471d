/**
 * A 1 MB message is read correctly: the live obligations are found wherever they are and the
 * quoted megabyte below them is ignored. No timing here (budgets are checked in the bench).
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { message, thread } from './helpers';

const MB = 1024 * 1024;

describe('1 MB input', () => {
  it('finds the obligations in a 1 MB message of ordinary prose', () => {
    const filler = 'The quarterly numbers look steady and the team is in good spirits. ';
    let text = 'Could you share the logo files by Thursday?\n\n';
    while (text.length < MB) text += filler;
    text += "\n\nI'll send the signed SOW by Friday.";
    const r = extractThread(thread([message(text)]));
    expect(r.expectations.map((e) => [e.text, e.due])).toEqual([
      ['Could you share the logo files by Thursday?', '2026-03-05'],
      ["I'll send the signed SOW by Friday.", '2026-03-06'],
    ]);
    for (const e of r.expectations) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('ignores a megabyte of quoted history below the reply', () => {
    let quoted = '';
    while (quoted.length < MB)
      quoted += '> Please send the deck by Friday. We need the logo files by Monday.\n';
    const text = `Please send the budget by Wednesday.\n\nOn Mon, Mar 2, 2026 at 9:15 AM Dana wrote:\n${quoted}`;
    const r = extractThread(thread([message(text)]));
    expect(r.expectations.map((e) => e.text)).toEqual(['Please send the budget by Wednesday.']);
  });

  it('returns nothing for a megabyte without sentence breaks and without throwing', () => {
    const text = 'x'.repeat(MB);
    expect(extractThread(thread([message(text)]))).toEqual({ expectations: [], signals: [] });
  });
});

describe('5 MB of valid sentences (issue 10, item 9)', () => {
  it('returns every obligation without overflowing the stack', () => {
    const sentence = "I'll send the signed SOW by Friday. ";
    const text = sentence.repeat(Math.ceil((5 * MB) / sentence.length));
    const r = extractThread(thread([message(text)]));
    // One obligation per sentence: ~145,000, more than a spread argument list can carry.
    expect(r.expectations.length).toBe(Math.ceil((5 * MB) / sentence.length));
    expect(r.expectations.at(-1)).toMatchObject({
      text: "I'll send the signed SOW by Friday.",
      due: '2026-03-06',
    });
  }, 120_000);
});
