/**
 * Place mentions: a capitalized place name introduced by a locative word ("in Makiivka", "a strike
 * on Kramatorsk", "near Mosul", "shelled Kharkiv", "20 km north of Mosul"), returned as written.
 *
 * Works on tokens rather than one large regex: from each locative word it walks over determiners,
 * lowercase modifiers, nationality adjectives and possessive containers ("in Yemen's northern
 * province of Saada") to the first name, and refuses names that are time words, organisations,
 * people (after a title) or media ("in March", "in Reuters' report").
 */
import {
  AFTER_POSSESSIVE_AREA,
  AREA_NOUNS,
  ATTACK_NOUNS,
  COUNTRY_PHRASES,
  DIRECTIONS,
  FACILITY_NOUNS,
  LOCATIVES,
  NAME_PARTICLES,
  NEVER_PLACES,
  ORG_WORDS,
  PLACE_VERBS,
  TITLE_CASE_COMMON,
  TITLES,
  WALK_STOPS,
  isCountry,
  isDemonym,
} from './place-words';
import { readTokens, type Token, type TokenList } from './place-tokens';
import { equalsFolded, HashedWords, runEnd, runHash, runStart, wordRuns, type WordRuns } from './word-runs';

/** One place found in the text. */
export interface PlaceMention {
  /** Offsets of `place` in the text. */
  start: number;
  end: number;
  /** The place as written ("Gaza City", "Donetsk region", "Hmeymim air base"). */
  place: string;
  /** The place is a facility ("Al-Ahli hospital") rather than a settlement or area. */
  facility: boolean;
}

const UPPER_START = /^\p{Lu}/u;
/** "HIMARS", "NATO", "MSF": acronyms name weapons and organisations far more often than places. */
const ACRONYM = /^\p{Lu}[\p{Lu}\d.&-]+['’]?s?$/u;
const DOTTED_INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;
/** Connectors allowed inside a name after these words: "Gulf of Aden", "Republic of Congo". */
const OF_HEADS = new Set(['gulf', 'bay', 'sea', 'republic', 'strait', 'straits', 'isle', 'isles', 'cape', 'kingdom']);

const MAX_MODIFIERS = 5;
const MAX_NAME_WORDS = 5;
const ATTACK_LOOKBACK = 4;

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019; // ’
const isApostrophe = (c: number): boolean => c === APOSTROPHE || c === RIGHT_QUOTE;

/*
 * The character tests below answer for ASCII by hand (a walk asks several per token) and leave
 * anything else to the regexes above.
 */

/** The word without a possessive ending (/['’]s?$/): "yemen’s" → "yemen", "reuters'" → "reuters". */
function bare(lower: string): string {
  const n = lower.length;
  const last = lower.charCodeAt(n - 1);
  if (isApostrophe(last)) return lower.slice(0, n - 1);
  if (last === 115 /* s */ && n > 1 && isApostrophe(lower.charCodeAt(n - 2))) return lower.slice(0, n - 2);
  return lower;
}

/** Ends in a possessive (/(?:['’]s|s['’]|['’])$/): "Yemen’s", "Reuters'". */
function isPossessive(text: string): boolean {
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  return isApostrophe(last) || (last === 115 && n > 1 && isApostrophe(text.charCodeAt(n - 2)));
}

/** Has an ASCII digit (/\d/). */
function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** UPPER_START on text.slice(at). */
function startsUpper(text: string, at = 0): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(at ? text.slice(at) : text);
}

/** ACRONYM: a capital followed by capitals, digits or . & - (so not by a lowercase ASCII letter). */
function isAcronym(text: string): boolean {
  const c = text.charCodeAt(1);
  if ((c >= 97 && c <= 122) || !startsUpper(text)) return false;
  return ACRONYM.test(text);
}

/** DOTTED_INITIALS: "U.S", "U.K" (a capital and a dot first, when the capital is ASCII). */
function isDottedInitials(text: string): boolean {
  if (text.charCodeAt(0) < 128 && text.charCodeAt(1) !== 46) return false;
  return DOTTED_INITIALS.test(text);
}

/** A hyphenated modifier such as "Russia-controlled" or "Houthi-run": not a name. */
function isHyphenAdjective(t: Token): boolean {
  const dash = t.text.lastIndexOf('-');
  return dash > 0 && dash < t.text.length - 1 && !startsUpper(t.text, dash + 1);
}

