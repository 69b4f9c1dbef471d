import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { normalizeText, originalSpan, stripInvisible } from '../../../src/extract/normalize';
import { one } from './helpers';

const only = (text: string) => {
  const r = extractThread(one(text));
  expect(r.expectations).toHaveLength(1);
  const e = r.expectations[0]!;
  expect(text.slice(e.start, e.end)).toBe(e.text);
  return e;
};

describe('amounts written with invisible characters', () => {
  it.each([
    ['zero-width space', 'Please pay $9\u200B,900 by Friday.'],
    ['zero-width joiner', 'Please pay $9\u200D,900 by Friday.'],
    ['word joiner', 'Please pay $9,\u2060900 by Friday.'],
    ['soft hyphen', 'Please pay $9,9\u00AD00 by Friday.'],
    ['byte order mark', 'Please pay \uFEFF$9,900 by Friday.'],
  ])('reads the amount a reader sees through a %s', (_name, text) => {
    const e = only(text);
    expect(e.amount).toEqual({ value: 9900, currency: 'USD' });
    expect(e.amountSuspect).toBeUndefined();
    expect(e.text).toBe(text);
  });

  it('keeps offsets into the original text when invisible characters sit before and inside the sentence', () => {
    const text =
      'Hi\u200B\u200B Dana,\n\nCould you\u200C send the\u2060 logo files by Thursday?\u200B\nThanks';
    const e = only(text);
    expect(e.text).toBe('Could you\u200C send the\u2060 logo files by Thursday?');
    expect(e.due).toBe('2026-03-05');
  });

  it('flags, and does not rewrite, an amount that only reads right under a right-to-left override', () => {
    // Displayed as "Please pay $9,500": the characters are "005,9$" reversed by U+202E.
    const e = only('Please pay \u202E005,9$\u202C by Friday.');
    expect(e.amount).toEqual({ value: 5.9, currency: 'USD' });
    expect(e.amountSuspect).toBe(true);
  });

  it('flags an amount when an override opened earlier in the line still runs over it', () => {
    const e = only('\u202EPlease pay 005,9$ by Friday.');
    expect(e.amountSuspect).toBe(true);
  });

  it.each([
    ['isolate', 'Please pay \u2067$9,500\u2069 by Friday.'],
    ['embedding', 'Please pay \u202B$9,500\u202C by Friday.'],
    ['right-to-left mark', 'Please pay $9,\u200F500 by Friday.'],
  ])('flags an amount read under a bidi %s', (_name, text) => {
    const e = only(text);
    expect(e.amount).toEqual({ value: 9500, currency: 'USD' });
    expect(e.amountSuspect).toBe(true);
  });

  it('does not flag an amount when the direction control is on another line', () => {
    const e = only('\u202Bشكرا\u202C\nPlease pay $9,500 by Friday.');
    expect(e.amount).toEqual({ value: 9500, currency: 'USD' });
    expect(e.amountSuspect).toBeUndefined();
  });

  it('does not flag a sentence without an amount', () => {
    const e = only('Could you \u202Esend\u202C the logo files by Thursday?');
    expect(e.amount).toBeNull();
    expect(e.amountSuspect).toBeUndefined();
  });
});

describe('normalizeText', () => {
  it('maps every span of the normalised text back to the original', () => {
    const original = 'a\u200Bb\u202Ec\u202C d\uFEFF';
    const n = normalizeText(original);
    expect(n.text).toBe('abc d');
    expect(n.bidi).toBe(true);
    expect(originalSpan(n, 0, 3)).toEqual({ start: 0, end: 5 });
    expect(original.slice(originalSpan(n, 4, 5).start, originalSpan(n, 4, 5).end)).toBe('d');
  });

  it('keeps offsets as they are when there is nothing invisible', () => {
    const n = normalizeText('We’ll pay $9,900');
    expect(n).toEqual({ text: "We'll pay $9,900", origin: null, bidi: false });
    expect(stripInvisible('$9\u200B,900')).toBe('$9,900');
  });
});

describe('normalising a long message', () => {
  it('keeps offsets across runs between invisible characters, and maps CR as before', () => {
    const text = 'Pay \u2018now\u2019\u200b\r\nthe $9\u200b,900\u00a0today\rplease';
    const norm = normalizeText(text);
    expect(norm.text).toBe("Pay 'now' \nthe $9,900 today\nplease");
    for (let i = 0; i < norm.text.length; i++) {
      const at = norm.origin![i]!;
      const c = text[at]!;
      // Each kept character comes from the same visible character (or its plain replacement).
      expect(c === norm.text[i] || ["'", ' ', '\n', '-', '"'].includes(norm.text[i]!)).toBe(true);
    }
  });
});
