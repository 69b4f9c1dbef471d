/**
 * The ledger's export file: `{ format: 'accord-ledger', version, exportedAt, clients, items,
 * dismissals, settings, reviews }`. `version` is the schema version of the Accord that wrote
 * it (LEDGER_VERSION); a file from a newer version is refused, older ones are read as is
 * (v1 files have no dismissals or reviews).
 */
import * as v from 'valibot';
import type { Client, LedgerItem } from '../core';
import type { DismissalRecord, ReviewRecord, SettingRecord } from './schema';
import { LEDGER_VERSION } from './schema';
import {
  ClientRecordSchema,
  DismissalRecordSchema,
  ItemRecordSchema,
  ReviewRecordSchema,
  SettingRecordSchema,
  TimestampSchema,
} from './recordSchemas';
import { LedgerRuleError } from './errors';
import { parseSetting } from './settingsSchema';

export const EXPORT_FORMAT = 'accord-ledger';

export interface LedgerExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  clients: Client[];
  items: LedgerItem[];
  dismissals: DismissalRecord[];
  settings: SettingRecord[];
  reviews: ReviewRecord[];
}

const MAX_RECORDS = 1_000_000;
const list = <S extends v.GenericSchema>(schema: S) => v.pipe(v.array(schema), v.maxLength(MAX_RECORDS));

export const LedgerExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LEDGER_VERSION)),
  exportedAt: TimestampSchema,
  clients: list(ClientRecordSchema),
  items: list(ItemRecordSchema),
  dismissals: v.optional(list(DismissalRecordSchema), []),
  settings: list(SettingRecordSchema),
  reviews: v.optional(list(ReviewRecordSchema), []),
});

/** Reads an export (text or already-parsed JSON), refusing anything we cannot import whole. */
export function parseLedgerExport(input: unknown): LedgerExport {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch {
      throw new LedgerRuleError(
        'This file is not a readable Accord ledger (it is not valid JSON). Nothing was imported.',
      );
    }
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== EXPORT_FORMAT) {
    throw new LedgerRuleError('This file is not an Accord ledger export. Nothing was imported.');
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > LEDGER_VERSION) {
    throw new LedgerRuleError(
      `This file comes from a newer version of Accord (ledger version ${version}; this one reads up to ${LEDGER_VERSION}). ` +
        'Update Accord, then import it again. Nothing was imported.',
    );
  }
  const parsed = v.safeParse(LedgerExportSchema, json);
  if (!parsed.success) {
    const where = v.getDotPath(parsed.issues[0]) ?? 'the top level';
    throw new LedgerRuleError(`This ledger file is damaged (at ${where}), so nothing was imported.`);
  }
  const file = parsed.output as LedgerExport;
  assertUnique(
    file.clients.map((c) => c.id),
    'client',
  );
  assertUnique(
    file.items.map((i) => i.id),
    'item',
  );
  assertUnique(
    file.reviews.map((r) => r.id),
    'review',
  );
  assertUnique(
    file.settings.map((s) => s.key),
    'setting',
  );
  return { ...file, settings: file.settings.map(checkedSetting) };
}

/**
 * An imported setting passes the same schema as `settings.update` (settingsSchema.ts): a
 * file must not store what the settings page would refuse (issue 10: `ownEmails: "x"` broke
 * every thread; a client id carrying `&redirect_uri=` would redirect sign-in).
 */
function checkedSetting(record: SettingRecord): SettingRecord {
  const parsed = parseSetting(record.key, record.value);
  if (!parsed.ok) {
    throw new LedgerRuleError(
      `This ledger file holds a setting Accord does not accept (${JSON.stringify(record.key.slice(0, 100))}: ${parsed.why}), so nothing was imported.`,
    );
  }
  return { key: record.key, value: parsed.value };
}

function assertUnique(ids: string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) {
      throw new LedgerRuleError(
        `This ledger file is damaged (the ${what} ${id} appears twice), so nothing was imported.`,
      );
    }
    seen.add(id);
  }
}
