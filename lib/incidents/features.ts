/**
 * Claim features: everything the matcher reads from one claim, computed once when the claim is
 * stored (the store keeps them, so incidents can be rebuilt after a correction without the
 * gazetteer). Pure given a PlaceResolver.
 */
import type { Claim, EventType } from '../extract/types';
import { consonantSkeleton, MIN_SKELETON, translitKey } from './fold';
import type { ResolvedPlace } from './gazetteer';
import { isPeriodTotal, victimGroup, type VictimRole } from './claim-traits';

export type Scale = 'incident' | 'total';

/** Resolves a place phrase; the Gazetteer implements it, tests may use a stub of real data. */
export interface PlaceResolver {
  /** `named`: the countries of `context` the document names itself (see Gazetteer.resolve). */
  resolve(phrase: string, context?: readonly string[], named?: readonly string[]): ResolvedPlace | null;
  countriesIn(text: string): string[];
  placesIn(text: string, countries: readonly string[]): ResolvedPlace[];
}

/** The part of a claim the matcher needs, plus its id. */
export type MatchClaim = Pick<Claim, 'kind' | 'quote' | 'low' | 'high' | 'outcome' | 'victims' | 'place' | 'date' | 'eventType' | 'period'> & {
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
  /** Figure or denial (absent in features made before it was kept: read as a figure). */
  kind?: MatchClaim['kind'];
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
  /** Distinctive figures ("171"): two reports giving the same odd number likely tell one event. */
  figures: string[];
  /** Kinds of site the claim's words name ("prison", "hospital"). */
  sites: string[];
  /** Towns or divisions the article's headline names: votes for the article's main place. */
  headlinePlaces: ResolvedPlace[];
  /** Countries the article is about (see documentCountries). */
  countries: string[];
}

// A figure is evidence of identity only when it isn't a round number anyone might say.
/**
 * The claim's distinctive figures (numbers that aren't round): the number alone for the dead, since
 * one outlet's "5,937 dead" is another's "losses of 5,937"; with its outcome for the wounded,
 * missing and captured ("17 wounded"), which are other counts: a bombing's 17 wounded are no
 * retelling of a shelling's 17 dead, reported the same day in another country.
 */
export function distinctiveFigures(c: Pick<MatchClaim, 'kind' | 'outcome' | 'low' | 'high'>): string[] {
  if (c.kind !== 'figure' || !c.outcome) return [];
  const out = new Set<string>();
  const suffix = c.outcome === 'killed' || c.outcome === 'casualties' ? '' : ` ${c.outcome}`;
  for (const n of [c.low, c.high]) if (n != null && n >= 11 && n % 10 !== 0) out.add(String(n) + suffix);
  return [...out];
}

const SITE = /\b(prison|jail|detention cent(?:er|re)|hospital|clinic|(?:railway|train|bus) station|station|theat(?:er|re)|school|market|mosque|church|air ?base|airfield|airport|refugee camp|camp|wedding|funeral|bakery|shopping (?:centre|center|mall)|mall|bridge|dam|port|barracks|checkpoint|village|hotel|stadium)s?\b/g;
const SITE_NAME: Record<string, string> = {
  jail: 'prison', 'detention center': 'prison', 'detention centre': 'prison', clinic: 'hospital',
  'railway station': 'station', 'train station': 'station', 'bus station': 'station', theater: 'theatre',
  'air base': 'air base', airbase: 'air base', airfield: 'air base', 'shopping centre': 'mall', 'shopping center': 'mall', 'shopping mall': 'mall',
};

/** Kinds of site named in a text, normalized ("jail" → prison). */
export function sitesIn(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(SITE)) out.add(SITE_NAME[m[1]!] ?? m[1]!);
  return [...out];
}

/** YYYY-MM-DD from a date or timestamp string; null when it isn't one. */
export function isoDay(s: string | null | undefined): string | null {
  const m = s ? /^(\d{4}-\d{2}-\d{2})/.exec(s) : null;
  return m ? m[1]! : null;
}

const dayNumbers = new Map<string, number>();

/** Days since 1970-01-01 for a YYYY-MM-DD string. */
export function dayNumber(day: string): number {
  // Remembered: scoring asks for the same few thousand days millions of times, and Date.parse
  // was the matcher's single largest cost.
  let n = dayNumbers.get(day);
  if (n === undefined) {
    n = Math.floor(Date.parse(day + 'T00:00:00Z') / 86_400_000);
    if (dayNumbers.size >= 100_000) dayNumbers.clear();
    dayNumbers.set(day, n);
  }
  return n;
}

/** The countries a document is about, for choosing among same-named towns. */
export function documentCountries(doc: MatchDoc, places: PlaceResolver): string[] {
  return documentContext(doc, places).countries;
}

/**
 * The countries a document is about, and those of them it names (in its headline, or as a country
 * or province a claim names) rather than guessed from a town's name.
 */
export function documentContext(doc: MatchDoc, places: PlaceResolver): { countries: string[]; named: string[] } {
  const out = new Set<string>(doc.title ? places.countriesIn(doc.title) : []);
  // Countries and provinces named in the claims are evidence; a town matched without context
  // may be a namesake abroad, so towns count only when nothing else says where the article is.
  // A name GeoNames holds for towns in several divisions ("Odessa": Texas, Florida, Missouri) is
  // a guess at its country; it counts only when no town with a single namesake says otherwise (a
  // live blog's "Odessa" beside Kramatorsk and Sloviansk had put the article in the United States,
  // and with it the Texan Odessa before the Ukrainian port).
  const towns = new Set<string>();
  const guesses = new Set<string>();
  // Read against the countries the headline names: of same-named places, the one in them.
  const headlined = [...out];
  for (const c of doc.claims) {
    if (!c.place) continue;
    const r = places.resolve(c.place, headlined, headlined);
    if (!r?.country) continue;
    if (r.level === 'country' || r.level === 'admin1') out.add(r.country);
    else if ((r.admin1Candidates?.length ?? 0) > 1) guesses.add(r.country);
    else towns.add(r.country);
  }
  const named = [...out];
  if (!out.size) for (const t of towns.size ? towns : guesses) out.add(t);
  return { countries: [...out], named };
}