/** Capitalized, or a lowercase particle joined to a capitalized name ("al-Mayadin"). */
function looksLikeName(t: Token): boolean {
  if (!t.word || hasDigit(t.text)) return false;
  if (startsUpper(t.text)) return !isHyphenAdjective(t);
  const dash = t.text.indexOf('-');
  return dash > 0 && NAME_PARTICLES.has(t.lower.slice(0, dash)) && startsUpper(t.text, dash + 1);
}

interface NameSpan {
  first: number;
  last: number;
  possessive: boolean;
}

/** The capitalized run starting at token `i`, or null when it is an organisation or never a place. */
function readName(toks: TokenList, i: number, titleCase: boolean): NameSpan | null {
  let last = i;
  let possessive = false;
  for (let j = i; j < toks.length && j - i < MAX_NAME_WORDS; j++) {
    const t = toks.at(j);
    if (looksLikeName(t) && !(titleCase && j > i && TITLE_CASE_COMMON.has(bare(t.lower)))) {
      last = j;
      if (isPossessive(t.text)) {
        possessive = true;
        break;
      }
      continue;
    }
    // "Gulf of Aden": "of" joins two capitalized words after a geographic head.
    if (t.lower === 'of' && j > i && OF_HEADS.has(toks.at(j - 1).lower) && j + 1 < toks.length && looksLikeName(toks.at(j + 1))) continue;
    break;
  }
  for (let j = i; j <= last; j++) {
    const w = bare(toks.at(j).lower);
    if (ORG_WORDS.has(w) || (j === i && (NEVER_PLACES.has(w) || TITLES.has(w)))) return null;
  }
  // "a Ukrainian New Year's Eve attack": a holiday, not a place.
  if (toks.at(i).lower === 'new' && i < last && bare(toks.at(i + 1).lower) === 'year') return null;
  if (isAcronym(toks.at(i).text) && !isCountry(bare(toks.at(i).lower))) return null;
  return { first: i, last, possessive };
}

/** A name plus its trailing area or facility nouns, as a mention. */
function finishName(text: string, toks: TokenList, name: NameSpan, determiner: string | null): PlaceMention {
  const start = toks.starts[name.first];
  let end = toks.ends[name.last];
  // "the U.S." keeps its final dot, which the tokenizer reads as punctuation.
  if (isDottedInitials(toks.at(name.last).text) && text[end] === '.') end++;
  const lastWord = toks.at(name.last).lower;
  let facility = FACILITY_NOUNS.has(lastWord);
  // "a Ukraine train station", "the Sagaing Region village": a country, or a name that already
  // ends in an area word, only locates the noun after it; the name is the place.
  if (AREA_NOUNS.has(lastWord) || isCountry(text.slice(start, end))) {
    return { start, end, place: text.slice(start, end), facility };
  }
  // "the Donetsk region", "the Hmeymim air base", "Pazigyi village"
  for (let j = name.last + 1; j <= name.last + 2 && j < toks.length; j++) {
    const t = toks.at(j);
    const lower = t.lower;
    if (!t.word || startsUpper(t.text)) break;
    if (AREA_NOUNS.has(lower)) {
      end = t.end;
      facility = false;
      break; // one area noun closes the place: "the Donetsk region of Ukraine" stops at "region"
    }
    if (!FACILITY_NOUNS.has(lower)) break;
    facility = true;
    // "a Gaza City hospital": the indefinite article means the name is the hospital's town.
    if (determiner !== 'a' && determiner !== 'an') end = t.end;
  }
  return { start, end, place: text.slice(start, end), facility };
}

/** The possessive container alone ("in Ukraine's east" → "Ukraine"). */
function containerMention(text: string, toks: TokenList, name: NameSpan): PlaceMention {
  const start = toks.starts[name.first];
  const lastText = toks.at(name.last).text;
  const end = toks.ends[name.last] - (lastText.length - bare(lastText).length);
  return { start, end, place: text.slice(start, end), facility: false };
}

