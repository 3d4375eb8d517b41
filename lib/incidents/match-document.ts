/**
 * Matching one article's claims to incidents.
 *
 * An article is mostly about one event and mentions others in passing (an earlier strike, the
 * war's toll). So the claims are first grouped within the article: the claims that agree with the
 * article's main place and date form the main group (a claim that names no place joins it: the
 * other claims of the article say where it happened), and claims that name another place, a date
 * more than a week away, another kind of event (but a bombing beside a shooting at one place: a
 * complex attack), or a total over a period form groups of their own.
 * Then each group is matched to the best stored incident, or starts a new one.
 *
 * Split in two pure steps so a store can fetch candidates asynchronously in between:
 * `groupDocument` → keys to look up (`groupQueryKeys`) → `decideGroups`.
 */
import type { EventType } from '../extract/types';
import { eventTypeRelation } from './claim-traits';
import { dayNumber, type ClaimFeatures } from './features';
import type { ResolvedPlace } from './gazetteer';
import { addClaims, dayKeys, emptyIncident, figureKeys, placeQueryKeys, siteKeys, topOf, type IncidentState } from './incident-state';
import { compatible, describePlace, placedOnlyByName, placeRelation, SAME_SPOT } from './place-relation';
import { MATCH_THRESHOLD, SAME_TOTAL_DAYS, scoreGroup, TOTAL_THRESHOLD, type GroupSignature } from './score';

export interface ClaimGroup {
  docId: string;
  /** The article's main event (true) or something it mentions besides. */
  main: boolean;
  claims: ClaimFeatures[];
  signature: GroupSignature;
}

export interface ClaimMatch {
  claimId: string;
  incidentId: string;
  score: number;
  reasons: string[];
  /** The claim started this incident. */
  created: boolean;
}

export interface DocumentPlan {
  matches: ClaimMatch[];
  /** Incidents created or grown by this article, in their new state. */
  incidents: IncidentState[];
}

/**
 * How far (days) a claim's event date may be from its article's main event and still be about it.
 * Generous: resolved dates are noisy ("last year" read against the wrong year), and an article
 * retells its event's aftermath; two events in one article usually differ by place or kind too.
 */
const SAME_EVENT_DAYS = 300;
/**
 * The same for an event that is not a disaster: an attack happens on one day, and one dated months
 * from the main event ("In March, gunmen stormed a hotel in the town") is another the article
 * recalls. A disaster is counted over weeks and months. Under 90 days: a month named alone is
 * dated to its middle, so "In March" in an article of early June is some 85 days back.
 */
const SAME_ATTACK_DAYS = 45;
/** Evidence that claims of the same article already joined the incident. */
const SAME_ARTICLE = 1.5;
/** Claims of the article's other events go together when their dates are this close. */
const SIDE_EVENT_DAYS = 7;
const SPECIFICITY = { local: 4, settlement: 3, admin1: 2, country: 1 } as const;
/**
 * A claim the text dates counts as two when choosing the article's main place: a report dates the
 * event it reports ("on Friday"), while its passing mentions of other events (history,
 * comparisons: "the 2005 hurricane killed 1,800") seldom carry a day the hints resolve.
 */
const DATED_VOTE = 2;

function supportOf(p: ResolvedPlace, places: readonly ResolvedPlace[], weights: readonly number[]): number {
  let n = 0;
  places.forEach((q, i) => {
    const rel = placeRelation(p, q);
    if (rel === 'same' || rel === 'variant' || rel === 'coarse') n += weights[i] ?? 1;
    else if (rel === 'within') n += 0.5 * (weights[i] ?? 1);
  });
  return n;
}

/**
 * The place most claims agree with; the more specific of equally supported ones. A place the
 * headline names counts as two claims: the headline says what the article is about. `weights`:
 * each place's vote (1 when not given).
 */
