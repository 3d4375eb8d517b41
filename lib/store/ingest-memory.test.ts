import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Claim, EventType } from '../extract/types';
import type { Gazetteer } from '../incidents/gazetteer';
import { loadGazetteer } from '../incidents/gazetteer-node';
import { MemoryMatcher } from '../incidents/memory-matcher';
import { Corrections } from './corrections';
import { openClaimStore, type CountercheckDB } from './db';
import { StorageFullError } from './errors';
import { ingestMemory, LOAD_AFTER_PAGES } from './ingest-memory';
import { ClaimIngest, type IngestInput } from './ingest';
import { claimIn, otherStrike, outletA, outletB, simulateFullDisk } from './test-fixtures';
import { mulberry32 as rng } from '../test-support/random';

let gaz: Gazetteer;
beforeAll(() => {
  gaz = loadGazetteer();
}, 30_000);

const open: CountercheckDB[] = [];
/** A store whose ingests match over everything held from the first page ('held'), or never ('read'). */
function store(mode: 'held' | 'read', name = 'memory-' + Math.random()): CountercheckDB {
  const db = openClaimStore(name);
  ingestMemory(db).loadAfterPages = mode === 'held' ? -1 : Infinity;
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

let t = 1_750_000_000_000;
const clock = () => (t += 1000);

const TOWNS = ['Kramatorsk', 'Mariupol', 'Mosul', 'Idlib', 'Aleppo', 'Mayadin', 'Al-Mayadin', 'Kharkiv', 'Saada', 'Hodeidah', 'Makiyivka', 'Donetsk'];
const TYPES: EventType[] = ['air strike', 'shelling', 'missile strike', 'explosion'];
const SOURCES = ['local officials', 'the health ministry', "Russia's Defense Ministry", 'rescuers', 'police', null];

/**
 * Articles about a few dozen events in a dozen towns (spelling variants, the same town a year
 * apart, undated claims, wire sentences carried by two outlets): many close calls for the matcher.
 */
function articles(n: number, seed: number): IngestInput[] {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const out: IngestInput[] = [];
  const day = (d: number) => new Date(Date.UTC(2022, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
  const events = Array.from({ length: 30 }, (_, i) => ({ town: pick(TOWNS), when: Math.floor(r() * 500), type: pick(TYPES), killed: 3 + Math.floor(r() * 60), i }));
  for (let d = 0; d < n; d++) {
    const e = pick(events);
    const published = day(e.when + 1 + Math.floor(r() * 3));
    const sentences: Array<[string, string, Partial<Claim>]> = [];
    const source = pick(SOURCES);
    const wire = `At least ${e.killed} people were killed in ${e.town} in the ${e.type} (event ${e.i}), ${source ?? 'witnesses'} said.`;
    sentences.push([wire, `${e.killed}`, { low: e.killed, high: null, source, place: e.town, date: r() < 0.6 ? day(e.when) : null, eventType: e.type }]);
    if (r() < 0.6) sentences.push([`Another ${e.killed + 4} were wounded in ${pick([e.town, pick(TOWNS)])} (article ${d}).`, `${e.killed + 4}`, { low: e.killed + 4, high: e.killed + 4, outcome: 'wounded', place: r() < 0.7 ? e.town : null }]);
    if (r() < 0.3) sentences.push([`The war has killed more than ${20_000 + e.i} people since 2014 (article ${d}).`, `${20_000 + e.i}`, { low: 20_001 + e.i, high: null, place: 'Ukraine' }]);
    const text = sentences.map((s) => s[0]).join(' ');
    out.push({
      doc: { url: `https://outlet-${d % 5}.example/${d}`, outlet: `Outlet ${d % 5}`, published, title: r() < 0.5 ? `Strike on ${e.town}` : null },
      text,
      claims: sentences.map(([q, num, p]) => claimIn(text, q, num, p)),
    });
  }
  return out;
}

/** Each claim's incident, named by the first claim (document and position) that joined it. */
function partition(perDoc: string[][]): string[][] {
  const first = new Map<string, string>();
  return perDoc.map((ids, d) =>
    ids.map((inc, i) => {
      if (!first.has(inc)) first.set(inc, `${d}.${i}`);
      return first.get(inc)!;
    }),
  );
}

async function viaStore(db: CountercheckDB, docs: IngestInput[], batches: number[]): Promise<string[][]> {
  const out: string[][] = [];
  let i = 0;
  for (let b = 0; i < docs.length; b++) {
    const size = batches[b % batches.length]!;
    // A new ClaimIngest for every batch: the held incidents belong to the database, not to it.
    const results = await new ClaimIngest(db, gaz, clock).ingestMany(docs.slice(i, i + size));
    for (const r of results) {
      const byId = new Map(r.added.map((m) => [m.claimId, m.incidentId]));
      const rows = await db.claims.where('docId').equals(r.documentId).toArray();
      out.push(rows.sort((a, b) => a.selector.start - b.selector.start).map((c) => byId.get(c.id)!));
    }
    i += size;
  }
  return out;
}

function viaMemory(docs: IngestInput[]): string[][] {
  const m = new MemoryMatcher(gaz);
  return docs.map((d, i) =>
    m.addDocument({ id: `doc${i}`, published: d.doc.published ?? null, title: d.doc.title ?? null, claims: d.claims.map((c, j) => ({ ...c, id: `doc${i}#${j}` })) }).map((x) => x.incidentId),
  );
}

describe("the ingest's memory", () => {
  it('decides as the in-memory matcher (the CLI) does, held or read, in any batch size, across restarts', async () => {
    const docs = articles(120, 3);
    const want = partition(viaMemory(docs));
    expect(new Set(want.flat()).size).toBeGreaterThan(10);
    const wires: Array<Array<[string, string | null]>> = [];
    for (const mode of ['held', 'read'] as const) {
      expect(partition(await viaStore(store(mode), docs, [50]))).toEqual(want);
      const db = store(mode);
      expect(partition(await viaStore(db, docs, [1, 7, 3]))).toEqual(want);
      wires.push((await db.claims.toArray()).map((c) => [c.id, c.wireOf]));
    }
    // Wire copies are found the same way whether statement keys were held or looked up.
    expect(wires[0]!.filter(([, w]) => w).length).toBeGreaterThan(5);
    expect(wires[0]).toEqual(wires[1]);
    // Half read, then the background restarts (a new Dexie instance: nothing held), then the rest.
    const name = 'restart-' + Math.random();
    const first = await viaStore(store('held', name), docs.slice(0, 60), [10]);
    open[open.length - 1]!.close();
    const rest = await viaStore(store('held', name), docs.slice(60), [10]);
    expect(partition([...first, ...rest])).toEqual(want);
  });

  it('loads everything once enough pages came without it, and reads no candidates from then on', async () => {
    const db = openClaimStore('threshold-' + Math.random());
    open.push(db);
    const memory = ingestMemory(db);
    expect(memory.loadAfterPages).toBe(LOAD_AFTER_PAGES);
    const docs = articles(LOAD_AFTER_PAGES + 60, 5);
    const reads: string[] = [];
    db.use({
      stack: 'dbcore',
      name: 'count-incident-reads',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          return name === 'incidents' ? { ...t, query: (req) => (reads.push('query'), t.query(req)), getMany: (req) => (reads.push('getMany'), t.getMany(req)) } : t;
        },
      }),
    });
    const ingest = new ClaimIngest(db, gaz, clock);
    await ingest.ingestMany(docs.slice(0, LOAD_AFTER_PAGES));
    expect(reads.length).toBeGreaterThan(0);
    await ingest.ingestMany(docs.slice(LOAD_AFTER_PAGES, LOAD_AFTER_PAGES + 30));
    reads.length = 0;
    await ingest.ingestMany(docs.slice(LOAD_AFTER_PAGES + 30));
    expect(reads).toEqual([]);
  });

  it('lets go of what it holds when no page comes for a while', async () => {
    const db = store('held');
    const memory = ingestMemory(db);
    memory.dropWhenIdleMs = 30;
    const ingest = new ClaimIngest(db, gaz, clock);
    await ingest.ingest(outletA());
    expect(memory.holding).toBe(true);
    const b = await ingest.ingest(outletB());
    await new Promise((r) => setTimeout(r, 15));
    expect(memory.holding).toBe(true);
    await new Promise((r) => setTimeout(r, 60));
    expect(memory.holding).toBe(false);
    // Loaded again by the next page, which still finds the incident.
    const c = await ingest.ingest({ ...outletB(), doc: { ...outletB().doc, url: 'https://outlet-f.example/copy' } });
    expect(memory.holding).toBe(true);
    expect(c.added[0]!.incidentId).toBe(b.added[0]!.incidentId);
  });

  it('sees a correction made through the same database at the next ingest', async () => {
    const db = store('held');
    const ingest = new ClaimIngest(db, gaz, clock);
    const a = await ingest.ingest(outletA());
    // The user moves the wire claim to an incident of its own; outlet B's copy of the sentence
    // then finds that incident (same statement, place and date) and no longer the old one.
    await new Corrections(db, clock).move([a.added[0]!.claimId], null);
    const moved = (await db.claims.get(a.added[0]!.claimId))!.incidentId!;
    const held = await db.transaction('r', [db.incidents, db.documents, db.claims], () => ingestMemory(db).hold());
    expect(held.index.get(moved)).toBeDefined();
    const b = await ingest.ingest(outletB());
    expect(await db.incidents.get(b.added[0]!.incidentId)).toBeDefined();
  });

  it('drops what it holds when another Dexie instance (another context) writes', async () => {
    const name = 'two-' + Math.random();
    const mine = store('held', name);
    const theirs = store('held', name);
    const ingest = new ClaimIngest(mine, gaz, clock);
    await ingest.ingest(otherStrike());
    // Another context stores the Mayadin reports; this one must find their incident.
    const a = await new ClaimIngest(theirs, gaz, clock).ingest(outletA());
    const b = await ingest.ingest(outletB());
    expect(b.added[0]!.incidentId).toBe(a.added[0]!.incidentId);
    // The page the other context stored is known here: read again, nothing is added.
    const again0 = await ingest.ingest(outletA());
    expect(again0.added).toEqual([]);
    expect(again0.alreadyStored.sort()).toEqual(a.added.map((m) => m.claimId).sort());
    // And a clear in the other context leaves nothing held here.
    await theirs.incidents.clear();
    await theirs.claims.clear();
    await theirs.documents.clear();
    const again = await ingest.ingest(outletB());
    expect(await mine.incidents.get(again.added[0]!.incidentId)).toBeDefined();
  });

  it('forgets the incidents of a failed ingest', async () => {
    const db = store('held');
    let full = false;
    simulateFullDisk(db, () => full);
    const ingest = new ClaimIngest(db, gaz, clock);
    await ingest.ingest(otherStrike());
    full = true;
    await expect(ingest.ingest(outletA())).rejects.toBeInstanceOf(StorageFullError);
    full = false;
    // Had the failed page's incident stayed held, outlet B would have joined an incident that
    // was never stored.
    const b = await ingest.ingest(outletB());
    for (const m of b.added) expect(await db.incidents.get(m.incidentId)).toBeDefined();
    expect(b.added[0]!.created).toBe(true);
  });
});
