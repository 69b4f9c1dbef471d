/**
 * How a suggestion is recognised again later. Extraction is deterministic, so the same
 * message yields the same sentence at the same offset; we key on that, not on an id.
 */
import type { SuggestedExpectation } from '../core';

/** FNV-1a (64-bit) of the suggestion's offset and text, as 16 hex digits. Stable across versions. */
export function suggestionHash(suggestion: Pick<SuggestedExpectation, 'text' | 'start'>): string {
  const input = `${suggestion.start}\u0000${suggestion.text}`;
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < input.length; i++) {
    hash ^= BigInt(input.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/** True when an item was accepted from this very sentence of this message. */
export function sameSource(
  source: { messageId: string; start: number; end: number } | null,
  suggestion: Pick<SuggestedExpectation, 'messageId' | 'start' | 'end'>,
): boolean {
  return (
    source !== null &&
    source.messageId === suggestion.messageId &&
    source.start === suggestion.start &&
    source.end === suggestion.end
  );
}
