/**
 * The store benchmark's workload, shared by the Node run (fake-indexeddb) and the Chromium run
 * (real IndexedDB on an extension page): 20,000 generated incidents, each reported by two
 * articles (3 + 2 claims, 100,000 claims in all), read in publication order through the real
 * ingest (validation, ids, sources, wire copies, incident matching), then the compare query on
 * random claims, pages read one per transaction, pages read by a restarted background, and the
 * cost of loading the ingest's memory from the full store.
 */
import type { Claim, EventType } from '../lib/extract/types';
import type { PlaceResolver } from '../lib/incidents/features';
import { compareClaim } from '../lib/store/compare';
import { openClaimStore } from '../lib/store/db';
import { ClaimIngest, type IngestInput } from '../lib/store/ingest';
import { ingestMemory } from '../lib/store/ingest-memory';
import Dexie from 'dexie';
import { mulberry32 as rng } from '../lib/test-support/random';

export interface BenchOptions {
  incidents: number;
  /** Articles per ingest transaction (an import or a sync batch). */
  batch: number;
  queries: number;
  /** Pages ingested one per transaction at the end, as a reader's browsing does. */
  singlePages: number;
  /** Town names to place incidents in (real gazetteer names). */
  towns: string[];
  log?: (s: string) => void;
  /** Called as each phase starts ('ingest', 'compare', 'pages', 'restarts', 'end'): profilers hook in here. */
  phase?: (name: string) => Promise<void>;
}

export interface BenchResult {
  claims: number;
  documents: number;
  incidentsFormed: number;
  ingestSeconds: number;
  claimsPerSecond: number;
  compareP50: number;
  compareP95: number;
  compareMeanClaims: number;
  /** Pages read one per transaction into the full store. */
  singlePages: number;
  singlePageP50: number;
  singlePageP95: number;
  /** Pages read each by a restarted background (a new Dexie instance, nothing held). */
  restarts: number;
  restartPageP50: number;
  restartPageP95: number;
  /** Loading the ingest's memory from the full store (paid once by an import or a long session). */
  memoryLoadMs: number;
  memoryHolds: { incidents: number; documents: number; statements: number };
}

/** Restarts of the background measured, one page each. */
const RESTARTS = 20;

const TYPES: EventType[] = ['air strike', 'shelling', 'missile strike', 'drone strike', 'explosion', 'shooting'];
const SOURCES = [
  "Russia's Defense Ministry", 'the Russian defence ministry', "Moscow's defence ministry", "Ukraine's military",
  'the Syrian Observatory for Human Rights', 'local officials', 'the health ministry', 'rescue workers', 'the regional governor',
  'the United Nations', 'Doctors Without Borders', 'Médecins Sans Frontières', 'police', 'hospital officials', 'the army',
];
const VICTIMS = ['civilians', 'people', 'soldiers', 'children', 'Russian troops', 'Ukrainian soldiers', 'residents'];

function day(base: number, offset: number): string {
  return new Date((base + offset) * 86_400_000).toISOString().slice(0, 10);
}

/** One article: a text and claims located in it. */
function article(id: string, published: string, sentences: Array<{ text: string; claim: Omit<Claim, 'quote' | 'quoteStart' | 'quoteEnd' | 'numberStart' | 'numberEnd' | 'doc'> }>): IngestInput {
  let text = '';
  const claims: Claim[] = [];
  for (const s of sentences) {
    const quoteStart = text.length;
    text += s.text + ' ';
    const numberStart = quoteStart + s.text.indexOf(s.claim.numberText);
    claims.push({ ...s.claim, doc: id, quote: s.text, quoteStart, quoteEnd: quoteStart + s.text.length, numberStart, numberEnd: numberStart + s.claim.numberText.length });
  }
  return { doc: { url: `https://news-${id.length % 7}.example/${id}`, outlet: `Outlet ${id.length % 7}`, published, title: null }, text, claims };
}

