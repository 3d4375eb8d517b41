/**
 * The incidents of one database held in memory for the matcher, by whoever ingests: the
 * long-lived background, a CLI run, a benchmark. Reading candidate incidents from IndexedDB for
 * every page (one index query per place, figure and division key, then every row found) cost
 * more than the rest of an ingest together; held here, matching a page reads nothing.
 *
 * Kept in step with IndexedDB:
 * - an ingest changes it as it matches, and settles it after its transaction: kept when the
 *   transaction committed, dropped when it failed;
 * - any other write of incidents — a correction, a re-match, a dataset import or sync merge, a
 *   clear, through this Dexie instance, another one, or another context of the extension — drops
 *   it (Dexie's documented 'storagemutated' event, which Dexie also broadcasts to the origin's
 *   other contexts), and the next ingest loads it again inside its own transaction.
 *
 * The one window: a write in another context (an extension page) reaches this context after a
 * message hop of a few milliseconds; a page matched in that window does not see that write's
 * incidents. Writes in the same context (the background's own corrections and sync) are seen
 * at once, because the event fires when their transaction commits.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import { MemoryIncidentIndex } from '../incidents/memory-matcher';
import type { CountercheckDB, IncidentRow } from './db';

/** What an ingest holds while it matches: the index to match in, and the stored rows (for their origin, creation time and revision). */
export interface HeldIncidents {
  readonly index: MemoryIncidentIndex;
  readonly rows: Map<string, IncidentRow>;
}

interface Hold extends HeldIncidents {
  /** Incident writes seen when the hold was taken. */
  readonly mark: number;
  /** Loaded inside the holder's own transaction (so nothing committed before it was missed). */
  readonly fresh: boolean;
}

const caches = new WeakMap<CountercheckDB, IncidentCache>();

/** The cache of a database instance (one per Dexie instance, shared by its ingests). */
export function incidentCache(db: CountercheckDB): IncidentCache {
  let c = caches.get(db);
  if (!c) caches.set(db, (c = new IncidentCache(db)));
  return c;
}

export class IncidentCache {
  private held: HeldIncidents | null = null;
  /** Committed transactions that wrote incidents, counted as Dexie reports them. */
  private writes = 0;
  /** `writes` when `held` was last known to match IndexedDB. */
  private validAt = -1;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly prefix: string;

  constructor(private readonly db: CountercheckDB) {
    this.prefix = `idb://${db.name}/incidents/`;
    const onChange = (parts: ObservabilitySet) => {
      // Keys are "idb://<database>/<table>/<index>"; anything else (Dexie's "everything may have
      // changed" after a page is restored from the back/forward cache) counts as a change too.
      for (const k of Object.keys(parts)) {
        if (k.startsWith(this.prefix) || !k.startsWith('idb://')) {
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
   * Runs `task` when no other task of this cache runs: two ingests must not match over each
   * other's uncommitted incidents (IndexedDB would serialize their writes, but not their matching).
   */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * The held incidents, loaded now when not held or possibly stale. Call inside a transaction
   * that includes incidents, after a first request of that transaction has answered: by then
   * every earlier transaction of this context that wrote incidents has committed and been
   * counted. Dexie calls only.
   */
  async hold(): Promise<HeldIncidents> {
    if (this.held && this.validAt === this.writes) {
      const hold: Hold = { ...this.held, mark: this.writes, fresh: false };
      return hold;
    }
    this.held = null;
    const mark = this.writes;
    const rows = await this.db.incidents.toArray();
    const index = new MemoryIncidentIndex();
    const byId = new Map<string, IncidentRow>();
    for (const r of rows) {
      index.put(r.state);
      byId.set(r.id, r);
    }
    this.held = { index, rows: byId };
    const hold: Hold = { ...this.held, mark, fresh: true };
    return hold;
  }

  /**
   * After the holder's transaction: keeps what it matched when the transaction committed and no
   * other write of incidents can have been missed, drops everything otherwise.
   */
  settle(h: HeldIncidents, committed: boolean, wroteIncidents: boolean): void {
    const hold = h as Hold;
    if (!this.held || this.held.index !== hold.index) return;
    // Loaded inside the transaction: writes counted meanwhile committed before it (its write
    // lock excludes later ones), so they are in what was loaded. Otherwise only its own write may
    // have been counted.
    const ownOnly = this.writes - hold.mark === (wroteIncidents ? 1 : 0);
    if (committed && (hold.fresh || ownOnly)) this.validAt = this.writes;
    else this.held = null;
  }

  /** Forgets everything held (the next ingest loads it again). */
  drop(): void {
    this.held = null;
  }
}
