/**
 * What an ingest keeps in memory between transactions: every incident (for the matcher), the
 * ids of the stored documents (to tell a new page from one read before) and tags of the stored
 * statement keys (to look up only statements that may be stored: a wire copy). Held per Dexie
 * instance, so the background's ingests share it.
 *
 * Why: read from IndexedDB, candidate incidents cost one index query per place, figure and
 * division key of a page and then every row found, knowing whether a page is new costs a read
 * per page, and a wire copy is found by a lookup per claim; these reads cost as much as the
 * writes. Held, a page reads nothing but the statements it may share with a stored page.
 *
 * When: loading means reading every incident, which pays off only over many pages. A service
 * worker reading a page now and then keeps reading candidates for its pages (`fetchCandidates`);
 * an import, a sync batch, a benchmark or a long reading session loads everything once
 * (`LOAD_AFTER_PAGES`), and from then on reads nothing.
 *
 * Kept in step with IndexedDB:
 * - an ingest changes what is held as it matches, and settles after its transaction: kept
 *   when the transaction committed, dropped when it failed;
 * - any other write of incidents, documents or claims — a correction, a re-match, an import or
 *   sync merge, a clear; through this Dexie instance, another one, or another context of the
 *   extension — drops it (Dexie's documented 'storagemutated' event, which Dexie broadcasts to
 *   the origin's other contexts), and what is held is loaded again inside a later ingest's own
 *   transaction.
 * The one window: a write in another context (an extension page) arrives here after a message
 * hop of a few milliseconds; a page matched in that window does not see that write. Writes in
 * this context (the background's corrections and sync) are counted when they commit.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import { MemoryIncidentIndex } from '../incidents/memory-matcher';
import type { CountercheckDB, IncidentRow } from './db';

/** Pages ingested without everything held, after which the next ingest loads it. */
export const LOAD_AFTER_PAGES = 200;
/** Time without an ingest after which what is held is let go (a persistent background page keeps it otherwise). */
export const DROP_WHEN_IDLE_MS = 5 * 60_000;

/** What an ingest needs of a stored incident row besides its state, to write its next version. */
export type IncidentMeta = Pick<IncidentRow, 'origin' | 'createdAt' | 'rev'>;

/** What an ingest matches in: the incidents, and what their next rows keep of the stored ones. */
export interface IncidentView {
  readonly index: MemoryIncidentIndex;
  readonly rows: Map<string, IncidentMeta>;
}

const metaOf = (r: IncidentRow): IncidentMeta => ({ origin: r.origin, createdAt: r.createdAt, rev: r.rev });

/** Everything held. */
export interface Held extends IncidentView {
  /** Ids of every stored document. */
  readonly docIds: Set<string>;
  /**
   * Tags (`statementTag`) of every stored statement key: a key whose tag is absent is not
   * stored, and needs no lookup. Tags rather than keys: a tenth of the memory, and a tag shared
   * by two keys only costs a lookup that finds nothing.
   */
  readonly statements: Set<number>;
}

/** 31 bits of a statement key's hash ("w_" + base-36 digits), for `Held.statements`. */
export function statementTag(key: string): number {
  return parseInt(key.slice(6, 12), 36);
}

interface Hold extends Held {
  /** Writes counted when the hold was taken. */
  readonly mark: number;
  /** Loaded inside the holder's transaction. */
  readonly fresh: boolean;
}

const memories = new WeakMap<CountercheckDB, IngestMemory>();

/** The memory of a database instance, shared by its ingests. */
export function ingestMemory(db: CountercheckDB): IngestMemory {
  let m = memories.get(db);
  if (!m) memories.set(db, (m = new IngestMemory(db)));
  return m;
}

export class IngestMemory {
  private held: Held | null = null;
  /** Committed transactions that wrote incidents, documents or claims, as Dexie reports them. */
  private writes = 0;
  /** `writes` when `held` was last known to match IndexedDB. */
  private validAt = -1;
  /** Pages ingested since nothing (valid) was held. */
  private coldPages = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private idle: ReturnType<typeof setTimeout> | null = null;
  /** Pages ingested without everything held, after which the next ingest loads it (tests set 0 or Infinity). */
  loadAfterPages = LOAD_AFTER_PAGES;
  /** Idle time after which what is held is let go (tests shorten it). */
  dropWhenIdleMs = DROP_WHEN_IDLE_MS;

  constructor(private readonly db: CountercheckDB) {
    const watched = ['incidents', 'documents', 'claims'].map((t) => `idb://${db.name}/${t}/`);
    const onChange = (parts: ObservabilitySet) => {
      // Keys are "idb://<database>/<table>/<index>"; anything else (Dexie's "everything may have
      // changed" after a page comes back from the back/forward cache) counts as a change too.
      for (const k of Object.keys(parts)) {
        if (!k.startsWith('idb://') || watched.some((w) => k.startsWith(w))) {
          this.writes++;
          return;
        }
      }
    };
    // Subscribed for the life of the Dexie instance (it reopens itself after a close).
    Dexie.on('storagemutated', onChange);
    db.on('close', () => this.drop());
  }

