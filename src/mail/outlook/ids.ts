/**
 * Outlook puts no per-message id in the page (the item ids live in its JavaScript, not the
 * DOM). Accord derives one from what the page shows and what does not change when the page
 * is read again: the conversation, the sender, the minute it was sent, and the message's
 * place among messages with that same sender and minute (oldest first). Sorting by time
 * instead of taking the page's order keeps the id when Outlook's "newest on top" setting or
 * a newly arrived reply changes the order on screen.
 *
 * What breaks it (see docs/outlook-adapter.md): the same conversation opened under another
 * thread id (from a deep link rather than the list), a change of the user's time zone, and
 * two messages from one sender in one minute of which the earlier is deleted.
 */

/** FNV-1a, 32 bits, with a seed: two of them make a 64-bit id that is short and stable. */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function derivedMessageId(parts: {
  conversationId: string;
  senderEmail: string;
  sentAt: string;
  occurrence: number;
}): string {
  const key = [parts.conversationId, parts.senderEmail, parts.sentAt, String(parts.occurrence)].join(
    '\u241f',
  );
  return `olm-${fnv1a(key, 0x811c9dc5)}${fnv1a(key, 0x01000193)}`;
}
