/**
 * At most so many suggestions (and signals) per message reach the page. A message can hold
 * thousands of sentences that each read as a commitment (a pasted plan, a generated report):
 * extraction in the worker reads them all quickly, but the sidebar and the highlights in
 * Gmail's page must stay light, so only the first ones in the message's own order are sent,
 * with a count of the rest for an "and N more" (issue 10, item 6).
 */
export const MAX_PER_MESSAGE = 30;

export interface Capped<T> {
  kept: T[];
  /** How many were left out, by message id; absent when none were. */
  more: Record<string, number>;
}

export function capPerMessage<T extends { messageId: string }>(list: T[], max = MAX_PER_MESSAGE): Capped<T> {
  const seen = new Map<string, number>();
  const kept: T[] = [];
  const more: Record<string, number> = {};
  for (const entry of list) {
    const n = (seen.get(entry.messageId) ?? 0) + 1;
    seen.set(entry.messageId, n);
    if (n <= max) kept.push(entry);
    else more[entry.messageId] = (more[entry.messageId] ?? 0) + 1;
  }
  return { kept, more };
}
