/**
 * Store rows → dataset records, with the user's sharing choices applied: which claims (all, or
 * only those they saved or corrected) and whether their reading history goes along.
 */
import * as v from 'valibot';
import type { ClaimRow, CorrectionRow, CountercheckDB, DocumentRow, IncidentRow, SourceRow } from '../store/db';
import {
  ClaimRecordSchema,
  type ClaimRecord,
  type CorrectionRecord,
  type DocumentRef,
  type IncidentRef,
  type ReadingRecord,
  type SourceRef,
} from './format';

/** What the user shares. */
export interface SharePolicy {
  /**
   * 'all': every stored claim. 'saved': only claims the user entered by hand or corrected (named
   * in a correction or placed by one), plus claims that came from the team in the first place
   * (their edits go back to where they came from).
   */
  claims: 'all' | 'saved';
  /** Reading history: when each page was read, and each claim's local times and origin. */
  history: boolean;
}

const iso = (ms: number) => new Date(ms).toISOString();
const day = (s: string | null) => (s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : null);

export function documentRef(d: DocumentRow): DocumentRef {
  return { id: d.id, url: d.url, canonicalUrl: d.canonicalUrl, outlet: d.outlet, title: d.title, published: d.published, lang: d.lang };
}

function sourceRef(written: string | null, id: string | null, sources: ReadonlyMap<string, SourceRow>): SourceRef | null {
  if (written === null) return null;
  return { id, name: id ? sources.get(id)?.name ?? null : null, written };
}

export function incidentRef(i: IncidentRow): IncidentRef {
  return {
    id: i.id,
    label: i.label,
    place: i.placeName,
    dateStart: day(i.dateStart),
    dateEnd: day(i.dateEnd),
    eventType: i.eventType,
    scale: i.scale,
  };
}

/** The record of a stored claim. `doc` is its document row; history fields only when shared. */
export function claimRecord(
  c: ClaimRow,
  doc: DocumentRow,
  sources: ReadonlyMap<string, SourceRow>,
  incident: IncidentRow | null | undefined,
  history: boolean,
): ClaimRecord {
  const r: ClaimRecord = {
    type: 'claim',
    id: c.id,
    rev: c.rev,
    kind: c.kind,
    selector: { exact: c.selector.exact, prefix: c.selector.prefix, suffix: c.selector.suffix, start: c.selector.start, end: c.selector.end },
    numberText: c.numberText,
    numberStart: c.numberStart,
    numberEnd: c.numberEnd,
    low: c.low,
    high: c.high,
    approx: c.approx,
    outcome: c.outcome,
    victims: c.victims,
    stance: c.stance,
    scope: c.scope,
    source: sourceRef(c.source, c.sourceId, sources),
    via: sourceRef(c.via, c.viaId, sources),
    place: c.place,
    date: c.date,
    eventType: c.eventType,
    ...(c.period ? { period: true as const } : {}),
    document: documentRef(doc),
    incident: incident ? incidentRef(incident) : null,
  };
  if (history) {
    r.origin = c.origin;
    r.createdAt = iso(c.createdAt);
    r.updatedAt = iso(c.updatedAt);
  }
  return r;
}

export function correctionRecord(k: CorrectionRow): CorrectionRecord {
  return { type: 'correction', id: k.id, kind: k.kind, claimIds: [...k.claimIds], targetClaimId: k.targetClaimId, createdAt: iso(k.createdAt) };
}

/** When a page was read, under the reader's pseudonymous id. */
export function readingRecord(d: DocumentRow, readerId: string): ReadingRecord {
  return { type: 'reading', id: `r_${readerId}_${d.id}`, docId: d.id, firstSeen: iso(d.firstSeen), lastSeen: iso(d.lastSeen) };
}

/** Ids of claims the user corrected: named in a correction (or its target), or placed by one. */
export async function correctedClaimIds(db: CountercheckDB): Promise<Set<string>> {
  const out = new Set<string>();
  await db.corrections.each((k) => {
    for (const id of k.claimIds) out.add(id);
    if (k.targetClaimId) out.add(k.targetClaimId);
  });
  return out;
}

/** Whether a claim is shared under the policy. `corrected` from correctedClaimIds. */
export function isShared(c: ClaimRow, policy: SharePolicy, corrected: ReadonlySet<string>): boolean {
  if (policy.claims === 'all') return true;
  return c.origin === 'manual' || c.origin === 'synced' || corrected.has(c.id) || c.match?.by === 'correction';
}

/** Looks up the rows claims point to, in bulk, for turning claims into records. */
export class RecordBuilder {
  private readonly docs = new Map<string, DocumentRow>();
  private readonly sources = new Map<string, SourceRow>();
  private readonly incidents = new Map<string, IncidentRow>();

  constructor(
    private readonly db: CountercheckDB,
    private readonly history: boolean,
  ) {}

  /** Records of the claims, in their order; a claim whose document is missing is skipped (and named). */
  async claims(rows: readonly ClaimRow[]): Promise<{ records: ClaimRecord[]; invalid: Array<{ id: string; issues: string[] }> }> {
    const want = (cache: ReadonlyMap<string, unknown>, ids: Array<string | null>) =>
      [...new Set(ids.filter((x): x is string => !!x && !cache.has(x)))];
    const docIds = want(this.docs, rows.map((r) => r.docId));
    const srcIds = want(this.sources, rows.flatMap((r) => [r.sourceId, r.viaId]));
    const incIds = want(this.incidents, rows.map((r) => r.incidentId));
    const [d, s, i] = await Promise.all([this.db.documents.bulkGet(docIds), this.db.sources.bulkGet(srcIds), this.db.incidents.bulkGet(incIds)]);
    for (const x of d) if (x) this.docs.set(x.id, x);
    for (const x of s) if (x) this.sources.set(x.id, x);
    for (const x of i) if (x) this.incidents.set(x.id, x);
    const records: ClaimRecord[] = [];
    const invalid: Array<{ id: string; issues: string[] }> = [];
    for (const r of rows) {
      const doc = this.docs.get(r.docId);
      if (!doc) {
        invalid.push({ id: r.id, issues: [`its document ${r.docId} is not stored`] });
        continue;
      }
      const rec = claimRecord(r, doc, this.sources, r.incidentId ? this.incidents.get(r.incidentId) : null, this.history);
      // What leaves the store must be readable by the next importer: check it as one would.
      const ok = v.safeParse(ClaimRecordSchema, rec);
      if (ok.success) records.push(rec);
      else invalid.push({ id: r.id, issues: ok.issues.map((x) => `${v.getDotPath(x) ?? '(record)'}: ${x.message}`) });
    }
    return { records, invalid };
  }

  /** Document rows seen so far (for reading records). */
  document(id: string): DocumentRow | undefined {
    return this.docs.get(id);
  }
}