export function dominantPlace(
  places: readonly ResolvedPlace[],
  headline: readonly ResolvedPlace[] = [],
  weights: readonly number[] = [],
): ResolvedPlace | null {
  let best: ResolvedPlace | null = null;
  let bestKey = -1;
  const voters = [...places, ...headline, ...headline];
  // A headline name the gazetteer doesn't know may be a person or a company: it only votes for
  // claims that name it (and is weighed against stored incidents, see scoreGroup).
  for (const p of [...places, ...headline.filter((h) => h.level !== 'local' || h.country)]) {
    // Support first; then a place whose containment is known (a gazetteer town over an unknown
    // neighbourhood name); then the more specific.
    const key = supportOf(p, voters, weights) * 100 + (p.country ? 10 : 0) + SPECIFICITY[p.level];
    if (key > bestKey) [best, bestKey] = [p, key];
  }
  return best;
}

function mode<T extends string>(values: ReadonlyArray<T | null>): T | null {
  const tally: Partial<Record<T, number>> = {};
  for (const v of values) if (v) tally[v] = (tally[v] ?? 0) + 1;
  return topOf(tally);
}

function signatureOf(claims: readonly ClaimFeatures[], fallbackPlace: ResolvedPlace | null, headline: readonly ResolvedPlace[] = []): GroupSignature {
  const placed = claims.filter((c) => !!c.place);
  // Weighed as the article's main place is (see DATED_VOTE).
  const place = dominantPlace(placed.map((c) => c.place!), headline, placed.map((c) => (c.date ? DATED_VOTE : 1))) ?? fallbackPlace;
  const otherPlaces: ResolvedPlace[] = [];
  for (const c of placed) if (c.place !== place && !otherPlaces.some((p) => p.nameKey === c.place!.nameKey && p.level === c.place!.level)) otherPlaces.push(c.place!);
  return {
    scale: claims[0]!.scale,
    place,
    otherPlaces,
    date: mode(claims.map((c) => c.date)),
    dates: [...new Set(claims.map((c) => c.date).filter((d): d is string => !!d))],
    figures: [...new Set(claims.flatMap((c) => c.figures))],
    sites: [...new Set(claims.flatMap((c) => c.sites))],
    countries: [...new Set(claims.flatMap((c) => c.countries))],
    published: claims[0]!.published,
    headline,
    eventType: mode(claims.map((c) => c.eventType)),
    denies: claims.some((c) => c.kind === 'denial'),
    side: mode(claims.map((c) => c.side)),
    role: mode(claims.map((c) => c.role)),
  };
}

/**
 * A bombing and a shooting told of one place and day in one article: a complex attack ("gunmen
 * set off a car bomb at the gate, then opened fire"). Across articles they stay two kinds.
 */
function complexAttack(a: EventType, b: EventType): boolean {
  const kinds = new Set([a, b]);
  return kinds.has('shooting') && kinds.has('explosion');
}

function near(a: string | null, b: string | null, days: number): boolean {
  return !a || !b || Math.abs(dayNumber(a) - dayNumber(b)) <= days;
}

