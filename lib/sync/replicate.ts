/**
 * Two-way replication between the claim store and a CouchDB database, over the replication
 * protocol: push (changed rows → `_revs_diff` → `_bulk_docs` with new_edits=false), then pull
 * (`_changes` since the checkpoint with the winning documents, `_bulk_get` for the other leaves of
 * conflicted ones → merge into the store). Push comes first so that an edit made here while a
 * teammate edited the same claim is on the server — as a conflict — before we read it back: the
 * conflict then shows in this very sync.
 *
 * Every request loop is bounded; after any failure the next sync resumes from the last
 * checkpoint, and repeating work is harmless (revisions are content-derived).
 */
import type { PlaceResolver } from '../incidents/features';
import type { ClaimRow, CountercheckDB, DocumentRow } from '../store/db';
import { contentHash } from '../dataset/canonical';
import type { ClaimRecord, CorrectionRecord, DataRecord } from '../dataset/format';
import { correctedClaimIds, correctionRecord, isShared, readingRecord, RecordBuilder, type SharePolicy } from '../dataset/from-store';
import { mergeRecords, type MergeRule } from '../dataset/merge';
import { resumePoint, saveCheckpoint } from './checkpoints';
import { CouchClient, type ChangesResponse, type ChangesResult } from './couch-client';
import { SyncError } from './errors';
import { remoteKey, type Remote } from './remote';
import { fromCouchDoc, nextRev, tombstone, toCouchDoc, type CouchDoc } from './revisions';
import { replicaOf, revStates, type ConflictRow, type Leaf, type RevState, type SyncDB } from './sync-db';

export interface SyncOptions {
  db: CountercheckDB;
  syncDb: SyncDB;
  remote: Remote;
  /** The gazetteer, for matching pulled claims to this store's incidents. */
  places: () => Promise<PlaceResolver> | PlaceResolver;
  policy: SharePolicy;
  /** Documents per request, both ways. */
  batchSize?: number;
  fetch?: typeof fetch;
  timeoutMs?: number;
  clock?: () => number;
  onProgress?: (p: SyncProgress) => void;
}

export interface SyncProgress {
  phase: 'connecting' | 'pushing' | 'pulling' | 'done';
  /** Push: rows looked at / to look at. */
  examined: number;
  toExamine: number;
  /** Documents uploaded so far. */
  sent: number;
  /** Changes read so far. */
  received: number;
}

export interface PushResult {
  /** Rows looked at (changed since the last push, or all after a reset). */
  examined: number;
  /** Documents uploaded. */
  sent: number;
  /** Changed rows whose revision the server already had. */
  alreadyThere: number;
  claims: number;
  corrections: number;
  readings: number;
  /** Rows that could not be made into valid records. */
  invalid: Array<{ id: string; issues: string[] }>;
  /** Documents the server refused (a validation function, say). */
  rejected: Array<{ id: string; reason: string }>;
}

export interface PullResult {
  /** Changes read from the feed. */
  changes: number;
  inserted: number;
  replaced: number;
  /** Claims changed here and on the server: ours kept (and pushed as a branch next time). */
  keptLocal: number;
  unchanged: number;
  correctionsAdded: number;
  /** Conflicts found or updated by this pull. */
  conflicts: number;
  /** Conflicts between identical contents, resolved automatically. */
  autoResolved: number;
  /** Documents that are not valid records (skipped), with why. */
  invalid: Array<{ id: string; issues: string[] }>;
}

export interface SyncResult {
  push: PushResult;
  pull: PullResult;
  /** Conflicts waiting for the user (all, not only new ones). */
  openConflicts: number;
  startedAt: number;
  finishedAt: number;
}

export const DEFAULT_BATCH = 500;
/** More batches than any database could need: a protocol error must not loop forever. */
const MAX_BATCHES = 100_000;

function policyKey(p: SharePolicy): string {
  return `${p.claims}|${p.history ? 'history' : 'no-history'}`;
}

function batchSizeOf(o: SyncOptions): number {
  const n = Math.floor(o.batchSize ?? DEFAULT_BATCH);
  if (!(n >= 1 && n <= 10_000)) throw new RangeError('batchSize must be between 1 and 10000');
  return n;
}

