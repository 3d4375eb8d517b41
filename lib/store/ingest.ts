/**
 * Storing what was read on a page: its document, claims, sources, and the incidents the claims
 * belong to — all in one read-write transaction, so a failure leaves nothing half-written.
 */
import type { Claim } from '../extract/types';
import { claimFeatures, isoDay, type ClaimFeatures, type PlaceResolver } from '../incidents/features';
import { incidentBlockKeys, incidentLabel, topOf, type IncidentState } from '../incidents/incident-state';
import { decideGroups, groupDocument, groupQueryKeys, type ClaimMatch } from '../incidents/match-document';
import { resolveWithinDocument, sourceKey, type SourceKey } from '../incidents/source-name';
import { stableId } from '../incidents/stable-id';
import type { ClaimRow, CountercheckDB, DocumentRow, IncidentRow, Origin, QuoteSelector, SourceRow } from './db';
import { quotaSafe } from './errors';
import { claimIds, documentId, documentKey, statementKey } from './ids';
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
export function incidentRow(s: IncidentState, prev: IncidentRow | undefined, now: number, origin: Origin): IncidentRow {
  return {
    id: s.id,
    label: incidentLabel(s),
    placeName: s.places[0]?.place.name ?? null,
    dateStart: s.dateMin ?? s.publishedMin,
    dateEnd: s.dateMax ?? s.publishedMax,
    eventType: topOf(s.eventTypes),
    claimCount: s.claimCount,
    blockKeys: incidentBlockKeys(s),
    scale: s.scale,
    state: s,
    origin: prev?.origin ?? origin,
    createdAt: prev?.createdAt ?? now,
    rev: (prev?.rev ?? 0) + 1,
    updatedAt: now,
  };
}

/** What a prepared document will write, computed before the transaction (no awaits there). */
interface Prepared {
  docRow: DocumentRow;
  rows: ClaimRow[];
  features: ClaimFeatures[];
  sources: Map<string, { key: SourceKey; written: Set<string> }>;
}

function prepare(input: IngestInput, places: PlaceResolver, now: number): Prepared {
  const doc = parseDocument(input.doc);
  const claims = parseClaims(input.claims);
  const origin = input.origin ?? 'read';
  const key = documentKey(doc);
  const docId = documentId(key);
  const published = isoDay(doc.published ?? null);
  const ids = claimIds(key, claims);
  const names = resolveWithinDocument(claims.flatMap((c) => [c.source, c.via]));
  const sources = new Map<string, { key: SourceKey; written: Set<string> }>();
  const sourceIdOf = (name: string | null) => {
    if (!name) return null;
    const k = names.get(name) ?? sourceKey(name);
    if (!k) return null;
    const id = 's_' + k.key;
    const entry = sources.get(id) ?? { key: k, written: new Set<string>() };
    entry.written.add(name.trim());
    sources.set(id, entry);
    return id;
  };
  const features = claimFeatures(
    { id: docId, published, title: doc.title ?? null, claims: claims.map((c, i) => ({ ...c, id: ids[i]! })) },
    places,
  );
  const rows: ClaimRow[] = claims.map((c, i) => {
    const sourceId = sourceIdOf(c.source);
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
      viaId: sourceIdOf(c.via),
      stance: c.stance,
      scope: c.scope ?? null,
      place: c.place,
      date: isoDay(c.date),
      eventType: c.eventType,
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
    origin,
    createdAt: now,
    rev: 1,
    updatedAt: now,
  };
  return { docRow, rows, features, sources };
}

/** Writes one prepared document inside the caller's transaction. Dexie calls only. */
async function write(db: CountercheckDB, p: Prepared, now: number): Promise<IngestResult> {
  const { docRow } = p;
  const prevDoc = await db.documents.get(docRow.id);
  await db.documents.put(
    prevDoc
      ? { ...prevDoc, lastSeen: now, title: prevDoc.title ?? docRow.title, published: prevDoc.published ?? docRow.published, rev: prevDoc.rev + 1, updatedAt: now }
      : docRow,
  );

  // Re-reading a page: its claims are already stored under the same ids.
  const existing = await db.claims.bulkGet(p.rows.map((r) => r.id));
  const fresh = p.rows.filter((_, i) => !existing[i]);
  const freshIds = new Set(fresh.map((r) => r.id));
  const alreadyStored = p.rows.filter((r) => !freshIds.has(r.id)).map((r) => r.id);
  if (!fresh.length) return { documentId: docRow.id, added: [], alreadyStored };

  // Sources: one row per normalized name, every spelling kept as an alias.
  const srcIds = [...p.sources.keys()];
  const prevSources = await db.sources.bulkGet(srcIds);
  const sourceRows: SourceRow[] = [];
  srcIds.forEach((id, i) => {
    const prev = prevSources[i];
    const { key, written } = p.sources.get(id)!;
    const aliases = new Set(prev?.aliases ?? []);
    const before = aliases.size;
    for (const w of written) aliases.add(w);
    if (prev && aliases.size === before) return;
    sourceRows.push(
      prev
        ? { ...prev, aliases: [...aliases], rev: prev.rev + 1, updatedAt: now }
        : { id, key: key.key, name: key.display, aliases: [...aliases], origin: docRow.origin, createdAt: now, rev: 1, updatedAt: now },
    );
  });
  if (sourceRows.length) await db.sources.bulkPut(sourceRows);

  // Wire copies: the same statement already stored from another document.
  const keys = [...new Set(fresh.map((r) => r.statementKey))];
  const carried = await db.claims.where('statementKey').anyOf(keys).toArray();
  const firstOf = new Map<string, string>();
  for (const c of carried) if (c.docId !== docRow.id && !firstOf.has(c.statementKey)) firstOf.set(c.statementKey, c.wireOf ?? c.id);
  for (const r of fresh) r.wireOf = firstOf.get(r.statementKey) ?? null;

  // Incidents.
  const feats = p.features.filter((f) => freshIds.has(f.claimId));
  const groups = groupDocument(feats);
  const qkeys = new Set<string>();
  for (const g of groups) for (const k of groupQueryKeys(g)) qkeys.add(k);
  const candidates = qkeys.size ? await db.incidents.where('blockKeys').anyOf([...qkeys]).toArray() : [];
  const plan = decideGroups(
    groups,
    candidates.map((c) => c.state),
    { newIncidentId: (g) => 'i_' + stableId(g.claims[0]!.claimId) },
  );
  const prevById = new Map(candidates.map((c) => [c.id, c]));
  await db.incidents.bulkPut(plan.incidents.map((s) => incidentRow(s, prevById.get(s.id), now, docRow.origin)));
  const matchOf = new Map(plan.matches.map((m) => [m.claimId, m]));
  for (const r of fresh) {
    const m = matchOf.get(r.id)!;
    r.incidentId = m.incidentId;
    r.match = { by: 'matcher', score: m.score, reasons: m.reasons };
  }
  await db.claims.bulkAdd(fresh);
  return { documentId: docRow.id, added: fresh.map((r) => matchOf.get(r.id)!), alreadyStored };
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
    return quotaSafe(() =>
      db.transaction('rw', [db.documents, db.claims, db.sources, db.incidents], async () => {
        const out: IngestResult[] = [];
        for (const p of prepared) out.push(await write(db, p, now));
        return out;
      }),
    );
  }
}
