/**
 * Importing a dataset file into the store: every line checked first (DatasetError with line
 * numbers, store untouched), then one transaction that merges by the dataset rule — the same id
 * keeps the newer revision, the user's corrections stay.
 */
import type { PlaceResolver } from '../incidents/features';
import type { CountercheckDB } from '../store/db';
import { readDataset } from './jsonl';
import { mergeRecords, newerRevisionWins, type MergeResult } from './merge';

export interface ImportReport extends MergeResult {
  lines: number;
  /** Reading-history records in the file; not imported (the store keeps only its own reader's). */
  readingsIgnored: number;
}

/** Imports a dataset (text chunks of a JSON Lines file). Throws DatasetError, StorageFullError. */
export async function importDataset(
  db: CountercheckDB,
  chunks: AsyncIterable<string> | Iterable<string>,
  opts: { places: PlaceResolver; clock?: () => number },
): Promise<ImportReport> {
  const data = await readDataset(chunks);
  const merged = await mergeRecords(db, { claims: data.claims, corrections: data.corrections }, { places: opts.places, clock: opts.clock, rule: newerRevisionWins, origin: 'synced' });
  return { ...merged, lines: data.lines, readingsIgnored: data.readings.length };
}

/** One line for the user about an import. */
export function describeImport(r: ImportReport): string {
  const parts = [
    `${r.inserted.length} new claim${r.inserted.length === 1 ? '' : 's'}`,
    `${r.replaced.length} updated to a newer revision`,
    `${r.unchanged.length} already stored`,
  ];
  if (r.kept.length) parts.push(`${r.kept.length} kept as stored (the file's revision is not newer)`);
  parts.push(`${r.correctionsAdded.length} correction${r.correctionsAdded.length === 1 ? '' : 's'} added`);
  if (r.correctionsOverlapping.length) parts.push(`${r.correctionsOverlapping.length} not applied (they change claims you corrected; yours stay)`);
  if (r.readingsIgnored) parts.push(`${r.readingsIgnored} reading-history records ignored`);
  return `Imported: ${parts.join(', ')}.`;
}
