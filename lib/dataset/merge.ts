/**
 * Dataset records → the claim store, in one read-write transaction: a file import and a sync pull
 * both come through here. New claims are stored as the store's own ingest would store them
 * (sources keyed by this store with their aliases, wire copies, incidents from this store's
 * matcher) but keep the claim ids and quote selectors the record gives. A claim already stored is
 * replaced or kept as the caller's rule decides; the user's own corrections are never overridden.
 *
 * This is lib/store's ingest with ids given instead of computed, kept here (rather than editing
 * ingest.ts) so the store's files stay its own; it uses only the store's exported functions.
 */
import type { Table } from 'dexie';
import type { Claim } from '../extract/types';
import { claimFeatures, isoDay, type ClaimFeatures, type PlaceResolver } from '../incidents/features';
import { buildIncident, type IncidentState } from '../incidents/incident-state';
import { MemoryIncidentIndex } from '../incidents/memory-matcher';
import { decideGroups, groupDocument, groupQueryKeys } from '../incidents/match-document';
import { stableId } from '../incidents/stable-id';
import { applyAssignment, featuresOfRow, replayCorrections } from '../store/corrections';
import type { ClaimRow, CorrectionRow, CountercheckDB, DocumentRow, IncidentRow, Origin, SourceRow } from '../store/db';
import { quotaSafe } from '../store/errors';
import { normalizeUrl, statementKey } from '../store/ids';
import { claimOfRow, DocumentSources, incidentRow } from '../store/ingest';
import { ingestMemory, statementTag, type Held, type IncidentMeta } from '../store/ingest-memory';
import { contentHash } from './canonical';
import type { ClaimRecord, CorrectionRecord } from './format';
import { claimRecord } from './from-store';

/** For a claim stored with other content: take the incoming content, or keep what is stored. */
export type MergeRule = (incoming: ClaimRecord, stored: ClaimRow, storedHash: string) => 'replace' | 'keep';

/** The dataset rule: the newer revision wins; on a tie what is stored stays. */
export const newerRevisionWins: MergeRule = (incoming, stored) => (incoming.rev > stored.rev ? 'replace' : 'keep');

export interface MergeOptions {
  places: PlaceResolver;
  rule: MergeRule;
  clock?: () => number;
  /** Origin of rows this merge creates. */
  origin?: Origin;
}

export interface OverlappingCorrection {
  incoming: CorrectionRecord;
  /** The user's own corrections of the same claims, which stay in force. */
  yours: string[];
}

export interface MergeResult {
  /** Claim ids stored for the first time. */
  inserted: string[];
  /** Stored claims whose content the incoming record replaced. */
  replaced: string[];
  /** Stored claims kept although the incoming record differs (the rule chose the stored one). */
  kept: string[];
  /** Incoming claims identical to what is stored. */
  unchanged: string[];
  correctionsAdded: string[];
  correctionsPresent: string[];
  /** Incoming corrections of claims the user corrected here: not applied, the user's stay. */
  correctionsOverlapping: OverlappingCorrection[];
}

/** The extractor's claim a record describes (offsets into its document's text). */
function claimOf(r: ClaimRecord): Claim {
  return claimOfRow({ ...r, quote: r.selector.exact, source: r.source?.written ?? null, via: r.via?.written ?? null }, r.document.id);
}

/** The key statement keys use for a document; records carry the store's document id for pages without a URL. */
function docKeyOf(r: ClaimRecord): string {
  const url = r.document.canonicalUrl || r.document.url;
  return url ? normalizeUrl(url) : 'docid:' + r.document.id;
}

/** The content fields of a claim row as a record says them (ids, incident and bookkeeping excluded). */
function contentOf(r: ClaimRecord, f: ClaimFeatures, sources: DocumentSources) {
  const c = claimOf(r);
  // The row keeps the extractor's fields less the document and quote offsets, which its selector holds.
  const { doc, quoteStart, quoteEnd, ...fields } = c;
  void doc, void quoteStart, void quoteEnd;
  // Source rows are this store's own reading of the names written, never the sender's ids: a
  // store of another version may key a name otherwise, and the ids are not part of a claim's
  // identity (canonical.ts).
  const sourceId = sources.idOf(r.source?.written ?? null);
  return {
    ...fields,
    selector: { ...r.selector },
    sourceId,
    viaId: sources.idOf(r.via?.written ?? null),
    scope: r.scope,
    resolvedPlace: f.place,
    statementKey: statementKey(docKeyOf(r), c, sourceId),
    scale: f.scale,
    eventDate: r.date ?? isoDay(r.document.published) ?? '',
  };
}

