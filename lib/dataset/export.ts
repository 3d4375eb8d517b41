/**
 * Exporting the store as a dataset: the records the user's sharing choices allow, in a stable
 * order (by document, then position in it), so two exports of the same store are the same file.
 */
import type { CountercheckDB } from '../store/db';
import type { ClaimRecord, CorrectionRecord, ReadingRecord } from './format';
import { correctedClaimIds, correctionRecord, isShared, readingRecord, RecordBuilder, type SharePolicy } from './from-store';

export interface ExportedRecords {
  claims: ClaimRecord[];
  corrections: CorrectionRecord[];
  /** Empty unless the policy shares reading history. */
  readings: ReadingRecord[];
  /** Claims that could not be written as valid records (a store bug), with why. */
  skipped: Array<{ id: string; issues: string[] }>;
}

/** A pseudonymous reader id for reading records in files (sync uses its replica id instead). */
export const FILE_READER_ID = 'file';

/** The records to export under `policy`. One read transaction, so the export is a consistent snapshot. */
export async function exportRecords(db: CountercheckDB, policy: SharePolicy, readerId = FILE_READER_ID): Promise<ExportedRecords> {
  return db.transaction('r', [db.claims, db.documents, db.sources, db.incidents, db.corrections], async () => {
    const corrected = await correctedClaimIds(db);
    const rows = (await db.claims.toArray()).filter((c) => isShared(c, policy, corrected));
    rows.sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : a.selector.start - b.selector.start || (a.id < b.id ? -1 : 1)));
    const builder = new RecordBuilder(db, policy.history);
    const { records, invalid } = await builder.claims(rows);
    const shared = new Set(records.map((r) => r.id));
    // A correction travels with the claims it names; one naming only unshared claims stays home.
    const corrections = (await db.corrections.orderBy('createdAt').toArray())
      .filter((k) => k.claimIds.some((id) => shared.has(id)))
      .map(correctionRecord);
    const readings: ReadingRecord[] = [];
    if (policy.history) {
      for (const docId of new Set(records.map((r) => r.document.id))) {
        const d = builder.document(docId);
        if (d && d.origin === 'read') readings.push(readingRecord(d, readerId));
      }
    }
    return { claims: records, corrections, readings, skipped: invalid };
  });
}
