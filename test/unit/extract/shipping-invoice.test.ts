/**
 * A commercial invoice sent with the shipping papers is a document of the goods, not a bill
 * (issue 9): the importer who attaches "Final invoice and packing list" still pays its
 * forwarder's charges. Every message was written for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { CLIENT, message, thread, US } from './helpers';

describe("an importer's papers", () => {
  it("leave the forwarder's charges with the importer", () => {
    const found = extractThread(
      thread([
        message(
          'Morning Dana,\n\nOur charges for this one:\nOcean freight Ningbo–Felixstowe: USD 2,850.00\nUK customs clearance: £95.00\n\nSam',
          {
            id: 'm1',
            from: CLIENT,
          },
        ),
        message('Hi Sam,\n\nThanks. Final invoice and packing list attached.\n\nDana', {
          id: 'm2',
          from: US,
        }),
      ]),
    ).expectations.filter((e) => e.messageId === 'm1');
    expect(found.map((e) => [e.kind, e.owner])).toEqual([
      ['payment', 'us'],
      ['payment', 'us'],
    ]);
  });

  it('a bill attached alone still makes its sender the payee', () => {
    const found = extractThread(
      thread([
        message('Hi Dana,\n\nThe fee for the shoot is $2,400.\n\nSam', { id: 'm1', from: CLIENT }),
        message('Hi Sam,\n\nFinal invoice attached.\n\nDana', { id: 'm2', from: US }),
      ]),
    ).expectations.filter((e) => e.messageId === 'm1');
    expect(found.map((e) => [e.kind, e.owner])).toEqual([['payment', 'client']]);
  });
});
