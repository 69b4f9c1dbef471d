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
    if (raw) return raw;
  }
  return hex || null;
}
