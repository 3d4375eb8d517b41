/**
 * Floors under the store benchmark's ingest (`node bench/store.mjs --floor`): the same number of
 * IndexedDB records per transaction as the real ingest writes for 100,000 claims — a claim record
 * per claim, a document record per article, an incident record per incident a batch touches —
 * with no JavaScript besides the writes. No real ingest can be faster than its floor on the same
 * browser and machine. Two kinds, each for two layouts:
 *
 * - `keys`: records holding nothing but their key, in stores without indexes: what the number of
 *   records alone costs.
 * - `rows`: records shaped like the real ones — random content-hash-like ids, a claim ~1.1 KB, an
 *   incident ~0.9 KB with 7 block keys, the real schema's indexes (SCHEMA_V4): what the ingest
 *   costs the browser when its own JavaScript (validation, ids, matching) is free.
 *
 * The layouts: a record per claim (the store as it is), or `packed`, one record per article
 * holding its claims (no claim records; the article record then needs multi-entry indexes on its
 * claims' ids, incidents and statement keys to answer the same queries): what packing would buy.
 */
import Dexie from 'dexie';
import { SCHEMA_V4 } from '../lib/store/db';
import { mulberry32 } from '../lib/test-support/random';

export type FloorKind = 'keys' | 'rows';

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

/** What a packed layout would index on its article records to find claims by id, incident and statement. */
const PACKED_DOCUMENTS = 'id, *claimIds, *incidentIds, *statementKeys, updatedAt';

/** A 22-character base-36 id like the store's hashes (lib/store/ids.ts), from `r`. */
function randomId(r: () => number, prefix: string): string {
  let s = prefix;
  for (let i = 0; i < 22; i++) s += '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(r() * 36)];
  return s;
}

/**
 * Writes the records into a fresh database. Run each floor in a browser profile of its own: the
 * databases of an origin share one LevelDB, and a deleted database's data still weighs on the
 * next writes there.
 */
export async function runFloor(opts: FloorOptions, kind: FloorKind, packed: boolean): Promise<FloorResult> {
  const name = 'bench-floor';
  await Dexie.delete(name);
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed' });
  if (kind === 'keys') db.version(1).stores({ documents: 'id', claims: 'id', incidents: 'id' });
  else if (!packed) db.version(1).stores(SCHEMA_V4);
  else {
    const { claims: _none, ...others } = SCHEMA_V4;
    db.version(1).stores({ ...others, documents: PACKED_DOCUMENTS });
  }
  await db.open();
  const r = mulberry32(1);
  const id = (prefix: string, n: number) => (kind === 'keys' ? prefix + n.toString(36) : randomId(r, prefix));
  // The bytes of a real row's text fields (quote, selector, reasons, resolved place), in one string.
  const claimText = 'x'.repeat(kind === 'keys' ? 0 : 750);
  const stateText = 'x'.repeat(kind === 'keys' ? 0 : 450);
  const articles = opts.incidents * 2;
  let claim = 0;
  let records = 0;
  let transactions = 0;
  const t0 = performance.now();
  for (let a = 0; a < articles; a += opts.batch) {
    const n = Math.min(opts.batch, articles - a);
    // Both articles of an incident mostly fall in one batch: an incident record per two articles.
    const incidents = Array.from({ length: Math.ceil(n / 2) }, (_, i) => {
      const row: Record<string, unknown> = { id: id('i_', (a >> 1) + i) };
      if (kind === 'rows') Object.assign(row, { dateStart: '2024-05-0' + (i % 9), blockKeys: Array.from({ length: 7 }, () => randomId(r, 'k:').slice(0, 12)), state: stateText });
      return row;
    });
    const docs: Array<Record<string, unknown>> = [];
    const claims: Array<Record<string, unknown>> = [];
    for (let i = 0; i < n; i++) {
      const docId = id('d_', a + i);
      const incidentId = incidents[i >> 1]!.id as string;
      // First articles carry 3 claims, second ones 2, as in the workload.
      const own = Array.from({ length: (a + i) % 2 === 0 ? 3 : 2 }, () => {
        const c: Record<string, unknown> = { id: id('c_', claim++) };
        if (kind === 'rows') Object.assign(c, { docId, incidentId, eventDate: '2024-05-01', statementKey: randomId(r, 'w_'), updatedAt: Date.now(), text: claimText });
        return c;
      });
      const doc: Record<string, unknown> = { id: docId };
      if (kind === 'rows') Object.assign(doc, { url: `https://news.example/${docId}`, outlet: `Outlet ${i % 7}`, lastSeen: Date.now(), updatedAt: Date.now() });
      if (packed) {
        doc.claims = own;
        if (kind === 'rows') Object.assign(doc, { claimIds: own.map((c) => c.id), incidentIds: [incidentId], statementKeys: own.map((c) => c.statementKey) });
      } else claims.push(...own);
      docs.push(doc);
    }
    records += docs.length + claims.length + incidents.length;
    transactions++;
    await db.transaction('rw', ['documents', 'incidents', ...(packed ? [] : ['claims'])], () =>
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