/** One push and one pull. Throws SyncError (with a sentence for the user) or StorageFullError. */
export async function syncOnce(o: SyncOptions): Promise<SyncResult> {
  const clock = o.clock ?? Date.now;
  const startedAt = clock();
  const client = new CouchClient(o.remote, { fetch: o.fetch, timeoutMs: o.timeoutMs });
  const progress: SyncProgress = { phase: 'connecting', examined: 0, toExamine: 0, sent: 0, received: 0 };
  o.onProgress?.({ ...progress });
  // Fails early, with the clear message, on a wrong address, password or database.
  await client.info();
  const pushed = await pushChanges(o, client, progress);
  const pulled = await pullChanges(o, client, progress);
  progress.phase = 'done';
  o.onProgress?.({ ...progress });
  const openConflicts = await o.syncDb.conflicts.where('remote').equals(remoteKey(o.remote)).filter((c) => !c.dismissed).count();
  return { push: pushed, pull: pulled, openConflicts, startedAt, finishedAt: clock() };
}

/** Pushes what changed here since the last push. */
export async function pushChanges(o: SyncOptions, client: CouchClient, progress: SyncProgress): Promise<PushResult> {
  const { db, syncDb } = o;
  const clock = o.clock ?? Date.now;
  const batch = batchSizeOf(o);
  const key = remoteKey(o.remote);
  const replica = await replicaOf(syncDb, key);
  const resume = replica.pushPolicy === policyKey(o.policy) ? await resumePoint(client, replica, 'push') : null;
  const since = resume ? Number(resume.seq) : 0;
  // Rows changed from this moment on are the next push's: taken before reading anything.
  const startedAt = clock();
  const result: PushResult = { examined: 0, sent: 0, alreadyThere: 0, claims: 0, corrections: 0, readings: 0, invalid: [], rejected: [] };
  progress.phase = 'pushing';

  const claimIds = (since ? await db.claims.where('updatedAt').aboveOrEqual(since).primaryKeys() : await db.claims.toCollection().primaryKeys()) as string[];
  const correctionIds = (since ? await db.corrections.where('createdAt').aboveOrEqual(since).primaryKeys() : await db.corrections.toCollection().primaryKeys()) as string[];
  const corrected = await correctedClaimIds(db);
  progress.toExamine = claimIds.length + correctionIds.length;
  o.onProgress?.({ ...progress });
  const builder = new RecordBuilder(db, o.policy.history);
  const sharedCache = new Map<string, boolean>();

  const prepare = async (from: number) => {
    const rows = (await db.claims.bulkGet(claimIds.slice(from, from + batch))).filter((r): r is ClaimRow => !!r);
    const shared = rows.filter((r) => isShared(r, o.policy, corrected));
    for (const r of rows) sharedCache.set(r.id, shared.includes(r));
    return { rows, ...(await builder.claims(shared)) };
  };
  let next = claimIds.length ? prepare(0) : null;
  for (let i = 0; i < claimIds.length; i += batch) {
    const { rows, records, invalid } = await next!;
    // The next batch is read from the store while this one is on the wire.
    next = i + batch < claimIds.length ? prepare(i + batch) : null;
    next?.catch(() => undefined);
    result.invalid.push(...invalid);
    const sent = await pushRecords(o, client, key, records, result, !resume);
    result.claims += sent.claims;
    result.examined += rows.length;
    progress.examined += rows.length;
    progress.sent = result.sent;
    o.onProgress?.({ ...progress });
  }

  for (let i = 0; i < correctionIds.length; i += batch) {
    const rows = (await db.corrections.bulkGet(correctionIds.slice(i, i + batch))).filter((k) => !!k);
    // A correction travels with the claims it names; one naming only claims not shared stays here.
    const unknown = [...new Set(rows.flatMap((k) => k.claimIds).filter((id) => !sharedCache.has(id)))];
    for (const c of await db.claims.bulkGet(unknown)) if (c) sharedCache.set(c.id, isShared(c, o.policy, corrected));
    const records: CorrectionRecord[] = rows.filter((k) => k.claimIds.some((id) => sharedCache.get(id))).map(correctionRecord);
    const sent = await pushRecords(o, client, key, records, result, !resume);
    result.corrections += sent.corrections;
    result.examined += rows.length;
    progress.examined += rows.length;
    progress.sent = result.sent;
    o.onProgress?.({ ...progress });
  }

  if (o.policy.history) {
    // Reading history: when each page with a shared claim was read (re-reading a page moves lastSeen only).
    const docIds = (since ? await db.documents.where('lastSeen').aboveOrEqual(since).primaryKeys() : await db.documents.toCollection().primaryKeys()) as string[];
    for (let i = 0; i < docIds.length; i += batch) {
      const docs = (await db.documents.bulkGet(docIds.slice(i, i + batch))).filter((d) => d?.origin === 'read') as DocumentRow[];
      const withShared = new Set<string>();
      for (const c of await db.claims.where('docId').anyOf(docs.map((d) => d.id)).toArray()) {
        if (isShared(c, o.policy, corrected)) withShared.add(c.docId);
      }
      const records = docs.filter((d) => withShared.has(d.id)).map((d) => readingRecord(d, replica.replicaId));
      const sent = await pushRecords(o, client, key, records, result, !resume);
      result.readings += sent.readings;
    }
  }

  await saveCheckpoint(client, syncDb, key, 'push', startedAt, { pushWatermark: startedAt, pushPolicy: policyKey(o.policy) });
  return result;
}

