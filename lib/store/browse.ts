/**
 * Read queries for the popup and the options page: a page's claims grouped by incident, search
 * over incidents, and what the store holds. Extension pages open the database themselves (same
 * origin as the background).
 */
import { compareClaim, type Range } from './compare';
import type { ClaimRow, CountercheckDB, IncidentRow } from './db';

export interface IncidentGroup {
  incident: Pick<IncidentRow, 'id' | 'label' | 'dateStart' | 'dateEnd' | 'placeName' | 'claimCount'> | null;
  /** Ranges across every stored source of the incident, per outcome. */
  ranges: Range[];
  /** How many documents the incident's claims come from. */
  documents: number;
  /** The claims given, in the order given. */
  claims: ClaimRow[];
}

/** `claimIds` (a page's, in page order) grouped by their incident, with each incident's range across all sources. */
export async function incidentsOf(db: CountercheckDB, claimIds: readonly string[]): Promise<IncidentGroup[]> {
  const rows = (await db.claims.bulkGet([...claimIds])).filter((c): c is ClaimRow => !!c);
  const byIncident = new Map<string, ClaimRow[]>();
  for (const c of rows) {
    const k = c.incidentId ?? 'none:' + c.id;
    byIncident.set(k, [...(byIncident.get(k) ?? []), c]);
  }
  const out: IncidentGroup[] = [];
  for (const claims of byIncident.values()) {
    const view = await compareClaim(db, claims[0]!.id);
    const i = view?.incident ?? null;
    out.push({
      incident: i && { id: i.id, label: i.label, dateStart: i.dateStart, dateEnd: i.dateEnd, placeName: i.placeName, claimCount: i.claimCount },
      ranges: view?.ranges ?? [],
      documents: view?.documents.length ?? 1,
      claims,
    });
  }
  return out;
}

export interface IncidentHit {
  incident: IncidentRow;
  /** A claim of the incident, to open its compare view. */
  claimId: string | null;
  ranges: Range[];
}

/** Lower case without diacritics: "Mayādīn" is found by "mayadin". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

/** Incidents whose label or place contains every word of `query` (case- and accent-insensitive), newest first. */
export async function searchIncidents(db: CountercheckDB, query: string, limit = 20): Promise<IncidentHit[]> {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const hits: IncidentRow[] = [];
  // A scan: a reader's store holds thousands of incidents, not millions, and labels are short.
  await db.incidents
    .orderBy('dateStart')
    .reverse()
    .until(() => hits.length >= limit)
    .each((i) => {
      const hay = fold(`${i.label} ${i.placeName ?? ''} ${i.eventType ?? ''}`);
      if (words.every((w) => hay.includes(w))) hits.push(i);
    });
  return Promise.all(
    hits.map(async (incident) => {
      const first = await db.claims.where('incidentId').equals(incident.id).first();
      const view = first ? await compareClaim(db, first.id) : null;
      return { incident, claimId: first?.id ?? null, ranges: view?.ranges ?? [] };
    }),
  );
}

export interface StoreCounts {
  documents: number;
  claims: number;
  incidents: number;
  sources: number;
  corrections: number;
}

export async function storeCounts(db: CountercheckDB): Promise<StoreCounts> {
  const [documents, claims, incidents, sources, corrections] = await Promise.all([
    db.documents.count(),
    db.claims.count(),
    db.incidents.count(),
    db.sources.count(),
    db.corrections.count(),
  ]);
  return { documents, claims, incidents, sources, corrections };
}

/** Deletes everything stored, in one transaction. */
export async function clearStore(db: CountercheckDB): Promise<void> {
  await db.transaction('rw', [db.documents, db.claims, db.incidents, db.sources, db.corrections], async () => {
    await Promise.all([db.documents.clear(), db.claims.clear(), db.incidents.clear(), db.sources.clear(), db.corrections.clear()]);
  });
}
