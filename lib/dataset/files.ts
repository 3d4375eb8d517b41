/** Whole export files in memory, for the options page's download button. */
import { claimReviewDocument } from './claim-review';
import { csvLines } from './csv';
import { datasetHeader, type DataRecord } from './format';
import { datasetLines } from './jsonl';

export type ExportFormat = 'jsonl' | 'csv' | 'jsonld';

export const EXPORT_FORMATS: Record<ExportFormat, { label: string; extension: string; mime: string }> = {
  jsonl: { label: 'Dataset (JSON Lines, full detail, can be imported)', extension: 'jsonl', mime: 'application/x-ndjson' },
  csv: { label: 'CSV (a row per claim, for spreadsheets)', extension: 'csv', mime: 'text/csv' },
  jsonld: { label: 'ClaimReview JSON-LD (for fact-checking tools)', extension: 'jsonld', mime: 'application/ld+json' },
};

/** The text of an export file. */
export function exportFileText(records: readonly DataRecord[], format: ExportFormat, opts: { generator: string; publisher?: string; now?: Date }): string {
  const now = opts.now ?? new Date();
  const claims = records.filter((r) => r.type === 'claim');
  if (format === 'csv') return [...csvLines(claims)].join('');
  if (format === 'jsonld') return JSON.stringify(claimReviewDocument(claims, { publisher: opts.publisher ?? 'Countercheck', date: now.toISOString().slice(0, 10) }), null, 1) + '\n';
  return [...datasetLines(datasetHeader(opts.generator, now), records)].join('');
}

/** "countercheck-2031-05-09.csv" */
export function exportFileName(format: ExportFormat, now: Date = new Date()): string {
  return `countercheck-${now.toISOString().slice(0, 10)}.${EXPORT_FORMATS[format].extension}`;
}
