/**
 * Source names → one key per source. "Russia's Defense Ministry", "the Russian defence ministry",
 * "Moscow's defence ministry" and "the Ministry of Defence of the Russian Federation" are one
 * source: the key is the set of meaningful words, with countries, their demonyms and capitals
 * folded to the country code and British/American spellings folded together. Pure.
 */
import { countryNames } from './country-names';
import { foldText } from './fold';

export interface SourceKey {
  /** "RU defence ministry": sorted meaningful words. Empty string for no source. */
  key: string;
  /** The name as first written, without a leading article. */
  display: string;
  /** For a person named with a title ("Kharkiv governor Oleh Petrenko"): the title, "governor". */
  role?: string;
}

const STOP = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'in', 'on', 'at', 'to', 'its', 'their', 's', 'said', 'says', 'federation']);
// One spelling per word, so "defense"/"defence" and "Ministry of Defence"/"MoD" meet.
const SPELLING: Record<string, string[]> = {
  defense: ['defence'],
  defence: ['defence'],
  mod: ['defence', 'ministry'],
  ministry: ['ministry'],
  ministries: ['ministry'],
  organisation: ['organization'],
  centre: ['center'],
  programme: ['program'],
  labour: ['labor'],
  officials: ['official'],
  authorities: ['authority'],
  forces: ['force'],
  militaries: ['military'],
  spokesperson: ['spokesman'],
  spokeswoman: ['spokesman'],
  un: ['united', 'nations'],
  msf: ['doctors', 'without', 'borders'],
  idf: ['IL', 'military'],
};
// Acronyms and multi-word country names that the word-by-word pass would miss.
const PHRASES: Array<[RegExp, string]> = [
  [/\bministry of defen[cs]e\b/g, 'defence ministry'],
  [/\bdefen[cs]e ministry\b/g, 'defence ministry'],
  [/\bm[ée]decins sans fronti[eè]res\b/g, 'msf'],
  [/\bu\.s\.|\bu\.s\b/g, 'united states'],
  [/\bu\.n\.|\bu\.n\b/g, 'un'],
  // A country's armed forces under their many names: "the Israeli army", "Israel's military", "the
  // Israel Defense Forces" (IDF), "the Sudanese Armed Forces"; "the General Staff of the Armed
  // Forces of Ukraine" is Ukraine's General Staff.
  [/\bgeneral staff of (?:the )?armed forces\b/g, 'general staff'],
  [/\b(?:armed|defen[cs]e) forces\b|\barmy\b/g, 'military'],
];
/*
 * Descriptions outlets add or leave out, dropped unless nothing else is left ("the state-run news
 * agency" keeps them): what kind of outlet it is ("the Reuters news agency" is Reuters), where it is
 * based or who runs it ("the Britain-based Syrian Observatory", "the Hamas-run health ministry").
 */
const DESCRIPTIONS: Array<[RegExp, string]> = [
  [/\bnews agency\b/g, ' '],
  [/\b[a-z]+-(?:based|run|controlled|backed|led|held|linked|affiliated|aligned|funded|appointed|installed|allied|supported|sponsored|owned)\b/g, ' '],
];

/*
 * Titles before a person's name: "Governor Oleh Petrenko", "Kharkiv regional governor Oleh
 * Petrenko" and "Oleh Petrenko" are one speaker, keyed by the name. The words that would make the
 * capitalised words after a title an organisation rather than a person ("the General Staff").
 */
const TITLES = new Set([
  'governor', 'mayor', 'minister', 'president', 'premier', 'chancellor', 'spokesman', 'spokeswoman', 'spokesperson',
  'commander', 'general', 'chief', 'head', 'secretary', 'director', 'ambassador', 'envoy', 'adviser', 'advisor',
  'senator', 'prosecutor', 'chairman', 'chairwoman', 'leader', 'colonel', 'major', 'captain', 'lieutenant',
  'sheikh', 'imam', 'dr', 'mr', 'mrs', 'ms', 'professor', 'prof', 'judge', 'sergeant', 'admiral',
]);
const NOT_PERSON = /^(?:staff|ministry|command|council|office|department|directorate|services?|forces?|army|assembly|committee|administration|authority|authorities|agency|police|guard|headquarters|hospital|government|military|prosecutor's|general)$/i;

/** The name after a title at the end of `name` ("... governor Oleh Petrenko"), with the title. */
function personAfterTitle(name: string): { person: string; role: string } | null {
  const words = name.trim().split(/\s+/);
  for (let i = words.length - 2; i >= 0 && i >= words.length - 4; i--) {
    const title = words[i]!.toLowerCase().replace(/\.$/, '').split('-').pop()!;
    if (!TITLES.has(title)) continue;
    const person = words.slice(i + 1);
    // The title is kept as the person's role, for "the governor" to find them in their article.
    if (person.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) && !NOT_PERSON.test(w))) return { person: person.join(' '), role: title };
    return null;
  }
  return null;
}

// Short country codes common in source names, too short for the dataset's alternative spellings,
// and Gaza, whose authorities speak as the Palestinian ones ("the Gaza health ministry").
const SHORT_CODES: Record<string, string> = { us: 'US', usa: 'US', uk: 'GB', gaza: 'PS' };

function countryToken(words: string[], i: number): { code: string; len: number } | null {
  const names = countryNames();
  const short = SHORT_CODES[words[i]!];
  if (short) return { code: short, len: 1 };
  for (const len of [3, 2, 1]) {
    if (i + len > words.length) continue;
    const phrase = words.slice(i, i + len).join(' ');
    const code = names.byName.get(phrase) ?? (len === 1 ? names.byDemonym.get(phrase) ?? names.byCapital.get(phrase) : undefined);
    if (code) return { code, len };
  }
  return null;
}

