/**
 * A sentence in another language is no suggestion (third round of 7 December 2026): a Dutch
 * confidentiality footer's "gelieve … te verwijderen" had been read as a request. An English
 * sentence with a foreign name or phrase stays English. Every line was written for this file.
 */
import { describe, expect, it } from 'vitest';
import { inOtherLanguage } from '../../../src/extract/otherLanguage';
import { itemsOf } from './helpers';

describe('a sentence in another language', () => {
  it.each([
    'Heeft u dit bericht per vergissing ontvangen, gelieve de afzender te verwittigen en het bericht te verwijderen.',
    'Diese Nachricht ist vertraulich. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender.',
    'Si vous avez reçu ce message par erreur, veuillez le supprimer et nous en informer.',
    'Si usted no es el destinatario, por favor borre este mensaje y avise al remitente.',
  ])('"%s" offers nothing', (text) => {
    expect(inOtherLanguage(text)).toBe(true);
    expect(itemsOf(`Please send the signed contract by Friday.\n\n${text}`)).toHaveLength(1);
  });
});

describe('what stays English', () => {
  it.each([
    'Uso de CFDI: G03',
    'Please send the invoice to the Hôtel de la Paix by Friday.',
    'Could you bring the Mozart "Eine kleine Nachtmusik" and the Pachelbel for the ceremony?',
    'Merci for the quick reply, we will send the deposit on Monday.',
    // Found in review: words inside an address, and place names.
    'Reminder: invoice INV-2231 due Friday, pay via acme.com, questions billing@acme.com, cc ar@acme.com',
    'Need Los Angeles, Las Vegas, Del Mar quotes Friday.',
  ])('"%s" is read as English', (text) => {
    expect(inOtherLanguage(text)).toBe(false);
  });
});
