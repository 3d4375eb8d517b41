/**
 * An incident as the matcher sees it: a fold over the features of its claims. Rebuilt from the
 * claims after a correction, so it never disagrees with what the claims say. Pure.
 */
import type { EventType } from '../extract/types';
import type { ResolvedPlace } from './gazetteer';
import { dayNumber, type ClaimFeatures, type Scale } from './features';
import { siteTownKey } from './place-relation';

const MAX_DOC_IDS = 200;

export interface PlaceTally {
  place: ResolvedPlace;
  n: number;
}

export interface IncidentState {
  id: string;
  scale: Scale;
  places: PlaceTally[];
  /** Range of the event dates the claims give (YYYY-MM-DD). */
  dateMin: string | null;
  dateMax: string | null;
  /** Range of the article dates of the documents. */
  publishedMin: string | null;
  publishedMax: string | null;
  eventTypes: Partial<Record<EventType, number>>;
  sides: Record<string, number>;
  roles: Record<string, number>;
  /** Distinctive figures reported ("171") and kinds of site named, with counts. */
  figures: Record<string, number>;
  sites: Record<string, number>;
  /** Countries of the articles that reported it (capped). */
  countries: string[];
  claimCount: number;
  docIds: string[];
}

function placeId(p: ResolvedPlace): string {
  return [p.level, p.nameKey ?? '', p.settlementKey ?? '', p.admin1 ?? '', p.country ?? ''].join('|');
}

const minDay = (a: string | null, b: string | null) => (!a ? b : !b ? a : a < b ? a : b);
const maxDay = (a: string | null, b: string | null) => (!a ? b : !b ? a : a > b ? a : b);

/** An empty incident of the given id and scale. */
export function emptyIncident(id: string, scale: Scale): IncidentState {
  return {
    id, scale, places: [], dateMin: null, dateMax: null, publishedMin: null, publishedMax: null,
    eventTypes: {}, sides: {}, roles: {}, figures: {}, sites: {}, countries: [], claimCount: 0, docIds: [],
  };
}

/** Adds claims to an incident (returns a new state; the input is not changed). */
export function addClaims(state: IncidentState, claims: readonly ClaimFeatures[]): IncidentState {
  const s: IncidentState = {
    ...state,
    places: state.places.map((t) => ({ ...t })),
    eventTypes: { ...state.eventTypes },
    sides: { ...state.sides },
    roles: { ...state.roles },
    figures: { ...state.figures },
    sites: { ...state.sites },
    countries: [...(state.countries ?? [])],
    docIds: [...state.docIds],
  };
  for (const c of claims) {
    s.claimCount++;
    if (!s.docIds.includes(c.docId)) {
      s.docIds.push(c.docId);
      // Only recent articles matter for "same article" evidence; keep the row small.
      if (s.docIds.length > MAX_DOC_IDS) s.docIds.shift();
    }
    if (c.place) {
      const id = placeId(c.place);
      const t = s.places.find((x) => placeId(x.place) === id);
      if (t) t.n++;
      else s.places.push({ place: c.place, n: 1 });
    }
    s.dateMin = minDay(s.dateMin, c.date);
    s.dateMax = maxDay(s.dateMax, c.date);
    s.publishedMin = minDay(s.publishedMin, c.published);
    s.publishedMax = maxDay(s.publishedMax, c.published);
    if (c.eventType) s.eventTypes[c.eventType] = (s.eventTypes[c.eventType] ?? 0) + 1;
    if (c.side) s.sides[c.side] = (s.sides[c.side] ?? 0) + 1;
    if (c.role) s.roles[c.role] = (s.roles[c.role] ?? 0) + 1;
    for (const f of c.figures) s.figures[f] = (s.figures[f] ?? 0) + 1;
    for (const x of c.sites) s.sites[x] = (s.sites[x] ?? 0) + 1;
    for (const x of c.countries) if (!s.countries.includes(x) && s.countries.length < 8) s.countries.push(x);
  }
  s.places.sort((a, b) => b.n - a.n);
  return s;
}

/** An incident state rebuilt from all of its claims. */
export function buildIncident(id: string, claims: readonly ClaimFeatures[]): IncidentState {
  const scale: Scale = claims.length && claims.every((c) => c.scale === 'total') ? 'total' : 'incident';
  return addClaims(emptyIncident(id, scale), claims);
}

/** The most frequent key of a tally. */
export function topOf<K extends string>(tally: Partial<Record<K, number>>): K | null {
  let best: K | null = null;
  let n = 0;
  for (const [k, v] of Object.entries(tally) as Array<[K, number]>) if (v > n) [best, n] = [k, v];
  return best;
}

/**
 * Keys under which an index files a place, to find candidates without scanning every incident.
 * 'n:'/'k:' a name (spelling-insensitive, skeleton); 'A:' a division the place is known only by;
 * 'a:' a division the place lies in; 'c:' a country the place is known only by.
 */
