/**
 * The floor under the store benchmark's ingest (`node bench/store.mjs --floor`): the same number
 * of IndexedDB records per transaction as the real ingest writes for 100,000 claims — a claim
 * record per claim, a document record per article, an incident record per incident a batch
 * touches — each holding nothing but its key, in stores without indexes, and no JavaScript
 * besides the writes. No real ingest can be faster than this on the same browser and machine:
 * it tells what the number of records alone costs. The second figure writes one record per
 * article holding its claims instead (no claim records): what packing would buy.
 */
import Dexie from 'dexie';

export interface FloorOptions {
  incidents: number;
  /** Articles per transaction, as in the real benchmark. */
  batch: number;
}

export interface FloorResult {
  claims: number;
  records: number;
  transactions: number;
  seconds: number;
  claimsPerSecond: number;
}

/**
 * Writes the records into a fresh database. `packed`: one record per article holding its claims
 * (no claim records). Run each kind in a browser profile of its own: the databases of an origin
 * share one LevelDB, and a deleted database's data still weighs on the next writes there.
 */
export async function runFloor(opts: FloorOptions, packed: boolean): Promise<FloorResult> {
  const name = 'bench-floor';
  await Dexie.delete(name);
  const db = new Dexie(name);
  db.version(1).stores({ documents: 'id', claims: 'id', incidents: 'id' });
  await db.open();
  const articles = opts.incidents * 2;
  let claim = 0;
  let records = 0;
  let transactions = 0;
  const t0 = performance.now();
  for (let a = 0; a < articles; a += opts.batch) {
    const n = Math.min(opts.batch, articles - a);
    const docs: Array<{ id: string; claims?: Array<{ id: string }> }> = [];
    const claims: Array<{ id: string }> = [];
    for (let i = 0; i < n; i++) {
      // First articles carry 3 claims, second ones 2, as in the workload.
      const own = Array.from({ length: (a + i) % 2 === 0 ? 3 : 2 }, () => ({ id: 'c_' + (claim++).toString(36) }));
      if (packed) docs.push({ id: 'd_' + (a + i).toString(36), claims: own });
      else {
        docs.push({ id: 'd_' + (a + i).toString(36) });
        claims.push(...own);
      }
    }
    // Both articles of an incident mostly fall in one batch: an incident record per two articles.
    const incidents = Array.from({ length: Math.ceil(n / 2) }, (_, i) => ({ id: 'i_' + ((a >> 1) + i).toString(36) }));
    records += docs.length + claims.length + incidents.length;
    transactions++;
    await db.transaction('rw', ['documents', 'claims', 'incidents'], () =>
      Promise.all([
        db.table('documents').bulkPut(docs),
        claims.length ? db.table('claims').bulkAdd(claims) : undefined,
        db.table('incidents').bulkPut(incidents),
      ]),
    );
  }
  const seconds = (performance.now() - t0) / 1000;
  db.close();
  await Dexie.delete(name);
  return { claims: claim, records, transactions, seconds, claimsPerSecond: claim / seconds };
}
