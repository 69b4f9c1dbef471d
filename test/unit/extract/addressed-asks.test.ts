/**
 * An ask turned to one recipient by name ("Priya, we need the signed order form before Friday")
 * binds that recipient's side, though the message went to the other side: a writer who copies in
 * a colleague and turns to them asks their own side. The same holds where the thread's billing is
 * read: "Marta, can you pay invoice 3381 today?" to the writer's own accounts desk is the writer's
 * side paying. Every message was written for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { nameKey } from '../../../src/extract/partyNames';
import { CLIENT, US, brief, one } from './helpers';

const CLIENT_COLLEAGUE = { name: 'Priya Shah', email: 'priya@acme.com' };
const OUR_COLLEAGUE = { name: 'Tomás Vidal', email: 'tomas@northwind.io' };
const OUR_ACCOUNTS = { name: 'Marta Ruiz', email: 'accounts@northwind.io' };

function items(text: string, from: typeof US, to: (typeof US)[], cc: (typeof US)[]) {
  return extractThread(one(text, { from, to, cc })).expectations.map(brief);
}

describe('an ask that opens with a recipient’s name', () => {
  it('binds the client when the client turns to a colleague it copied in', () => {
    expect(
      items('Priya, we need the signed order form before Friday.', CLIENT, [US], [CLIENT_COLLEAGUE]),
    ).toEqual([['request', 'client', '2026-03-06']]);
  });

  it('binds our side when we turn to our own colleague, accents and all', () => {
    expect(
      items('Tomás, could you send Sam the floor plans by Wednesday?', US, [CLIENT], [OUR_COLLEAGUE]),
    ).toEqual([['request', 'us', '2026-03-04']]);
  });

  it('leaves the reader bound when the name is the reader’s', () => {
    expect(items('Sam, could you send the floor plans by Wednesday?', US, [CLIENT], [OUR_COLLEAGUE])).toEqual(
      [['request', 'client', '2026-03-04']],
    );
  });

  it('decides nothing when two recipients share the first name', () => {
    const twin = { name: 'Priya Nair', email: 'priya.nair@northwind.io' };
    expect(
      items('Priya, we need the signed order form before Friday.', CLIENT, [US, twin], [CLIENT_COLLEAGUE]),
    ).toEqual([['request', 'us', '2026-03-06']]);
  });
});

describe('an ask to pay turned to our own accounts desk', () => {
  it('shows our side paying the bill', () => {
    const text =
      'Thanks Sam. Copying Marta, who looks after supplier bills - Marta, can you pay invoice 3381 today please?';
    const found = items(text, US, [CLIENT], [OUR_ACCOUNTS]);
    expect(found).toEqual([['payment', 'us', '2026-03-02']]);
  });
});

describe('names as compared', () => {
  it('fold accents and read "&" as "and"', () => {
    expect(nameKey('Tomás')).toBe('tomas');
    expect(nameKey('Oak & Oar')).toBe('oakandoar');
  });
});
