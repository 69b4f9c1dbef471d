/**
 * What people wear for the job is a standard (sixth round of 7 December 2026): on the reader's
 * side when the writer requires it of the reader's people, on the writer's side when the writer's
 * own people will wear it. Every line was written for this file. Sent Monday 2 March 2026.
 */
import { describe, expect, it } from 'vitest';
import { dressCode } from '../../../src/extract/dressCode';
import { US, brief, itemsOf } from './helpers';

describe('what the reader’s people must wear', () => {
  it.each([
    'Everyone should wear clothes they do not mind getting glaze on.',
    'Closed shoes are required in the brewhouse for safety reasons.',
    'Hard hats, S3 boots and hi-vis are mandatory on the quay.',
    'Our insurer requires all riders to wear a helmet at all times.',
    'Dress code for vendors is all black, no costumes.',
    'The facilities team asked that your crew wear shoe covers in every office.',
  ])('"%s" is the reader’s standard', (text) => {
    expect(itemsOf(text, US).map(brief)).toEqual([['standard', 'client', null]]);
  });
});

describe('what the writer’s people will wear', () => {
  it.each([
    'Our bartenders will wear white jackets and black bow ties.',
    'Our drivers wear 1950s uniforms with caps.',
    'Black tie is fine: our croupiers will wear dinner jackets.',
  ])('"%s" is the writer’s standard', (text) => {
    expect(itemsOf(text, US).map(brief)).toEqual([['standard', 'us', null]]);
  });
});

describe('wear that sets no standard', () => {
  it.each([
    'Could the driver wear a vintage cap?',
    'The walls need repainting (normal wear).',
    'For slurry duty 316L will wear faster than duplex.',
    'One of the guests wears a hearing aid.',
    'Our crew will be on site by 8am, in closed-toe shoes and hi-vis.',
    'We wore the blue jackets last year.',
  ])('"%s" is no dress rule', (text) => {
    expect(dressCode(text, true)).toBeNull();
  });
});
