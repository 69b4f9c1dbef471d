import { splitCoordinated } from './coordination';
import type { DueDate } from './dates';
import type { MessageContext } from './messageContext';
import type { Span } from './types';

/**
 * A list line's parts that each carry their own day ("Top-line report by 30 April, full report
 * by 15 May"), or the line itself. The heading already said the line obliges: every part does.
 */
export function linesParts(ctx: MessageContext, line: Span, dueOf: (text: string) => DueDate): Span[] {
  return (
    splitCoordinated(
      ctx.norm,
      line,
      (text) => dueOf(text).due,
      () => true,
    ) ?? [line]
  );
}
