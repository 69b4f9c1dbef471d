/**
 * Bars a side sets on its own work, said in the future (issue 9): a quantified subject ("Every
 * tray will be labelled …") or a manner ("… will be packed separately", "… installed to NEC
 * 2023") is a standard of the writer's side; a hand-over said the same way is not. Every sentence
 * was written for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { isFutureBar } from '../../../src/extract/standards';
import { CLIENT, one, US } from './helpers';

const read = (text: string, from = CLIENT) => extractThread(one(text, { from })).expectations;

describe('a bar said in the future', () => {
  it.each([
    'Every tray will be labelled with the allergens it contains.',
    'All our drivers will wear hi-vis vests on site.',
    'Both reports will go through a second review before they reach you.',
    'The gluten-free cake will always be baked separately.',
    'The railings will be installed to NEC 2023.',
    'Each chapter will be checked in accordance with the style sheet.',
  ])('reads "%s" as a standard of the writer\'s side', (sentence) => {
    expect(isFutureBar(sentence)).toBe(true);
    const fromUs = read(`Hi Sam,\n\n${sentence}\n\nDana`, US);
    expect(fromUs.map((e) => [e.kind, e.owner])).toEqual([['standard', 'us']]);
    const fromClient = read(`Hi Dana,\n\n${sentence}\n\nSam`);
    expect(fromClient.map((e) => [e.kind, e.owner])).toEqual([['standard', 'client']]);
  });

  it.each([
    'Each episode will be back with you within 4 working days of upload.',
    'All files will be sent on Friday.',
    'Everything will be ready by Monday.',
    'All the boxes will be delivered to your loading bay.',
    'The parcels will be shipped separately by Monday.',
    'Everyone will be there at nine.',
  ])('does not read the hand-over or plan "%s" as a bar', (sentence) => {
    expect(isFutureBar(sentence)).toBe(false);
  });
});