/** This store's source rows for incoming claims, per document (a document's names give each other context). */
function sourcesOf(claims: readonly ClaimRecord[]): Map<string, DocumentSources> {
  const written = new Map<string, Array<string | null>>();
  for (const r of claims) {
    const list = written.get(r.document.id) ?? [];
    list.push(r.source?.written ?? null, r.via?.written ?? null);
    written.set(r.document.id, list);
  }
  const out = new Map<string, DocumentSources>();
  for (const [docId, names] of written) {
    const d = new DocumentSources(names);
    for (const n of names) d.idOf(n);
    out.set(docId, d);
  }
  return out;
}

/** Matcher features of incoming claims, per document (a document's claims give each other context). */
function featuresOf(claims: readonly ClaimRecord[], places: PlaceResolver): Map<string, ClaimFeatures> {
  const byDoc = new Map<string, ClaimRecord[]>();
  for (const r of claims) byDoc.set(r.document.id, [...(byDoc.get(r.document.id) ?? []), r]);
  const out = new Map<string, ClaimFeatures>();
  for (const [docId, list] of byDoc) {
    const d = list[0]!.document;
    const feats = claimFeatures(
      { id: docId, published: isoDay(d.published), title: d.title, claims: list.map((r) => ({ ...claimOf(r), id: r.id })) },
      places,
    );
    feats.forEach((f) => out.set(f.claimId, f));
  }
  return out;
}

/**
 * Merges claim and correction records into the store. All or nothing: one transaction; a quota
 * failure throws StorageFullError and nothing is kept. Records must have been validated.
 */
export async function mergeRecords(
  db: CountercheckDB,
  input: { claims: readonly ClaimRecord[]; corrections: readonly CorrectionRecord[] },
  opts: MergeOptions,
): Promise<MergeResult> {
  const now = (opts.clock ?? Date.now)();
  const origin = opts.origin ?? 'synced';
  const result: MergeResult = {
    inserted: [], replaced: [], kept: [], unchanged: [], correctionsAdded: [], correctionsPresent: [], correctionsOverlapping: [],
  };
  // The store's ingest memory (every incident held, see docs/store.md): a bulk merge matches in
  // it as the ingest does, one at a time with the ingest's own batches. What it changes is kept
  // only when the transaction committed and touched nothing the memory does not follow (replaced
  // claims' incidents rebuilt, corrections replayed): otherwise it is dropped.
  const memory = ingestMemory(db);
  return memory.exclusive(async () => {
    const session: { held: Held | null; keep: boolean } = { held: null, keep: true };
    try {
      const merged = await mergeIn(db, input, opts, now, origin, result, memory, session);
      if (session.held) memory.settle(session.held, session.keep);
      return merged;
    } catch (e) {
      if (session.held) memory.settle(session.held, false);
      throw e;
    }
  });
}

