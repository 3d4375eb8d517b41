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
  COUNTRIES,
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
import { isAsciiLetter, isAsciiUpper } from '../ascii';
import { readTokens, type Token, type TokenList } from './place-tokens';
import { WordTable, wordRuns, type WordRuns } from './word-runs';

/** One place found in the text. */
export interface PlaceMention {
  /** Offsets of `place` in the text. */
  start: number;
  end: number;
  /** The place as written ("Gaza City", "Donetsk region", "Hmeymim air base"). */
  place: string;
  /** The place is a facility ("Al-Ahli hospital") rather than a settlement or area. */
  facility: boolean;
  /**
   * A place told beside the event rather than where it happened: a distance's point of reference
   * ("60 km east of Harlan"), or where the victims were treated ("died in hospital in Harlan").
   */
  reference?: boolean;
}

/** What a country's state owns or runs: "Sudan state media" is the country's, not a state's. */
const STATE_OWNED: ReadonlySet<string> = new Set(['media', 'television', 'tv', 'radio', 'news', 'agency', 'broadcaster', 'newspaper', 'press', 'outlets', 'run', 'owned', 'department']);

/** Where victims are taken, before "in": "in hospital in Cali", "hospitals in Bannu". */
const CARE_NOUNS: ReadonlySet<string> = new Set(['hospital', 'hospitals', 'clinic', 'clinics', 'morgue', 'morgues']);

const UPPER_START = /^\p{Lu}/u;
/** "HIMARS", "NATO", "MSF": acronyms name weapons and organisations far more often than places. */
const ACRONYM = /^\p{Lu}[\p{Lu}\d.&-]+['’]?s?$/u;
/** Acronyms written with a lowercase letter in them: "FAMa" (Mali's army), "FARDC", "MoD", "DoD". */
const MIXED_ACRONYM = /^\p{Lu}{2,}\p{Ll}$|^\p{Lu}\p{Ll}\p{Lu}{1,2}$/u;
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

/** ACRONYM: a capital followed by capitals, digits or . & - (so not by a lowercase ASCII letter); or a MIXED_ACRONYM. */
function isAcronym(text: string): boolean {
  const c = text.charCodeAt(1);
  if (!startsUpper(text)) return false;
  if (c >= 97 && c <= 122) return MIXED_ACRONYM.test(text);
  return ACRONYM.test(text) || MIXED_ACRONYM.test(text);
}

/** DOTTED_INITIALS: "U.S", "U.K" (a capital and a dot first, when the capital is ASCII). */
function isDottedInitials(text: string): boolean {
  if (text.charCodeAt(0) < 128 && text.charCodeAt(1) !== 46) return false;
  return DOTTED_INITIALS.test(text);
}

/*
 * What a word is, as bits looked up by its run (see word-runs.ts) when first asked: the trigger
 * scan and the walks ask these of plain ASCII words instead of asking each word list with a string.
 * Tokens that are not one run ("Yemen’s", "al-Mayadin", "U.S", words outside ASCII) are asked with
 * their text, as before.
 */
const STARTS_WALK = 1 << 0; // LOCATIVES and PLACE_VERBS: the place follows
const KIND_AT = 1 << 1;
const KIND_ON = 1 << 2;
const KIND_OF = 1 << 3;
const DIRECTION = 1 << 4;
const ATTACK_NOUN = 1 << 5;
const AFFILIATION = 1 << 6;
const WALK_STOP = 1 << 7; // WALK_STOPS and LOCATIVES but "of": the walk ends there
const AREA = 1 << 8;
const FACILITY = 1 << 9;
const AFTER_POSSESSIVE = 1 << 10;
const COMMON = 1 << 11; // TITLE_CASE_COMMON
const ORG = 1 << 12;
const NEVER = 1 << 13;
const TITLE = 1 << 14;
const OF_HEAD = 1 << 15;
const COUNTRY = 1 << 16; // a country of one word
const KIND_THE = 1 << 17;
const KIND_A = 1 << 18;
const KIND_AN = 1 << 19;
const KIND_NEW = 1 << 20;
const KIND_YEAR = 1 << 21;
const AIR = 1 << 22;
const SETTLEMENT = 1 << 23;
const TRIGGER = STARTS_WALK | KIND_ON | KIND_OF | DIRECTION;

/**
 * People named by their institution: "researchers at Harvard", "a professor at Kyiv University".
 * After these nouns "at" gives an affiliation, not where something happened.
 */
const AFFILIATED = new Set(
  'researcher researchers professor professors scientist scientists analyst analysts fellow fellows student students economist economists scholar scholars expert experts lecturer lecturers'.split(' '),
);

const ONLY_AIR_WORDS = ['air'];
/**
 * Area nouns of a settlement, which "of" follows with its name ("the city of Harlan"), and parts of
 * a town, which "of" follows with the town's: "the Vardo neighbourhood of Tarnova" is told by
 * Tarnova, as "Tarnova's Vardo district" is; the gazetteer knows towns, seldom their quarters.
 */
const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set(['city', 'town', 'village', 'township', 'suburb', 'neighbourhood', 'neighborhood', 'quarter']);
/** Governments named by their seat: "the government in Velgrad", "the regime in the capital". */
const SEATED = new Set(['government', 'regime']);

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
  [AREA_NOUNS, AREA],
  [FACILITY_NOUNS, FACILITY],
  [AFTER_POSSESSIVE_AREA, AFTER_POSSESSIVE],
  [TITLE_CASE_COMMON, COMMON],
  [ORG_WORDS, ORG],
  [NEVER_PLACES, NEVER],
  [TITLES, TITLE],
  [OF_HEADS, OF_HEAD],
  [[...COUNTRIES, ...COUNTRY_PHRASES].filter((w) => /^[a-z0-9]+$/.test(w)), COUNTRY],
  [['the'], KIND_THE],
  [['a'], KIND_A],
  [['an'], KIND_AN],
  [['new'], KIND_NEW],
  [['year'], KIND_YEAR],
  [ONLY_AIR_WORDS, AIR],
  [SETTLEMENT_NOUNS, SETTLEMENT],
] as const) {
  for (const w of words) WORD_KINDS.set(w, (WORD_KINDS.get(w) ?? 0) | kind);
}

