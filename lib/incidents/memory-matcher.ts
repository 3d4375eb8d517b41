/**
 * The matcher in memory: incidents kept in maps, candidates found through the keys they are filed
 * under. The CLI and tests use it directly; the claim store keeps one per database (see
 * lib/store/incident-cache.ts), so both decide the same way over the same incidents.
 */
import { claimFeatures, type ClaimFeatures, type MatchDoc, type PlaceResolver } from './features';
import { incidentBlockKeys, type IncidentState } from './incident-state';
import { decideGroups, groupDocument, groupQueryKeys, type ClaimMatch, type DocumentPlan } from './match-document';
import { stableId } from './stable-id';

/** Incidents and the keys they are filed under. */
export class MemoryIncidentIndex {
  private readonly byId = new Map<string, IncidentState>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly keysOf = new Map<string, string[]>();

  /** Incidents filed under any of `keys`. */
  candidates(keys: readonly string[]): IncidentState[] {
    const ids = new Set<string>();
    for (const k of keys) for (const id of this.byKey.get(k) ?? []) ids.add(id);
    return [...ids].map((id) => this.byId.get(id)!);
  }

  /** Stores an incident's new state and refiles it. */
  put(s: IncidentState): void {
    this.unfile(s.id);
    const keys = incidentBlockKeys(s);
    for (const k of keys) {
      let set = this.byKey.get(k);
      if (!set) this.byKey.set(k, (set = new Set()));
      set.add(s.id);
    }
    this.keysOf.set(s.id, keys);
    this.byId.set(s.id, s);
  }

  /** Forgets an incident. */
  delete(id: string): void {
    this.unfile(id);
    this.byId.delete(id);
  }

  private unfile(id: string): void {
    for (const k of this.keysOf.get(id) ?? []) {
      const set = this.byKey.get(k);
      if (!set) continue;
      set.delete(id);
      if (!set.size) this.byKey.delete(k);
    }
    this.keysOf.delete(id);
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
