import type { LedgerDb } from './db';

/** The user's settings, with the defaults a new install starts from. */
export interface Settings {
  /** Addresses that are the user's own besides the signed-in account. */
  ownEmails: string[];
  /** Domains whose people are the user's colleagues, not clients. */
  ownDomains: string[];
  /** IANA zone used to resolve due dates; empty means the browser's zone. */
  timeZone: string;
}

export const DEFAULT_SETTINGS: Settings = { ownEmails: [], ownDomains: [], timeZone: '' };

export async function readSettings(db: LedgerDb): Promise<Settings> {
  const records = await db.getAll('settings');
  const stored = Object.fromEntries(records.map((r) => [r.key, r.value]));
  return { ...DEFAULT_SETTINGS, ...(stored as Partial<Settings>) };
}

export async function writeSettings(db: LedgerDb, patch: Partial<Settings>): Promise<Settings> {
  const tx = db.transaction('settings', 'readwrite');
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) await tx.store.put({ key, value });
  }
  await tx.done;
  return readSettings(db);
}
