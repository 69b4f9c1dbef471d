/**
 * Quality bars said with more verbs and with "can't" (issue 9, 5 December 2026, morning): "must
 * work without JavaScript", "must leave 3 cm free", "can't be longer than the source", "cannot
 * exceed 90 seconds"; while "I can't be there on Monday" stays a negation, and a guess ("may not
 * include") or a refusal ("Our prices can't be lower") sets no bar. Every sentence was
 * written for this file.
 */
import { describe, expect, it } from 'vitest';
import { isModalStandard } from '../../../src/extract/standards';
import { CLIENT, itemsOf } from './helpers';

describe('bars on how a thing works or what it leaves', () => {
  it.each([
    'The booking page must work on older iPads.',
    'The label must leave 2 cm clear at the bottom for the barcode.',
    'The cart must load in under two seconds on 4G.',
  ])('"%s" is a standard', (sentence) => {
    expect(itemsOf(sentence, CLIENT).map((e) => e.kind)).toEqual(['standard']);
  });
});

describe('limits said with "can\'t" or "mustn\'t"', () => {
  it.each([
    "Button labels can't be longer than 20 characters.",
    'The teaser cannot exceed 30 seconds.',
    "Packaging mustn't contain any PVC.",
  ])('"%s" is a standard', (sentence) => {
    expect(isModalStandard(sentence)).toBe(true);
    expect(itemsOf(sentence, CLIENT).map((e) => e.kind)).toEqual(['standard']);
  });

  it.each([
    "I can't be there on Monday.",
    "We can't use the van this week.",
    "You can't miss the sign.",
    'The price may not include installation.',
    "Our prices can't be lower than this, I'm afraid.",
  ])('"%s" is no bar', (sentence) => {
    expect(itemsOf(sentence, CLIENT)).toEqual([]);
  });
});
