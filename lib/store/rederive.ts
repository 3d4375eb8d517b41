/**
 * Deriving again what the store computed from what was read, after the code that computes it
 * changed: the places resolved through the gazetteer, the source keys (which spellings are one
 * source), the statement keys that make a claim a wire copy of another, and the incidents (a full
 * re-match, the user's corrections replayed on top). A claim's own fields — its quote, number,
 * source as written — are never touched.
 *
 * The store records the version of that code it last derived with (`meta.derivedVersion`). A
 * build whose DERIVED_VERSION is newer derives everything again once, before its first ingest;
 * bump it with any change to the gazetteer's reading, sourceKey or the matcher that should reach
 * claims stored before it.
 */
import type { PlaceResolver } from '../incidents/features';
import type { ClaimRow, CountercheckDB, DocumentRow, SourceRow } from './db';
import { quotaSafe } from './errors';
import { claimOfRow, prepare } from './ingest';
import { groupByDoc, readingOrder, rematchRows, type RematchResult } from './rematch';

/**
 * 1: what builds before the meta table derived (no row: treated as 0).
 * 2: Arabic articles inside place names, Russian spellings of Ukrainian towns; source keys without
 *    descriptions, with people by name, armed forces as one.
 * 3: claims merged from datasets and sync keyed by this store's source normalizer (merges had kept
 *    the sending store's source ids).
 * 4: an article's totals counted to days a month apart are two counts (match-document, score).
 * 5: divisions GeoNames names with their kind ("Cauca Department", "Gaza Strip"), cantonments and
 *    garrisons as sites of their town, exact spellings found only abroad ("Odessa"), towns whose
 *    namesakes' divisions all differ from a division; thousands on no day, and a region's running
 *    count on no day, read as totals (claim-traits); within an article, other events told by an
 *    unplaceable site on another day or a date months away, and scoring of dates weeks apart,
 *    of sites against another town and of event kinds against a denial (match-document, score).
 * 6: within an article, an attack dated 45 days or more from the main one is another event (was 90:
 *    "In March" in an article of early June fell inside it) (match-document).
 * 7: an article's country from its towns counts a name held in several divisions abroad ("Odessa",
 *    Texas/Florida/Missouri) only when no town with one namesake places it (features); an article's
 *    side event gets no same-article evidence from another side event's incident unless it is a
 *    disaster (match-document); a town with one namesake in the document's country takes that
 *    namesake's division even when the key has namesakes abroad, and a compass word that is part of
 *    a division's name ("North Kordofan", "South Darfur", "North Kivu") is kept (gazetteer).
 * 8: a distinctive figure of the wounded, missing or captured carries its outcome ("17 wounded"),
 *    and counts against another outcome's only where the places agree (features, score); a
 *    country's name with a division's word ("Niger State") is that division (gazetteer).
 * 9: a site's numbering mark ("School No. 7") is no name; "the Strait of Hormuz" is the "Hormuz
 *    Strait" (so gulfs, seas, bays and isles "of" a name), not a town "Strait"; "Turkey" and
 *    "Czech Republic" are countries, "Congo" is the Democratic Republic, "Island" and "Mann" are
 *    no countries (gazetteer, country-names); an article's country from its claims' places is
 *    read against the countries its headline names (features); a group of an article's claims is
 *    placed with the claims the text dates weighing double, as its main place is chosen, and when
 *    nothing relates its place to an incident's, another place its claims name may (match-document,
 *    score); a crash's running toll ("17 passengers have died") is no total (claim-traits).
 * 10: a small figure (under 100) shared with an incident is no evidence when nothing relates the
 *    places (a village the gazetteer lacks against a town it knows, articles about different
 *    countries), unless one of them is a province (score); b, v and w are one letter in a name's
 *    consonant skeleton ("Lesbos" / "Lesvos") (fold); within an article, a bombing and a shooting
 *    told of one place are one complex attack (match-document).
 */
export const DERIVED_VERSION = 10;
const META_KEY = 'derivedVersion';

export interface RederiveResult {
  from: number;
  to: number;
  documents: number;
  /** Claims whose derived fields changed (their source key, place, statement or wire copy). */
  claims: number;
  sources: number;
  rematch: RematchResult;
}

/** The version the stored rows were derived with: 0 when never recorded. */
export async function derivedVersion(db: CountercheckDB): Promise<number> {
  const row = await db.meta.get(META_KEY);
  return typeof row?.value === 'number' ? row.value : 0;
}

/**
 * Derives everything again if the store was derived by an older version; null when it is current
 * (or empty). One transaction: a failure leaves the rows as they were, to be tried again.
 */
export async function rederiveIfStale(db: CountercheckDB, places: PlaceResolver, clock: () => number = Date.now): Promise<RederiveResult | null> {
  return quotaSafe(() =>
    db.transaction('rw', [db.documents, db.claims, db.incidents, db.sources, db.corrections, db.meta], async () => {
      const from = await derivedVersion(db);
      if (from >= DERIVED_VERSION) return null;
      const result = (await db.claims.count()) ? await rederiveAll(db, places, clock(), from) : null;
      await db.meta.put({ key: META_KEY, value: DERIVED_VERSION });
      return result;
    }),
  );
}

