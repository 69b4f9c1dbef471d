import type { Thread } from '../core';

/**
 * A cheap summary of what the adapter read, to tell a real change (a message expanded,
 * a reply arrived) from Gmail re-rendering the same thing.
 */
export function threadFingerprint(thread: Thread): string {
  return thread.messages.map((m) => `${m.id}:${m.fullyRead ? 1 : 0}:${m.text.length}`).join('|');
}
