/**
 * The compare query behind "who else said what about this?": for one claim, its incident's claims
 * grouped by source, each source's latest figure with its earlier revisions, the low and high
 * across sources, the denials, and the documents. One read transaction.
 */
import type { Outcome } from '../extract/types';
import type { ClaimRow, CountercheckDB, DocumentRow, IncidentRow, SourceRow } from './db';

export interface Carrier {
  docId: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
}

/** A claim as shown, with every document that carried the same statement. */
export interface ClaimView {
  claim: ClaimRow;
  /** The document it was read in first, then wire copies in other outlets. */
  carriers: Carrier[];
}

export interface SourceFigures {
  sourceId: string | null;
  /** Display name; null for outlets speaking in their own voice. */
  name: string | null;
  outcome: Outcome;
  /** The source's most recent figure for this outcome. */
  latest: ClaimView;
  /** Its earlier figures, newest first ("the death toll rose to 52" after "39"). */
  earlier: ClaimView[];
}

export interface Range {
  outcome: Outcome;
  low: number | null;
  high: number | null;
  /** How many sources' latest figures the range spans. */
  sources: number;
}

export interface CompareView {
  claim: ClaimRow;
  incident: IncidentRow | null;
  /** Asserted figures grouped by source and outcome. */
  bySource: SourceFigures[];
  /** Per outcome, the lowest and highest of the sources' latest asserted figures. */
  ranges: Range[];
  denials: ClaimView[];
  documents: DocumentRow[];
}

const orderKey = (c: ClaimRow, docs: Map<string, DocumentRow>) =>
  `${c.eventDate}|${docs.get(c.docId)?.published ?? ''}|${String(c.createdAt).padStart(15, '0')}`;

/** The compare view for a claim; null when the claim isn't stored. */
export async function compareClaim(db: CountercheckDB, claimId: string): Promise<CompareView | null> {
  return db.transaction('r', [db.claims, db.documents, db.sources, db.incidents], async () => {
    const claim = await db.claims.get(claimId);
    if (!claim) return null;
    const [claims, incident] = claim.incidentId
      ? await Promise.all([
          db.claims.where('[incidentId+eventDate]').between([claim.incidentId, ''], [claim.incidentId, '\uffff']).toArray(),
          db.incidents.get(claim.incidentId),
        ])
      : [[claim], undefined];
    const docIds = [...new Set(claims.map((c) => c.docId))];
    const srcIds = [...new Set(claims.map((c) => c.sourceId).filter((s): s is string => !!s))];
    const [docRows, srcRows] = await Promise.all([db.documents.bulkGet(docIds), db.sources.bulkGet(srcIds)]);
    const docs = new Map(docRows.filter((d): d is DocumentRow => !!d).map((d) => [d.id, d]));
    const sources = new Map(srcRows.filter((s): s is SourceRow => !!s).map((s) => [s.id, s]));
    return buildView(claim, incident ?? null, claims, docs, sources);
  });
}

function carrierOf(c: ClaimRow, docs: Map<string, DocumentRow>): Carrier {
  const d = docs.get(c.docId);
  return { docId: c.docId, outlet: d?.outlet ?? null, url: d?.canonicalUrl ?? d?.url ?? null, published: d?.published ?? null };
}

/** Folds wire copies (same statement in several documents) into one view each. */
function fold(claims: ClaimRow[], docs: Map<string, DocumentRow>): ClaimView[] {
  const byStatement = new Map<string, ClaimView>();
  for (const c of claims.sort((a, b) => a.createdAt - b.createdAt)) {
    const v = byStatement.get(c.statementKey);
    if (v) {
      if (!v.carriers.some((x) => x.docId === c.docId)) v.carriers.push(carrierOf(c, docs));
    } else byStatement.set(c.statementKey, { claim: c, carriers: [carrierOf(c, docs)] });
  }
  return [...byStatement.values()];
}

/** Pure part of the compare query (exported for tests). */
export function buildView(
  claim: ClaimRow,
  incident: IncidentRow | null,
  claims: ClaimRow[],
  docs: Map<string, DocumentRow>,
  sources: Map<string, SourceRow>,
): CompareView {
  const figures = fold(claims.filter((c) => c.kind === 'figure' && c.stance === 'asserted'), docs);
  const denials = fold(claims.filter((c) => c.kind === 'denial'), docs);
  const groups = new Map<string, ClaimView[]>();
  for (const v of figures) {
    const k = `${v.claim.sourceId ?? '(own voice)' + v.claim.docId}|${v.claim.outcome}`;
    const list = groups.get(k) ?? [];
    list.push(v);
    groups.set(k, list);
  }
  const bySource: SourceFigures[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => orderKey(b.claim, docs).localeCompare(orderKey(a.claim, docs)));
    const latest = list[0]!;
    bySource.push({
      sourceId: latest.claim.sourceId,
      name: latest.claim.sourceId ? sources.get(latest.claim.sourceId)?.name ?? latest.claim.source : null,
      outcome: latest.claim.outcome!,
      latest,
      earlier: list.slice(1),
    });
  }
  const ranges = new Map<Outcome, Range>();
  for (const s of bySource) {
    const r = ranges.get(s.outcome) ?? { outcome: s.outcome, low: null, high: null, sources: 0 };
    const lo = s.latest.claim.low ?? s.latest.claim.high;
    const hi = s.latest.claim.high ?? s.latest.claim.low;
    if (lo != null) r.low = r.low == null ? lo : Math.min(r.low, lo);
    if (hi != null) r.high = r.high == null ? hi : Math.max(r.high, hi);
    r.sources++;
    ranges.set(s.outcome, r);
  }
  return {
    claim,
    incident,
    bySource,
    ranges: [...ranges.values()],
    denials,
    documents: [...docs.values()],
  };
}