/** Walks from token `i` (just after a locative word) to the place it introduces. */
function walk(text: string, toks: TokenList, kinds: Uint8Array, i: number, titleCase: boolean): PlaceMention | null {
  let modifiers = 0;
  let determiner: string | null = null;
  let container: NameSpan | null = null;
  let afterContainer: string | null = null;
  let lastLower: string | null = null;
  let commaUsed = false;
  for (; i < toks.length; i++) {
    const t = toks.at(i);
    if (!t.word) {
      // "the Ukrainian capital, Kyiv": an appositive name after an area noun.
      if (t.text === ',' && !commaUsed && lastLower !== null && AREA_NOUNS.has(lastLower)) {
        commaUsed = true;
        continue;
      }
      break;
    }
    if (hasDigit(t.text)) break;
    const lower = bare(t.lower);
    const common = titleCase && TITLE_CASE_COMMON.has(lower);
    if (looksLikeName(t) && !common) {
      if (isDemonym(lower) && !(i + 1 < toks.length && COUNTRY_PHRASES.has(`${lower}_${bare(toks.at(i + 1).lower)}`))) {
        // "in Ukrainian missile strikes": a nationality modifies what follows.
        if (++modifiers > MAX_MODIFIERS) break;
        lastLower = null;
        continue;
      }
      const name = readName(toks, i, titleCase);
      if (!name) break;
      if (name.possessive) {
        container = name;
        afterContainer = null;
        i = name.last;
        continue;
      }
      return finishName(text, toks, name, determiner);
    }
    if (isHyphenAdjective(t)) continue; // "Russia-controlled", "Houthi-run"
    // A plain word's kind says it; the lists decide for the rest ("at's" is "at").
    if (toks.runOf[i] >= 0 ? kinds[i] & WALK_STOP : (WALK_STOPS.has(lower) || LOCATIVES.has(lower)) && lower !== 'of') break;
    if (lower === 'the' || lower === 'a' || lower === 'an') {
      determiner = lower;
      continue;
    }
    if (container && afterContainer === null) afterContainer = lower;
    lastLower = lower;
    if (++modifiers > MAX_MODIFIERS) break;
  }
  // "in Ukraine's east", "Saada's detention center", "Mariupol's theatre": the container is the place.
  if (
    container &&
    afterContainer !== null &&
    (AFTER_POSSESSIVE_AREA.has(afterContainer) || AREA_NOUNS.has(afterContainer) || FACILITY_NOUNS.has(afterContainer))
  ) {
    return containerMention(text, toks, container);
  }
  return null;
}

/**
 * People named by their institution: "researchers at Harvard", "a professor at Kyiv University".
 * After these nouns "at" gives an affiliation, not where something happened.
 */
const AFFILIATED = new Set(
  'researcher researchers professor professors scientist scientists analyst analysts fellow fellows student students economist economists scholar scholars expert experts lecturer lecturers'.split(' '),
);

/*
 * What a word can do in the scan for triggers, looked up once per token: one Map lookup is cheaper
 * than asking each word list in turn, and the look-backs ("on" after an attack noun, "at" after
 * "researchers") read the kinds of the tokens before instead of their words.
 */
const STARTS_WALK = 1; // LOCATIVES and PLACE_VERBS: the place follows
const KIND_AT = 2;
const KIND_ON = 4;
const KIND_OF = 8;
const DIRECTION = 16;
const ATTACK_NOUN = 32;
const AFFILIATION = 64;
const WALK_STOP = 128; // WALK_STOPS and LOCATIVES but "of": the walk ends there
const TRIGGER = STARTS_WALK | KIND_ON | KIND_OF | DIRECTION;
const WORD_KINDS = new Map<string, number>();
for (const [words, kind] of [
  [[...WALK_STOPS, ...LOCATIVES].filter((w) => w !== 'of'), WALK_STOP],
  [LOCATIVES, STARTS_WALK],
  [PLACE_VERBS, STARTS_WALK],
  [['at'], KIND_AT],
  [['on'], KIND_ON],
  [['of'], KIND_OF],
  [DIRECTIONS, DIRECTION],
  [ATTACK_NOUNS, ATTACK_NOUN],
  [AFFILIATED, AFFILIATION],
] as const) {
  for (const w of words) WORD_KINDS.set(w, (WORD_KINDS.get(w) ?? 0) | kind);
}
/** WORD_KINDS by the hash of the word, for tokens that are one run (see word-runs.ts). */
const KINDS_BY_HASH = new HashedWords<[word: string, kind: number][]>(
  [...WORD_KINDS].map(([w, kind]) => [w, [[w, kind]]]),
  (a, b) => [...a, ...b],
);

