/**
 * Checkpoints, kept on both sides as CouchDB's replicator keeps them: in a `_local` document on
 * the server (never replicated, never in the changes feed) and in the local sync database. Each
 * side keeps its last few entries; a sync resumes from the newest entry both sides share. A
 * server database that was deleted and made again has no `_local` document, so the sync starts
 * over instead of trusting a sequence number from another database.
 */
import type { CouchClient } from './couch-client';
import { randomId, type CheckpointEntry, type ReplicaRow, type SyncDB } from './sync-db';

const KEEP = 5;

export type Direction = 'pull' | 'push';

/** The `_local` document id for one direction of one replica. */
export function checkpointDocId(replicaId: string, dir: Direction): string {
  return `countercheck-${replicaId}-${dir}`;
}

interface CheckpointDoc {
  replicator: 'countercheck';
  version: 1;
  history: CheckpointEntry[];
}

/** The newest entry of `local` that `remote` has too. */
export function agreed(local: readonly CheckpointEntry[], remote: readonly CheckpointEntry[] | null | undefined): CheckpointEntry | null {
  if (!remote?.length) return null;
  for (const l of local) if (remote.some((r) => r.session === l.session && String(r.seq) === String(l.seq))) return l;
  return null;
}

/** Where to resume `dir` from: the agreed entry, or null to start over. */
export async function resumePoint(client: CouchClient, replica: ReplicaRow, dir: Direction): Promise<CheckpointEntry | null> {
  const doc = await client.getLocal<CheckpointDoc>(checkpointDocId(replica.replicaId, dir));
  return agreed(replica[dir], Array.isArray(doc?.history) ? doc.history : null);
}

/**
 * Records progress: the local side first, then the server. A failure between the two leaves the
 * sides one entry apart, and the next run resumes from the older entry (repeating a batch is safe).
 */
export async function saveCheckpoint(
  client: CouchClient,
  syncDb: SyncDB,
  remote: string,
  dir: Direction,
  seq: string | number,
  extra: Partial<Pick<ReplicaRow, 'pushWatermark' | 'pushPolicy'>> = {},
): Promise<void> {
  const entry: CheckpointEntry = { session: randomId(), seq };
  let history: CheckpointEntry[] = [];
  let replicaId = '';
  await syncDb.transaction('rw', syncDb.replicas, async () => {
    const row = (await syncDb.replicas.get(remote))!;
    history = [entry, ...row[dir]].slice(0, KEEP);
    replicaId = row.replicaId;
    await syncDb.replicas.put({ ...row, ...extra, [dir]: history });
  });
  const doc: CheckpointDoc = { replicator: 'countercheck', version: 1, history };
  await client.putLocal(checkpointDocId(replicaId, dir), doc);
}
