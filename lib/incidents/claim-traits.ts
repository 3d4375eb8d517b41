/**
 * What the matcher reads from one claim besides its place: who the victims are (side, military or
 * civilian), whether the figure is a total over a period, and how event types relate. Pure.
 */
import type { EventType } from '../extract/types';
import { countryNames } from './country-names';
import { foldText } from './fold';

export type VictimRole = 'military' | 'civilian';
export interface VictimGroup {
  /** ISO country the victims belong to ("Russian troops" → RU), when the phrase says so. */
  side: string | null;
  role: VictimRole | null;
}

const MILITARY = /\b(?:troops?|soldiers?|servicem[ae]n|service ?members?|military|personnel|fighters?|militants?|draftees?|conscripts?|mobili[sz]ed|reservists?|pilots?|officers?|marines?|sailors?|airmen|paratroopers?|forces|army|guards?|combatants?|rebels?|insurgents?|commanders?|sergeants?|recruits?|mercenar(?:y|ies)|comrades)\b/;
const CIVILIAN = /\b(?:civilians?|children|child|kids?|women|woman|residents?|refugees?|patients?|villagers?|passengers?|tourists?|worshippers?|students?|pupils?|journalists?|doctors?|nurses?|medics?|aid workers?|families|family|babies|infants?|elderly|detainees?|prisoners?|inmates?|shoppers?|pedestrians?|teenagers?|girls?|boys?|mourners?)\b/;

/** The victims phrase read as a side and a role; both null for "people", "others". */
export function victimGroup(victims: string | null): VictimGroup {
  if (!victims) return { side: null, role: null };
  const f = foldText(victims);
  const names = countryNames();
  let side: string | null = null;
  for (const w of f.split(/[^a-z-]+/)) {
    const code = names.byDemonym.get(w) ?? names.byDemonym.get(w.replace(/s$/, ''));
    if (code) {
      side = code;
      break;
    }
  }
  const role: VictimRole | null = MILITARY.test(f) ? 'military' : CIVILIAN.test(f) ? 'civilian' : null;
  return { side, role };
}

// Cues that a figure counts deaths over a period rather than in one event: "since 2011",
// "so far this year", "during the war", "in the conflict", "to date".
const PERIOD_CUES = [
  // Plain "so far" is an incident's running toll ("61 bodies recovered so far"); with a period
  // ("so far this year") it is a total.
  /\bso far (?:this|in|during|since)\b/,
  /\bto date\b/,
  /\bthus far\b/,
  /\bin total\b/,
  /\boverall\b/,
  /\bcumulative\b/,
  /\bthroughout\b/,
  /\bover the (?:past|last)\b/,
  /\bin (?:recent|the past|the last) (?:days|weeks|months|years)\b/,
  /\b(?:during|in|of|from) (?:the|this|a|its) (?:\w+[- ])?(?:war|conflict|civil war|insurgency|offensive|campaign|crackdown|occupation|invasion|uprising|special (?:military )?operation)\b/,
  /\b(?:war|conflict|crackdown|offensive|campaign|insurgency) (?:has|have|had) (?:killed|claimed|left)\b/,
  // "our losses", "Russia's losses amount to": armies report their dead as running losses.
  /\blosses\b/,
  /\b(?:has|have|had) lost (?!(?:their|his|her) lives)/,
];

/**
 * A figure that totals deaths over a period or a war, kept apart from single incidents.
 * `countryWide`: the claim names no place, or only a country.
 */
/**
 * "since 2011", "since the war began", "since Ahmed took power"; not the adverb of a later change to
 * one event's toll ("two of the injured have since succumbed", "the toll has since risen"). Read on
 * the quote as written: a participle after it is lower case, a name ("since Ahmed") is not.
 */
const SINCE_PERIOD =
  /(?<!\b(?:[Hh]as|[Hh]ave|[Hh]ad|[Ww]as|[Ww]ere|[Ii]s|[Aa]re|[Ww]ho|[Ww]hich)\s)\b[Ss]ince\b(?!\s+(?:[a-z]+ed|been|risen|grown|fallen|gone|become)\b)/;

export function isPeriodTotal(
  c: { quote: string; low: number | null; high: number | null; eventType: EventType | null; date?: string | null },
  countryWide = false,
  regionWide = countryWide,
): boolean {
  const q = foldText(c.quote);
  if (SINCE_PERIOD.test(c.quote) || PERIOD_CUES.some((re) => re.test(q))) return true;
  if (c.eventType === 'natural disaster') return false;
  // Tens of thousands dead is a war's toll, not one attack's (only disasters kill so many at
  // once); thousands with nowhere more precise than a country, or on no day the text gives
  // (an attack's toll is dated by its report), is an army's or a war's count.
  const n = Math.max(c.low ?? 0, c.high ?? 0);
  if (n >= 10_000 || (n >= 1_000 && (countryWide || c.date === null))) return true;
  // "37 civilians have been killed in the region", "the army has lost 94": a count running up to
  // now, on no day, over a region or more (in a town it is as often one attack's toll so far). A
  // crash is one event whatever the wording: "17 passengers have died" is its toll so far.
  return regionWide && c.date === null && c.eventType !== 'crash' && RUNNING_COUNT.test(q);
}

// Not after a modal: "could have died" guesses at one event's toll.
const RUNNING_COUNT = /(?<!\b(?:could|may|might|must|would|should) )\b(?:has|have) (?:been killed|died|killed|lost)\b/;

// Attacks of any kind are often named differently by different outlets ("strike", "shelling",
// "explosion"); a crash, a storm or a shooting is a different kind of event.
const FAMILY: Record<EventType, string> = {
  'air strike': 'attack',
  shelling: 'attack',
  'missile strike': 'attack',
  'drone strike': 'attack',
  explosion: 'attack',
  shooting: 'shooting',
  clashes: 'fighting',
  ambush: 'fighting',
  crash: 'crash',
  'natural disaster': 'disaster',
};

/** 'same', 'related' (same family, or fighting with shooting), or 'different'. */
export function eventTypeRelation(a: EventType, b: EventType): 'same' | 'related' | 'different' {
  if (a === b) return 'same';
  const fa = FAMILY[a];
  const fb = FAMILY[b];
  if (fa === fb) return 'related';
  const pair = [fa, fb].sort().join('+');
  return pair === 'fighting+shooting' || pair === 'attack+fighting' ? 'related' : 'different';
}
