/**
 * Storing what was read on a page: its document, claims, sources, and the incidents the claims
 * belong to — all in one read-write transaction, so a failure leaves nothing half-written.
 */
import Dexie from 'dexie';
import type { Claim } from '../extract/types';
import { claimFeatures, isoDay, type ClaimFeatures, type PlaceResolver } from '../incidents/features';
import { incidentBlockKeys, incidentLabel, topOf, type IncidentState } from '../incidents/incident-state';
import { groupDocument, groupQueryKeys, type ClaimMatch } from '../incidents/match-document';
import { resolveWithinDocument, sourceKey, type SourceKey } from '../incidents/source-name';
import type { ClaimRow, CountercheckDB, DocumentRow, IncidentRow, Origin, QuoteSelector, SourceRow } from './db';
import { quotaSafe } from './errors';
import { claimIds, documentId, documentKey, sharedStatement, statementKey } from './ids';
import { fetchCandidates, ingestMemory, statementTag, type Held, type IncidentView, type IngestMemory } from './ingest-memory';
import { parseClaims, parseDocument, type DocumentInput } from './validate';

export interface IngestInput {
  doc: DocumentInput;
  /** The document text the offsets point into; gives the quote selectors their context. */
  text?: string;
  claims: readonly Claim[];
  origin?: Origin;
}

export interface IngestResult {
  documentId: string;
  /** Claims stored now, with their incident and why. */
  added: ClaimMatch[];
  /** Claims that were already stored (the page was read before): left as they were. */
  alreadyStored: string[];
}

const CONTEXT = 32;

/**
 * For each key, the primary key of the first row an index files under it (undefined for none).
 * One IndexedDB getKey request per key, issued together on the caller's transaction: Dexie's
 * anyOf walks one cursor from key to key (a round trip per step), and its query layer
 * (`where().equals().first()`) cost about three times the CPU of the request itself, for a
 * lookup a page makes for every claim. Dexie calls only: runs inside the caller's transaction.
 */
function firstByIndex(table: string, index: string, keys: readonly string[]): Promise<Array<string | undefined>> {
  const out = new Array<string | undefined>(keys.length);
  if (!keys.length) return Dexie.Promise.resolve(out);
  const ix = Dexie.currentTransaction!.idbtrans.objectStore(table).index(index);
  return new Dexie.Promise((resolve, reject) => {
    let left = keys.length;
    keys.forEach((k, i) => {
      const req = ix.getKey(k);
      req.onsuccess = () => {
        out[i] = req.result as string | undefined;
        if (--left === 0) resolve(out);
      };
      req.onerror = () => reject(req.error);
    });
  });
}

/** A stored claim as the extractor gave it (a row, or a dataset record's fields in a row's shape). */
export function claimOfRow(
  r: Pick<ClaimRow, 'kind' | 'quote' | 'selector' | 'numberText' | 'numberStart' | 'numberEnd' | 'low' | 'high' | 'approx' | 'outcome' | 'victims' | 'source' | 'via' | 'stance' | 'scope' | 'place' | 'date' | 'eventType' | 'period'>,
  doc: string,
): Claim {
  return {
    doc,
    kind: r.kind,
    quote: r.quote,
    quoteStart: r.selector.start,
    quoteEnd: r.selector.end,
    numberText: r.numberText,
    numberStart: r.numberStart,
    numberEnd: r.numberEnd,
    low: r.low,
    high: r.high,
    approx: r.approx,
    outcome: r.outcome,
    victims: r.victims,
    source: r.source,
    via: r.via,
    stance: r.stance,
    ...(r.scope ? { scope: r.scope } : {}),
    place: r.place,
    date: r.date,
    eventType: r.eventType,
    ...(r.period ? { period: true as const } : {}),
  };
}

function selectorOf(c: Claim, text: string | undefined): QuoteSelector {
  const okText = text !== undefined && text.slice(c.quoteStart, c.quoteEnd) === c.quote;
  return {
    exact: c.quote,
    prefix: okText ? text!.slice(Math.max(0, c.quoteStart - CONTEXT), c.quoteStart) : '',
    suffix: okText ? text!.slice(c.quoteEnd, c.quoteEnd + CONTEXT) : '',
    start: c.quoteStart,
    end: c.quoteEnd,
  };
}

