/**
 * What alone is allowed, or what is not, is a bar on the work (issue 9, 7 December 2026, fifth
 * round): "Only non-toxic products may be used", "Riding after alcohol is not allowed", "No alcohol
 * should be served". The writer's own "we are not allowed to …" is no rule of the job. Every
 * sentence was written for this file.
 */
import { describe, expect, it } from 'vitest';
import { isBareStandard } from '../../../src/extract/standards';
import { brief, itemsOf } from './helpers';

describe('what alone is allowed, or what is not', () => {
  it.each([
    ['Only non-toxic products may be used.'],
    ['Only methods that will not damage the glaze may be used on the tiles.'],
    ['Riding after alcohol is not allowed.'],
    ['Photography is not permitted in the grinding room.'],
    ['No alcohol should be served.'],
  ])('"%s" is a standard the reader meets', (text) => {
    expect(isBareStandard(text)).toBe(true);
    expect(itemsOf(text).map(brief)).toEqual([['standard', 'us', null]]);
  });

  it.each([
    ['We are not allowed to share the file.'],
    ['It is not permitted.'],
    ['No one should worry about the weather.'],
  ])('"%s" is not', (text) => {
    expect(isBareStandard(text)).toBe(false);
  });
});