/** WORD_KINDS for tokens that are one run. */
const KINDS_BY_RUN = new WordTable(WORD_KINDS);

/**
 * The trigger words alone, which the scan asks of every token: a table this small stays in the CPU
 * cache between paragraphs, where the full one would not. The full kind of a token is read only
 * when a trigger or a walk asks for it (see `kindOf`).
 */
const TRIGGERS_BY_RUN = new WordTable([...WORD_KINDS].map(([word, kind]) => [word, kind & (TRIGGER | KIND_AT)]).filter(([, kind]) => kind !== 0) as [string, number][]);

/** The kinds of the tokens of one findPlaceMentions call, kept between calls (see word-runs.ts for why). */
let kindBuffer = new Uint32Array(256);
const MAX_KEPT_KINDS = 1 << 15;
/** Marks a kind read (so a kind of 0 is told from one not read yet). */
const KNOWN = 1 << 30;

/** What a walk reads: the tokens of the range, their runs and the kinds read so far. */
interface Scan {
  text: string;
  toks: TokenList;
  runs: WordRuns;
  kinds: Uint32Array;
  titleCase: boolean;
}

/** The kind of token `i`, read on first use. */
function kindOf(s: Scan, i: number): number {
  let kind = s.kinds[i];
  if (kind === 0) {
    const run = s.toks.runOf(i);
    // Every word with a kind is plain ASCII, one run, or (lowercased) a token TOKEN read.
    if (run >= 0) kind = KINDS_BY_RUN.get(s.runs, run);
    else if (s.toks.isWord(i) && s.toks.fromRegex(i)) kind = WORD_KINDS.get(s.toks.at(i).lower) ?? 0;
    s.kinds[i] = kind |= KNOWN;
  }
  return kind;
}

/** Token `i` is one run: a plain ASCII word, whose kind is known. */
function isPlain(s: Scan, i: number): boolean {
  return s.toks.runOf(i) >= 0;
}

/** Whether token `i`, without a possessive ending, is in `list` (whose words have the kind `bit`). */
function listed(s: Scan, i: number, bit: number, list: ReadonlySet<string>): boolean {
  return isPlain(s, i) ? (kindOf(s, i) & bit) !== 0 : list.has(bare(s.toks.at(i).lower));
}

/** Whether token `i` as written (lowercased) is in `list` (whose words have the kind `bit`). */
function listedAsIs(s: Scan, i: number, bit: number, list: ReadonlySet<string>): boolean {
  return isPlain(s, i) ? (kindOf(s, i) & bit) !== 0 : list.has(s.toks.at(i).lower);
}