async function rederiveAll(db: CountercheckDB, places: PlaceResolver, now: number, from: number): Promise<RederiveResult> {
  const [docs, claims, oldSources, corrections, incidents] = await Promise.all([
    db.documents.toArray(),
    db.claims.toArray(),
    db.sources.toArray(),
    db.corrections.toArray(),
    db.incidents.toArray(),
  ]);
  const byDoc = groupByDoc(claims);
  // Documents in the order they were read: the first of several copies is the original.
  readingOrder(docs, byDoc);

  const claimPuts: ClaimRow[] = [];
  const docPuts: DocumentRow[] = [];
  // The rows as derived again, for the re-match (which then needs to read nothing).
  const derivedClaims = new Map<string, ClaimRow>();
  const derivedDocs = new Map<string, DocumentRow>();
  const written = new Map<string, { key: string; name: string; aliases: Set<string>; origin: SourceRow['origin'] }>();
  const firstOf = new Map<string, { id: string; docId: string }>();
  for (const doc of docs) {
    const rows = (byDoc.get(doc.id) ?? []).sort((a, b) => a.selector.start - b.selector.start || a.id.localeCompare(b.id));
    if (!rows.length) continue;
    // The ingest's own derivation, on the stored claims; its rows line up with `rows` one to one.
    const p = prepare({ doc: documentInput(doc), claims: rows.map((r) => claimOfRow(r, doc.id)), origin: doc.origin }, places, now);
    for (const [id, { key, written: names }] of p.sources) {
      const entry = written.get(id) ?? { key: key.key, name: key.display, aliases: new Set<string>(), origin: doc.origin };
      for (const n of names) entry.aliases.add(n);
      written.set(id, entry);
    }
    rows.forEach((row, i) => {
      const d = p.rows[i]!;
      // Wire copies: the same statement stored earlier from another document.
      const first = firstOf.get(d.statementKey);
      const wireOf = first && first.docId !== row.docId ? first.id : null;
      if (!first) firstOf.set(d.statementKey, { id: row.id, docId: row.docId });
      const next: ClaimRow = { ...row, sourceId: d.sourceId, viaId: d.viaId, resolvedPlace: d.resolvedPlace, scale: d.scale, statementKey: d.statementKey, wireOf };
      if (!changed(row, next)) return;
      const put = { ...next, rev: row.rev + 1, updatedAt: now };
      claimPuts.push(put);
      derivedClaims.set(put.id, put);
    });
    const context = { headlinePlaces: p.docRow.headlinePlaces, countries: p.docRow.countries };
    if (JSON.stringify(context) !== JSON.stringify({ headlinePlaces: doc.headlinePlaces, countries: doc.countries })) {
      const put = { ...doc, ...context, rev: doc.rev + 1, updatedAt: now };
      docPuts.push(put);
      derivedDocs.set(put.id, put);
    }
  }

  // Sources: the rows the claims now name, each with every spelling read for it.
  const prev = new Map(oldSources.map((s) => [s.id, s]));
  const sourcePuts: SourceRow[] = [];
  for (const [id, w] of written) {
    const old = prev.get(id);
    const aliases = [...new Set([...(old?.aliases ?? []), ...w.aliases])];
    if (old && old.key === w.key && aliases.length === old.aliases.length) continue;
    sourcePuts.push(
      old
        ? { ...old, key: w.key, aliases, rev: old.rev + 1, updatedAt: now }
        : { id, key: w.key, name: w.name, aliases, origin: w.origin, createdAt: now, rev: 1, updatedAt: now },
    );
  }
  const unused = oldSources.filter((s) => !written.has(s.id)).map((s) => s.id);

  await Promise.all([db.claims.bulkPut(claimPuts), db.documents.bulkPut(docPuts), db.sources.bulkPut(sourcePuts), db.sources.bulkDelete(unused)]);
  // Incidents last, from the places just derived; corrections are replayed on top.
  const rematch = await rematchRows(
    db,
    { docs: docs.map((d) => derivedDocs.get(d.id) ?? d), claims: claims.map((c) => derivedClaims.get(c.id) ?? c), corrections, incidents },
    now,
  );
  return { from, to: DERIVED_VERSION, documents: docs.length, claims: claimPuts.length, sources: sourcePuts.length + unused.length, rematch };
}

const DERIVED: ReadonlyArray<keyof ClaimRow> = ['sourceId', 'viaId', 'resolvedPlace', 'scale', 'statementKey', 'wireOf'];
const changed = (a: ClaimRow, b: ClaimRow) => DERIVED.some((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));

function documentInput(d: DocumentRow) {
  return { url: d.url, canonicalUrl: d.canonicalUrl, outlet: d.outlet, title: d.title, published: d.published, lang: d.lang };
}
