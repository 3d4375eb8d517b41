import { useState } from 'preact/hooks';
import { exportRecords } from '@/lib/dataset/export';
import { EXPORT_FORMATS, exportFileName, exportFileText, type ExportFormat } from '@/lib/dataset/files';
import type { LineProblem } from '@/lib/dataset/jsonl';
import type { CountercheckDB } from '@/lib/store/db';
import { syncClient } from '@/lib/sync/sync-messages';

/** Offers `text` as a file download. */
function download(text: string, name: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Revoked later: the download reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Export the store as a dataset file (JSON Lines), CSV or ClaimReview JSON-LD, with the same
 * sharing choices as sync; import a dataset file (checked whole first, problems listed by line).
 */
export function DatasetTransfer({ db }: { db: CountercheckDB }) {
  const [format, setFormat] = useState<ExportFormat>('jsonl');
  const [which, setWhich] = useState<'all' | 'saved'>('all');
  const [history, setHistory] = useState(false);
  const [exportNote, setExportNote] = useState<string | null>(null);
  const [importNote, setImportNote] = useState<{ ok: boolean; text: string; problems: LineProblem[]; total: number } | null>(null);
  const [busy, setBusy] = useState(false);

  const doExport = async () => {
    setBusy(true);
    try {
      const r = await exportRecords(db, { claims: which, history });
      const now = new Date();
      download(exportFileText([...r.claims, ...r.corrections, ...r.readings], format, { generator: 'countercheck extension', now }), exportFileName(format, now), EXPORT_FORMATS[format].mime);
      setExportNote(`Exported ${r.claims.length} claim${r.claims.length === 1 ? '' : 's'}${format === 'jsonl' ? ` and ${r.corrections.length} correction${r.corrections.length === 1 ? '' : 's'}` : ''}.${r.skipped.length ? ` ${r.skipped.length} could not be written (${r.skipped[0]!.issues[0]}).` : ''}`);
    } catch (e) {
      setExportNote(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const doImport = async (file: File) => {
    setBusy(true);
    setImportNote(null);
    try {
      const r = await syncClient().importDataset({ text: await file.text() });
      if (!r.ok) setImportNote({ ok: false, text: r.error.message, problems: [], total: 0 });
      else if (r.value.ok) setImportNote({ ok: true, text: r.value.message, problems: [], total: 0 });
      else setImportNote({ ok: false, text: `${file.name} was refused; nothing was imported.`, problems: r.value.problems, total: r.value.total });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="dataset-h">
      <h2 id="dataset-h">Export and import</h2>
      <fieldset>
        <legend>Export</legend>
        <p>
          <label for="export-format">Format</label>{' '}
          <select id="export-format" value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}>
            {(Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((f) => (
              <option key={f} value={f}>
                {EXPORT_FORMATS[f].label}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label>
            <input type="radio" name="export-which" checked={which === 'all'} onChange={() => setWhich('all')} /> All claims
          </label>{' '}
          <label>
            <input type="radio" name="export-which" checked={which === 'saved'} onChange={() => setWhich('saved')} /> Only claims I saved or corrected
          </label>
        </p>
        {format === 'jsonl' && (
          <p>
            <label>
              <input type="checkbox" checked={history} onChange={(e) => setHistory(e.currentTarget.checked)} /> Include my reading history (when I read each page)
            </label>
          </p>
        )}
        <button type="button" disabled={busy} onClick={doExport}>
          Export
        </button>
        {exportNote && <p role="status">{exportNote}</p>}
      </fieldset>
      <fieldset>
        <legend>Import a dataset file</legend>
        <p class="muted">A .jsonl dataset (docs/dataset.md). A claim you already have keeps the newer revision; your corrections stay.</p>
        <label for="import-file">File</label>{' '}
        <input
          id="import-file"
          type="file"
          accept=".jsonl,.ndjson,application/x-ndjson"
          disabled={busy}
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            if (f) void doImport(f);
            e.currentTarget.value = '';
          }}
        />
        {importNote && (
          <div role={importNote.ok ? 'status' : 'alert'}>
            <p class={importNote.ok ? undefined : 'error'}>{importNote.text}</p>
            {importNote.problems.length > 0 && (
              <ul aria-label="Problems by line">
                {importNote.problems.map((p) => (
                  <li key={p.line}>
                    Line {p.line}: {p.message}
                  </li>
                ))}
                {importNote.total > importNote.problems.length && <li>…and {importNote.total - importNote.problems.length} more.</li>}
              </ul>
            )}
          </div>
        )}
      </fieldset>
    </section>
  );
}