const keys = new Map<string, SourceKey | null>();

/** The key and display form of a source name; null for no source (the outlet's own voice). The result is shared: don't change it. */
export function sourceKey(name: string | null | undefined): SourceKey | null {
  if (!name) return null;
  // Remembered: a few hundred names recur across every page read.
  let k = keys.get(name);
  if (k === undefined) {
    k = computeSourceKey(name);
    if (keys.size >= 10_000) keys.clear();
    keys.set(name, k);
  }
  return k;
}

function computeSourceKey(name: string): SourceKey | null {
  if (!name.trim()) return null;
  const display = name.trim().replace(/^(?:the|a|an)\s+/i, '').replace(/\s+/g, ' ');
  const titled = personAfterTitle(display);
  if (titled) {
    const person = keyWords(titled.person, false);
    if (person) return { key: person, display, role: titled.role };
  }
  const key = keyWords(name, true) ?? keyWords(name, false);
  return key ? { key, display } : null;
}

/** The sorted meaningful words of `name` (countries as their codes); null for none. */
function keyWords(name: string, withoutDescriptions: boolean): string | null {
  let f = foldText(name).replace(/'s\b/g, ' ').replace(/[“”"]/g, ' ');
  for (const [re, to] of PHRASES) f = f.replace(re, to);
  if (withoutDescriptions) for (const [re, to] of DESCRIPTIONS) f = f.replace(re, to);
  const words = f.split(/[^a-z0-9.]+/).map((w) => w.replace(/\.+$/, '')).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i < words.length; ) {
    const c = countryToken(words, i);
    if (c) {
      out.add(c.code);
      i += c.len;
      continue;
    }
    const w = words[i]!;
    i++;
    if (STOP.has(w)) continue;
    const spelled = SPELLING[w] ?? [w];
    for (const x of spelled) out.add(x.length > 3 && x.endsWith('s') && !x.endsWith('ss') ? x.slice(0, -1) : x);
  }
  if (!out.size) return null;
  // Country codes are upper case and sort first: "RU defence ministry".
  return [...out].sort().join(' ');
}

// People who speak for an organisation: "a ministry spokesman" is the ministry's voice.
const ROLE = new Set(['spokesman', 'official', 'representative']);
const orgWords = (key: string) => key.split(' ').filter((w) => !ROLE.has(w));
const isCountryCode = (w: string) => /^[A-Z]{2}$/.test(w);

/**
 * Resolves short references within one article: "the ministry" after "Russia's defence
 * ministry" is that ministry. A name whose words are all contained in exactly one fuller name
 * of the same article takes that name's key. Words for a speaker ("a ministry spokesman") are
 * left out of the comparison, and a name must say more than a country ("Russian officials" stay
 * themselves).
 */
export function resolveWithinDocument(names: ReadonlyArray<string | null>): Map<string, SourceKey> {
  const keyed = new Map<string, SourceKey>();
  for (const n of names) {
    if (!n || keyed.has(n)) continue;
    const k = sourceKey(n);
    if (k) keyed.set(n, k);
  }
  const full = [...new Set([...keyed.values()].map((k) => k.key))];
  const out = new Map<string, SourceKey>();
  // a's organisation words are all in b's, and b has more of them.
  const within = (a: string, b: string) => {
    const wa = orgWords(a);
    const wb = orgWords(b);
    return wa.length < wb.length && wa.every((w) => wb.includes(w));
  };
  // Each key as first written.
  const byKey = new Map<string, SourceKey>();
  for (const k of keyed.values()) if (!byKey.has(k.key)) byKey.set(k.key, k);
  const people = [...byKey.values()].filter((x) => x.role);
  for (const [name, k] of keyed) {
    // "the governor", "the regional governor": the one person the article gave that title.
    const titled = k.role ? null : onlyOne(people.filter((p) => titles(k, p)));
    const wider = orgWords(k.key).some((w) => !isCountryCode(w)) ? full.filter((o) => within(k.key, o)) : [];
    // "ministry" ⊂ "defence ministry" ⊂ "RU defence ministry": the widest, if there is one.
    const widest = wider.filter((o) => !wider.some((p) => within(o, p)));
    const target = titled ?? (widest.length === 1 ? byKey.get(widest[0]!)! : null) ?? onlyOne(expansionsOf(name, keyed)) ?? k;
    out.set(name, target);
  }
  return out;
}

const onlyOne = <T>(list: T[]): T | null => (list.length === 1 ? list[0]! : null);

/** Whether `k` is `person`'s title, with at most two words beside it ("the regional governor"). */
const titles = (k: SourceKey, person: SourceKey) => {
  const words = k.key.split(' ');
  return words.length <= 3 && words.includes(person.role!);
};

/*
 * The names of the article an acronym abbreviates: "SOHR" for "the Syrian Observatory for Human
 * Rights", "PRCS" for "the Palestinian Red Crescent Society" (the initials of its words, small
 * words left out).
 */
function expansionsOf(acronym: string, keyed: Map<string, SourceKey>): SourceKey[] {
  const letters = acronym.replace(/^the\s+/i, '');
  if (!/^[A-Z]{2,6}$/.test(letters)) return [];
  const found = new Map<string, SourceKey>();
  for (const x of keyed.values()) {
    const words = x.display.split(/[\s-]+/).filter((w) => !/^(?:of|for|and|the|on|in)$/i.test(w));
    if (words.length === letters.length && words.every((w, i) => w[0]!.toUpperCase() === letters[i])) found.set(x.key, x);
  }
  return [...found.values()];
}