/** No place, or only a large country: a figure that could be anywhere in it. */
export function countryWide(place: ResolvedPlace | null): boolean {
  return !place || (place.level === 'country' && (place.areaKm2 ?? Infinity) >= 100_000);
}

/** No place, a country, a division, or a town that shares its division's name ("Gaza", "Donetsk"). */
function regionWide(place: ResolvedPlace | null): boolean {
  return !place || place.level === 'country' || place.level === 'admin1' || !!place.alsoAdmin1;
}

/** The kind of event most of an article's claims name (null when none names one). */
export function articleEventType(claims: ReadonlyArray<Pick<MatchClaim, 'eventType'>>): EventType | null {
  const tally = new Map<EventType, number>();
  let best: EventType | null = null;
  for (const c of claims) {
    if (!c.eventType) continue;
    const n = (tally.get(c.eventType) ?? 0) + 1;
    tally.set(c.eventType, n);
    if (!best || n > tally.get(best)!) best = c.eventType;
  }
  return best;
}

const CAPITALIZED = /^\p{Lu}/u;

/**
 * Proper names in a headline written in sentence case ("Rescuers reach Zarvelin after mudslide": Rescuers, Zarvelin),
 * as runs of capitalized words. A title-cased headline ("Death Toll Rises In Border Town") tells
 * no names apart, and gives none.
 */
export function headlineNames(title: string): string[] {
  const out: string[] = [];
  let longWords = 0;
  let capitalizedLong = 0;
  // Segments start a sentence of their own ("Analysis: ...", "...; officials deny ...").
  for (const segment of title.split(/\s*[:;–—|]\s+|\s+[-–—]\s+/)) {
    const words = segment.split(/[^\p{L}'’-]+/u).filter(Boolean);
    let run: string[] = [];
    words.forEach((w, i) => {
      const word = w.replace(/['’]s$/, '');
      if (i > 0 && word.length >= 4) {
        longWords++;
        if (CAPITALIZED.test(word)) capitalizedLong++;
      }
      if (CAPITALIZED.test(word)) run.push(word);
      else if (run.length) {
        out.push(run.join(' '));
        run = [];
      }
    });
    if (run.length) out.push(run.join(' '));
  }
  if (longWords && capitalizedLong / longWords > 0.5) return [];
  return out;
}

/**
 * The headline's places: towns and divisions the gazetteer knows in the document's countries and,
 * from a sentence-case headline, names it doesn't know (a village, a mine, a valley). Those vote
 * for claims that name them and place an article whose claims name no place.
 */
function headlinePlacesOf(title: string, context: readonly string[], places: PlaceResolver): ResolvedPlace[] {
  const out = places.placesIn(title, context);
  for (const name of headlineNames(title)) {
    // Kept as written, without asking the gazetteer (which would read its towns for any headline):
    // a town it knows relates to a claim's by name all the same.
    const nameKey = translitKey(name);
    if (nameKey.length < 4 || places.countriesIn(name).length || out.some((k) => k.nameKey === nameKey)) continue;
    const skeleton = consonantSkeleton(name);
    out.push({
      label: name, level: 'local', name, nameKey, skeleton: skeleton.length >= MIN_SKELETON ? skeleton : null,
      settlementKey: null, admin1: null, country: null, facility: null,
    });
  }
  return out;
}

/** Features of every claim of a document. */
export function claimFeatures(doc: MatchDoc, places: PlaceResolver): ClaimFeatures[] {
  const { countries: context, named } = documentContext(doc, places);
  const published = isoDay(doc.published);
  const headlinePlaces = doc.title ? headlinePlacesOf(doc.title, context, places) : [];
  const headlineSites = doc.title ? sitesIn(doc.title) : [];
  // A claim that names no kind of event is about its article's: "1,200 needed hospital care" in
  // a flood report is the quake's count, not a war's total.
  const articleType = articleEventType(doc.claims);
  const features = doc.claims.map((c): ClaimFeatures => {
    const { side, role } = victimGroup(c.victims);
    const place = c.place ? places.resolve(c.place, context, named) : null;
    return {
      figures: distinctiveFigures(c),
      sites: [...new Set([...sitesIn(c.quote), ...(c.place ? sitesIn(c.place) : []), ...headlineSites])],
      headlinePlaces,
      countries: context,
      claimId: c.id,
      kind: c.kind,
      docId: doc.id,
      place,
      date: isoDay(c.date),
      published,
      eventType: c.eventType,
      side,
      role,
      scale:
        c.kind === 'figure' && (c.period || isPeriodTotal({ ...c, eventType: c.eventType ?? articleType }, countryWide(place), regionWide(place)))
          ? 'total'
          : 'incident',
    };
  });
  // A denial rebuts the article's figures: when every one of them is a total, so is what it denies.
  const figures = features.filter((f) => f.kind !== 'denial');
  if (figures.length && figures.every((f) => f.scale === 'total')) for (const f of features) f.scale = 'total';
  return features;
}
