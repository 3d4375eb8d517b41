/**
 * Sync bookkeeping, per remote database, in its own small Dexie database beside the claim store
 * (so the store's schema stays the store's): the revision each record was last synced at, the
 * checkpoints, and the conflicts waiting for the user.
 *
 * It cannot share a transaction with the claim store, so every step is written to be safe to
 * repeat: revisions are content-derived, and a record whose content already matches is only
 * re-recorded, never re-applied.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { ClaimRecord, CorrectionRecord } from '../dataset/format';

/** The revision a record was last exchanged at with a remote, and the hash of its content then. */
export interface RevState {
  remote: string;
  id: string;
  /** CouchDB revision "N-hash". */
  rev: string;
  /** contentHash of the record at that revision: the local row is unchanged while its hash is this. */
  hash: string;
}

/** One leaf of a conflicted document: a revision and what it says (null: a deletion). */
export interface Leaf {
  rev: string;
  record: ClaimRecord | CorrectionRecord | null;
}

export interface ConflictRow {
  remote: string;
  id: string;
  /**
   * 'claim': the server holds competing revisions of one claim (edited in two places).
   * 'correction': a teammate's correction changes claims the user corrected; the user's stays.
   */
  kind: 'claim' | 'correction';
  /** The revision CouchDB shows (its deterministic winner); for a correction, the incoming one. */
  winner: Leaf;
  /** The other leaves, none lost. */
  others: Leaf[];
  /** For 'correction': the user's own corrections it overlaps. */
  yours?: string[];
  detectedAt: number;
  /** The user chose to keep theirs ('correction' only); kept so a re-read doesn't ask again. */
  dismissed?: boolean;
}

/** A checkpoint as written on both sides; the newest entry both sides share is where to resume. */
export interface CheckpointEntry {
  session: string;
  seq: string | number;
}

export interface ReplicaRow {
  remote: string;
  /** Random, made once per remote: names this store's checkpoints and reading records on the server. */
  replicaId: string;
  pull: CheckpointEntry[];
  push: CheckpointEntry[];
  /** Rows changed at or after this time (ms) are looked at by the next push. */
  pushWatermark: number;
  /** The sharing policy the watermark was reached under; a wider policy starts over. */
  pushPolicy: string;
}

export type SyncDB = Dexie & {
  revs: Table<RevState, [string, string]>;
  conflicts: Table<ConflictRow, [string, string]>;
  replicas: EntityTable<ReplicaRow, 'remote'>;
};

export const SYNC_DB_NAME = 'countercheck-sync';

export function openSyncStore(name: string = SYNC_DB_NAME): SyncDB {
  const db = new Dexie(name) as SyncDB;
  db.version(1).stores({
    revs: '[remote+id]',
    conflicts: '[remote+id], remote',
    replicas: 'remote',
  });
  return db;
}

/** The replica row for a remote, created on first use. */
export async function replicaOf(db: SyncDB, remote: string): Promise<ReplicaRow> {
  return db.transaction('rw', db.replicas, async () => {
    const row = await db.replicas.get(remote);
    if (row) return row;
    const fresh: ReplicaRow = { remote, replicaId: randomId(), pull: [], push: [], pushWatermark: 0, pushPolicy: '' };
    await db.replicas.add(fresh);
    return fresh;
  });
}

export function randomId(): string {
  const b = crypto.getRandomValues(new Uint8Array(12));
  return [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
}

/** Revision states of `ids` for a remote, by id. */
export async function revStates(db: SyncDB, remote: string, ids: readonly string[]): Promise<Map<string, RevState>> {
  const rows = await db.revs.bulkGet(ids.map((id): [string, string] => [remote, id]));
  const out = new Map<string, RevState>();
  for (const r of rows) if (r) out.set(r.id, r);
  return out;
}
