/**
 * A payment and a dated hand-over joined by ", and" (issue 9): "We'd need a 25% deposit to hold
 * the date, and final numbers by Friday 11 December" is two items, each with its own kind and
 * day; a shared deadline without the comma ("we need the agreement and the deposit by March 20")
 * stays one. Every sentence was written for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { one, US } from './helpers';

const read = (text: string) =>
  extractThread(one(`Hi Sam,\n\n${text}\n\nDana`, { from: US })).expectations.map((e) => [
    e.text,
    e.kind,
    e.owner,
    e.due,
  ]);

describe('a deposit and a dated item', () => {
  it('are two items across ", and"', () => {
    expect(
      read("We'd need a 40% deposit to secure the venue, and the final guest list by Friday 13 March."),
    ).toEqual([
      ["We'd need a 40% deposit to secure the venue", 'payment', 'client', null],
      ['the final guest list by Friday 13 March', 'request', 'client', '2026-03-13'],
    ]);
  });

  it('share a deadline without the comma', () => {
    const found = read('To confirm the booking we need the signed agreement and the deposit by March 20.');
    expect(found).toHaveLength(1);
    expect(found[0]?.[3]).toBe('2026-03-20');
  });
});
