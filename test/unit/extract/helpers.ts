/** Builders for one-message and multi-message threads in tests. */
import { expect } from 'vitest';
import { extractThread, type ExtractionInput, type ExtractionMessage } from '../../../src/extract/index';
import { sentenceNoise } from '../../../src/extract/noise';

export const US = { name: 'Dana Lee', email: 'dana@northwind.io' };
export const CLIENT = { name: 'Sam Ortiz', email: 'sam@acme.com' };
export const UK_CLIENT = { name: 'Tom Hale', email: 'tom@harrowgate.co.uk' };

/** Monday 2 March 2026, 09:15 in New York. */
export const MONDAY = '2026-03-02T09:15:00-05:00';

export function message(text: string, over: Partial<ExtractionMessage> = {}): ExtractionMessage {
  const from = over.from ?? CLIENT;
  return {
    id: 'm1',
    from,
    to: [from.email === US.email ? CLIENT : US],
    cc: [],
    sentAt: MONDAY,
    text,
    ...over,
  };
}

export function thread(messages: ExtractionMessage[], over: Partial<ExtractionInput> = {}): ExtractionInput {
  return {
    self: { emails: [US.email], domains: ['northwind.io'] },
    timeZone: 'America/New_York',
    messages,
    ...over,
  };
}

export function one(
  text: string,
  over: Partial<ExtractionMessage> = {},
  threadOver: Partial<ExtractionInput> = {},
) {
  return thread([message(text, over)], threadOver);
}

/** The expectations of one message written by `from` (the client unless told). */
export function itemsOf(text: string, from = CLIENT) {
  return extractThread(one(text, { from })).expectations;
}

/** An expectation's kind, owner and due day, for comparing lists of them. */
export const brief = (e: { kind: string; owner: string; due: string | null }) => [e.kind, e.owner, e.due];

/** Each text is an out-of-office kind of line: noise 'ooo', and no expectation at all. */
export function expectAwayNotes(texts: string[]): void {
  for (const text of texts) {
    expect(sentenceNoise(text), text).toBe('ooo');
    expect(itemsOf(text), text).toEqual([]);
  }
}

/**
 * Kind, owner and due day of each expectation in one message written by `from` (the client
 * unless told), the text set between a greeting and a sign-off as real mail has it.
 */
export function kindsOf(text: string, from = CLIENT) {
  return extractThread(one(`Hi,\n\n${text}\n\nThanks`, { from })).expectations.map(brief);
}

/**
 * The client asks `ask` (sent Sunday 1 March 2026); the user, the supplier, answers with `reply`
 * on Monday 2 March. The answer's expectations.
 */
export function supplierReplyItems(ask: string, reply: string) {
  const asked = message(ask, { id: 'm1', from: CLIENT, sentAt: '2026-03-01T10:00:00-05:00' });
  const answer = message(reply, { id: 'm2', from: US });
  return extractThread(thread([asked, answer])).expectations.filter((e) => e.messageId === 'm2');
}
