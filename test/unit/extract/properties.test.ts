/**
 * Property-based robustness: whatever the text, extraction never throws and every span it
 * returns lies inside its message and slices to exactly its text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../src/core/expectation';
import { extractThread } from '../../../src/extract/index';
import { message, thread, US } from './helpers';

function assertSound(text: string, result: ExtractionResult) {
  for (const item of [...result.expectations, ...result.signals]) {
    expect(item.start).toBeGreaterThanOrEqual(0);
    expect(item.end).toBeLessThanOrEqual(text.length);
    expect(item.start).toBeLessThan(item.end);
    expect(text.slice(item.start, item.end)).toBe(item.text);
  }
  for (const e of result.expectations) {
    expect(e.confidence).toBeGreaterThanOrEqual(0);
    expect(e.confidence).toBeLessThanOrEqual(1);
    if (e.due !== null) expect(e.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
}

const run = (text: string, sentAt = '2026-03-02T09:15:00-05:00', fromUs = false) => {
  const result = extractThread(thread([message(text, { sentAt, ...(fromUs ? { from: US } : {}) })]));
  assertSound(text, result);
  return result;
};

const phrases = [
  "I'll send the deck by Friday.",
  'Could you share the logo files by Thursday?',
  'Payment of $5,000 is due net 30.',
  'EUR 3.000,50 within 30 days',
  'Can we push it to 3/27?',
  '> quoted line',
  'On Mon, Mar 2, 2026 at 9:15 AM Sam wrote:',
  '-- ',
  'Thanks,',
  'Attached is the proposal.',
  '<div class="x">please <b>sign</b> by 15/4</div>',
  '&nbsp;&amp;&lt;',
  'مرحبا، هل يمكنك إرسال الملف بحلول الجمعة؟',
  'שלום, אנא שלחו את הקובץ עד יום שישי',
  '請在星期五之前發送文件',
  '🎉🚀 can u send it tmrw?? 👍🏽',
  'by 31/02/2026',
  'on 13/13',
  'on February 30th',
  'at 25:61',
  'net 99999',
  'within 0 days',
  '\u202Eplease send\u202C',
  '\u0000\uFFFF\uD800',
];

describe('robustness', () => {
  it('never throws and keeps spans inside the text for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'grapheme' }), (text) => {
        run(text);
      }),
      { numRuns: 300 },
    );
  });

  it('stays sound for full Unicode, lone surrogates and control characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (text) => {
        run(text);
      }),
      { numRuns: 300 },
    );
  });

  it('stays sound for mixtures of email phrasings, HTML remnants, RTL scripts, emoji and malformed dates', () => {
    const piece = fc.oneof(fc.constantFrom(...phrases), fc.string({ maxLength: 20 }));
    const sep = fc.constantFrom(' ', '\n', '\n\n', '\r\n', '. ', '; ', ', and ', '\t', '');
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, sep), { maxLength: 30 }), fc.boolean(), (parts, fromUs) => {
        run(parts.map(([p, s]) => p + s).join(''), '2026-03-02T09:15:00-05:00', fromUs);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts any valid sent time and time zone', () => {
    const zones = [
      'America/New_York',
      'Europe/London',
      'Asia/Kolkata',
      'Pacific/Chatham',
      'UTC',
      'Australia/Lord_Howe',
    ];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1971-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }),
        fc.constantFrom(...zones),
        fc.constantFrom(...phrases),
        (date, timeZone, text) => {
          const result = extractThread(thread([message(text, { sentAt: date.toISOString() })], { timeZone }));
          assertSound(text, result);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('stays sound on huge messages built from long lines, long words and many short lines', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...phrases),
        fc.integer({ min: 1_000, max: 20_000 }),
        fc.constantFrom('a', ' ', '\n', '9', '.', '$', '0,'),
        (phrase, n, filler) => {
          const text = filler.repeat(n) + ' ' + phrase + ' ' + filler.repeat(n);
          run(text);
        },
      ),
      { numRuns: 25 },
    );
  });
});