/**
 * Uploads the records whose content differs from what was last exchanged with this remote, each
 * as a child of that revision. Returns how many of each type were new to the server.
 */
async function pushRecords(o: SyncOptions, client: CouchClient, key: string, records: readonly DataRecord[], result: PushResult, verify: boolean) {
  const counts = { claims: 0, corrections: 0, readings: 0 };
  if (!records.length) return counts;
  const states = await revStates(o.syncDb, key, records.map((r) => r.id));
  const outgoing: Array<{ record: DataRecord; doc: CouchDoc; hash: string }> = [];
  for (const record of records) {
    const hash = contentHash(record);
    const st = states.get(record.id);
    if (st?.hash === hash) {
      // Unchanged since last exchanged. Only when starting over (the server's database may be a
      // new one) do we ask whether the server still has that revision, and send it again if not.
      if (verify) outgoing.push({ record, hash, doc: toCouchDoc(record, st.rev, null) });
      continue;
    }
    const rev = nextRev(st?.rev ?? null, hash);
    outgoing.push({ record, hash, doc: toCouchDoc(record, rev, st?.rev ?? null) });
  }
  if (!outgoing.length) return counts;
  const diff = await client.revsDiff(Object.fromEntries(outgoing.map((x) => [x.doc._id, [x.doc._rev]])));
  const missing = outgoing.filter((x) => diff[x.doc._id]?.missing?.includes(x.doc._rev));
  result.alreadyThere += outgoing.length - missing.length;
  const refused = new Set<string>();
  if (missing.length) {
    const res = await client.bulkDocsAsIs(missing.map((x) => x.doc));
    for (const r of res) {
      if (r.error) {
        refused.add(r.id);
        result.rejected.push({ id: r.id, reason: `${r.error}${r.reason ? `: ${r.reason}` : ''}` });
      }
    }
    for (const x of missing) {
      if (refused.has(x.doc._id)) continue;
      result.sent++;
      counts[x.record.type === 'claim' ? 'claims' : x.record.type === 'correction' ? 'corrections' : 'readings']++;
    }
  }
  // The server now has each revision (sent now or before): it is the base of the next edit.
  const states2: RevState[] = outgoing.filter((x) => !refused.has(x.doc._id)).map((x) => ({ remote: key, id: x.doc._id, rev: x.doc._rev, hash: x.hash }));
  await o.syncDb.revs.bulkPut(states2);
  return counts;
}

