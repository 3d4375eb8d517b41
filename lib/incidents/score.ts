/**
 * How well a group of claims from one article fits a stored incident: a score and the reasons
 * behind it, for the interface to show. Pure.
 */
import type { EventType } from '../extract/types';
import type { ResolvedPlace } from './gazetteer';
import { eventTypeRelation, type VictimRole } from './claim-traits';
import { dayNumber, type Scale } from './features';
import { topOf, type IncidentState } from './incident-state';
import { describePlace, placedOnlyByName, placeRelation, SAME_SPOT, type PlaceRelation } from './place-relation';

/** What a group of claims from one article says about its event. */
export interface GroupSignature {
  scale: Scale;
  place: ResolvedPlace | null;
  /** The other places the group's claims name, compatible with `place` (see scoreGroup). */
  otherPlaces?: readonly ResolvedPlace[];
  /** Event date given by the text (the most common one of the group). */
  date: string | null;
  /** Every event date the group's claims give. */
  dates: string[];
  /** Distinctive figures and kinds of site (see ClaimFeatures). */
  figures: string[];
  sites: string[];
  /** Countries the article is about. */
  countries: string[];
  /** The article's date, used when the text gives none. */
  published: string | null;
  /** Places the headline names (the article's main event only): see scoreGroup. */
  headline: readonly ResolvedPlace[];
  eventType: EventType | null;
  /** The group holds a denial: its article tells the event in the denier's words. */
  denies?: boolean;
  side: string | null;
  role: VictimRole | null;
}

export interface MatchScore {
  score: number;
  reasons: string[];
  /** True when something rules the match out whatever the rest says (a scale mismatch). */
  vetoed: boolean;
}

/** A match needs at least this much evidence. Place alone (same town) reaches it; a date alone doesn't. */
export const MATCH_THRESHOLD = 3;
/** Totals carry less evidence (a country, a side); the same region or the same side is enough. */
export const TOTAL_THRESHOLD = 2;

const PLACE_POINTS: Record<PlaceRelation, number> = {
  same: 4,
  variant: 3,
  within: 2,
  coarse: 1,
  unknown: 0,
  unplaced: 0,
  different: -4,
  far: -7,
};

const COARSENESS = { local: 0, settlement: 1, admin1: 2, country: 3 } as const;
const RANK: Record<PlaceRelation, number> = { same: 7, variant: 6, within: 5, coarse: 4, unknown: 3, unplaced: 2, different: 1, far: 0 };
/**
 * Totals go together when the days they count up to are this close (within an article, and a
 * dated total against an incident's): a toll as of March and one as of September are two counts,
 * not one told twice.
 */
export const SAME_TOTAL_DAYS = 31;

function bestPlace(p: ResolvedPlace, s: IncidentState): { rel: PlaceRelation; other: ResolvedPlace } | null {
  let best: { rel: PlaceRelation; other: ResolvedPlace } | null = null;
  // The relation to the incident's main place, s.places[0], kept from the loop for the check below.
  let toMain: PlaceRelation | null = null;
  for (const t of s.places) {
    const rel = placeRelation(p, t.place);
    toMain ??= rel;
    if (!best || RANK[rel] > RANK[best.rel]) best = { rel, other: t.place };
  }
  // A name the gazetteer can't place among the incident's places (a camp, a neighbourhood) says
  // nothing against a town that is not the incident's main one: Umm Kaddadah is not El Fasher,
  // whatever "Zamzam camp" may be.
  if (best && untold(best.rel) && toMain && apart(toMain)) {
    best = { rel: toMain, other: s.places[0]!.place };
  }
  return best;
}

/** Nothing tells how the two places relate. */
function untold(rel: PlaceRelation): boolean {
  return rel === 'unknown' || rel === 'unplaced';
}

/** Two places that are not one: another town, or one far off. */
function apart(rel: PlaceRelation): boolean {
  return rel === 'different' || rel === 'far';
}

/** Whether the place is another than one of the incident's. */
function clashes(p: ResolvedPlace, s: IncidentState): boolean {
  return s.places.some((t) => apart(placeRelation(p, t.place)));
}

/** Below this a figure is common enough to be shared by unrelated events of the same days. */
const COMMON_FIGURE = 100;

/** What distinctiveFigures writes after a number: nothing for the dead, else the outcome. */
const OUTCOME_SUFFIXES = ['', ' wounded', ' missing', ' captured'];

/** "17 wounded" → "17". */
function figureNumber(f: string): string {
  const space = f.indexOf(' ');
  return space < 0 ? f : f.slice(0, space);
}

