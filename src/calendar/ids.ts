/**
 * Client-chosen event ids. Google requires base32hex (0-9, a-v), 5 to 1024 characters; 26
 * characters carry 130 random bits. The same id is Graph's transactionId and the ICS UID.
 */
const BASE32HEX = '0123456789abcdefghijklmnopqrstuv';

export function newEventId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(26));
  let id = '';
  for (const b of bytes) id += BASE32HEX[b & 31];
  return id;
}

export function isEventId(id: string): boolean {
  return /^[0-9a-v]{5,1024}$/.test(id);
}