/** The kinds of the tokens of one findPlaceMentions call, kept between calls (see word-runs.ts for why). */
let kindBuffer = new Uint8Array(256);

/** The kind of a token that is run `k`: its hash narrows the candidates, its text decides. */
function kindOfRun(runs: WordRuns, k: number): number {
  const candidates = KINDS_BY_HASH.get(runHash(runs, k));
  if (!candidates) return 0;
  for (const [word, kind] of candidates) if (equalsFolded(runs.text, runStart(runs, k), runEnd(runs, k), word)) return kind;
  return 0;
}

/** Whether "on" at token `i` follows an attack noun ("a strike by militants on Makiivka"). */
function onIsLocative(toks: TokenList, kinds: Uint8Array, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - ATTACK_LOOKBACK; j--) {
    if (!toks.isWord(j)) return false;
    if (kinds[j] & ATTACK_NOUN) return true;
  }
  return false;
}

const TITLE_WORD = /[\p{L}]{4,}/gu;

/** True for headlines in Title Case, where capitals do not mark names. */
export function isTitleCase(title: string): boolean {
  let words = 0;
  let capitals = 0;
  TITLE_WORD.lastIndex = 0;
  for (let m = TITLE_WORD.exec(title); m; m = TITLE_WORD.exec(title)) {
    words++;
    if (UPPER_START.test(m[0])) capitals++;
  }
  return words >= 3 && capitals / words >= 0.6;
}

/**
 * Every place mention in `text[from, to)`, in text order, with offsets into `text`. `titleCase`
 * treats capitalized common words of headlines ("Missile", "Strikes") as lowercase.
 */
export function findPlaceMentions(text: string, from: number, to: number, titleCase = false, runs = wordRuns(text, from, to)): PlaceMention[] {
  const toks = readTokens(text, from, to, runs);
  const { runOf } = toks;
  const found: { mention: PlaceMention; trigger: number; lastToken: number }[] = [];
  if (kindBuffer.length < toks.length) kindBuffer = new Uint8Array(2 * toks.length);
  const kinds = kindBuffer;
  for (let i = 0; i < toks.length; i++) {
    kinds[i] = 0; // punctuation has no kind
    // Every word with a kind is plain ASCII, one run, or (lowercased) a token TOKEN read.
    if (runOf[i] >= 0) kinds[i] = kindOfRun(runs, runOf[i]);
    else if (toks.isWord(i) && toks.fromRegex(i)) kinds[i] = WORD_KINDS.get(toks.at(i).lower) ?? 0;
  }
  for (let i = 0; i < toks.length; i++) {
    const kind = kinds[i];
    if ((kind & TRIGGER) === 0) continue;
    let startAt = -1;
    if (kind & KIND_AT && i > 0 && kinds[i - 1] & AFFILIATION) continue; // "researchers at Harvard"
    if (kind & STARTS_WALK) startAt = i + 1;
    else if (kind & KIND_ON && onIsLocative(toks, kinds, i)) startAt = i + 1;
    // "the shelling of Kharkiv", "the siege of Mariupol"
    else if (kind & KIND_OF && i > 0 && kinds[i - 1] & ATTACK_NOUN) startAt = i + 1;
    else if (kind & DIRECTION && i + 1 < toks.length && kinds[i + 1] & KIND_OF) startAt = i + 2;
    if (startAt < 0) continue;
    const mention = walk(text, toks, kinds, startAt, titleCase);
    if (!mention) continue;
    if (found.length && found[found.length - 1].mention.start === mention.start) continue; // "hit" + "in" reaching one name
    let lastToken = startAt;
    while (lastToken + 1 < toks.length && toks.starts[lastToken + 1] < mention.end) lastToken++;
    found.push({ mention, trigger: i, lastToken });
  }
  // "the Al-Ahli hospital in Gaza City": a facility followed by its town is reported as the town
  // (what a gazetteer can resolve), unless the "town" is a country.
  const out: PlaceMention[] = [];
  for (let k = 0; k < found.length; k++) {
    const cur = found[k];
    const next = found[k + 1];
    if (cur.mention.facility && next && next.trigger === cur.lastToken + 1 && !isCountry(next.mention.place)) {
      out.push({ ...next.mention, start: next.mention.start, end: next.mention.end });
      k++;
      continue;
    }
    out.push(cur.mention);
  }
  return out;
}
