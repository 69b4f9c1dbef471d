import fc from 'fast-check';
import * as v from 'valibot';
import type { MailMessage, Thread } from '../../../src/core';
import { MAIL_LIMITS } from '../../../src/core/mailLimits';
import { clampThread } from '../../../src/mail/clampThread';
import { ThreadSchema } from '../../../src/messaging/schemas';

const message = (overrides: Partial<MailMessage> = {}): MailMessage => ({
  id: 'm1',
  from: { name: 'Priya Raman', email: 'priya@acme.com' },
  to: [{ name: 'Dana Lee', email: 'dana@northwind.io' }],
  cc: [],
  sentAt: '2026-03-02T09:15:00-05:00',
  text: "I'll send the revised proposal by Friday.",
  fullyRead: true,
  ...overrides,
});
const thread = (messages: MailMessage[], subject = 'Proposal'): Thread => ({
  host: 'gmail',
  id: 't1',
  url: 'https://mail.google.com/mail/u/0/#inbox/t1',
  subject,
  messages,
});
const accepted = (t: Thread) => v.safeParse(ThreadSchema, t).success;

describe('clampThread (issue 10, item 7)', () => {
  it('leaves a thread that fits as it is, with nothing to say', () => {
    const t = thread([message()]);
    expect(clampThread(t)).toEqual({ thread: t, truncated: [] });
  });

  it('shortens a sender name over 500 characters instead of having the thread refused', () => {
    const t = thread([message({ from: { name: 'S'.repeat(501), email: 'sam@acme.com' } })]);
    expect(accepted(t)).toBe(false); // what the worker refused before
    const { thread: clamped, truncated } = clampThread(t);
    expect(accepted(clamped)).toBe(true);
    expect(clamped.messages[0]!.from).toEqual({ name: 'S'.repeat(500), email: 'sam@acme.com' });
    expect(truncated).toEqual(['A name longer than 500 characters was shortened.']);
  });

  it('reads a body over 1 MB up to the limit, keeping every promise before it', () => {
    const promise = "I'll send the revised proposal by Friday. ";
    const text = promise + 'x'.repeat(MAIL_LIMITS.bodyChars);
    const t = thread([message({ text }), message({ id: 'm2', text: text + 'y' })]);
    expect(accepted(t)).toBe(false);
    const { thread: clamped, truncated } = clampThread(t);
    expect(accepted(clamped)).toBe(true);
    expect(clamped.messages.map((m) => m.text.length)).toEqual([
      MAIL_LIMITS.bodyChars,
      MAIL_LIMITS.bodyChars,
    ]);
    expect(clamped.messages[0]!.text.startsWith(promise)).toBe(true);
    expect(truncated).toEqual([
      '2 messages longer than 1,000,000 characters were read only up to that point.',
    ]);
  });

  it('never splits a character made of two code units', () => {
    const name = 'a'.repeat(499) + '😀' + 'b';
    const { thread: clamped } = clampThread(thread([message({ from: { name, email: 'sam@acme.com' } })]));
    expect(clamped.messages[0]!.from.name).toBe('a'.repeat(499));
  });

  it('keeps the latest 500 messages and the first 500 recipients, and says so', () => {
    const many = Array.from({ length: 502 }, (_, i) => message({ id: `m${i}` }));
    many[501] = message({
      id: 'm501',
      cc: Array.from({ length: 501 }, (_, i) => ({ name: '', email: `p${i}@acme.com` })),
    });
    const { thread: clamped, truncated } = clampThread(thread(many, 'S'.repeat(2001)));
    expect(accepted(clamped)).toBe(true);
    expect(clamped.messages[0]!.id).toBe('m2');
    expect(clamped.messages.at(-1)!.cc).toHaveLength(500);
    expect(truncated).toEqual([
      'A subject longer than 2,000 characters was shortened.',
      'Only the first 500 recipients of a message were read.',
      'This thread has more than 500 messages; the 2 oldest were not read.',
    ]);
  });

  it('always produces what the worker accepts, whatever the lengths of names and subjects', () => {
    const long = (max: number) =>
      fc.tuple(fc.string({ maxLength: 3 }), fc.nat(max)).map(([unit, n]) => (unit || 'x').repeat(n));
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ from: long(1200), to: fc.array(long(1200), { maxLength: 3 }), subject: long(5000) }),
          { minLength: 1, maxLength: 4 },
        ),
        long(5000),
        (messages, subject) => {
          const t = thread(
            messages.map((m, i) =>
              message({
                id: `m${i}`,
                from: { name: m.from, email: 'sam@acme.com' },
                to: m.to.map((name) => ({ name, email: 'dana@northwind.io' })),
                subject: m.subject,
              }),
            ),
            subject,
          );
          const { thread: clamped, truncated } = clampThread(t);
          expect(accepted(clamped)).toBe(true);
          expect(truncated.length > 0).toBe(!accepted(t));
        },
      ),
      { numRuns: 200 },
    );
  });
});