/** Articles in publication order. */
export function generate(opts: Pick<BenchOptions, 'incidents' | 'towns'>, seed = 1): IngestInput[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const base = Math.floor(Date.parse('2019-01-01') / 86_400_000);
  const docs: Array<{ at: number; input: IngestInput }> = [];
  for (let i = 0; i < opts.incidents; i++) {
    const town = opts.towns[i % opts.towns.length]!;
    const when = Math.floor(r() * 365 * 5);
    const type = pick(TYPES);
    const killed = 3 + Math.floor(r() * 200);
    const src = pick(SOURCES);
    const wire = `At least ${killed} ${pick(VICTIMS)} were killed in ${town} on ${day(base, when)}, ${src} said (incident ${i}).`;
    const fig = (text: string, numberText: string, low: number | null, high: number | null, p: Partial<Claim>) => ({
      text,
      claim: {
        kind: 'figure' as const, numberText, low, high, approx: false, outcome: 'killed' as const, victims: 'people', source: null,
        via: null, stance: 'asserted' as const, place: town, date: day(base, when), eventType: type, ...p,
      },
    });
    docs.push({
      at: when + 1,
      input: article(`a${i}`, day(base, when + 1), [
        fig(wire, `${killed}`, killed, null, { source: src, via: 'AFP' }),
        fig(`Another ${killed + 7} were wounded in the ${type} on ${town} (report ${i}).`, `${killed + 7}`, killed + 7, killed + 7, { outcome: 'wounded' }),
        { text: `Officials denied responsibility for the ${type} in ${town} (report ${i}).`, claim: { kind: 'denial', numberText: 'denied', low: null, high: null, approx: false, outcome: null, victims: null, source: pick(SOURCES), via: null, stance: 'asserted', scope: 'responsibility', place: town, date: null, eventType: type } },
      ]),
    });
    // The second article: a later toll, sometimes the wire sentence itself, sometimes undated.
    const later = killed + Math.floor(r() * 20);
    docs.push({
      at: when + 2,
      input: article(`b${i}`, day(base, when + 2), [
        r() < 0.2 ? fig(wire, `${killed}`, killed, null, { source: src }) : fig(`The toll in the town of ${town} rose to ${later} (update ${i}).`, `${later}`, later, later, { source: pick(SOURCES), date: r() < 0.5 ? null : day(base, when) }),
        fig(`Some ${later * 2} people were hurt in ${town} (update ${i}).`, `${later * 2}`, later * 2, later * 2, { outcome: 'wounded', approx: true, date: null }),
      ]),
    });
  }
  return docs.sort((a, b) => a.at - b.at).map((d) => d.input);
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

/** Runs the benchmark against a fresh database named `name`. */
export async function runBench(name: string, places: PlaceResolver, opts: BenchOptions): Promise<BenchResult> {
  const log = opts.log ?? (() => {});
  await Dexie.delete(name);
  const db = openClaimStore(name);
  const ingest = new ClaimIngest(db, places);
  const docs = generate(opts);
  const claims = docs.reduce((n, d) => n + d.claims.length, 0);
  log(`generated ${docs.length} articles, ${claims} claims`);

  await opts.phase?.('ingest');
  const t0 = performance.now();
  for (let i = 0; i < docs.length; i += opts.batch) {
    await ingest.ingestMany(docs.slice(i, i + opts.batch));
    if ((i / opts.batch) % 100 === 0) log(`ingested ${i + opts.batch} articles (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  const ingestSeconds = (performance.now() - t0) / 1000;
  await opts.phase?.('compare');
  const stored = await db.claims.count();
  if (stored !== claims) throw new Error(`stored ${stored} claims, expected ${claims}`);

  // The compare query on random claims, each timed on its own as the card would run it.
  const r = rng(7);
  const ids = await db.claims.toCollection().primaryKeys();
  const times: number[] = [];
  let seen = 0;
  for (let q = 0; q < opts.queries; q++) {
    const id = ids[Math.floor(r() * ids.length)]!;
    const s = performance.now();
    const view = await compareClaim(db, id);
    times.push(performance.now() - s);
    if (!view) throw new Error(`compare found no claim ${id}`);
    seen += view.bySource.reduce((n, b) => n + 1 + b.earlier.length, 0) + view.denials.length;
  }

  // Reading pages one by one (one transaction each) after the store is full.
  const extra = generate({ incidents: opts.singlePages, towns: opts.towns }, 99).map((d) => ({
    ...d,
    doc: { ...d.doc, url: d.doc.url + '-late' },
  }));
  await opts.phase?.('pages');
  const pageTimes: number[] = [];
  for (const d of extra) {
    const s = performance.now();
    await ingest.ingest(d);
    pageTimes.push(performance.now() - s);
  }
  // Counted as before restarts were measured, so the figure compares across versions.
  const incidentsFormed = await db.incidents.count();

  // A restarted background (a service worker is stopped when idle): a new Dexie instance holds
  // nothing, and its first pages read their candidate incidents from IndexedDB (see
  // lib/store/ingest-memory.ts). Opening the database is part of what it pays.
  await opts.phase?.('restarts');
  const restartPages = generate({ incidents: RESTARTS, towns: opts.towns }, 123)
    .slice(0, RESTARTS)
    .map((d) => ({ ...d, doc: { ...d.doc, url: d.doc.url + '-restart' } }));
  const restartTimes: number[] = [];
  for (const d of restartPages) {
    const restarted = openClaimStore(name);
    const s = performance.now();
    await new ClaimIngest(restarted, places).ingest(d);
    restartTimes.push(performance.now() - s);
    restarted.close();
  }
  // What an import or a long session pays once on this store: loading the ingest's memory.
  const loader = openClaimStore(name);
  await loader.open();
  const l0 = performance.now();
  const held = await loader.transaction('r', [loader.incidents, loader.documents, loader.claims], () => ingestMemory(loader).hold());
  const memoryLoadMs = performance.now() - l0;
  const memoryHolds = { incidents: held.rows.size, documents: held.docIds.size, statements: held.statements.size };
  loader.close();

  await opts.phase?.('end');
  db.close();
  await Dexie.delete(name);
  return {
    claims,
    documents: docs.length,
    incidentsFormed,
    ingestSeconds,
    claimsPerSecond: claims / ingestSeconds,
    compareP50: percentile(times, 50),
    compareP95: percentile(times, 95),
    compareMeanClaims: seen / opts.queries,
    singlePages: pageTimes.length,
    singlePageP50: percentile(pageTimes, 50),
    singlePageP95: percentile(pageTimes, 95),
    restarts: restartTimes.length,
    restartPageP50: percentile(restartTimes, 50),
    restartPageP95: percentile(restartTimes, 95),
    memoryLoadMs,
    memoryHolds,
  };
}
