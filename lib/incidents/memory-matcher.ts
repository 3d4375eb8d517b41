/**
 * The matcher in memory: incidents kept in maps, candidates found through the keys they are filed
 * under. The CLI and tests use it directly; the claim store keeps one per database (see
 * lib/store/incident-cache.ts), so both decide the same way over the same incidents.
 */
import { claimFeatures, type ClaimFeatures, type MatchDoc, type PlaceResolver } from './features';
import { incidentBlockKeys, type IncidentState } from './incident-state';
import { decideGroups, groupDocument, groupQueryKeys, type ClaimMatch, type DocumentPlan } from './match-document';
import { stableId } from './stable-id';

/**
 * Incidents and the keys they are filed under. Lean, because the store holds one for tens of
 * thousands of incidents: most keys file one incident (kept as the id itself, not a Set), and an
 * incident's keys are computed again from its state when it is refiled rather than kept.
 */
export class MemoryIncidentIndex {
  private readonly byId = new Map<string, IncidentState>();
  private readonly byKey = new Map<string, string | string[]>();

  /** Incidents filed under any of `keys`. */
  candidates(keys: readonly string[]): IncidentState[] {
    const ids = new Set<string>();
    for (const k of keys) {
      const filed = this.byKey.get(k);
      if (filed === undefined) continue;
      if (typeof filed === 'string') ids.add(filed);
      else for (const id of filed) ids.add(id);
    }
    return [...ids].map((id) => this.byId.get(id)!);
  }

  /** Stores an incident's new state and refiles it. */
  put(s: IncidentState): void {
    const old = this.byId.get(s.id);
    if (old) this.unfile(old);
    for (const k of incidentBlockKeys(s)) {
      const filed = this.byKey.get(k);
      if (filed === undefined) this.byKey.set(k, s.id);
      else if (typeof filed === 'string') {
        if (filed !== s.id) this.byKey.set(k, [filed, s.id]);
      } else if (!filed.includes(s.id)) filed.push(s.id);
    }
    this.byId.set(s.id, s);
  }

  /** Forgets an incident. */
  delete(id: string): void {
    const old = this.byId.get(id);
    if (old) this.unfile(old);
    this.byId.delete(id);
  }

  private unfile(s: IncidentState): void {
    for (const k of incidentBlockKeys(s)) {
      const filed = this.byKey.get(k);
      if (filed === s.id) this.byKey.delete(k);
      else if (Array.isArray(filed)) {
        const i = filed.indexOf(s.id);
        if (i >= 0) filed.splice(i, 1);
        if (filed.length === 1) this.byKey.set(k, filed[0]!);
      }
    }
  }

  get(id: string): IncidentState | undefined {
    return this.byId.get(id);
  }

  all(): IncidentState[] {
    return [...this.byId.values()];
  }

  get size(): number {
    return this.byId.size;
  }

  /**
   * Matches one article's claims (their features) against the incidents held here, and files the
   * incidents the article creates or grows. The one matching step of the CLI, the store's ingest
   * and its re-match.
   */
  matchDocument(features: readonly ClaimFeatures[]): DocumentPlan {
    const groups = groupDocument(features);
    const keys = new Set<string>();
    for (const g of groups) for (const k of groupQueryKeys(g)) keys.add(k);
    const plan = decideGroups(groups, this.candidates([...keys]), {
      newIncidentId: (g) => 'i_' + stableId(g.claims[0]!.claimId),
    });
    for (const s of plan.incidents) this.put(s);
    return plan;
  }
}

/** Matches documents one after another, as a reader would read them. */
export class MemoryMatcher {
  readonly index = new MemoryIncidentIndex();
  readonly features = new Map<string, ClaimFeatures>();

  constructor(private readonly places: PlaceResolver) {}

  /** Matches one document's claims; returns a match per claim in input order. */
  addDocument(doc: MatchDoc): ClaimMatch[] {
    const feats = claimFeatures(doc, this.places);
    for (const f of feats) this.features.set(f.claimId, f);
    const plan = this.index.matchDocument(feats);
    const byClaim = new Map(plan.matches.map((m) => [m.claimId, m]));
    return doc.claims.map((c) => byClaim.get(c.id)!);
  }
}
