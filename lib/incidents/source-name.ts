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
  idf: ['israel', 'defence', 'force'],
};
// Acronyms and multi-word country names that the word-by-word pass would miss.
const PHRASES: Array<[RegExp, string]> = [
  [/\bministry of defen[cs]e\b/g, 'defence ministry'],
  [/\bdefen[cs]e ministry\b/g, 'defence ministry'],
  [/\bm[ée]decins sans fronti[eè]res\b/g, 'msf'],
  [/\bu\.s\.|\bu\.s\b/g, 'united states'],
  [/\bu\.n\.|\bu\.n\b/g, 'un'],
];

// Short country codes common in source names; too short for the dataset's alternative spellings.
const SHORT_CODES: Record<string, string> = { us: 'US', usa: 'US', uk: 'GB' };

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
  let f = foldText(name).replace(/'s\b/g, ' ').replace(/[“”"]/g, ' ');
  for (const [re, to] of PHRASES) f = f.replace(re, to);
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
  return { key: [...out].sort().join(' '), display };
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
  for (const [name, k] of keyed) {
    const wider = orgWords(k.key).some((w) => !isCountryCode(w)) ? full.filter((o) => within(k.key, o)) : [];
    // "ministry" ⊂ "defence ministry" ⊂ "RU defence ministry": the widest, if there is one.
    const widest = wider.filter((o) => !wider.some((p) => within(o, p)));
    const target = widest.length === 1 ? [...keyed.values()].find((x) => x.key === widest[0])! : k;
    out.set(name, target);
  }
  return out;
}
