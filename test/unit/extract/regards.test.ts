/**
 * Regards passed on oblige nobody (issue 9, 7 December 2026, fifth round): "Please convey my
 * regards to your GM". Greeting the guests for the writer, or regards beside another ask, still
 * ask (the round's review). Every sentence was written for this file.
 */
import { describe, expect, it } from 'vitest';
import { passesOnRegards } from '../../../src/extract/regards';
import { brief, itemsOf } from './helpers';

describe('regards passed on', () => {
  it.each([
    'Please convey my regards to your GM.',
    'Thanks, and please tell the chefs we said hello.',
    'Thank you for your email, and please greet Gennaro for us!',
    'Please extend our thanks to the panel.',
  ])('"%s" asks nothing', (text) => {
    expect(passesOnRegards(text)).toBe(true);
    expect(itemsOf(text)).toEqual([]);
  });

  it.each([
    ['Please greet attendees for us.', null],
    ['Please greet arriving guests for us.', null],
    ['Please extend our thanks to your crew and invoice us for the overtime on Friday.', '2026-03-06'],
    ['Please convey our congratulations to the team and schedule the handover for Monday.', '2026-03-09'],
    ['Please extend our apologies to the residents by letter before Monday.', '2026-03-09'],
  ])('"%s" still asks', (text, due) => {
    expect(passesOnRegards(text)).toBe(false);
    expect(itemsOf(text).map(brief)).toContainEqual(['request', 'us', due]);
  });
});