function daysApart(a: string, lo: string, hi: string): number {
  const d = dayNumber(a);
  const l = dayNumber(lo);
  const h = dayNumber(hi);
  return d < l ? l - d : d > h ? d - h : 0;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/**
 * Scores a group of claims against an incident. `explain` false skips writing the reasons (the
 * same score): the matcher scores every candidate and explains only the one it picks.
 */
export function scoreGroup(g: GroupSignature, s: IncidentState, explain = true): MatchScore {
  // Pushes to a null list short-circuit: their texts are not even built.
  const reasons: string[] | null = explain ? [] : null;
  let siteCounted = false;
  let score = 0;
  if (g.scale !== s.scale) {
    return { score: -Infinity, reasons: ['a total over a period is kept apart from single incidents'], vetoed: true };
  }

  // Place. When the claims say no more than a name the gazetteer lacks or a country, the headline
  // may name the incident's place ("Zarvelin mudslide toll rises"); its other names (a person, an
  // outlet) count for nothing.
  let place = g.place;
  let best = place && s.places.length ? bestPlace(place, s) : null;
  if (g.headline.length && s.places.length && (!place || placedOnlyByName(place))) {
    for (const h of g.headline) {
      const hb = bestPlace(h, s)!;
      if (SAME_SPOT.has(hb.rel) && (!best || RANK[hb.rel] > RANK[best.rel])) [place, best] = [h, hb];
    }
    if (place !== g.place) reasons?.push(`the headline names ${describePlace(place!)}`);
  }
  if (best && untold(best.rel) && g.otherPlaces?.length && !clashes(place!, s)) {
    // Nothing tells how the article's place relates to the incident's ("Gaza" and "al-Mawasi"):
    // another place its claims name may be the incident's own ("a tent camp in al-Mawasi"). Not
    // when the article's place is another than one of the incident's towns.
    for (const p of g.otherPlaces) {
      const pb = bestPlace(p, s)!;
      if (SAME_SPOT.has(pb.rel) && RANK[pb.rel] > RANK[best.rel]) [place, best] = [p, pb];
    }
  }
  if (place && best) {
    let pts = PLACE_POINTS[best.rel];
    const coarser = COARSENESS[place.level] > COARSENESS[best.other.level] ? place : best.other;
    if (best.rel === 'same' && coarser.level === 'admin1') pts = 3;
    if (best.rel === 'coarse' || (best.rel === 'within' && coarser.level === 'country')) {
      // A country says as much as its size: Puerto Rico narrows an event down, Russia doesn't.
      const area = coarser.areaKm2 ?? Infinity;
      pts = area < 30_000 ? 3 : area < 200_000 ? 1.5 : best.rel === 'coarse' ? 1 : 0.5;
    }
    if (g.scale === 'total') pts = Math.min(pts, 2);
    score += pts;
    if (best.rel === 'within' || best.rel === 'same') {
      const sameSite = place.facility && s.places.some((t) => t.place.facility === place!.facility);
      if (sameSite) {
        score += 1;
        siteCounted = true;
        reasons?.push(`same kind of site: ${place.facility}`);
      }
    }
    if (reasons) {
      const a = describePlace(place);
      const b = describePlace(best.other);
      if (best.rel === 'same') reasons.push(`same place: ${b}`);
      else if (best.rel === 'variant') reasons.push(`same place, spelled ${place.name} / ${best.other.name}`);
      else if (best.rel === 'within') reasons.push(`${a} and ${b}: one lies within the other`);
      else if (best.rel === 'coarse') reasons.push(`same country: ${b}`);
      else if (best.rel === 'different') reasons.push(`different places: ${a} / ${b}`);
      else if (best.rel === 'far') reasons.push(`different countries: ${a} / ${b}`);
      else if (best.rel === 'unplaced') reasons.push(`places the gazetteer can't place: ${a} / ${b}`);
    }
  }

  // Date: the text's event date when both have one, else the article dates.
  if (g.date && s.dateMin && s.dateMax) {
    // The closest of the group's dates: one misread date in an article should not veto it.
    const d = Math.min(...[g.date, ...g.dates].map((x) => daysApart(x, s.dateMin!, s.dateMax!)));
    // Half a point less a day over the first days: a hint's date is often the day a toll was
    // reported or revised ("on Sunday the count rose to 23"), a day or two after the event. Weeks
    // apart, the town and the kind of event alone are not enough (a town at war is struck every
    // week): a shared odd figure or site must join them too.
    score += d === 0 ? 2 : d <= 1 ? 1.5 : d <= 2 ? 1 : d <= 3 ? 0.5 : d <= 7 ? 0 : d <= 30 ? -3 : -5;
    reasons?.push(d === 0 ? 'same event date' : `event dates ${plural(d, 'day')} apart`);
  } else {
    const mine = g.date ?? g.published;
    const lo = s.dateMin ?? s.publishedMin;
    const hi = s.dateMax ?? s.publishedMax;
    if (mine && lo && hi) {
      // An article reports an event on or before its own date; old events are retold in
      // anniversaries and investigations, so distance costs less than with two event dates.
      const d = daysApart(mine, lo, hi);
      const before = !g.date && s.dateMin && dayNumber(mine) < dayNumber(s.dateMin) - 1;
      if (before) {
        score -= 5;
        reasons?.push('article published before the event');
      } else {
        // Totals run over months or years: their articles' dates say little. But a total the
        // text dates ("in March it had counted 1,050") counts up to that day: set against one
        // counted to an article's day months later, it is another count.
        if (g.scale === 'total') score += !(g.date || s.dateMin) ? (d <= 365 ? 0 : -1) : d <= SAME_TOTAL_DAYS ? 0 : -5;
        else score += d <= 3 ? 0.5 : d <= 60 ? 0 : d <= 365 ? -1.5 : -4;
        reasons?.push(`dates ${plural(d, 'day')} apart (article dates)`);
      }
    }
  }

  // The same odd figure ("171 killed") in two reports: usually one event retold. The same number
  // of dead in one and of wounded in the other is a misread or a coincidence: evidence only
  // where the places agree, or nothing says they differ in an article about the incident's country
  // (a bombing's 17 wounded are no shelling's 17 dead abroad).
  const placesAgree = best ? SAME_SPOT.has(best.rel) || (untold(best.rel) && g.countries.some((c) => s.countries.includes(c))) : false;
  // A small number is shared by chance every day. Where nothing relates the two places, "11 dead"
  // retells nothing: a village or district the gazetteer lacks set against a town it knows is
  // likely another place (a report of the town's event names the town), and so are two places
  // whose articles are about different countries. A name the gazetteer lacks may well lie in a
  // province the other names ("Tabayin" in "Sagaing Region"), and two names it lacks ("Cape X",
  // "the X Sea") say nothing either way.
  const byChance = (f: string) => {
    if (!best || best.rel !== 'unknown' || placesAgree || Number(figureNumber(f)) >= COMMON_FIGURE) return false;
    const regional = place!.level === 'admin1' || best.other.level === 'admin1';
    // Both articles' countries known: not shared (placesAgree), so different.
    const countriesClash = g.countries.length > 0 && s.countries.length > 0;
    return !regional || countriesClash;
  };
  let shared = g.figures.filter((f) => s.figures[f] && !byChance(f));
  if (!shared.length && placesAgree) {
    shared = g.figures.filter((f) => OUTCOME_SUFFIXES.some((x) => s.figures[figureNumber(f) + x]));
  }
  if (shared.length) {
    score += 2;
    reasons?.push(`same figure reported: ${shared.join(', ')}`);
  }
  const site = g.sites.find((x) => s.sites[x]);
  if (site && !siteCounted) {
    // When the article says no more than the country (or nothing), the kind of site is what
    // places it: a prison strike in Yemen is a narrower thing than a strike in Yemen.
    score += (!g.place || g.place.level === 'country') && site !== 'village' ? 2 : 1;
    reasons?.push(`same kind of site: ${site}`);
  }

  // Event type.
  const et = topOf(s.eventTypes);
  if (g.eventType && et) {
    const rel = eventTypeRelation(g.eventType, et);
    if (rel === 'same') {
      score += 1;
      reasons?.push(`same kind of event: ${et}`);
    } else if (rel === 'different' && g.denies) {
      // "No air strike took place; 12 terrorists died when they opened fire": the denier tells
      // the event as another kind of event.
      reasons?.push(`different kinds of event: ${g.eventType} / ${et}, not counted against a denial`);
    } else if (rel === 'different') {
      score -= 4;
      reasons?.push(`different kinds of event: ${g.eventType} / ${et}`);
    }
  }

  // Victims.
  const side = topOf(s.sides);
  if (g.side && side) {
    if (g.side === side) {
      score += g.scale === 'total' ? 2 : 0.5;
      reasons?.push(`same victims' side: ${side}`);
    } else {
      score -= g.scale === 'total' ? 5 : 1.5;
      reasons?.push(`victims on different sides: ${g.side} / ${side}`);
    }
  }
  const role = topOf(s.roles);
  if (g.role && role && g.role !== role && g.scale === 'total') {
    score -= 1;
    reasons?.push(`${g.role} and ${role} victims`);
  }
  return { score, reasons: reasons ?? [], vetoed: false };
}
