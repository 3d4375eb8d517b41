/**
 * Conflicts the user sees and settles. A claim edited in two places has two leaves in the
 * server's revision tree; both stay until the user keeps one: the others are then deleted on the
 * server (as children of their leaves, so the history stays), and every member's next pull
 * brings the kept version.
 */
import { mergeRecords } from '../dataset/merge';
import type { ClaimRecord } from '../dataset/format';
import { contentHash } from '../dataset/canonical';
import { CouchClient } from './couch-client';
import { SyncError } from './errors';
import { remoteKey, type Remote } from './remote';
import type { SyncOptions } from './replicate';
import { tombstone } from './revisions';
import type { ConflictRow, SyncDB } from './sync-db';

/** Open conflicts with a remote, oldest first (dismissed correction notices left out). */
export async function listConflicts(syncDb: SyncDB, remote: Remote): Promise<ConflictRow[]> {
  const rows = await syncDb.conflicts.where('remote').equals(remoteKey(remote)).toArray();
  return rows.filter((r) => !r.dismissed).sort((a, b) => a.detectedAt - b.detectedAt || a.id.localeCompare(b.id));
}

/**
 * Keeps revision `keepRev` of a conflicted claim: deletes the other leaves on the server, and
 * stores the kept version here. Throws SyncError when the server can't be reached (nothing changes then).
 */
export async function resolveConflict(o: SyncOptions, id: string, keepRev: string): Promise<void> {
  const key = remoteKey(o.remote);
  const row = await o.syncDb.conflicts.get([key, id]);
  if (!row) return;
  if (row.kind === 'correction') {
    // A teammate's correction of claims the user corrected: the user's stays; this only hides the notice.
    await o.syncDb.conflicts.put({ ...row, dismissed: true });
    return;
  }
  const leaves = [row.winner, ...row.others];
  const keep = leaves.find((l) => l.rev === keepRev);
  if (!keep?.record || keep.record.type !== 'claim') throw new SyncError('protocol', `No revision ${keepRev} of ${id} to keep`);
  const client = new CouchClient(o.remote, { fetch: o.fetch, timeoutMs: o.timeoutMs });
  const res = await client.bulkDocsAsIs(leaves.filter((l) => l.rev !== keepRev).map((l) => tombstone(id, l.rev)));
  const refused = res.find((r) => r.error);
  if (refused) throw new SyncError('http', `The server refused to settle the conflict on ${id}: ${refused.error} ${refused.reason ?? ''}`.trim());
  const record = keep.record as ClaimRecord;
  await mergeRecords(o.db, { claims: [record], corrections: [] }, { places: await o.places(), rule: () => 'replace', clock: o.clock });
  await o.syncDb.transaction('rw', [o.syncDb.revs, o.syncDb.conflicts], async () => {
    await o.syncDb.revs.put({ remote: key, id, rev: keepRev, hash: contentHash(record) });
    await o.syncDb.conflicts.delete([key, id]);
  });
}