/** Reads the server's changes since the checkpoint into the store. */
export async function pullChanges(o: SyncOptions, client: CouchClient, progress: SyncProgress): Promise<PullResult> {
  const { syncDb } = o;
  const batch = batchSizeOf(o);
  const key = remoteKey(o.remote);
  const replica = await replicaOf(syncDb, key);
  const resume = await resumePoint(client, replica, 'pull');
  let since: string | number = resume?.seq ?? 0;
  const result: PullResult = { changes: 0, inserted: 0, replaced: 0, keptLocal: 0, unchanged: 0, correctionsAdded: 0, conflicts: 0, autoResolved: 0, invalid: [] };
  progress.phase = 'pulling';
  o.onProgress?.({ ...progress });
  let places: PlaceResolver | null = null;

  let pending: Promise<ChangesResponse> | null = client.changes(since, batch);
  for (let n = 0; n < MAX_BATCHES && pending; n++) {
    const feed: ChangesResponse = await pending;
    if (!Array.isArray(feed?.results)) throw new SyncError('protocol', `${o.remote.dbUrl}/_changes did not answer like CouchDB`);
    const advanced = String(feed.last_seq) !== String(since);
    const more = feed.results.length >= batch && advanced;
    // The next batch is asked for while this one is stored: the server works while we merge.
    // (Discarded if storing fails; the checkpoint decides where the next sync starts.)
    pending = more ? client.changes(feed.last_seq, batch) : null;
    pending?.catch(() => undefined);
    if (feed.results.length) {
      places ??= await o.places();
      await applyChanges(o, client, key, feed.results, places, result);
      result.changes += feed.results.length;
      progress.received = result.changes;
      o.onProgress?.({ ...progress });
    }
    if (advanced) {
      since = feed.last_seq;
      await saveCheckpoint(client, syncDb, key, 'pull', since);
    }
    if (!more) return result;
  }
  throw new SyncError('protocol', `${o.remote.dbUrl}/_changes kept sending changes after ${MAX_BATCHES} batches`);
}

