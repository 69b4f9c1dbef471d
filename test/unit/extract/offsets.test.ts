import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { CLIENT, message, thread } from './helpers';

describe('offsets', () => {
  it('point into the original text, before any stripping or normalising', () => {
    const text =
      '\uFEFFHi Dana,\r\n\r\n  - Could you share the logo files by Thursday?\r\n  - We’ll send the brand guidelines by Friday.\r\n\r\nOn Mon, Mar 2, 2026 at 9:15 AM Dana wrote:\r\n> old';
    const r = extractThread(thread([message(text, { from: CLIENT })]));
    expect(r.expectations.map((e) => e.text)).toEqual([
      'Could you share the logo files by Thursday?',
      'We’ll send the brand guidelines by Friday.',
    ]);
    for (const e of r.expectations) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('are per message in a thread', () => {
    const a = message('Please send the deck by Friday.', { id: 'a' });
    const b = message('Sure. I will send the deck by Thursday.', {
      id: 'b',
      from: { name: 'Dana', email: 'dana@northwind.io' },
    });
    const r = extractThread(thread([a, b]));
    for (const e of r.expectations) {
      const m = e.messageId === 'a' ? a : b;
      expect(m.text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(r.expectations.map((e) => e.messageId)).toEqual(['a', 'b']);
  });
});