/** The incident row for a matcher state. */
export function incidentRow(s: IncidentState, prev: Pick<IncidentRow, 'origin' | 'createdAt' | 'rev'> | undefined, now: number, origin: Origin): IncidentRow {
  return {
    id: s.id,
    label: incidentLabel(s),
    placeName: s.places[0]?.place.name ?? null,
    dateStart: s.dateMin ?? s.publishedMin,
    dateEnd: s.dateMax ?? s.publishedMax,
    eventType: topOf(s.eventTypes),
    claimCount: s.claimCount,
    // Day keys stay out of the IndexedDB index (14 a row would triple its size): the store finds
    // incidents by day through the dateStart index instead.
    blockKeys: incidentBlockKeys(s).filter((k) => !k.startsWith('d:')),
    scale: s.scale,
    state: s,
    origin: prev?.origin ?? origin,
    createdAt: prev?.createdAt ?? now,
    rev: (prev?.rev ?? 0) + 1,
    updatedAt: now,
  };
}

/**
 * This store's source rows for the names one document writes: each name's normalized key, read
 * in the document's context ("the ministry" after "Russia's defence ministry" is that ministry),
 * and every spelling met for it. The store's ingest and a dataset merge both key sources here, so
 * a claim's source row never depends on which store or version wrote a record.
 */
export class DocumentSources {
  /** By row id ("s_" + key): the key and the spellings written for it. */
  readonly rows = new Map<string, { key: SourceKey; written: Set<string> }>();
  private readonly names: Map<string, SourceKey>;

  constructor(written: ReadonlyArray<string | null>) {
    this.names = resolveWithinDocument(written);
  }

  /** The row id for a name as written; null for none or a name that does not normalize. */
  idOf(name: string | null): string | null {
    if (!name) return null;
    const k = this.names.get(name) ?? sourceKey(name);
    if (!k) return null;
    const id = 's_' + k.key;
    const entry = this.rows.get(id) ?? { key: k, written: new Set<string>() };
    entry.written.add(name.trim());
    this.rows.set(id, entry);
    return id;
  }
}

/** What a prepared document will write, computed before the transaction (no awaits there); rows in the order of its claims. */
export interface Prepared {
  docRow: DocumentRow;
  rows: ClaimRow[];
  features: ClaimFeatures[];
  /** Per row: whether other documents can carry its statement (its key is worth looking up). */
  shared: boolean[];
  sources: Map<string, { key: SourceKey; written: Set<string> }>;
}

export function prepare(input: IngestInput, places: PlaceResolver, now: number): Prepared {
  const doc = parseDocument(input.doc);
  const claims = parseClaims(input.claims);
  const origin = input.origin ?? 'read';
  const key = documentKey(doc);
  const docId = documentId(key);
  const published = isoDay(doc.published ?? null);
  const ids = claimIds(key, claims);
  const docSources = new DocumentSources(claims.flatMap((c) => [c.source, c.via]));
  const features = claimFeatures(
    { id: docId, published, title: doc.title ?? null, claims: claims.map((c, i) => ({ ...c, id: ids[i]! })) },
    places,
  );
  const shared: boolean[] = [];
  const rows: ClaimRow[] = claims.map((c, i) => {
    const sourceId = docSources.idOf(c.source);
    shared.push(sharedStatement(c, sourceId));
    return {
      id: ids[i]!,
      docId,
      kind: c.kind,
      quote: c.quote,
      selector: selectorOf(c, input.text),
      numberText: c.numberText,
      numberStart: c.numberStart,
      numberEnd: c.numberEnd,
      low: c.low,
      high: c.high,
      approx: c.approx,
      outcome: c.outcome,
      victims: c.victims,
      source: c.source,
      sourceId,
      via: c.via,
      viaId: docSources.idOf(c.via),
      stance: c.stance,
      scope: c.scope ?? null,
      place: c.place,
      date: isoDay(c.date),
      eventType: c.eventType,
      ...(c.period ? { period: true as const } : {}),
      resolvedPlace: features[i]!.place,
      statementKey: statementKey(key, c, sourceId),
      wireOf: null,
      incidentId: null,
      match: null,
      scale: features[i]!.scale,
      eventDate: isoDay(c.date) ?? published ?? '',
      origin,
      createdAt: now,
      rev: 1,
      updatedAt: now,
    };
  });
  const docRow: DocumentRow = {
    id: docId,
    url: doc.url ?? null,
    canonicalUrl: doc.canonicalUrl ?? null,
    outlet: doc.outlet ?? null,
    title: doc.title ?? null,
    published: doc.published ?? null,
    lang: doc.lang ?? null,
    firstSeen: now,
    lastSeen: now,
    headlinePlaces: features[0]?.headlinePlaces ?? [],
    countries: features[0]?.countries ?? [],
    origin,
    createdAt: now,
    rev: 1,
    updatedAt: now,
  };
  return { docRow, rows, features, shared, sources: docSources.rows };
}

