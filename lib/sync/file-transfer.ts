/**
 * Datasets between files and a CouchDB database, for the CLI (`countercheck push` and `pull`),
 * without a local store. Pushing applies the dataset rule on the server: a record new to the
 * server is added, the same content is left alone (pushing a file twice adds nothing), a newer
 * revision of a claim becomes a child of the server's current one, and an older or equal one is
 * left out (the server's stays). Nothing overwrites: CouchDB keeps every revision's history.
 */
import { contentHash } from '../dataset/canonical';
import type { ClaimRecord, DataRecord } from '../dataset/format';
import type { ParsedDataset } from '../dataset/jsonl';
import type { CouchClient } from './couch-client';
import { SyncError } from './errors';
import { fromCouchDoc, nextRev, toCouchDoc, type CouchDoc } from './revisions';

export interface FilePushResult {
  records: number;
  /** Uploaded, by type. */
  added: { claims: number; corrections: number; readings: number };
  /** Newer revisions of records the server had. */
  updated: number;
  /** Already on the server with the same content. */
  alreadyThere: number;
  /** Left out: the server's revision is as new or newer. */
  serverNewer: number;
  rejected: Array<{ id: string; reason: string }>;
}

interface AllDocsRow {
  key: string;
  id?: string;
  error?: string;
  value?: { rev: string; deleted?: boolean };
  doc?: Record<string, unknown> | null;
}

/** Whether `mine` should replace the server's record `theirs` (both the same type and id). */
function isNewer(mine: DataRecord, theirs: DataRecord): boolean {
  if (mine.type === 'claim' && theirs.type === 'claim') return mine.rev > (theirs as ClaimRecord).rev;
  if (mine.type === 'reading' && theirs.type === 'reading') return mine.lastSeen > theirs.lastSeen;
  // Corrections never change; a different one under the same id is not ours to replace.
  return false;
}

/** Uploads a validated dataset in batches. */
export async function pushDataset(client: CouchClient, data: ParsedDataset, opts: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {}): Promise<FilePushResult> {
  const batch = opts.batchSize ?? 500;
  const records: DataRecord[] = [...data.claims, ...data.corrections, ...data.readings];
  const result: FilePushResult = { records: records.length, added: { claims: 0, corrections: 0, readings: 0 }, updated: 0, alreadyThere: 0, serverNewer: 0, rejected: [] };
  for (let i = 0; i < records.length; i += batch) {
    const slice = records.slice(i, i + batch);
    const current = await client.db<{ rows: AllDocsRow[] }>('POST', '_all_docs', { query: { include_docs: true }, body: { keys: slice.map((r) => r.id) } });
    if (!Array.isArray(current?.rows)) throw new SyncError('protocol', `${client.remote.dbUrl}/_all_docs did not answer like CouchDB`);
    const byId = new Map(current.rows.map((r) => [r.key, r]));
    const docs: Array<{ doc: CouchDoc; record: DataRecord; update: boolean }> = [];
    for (const record of slice) {
      const hash = contentHash(record);
      const row = byId.get(record.id);
      const rev = row?.value?.rev;
      if (!rev || row?.value?.deleted || !row?.doc) {
        // New to the server (or deleted there): a first revision, or one that revives the deleted leaf.
        docs.push({ record, update: false, doc: toCouchDoc(record, nextRev(rev ?? null, hash), rev ?? null) });
        continue;
      }
      const theirs = fromCouchDoc(row.doc);
      if (theirs.ok && theirs.hash === hash) {
        result.alreadyThere++;
        continue;
      }
      if (theirs.ok && !isNewer(record, theirs.record)) {
        result.serverNewer++;
        continue;
      }
      // Newer than the server's (or the server's is not a valid record): a child of its revision.
      docs.push({ record, update: true, doc: toCouchDoc(record, nextRev(rev, hash), rev) });
    }
    if (docs.length) {
      const res = await client.bulkDocsAsIs(docs.map((d) => d.doc));
      const refused = new Map(res.filter((r) => r.error).map((r) => [r.id, `${r.error}${r.reason ? `: ${r.reason}` : ''}`]));
      for (const d of docs) {
        const why = refused.get(d.doc._id);
        if (why) result.rejected.push({ id: d.doc._id, reason: why });
        else if (d.update) result.updated++;
        else result.added[d.record.type === 'claim' ? 'claims' : d.record.type === 'correction' ? 'corrections' : 'readings']++;
      }
    }
    opts.onProgress?.(Math.min(i + batch, records.length), records.length);
  }
  return result;
}

export interface FilePullResult {
  claims: number;
  corrections: number;
  readings: number;
  /** Documents with competing revisions; the file has CouchDB's winning one. */
  conflicted: number;
  /** Documents that are not valid records (skipped). */
  invalid: Array<{ id: string; issues: string[] }>;
}

const MAX_BATCHES = 100_000;

/** Reads every record of the database (the winning revision of each), in changes-feed order. */
export async function pullDataset(client: CouchClient, sink: (records: DataRecord[]) => Promise<void> | void, opts: { batchSize?: number } = {}): Promise<FilePullResult> {
  const batch = opts.batchSize ?? 500;
  const result: FilePullResult = { claims: 0, corrections: 0, readings: 0, conflicted: 0, invalid: [] };
  let since: string | number = 0;
  for (let n = 0; n < MAX_BATCHES; n++) {
    const feed = await client.changes(since, batch);
    if (!Array.isArray(feed?.results)) throw new SyncError('protocol', `${client.remote.dbUrl}/_changes did not answer like CouchDB`);
    const out: DataRecord[] = [];
    for (const ch of feed.results) {
      const doc = ch.doc;
      if (!doc || doc._deleted || ch.deleted || ch.id.startsWith('_design/')) continue;
      const parsed = fromCouchDoc(doc);
      if (!parsed.ok) {
        result.invalid.push({ id: ch.id, issues: parsed.issues });
        continue;
      }
      if (doc._conflicts?.length) result.conflicted++;
      out.push(parsed.record);
      result[parsed.record.type === 'claim' ? 'claims' : parsed.record.type === 'correction' ? 'corrections' : 'readings']++;
    }
    if (out.length) await sink(out);
    const advanced = String(feed.last_seq) !== String(since);
    since = feed.last_seq;
    if (feed.results.length < batch || !advanced) return result;
  }
  throw new SyncError('protocol', `${client.remote.dbUrl}/_changes kept sending changes after ${MAX_BATCHES} batches`);
}
