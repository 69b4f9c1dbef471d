/**
 * Gmail ids come in two spellings: decimal with a prefix in `data-message-id` /
 * `data-thread-perm-id` ("#msg-f:1812345678901234567", "thread-f:…") and hex in the
 * `data-legacy-*` attributes ("1926c5e0f1a2b3c7"). The hex one is what Gmail's URLs and API
 * use, so it is the one Accord stores; the decimal one is converted when it is all we have.
 */

const DECIMAL_ID = /^#?(?:msg|thread)-f:(\d{1,20})$/;
const HEX_ID = /^[0-9a-f]{8,16}$/i;

/** Hex id from a "msg-f:"/"thread-f:" decimal id, or null when it is not one. */
export function decimalIdToHex(value: string): string | null {
  const match = DECIMAL_ID.exec(value.trim());
  if (!match?.[1]) return null;
  return BigInt(match[1]).toString(16);
}

/**
 * The stable id of an element carrying a legacy (hex) attribute and/or a decimal one.
 * Messages just sent by the user can carry only "#msg-a:r…" (a client-side id): that is
 * returned without its "#", as the best there is until Gmail re-renders the message.
 */
export function stableId(legacy: string | null, permanent: string | null): string | null {
  const hex = legacy?.trim();
  if (hex && HEX_ID.test(hex)) return hex.toLowerCase();
  if (permanent) {
    const converted = decimalIdToHex(permanent);
    if (converted) return converted;
    const raw = permanent.trim().replace(/^#/, '');
    if (raw && !NOT_AN_ID.test(raw)) return raw;
  }
  return hex && !NOT_AN_ID.test(hex) ? hex : null;
}

/** What a page script writes when it stringifies a missing value. */
const NOT_AN_ID = /^(?:undefined|null|nan)$/i;

/**
 * The thread's id: the legacy hex attribute, else the hex of a well-formed
 * "thread-f:<decimal>" permanent id, else null. Since 2025-11 Gmail sometimes leaves
 * `data-thread-perm-id` out or writes the string "undefined" in it: anything that is not a
 * well-formed decimal id is never taken as an id.
 */
export function threadIdFrom(legacy: string | null, permanent: string | null): string | null {
  const hex = legacy?.trim();
  if (hex && HEX_ID.test(hex)) return hex.toLowerCase();
  return permanent && /^thread-f:\d+$/.test(permanent.trim()) ? decimalIdToHex(permanent) : null;
}

/**
 * An id for a message row Gmail shows without one (collapsed and hidden rows may carry no
 * `data-message-id`): the same for the same row on every read, as long as the row keeps
 * its thread, sender, sent time and its rank among the thread's rows with that same sender
 * and time. Gmail's own id replaces it once the message is expanded.
 */
export function derivedRowId(threadId: string, senderEmail: string, sentAt: string, rank: number): string {
  // FNV-1a, 32 bits twice with different seeds: short, stable, no dependency.
  const text = `${threadId}|${senderEmail}|${sentAt}|${rank}`;
  const hash = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  };
  return `row-${hash(0x811c9dc5)}${hash(0x01000193)}`;
}