/**
 * Writes prepared documents inside the caller's transaction. IndexedDB requests, not matching,
 * are what a page costs, so: the reads a batch needs (sources, statements other outlets may
 * carry, and — unless everything is held — its documents and candidate incidents) are issued
 * together; every table gets one bulk write. Documents are matched in order, each seeing the
 * incidents the earlier ones created or grew. Dexie calls only.
 */
async function writeBatch(db: CountercheckDB, memory: IngestMemory, batch: readonly Prepared[], now: number, session: { held: Held | null }): Promise<IngestResult[]> {
  if (!batch.length) return [];
  // Reads.
  const docIds = [...new Set(batch.map((p) => p.docRow.id))];
  const srcIds = [...new Set(batch.flatMap((p) => [...p.sources.keys()]))];
  // Statements other documents may carry (a wire copy): their keys are looked up.
  const sharedKeys = (keep: (key: string) => boolean) => [
    ...new Set(batch.flatMap((p) => p.rows.filter((r, i) => p.shared[i] && keep(r.statementKey)).map((r) => r.statementKey))),
  ];
  const readSources = () => (srcIds.length ? db.sources.bulkGet(srcIds) : Dexie.Promise.resolve([] as Array<SourceRow | undefined>));
  let prevDocs: Array<DocumentRow | undefined>;
  let prevSources: Array<SourceRow | undefined>;
  let statementKeys: string[];
  let carried: Array<string | undefined>;
  if (memory.wantsHeld(batch.length)) {
    // A first request answered means every earlier write of this context has committed and
    // been counted: only then is what is held trusted (or loaded again).
    [prevSources] = await Promise.all([readSources(), db.documents.get(docIds[0]!)]);
    const held = (session.held = await memory.hold());
    const seen = docIds.filter((id) => held.docIds.has(id));
    statementKeys = sharedKeys((k) => held.statements.has(statementTag(k)));
    [prevDocs, carried] = await Promise.all([seen.length ? db.documents.bulkGet(seen) : [], firstByIndex(db.claims.name, 'statementKey', statementKeys)]);
  } else {
    statementKeys = sharedKeys(() => true);
    [prevDocs, prevSources, carried] = await Promise.all([db.documents.bulkGet(docIds), readSources(), firstByIndex(db.claims.name, 'statementKey', statementKeys)]);
  }
  // Claim ids derive from the document: a document never stored has no stored claims.
  const known = new Set(prevDocs.filter((d) => !!d).map((d) => d!.id));
  const maybeStored = batch.flatMap((p) => p.rows).filter((r) => known.has(r.docId));
  const existing = maybeStored.length ? await db.claims.bulkGet(maybeStored.map((r) => r.id)) : [];
  const stored = new Set(maybeStored.filter((_, i) => existing[i]).map((r) => r.id));
  let view: IncidentView;
  if (session.held) view = session.held;
  else {
    const keys = new Set<string>();
    for (const p of batch) for (const g of groupDocument(p.features.filter((f) => !stored.has(f.claimId)))) for (const k of groupQueryKeys(g)) keys.add(k);
    view = await fetchCandidates(db, keys);
  }
  const { index, rows: incidentRows } = view;

  const touched = new Map<string, IncidentState>();
  const docs = new Map<string, DocumentRow>(prevDocs.filter((d): d is DocumentRow => !!d).map((d) => [d.id, d]));
  const docPuts = new Map<string, DocumentRow>();
  const sources = new Map<string, SourceRow>(prevSources.filter((x): x is SourceRow => !!x).map((x) => [x.id, x]));
  const sourcePuts = new Map<string, SourceRow>();
  // Statements other documents carried: only the first stored carrier matters.
  const carriers = carried.some((id) => id) ? await db.claims.bulkGet(carried.filter((id): id is string => !!id)) : [];
  const firstOf = new Map<string, { id: string; docId: string }>();
  for (const c of carriers) if (c) firstOf.set(c.statementKey, { id: c.wireOf ?? c.id, docId: c.docId });
  const claimAdds: ClaimRow[] = [];
  const results: IngestResult[] = [];

  for (const p of batch) {
    const prevDoc = docs.get(p.docRow.id);
    const docRow = prevDoc
      ? { ...prevDoc, lastSeen: now, title: prevDoc.title ?? p.docRow.title, published: prevDoc.published ?? p.docRow.published, rev: prevDoc.rev + 1, updatedAt: now }
      : p.docRow;
    docs.set(docRow.id, docRow);
    docPuts.set(docRow.id, docRow);

    // Re-reading a page: its claims are already stored under the same ids.
    const fresh = p.rows.filter((r) => !stored.has(r.id));
    const alreadyStored = p.rows.filter((r) => stored.has(r.id)).map((r) => r.id);
    for (const r of fresh) stored.add(r.id);
    if (!fresh.length) {
      results.push({ documentId: docRow.id, added: [], alreadyStored });
      continue;
    }

    // Sources: one row per normalized name, every spelling kept as an alias.
    for (const [id, { key, written }] of p.sources) {
      const prev = sources.get(id);
      const aliases = new Set(prev?.aliases ?? []);
      const before = aliases.size;
      for (const w of written) aliases.add(w);
      if (prev && aliases.size === before) continue;
      const row: SourceRow = prev
        ? { ...prev, aliases: [...aliases], rev: prev.rev + 1, updatedAt: now }
        : { id, key: key.key, name: key.display, aliases: [...aliases], origin: docRow.origin, createdAt: now, rev: 1, updatedAt: now };
      sources.set(id, row);
      sourcePuts.set(id, row);
    }

    // Wire copies: the same statement already stored from another document.
    for (const r of fresh) {
      const first = firstOf.get(r.statementKey);
      if (first && first.docId !== r.docId) r.wireOf = first.id;
      else if (!first) firstOf.set(r.statementKey, { id: r.id, docId: r.docId });
    }

    // Incidents.
    const freshIds = new Set(fresh.map((r) => r.id));
    const plan = index.matchDocument(p.features.filter((f) => freshIds.has(f.claimId)));
    for (const s of plan.incidents) touched.set(s.id, s);
    const matchOf = new Map(plan.matches.map((m) => [m.claimId, m]));
    for (const r of fresh) {
      const m = matchOf.get(r.id)!;
      r.incidentId = m.incidentId;
      r.match = { by: 'matcher', score: m.score, reasons: m.reasons };
      claimAdds.push(r);
    }
    results.push({ documentId: docRow.id, added: fresh.map((r) => matchOf.get(r.id)!), alreadyStored });
  }

  // Incident rows: one write per incident the batch touched, its revision counted once.
  const incidentPuts = [...touched.values()].map((s) => incidentRow(s, incidentRows.get(s.id), now, batch[0]!.docRow.origin));
  for (const r of incidentPuts) incidentRows.set(r.id, { origin: r.origin, createdAt: r.createdAt, rev: r.rev });
  if (session.held) {
    for (const id of docPuts.keys()) session.held.docIds.add(id);
    for (const r of claimAdds) session.held.statements.add(statementTag(r.statementKey));
  }

  // Writes, one request per table.
  await Promise.all([
    db.documents.bulkPut([...docPuts.values()]),
    sourcePuts.size ? db.sources.bulkPut([...sourcePuts.values()]) : undefined,
    incidentPuts.length ? db.incidents.bulkPut(incidentPuts) : undefined,
    claimAdds.length ? db.claims.bulkAdd(claimAdds) : undefined,
  ]);
  return results;
}