/** One batch of the changes feed: validate, fetch conflicting leaves, merge, record revisions and conflicts. */
async function applyChanges(o: SyncOptions, client: CouchClient, key: string, results: readonly ChangesResult[], places: PlaceResolver, result: PullResult): Promise<void> {
  const now = (o.clock ?? Date.now)();
  const winners = new Map<string, { rev: string; record: ClaimRecord | CorrectionRecord; hash: string }>();
  const conflicted: Array<{ id: string; revs: string[] }> = [];
  const settled = new Set<string>();
  const states = await revStates(o.syncDb, key, results.map((ch) => ch.id));
  for (const ch of results) {
    const doc = ch.doc;
    if (!doc || ch.id.startsWith('_design/')) continue;
    if (doc._deleted || ch.deleted) {
      // Deleted on the server: a claim stays in this store (it is the user's), only its conflict goes.
      settled.add(ch.id);
      continue;
    }
    // The revision this store last exchanged (its own push read back, typically): nothing to do.
    if (!doc._conflicts?.length && states.get(ch.id)?.rev === doc._rev) {
      result.unchanged++;
      settled.add(ch.id);
      continue;
    }
    const parsed = fromCouchDoc(doc);
    if (!parsed.ok) {
      result.invalid.push({ id: ch.id, issues: parsed.issues });
      continue;
    }
    // Reading records are other members' history: kept on the server, not in this store.
    if (parsed.record.type === 'reading') continue;
    winners.set(ch.id, { rev: doc._rev, record: parsed.record as ClaimRecord | CorrectionRecord, hash: parsed.hash });
    if (doc._conflicts?.length) conflicted.push({ id: ch.id, revs: doc._conflicts });
    else if (parsed.record.type === 'claim') settled.add(ch.id);
  }

  // The other leaves of conflicted documents.
  const leaves = new Map<string, Array<Leaf & { hash: string | null }>>();
  const tombstones: CouchDoc[] = [];
  if (conflicted.length) {
    const got = await client.bulkGet(conflicted.flatMap((c) => c.revs.map((rev) => ({ id: c.id, rev }))));
    for (const r of got.results ?? []) {
      for (const d of r.docs ?? []) {
        const ok = d.ok;
        if (!ok) continue;
        const parsed = ok._deleted ? null : fromCouchDoc(ok);
        const leaf = parsed?.ok ? { rev: ok._rev, record: parsed.record as ClaimRecord | CorrectionRecord, hash: parsed.hash } : { rev: ok._rev, record: null, hash: null };
        leaves.set(r.id, [...(leaves.get(r.id) ?? []), leaf]);
      }
    }
    for (const c of conflicted) {
      const w = winners.get(c.id)!;
      const list = leaves.get(c.id) ?? [];
      // Leaves saying exactly what the winner says are no conflict: delete them on the server.
      for (const l of list) if (l.hash === w.hash) tombstones.push(tombstone(c.id, l.rev));
      const real = list.filter((l) => l.hash !== w.hash);
      leaves.set(c.id, real);
      if (!real.length) {
        result.autoResolved++;
        settled.add(c.id);
      }
    }
    if (tombstones.length) await client.bulkDocsAsIs(tombstones);
  }

  const claims = [...winners.values()].filter((w) => w.record.type === 'claim').map((w) => w.record as ClaimRecord);
  const corrections = [...winners.values()].filter((w) => w.record.type === 'correction').map((w) => w.record as CorrectionRecord);
  const rule: MergeRule = (incoming, _stored, storedHash) => {
    const st = states.get(incoming.id);
    // Unchanged here since the last exchange: the server's newer content comes in.
    if (st && st.hash === storedHash) return 'replace';
    // What is stored here is one of the server's revisions (our pushed edit that lost, say): take the winner.
    if (leaves.get(incoming.id)?.some((l) => l.hash === storedHash)) return 'replace';
    // Changed here and not yet pushed: kept, and pushed next time as a branch of its base revision.
    return 'keep';
  };
  const merged = await mergeRecords(o.db, { claims, corrections }, { places, rule, clock: o.clock, origin: 'synced' });
  result.inserted += merged.inserted.length;
  result.replaced += merged.replaced.length;
  result.keptLocal += merged.kept.length;
  result.unchanged += merged.unchanged.length;
  result.correctionsAdded += merged.correctionsAdded.length;

  const kept = new Set(merged.kept);
  const overlapping = new Set(merged.correctionsOverlapping.map((x) => x.incoming.id));
  const newStates: RevState[] = [];
  for (const [id, w] of winners) if (!kept.has(id) && !overlapping.has(id)) newStates.push({ remote: key, id, rev: w.rev, hash: w.hash });

  const conflictRows: ConflictRow[] = [];
  for (const c of conflicted) {
    const others = leaves.get(c.id) ?? [];
    if (!others.length) continue;
    const w = winners.get(c.id)!;
    conflictRows.push({ remote: key, id: c.id, kind: 'claim', winner: { rev: w.rev, record: w.record }, others: others.map(({ rev, record }) => ({ rev, record })), detectedAt: now });
  }
  const dismissed = new Set(
    (await o.syncDb.conflicts.bulkGet(merged.correctionsOverlapping.map((x): [string, string] => [key, x.incoming.id]))).filter((r) => r?.dismissed).map((r) => r!.id),
  );
  for (const x of merged.correctionsOverlapping) {
    if (dismissed.has(x.incoming.id)) continue;
    const w = winners.get(x.incoming.id)!;
    conflictRows.push({ remote: key, id: x.incoming.id, kind: 'correction', winner: { rev: w.rev, record: w.record }, others: [], yours: x.yours, detectedAt: now });
  }
  result.conflicts += conflictRows.length;
  await o.syncDb.transaction('rw', [o.syncDb.revs, o.syncDb.conflicts], async () => {
    await o.syncDb.revs.bulkPut(newStates);
    // Conflicts are few: read their ids instead of deleting every settled id blindly.
    const open = new Set(((await o.syncDb.conflicts.where('remote').equals(key).primaryKeys()) as Array<[string, string]>).map(([, id]) => id));
    const gone = [...settled].filter((id) => open.has(id) && !conflictRows.some((c) => c.id === id));
    if (gone.length) await o.syncDb.conflicts.bulkDelete(gone.map((id): [string, string] => [key, id]));
    if (conflictRows.length) await o.syncDb.conflicts.bulkPut(conflictRows);
  });
}
