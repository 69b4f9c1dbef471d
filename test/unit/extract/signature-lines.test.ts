/**
 * A signature's lines owe nothing wherever they stand (issue 9, 7 December 2026, fifth round): a
 * line of phone and web address, a company's register entry under a bilingual sign-off, a land
 * acknowledgement, a Japanese closing. The tuning part held eleven such lines offered as asks.
 * Every message was written for this file.
 */
import { describe, expect, it } from 'vitest';
import { isContactDetailsOnly } from '../../../src/extract/contactBlock';
import { brief, itemsOf } from './helpers';

const BODY = 'Hi Dana,\n\nI will send the price list tomorrow.\n\nCould you confirm the loading hours?\n\n';
const BODY_ITEMS = [
  ['deliverable', 'client', '2026-03-03'],
  ['request', 'us', null],
];
const found = (signature: string) => itemsOf(BODY + signature).map(brief);

describe('a line of ways to reach the writer', () => {
  it.each([
    ['+49 30 5555 2871 | beatlab-berlin.de'],
    ['Tel 072-555-3816 | kitamura-taiko.jp'],
    ['+45 31 55 47 20 | CVR 38 55 12 09'],
    ['(562) 555-0121 | Structural Pest Control Board Lic.'],
    ['M: +44 7700 900123 · www.harbourlight.co.uk'],
    ['EORI: GB123456789000'],
  ])('"%s" is contact details only', (line) => {
    expect(isContactDetailsOnly(line)).toBe(true);
  });

  it.each([
    ['Call 0412 555 906'],
    ['please give me a call on 31 55 42 17.'],
    ['send it to faktury@quantica.pl.'],
    ['PO 4471-2026'],
    ['12.03.2026'],
    ['Total  1 250.00'],
  ])('"%s" is not', (line) => {
    expect(isContactDetailsOnly(line)).toBe(false);
  });

  it('offers nothing when it stands between the body and a footer the sign-off list does not end', () => {
    expect(
      found('Jonas Petersen\nHead Coach\n\n+49 30 5555 2871 | beatlab-berlin.de\n\nSee you soon!'),
    ).toEqual(BODY_ITEMS);
  });
});

describe('a sign-off with a long register line under the signature', () => {
  it('ends the message at a bilingual sign-off', () => {
    expect(
      found(
        'Beste Grüße / Best,\nJonas\n\nJonas Petersen\nFounder & Head Coach\nBeat Lab Berlin | Skalitzer Str. 85, 10997 Berlin\n+49 30 5555 2871 | beatlab-berlin.de\n\nBeat Lab Berlin UG (haftungsbeschränkt) · Amtsgericht Charlottenburg HRB 215544 · USt-IdNr. DE312555918',
      ),
    ).toEqual(BODY_ITEMS);
  });

  it('drops a land acknowledgement written as a paragraph of its own', () => {
    expect(
      found(
        'Priya Natarajan\nEvents Lead\n\nWe acknowledge that we live, work and play on the unceded territories of the Musqueam, Squamish and Tsleil-Waututh Nations.',
      ),
    ).toEqual(BODY_ITEMS);
  });

  it('ends at a Japanese closing', () => {
    expect(
      found(
        '何卒よろしくお願い申し上げます。\nUeda\n\nUeda Takeshi (上田 剛)\nManager\n1-4-22 Shukuin-cho, Sakai-ku, Sakai, Osaka 590-0958\nTel 072-555-3816',
      ),
    ).toEqual(BODY_ITEMS);
  });

  it('keeps a paragraph of prose that names the register', () => {
    const text =
      'Hi Dana,\n\nCould you put our Handelsregister number on the invoice by Friday?\n\nThanks,\nSam';
    expect(itemsOf(text).map(brief)).toEqual([['request', 'us', '2026-03-06']]);
  });
});
