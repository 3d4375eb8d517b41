/**
 * How two resolved places relate: the same place, spelling variants of one name, one inside the
 * other, or different places. Pure.
 */
import { translitKey } from './fold';
import type { ResolvedPlace } from './gazetteer';

/**
 * 'unknown': nothing tells (a site with no town given beside a town); 'unplaced': two names the
 * gazetteer can't place, neither saying what kind of place it is.
 */
export type PlaceRelation = 'same' | 'variant' | 'within' | 'coarse' | 'different' | 'far' | 'unknown' | 'unplaced';

const SPECIFIC = new Set(['settlement', 'local']);

/** True when `inner` lies inside `outer` as far as the data says (a town in its province). */
function inside(inner: ResolvedPlace, outer: ResolvedPlace): boolean {
  if (outer.level === 'country') return !!inner.country && inner.country === outer.country && inner.level !== 'country';
  const outerAdmin = outer.level === 'admin1' ? outer.admin1 : outer.alsoAdmin1 ?? null;
  if (outerAdmin && inner.level !== 'country' && inner.level !== 'admin1' && inner !== outer) {
    // "Donetsk" may be the city or its province; a town of that province lies within either reading.
    if (inner.admin1 === outerAdmin || !!inner.admin1Candidates?.includes(outerAdmin)) return true;
  }
  if (outer.level === 'admin1') return false;
  // A local site (hospital, base, neighbourhood) inside a named town.
  return inner.level === 'local' && !!inner.settlementKey && inner.settlementKey === outer.nameKey;
}

/**
 * A site whose name begins with the name of `town` ("Drevnaya Memorial Hospital" and Drevnaya), when
 * nothing else says where the site is: most likely the town's hospital, station or prison.
 */
function namedAfter(site: ResolvedPlace, town: ResolvedPlace): boolean {
  return !!town.nameKey && siteTownKey(site) === town.nameKey;
}

const firstWordKeys = new Map<string, string | null>();

/** The key of the first word of an unplaced site's name ("Drevnaya Memorial Hospital" → drivna). */
export function siteTownKey(site: ResolvedPlace): string | null {
  if (site.level !== 'local' || !site.facility || site.settlementKey || site.admin1 || site.country) return null;
  // Remembered: the matcher asks for every candidate's places (translitKey of the whole name can't
  // be cut at the word: vowels are folded across the space).
  let key = firstWordKeys.get(site.name);
  if (key === undefined) {
    const space = site.name.indexOf(' ');
    key = space > 0 ? translitKey(site.name.slice(0, space)) || null : null;
    if (firstWordKeys.size >= 10_000) firstWordKeys.clear();
    firstWordKeys.set(site.name, key);
  }
  return key;
}

/** The relation of two places, most telling first. */
export function placeRelation(a: ResolvedPlace, b: ResolvedPlace): PlaceRelation {
  const countriesClash = !!a.country && !!b.country && a.country !== b.country;
  if (SPECIFIC.has(a.level) && SPECIFIC.has(b.level)) {
    if (a.nameKey && a.nameKey === b.nameKey) return countriesClash ? 'far' : 'same';
    if (a.skeleton && a.skeleton === b.skeleton) return countriesClash ? 'far' : 'variant';
    if (inside(a, b) || inside(b, a)) return 'within';
    if ((namedAfter(a, b) && !b.facility) || (namedAfter(b, a) && !a.facility)) return 'within';
    // Two sites in one town ("Ahli Arab hospital in Gaza", "a Gaza City hospital").
    if (a.settlementKey && a.settlementKey === b.settlementKey) return 'within';
    if (countriesClash) return 'far';
    // A named site with nothing said about where it is ("the Baptist Hospital") may well be in
    // the other place; two sites of the same kind with different names are different sites.
    const bare = (p: ResolvedPlace) => p.level === 'local' && !p.settlementKey && !p.admin1 && !p.country;
    if ((bare(a) || bare(b)) && a.facility !== b.facility && (a.facility || b.facility)) return 'unknown';
    // A neighbourhood or village the gazetteer doesn't know, with no town given, may lie in a
    // known town.
    if ((bare(a) && b.level === 'settlement') || (bare(b) && a.level === 'settlement')) return 'unknown';
    // Two names the gazetteer can't place, neither saying what kind of place it is ("Kostrag Ridge",
    // "Quennet Bay", a company misread as a place): one may lie in the other, or name the same
    // place in another way. Two villages, or two sites of one kind, with different names are two places.
    if (bare(a) && bare(b) && !(a.facility && b.facility) && !(a.kind && a.kind === b.kind)) return 'unplaced';
    return 'different';
  }
  if (a.level === b.level) {
    if (a.level === 'country') return a.country === b.country ? 'coarse' : 'far';
    // Two divisions.
    if (a.admin1 && a.admin1 === b.admin1) return 'same';
    if (a.nameKey && a.nameKey === b.nameKey && !countriesClash) return 'same';
    return countriesClash ? 'far' : 'different';
  }
  if (inside(a, b) || inside(b, a)) return 'within';
  // "Saada" the town and "Saada province", "Bali" the island and its province, when the
  // town's country was ambiguous: read as one place.
  if (a.nameKey && a.nameKey === b.nameKey && !countriesClash) return 'same';
  const bareLocal = (p: ResolvedPlace) => p.level === 'local' && !p.settlementKey && !p.admin1 && !p.country;
  if (bareLocal(a) || bareLocal(b)) return 'unknown';
  if (countriesClash) return 'far';
  if (a.level !== 'country' && b.level !== 'country') {
    // Divisions known on both sides and none shared (a town whose namesakes lie in several
    // divisions, none of them the other place's): two places.
    const aa = a.admin1 ? [a.admin1] : a.admin1Candidates ?? [];
    const bb = b.admin1 ? [b.admin1] : b.admin1Candidates ?? [];
    if (aa.length && bb.length && !aa.some((x) => bb.includes(x))) return 'different';
  }
  // A settlement whose division is unknown against a division of the same country: can't tell.
  return 'unknown';
}

/** A place known only by its name (no town, division or country the gazetteer knows), or a country. */
export function placedOnlyByName(p: ResolvedPlace): boolean {
  return p.level === 'country' || (p.level === 'local' && !p.country && !p.admin1 && !p.settlementKey);
}

/**
 * The relations two reports of one incident can have. Listed rather than excluded, so a relation
 * added later counts as incompatible until someone decides otherwise.
 */
const COMPATIBLE: ReadonlySet<PlaceRelation> = new Set<PlaceRelation>(['same', 'variant', 'within', 'coarse', 'unknown', 'unplaced']);

/**
 * The place itself, a spelling of it, or a place within it: the relations that place two mentions
 * at one spot (a headline's place as evidence, a side event's claims together, a shared figure).
 */
export const SAME_SPOT: ReadonlySet<PlaceRelation> = new Set<PlaceRelation>(['same', 'variant', 'within']);

/** Is the relation one that two reports of one incident can have? */
export function compatible(rel: PlaceRelation): boolean {
  return COMPATIBLE.has(rel);
}

/** A short human phrase for a place: "Makiyivka (UA)". */
export function describePlace(p: ResolvedPlace): string {
  const where = p.level === 'country' ? '' : p.country ? ` (${p.country})` : '';
  return `${p.name}${where}`;
}
