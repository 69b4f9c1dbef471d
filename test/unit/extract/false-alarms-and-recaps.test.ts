/**
 * Sums and reports that owe nothing (a payment reported done in the passive, a salary, a budget),
 * and second-person recaps of what the reader agreed to do. Sentences written for these tests,
 * not taken from the gold set.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/extract/classify';
import { extractThread } from '../../../src/extract/index';
import { sentenceNoise } from '../../../src/extract/noise';
import { CLIENT, expectAwayNotes, one, US } from './helpers';

const all = (text: string, from = CLIENT) => extractThread(one(text, { from })).expectations;
const frameOf = (text: string, hasDate = false) => classify(text, false, hasDate)?.frame ?? null;

describe('a payment reported done in the passive', () => {
  it('is past, not a new item', () => {
    for (const text of [
      'Hi Ana, payment for your March invoice (€2,300) was sent today by SEPA.',
      'The deposit of $1,500 has been paid.',
      'Your refund of £80 was processed this morning.',
      'The balance went out via Wise an hour ago.',
    ]) {
      expect(sentenceNoise(text), text).toBe('past');
      expect(all(text, US), text).toEqual([]);
    }
  });

  it('leaves payments still to come alone', () => {
    expect(sentenceNoise('The balance of $1,500 will be paid on delivery.')).toBeNull();
    expect(all('The balance of $1,500 is payable on delivery.')).toHaveLength(1);
  });
});

describe("someone's pay or the writer's budget", () => {
  it('is not a payment owed between the sides', () => {
    for (const text of [
      'Salary band is USD 90,000-110,000 a year plus bonus.',
      'The budget for this hire is capped at AED 40,000 per month all-in.',
      'Budget-wise we have around $6k for this.',
      'She is on EUR 7,500 a month, currently in Milan, open to a move.',
    ])
      expect(all(text), text).toEqual([]);
  });

  it('is owed when a fee, an invoice or an instalment rides on it', () => {
    expect(all('The total is currently $4,500, due on delivery.')).toMatchObject([{ kind: 'payment' }]);
    expect(
      all(
        'Our fee is 18% of the base salary, so $21,600 on a salary of $120,000, invoiced on the start date.',
      ),
    ).toMatchObject([{ kind: 'payment' }]);
    expect(
      all('Our budget for the campaign is £30,000, with 40% paid up front on signature of the SOW.'),
    ).toMatchObject([{ kind: 'payment' }]);
  });
});

describe('a second-person recap', () => {
  it('binds the reader for work the reader agreed to do', () => {
    for (const text of [
      "To confirm: you'll build the booking widget and hand over the code by 30 April.",
      'You will design the three label variants and supply print-ready files.',
      "So you'll book the venue and handle the catering.",
      "You'll pay the deposit once the contract is signed.",
    ])
      expect(classify(text, text.includes('deposit'), false), text).toMatchObject({ frame: 'request' });
    expect(all("To confirm: you'll build the booking widget by 30 April.", US)).toMatchObject([
      { owner: 'client', kind: 'deliverable', due: '2026-04-30' },
    ]);
  });

  it('binds the writer when the reader only receives', () => {
    for (const text of [
      "You'll have the revised plans by Thursday.",
      "You'll receive the tracking number tomorrow.",
      'You will get the signed copy on Monday.',
    ])
      expect(frameOf(text), text).toBe('commit');
  });
});

describe('"we need" closing a relative clause', () => {
  it('names what the main clause is for, and asks nothing', () => {
    for (const text of [
      'Maya will send you a template by Friday so the figures come in the format we need.',
      "I'll share the checklist tomorrow, it covers everything we need.",
      'That is exactly what we need.',
    ])
      expect(frameOf(text, true), text).not.toBe('request');
  });

  it('still asks when the need has an object', () => {
    for (const text of ['We need the signed contract back by Friday.', 'We need it by Monday, please.'])
      expect(frameOf(text, true), text).toBe('request');
  });
});

describe('away notes, back-references and attachments pointed at', () => {
  it('a line that only says the writer is away owes nothing', () => {
    expectAwayNotes([
      'Im travelling to Porto this weekend, back online Sunday evening.',
      'I will be on business trip to Lyon next Monday and Tuesday.',
      "We're away until the 14th.",
      'I will be at a trade show in Essen on Thursday.',
    ]);
  });

  it('an away line that also promises or asks keeps it', () => {
    expect(sentenceNoise("I'm travelling on Monday but will send the layouts from the airport.")).toBeNull();
    expect(sentenceNoise("I'm away next week, could you send the files by Friday?")).toBeNull();
  });

  it('a question that only points back at the item before it is not a new item', () => {
    for (const text of [
      'We need the revised drawings by Wednesday. Is that possible?',
      'Could we bring the launch forward to the 12th? Is that realistic on your side?',
      'We would like the crew on site at 6am. Would that be OK for your team?',
      'Our surveyor can visit the Leeds office on Wednesday at 3pm. Would that be convenient?',
      "We'd like to hold a short kick-off call on the 14th at 10:00. Would you be available?",
    ])
      expect(all(text, US), text).toHaveLength(1);
  });

  it('"please find … below/attached" hands something over and asks nothing', () => {
    for (const text of [
      'Please kindly find below our quotation for the pump housings.',
      'Please find our revised offer below.',
      'Please find the signed NDA attached.',
    ])
      expect(all(text), text).toEqual([]);
    expect(extractThread(one('Please find the signed NDA attached.')).signals).toMatchObject([
      { type: 'delivery', owner: 'client' },
    ]);
  });
});

describe('a new date said with "will now"', () => {
  it('is drift about an existing item, not a new one', () => {
    for (const text of [
      'Our editor is ill this week, so the proofs will now come on Thursday.',
      'The venue flooded, so the launch will now be on Friday 12 June, same time.',
      'The newsletter will now go out on Tuesday.',
    ]) {
      const r = extractThread(one(text));
      expect(r.expectations, text).toEqual([]);
      expect(r.signals, text).toMatchObject([{ type: 'drift' }]);
    }
  });

  it('"now" without a new date is no drift', () => {
    expect(extractThread(one('I will send the proofs on Thursday.')).signals).toEqual([]);
  });
});

describe('greetings and addresses', () => {
  it.each(['Oi Renata, tudo bem?', 'Hola Martín, ¿qué tal?', "How's it going?", 'Hi Sam, how are things?'])(
    '"%s" is a greeting, not an ask',
    (text) => {
      expect(all(text)).toEqual([]);
    },
  );

  it('still reads an ask about how the work is going', () => {
    expect(all("How's it going with the logo? Can you send a first draft by Friday?")).not.toEqual([]);
  });

  it('reads a street address under "deliver to:" or in a signature as no item', () => {
    expect(all('Please deliver the samples to:\n4100 S Congress Ave, Austin TX 78745\n\nThanks')).toEqual([]);
    expect(all('Thanks,\nRicardo\nHill Country Builders, LLC\n12 Hope St, Brunswick VIC 3056')).toEqual([]);
  });
});
