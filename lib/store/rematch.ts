/**
 * Re-running the matcher over everything stored (after a matcher update, or on demand), then
 * replaying the user's corrections on top, so corrections survive any re-match.
 */
import { buildIncident } from '../incidents/incident-state';
import { MemoryIncidentIndex } from '../incidents/memory-matcher';
import { stableId } from '../incidents/stable-id';
import type { ClaimRow, CorrectionRow, CountercheckDB, DocumentRow, IncidentRow } from './db';
import { quotaSafe } from './errors';
import { featuresOfRow, replayCorrections } from './corrections';
import { incidentRow } from './ingest';

export interface RematchResult {
  claims: number;
  incidents: number;
  /** Claims whose incident changed. */
  moved: number;
}

/**
 * Sorts documents into the order they were read, as far as the rows tell: by when each was first
 * seen; among documents stored together (an import, a batch), those whose claims founded their
 * incidents and are no wire copies first, as they were when stored (an incident's id derives from
 * its first claim). Matching again in this order leaves incidents under the ids they had.
 */
export function readingOrder(docs: DocumentRow[], claimsByDoc: ReadonlyMap<string, readonly ClaimRow[]>): DocumentRow[] {
  const rank = new Map<string, number>();
  for (const d of docs) {
    let r = 0;
    for (const c of claimsByDoc.get(d.id) ?? []) {
      if (c.wireOf) r += 1;
      if (c.incidentId && c.incidentId === 'i_' + stableId(c.id)) r -= 2;
    }
    rank.set(d.id, r);
  }
  return docs.sort((a, b) => a.firstSeen - b.firstSeen || rank.get(a.id)! - rank.get(b.id)! || a.id.localeCompare(b.id));
}

/** Claims grouped by their document, in the order given. */
export function groupByDoc(claims: readonly ClaimRow[]): Map<string, ClaimRow[]> {
  const byDoc = new Map<string, ClaimRow[]>();
  for (const c of claims) {
    const list = byDoc.get(c.docId);
    if (list) list.push(c);
    else byDoc.set(c.docId, [c]);
  }
  return byDoc;
}

/** What a re-match reads: every document, claim, correction and incident. */
export interface StoredRows {
  docs: DocumentRow[];
  claims: ClaimRow[];
  corrections: CorrectionRow[];
  incidents: IncidentRow[];
}

/** Re-matches every stored claim, documents in the order they were first read. One transaction. */
export async function rematchAll(db: CountercheckDB, clock: () => number = Date.now): Promise<RematchResult> {
  const now = clock();
  return quotaSafe(() =>
    db.transaction('rw', [db.documents, db.claims, db.incidents, db.corrections], async () => {
      const [docs, claims, corrections, incidents] = await Promise.all([
        db.documents.toArray(),
        db.claims.toArray(),
        db.corrections.toArray(),
        db.incidents.toArray(),
      ]);
      return rematchRows(db, { docs, claims, corrections, incidents }, now);
    }),
  );
}

/**
 * The re-match of rows already read (or just derived again, see rederive.ts): claims whose incident
 * or match changed and every incident are written. Dexie calls only: runs inside the caller's
 * read-write transaction over claims and incidents.
 */
export async function rematchRows(db: CountercheckDB, rows: StoredRows, now: number): Promise<RematchResult> {
  const { docs, claims, corrections, incidents: oldIncidents } = rows;
  const byDoc = groupByDoc(claims);
  readingOrder(docs, byDoc);
  const docById = new Map(docs.map((d) => [d.id, d]));
  const index = new MemoryIncidentIndex();
  const assign = new Map<string, string>();
  const why = new Map<string, { score: number; reasons: string[] }>();
  for (const d of docs) {
    const rows = (byDoc.get(d.id) ?? []).sort((a, b) => a.selector.start - b.selector.start);
    if (!rows.length) continue;
    const plan = index.matchDocument(rows.map((c) => featuresOfRow(c, d)));
    for (const m of plan.matches) {
      assign.set(m.claimId, m.incidentId);
      why.set(m.claimId, { score: m.score, reasons: m.reasons });
    }
  }
  replayCorrections(assign, corrections);
  const corrected = new Set(corrections.flatMap((k) => k.claimIds));

  // Write: claims that changed, and every incident rebuilt from its final members.
  const members = new Map<string, ClaimRow[]>();
  let moved = 0;
  const claimPuts: ClaimRow[] = [];
  for (const c of claims) {
    const inc = assign.get(c.id)!;
    const list = members.get(inc);
    if (list) list.push(c);
    else members.set(inc, [c]);
    const byCorrection = corrected.has(c.id);
    const match = byCorrection
      ? c.match?.by === 'correction' ? c.match : { by: 'correction' as const, score: 0, reasons: ['placed here by your correction'] }
      : { by: 'matcher' as const, ...why.get(c.id)! };
    if (inc !== c.incidentId) moved++;
    if (inc !== c.incidentId || JSON.stringify(match) !== JSON.stringify(c.match)) {
      claimPuts.push({ ...c, incidentId: inc, match, rev: c.rev + 1, updatedAt: now });
    }
  }
  const prev = new Map(oldIncidents.map((i) => [i.id, i]));
  const incidentPuts: IncidentRow[] = [];
  for (const [id, list] of members) {
    incidentPuts.push(incidentRow(buildIncident(id, list.map((c) => featuresOfRow(c, docById.get(c.docId)))), prev.get(id), now, list[0]!.origin));
  }
  const gone = oldIncidents.filter((i) => !members.has(i.id)).map((i) => i.id);
  await db.claims.bulkPut(claimPuts);
  await db.incidents.bulkDelete(gone);
  await db.incidents.bulkPut(incidentPuts);
  return { claims: claims.length, incidents: members.size, moved };
}