export function placeKeys(p: ResolvedPlace): string[] {
  const keys: string[] = [];
  if (p.nameKey) keys.push('n:' + p.nameKey);
  const town = siteTownKey(p);
  if (town) keys.push('n:' + town);
  if (p.skeleton) keys.push('k:' + p.skeleton);
  if (p.settlementKey) keys.push('n:' + p.settlementKey);
  if (p.level === 'admin1' && p.admin1) keys.push('A:' + p.admin1);
  if (p.alsoAdmin1) keys.push('A:' + p.alsoAdmin1);
  if (p.level !== 'admin1' && p.level !== 'country') {
    if (p.admin1) keys.push('a:' + p.admin1);
    // Undecided readings ("Makiyivka" lies in one of two provinces).
    for (const a of p.admin1Candidates ?? []) keys.push('a:' + a);
  }
  if (p.level === 'country' && p.country) keys.push('c:' + p.country);
  return keys;
}

/**
 * Keys to look up for a group placed at `p`: its names, the divisions it may lie in (to find
 * incidents known only by their province) and, for a division, the towns in it. A town does not
 * look up every incident of its province: with thousands of incidents that is most of them.
 */
export function placeQueryKeys(p: ResolvedPlace): string[] {
  const keys: string[] = [];
  if (p.nameKey) keys.push('n:' + p.nameKey);
  const town = siteTownKey(p);
  if (town) keys.push('n:' + town);
  if (p.skeleton) keys.push('k:' + p.skeleton);
  if (p.settlementKey) keys.push('n:' + p.settlementKey);
  if (p.level === 'admin1' && p.admin1) keys.push('a:' + p.admin1, 'A:' + p.admin1);
  if (p.alsoAdmin1) keys.push('a:' + p.alsoAdmin1, 'A:' + p.alsoAdmin1);
  if (p.level !== 'admin1' && p.level !== 'country') {
    if (p.admin1) keys.push('A:' + p.admin1);
    for (const a of p.admin1Candidates ?? []) keys.push('A:' + a);
  }
  if (p.level === 'country' && p.country) keys.push('c:' + p.country);
  return keys;
}

/** Keys for dates: one a day over a range, capped so a long range doesn't flood the index. */
export function dayKeys(from: string, to: string, max = 14): string[] {
  const a = dayNumber(from);
  const b = Math.min(dayNumber(to), a + max - 1);
  const out: string[] = [];
  for (let d = a; d <= b; d++) out.push('d:' + new Date(d * 86_400_000).toISOString().slice(0, 10));
  return out;
}

/** 'f:UA:5937': a figure within a country; 'f:?:5937' when no country is known. */
export function figureKeys(figures: readonly string[], countries: readonly string[]): string[] {
  const cs = countries.length ? [...new Set(countries)] : ['?'];
  return figures.flatMap((f) => cs.map((c) => `f:${c}:${f}`));
}

/** 's:YE:prison': a kind of site within a country (a village is too common a site to look up). */
export function siteKeys(sites: readonly string[], countries: readonly string[]): string[] {
  const cs = [...new Set(countries)];
  return sites.filter((x) => x !== 'village').flatMap((x) => cs.map((c) => `s:${c}:${x}`));
}

/** Every key an incident is filed under in a candidate index. */
export function incidentBlockKeys(s: IncidentState): string[] {
  const keys = new Set<string>();
  for (const t of s.places) for (const k of placeKeys(t.place)) keys.add(k);
  if (s.dateMin && s.dateMax) for (const k of dayKeys(s.dateMin, s.dateMax)) keys.add(k);
  else if (s.publishedMin && s.publishedMax) for (const k of dayKeys(s.publishedMin, s.publishedMax)) keys.add(k);
  // A distinctive figure finds the reports that retell it, in the incident's countries.
  const countries = [...new Set(s.places.map((t) => t.place.country).filter((c): c is string => !!c)), ...s.countries];
  for (const k of figureKeys(Object.keys(s.figures).slice(0, 30), countries)) keys.add(k);
  // The kinds of site, in the incident's countries: a report that names no more than the country
  // finds the prison or station struck there.
  for (const k of siteKeys(Object.keys(s.sites), countries)) keys.add(k);
  if (s.scale === 'total') {
    keys.add('t:' + (topOf(s.sides) ?? '?'));
    for (const t of s.places) if (t.place.country) keys.add('t:' + t.place.country);
  }
  return [...keys];
}

/** A label for people: "Makiyivka, 2022-12-31" or "Total: Tigray". */
export function incidentLabel(s: IncidentState): string {
  const place = s.places[0]?.place.name ?? 'Unknown place';
  const when = s.dateMin ?? s.publishedMin;
  const base = when ? `${place}, ${when}` : place;
  return s.scale === 'total' ? `Total: ${base}` : base;
}
