/**
 * "I'll" typed without its apostrophe ("ill send it tomorrow") is read as "I'll"; "ill" the
 * adjective is left alone. Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/extract/normalize';
import { brief, CLIENT, itemsOf, US } from './helpers';

describe('"ill" for "I\'ll"', () => {
  it.each([
    ['ill send it tomorrow', 'deliverable', '2026-03-03'],
    ['ill drop it round on Friday', 'deliverable', '2026-03-06'],
    ['Thanks, ill just check the wiring and send the report by Thursday.', 'deliverable', '2026-03-05'],
    ['Ill pay the deposit on Friday.', 'payment', '2026-03-06'],
    ['ill zelle you the balance on Friday', 'payment', '2026-03-06'],
    ['ill EFT the deposit tomorrow', 'payment', '2026-03-03'],
    ['Ill move the boat trailer out of the way on Friday', 'deliverable', '2026-03-06'],
  ])("%j is the writer's promise", (text, kind, due) => {
    const items = itemsOf(text, US);
    expect(items.map(brief)).toEqual([[kind, 'us', due]]);
    // The span still points into the message as written.
    expect(text.slice(items[0]!.start, items[0]!.end)).toBe(items[0]!.text);
  });

  it('keeps its offsets after an invisible character', () => {
    const text = 'Hi\u200B Sam, ill send the plans on Friday.';
    const [item] = itemsOf(text, CLIENT);
    expect(item?.owner).toBe('client');
    expect(text.slice(item!.start, item!.end)).toBe(item!.text);
  });

  it('inserts the apostrophe and maps it back', () => {
    const norm = normalizeText('ok ill be there at 8');
    expect(norm.text).toBe("ok I'll be there at 8");
    expect(Array.from(norm.origin!.slice(0, 8))).toEqual([0, 1, 2, 3, 4, 4, 5, 6]);
  });

  it.each([
    "I'm feeling ill, so Sam will cover the site visit.",
    'He fell ill last week.',
    'Sorry, that was ill-advised.',
    'Ill health kept him away.',
    'There is no ill will.',
  ])('%j keeps the adjective', (text) => {
    expect(normalizeText(text)).toMatchObject({ text, origin: null });
  });
});
