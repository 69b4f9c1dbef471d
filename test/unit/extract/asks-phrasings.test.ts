/**
 * Asks said without "please" or a question mark, and sign-offs that only look like asks
 * (December 2026, kinds of phrasing found in the email-intent sentences extraction missed or
 * flagged). Sentences written for this file. The rules' reading is one feature of the intent
 * model, so these tests check the rules and vetoes themselves, not the model's final call.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/extract/classify';
import { CLASSIFY_PATTERNS } from '../../../src/extract/classifyPatterns';
import { ClauseVeto } from '../../../src/extract/clauseVeto';
import { greetingImperative, indirectAsk } from '../../../src/extract/indirectAsks';
import { lazySentenceNeverAsks } from '../../../src/extract/lazyReadings';
import { NOISE_PATTERNS, sentenceNeverAsks } from '../../../src/extract/noise';

const reading = (text: string) => {
  const c = classify(text, false, false);
  return c ? `${c.frame}:${c.kind}` : null;
};

describe('asks said indirectly', () => {
  it.each([
    // the writer needs the reader's answer
    'I need to know which loading bay your driver will use.',
    "We'll need to hear back from your surveyor before we order the glass.",
    'But need to know if the blue swatch is still your pick.',
    // thanks said ahead for the reader's help
    'I would really appreciate your help getting the permit signed off.',
    "We'd greatly welcome any pointers on the tender wording.",
    'Any floor plans you can share would be very helpful.',
    'A short note on what changed would be much appreciated.',
    // wondering aloud
    'I was wondering if it might be possible to push the handover a day.',
    'We just wanted to check whether the crates arrived in one piece.',
    // advice to the reader
    'I would suggest you hold the print run until the proofs are back.',
    // the reader's view wanted
    "I'd like to hear your thoughts on the second layout.",
    'I would suggest checking the hinges before you sign off.',
    'My recommendation is to ring their accounts team first.',
  ])('%j is a request of the reader', (text) => {
    expect(indirectAsk(text)).toBe(true);
    expect(reading(text)).toBe('request:request');
  });

  it.each([
    "I'd love to catch up with you before the quarter closes.",
    "We'd really like to sit down with you and go over the floor plan.",
    "I'm keen to meet you and the new site lead on Thursday.",
    'I am writing to request a meeting with your procurement lead.',
    "I'm available to discuss the quote any time on Thursday.",
    'You can catch me at the studio on Wednesday.',
    'I have a slot free at 3:30 on Friday.',
    "We'd very much like to speak to you about the second phase.",
    "In case the train is late, I'm free Thursday or Friday morning to go over the quote.",
  ])('%j proposes a meeting to the reader', (text) => {
    expect(indirectAsk(text)).toBe(true);
    expect(reading(text)).toMatch(/^request:/);
  });

  it.each([
    'I need to get a new van for the crew.',
    'We need to finalise the budget internally.',
    "We'd like to share with you our plans for the spring range.",
    'The new catalogue would be useful for the sales team.',
    'I wonder how the match went.',
    'Also, the crates are late.',
    'We recommend sealing the deck before winter.',
  ])('%j asks nothing of the reader this way', (text) => {
    expect(indirectAsk(text)).toBe(false);
  });
});

describe('imperatives after a greeting or a name', () => {
  it.each([
    'Hi Sam, send the floor plan again.',
    'Priya - forward the signed copy to Joan.',
    'Hey, book the van for Friday.',
  ])('%j addresses the reader', (text) => {
    expect(greetingImperative(text)).toBe(true);
    expect(reading(text)).toBe('request:request');
  });

  it.each(['Hi Sam, the files are attached.', 'Priya - I am out on Friday.', 'Thanks, that works.'])(
    '%j is no imperative',
    (text) => {
      expect(greetingImperative(text)).toBe(false);
    },
  );
});

describe('whereabouts with an offer to meet', () => {
  it('keeps an ask that offers a time to meet beside where the writer will be', () => {
    const clause = "I'll be in Leeds on Monday and am available to go over the drawings with you then.";
    expect(new ClauseVeto(clause, false, () => false).ask()).toBe(false);
  });

  it('keeps a wish to go over something with the reader beside where the writer will be', () => {
    const clause = 'I will be in Lyon on the 4th and would like to go over the budget with you.';
    expect(new ClauseVeto(clause, false, () => false).ask()).toBe(false);
  });

  it('still vetoes whereabouts alone', () => {
    expect(new ClauseVeto("I'll be in Leeds on Monday.", false, () => false).ask()).toBe(true);
  });
});

describe('sign-offs and opt-outs that only look like asks', () => {
  it.each([
    'If you have questions, please ring our help desk on 0800 123 456.',
    'If you have any other questions about your account, please write to help@shop.example.',
    'Should you need any assistance, please visit our support pages.',
    'If you should have any questions, please call Dana on extension 240.',
    "If you'd like to stop these reminders, please update your settings.",
    'If you would not like to receive these offers, please reply STOP.',
    "If you'd prefer not to receive our tips, please follow the link in your profile.",
  ])('%j never asks, in any of its clauses', (text) => {
    expect(sentenceNeverAsks(text)).toBe(true);
    const clause = text.slice(text.indexOf(', ') + 2);
    expect(new ClauseVeto(clause, true, lazySentenceNeverAsks(text)).ask()).toBe(true);
  });

  it('reads "you\'d" like "you would" in an opt-out', () => {
    expect(
      NOISE_PATTERNS.marketing.test("If you'd like to turn off these alerts, visit your settings."),
    ).toBe(true);
  });

  it.each([
    'If you can send the floor plan by Friday, we can quote on Monday.',
    'Please send the signed copy by Friday.',
    'If you would like to receive the report weekly, tell me which day suits.',
  ])('%j is no sign-off', (text) => {
    expect(sentenceNeverAsks(text)).toBe(false);
  });
});

describe('offers to meet said with "we"', () => {
  it.each([
    "We'll have to get together once the samples are in.",
    'We will be able to go over the costings on Thursday.',
    'If you are around on Friday we can have lunch together.',
  ])('%j proposes a meeting to the reader', (text) => {
    expect(reading(text)).toBe('request:meeting');
  });

  it('keeps "so we can meet" a purpose, not an offer', () => {
    expect(CLASSIFY_PATTERNS.canMeet.test('Send the plans so we can meet the deadline.')).toBe(false);
  });
});

describe('a third person letting the writer know', () => {
  it.each([
    "She'll let us know by Friday.",
    'They can send me the figures.',
    'Our broker, who will let us know the rate.',
  ])('%j is no ask of the reader', (text) => {
    expect(CLASSIFY_PATTERNS.request.test(text)).toBe(false);
  });

  it.each(['Let me know by Friday.', 'Could you send me the figures?', 'Ask Jim, and please let me know.'])(
    '%j still asks',
    (text) => {
      expect(CLASSIFY_PATTERNS.request.test(text)).toBe(true);
    },
  );
});

describe('no-reply notices', () => {
  it.each([
    'This is a post-only message, please do not reply.',
    "Please don't reply to this email; write to the help desk instead.",
    'This is a no-reply address.',
  ])('%j never asks', (text) => {
    expect(sentenceNeverAsks(text)).toBe(true);
  });
});

describe('more ways to tell the reader to act', () => {
  it.each([
    'Talk to Marco about the delivery slot.',
    'Let them know the van is booked.',
    'See me before the walkthrough.',
    "Why don't you ask the porter for the keys?",
    'You will still need to countersign page 4.',
    'You just need to return the form to reception.',
  ])('%j asks the reader', (text) => {
    expect(reading(text)).toMatch(/^request:/);
  });

  it.each(['Talk to you tomorrow.', 'Speak to you on Monday.', 'Start date is Monday.'])(
    '%j asks nothing',
    (text) => {
      expect(reading(text)).toBeNull();
    },
  );
});

describe("the reader's part, said to be needed", () => {
  it.each([
    'Your countersignature is needed on the last page.',
    'Your sign-off is still required before we print.',
    'Your purchase order is needed to release the booking.',
  ])('%j reads as a request', (text) => {
    expect(reading(text)).toBe('request:request');
  });

  it('not the writer\'s own part: "Our signature is needed too"', () => {
    expect(CLASSIFY_PATTERNS.readersPartNeeded.test('Our signature is needed too.')).toBe(false);
  });
});