function mergeIn(
  db: CountercheckDB,
  input: { claims: readonly ClaimRecord[]; corrections: readonly CorrectionRecord[] },
  opts: MergeOptions,
  now: number,
  origin: Origin,
  result: MergeResult,
  memory: ReturnType<typeof ingestMemory>,
  session: { held: Held | null; keep: boolean },
): Promise<MergeResult> {
  return quotaSafe(() =>
    db.transaction('rw', [db.documents, db.claims, db.sources, db.incidents, db.corrections], async () => {
      const ids = input.claims.map((r) => r.id);
      const stored = await db.claims.bulkGet(ids);
      const storedDocs = new Map<string, DocumentRow>();
      const needDocs = [...new Set(input.claims.map((r) => r.document.id))];
      (await db.documents.bulkGet(needDocs)).forEach((d) => d && storedDocs.set(d.id, d));
      const docSources = sourcesOf(input.claims);
      const srcIds = [...new Set([...docSources.values()].flatMap((d) => [...d.rows.keys()]))];
      const storedSources = new Map<string, SourceRow>();
      (await db.sources.bulkGet(srcIds)).forEach((s) => s && storedSources.set(s.id, s));
      for (const c of stored) if (c) for (const s of [c.sourceId, c.viaId]) if (s && !storedSources.has(s)) srcIds.push(s);
      (await db.sources.bulkGet(srcIds.filter((s) => !storedSources.has(s)))).forEach((s) => s && storedSources.set(s.id, s));

      // Which incoming claims change anything: new ones, and stored ones the rule replaces.
      const toInsert: ClaimRecord[] = [];
      const toReplace: Array<[ClaimRecord, ClaimRow]> = [];
      input.claims.forEach((r, i) => {
        const s = stored[i];
        if (!s) {
          toInsert.push(r);
          return;
        }
        const doc = storedDocs.get(s.docId);
        const storedHash = doc ? contentHash(claimRecord(s, doc, storedSources, null, false)) : '';
        if (storedHash === contentHash(r)) result.unchanged.push(r.id);
        else if (opts.rule(r, s, storedHash) === 'keep') result.kept.push(r.id);
        else toReplace.push([r, s]);
      });
      // Matcher features (gazetteer lookups, synchronous) only for the documents that change; the
      // other incoming claims of such a document are their context, as in the store's ingest.
      const changing = new Set([...toInsert, ...toReplace.map(([r]) => r)].map((r) => r.document.id));
      const features = featuresOf(input.claims.filter((r) => changing.has(r.document.id)), opts.places);
      const fresh: ClaimRow[] = toInsert.map((r) => ({
        id: r.id, docId: r.document.id, ...contentOf(r, features.get(r.id)!, docSources.get(r.document.id)!),
        wireOf: null, incidentId: null, match: null, origin, createdAt: now, rev: r.rev, updatedAt: now,
      }));
      const docsOfFresh = new Map<string, ClaimRecord>();
      for (const r of toInsert) if (!storedDocs.has(r.document.id)) docsOfFresh.set(r.document.id, r);
      // A replaced claim keeps its incident (the user may have placed it there); the incident is rebuilt below.
      const replaced: ClaimRow[] = toReplace.map(([r, s]) => ({ ...s, ...contentOf(r, features.get(r.id)!, docSources.get(r.document.id)!), rev: Math.max(s.rev + 1, r.rev), updatedAt: now }));

      // Documents first seen here.
      const newDocs: DocumentRow[] = [...docsOfFresh.values()].map((r) => ({
        ...r.document,
        firstSeen: now,
        lastSeen: now,
        headlinePlaces: features.get(r.id)!.headlinePlaces,
        countries: features.get(r.id)!.countries,
        origin,
        createdAt: now,
        rev: 1,
        updatedAt: now,
      }));
      if (newDocs.length) await db.documents.bulkAdd(newDocs);

      // Sources: one row per normalized name, every spelling an alias (as ingest keeps them).
      const sourcePuts = new Map<string, SourceRow>();
      for (const d of docSources.values()) {
        for (const [id, { key, written }] of d.rows) {
          const prev = sourcePuts.get(id) ?? storedSources.get(id);
          const fresh = [...written].filter((w) => !prev?.aliases.includes(w));
          if (prev && !fresh.length) continue;
          sourcePuts.set(
            id,
            prev
              ? { ...prev, aliases: [...prev.aliases, ...fresh], rev: prev.rev + 1, updatedAt: now }
              : { id, key: key.key, name: key.display, aliases: fresh, origin, createdAt: now, rev: 1, updatedAt: now },
          );
        }
      }
      if (sourcePuts.size) await db.sources.bulkPut([...sourcePuts.values()]);

      // Wire copies: the same statement already stored from another document.
      const changed = [...fresh, ...replaced];
      if (changed.length) {
        const carried = await equalsAny(db.claims, 'statementKey', [...new Set(changed.map((r) => r.statementKey))]);
        // Carriers in the order they were stored, then the incoming ones in file order.
        const carriers = new Map<string, Array<{ docId: string; id: string }>>();
        const incomingIds = new Set(changed.map((r) => r.id));
        for (const c of carried) {
          if (incomingIds.has(c.id)) continue;
          carriers.set(c.statementKey, [...(carriers.get(c.statementKey) ?? []), { docId: c.docId, id: c.wireOf ?? c.id }]);
        }
        for (const r of changed) {
          const list = carriers.get(r.statementKey) ?? [];
          r.wireOf = list.find((x) => x.docId !== r.docId)?.id ?? null;
          list.push({ docId: r.docId, id: r.wireOf ?? r.id });
          carriers.set(r.statementKey, list);
        }
      }

      // Incidents of new claims: this store's matcher, document by document as ingest does, over
      // candidates read in one go (the same keys and day window as the store's ingest).
      const freshByDoc = new Map<string, ClaimRow[]>();
      for (const r of fresh) freshByDoc.set(r.docId, [...(freshByDoc.get(r.docId) ?? []), r]);
      const groupsByDoc = [...freshByDoc.values()].map((rows) => {
        rows.sort((a, b) => a.selector.start - b.selector.start);
        return { rows, groups: groupDocument(rows.map((r) => features.get(r.id)!)) };
      });
      // A first request of this transaction has answered: what is held may be trusted (or loaded).
      let index: MemoryIncidentIndex;
      let prevIncident: Map<string, IncidentMeta>;
      if (groupsByDoc.length && memory.wantsHeld(freshByDoc.size)) {
        const held = (session.held = await memory.hold());
        index = held.index;
        prevIncident = held.rows;
      } else {
        index = new MemoryIncidentIndex();
        prevIncident = new Map();
        for (const c of await candidateIncidents(db, groupsByDoc.flatMap((d) => d.groups.flatMap(groupQueryKeys)))) {
          index.put(c.state);
          prevIncident.set(c.id, c);
        }
      }
      const touched = new Map<string, IncidentState>();
      for (const { rows, groups } of groupsByDoc) {
        const keys = new Set(groups.flatMap(groupQueryKeys));
        const plan = decideGroups(groups, index.candidates([...keys]), { newIncidentId: (g) => 'i_' + stableId(g.claims[0]!.claimId) });
        for (const st of plan.incidents) {
          index.put(st);
          touched.set(st.id, st);
        }
        const matchOf = new Map(plan.matches.map((m) => [m.claimId, m]));
        for (const r of rows) {
          const m = matchOf.get(r.id)!;
          r.incidentId = m.incidentId;
          r.match = { by: 'matcher', score: m.score, reasons: m.reasons };
        }
      }
      const incidentPuts = [...touched.values()].map((st) => incidentRow(st, prevIncident.get(st.id), now, origin));
      if (session.held) {
        for (const r of incidentPuts) session.held.rows.set(r.id, { origin: r.origin, createdAt: r.createdAt, rev: r.rev });
        for (const d of newDocs) session.held.docIds.add(d.id);
        for (const r of fresh) session.held.statements.add(statementTag(r.statementKey));
        // Replaced claims' incidents are rebuilt below, outside the memory's bookkeeping.
        if (replaced.length) session.keep = false;
      }
      if (incidentPuts.length) await db.incidents.bulkPut(incidentPuts);
      if (fresh.length) await db.claims.bulkAdd(fresh);
      if (replaced.length) {
        await db.claims.bulkPut(replaced);
        await rebuildIncidents(db, [...new Set(replaced.map((r) => r.incidentId).filter((x): x is string => !!x))], now);
      }
      result.inserted = fresh.map((r) => r.id);
      result.replaced = replaced.map((r) => r.id);

      // Corrections replayed reassign claims and rewrite incidents: the memory does not follow.
      if (await mergeCorrections(db, input.corrections, new Set(result.inserted), now, origin, result)) session.keep = false;
      return result;
    }),
  );
}