  /**
   * Runs `task` when no other task of this memory runs: two ingests must not match over each
   * other's uncommitted incidents (IndexedDB serializes their writes, not their matching).
   */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Whether an ingest of `pages` pages should match over everything held, loading it first when needed. */
  wantsHeld(pages: number): boolean {
    if (this.held && this.validAt === this.writes) return true;
    this.coldPages += pages;
    return this.coldPages > this.loadAfterPages;
  }

  /**
   * Everything held, loaded now when not held or possibly stale. Call inside a transaction that
   * includes incidents, documents and claims, after a first request of that transaction has answered:
   * by then every earlier transaction of this context that wrote them has committed and been
   * counted. Dexie calls only.
   */
  async hold(): Promise<Held> {
    if (this.held && this.validAt === this.writes) {
      const hold: Hold = { ...this.held, mark: this.writes, fresh: false };
      return hold;
    }
    this.held = null;
    const mark = this.writes;
    const [rows, docIds, statements] = await Promise.all([
      this.db.incidents.toArray(),
      this.db.documents.toCollection().primaryKeys(),
      indexTags(this.db.claims.name, 'statementKey', statementTag),
    ]);
    const index = new MemoryIncidentIndex();
    const byId = new Map<string, IncidentMeta>();
    for (const r of rows) {
      index.put(r.state);
      byId.set(r.id, metaOf(r));
    }
    this.held = { index, rows: byId, docIds: new Set(docIds), statements };
    const hold: Hold = { ...this.held, mark, fresh: true };
    return hold;
  }

  /**
   * After the holder's transaction: keeps what it matched and stored when the transaction
   * committed and no other write can have been missed; drops everything otherwise.
   */
  settle(h: Held, committed: boolean): void {
    const hold = h as Hold;
    if (!this.held || this.held.index !== hold.index) return;
    // Every ingest writes documents, so its own commit is counted once. Loaded inside the
    // transaction, writes counted meanwhile committed before it (its write lock excludes later
    // ones) and are in what was loaded.
    if (committed && (hold.fresh || this.writes - hold.mark === 1)) {
      this.validAt = this.writes;
      this.coldPages = 0;
      if (this.idle) clearTimeout(this.idle);
      this.idle = setTimeout(() => this.drop(), this.dropWhenIdleMs);
      // Node (the CLI, tests): a pending timer must not keep the process alive.
      (this.idle as { unref?: () => void }).unref?.();
    } else this.drop();
  }

  /** Whether something is held and known to match IndexedDB. */
  get holding(): boolean {
    return this.held !== null && this.validAt === this.writes;
  }

  /** Forgets everything held (loaded again when pages keep coming). */
  drop(): void {
    this.held = null;
    this.coldPages = 0;
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
  }
}

/**
 * Every distinct key of an index, tagged: one key cursor ('nextunique') on the caller's
 * transaction, raw, because Dexie's per-step overhead is most of the cost of a walk over every
 * claim. Dexie calls only.
 */
function indexTags(table: string, index: string, tag: (key: string) => number): Promise<Set<number>> {
  const out = new Set<number>();
  const ix = Dexie.currentTransaction!.idbtrans.objectStore(table).index(index);
  return new Dexie.Promise((resolve, reject) => {
    const req = ix.openKeyCursor(null, 'nextunique');
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return resolve(out);
      out.add(tag(cursor.key as string));
      cursor.continue();
    };
    req.onerror = () => reject(req.error);
  });
}

/**
 * Candidate incidents for pages read without everything held: those filed under the pages'
 * query keys, by the blockKeys index, and those of the days they look up, by the dateStart index
 * (day keys stay out of blockKeys; an incident's dateStart lies at most 14 days before any day
 * it is filed under). A superset: the view filters it through the same keys as the held index
 * would. Dexie calls only.
 */
export async function fetchCandidates(db: CountercheckDB, queryKeys: ReadonlySet<string>): Promise<IncidentView> {
  const days: string[] = [];
  const named: string[] = [];
  for (const k of queryKeys) (k.startsWith('d:') ? days : named).push(k);
  days.sort();
  const [byKey, byDay] = await Promise.all([
    // One exact lookup per key, issued together: Dexie's anyOf walks one cursor from key to key,
    // a round trip per step. Primary keys only: an incident filed under several keys is read once.
    Promise.all(named.map((k) => db.incidents.where('blockKeys').equals(k).primaryKeys())),
    days.length ? db.incidents.where('dateStart').between(shiftDay(days[0]!.slice(2), -14), days[days.length - 1]!.slice(2), true, true).toArray() : [],
  ]);
  const ids = new Set(byKey.flat());
  for (const r of byDay) ids.delete(r.id);
  const fetched = ids.size ? await db.incidents.bulkGet([...ids]) : [];
  const index = new MemoryIncidentIndex();
  const rows = new Map<string, IncidentMeta>();
  for (const r of [...byDay, ...fetched]) {
    if (!r) continue;
    index.put(r.state);
    rows.set(r.id, metaOf(r));
  }
  return { index, rows };
}

function shiftDay(day: string, by: number): string {
  return new Date(Date.parse(day + 'T00:00:00Z') + by * 86_400_000).toISOString().slice(0, 10);
}
