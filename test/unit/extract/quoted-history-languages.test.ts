/**
 * Quoted history under a reply header written in the user's or the client's language (issue 9):
 * Gmail's "Am … schrieb …:", "Le … a écrit :", Outlook's "Von: / Gesendet: / An: / Betreff:"
 * block and a phone's "Von meinem iPhone gesendet" end the live text, so what the history holds
 * is not offered again. Every message was written for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { liveRanges } from '../../../src/extract/quoted';
import { CLIENT, one } from './helpers';

const live = (text: string) => liveRanges(text).map((r) => text.slice(r.start, r.end));
const ASK = '> Could you send the signed order form by Friday?';

describe('a reply header in another language', () => {
  it.each([
    `Am Di., 3. März 2026 um 09:12 Uhr schrieb Dana Lee <dana@northwind.io>:\n${ASK}`,
    `Le mar. 3 mars 2026 à 09:12, Dana Lee <dana@northwind.io> a écrit :\n${ASK}`,
    `El mar, 3 mar 2026 a las 9:12, Dana Lee (<dana@northwind.io>) escribió:\n${ASK}`,
    `Op di 3 mrt. 2026 om 09:12 schreef Dana Lee <dana@northwind.io>:\n${ASK}`,
    `Il giorno mar 3 mar 2026 alle ore 09:12 Dana Lee <dana@northwind.io> ha scritto:\n${ASK}`,
    'Von: Dana Lee <dana@northwind.io>\nGesendet: Dienstag, 3. März 2026 09:12\nAn: Sam Ortiz <sam@acme.com>\nBetreff: Bestellung\n\nCould you send the signed order form by Friday?',
    'De : Dana Lee <dana@northwind.io>\nEnvoyé : mardi 3 mars 2026 09:12\nÀ : Sam Ortiz <sam@acme.com>\nObjet : Commande\n\nCould you send the signed order form by Friday?',
    '-----Ursprüngliche Nachricht-----\nCould you send the signed order form by Friday?',
    '---------- Message transféré ---------\nCould you send the signed order form by Friday?',
  ])('ends the live text: %s', (history) => {
    const text = `Hi Dana,\n\nThanks, all clear.\n\nSam\n\n${history}`;
    expect(live(text)).toEqual(['Hi Dana,', 'Thanks, all clear.', 'Sam']);
    expect(extractThread(one(text, { from: CLIENT })).expectations).toEqual([]);
  });

  it("ends the live text at a phone's signature", () => {
    expect(
      live('Ok, passt.\n\nVon meinem iPhone gesendet\n\nCould you send the order form by Friday?'),
    ).toEqual(['Ok, passt.']);
  });

  it('keeps a sentence that only opens like a header', () => {
    expect(live('Am Montag schrieb ich: das passt.\nDe: mi parte todo bien.')).toEqual([
      'Am Montag schrieb ich: das passt.',
      'De: mi parte todo bien.',
    ]);
  });
});
