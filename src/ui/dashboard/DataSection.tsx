import { useState } from 'preact/hooks';
import type { ImportSummary } from '../../ledger/importLedger';
import { StatusLine } from '../options/StatusLine';
import type { SaveStatus } from '../options/useSettings';
import { errorText, sendToWorker } from './api';
import { plural } from './format';

/** Back up the whole ledger (JSON), take it to a spreadsheet (CSV), or restore a backup. */
export function DataSection() {
  const [status, setStatus] = useState<SaveStatus>(null);
  const [busy, setBusy] = useState(false);

  const work = async (job: () => Promise<string>) => {
    setBusy(true);
    setStatus(null);
    try {
      setStatus({ kind: 'ok', text: await job() });
    } catch (e) {
      setStatus({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  const exportJson = () =>
    work(async () => {
      const file = await sendToWorker('ledger.export', {});
      download(
        `accord-ledger-${file.exportedAt.slice(0, 10)}.json`,
        JSON.stringify(file, null, 2),
        'application/json',
      );
      return `Exported ${plural(file.clients.length, 'client')} and ${plural(file.items.length, 'item')}.`;
    });
  const exportCsv = () =>
    work(async () => {
      const { csv, filename } = await sendToWorker('ledger.exportCsv', {});
      download(filename, csv, 'text/csv');
      return `Saved ${filename}.`;
    });
  const importFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    void work(async () => {
      const summary = await sendToWorker('ledger.import', { json: await file.text() });
      input.value = '';
      return describe(summary);
    });
  };

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <fieldset>
        <legend>Export and import</legend>
        <p class="hint">
          The ledger lives only in this browser. Export it to keep a backup or move it to another computer;
          importing a backup adds what is new and keeps whichever copy of a record was changed last. A file
          Accord cannot read changes nothing.
        </p>
        <p class="actions">
          <button type="button" disabled={busy} onClick={() => void exportJson()}>
            Export backup (JSON)
          </button>
          <button type="button" disabled={busy} onClick={() => void exportCsv()}>
            Export items (CSV)
          </button>
        </p>
        <label>
          Import a backup
          <input
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => importFile(e.target as HTMLInputElement)}
          />
        </label>
        <StatusLine status={status} />
      </fieldset>
    </section>
  );
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function describe(s: ImportSummary): string {
  return `Imported: ${plural(s.clients.added, 'new client')}, ${plural(s.items.added, 'new item')}, ${plural(
    s.items.updated,
    'item',
  )} updated, ${plural(s.reviews, 'review')}.`;
}
