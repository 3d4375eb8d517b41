/**
 * Country names, demonyms and capitals from the world-countries dataset, folded for lookup.
 * Used by the place resolver (containment: a town lies in a country) and by the source normalizer
 * ("Russia's", "the Russian", "Moscow's" defence ministry are one source).
 *
 * Background and CLI only: the dataset is ~770 KB of JSON and must stay out of the content script.
 */
import countries from 'world-countries';
import { foldText } from './fold';

export interface CountryNames {
  /** Folded country name, official name or alternative spelling → ISO 3166-1 alpha-2. */
  byName: Map<string, string>;
  /** Folded demonym ("russian", "ukrainian") → ISO alpha-2. */
  byDemonym: Map<string, string>;
  /** Folded capital city ("moscow", "kyiv") → ISO alpha-2; news use capitals for governments. */
  byCapital: Map<string, string>;
  /** ISO alpha-2 → common English name. */
  nameOf: Map<string, string>;
  /** ISO alpha-2 → area in km²: a match on a small territory says more than one on a large country. */
  areaOf: Map<string, number>;
}

// Spellings that English-language news uses and the dataset lacks. Each is a real alternative
// name of the country it points to, not a tuning of any text.
const EXTRA_NAMES: Record<string, string> = {
  britain: 'GB',
  'great britain': 'GB',
  'the uk': 'GB',
  'u.k.': 'GB',
  'u.s.': 'US',
  'u.s': 'US',
  'u.s.a.': 'US',
  'the us': 'US',
  america: 'US',
  'the united states': 'US',
  'russian federation': 'RU',
  'gaza strip': 'PS',
  'west bank': 'PS',
  burma: 'MM',
  syria: 'SY',
  // The dataset names these by their newer names only ("Türkiye", "Czechia").
  turkey: 'TR',
  // Wire style: "Congo" is the Democratic Republic, "Republic of Congo" Brazzaville (the dataset
  // gives the bare name to the Republic).
  congo: 'CD',
  'czech republic': 'CZ',
};
/**
 * Country acronyms that are also words once case is folded ("us", "uk"): they name a country only
 * as written in capitals, so the pronoun in a title-case headline ("Nobody Came For Us") does not.
 */
const ACRONYM_COUNTRIES: Readonly<Record<string, string>> = Object.freeze(Object.assign(Object.create(null), { US: 'US', USA: 'US', UK: 'GB' }));

/** The country a capitalised acronym names ("US", "UK"), read before case is folded. */
export function acronymCountry(raw: string): string | undefined {
  return ACRONYM_COUNTRIES[raw];
}

/**
 * Alternative spellings in the dataset that are English words or names first: Iceland's "Island"
 * (a headline's "Island buries its dead"), the Isle of Man's "Mann".
 */
const NOT_COUNTRY_NAMES: ReadonlySet<string> = new Set(['island', 'mann']);

const EXTRA_CAPITALS: Record<string, string> = { kiev: 'UA', 'rangoon': 'MM', 'naypyidaw': 'MM' };

let cached: CountryNames | null = null;

/** The lookup tables, built once on first use. */
export function countryNames(): CountryNames {
  if (cached) return cached;
  const byName = new Map<string, string>();
  const byDemonym = new Map<string, string>();
  const byCapital = new Map<string, string>();
  const nameOf = new Map<string, string>();
  const areaOf = new Map<string, number>();
  for (const c of countries) {
    const code = c.cca2;
    nameOf.set(code, c.name.common);
    areaOf.set(code, c.area);
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3)];
    for (const n of names) if (!byName.has(foldText(n)) && !NOT_COUNTRY_NAMES.has(foldText(n))) byName.set(foldText(n), code);
    const eng = c.demonyms?.['eng'];
    for (const d of eng ? [eng.m, eng.f] : []) {
      // Demonyms shared by several countries ("American", "Congolese") point at none of them.
      const key = foldText(d);
      if (!key) continue;
      const prev = byDemonym.get(key);
      byDemonym.set(key, prev && prev !== code ? '' : code);
    }
    for (const cap of c.capital ?? []) if (!byCapital.has(foldText(cap))) byCapital.set(foldText(cap), code);
  }
  for (const [k, v] of byDemonym) if (!v) byDemonym.delete(k);
  // "American" is shared by US and American Samoa in the data; news mean the US.
  byDemonym.set('american', 'US');
  for (const [k, v] of Object.entries(EXTRA_NAMES)) byName.set(k, v);
  for (const [k, v] of Object.entries(EXTRA_CAPITALS)) byCapital.set(k, v);
  cached = { byName, byDemonym, byCapital, nameOf, areaOf };
  return cached;
}
