/**
 * The user's corrections — move a claim to another incident, merge two incidents, split one —
 * stored as rows and replayed after every re-match, so they always win over the matcher.
 */
import { victimGroup } from '../incidents/claim-traits';
import { distinctiveFigures, sitesIn, type ClaimFeatures } from '../incidents/features';
import { buildIncident } from '../incidents/incident-state';
import { stableId } from '../incidents/stable-id';
import type { ClaimRow, CorrectionRow, CountercheckDB, DocumentRow, IncidentRow, Origin } from './db';
import { quotaSafe, UnknownClaimError } from './errors';
import { incidentRow } from './ingest';

/** The matcher's features of a stored claim (no gazetteer needed: the resolved place is stored). */
export function featuresOfRow(c: ClaimRow, doc?: DocumentRow): ClaimFeatures {
  const { side, role } = victimGroup(c.victims);
  return {
    figures: distinctiveFigures(c),
    sites: [...new Set([...sitesIn(c.quote), ...(c.place ? sitesIn(c.place) : []), ...(doc?.title ? sitesIn(doc.title) : [])])],
    headlinePlaces: doc?.headlinePlaces ?? [],
    countries: doc?.countries ?? [],
    claimId: c.id,
    docId: c.docId,
    kind: c.kind,
    place: c.resolvedPlace,
    date: c.date,
    // eventDate is the article's date when the claim gives none.
    published: c.date ? null : c.eventDate || null,
    eventType: c.eventType,
    side,
    role,
    scale: c.scale,
  };
}

/**
 * Applies corrections, oldest first, to an assignment of claims to incidents (changed in place).
 * Pure: the re-match and the interactive commands share it.
 */
export function replayCorrections(assign: Map<string, string>, corrections: readonly CorrectionRow[]): void {
  const sorted = [...corrections].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  for (const k of sorted) {
    const present = k.claimIds.filter((id) => assign.has(id));
    if (k.kind === 'move') {
      const target = (k.targetClaimId && assign.get(k.targetClaimId)) || 'i_' + stableId('move ' + k.id);
      for (const id of present) assign.set(id, target);
    } else if (k.kind === 'split') {
      const target = 'i_' + stableId('split ' + k.id);
      for (const id of present) assign.set(id, target);
    } else if (k.kind === 'merge' && present.length === 2) {
      const keep = assign.get(present[0]!)!;
      const gone = assign.get(present[1]!)!;
      for (const [id, inc] of assign) if (inc === gone) assign.set(id, keep);
    }
  }
}

/** Corrections the user makes from the interface. Each is one transaction. */
export class Corrections {
  constructor(
    private readonly db: CountercheckDB,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Moves claims to the incident of `targetClaimId`, or to a new incident of their own when null. */
  move(claimIds: string[], targetClaimId: string | null, origin: Origin = 'manual'): Promise<CorrectionRow> {
    return this.record({ kind: 'move', claimIds, targetClaimId }, origin);
  }

  /** Merges the incidents of two claims. */
  merge(claimA: string, claimB: string, origin: Origin = 'manual'): Promise<CorrectionRow> {
    return this.record({ kind: 'merge', claimIds: [claimA, claimB], targetClaimId: null }, origin);
  }

  /** Takes claims out of their incident into a new one. */
  split(claimIds: string[], origin: Origin = 'manual'): Promise<CorrectionRow> {
    return this.record({ kind: 'split', claimIds, targetClaimId: null }, origin);
  }

  private async record(k: Pick<CorrectionRow, 'kind' | 'claimIds' | 'targetClaimId'>, origin: Origin): Promise<CorrectionRow> {
    const db = this.db;
    const now = this.clock();
    const row: CorrectionRow = {
      ...k,
      id: 'k_' + stableId([k.kind, ...k.claimIds, k.targetClaimId ?? '', now].join('|')),
      origin,
      createdAt: now,
      rev: 1,
      updatedAt: now,
    };
    return quotaSafe(() =>
      db.transaction('rw', [db.claims, db.incidents, db.corrections, db.documents], async () => {
        const named = [...k.claimIds, ...(k.targetClaimId ? [k.targetClaimId] : [])];
        const found = await db.claims.bulkGet(named);
        found.forEach((c, i) => {
          if (!c) throw new UnknownClaimError(named[i]!);
        });
        // The incidents touched: those of the named claims, whole.
        const incidentIds = [...new Set(found.map((c) => c!.incidentId).filter((x): x is string => !!x))];
        const members = await db.claims.where('incidentId').anyOf(incidentIds).toArray();
        const assign = new Map(members.map((c) => [c.id, c.incidentId!]));
        replayCorrections(assign, [row]);
        await db.corrections.add(row);
        await applyAssignment(db, members, assign, now, 'correction');
        return row;
      }),
    );
  }
}

/**
 * Writes a new assignment of `claims` to incidents: updates the claims that moved, rebuilds the
 * incidents they left or joined from their claims, deletes incidents left empty.
 * Dexie calls only: runs inside the caller's transaction.
 */
export async function applyAssignment(
  db: CountercheckDB,
  claims: readonly ClaimRow[],
  assign: Map<string, string>,
  now: number,
  by: 'correction' | 'matcher',
  reasons: Map<string, { score: number; reasons: string[] }> = new Map(),
): Promise<void> {
  const moved = claims.filter((c) => assign.get(c.id) !== c.incidentId || reasons.has(c.id));
  const affected = new Set<string>();
  for (const c of moved) {
    if (c.incidentId) affected.add(c.incidentId);
    affected.add(assign.get(c.id)!);
  }
  if (!affected.size) return;
  await db.claims.bulkPut(
    moved.map((c) => {
      const r = reasons.get(c.id);
      const changedIncident = assign.get(c.id) !== c.incidentId;
      return {
        ...c,
        incidentId: assign.get(c.id)!,
        match:
          by === 'correction' && changedIncident
            ? { by: 'correction' as const, score: 0, reasons: ['placed here by your correction'] }
            : r
              ? { by, score: r.score, reasons: r.reasons }
              : c.match,
        rev: c.rev + 1,
        updatedAt: now,
      };
    }),
  );
  // Rebuild every affected incident from all of its claims (including ones not passed in).
  const ids = [...affected];
  const [prevRows, all] = await Promise.all([db.incidents.bulkGet(ids), db.claims.where('incidentId').anyOf(ids).toArray()]);
  const docRows = await db.documents.bulkGet([...new Set(all.map((c) => c.docId))]);
  const docs = new Map(docRows.filter((d): d is DocumentRow => !!d).map((d) => [d.id, d]));
  const byIncident = new Map<string, ClaimRow[]>();
  for (const c of all) byIncident.set(c.incidentId!, [...(byIncident.get(c.incidentId!) ?? []), c]);
  const puts: IncidentRow[] = [];
  const dels: string[] = [];
  ids.forEach((id, i) => {
    const list = byIncident.get(id) ?? [];
    if (!list.length) {
      if (prevRows[i]) dels.push(id);
      return;
    }
    const state = buildIncident(id, list.map((c) => featuresOfRow(c, docs.get(c.docId))));
    puts.push(incidentRow(state, prevRows[i] ?? undefined, now, list[0]!.origin));
  });
  if (dels.length) await db.incidents.bulkDelete(dels);
  if (puts.length) await db.incidents.bulkPut(puts);
}
