import type { LedgerDb } from './db';
import { EXPORT_FORMAT, type LedgerExport } from './exportFormat';
import { withoutDerivedFields } from './itemRecord';
import { LEDGER_VERSION } from './schema';

/** The whole ledger as one consistent snapshot (one read transaction), ready for JSON. */
export async function exportLedger(db: LedgerDb, now: Date): Promise<LedgerExport> {
  const tx = db.transaction(['clients', 'expectations', 'dismissals', 'settings', 'reviews'], 'readonly');
  const [clients, items, dismissals, settings, reviews] = await Promise.all([
    tx.objectStore('clients').getAll(),
    tx.objectStore('expectations').getAll(),
    tx.objectStore('dismissals').getAll(),
    tx.objectStore('settings').getAll(),
    tx.objectStore('reviews').getAll(),
  ]);
  await tx.done;
  return {
    format: EXPORT_FORMAT,
    version: LEDGER_VERSION,
    exportedAt: now.toISOString(),
    clients,
    // `open` is derived from the status on every write; the file carries only the facts.
    items: items.map(withoutDerivedFields),
    dismissals,
    settings,
    reviews,
  };
}
