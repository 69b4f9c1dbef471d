/**
 * What the writer's side brings or provides with the job, said in the present tense ("We bring
 * our own PA", "We provide waterproofs in all sizes"), is its deliverable with no day (issue 9,
 * 7 December 2026, second round). Routines and what the business does for a living are not.
 * Every line was written for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { suppliesOutright } from '../../../src/extract/suppliedOutright';
import { US, brief, itemsOf } from './helpers';

describe('what the writer brings or provides for the job', () => {
  it.each([
    'We bring our own PA, two radio mics and a backup generator.',
    'We provide waterproofs and wellies in all sizes.',
    'And we supply the rolling pins, mats and aprons.',
    'I bring two assistants for groups over twenty.',
    'We also lend you two heaters free of charge.',
  ])('"%s" is the writer\'s deliverable with no day', (text) => {
    expect(itemsOf(text, US).map(brief)).toEqual([['deliverable', 'us', null]]);
  });
});

describe('what is not', () => {
  it.each([
    'We deliver to Croydon every Tuesday and Friday.',
    'We provide bespoke cleaning services across the south east.',
    'We supply restaurants and hotels throughout Bavaria.',
    'Do you provide the tablecloths?',
    'We provide a full range of catering options.',
  ])('"%s" is not such a promise', (text) => {
    expect(suppliesOutright(text)).toBe(false);
  });
});
