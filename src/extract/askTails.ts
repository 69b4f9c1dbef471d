/**
 * What the writer means to do with what they ask for, cut off after ", so": "Could you share the
 * object list before the kickoff, | so we can come prepared?". Read alone it is a question or a
 * promise; the gold set annotates none of 51 such tails, so it is never an item of its own.
 */
import type { Span } from './types';

export const ASK_TAIL_PATTERNS = {
  /** The tail: "we can …", "that I could …". */
  purposeTail: /^(?:that )?(?:we|i) (?:can|could|may)\b/i,
  /** The text just before the clause ends on ", so" or ", so that". */
  soBefore: /,\s*so(?: that)?\s*$/i,
} as const;

/** Whether the clause at `span` of `norm` is such a tail. */
export function purposeOfAsk(norm: string, span: Span, clause: string): boolean {
  const P = ASK_TAIL_PATTERNS;
  return P.purposeTail.test(clause) && P.soBefore.test(norm.slice(Math.max(0, span.start - 12), span.start));
}
