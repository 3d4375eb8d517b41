/**
 * Claim features: everything the matcher reads from one claim, computed once when the claim is
 * stored (the store keeps them, so incidents can be rebuilt after a correction without the
 * gazetteer). Pure given a PlaceResolver.
 */
import type { Claim, EventType } from '../extract/types';
import type { ResolvedPlace } from './gazetteer';
import { isPeriodTotal, victimGroup, type VictimRole } from './claim-traits';

export type Scale = 'incident' | 'total';

/** Resolves a place phrase; the Gazetteer implements it, tests may use a stub of real data. */
export interface PlaceResolver {
  resolve(phrase: string, context?: readonly string[]): ResolvedPlace | null;
  countriesIn(text: string): string[];
}

/** The part of a claim the matcher needs, plus its id. */
export type MatchClaim = Pick<Claim, 'kind' | 'quote' | 'low' | 'high' | 'victims' | 'place' | 'date' | 'eventType'> & {
  id: string;
};

export interface MatchDoc {
  id: string;
  /** YYYY-MM-DD or an ISO timestamp; the fallback event date. */
  published: string | null;
  title?: string | null;
  claims: MatchClaim[];
}

export interface ClaimFeatures {
  claimId: string;
  docId: string;
  place: ResolvedPlace | null;
  /** The event date the text gives (YYYY-MM-DD). */
  date: string | null;
  /** The article's date (YYYY-MM-DD): the fallback when the text gives no event date. */
  published: string | null;
  eventType: EventType | null;
  side: string | null;
  role: VictimRole | null;
  scale: Scale;
}

/** YYYY-MM-DD from a date or timestamp string; null when it isn't one. */
export function isoDay(s: string | null | undefined): string | null {
  const m = s ? /^(\d{4}-\d{2}-\d{2})/.exec(s) : null;
  return m ? m[1]! : null;
}

/** Days since 1970-01-01 for a YYYY-MM-DD string. */
export function dayNumber(day: string): number {
  return Math.floor(Date.parse(day + 'T00:00:00Z') / 86_400_000);
}

/** The countries a document is about, for choosing among same-named towns. */
export function documentCountries(doc: MatchDoc, places: PlaceResolver): string[] {
  const out = new Set<string>(doc.title ? places.countriesIn(doc.title) : []);
  // Countries and provinces named in the claims are evidence; a town matched without context
  // may be a namesake abroad, so towns count only when nothing else says where the article is.
  const towns = new Set<string>();
  for (const c of doc.claims) {
    if (!c.place) continue;
    const r = places.resolve(c.place);
    if (!r?.country) continue;
    if (r.level === 'country' || r.level === 'admin1') out.add(r.country);
    else towns.add(r.country);
  }
  if (!out.size) for (const t of towns) out.add(t);
  return [...out];
}

/** Features of every claim of a document. */
export function claimFeatures(doc: MatchDoc, places: PlaceResolver): ClaimFeatures[] {
  const context = documentCountries(doc, places);
  const published = isoDay(doc.published);
  return doc.claims.map((c) => {
    const { side, role } = victimGroup(c.victims);
    return {
      claimId: c.id,
      docId: doc.id,
      place: c.place ? places.resolve(c.place, context) : null,
      date: isoDay(c.date),
      published,
      eventType: c.eventType,
      side,
      role,
      scale: c.kind === 'figure' && isPeriodTotal(c) ? 'total' : 'incident',
    };
  });
}