function plainHasDigit(s: Scan, i: number): boolean {
  for (let k = s.toks.start(i); k < s.toks.end(i); k++) {
    const c = s.text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function plainStartsUpper(s: Scan, i: number): boolean {
  const c = s.text.charCodeAt(s.toks.start(i));
  return c >= 65 && c <= 90;
}

/** A hyphenated modifier such as "Russia-controlled" or "Houthi-run": not a name. */
function isHyphenAdjective(t: Token): boolean {
  const dash = t.text.lastIndexOf('-');
  // "Saut-d'Eau", "Anse-d'Hainault": an elided French particle before a capital is part of a name.
  return dash > 0 && dash < t.text.length - 1 && !startsUpper(t.text, dash + 1) && !ELIDED.test(t.text.slice(dash + 1));
}

const ELIDED = /^[dl]['’]\p{Lu}/u;

/** Capitalized, or a lowercase particle joined to a capitalized name ("al-Mayadin"). */
function looksLikeName(s: Scan, i: number): boolean {
  // A plain word has no hyphen: a name when capitalized and without digits.
  if (isPlain(s, i)) return plainStartsUpper(s, i) && !plainHasDigit(s, i);
  const t = s.toks.at(i);
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
function readName(s: Scan, i: number): NameSpan | null {
  const { toks } = s;
  let last = i;
  let possessive = false;
  for (let j = i; j < toks.length && j - i < MAX_NAME_WORDS; j++) {
    if (looksLikeName(s, j) && !(s.titleCase && j > i && listed(s, j, COMMON, TITLE_CASE_COMMON))) {
      last = j;
      if (!isPlain(s, j) && isPossessive(toks.at(j).text)) {
        possessive = true;
        break;
      }
      continue;
    }
    // "Gulf of Aden": "of" joins two capitalized words after a geographic head.
    if (listedAsIs(s, j, KIND_OF, ONLY_OF) && j > i && listedAsIs(s, j - 1, OF_HEAD, OF_HEADS) && j + 1 < toks.length && looksLikeName(s, j + 1)) continue;
    // "Valle del Cauca", "Santa Cruz de la Sierra": lowercase particles inside a name, before its next word.
    if (j > i && innerParticle(s, j) && (nameAt(s, j + 1) || (innerParticle(s, j + 1) && nameAt(s, j + 2)))) continue;
    break;
  }
  for (let j = i; j <= last; j++) {
    if (listed(s, j, ORG, ORG_WORDS) || (j === i && (listed(s, j, NEVER, NEVER_PLACES) || listed(s, j, TITLE, TITLES)))) return null;
  }
  // "Norland Air", "Kestrel Air": a name ending in "Air" is an airline ("Hmeymim Air Base" goes on).
  if (last > i && listedAsIs(s, last, AIR, ONLY_AIR)) return null;
  // "a Ukrainian New Year's Eve attack": a holiday, not a place.
  if (listedAsIs(s, i, KIND_NEW, ONLY_NEW) && i < last && listed(s, i + 1, KIND_YEAR, ONLY_YEAR)) return null;
  if (mayBeAcronym(s, i) && isAcronym(toks.at(i).text) && !(isPlain(s, i) ? kindOf(s, i) & COUNTRY : isCountry(bare(toks.at(i).lower)))) return null;
  return { first: i, last, possessive };
}

/** Particles written lowercase between the words of Spanish, Portuguese and French names. */
const INNER_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'las', 'los']);

function innerParticle(s: Scan, i: number): boolean {
  return i < s.toks.length && s.toks.isWord(i) && INNER_PARTICLES.has(s.toks.at(i).text);
}

function nameAt(s: Scan, i: number): boolean {
  return i < s.toks.length && looksLikeName(s, i);
}

const ONLY_OF: ReadonlySet<string> = new Set(['of']);
const ONLY_NEW: ReadonlySet<string> = new Set(['new']);
const ONLY_YEAR: ReadonlySet<string> = new Set(['year']);
const ONLY_AIR: ReadonlySet<string> = new Set(['air']);

/** False when token `i` cannot be an ACRONYM: a lowercase ASCII letter second ("Kyiv"). */
function mayBeAcronym(s: Scan, i: number): boolean {
  const n = s.toks.end(i) - s.toks.start(i);
  const c = s.text.charCodeAt(s.toks.start(i) + 1);
  // A lowercase second letter only in a short mixed one ("MoD", "DoD").
  return n > 1 && (!(c >= 97 && c <= 122) || n <= 4);
}

/** The last token from `first` on that starts before `end`: a mention's last token. */
function lastTokenOf(toks: TokenList, first: number, end: number): number {
  let last = first;
  while (last + 1 < toks.length && toks.start(last + 1) < end) last++;
  return last;
}

/** A name plus its trailing area or facility nouns, as a mention. */
function finishName(s: Scan, name: NameSpan, determiner: string | null): PlaceMention {
  const { text, toks } = s;
  const start = toks.start(name.first);
  let end = toks.end(name.last);
  // "the U.S." keeps its final dot, which the tokenizer reads as punctuation (a plain word has no dot).
  if (!isPlain(s, name.last) && isDottedInitials(toks.at(name.last).text) && text[end] === '.') end++;
  let facility = listedAsIs(s, name.last, FACILITY, FACILITY_NOUNS);
  // "a Ukraine train station", "the Sagaing Region village": a country, or a name that already
  // ends in an area word, only locates the noun after it; the name is the place.
  const country = name.first === name.last && isPlain(s, name.first) ? (kindOf(s, name.first) & COUNTRY) !== 0 : isCountry(text.slice(start, end));
  // "the Burkina Faso town of Djibo": a country before a settlement noun and "of" only qualifies it.
  const after = name.last + 1;
  if (country && after + 2 < toks.length && listedAsIs(s, after, SETTLEMENT, SETTLEMENT_NOUNS) && listedAsIs(s, after + 1, KIND_OF, ONLY_OF)) {
    const named = readName(s, after + 2);
    if (named && !named.possessive) {
      const mention = finishName(s, named, null);
      if (!isCountry(mention.place)) return mention;
    }
  }
  if (country && after < toks.length && isPlain(s, after) && toks.at(after).lower === 'state' && !(after + 1 < toks.length && toks.isWord(after + 1) && STATE_OWNED.has(toks.at(after + 1).lower))) {
    // "in Niger state": Nigeria's state of that name, not the country ("Sudan state media" is the country's).
    return { start, end: toks.end(after), place: text.slice(start, toks.end(after)), facility };
  }
  if (listedAsIs(s, name.last, AREA, AREA_NOUNS) || country) {
    return { start, end, place: text.slice(start, end), facility };
  }
  // "the Donetsk region", "the Hmeymim air base", "Pazigyi village"
  for (let j = name.last + 1; j <= name.last + 2 && j < toks.length; j++) {
    if (isPlain(s, j) ? plainStartsUpper(s, j) : !toks.isWord(j) || startsUpper(toks.at(j).text)) break;
    if (listedAsIs(s, j, AREA, AREA_NOUNS)) {
      // "the Norlandic city of Harlan": the first name only qualifies the noun (a nationality the
      // word lists lack); the place is the settlement after "of", unless that is a country. Not
      // for larger areas: "the Tarvish province of Lenmark" is a province of a country.
      const named =
        j + 2 < toks.length && listedAsIs(s, j, SETTLEMENT, SETTLEMENT_NOUNS) && listedAsIs(s, j + 1, KIND_OF, ONLY_OF) ? readName(s, j + 2) : null;
      if (named && !named.possessive) {
        const mention = finishName(s, named, null);
        if (!isCountry(mention.place)) return mention;
      }
      end = toks.end(j);
      facility = false;
      break; // one area noun closes the place: "the Donetsk region of Ukraine" stops at "region"
    }
    if (!listedAsIs(s, j, FACILITY, FACILITY_NOUNS)) break;
    facility = true;
    // "a Gaza City hospital": the indefinite article means the name is the hospital's town.
    if (determiner !== 'a' && determiner !== 'an') end = toks.end(j);
  }
  return { start, end, place: text.slice(start, end), facility };
}

/** The possessive container alone ("in Ukraine's east" → "Ukraine"). */
function containerMention(s: Scan, name: NameSpan): PlaceMention {
  const start = s.toks.start(name.first);
  const lastText = s.toks.at(name.last).text;
  const end = s.toks.end(name.last) - (lastText.length - bare(lastText).length);
  return { start, end, place: s.text.slice(start, end), facility: false };
}

/** Walks from token `i` (just after a locative word) to the place it introduces. */
function walk(s: Scan, i: number): PlaceMention | null {
  const { text, toks } = s;
  let modifiers = 0;
  let determiner: string | null = null;
  let container: NameSpan | null = null;
  let afterContainer = -1; // the token after the container
  let lastModifier = -1; // the last lowercase token passed
  let commaUsed = false;
  for (; i < toks.length; i++) {
    if (isPlain(s, i) && !plainStartsUpper(s, i)) {
      // A plain lowercase word, most of what a walk passes: no name, no hyphen; its kind tells the rest.
      const kind = kindOf(s, i);
      if (plainHasDigit(s, i) || kind & WALK_STOP) break;
      const article = kind & (KIND_THE | KIND_A | KIND_AN);
      if (article) {
        determiner = article === KIND_THE ? 'the' : article === KIND_A ? 'a' : 'an';
        continue;
      }
      if (container && afterContainer < 0) afterContainer = i;
      lastModifier = i;
      if (++modifiers > MAX_MODIFIERS) break;
      continue;
    }
    if (!toks.isWord(i)) {
      // "the Ukrainian capital, Kyiv": an appositive name after an area noun.
      if (text.charCodeAt(toks.start(i)) === 44 && !commaUsed && lastModifier >= 0 && listed(s, lastModifier, AREA, AREA_NOUNS)) {
        commaUsed = true;
        continue;
      }
      break;
    }
    const t = toks.at(i);
    if (hasDigit(t.text)) break;
    const lower = bare(t.lower);
    const common = s.titleCase && TITLE_CASE_COMMON.has(lower);
    if (looksLikeName(s, i) && !common) {
      if (isDemonym(lower) && !(i + 1 < toks.length && COUNTRY_PHRASES.has(`${lower}_${bare(toks.at(i + 1).lower)}`))) {
        // "in Ukrainian missile strikes": a nationality modifies what follows.
        if (++modifiers > MAX_MODIFIERS) break;
        lastModifier = -1;
        continue;
      }
      const name = readName(s, i);
      if (!name) break;
      if (name.possessive) {
        container = name;
        afterContainer = -1;
        i = name.last;
        continue;
      }
      return finishName(s, name, determiner);
    }
    if (isHyphenAdjective(t)) continue; // "Russia-controlled", "Houthi-run"
    if ((WALK_STOPS.has(lower) || LOCATIVES.has(lower)) && lower !== 'of') break;
    if (lower === 'the' || lower === 'a' || lower === 'an') {
      determiner = lower;
      continue;
    }
    if (container && afterContainer < 0) afterContainer = i;
    lastModifier = i;
    if (++modifiers > MAX_MODIFIERS) break;
  }
  // "in Ukraine's east", "Saada's detention center", "Mariupol's theatre": the container is the place.
  if (
    container &&
    afterContainer >= 0 &&
    (listed(s, afterContainer, AFTER_POSSESSIVE, AFTER_POSSESSIVE_AREA) ||
      listed(s, afterContainer, AREA, AREA_NOUNS) ||
      listed(s, afterContainer, FACILITY, FACILITY_NOUNS))
  ) {
    return containerMention(s, container);
  }
  return null;
}

/** Whether "on" at token `i` follows an attack noun ("a strike by militants on Makiivka"). */
function onIsLocative(s: Scan, i: number): boolean {
  // "on the outskirts of Gaza City", "on the edge of Rafah": the walk goes on through the "of".
  const toks = s.toks;
  if (i + 3 < toks.length && toks.at(i + 1).lower === 'the' && EDGES.has(toks.at(i + 2).lower) && toks.at(i + 3).lower === 'of') return true;
  for (let j = i - 1; j >= 0 && j >= i - ATTACK_LOOKBACK; j--) {
    // "The latest attack, on the mining village of Kanyabayonga, killed 31": a comma may set the
    // "on" off from its noun, nothing else may stand between.
    if (!s.toks.isWord(j)) {
      if (j === i - 1 && s.text.charCodeAt(s.toks.start(j)) === 44) continue;
      return false;
    }
    if (kindOf(s, j) & ATTACK_NOUN) return true;
  }
  return false;
}

/**
 * Routes named by the towns they join: "the road between A and B"; so are journeys on them: "a
 * convoy travelling between A and B", "a bus driving between A and B".
 */
const ROUTES: ReadonlySet<string> = new Set([
  'road', 'roads', 'highway', 'route', 'motorway', 'railway', 'stretch',
  'convoy', 'journey', 'travelling', 'traveling', 'driving', 'heading', 'moving',
]);

/** Where "on" puts a thing by a place: "on the outskirts of", "on the edge of". */
const EDGES: ReadonlySet<string> = new Set(['outskirts', 'edge', 'edges', 'fringes', 'coast', 'border', 'borders']);

const TITLE_WORD = /[\p{L}]{4,}/gu;

function isAsciiOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** True for headlines in Title Case, where capitals do not mark names. */
export function isTitleCase(title: string): boolean {
  let words = 0;
  let capitals = 0;
  if (isAsciiOnly(title)) {
    // TITLE_WORD by hand: in ASCII its letters are A-Z and a-z.
    for (let i = 0; i < title.length; ) {
      const start = i;
      while (i < title.length && isAsciiLetter(title.charCodeAt(i))) i++;
      if (i - start >= 4) {
        words++;
        if (isAsciiUpper(title.charCodeAt(start))) capitals++;
      }
      if (i === start) i++;
    }
    return words >= 3 && capitals / words >= 0.6;
  }
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
  const found: { mention: PlaceMention; trigger: number; lastToken: number }[] = [];
  if (kindBuffer.length < toks.length && toks.length <= MAX_KEPT_KINDS) kindBuffer = new Uint32Array(2 * toks.length);
  const kinds = kindBuffer.length >= toks.length ? kindBuffer : new Uint32Array(toks.length); // a long text's are not kept
  kinds.fill(0, 0, toks.length);
  const scan: Scan = { text, toks, runs, kinds, titleCase };
  for (let i = 0; i < toks.length; i++) {
    const run = toks.runOf(i);
    let kind: number;
    if (run >= 0) kind = TRIGGERS_BY_RUN.get(runs, run);
    else if (toks.isWord(i) && toks.fromRegex(i)) kind = kindOf(scan, i);
    else continue;
    if ((kind & TRIGGER) === 0) {
      // "on the road between Bint Jbeil and Aynata": a route is placed by the towns it joins.
      if (text.charCodeAt(toks.start(i)) === 98 /* b */ && i > 0 && toks.at(i).lower === 'between' && toks.isWord(i - 1) && ROUTES.has(toks.at(i - 1).lower)) {
        const mention = walk(scan, i + 1);
        if (mention) {
          found.push({ mention, trigger: i, lastToken: lastTokenOf(toks, i + 1, mention.end) });
        }
      }
      continue;
    }
    let startAt = -1;
    if (kind & KIND_AT && i > 0 && kindOf(scan, i - 1) & AFFILIATION) continue; // "researchers at Harvard"
    // "the government in Velgrad denies ...": a seat of government, not where anything happened.
    if (i > 0 && toks.isWord(i - 1) && SEATED.has(bare(toks.at(i - 1).lower)) && toks.at(i).lower === 'in') continue;
    if (kind & STARTS_WALK) startAt = i + 1;
    else if (kind & KIND_ON && onIsLocative(scan, i)) startAt = i + 1;
    // "the shelling of Kharkiv", "the siege of Mariupol"
    else if (kind & KIND_OF && i > 0 && kindOf(scan, i - 1) & ATTACK_NOUN) startAt = i + 1;
    else if (kind & DIRECTION && i + 1 < toks.length && kindOf(scan, i + 1) & KIND_OF) startAt = i + 2;
    if (startAt < 0) continue;
    let mention = walk(scan, startAt);
    if (!mention) continue;
    const before = i > 0 && toks.isWord(i - 1) ? toks.at(i - 1).lower : '';
    if (found.length && found[found.length - 1].mention.start === mention.start) continue; // "hit" + "in" reaching one name
    const lastToken = lastTokenOf(toks, startAt, mention.end);
    // A direction's point of reference ("60 km east of Harlan", "a village just west of Harlan"),
    // and where victims were treated ("in hospital in Harlan", "died in a Harlan hospital").
    const trigger = toks.at(i).lower;
    const careAfter = (trigger === 'in' || trigger === 'at') && lastToken + 1 < toks.length && toks.isWord(lastToken + 1) && CARE_NOUNS.has(toks.at(lastToken + 1).lower);
    if (kind & DIRECTION || (CARE_NOUNS.has(before) && trigger === 'in') || careAfter) mention = { ...mention, reference: true };
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
