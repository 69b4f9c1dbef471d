/**
 * A sign-off in two languages ("Med venlig hilsen / Kind regards") ends the message like one in
 * one language, and so does one above a legal footer in Italian (issue 9, 6 December 2026, late):
 * the signature under it ("Export Sales | Nordby Trees ApS") asks nothing. Every line was written
 * for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, brief, itemsOf } from './helpers';

const body = 'Please confirm the volumes by 23 March so we can tag the trees.';

describe('a sign-off in two languages', () => {
  it.each([
    'Med venlig hilsen / Kind regards',
    'Mit freundlichen Grüßen / Best regards',
    'Met vriendelijke groet | Kind regards,',
  ])('"%s" ends the message before its signature', (signOff) => {
    const text = `${body}\n\n${signOff}\nMette Holm\nExport Sales | Nordby Trees ApS\nBogensevej 18, 5471 Søndersø | +45 64 55 51 20`;
    expect(itemsOf(text, CLIENT).map(brief)).toEqual([['request', 'us', '2026-03-23']]);
  });

  it('a line that only mentions regards is no sign-off', () => {
    const text = `${body}\n\nSend my regards / thanks to Ole\nReview the drawings | Approve the budget`;
    expect(itemsOf(text, CLIENT).length).toBeGreaterThan(1);
  });
});

describe('a legal footer in Italian under the signature', () => {
  it('"Questa email e gli eventuali allegati sono riservati …" ends nothing the writer asked', () => {
    const footer =
      "Questa email e gli eventuali allegati sono riservati e destinati esclusivamente al destinatario indicato. Se l'avete ricevuta per errore, vi preghiamo di cancellarla.";
    const text = `${body}\n\nCordiali saluti,\nGiulia Conti\nExport Sales | Ruota Srl\n\n${footer}`;
    expect(itemsOf(text, CLIENT).map(brief)).toEqual([['request', 'us', '2026-03-23']]);
  });
});
