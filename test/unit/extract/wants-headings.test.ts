/**
 * A heading that says someone on the writer's side asked for the lines, or that they would help
 * (issue 9, 5 December 2026, afternoon): "Before we sign, procurement has asked for:", "To write
 * it, it would help to have:". Its bare lines are the reader's to supply. Every message was
 * written for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, US, brief, itemsOf } from './helpers';

describe('a heading over what the writer’s side wants', () => {
  it.each([
    ['Before we sign, our legal team has asked for:', CLIENT, 'us'],
    ['To write the proposal, it would help to have:', US, 'client'],
    ["It'd be great to see:", US, 'client'],
    ['The board has requested:', CLIENT, 'us'],
    ['Can we have the following before we sign:', CLIENT, 'us'],
  ] as const)('"%s" asks the reader for its lines', (heading, from, owner) => {
    const text = `Hi,\n\n${heading}\n1. A breakdown of day rates\n2. Your insurance certificate\n\nThanks`;
    expect(itemsOf(text, from).map(brief)).toEqual([
      ['request', owner, null],
      ['request', owner, null],
    ]);
  });

  it('but a heading over what the writer did stays silent', () => {
    const text =
      'Hi,\n\nHere is what we covered:\n1. A breakdown of day rates\n2. The insurance certificate\n\nThanks';
    expect(itemsOf(text, US)).toEqual([]);
  });
});