/** Splits an article's claims into its main event, other events it mentions, and totals. */
export function groupDocument(features: readonly ClaimFeatures[]): ClaimGroup[] {
  if (!features.length) return [];
  const docId = features[0]!.docId;
  const single = features.filter((c) => c.scale === 'incident');
  const totals = features.filter((c) => c.scale === 'total');
  const groups: ClaimGroup[] = [];

  if (single.length) {
    const placed = single.filter((c) => !!c.place);
    const places = placed.map((c) => c.place!);
    const headline = single[0]!.headlinePlaces;
    const mainPlace = dominantPlace(places, headline, placed.map((c) => (c.date ? DATED_VOTE : 1)));
    // Each claim's relation to the main place, computed once (null: no place on either side).
    const toMain = new Map(single.map((c) => [c, c.place && mainPlace ? placeRelation(c.place, mainPlace) : null]));
    const onMainPlace = single.filter((c) => !toMain.get(c) || compatible(toMain.get(c)!));
    const mainDate = mode(onMainPlace.map((c) => c.date));
    const mainType = mode(onMainPlace.map((c) => c.eventType));
    // A flood or a storm strikes village after village over days; an attack is one place's day.
    const spreads = mainType === 'natural disaster';
    // A denial's words name what is denied loosely ("no shot was fired" of a shelling, a
    // dam's "sluices" read as a weapon): its kind of event is no reason to split it off.
    const belongs = (c: ClaimFeatures) => {
      const rel = toMain.get(c);
      return (
        (!rel || compatible(rel)) &&
        // At the main place itself, a spelling of it, or a place within it or containing it, a claim
        // may be dated by a toll's revision. One placed where nothing tells how it relates (a camp, a
        // village the gazetteer lacks) and dated to another day is another event the article mentions.
        near(c.date, mainDate, !spreads && rel === 'unknown' ? 0 : spreads ? SAME_EVENT_DAYS : SAME_ATTACK_DAYS) &&
        (!c.eventType || !mainType || c.kind === 'denial' || eventTypeRelation(c.eventType, mainType) !== 'different' || ((!rel || SAME_SPOT.has(rel)) && complexAttack(c.eventType, mainType)))
      );
    };
    const main: ClaimFeatures[] = [];
    const others: ClaimFeatures[] = [];
    for (const c of single) (belongs(c) ? main : others).push(c);
    if (main.length) groups.push({ docId, main: true, claims: main, signature: signatureOf(main, mainPlace, headline) });
    // Other events the article mentions: claims that agree on place and date go together.
    const side: ClaimFeatures[][] = [];
    for (const c of others) {
      const g = side.find((grp) =>
        grp.some((o) =>
          (!o.place || !c.place ? !o.place && !c.place : SAME_SPOT.has(placeRelation(o.place, c.place))) &&
          near(o.date, c.date, SIDE_EVENT_DAYS),
        ),
      );
      if (g) g.push(c);
      else side.push([c]);
    }
    for (const claims of side) groups.push({ docId, main: false, claims, signature: signatureOf(claims, null) });
  }

  // Totals: one group per victims' side, region and day counted to; a total that names no side
  // joins the article's first total (it usually restates it). A total the text does not date
  // counts up to the article's day ("has killed 5,000 so far").
  const totalGroups: ClaimFeatures[][] = [];
  const countedTo = (c: ClaimFeatures) => c.date ?? c.published;
  for (const c of totals) {
    const g = totalGroups.find((grp) => {
      const sides = new Set(grp.map((o) => o.side).filter(Boolean));
      if (c.side && sides.size && !sides.has(c.side)) return false;
      return grp.every(
        (o) => (!o.place || !c.place || placeRelation(o.place, c.place) !== 'far') && near(countedTo(o), countedTo(c), SAME_TOTAL_DAYS),
      );
    });
    if (g) g.push(c);
    else totalGroups.push([c]);
  }
  for (const claims of totalGroups) groups.push({ docId, main: false, claims, signature: signatureOf(claims, null) });
  return groups;
}

/** Index keys under which candidate incidents for a group are filed. */
export function groupQueryKeys(g: ClaimGroup): string[] {
  const keys = new Set<string>();
  const sig = g.signature;
  if (sig.place) {
    for (const k of placeQueryKeys(sig.place)) keys.add(k);
    // A town's total may match a total known only by its country.
    if (sig.place.level !== 'country' && sig.place.country && sig.scale === 'total') keys.add('c:' + sig.place.country);
  }
  for (const c of g.claims) if (c.place) for (const k of placeQueryKeys(c.place)) keys.add(k);
  if (!sig.place || placedOnlyByName(sig.place)) {
    // The headline may name the place the claims don't ("Zarvelin mudslide toll rises").
    for (const h of sig.headline) for (const k of placeQueryKeys(h)) keys.add(k);
    // Nothing says where, or only a name the gazetteer doesn't know (a spelling it lacks, a site,
    // a region) or a whole country: look among incidents of the same days as well.
    const day = sig.date ?? sig.published;
    if (day) {
      // An event date may come before or after the days an incident was dated by; an article
      // reports what happened up to its own date.
      const from = new Date((dayNumber(day) - (sig.date ? 2 : 7)) * 86_400_000).toISOString().slice(0, 10);
      const to = sig.date ? new Date((dayNumber(day) + 2) * 86_400_000).toISOString().slice(0, 10) : day;
      for (const k of dayKeys(from, to, 10)) keys.add(k);
    }
  }
  // A distinctive figure finds the reports that retell it, within the countries the article is
  // about (figures alone would find hundreds of incidents in a large store).
  for (const k of figureKeys(sig.figures, [...sig.countries, ...(sig.place?.country ? [sig.place.country] : [])])) keys.add(k);
  // ... and among incidents no country is known for (their places are names the gazetteer lacks).
  for (const k of figureKeys(sig.figures, [])) keys.add(k);
  // Placed no closer than a country: the kind of site it names, in that country.
  if (!sig.place || sig.place.level === 'country') {
    for (const k of siteKeys(sig.sites, [...sig.countries, ...(sig.place?.country ? [sig.place.country] : [])])) keys.add(k);
  }
  if (sig.scale === 'total') {
    keys.add('t:' + (sig.side ?? '?'));
    if (sig.place?.country) keys.add('t:' + sig.place.country);
  }
  return [...keys];
}