/**
 * Rows whose `index` equals any of `keys`: one exact lookup per key, issued together (as the
 * store's ingest does; Dexie's anyOf is slow on fake-indexeddb and no faster in browsers).
 */
async function equalsAny<T>(table: Table<T, string, unknown>, index: string, keys: readonly string[]): Promise<T[]> {
  const lists = await Promise.all([...new Set(keys)].map((k) => table.where(index).equals(k).toArray()));
  return lists.flat();
}

function shiftDay(day: string, by: number): string {
  return new Date(Date.parse(day + 'T00:00:00Z') + by * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Stored incidents that may match groups with these query keys: by block key, and by day through
 * the dateStart index (the store keeps day keys out of blockKeys; an incident's dateStart lies
 * at most 14 days before any day it is filed under).
 */
async function candidateIncidents(db: CountercheckDB, qkeys: readonly string[]): Promise<IncidentRow[]> {
  const days = qkeys.filter((k) => k.startsWith('d:')).map((k) => k.slice(2)).sort();
  const named = qkeys.filter((k) => !k.startsWith('d:'));
  const [byKey, byDay] = await Promise.all([
    equalsAny(db.incidents, 'blockKeys', named),
    days.length ? db.incidents.where('dateStart').between(shiftDay(days[0]!, -14), days[days.length - 1]!, true, true).toArray() : [],
  ]);
  return [...new Map([...byKey, ...byDay].map((c) => [c.id, c])).values()];
}

/** Rebuilds incidents from their claims (after claims' content changed). Dexie calls only. */
async function rebuildIncidents(db: CountercheckDB, ids: string[], now: number): Promise<void> {
  if (!ids.length) return;
  const [prev, members] = await Promise.all([db.incidents.bulkGet(ids), equalsAny(db.claims, 'incidentId', ids)]);
  const docs = new Map((await db.documents.bulkGet([...new Set(members.map((c) => c.docId))])).filter((d): d is DocumentRow => !!d).map((d) => [d.id, d]));
  const puts: IncidentRow[] = [];
  ids.forEach((id, i) => {
    const list = members.filter((c) => c.incidentId === id);
    if (!list.length) return;
    const state = buildIncident(id, list.map((c) => featuresOfRow(c, docs.get(c.docId))));
    puts.push(incidentRow(state, prev[i] ?? undefined, now, list[0]!.origin));
  });
  await db.incidents.bulkPut(puts);
}

/**
 * Stores incoming corrections and replays them, with the stored corrections of any claim that
 * arrived now (a correction may come before the claims it names). An incoming correction of a
 * claim the user corrected here is left out: the user's corrections stay in force.
 */
async function mergeCorrections(
  db: CountercheckDB,
  incoming: readonly CorrectionRecord[],
  arrived: ReadonlySet<string>,
  now: number,
  origin: Origin,
  result: MergeResult,
): Promise<boolean> {
  if (!incoming.length && !arrived.size) return false;
  // Corrections are few (each is a user's action): read them all rather than query per claim.
  const stored = await db.corrections.toArray();
  const storedIds = new Set(stored.map((k) => k.id));
  const namedBy = (k: { claimIds: readonly string[]; targetClaimId: string | null }) => [...k.claimIds, ...(k.targetClaimId ? [k.targetClaimId] : [])];
  const added: CorrectionRow[] = [];
  for (const k of incoming) {
    if (storedIds.has(k.id)) {
      result.correctionsPresent.push(k.id);
      continue;
    }
    const named = new Set(namedBy(k));
    const yours = stored.filter((x) => x.origin === 'manual' && namedBy(x).some((id) => named.has(id)));
    if (yours.length) {
      result.correctionsOverlapping.push({ incoming: k, yours: yours.map((x) => x.id) });
      continue;
    }
    added.push({ id: k.id, kind: k.kind, claimIds: [...k.claimIds], targetClaimId: k.targetClaimId, origin, createdAt: Date.parse(k.createdAt), rev: 1, updatedAt: now });
  }
  if (added.length) await db.corrections.bulkAdd(added);
  result.correctionsAdded = added.map((k) => k.id);

  const replay = new Map(added.map((k) => [k.id, k]));
  for (const k of stored) if (namedBy(k).some((id) => arrived.has(id))) replay.set(k.id, k);
  if (!replay.size) return false;
  const named = new Set([...replay.values()].flatMap((k) => [...k.claimIds, ...(k.targetClaimId ? [k.targetClaimId] : [])]));
  const found = (await db.claims.bulkGet([...named])).filter((c): c is ClaimRow => !!c);
  const incidentIds = [...new Set(found.map((c) => c.incidentId).filter((x): x is string => !!x))];
  if (!incidentIds.length) return false;
  const members = await db.claims.where('incidentId').anyOf(incidentIds).toArray();
  const assign = new Map(members.map((c) => [c.id, c.incidentId!]));
  replayCorrections(assign, [...replay.values()]);
  await applyAssignment(db, members, assign, now, 'correction');
  return true;
}
