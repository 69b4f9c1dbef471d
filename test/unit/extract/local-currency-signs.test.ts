/**
 * Local currency signs written after the number (7 December 2026): the koruna's "Kč" and the
 * złoty's "zł" belong to no other word and read anywhere; the forint's "Ft" and the leu's "lei"
 * read only in their country's mail ("12 Ft" is feet elsewhere). A writer whose address names no
 * country writes in the mailbox's country when the thread's time zone names one with its own sign.
 * Every sentence was written for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { homeCurrencyOf } from '../../../src/extract/locale';
import { findMoney } from '../../../src/extract/money';
import { one } from './helpers';

const sums = (text: string, home?: string) => findMoney(text, home).map((f) => f.money);

describe('signs no other word shares', () => {
  it.each([
    ['The workshop is 4 500 Kč per person.', 4500, 'CZK'],
    ['Deposit: 1 200 zł by Friday.', 1200, 'PLN'],
    ['Total 18.250,50 Kč incl. DPH', 18250.5, 'CZK'],
  ])('"%s" is %d %s in anyone\'s mail', (text, value, currency) => {
    expect(sums(text)).toEqual([{ value, currency }]);
  });

  it('a word that only starts with the sign is none', () => {
    expect(sums('We shipped 40 Kčs-era coins.')).toEqual([]);
  });
});

describe('signs read only in their country', () => {
  it('reads the forint and the leu from a Hungarian and a Romanian writer', () => {
    expect(sums('The hire is 45.000 Ft a day.', 'HUF')).toEqual([{ value: 45000, currency: 'HUF' }]);
    expect(sums('Catering comes to 2.300 lei.', 'RON')).toEqual([{ value: 2300, currency: 'RON' }]);
  });

  it('leaves "Ft" and "lei" alone elsewhere', () => {
    expect(sums('The banner is 12 Ft wide.')).toEqual([]);
    expect(sums('We strung 40 lei for the welcome.')).toEqual([]);
  });
});

describe("the writer's home currency", () => {
  it("comes from the address's country, then from the thread's zone, never changing the dollar", () => {
    expect(homeCurrencyOf('jana@firma.cz')).toBe('CZK');
    expect(homeCurrencyOf('ola@snekker.no', 'Europe/Stockholm')).toBe('NOK');
    expect(homeCurrencyOf('erik@studio.com', 'Europe/Stockholm')).toBe('SEK');
    expect(homeCurrencyOf('erik@studio.com', 'Australia/Sydney')).toBe('USD');
    expect(homeCurrencyOf('erik@studio.com')).toBe('USD');
  });

  it("gives a .com writer's kronor their amount in a Stockholm mailbox", () => {
    const text = 'The studio hire is 38 000 kr, payable within 14 days of the invoice.';
    const from = { name: 'Erik Lund', email: 'erik@arenastudio.com' };
    const inStockholm = extractThread(one(text, { from }, { timeZone: 'Europe/Stockholm' })).expectations;
    expect(inStockholm.map((e) => e.amount)).toContainEqual({ value: 38000, currency: 'SEK' });
    const inNewYork = extractThread(one(text, { from })).expectations;
    expect(inNewYork.map((e) => e.amount)).not.toContainEqual({ value: 38000, currency: 'SEK' });
  });
});

// Fourth round of 7 December 2026: the Caribbean dollars and other signs the blind parts wrote.
describe('more dollars and signs before the number', () => {
  it.each([
    ['28-player steel orchestra: TT$38,000', 38000, 'TTD'],
    ['The fee is J$45,000 per show.', 45000, 'JMD'],
    ['Deposit of RD$ 12,500 by Friday.', 12500, 'DOP'],
    ['Transport: TTD 4,500', 4500, 'TTD'],
    ['Dinner is ₫450.000 per person.', 450000, 'VND'],
    ['Mariachi of 9 musicians, 60-minute set: COP 3.200.000', 3200000, 'COP'],
    ['PEN 1,250.00 per person, drinks included', 1250, 'PEN'],
  ])('"%s" is %d %s', (text, value, currency) => {
    expect(sums(text)).toEqual([{ value, currency }]);
  });

  it.each([
    'San Marzano DOP 2.5kg tins',
    'Coordinates are in NAD83 Colorado Central.',
    'We met at COP 28 in Dubai.',
    'The site needs PHP 8.2 or later.',
  ])('"%s" holds no sum', (text) => {
    expect(sums(text)).toEqual([]);
  });
});