/**
 * Stores pages' claims and matches them to incidents. Validates everything first: a bad record
 * throws InvalidRecordError and nothing is written; a full disk throws StorageFullError.
 */
export class ClaimIngest {
  constructor(
    private readonly db: CountercheckDB,
    private readonly places: PlaceResolver,
    private readonly clock: () => number = Date.now,
  ) {}

  /** One page. */
  async ingest(input: IngestInput): Promise<IngestResult> {
    return (await this.ingestMany([input]))[0]!;
  }

  /** Several pages in one transaction (imports, sync, benchmarks): all or nothing. */
  async ingestMany(inputs: readonly IngestInput[]): Promise<IngestResult[]> {
    const now = this.clock();
    const prepared = inputs.map((inp) => prepare(inp, this.places, now));
    const db = this.db;
    const memory = ingestMemory(db);
    return memory.exclusive(async () => {
      const session: { held: Held | null } = { held: null };
      try {
        const results = await quotaSafe(() =>
          db.transaction('rw', [db.documents, db.claims, db.sources, db.incidents], () => writeBatch(db, memory, prepared, now, session)),
        );
        if (session.held) memory.settle(session.held, true);
        return results;
      } catch (e) {
        if (session.held) memory.settle(session.held, false);
        throw e;
      }
    });
  }
}
