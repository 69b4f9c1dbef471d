/**
 * Shows a slot in the user's zone and, when known and different, the client's.
 */
import { DateTime } from 'luxon';
import type { Slot } from './slots';

export interface SlotLabel {
  /** "Tue 3 Mar, 09:00–09:30 GMT" */
  user: string;
  /** "Tue 3 Mar, 04:00–04:30 EST (client)" or null when the client's zone is unknown or the same. */
  client: string | null;
  /** Both parts joined for a single line. */
  text: string;
}

function part(slot: Slot, zone: string, locale: string): string {
  const s = DateTime.fromISO(slot.start, { zone }).setLocale(locale);
  const e = DateTime.fromISO(slot.end, { zone }).setLocale(locale);
  const endText = s.hasSame(e, 'day') ? e.toFormat('HH:mm') : e.toFormat('ccc d LLL, HH:mm');
  return `${s.toFormat('ccc d LLL, HH:mm')}–${endText} ${s.toFormat('ZZZZ')}`;
}

export function formatSlot(
  slot: Slot,
  userZone: string,
  clientZone?: string | null,
  locale = 'en-GB',
): SlotLabel {
  const user = part(slot, userZone, locale);
  const sameOffset =
    clientZone &&
    DateTime.fromISO(slot.start, { zone: clientZone }).offset ===
      DateTime.fromISO(slot.start, { zone: userZone }).offset;
  const client = clientZone && !sameOffset ? `${part(slot, clientZone, locale)} (client)` : null;
  return { user, client, text: client ? `${user} · ${client}` : user };
}