export interface DecideOptions {
  /** Id for an incident that a group starts (stable: derived from its first claim). */
  newIncidentId: (group: ClaimGroup) => string;
}

/**
 * Between equally scored incidents: the one reported most recently, then the larger, then the
 * lower id. Decisions must not depend on the order candidates arrive in: the CLI finds them in
 * the order it created them, a store in the order it loaded them.
 */
function tieBreak(a: IncidentState, b: IncidentState): number {
  const recent = (s: IncidentState) => s.publishedMax ?? s.dateMax ?? '';
  const ra = recent(a);
  const rb = recent(b);
  if (ra !== rb) return ra > rb ? -1 : 1;
  if (a.claimCount !== b.claimCount) return b.claimCount - a.claimCount;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Matches each group to the best of the candidate incidents, or starts a new incident.
 * Candidates grown by an earlier group of the same article are seen by the later ones.
 */
export function decideGroups(groups: readonly ClaimGroup[], candidates: readonly IncidentState[], opts: DecideOptions): DocumentPlan {
  const pool = new Map(candidates.map((c) => [c.id, c]));
  const touched = new Map<string, IncidentState>();
  const matches: ClaimMatch[] = [];
  let mainIncident: string | null = null;
  // An event the article tells besides its main one was split from it: the main event's claims in
  // an incident are no evidence that the other event belongs there too, nor are another side
  // event's (a round-up tells one event a sentence, and its Culiacán shooting had followed its
  // Haitian massacre into that incident). A flood or a storm is the exception: it strikes place
  // after place, and the article's side groups are often the same disaster's other places.
  const sameArticle = (g: ClaimGroup, s: IncidentState) =>
    s.docIds.includes(g.docId) && (g.main || (s.id !== mainIncident && g.signature.eventType === 'natural disaster'));
  for (const g of groups) {
    // Every candidate scored, the one picked explained.
    let best: { state: IncidentState; score: number } | null = null;
    for (const s of pool.values()) {
      const r = scoreGroup(g.signature, s, false);
      if (r.vetoed) continue;
      const score = r.score + (sameArticle(g, s) ? SAME_ARTICLE : 0);
      if (!best || score > best.score || (score === best.score && tieBreak(s, best.state) < 0)) best = { state: s, score };
    }
    const threshold = g.signature.scale === 'total' ? TOTAL_THRESHOLD : MATCH_THRESHOLD;
    let target: IncidentState;
    let reasons: string[];
    let score: number;
    let created = false;
    if (best && best.score >= threshold) {
      target = best.state;
      reasons = [...scoreGroup(g.signature, target).reasons];
      if (sameArticle(g, target)) reasons.push('claims of the same article are already in this incident');
      score = best.score;
    } else {
      target = emptyIncident(opts.newIncidentId(g), g.signature.scale);
      created = true;
      score = 0;
      reasons = [best ? `no stored incident close enough (best score ${best.score.toFixed(1)})` : 'first report of this incident'];
      if (g.signature.scale === 'total') reasons.push('a total over a period, kept apart from single incidents');
    }
    const grown = addClaims(target, g.claims);
    if (g.main) mainIncident = grown.id;
    pool.set(grown.id, grown);
    touched.set(grown.id, grown);
    for (const c of g.claims) {
      const own = [...reasons];
      if (!c.place && g.signature.place && g.claims.length > 1) {
        own.push(`place from the article's other claims: ${describePlace(g.signature.place)}`);
      }
      if (g.claims.length > 1) own.push(`reported in the same article as ${g.claims.length - 1} other claim(s) of this event`);
      matches.push({ claimId: c.claimId, incidentId: grown.id, score, reasons: own, created: created && c === g.claims[0] });
    }
  }
  return { matches, incidents: [...touched.values()] };
}
