/**
 * Who makes a claim (`source`) and who carried it (`via`).
 *
 * In a sentence, attribution cues are found first — "X said", "said X", "according to X",
 * "X told AFP", "citing X", "X quoted Y as saying", "as quoted by X", a headline "X: ..." — and the
 * claim takes the cue that governs it: the nearest one before it in its clause, else the nearest one
 * after it. A sentence with no cue inside a quotation takes the quotation's speaker; "he", "it",
 * "they" point back to the last fitting source named before (in the same sentence first, then in
 * earlier ones), or to an earlier sentence's subject that fits though it did not speak ("The ministry
 * updated its figures. It said ..."). A claim with no cue at all is the outlet's own voice (source
 * null), unless it continues a paragraph whose earlier sentence named the speaker.
 */
import { isAsciiWordChar } from './ascii';
import { findNumberPhrases } from './numbers';
import { splitSentences, type Span } from './sentences';
import { countBefore } from './sorted';

export interface Attribution {
  source: string | null;
  via: string | null;
}

/** A cue found in a sentence: where it stands and what it names. */
export interface Cue {
  /** Offset of the cue verb/phrase: scope is decided from here. */
  at: number;
  source: string | null;
  via: string | null;
  /** The source is a pronoun to resolve ("he said"). */
  pronoun?: boolean;
  /** Attaches to what comes before it: "..., X said", "... according to X". */
  backward?: boolean;
  /** Where the subject NP starts, for cues after the claim ("the 500 deaths that X described"). */
  from?: number;
  /** The cue verb, lower-cased, for "X said"-style cues. */
  verb?: string;
  /** A participle's borrowed subject ("..., raising the toll"): any explicit speaker nearby wins. */
  weak?: boolean;
  /** Where the cue's clause ends: "The president, who said ..., visited the town where 9 died". */
  until?: number;
  /** An appositive calls the speaker an organisation ("X, an independent rights group, said"): "it" fits. */
  org?: boolean;
  /**
   * The verb is a relative clause's ("the attack, which the government said was ..."): it reports
   * what follows it, never a claim before the relative word.
   */
  relative?: boolean;
  /** "citing X": X is the one a carrier cites. */
  cited?: boolean;
}

/** News agencies and outlets that carry other people's words. */
const AGENCY_NAMES =
  'Reuters|AFP|Agence France[- ]Presse|AP|Associated Press|TASS|Interfax|RIA(?: Novosti)?|Sputnik|Xinhua|Anadolu(?: Agency)?|SPA|Saudi Press Agency|WAFA|IRNA|Fars|Tasnim|Mehr|ISNA|SANA|Yonhap|Kyodo|DPA|EFE|ANSA|PTI|ANI|UNIAN|Ukrinform|Bernama|Antara|Al[- ]Ekhbariya|Al Jazeera|Al Arabiya|BBC|CNN|SUNA|NNA|MENA|KCNA|QNA|KUNA|BSS|BelTA|Lusa|Azertag|Armenpress|Kazinform|Prensa Latina|Notimex|Amaq|IRIB|Press TV|NHK|Al[- ]Mayadeen|Al[- ]Manar|news agencies|state media|state television|state TV';
const AGENCY = new RegExp(`^(?:the\\s+)?(?:${AGENCY_NAMES})\\b`, 'i');
/** The whole NP is an agency ("the TASS news agency", "Reuters"): it carries, it does not claim. */
const AGENCY_FULL = new RegExp(`^(?:the\\s+)?(?:official\\s+)?(?:${AGENCY_NAMES})(?:\\s+(?:news\\s+)?(?:agency|broadcaster|news agency))?$`, 'i');

/**
 * An outlet by what it is, named or not: "the Velan news agency", "the Kordan Times", "state
 * television", "Norland's state broadcaster". Matched against a whole NP.
 */
const OUTLET_NP =
  /^(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,4}(?:(?:[Nn]ews|[Pp]ress)\s+[Aa]gency|newspaper|daily|weekly|broadcaster|television|TV|radio|news\s+channel|channel|news\s+site|website|news\s+outlet|outlet)$|^(?:the\s+)?(?!social\b)(?:[\p{L}'’-]+\s+){1,2}media$|^(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}(?:Times|Post|Herald|Gazette|Courier|Tribune|Journal|Telegraph|Chronicle|Observer|Independent|Guardian|Mirror|Express|News|Press|Daily|Weekly|Review|Star|Ledger|Wire|Nation|Mail|Globe|Sun|Standard|FM|Online)$/u;

/** An outlet named after what it is, or by a bare title: "state broadcaster RTS", "Radio Okapi", "the Guardian". */
const OUTLET_BY_NAME = /^(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:news\s+agency|broadcaster|television|TV|channel|newspaper|radio(?:\s+station)?|station)\s+[\p{Lu}][\p{L}\p{N}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2}$|^Radio\s+[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2}$|^the\s+(?:Guardian|Times|Independent|Telegraph|Observer|Herald|Post|Chronicle|Courier|Gazette|Tribune|Journal|Star|Ledger)$/u;

/** OUTLET_NP's last words: most NPs end in none, and need no regex. ("The Ridge News Agency": its name's "Agency" too.) */
const OUTLET_LAST_WORDS = new Set(
  'agency Agency newspaper daily weekly media outlet broadcaster television TV radio channel site website Times Post Herald Gazette Courier Tribune Journal Telegraph Chronicle Observer Independent Guardian Mirror Express News Press Daily Weekly Review Star Ledger Wire Nation Mail Globe Sun Standard FM Online'.split(' '),
);

/**
 * isOutlet's answers by NP. pickFrom asks about every cue of a sentence for each of its claims, and
 * the cue readers ask again about the same few NPs. Per document (useDocument), though a pure
 * function of the string: an NP is a slice of its document, and V8 keeps the whole text alive
 * behind a slice. Cleared when full, for a document with more NPs than that.
 */
let outletCache = new Map<string, boolean>();

/** How many NPs an NP cache holds before it starts again: bounded for a document with more. */
const MAX_CACHED_NPS = 4096;

/** `read(np)` through `cache`, which is cleared when full. */
function cachedByNp<V>(cache: Map<string, V>, np: string, read: (np: string) => V): V {
  let value = cache.get(np);
  if (value === undefined) {
    value = read(np);
    if (cache.size >= MAX_CACHED_NPS) cache.clear();
    cache.set(np, value);
  }
  return value;
}

/** Whether an NP is an agency or outlet: it carries others' words, or speaks as the outlet itself. */
function isOutlet(np: string): boolean {
  return cachedByNp(outletCache, np, readOutlet);
}

function readOutlet(np: string): boolean {
  if (AGENCY_FULL.test(np) || OUTLET_BY_NAME.test(np)) return true;
  const space = np.lastIndexOf(' ');
  return space > 0 && OUTLET_LAST_WORDS.has(np.slice(space + 1)) && OUTLET_NP.test(np);
}

const SPEECH_VERBS =
  'said|says|say|told|tells|reported|reports|announced|announces|claimed|claims|claim|stated|states|added|adds|estimated|estimates|estimate|confirmed|confirms|tweeted|wrote|writes|noted|notes|insisted|insists|warned|explained|believes|believe|believed|thinks|put|puts|placed|places|found|finds|showed|shows|show|verified|verifies|gave|gives|registered|registers|listed|lists|logged|identified|suggested|suggests|indicated|indicates|recorded|documented|declared|alleged|alleges|acknowledged|admitted|revealed|concluded|maintained|maintains|maintain|insist|confirm|acknowledges|acknowledge|admits|admit|asserted|argued|recalled|recalls|posted|stressed|accused|accuses|denied|denies|deny|disputed|disputes|rejected|rejects|dismissed|dismisses|refuted|refutes|characterized|characterised|described|calculated|counted|assessed|published|released|cited|quoted|mentioned|spoke|updated|saw|witnessed|observed|determined|agreed|informed|tallied|charged|raised|revised|lowered|report|specified|clarified|emphasized|emphasised|underlined|underscored|reiterated|affirmed|communicated|informs';

/** Participles that take the main clause's subject: "..., saying 50 were killed". */
const PARTICIPLES = new Set('saying adding claiming reporting noting estimating tweeting writing stating insisting announcing confirming accusing disputing rejecting denying dismissing blaming raising revising'.split(' '));

/**
 * Where the next ", saying"-like cue at or after `from` starts (its comma), as
 * /,\s+(?:PARTICIPLES)\b/gu would find it; -1 for none. participleEnd is where it ends.
 */
function nextParticiple(sent: string, from: number): number {
  for (let c = sent.indexOf(',', from); c >= 0; c = sent.indexOf(',', c + 1)) {
    let i = c + 1;
    while (isSpace(sent.charCodeAt(i))) i++;
    if (i === c + 1) continue;
    let j = i;
    for (let d = sent.charCodeAt(j); d >= 97 && d <= 122; d = sent.charCodeAt(++j));
    // Each ends in "ing", and \b: no [A-Za-z0-9_] after it.
    if (j - i < 6 || sent.charCodeAt(j - 1) !== 103 || isAsciiWordChar(sent.charCodeAt(j)) || !PARTICIPLES.has(sent.slice(i, j))) continue;
    participleEnd = j;
    return c;
  }
  return -1;
}
let participleEnd = 0;

/** Words that end a sentence-initial subject: finite verbs. */
const VERBISH = /^(?:[a-z]+ed|took|says?|said|has|have|had|is|was|were|are|will|would|could|may|might|told|made|gave|went|came|saw|put|did|does|do|claims?|accuses|denies|insists|believes|thinks|estimates|reports|warns|met|fled|left|held|sent|spoke|began|fought|flew|ran|found|kept|brought|struck|got|became|stood|lost|won|wrote|led|heard|knew|sought|drove|fell|shot|can|should|must)$/;
/**
 * A lower-case word right before a determiner is a verb ("The network counts the dead"), unless it
 * is a preposition or conjunction ("Doctors at the clinic").
 */
const NOT_A_VERB_BEFORE_DETERMINER = new Set(
  ('of in at on for from to with by near over under about after before into across against among between during ' +
    'through without within around behind outside inside like along beyond toward towards upon per than as despite ' +
    'since until and or but nor whose which who that where when while all both').split(' '),
);
const DETERMINER_WORD = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those']);

/** Between a subject and its verb: "on Friday", "also", "has", "reportedly", "later". */
const ADJUNCT_WORDS = new Set(
  ('also later earlier previously first then now initially originally separately meanwhile further has have had ' +
    'would could reportedly night evening morning afternoon monday tuesday wednesday thursday friday saturday sunday ' +
    'today yesterday tonight still since already again just so far yet').split(' '),
);
/** Nouns in -ly, which are no adverbs before a verb: "The monitor's tally puts ...". */
const LY_NOUNS = new Set(['tally', 'ally', 'rally', 'family', 'daily', 'weekly', 'monthly', 'assembly', 'supply', 'italy']);
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/*
 * Character tests for the hand-written scanners below. Each stands for a regex class exactly (the
 * regexes they replace ran on every word of every sentence): JavaScript's \s by UTF-16 unit, and
 * \p{L} / \p{N} by code point, with ASCII answered without a regex.
 */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0x2000) return c === 0xa0 || c === 0x1680;
  return c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const LETTER = /\p{L}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
function isLetter(cp: number): boolean {
  if (cp < 128) return (cp | 32) >= 97 && (cp | 32) <= 122;
  return LETTER.test(String.fromCodePoint(cp));
}
function isLetterOrNumber(cp: number): boolean {
  if (cp < 128) return ((cp | 32) >= 97 && (cp | 32) <= 122) || (cp >= 48 && cp <= 57);
  return LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
}
/** The code point that ends at `i`, as a u-flag lookbehind reads it. */
function codePointBefore(s: string, i: number): number {
  const lo = s.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}

/**
 * Where a speech verb may start: one of SPEECH_VERBS, a whole run of a-z, behind a character that is
 * not an ASCII letter (which the regex consumes). Not anchored at a letter, the engine skips most of
 * the sentence, ~2x faster than trying the alternation at every position. isSpeechVerb checks each
 * candidate's surroundings as the Unicode lookarounds of /(?<![\p{L}])VERB(?![\p{L}'’-])/u would.
 */
const SPEECH_VERB_CANDIDATE = new RegExp(`[^a-zA-Z](?:${SPEECH_VERBS})(?![a-z])`, 'g');

/** The speech verb candidates of the sentence last scanned: where each starts and ends. */
let verbSentence: string | null = null;
let verbCount = 0;
const VERB_AT: number[] = [];
const VERB_END: number[] = [];

/**
 * Every SPEECH_VERB_CANDIDATE of `sent` (and a verb that opens it): one of SPEECH_VERBS as a whole
 * run of a-z behind anything but an ASCII letter.
 */
function scanVerbs(sent: string): number {
  if (verbSentence === sent) return verbCount;
  let n = 0;
  // At the very start there is no character before the verb for the regex to consume.
  let j = 0;
  for (let d = sent.charCodeAt(0); d >= 97 && d <= 122; d = sent.charCodeAt(++j));
  if (j && SPEECH_VERB_SET.has(sent.slice(0, j))) {
    VERB_AT[n] = 0;
    VERB_END[n++] = j;
  }
  const re = SPEECH_VERB_CANDIDATE;
  re.lastIndex = 0;
  // test() rather than exec(): no match array. The verb is the run of a-z that ends the match.
  while (re.test(sent)) {
    const end = re.lastIndex;
    let start = end - 1;
    for (let d = sent.charCodeAt(start - 1); d >= 97 && d <= 122; d = sent.charCodeAt(--start - 1));
    VERB_AT[n] = start;
    VERB_END[n++] = end;
  }
  verbSentence = sent;
  return (verbCount = n);
}

/**
 * Whether the candidate verb at sent[at, end) is a SPEECH_VERB match:
 * /(?<![\p{L}])(?:SPEECH_VERBS)(?![\p{L}'’-])/u there. Behind it is no ASCII letter already; another
 * letter, or half of an astral one, is not allowed either.
 */
function isSpeechVerb(sent: string, at: number, end: number): boolean {
  if (at > 0 && sent.charCodeAt(at - 1) >= 128 && isLetter(codePointBefore(sent, at))) return false;
  return endsSpeechVerb(sent, end);
}

/** Whether a speech verb ending at `j` ends there: no letter, apostrophe or hyphen follows. */
function endsSpeechVerb(sent: string, j: number): boolean {
  if (j >= sent.length) return true;
  const after = sent.codePointAt(j)!;
  return after !== 39 && after !== 0x2019 && after !== 45 && !isLetter(after);
}

/** ASCII characters of a subject word: 1 for a letter or digit, 2 for ' . - inside it. */
const SUBJECT_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) SUBJECT_ASCII[c] = isLetterOrNumber(c) ? 1 : c === 39 || c === 46 || c === 45 ? 2 : 0;
const WHITE_SPACE = /\s/;

/**
 * The start of the word of a subject NP that ends at `j`, read backwards in one pass: the run of
 * characters above U+0020 before j, if it is /^\(?[\p{L}\p{N}][\p{L}\p{N}'’.\-]*\)?$/u; -1 if it is
 * not. wordAscii tells whether it is all ASCII. (One pass: each character of a charCodeAt loop costs
 * V8 ~50 instructions.)
 */
function subjectWordBefore(sent: string, j: number): number {
  let p = j;
  wordAscii = true;
  // "The Armed Conflict Location & Event Data Project": an ampersand alone is a word of a name.
  if (sent.charCodeAt(p - 1) === 38 && (p === 1 || sent.charCodeAt(p - 2) <= 32)) return p - 1;
  if (sent.charCodeAt(p - 1) === 41) p--; // "(MSF)": parentheses allowed
  let chars = 0;
  let letterFirst = false; // whether the leftmost character read is a letter or digit
  while (p > 0) {
    const c = sent.charCodeAt(p - 1);
    if (c < 128) {
      const kind = SUBJECT_ASCII[c];
      if (!kind) break;
      letterFirst = kind === 1;
      p--;
    } else {
      const cp = codePointBefore(sent, p);
      if (cp === 0x2019) letterFirst = false;
      else if (isLetterOrNumber(cp)) letterFirst = true;
      else break;
      p -= cp > 0xffff ? 2 : 1;
      wordAscii = false;
    }
    chars++;
  }
  if (!chars || !letterFirst) return -1;
  // The run starts here, or one back at an opening parenthesis.
  if (p === 0 || sent.charCodeAt(p - 1) <= 32) return p;
  if (sent.charCodeAt(p - 1) === 40 && (p === 1 || sent.charCodeAt(p - 2) <= 32)) return p - 1;
  return -1;
}
let wordAscii = true;

/*
 * Which of readSubject's word lists an ASCII word can be in, by its length and first and last
 * letters: most words are in none, and need no cutting out, lower-casing or lookup. ADJUNCT is
 * ADJUNCT_WORDS and the weekday prepositions, by the word lower-cased; STOP is SUBJECT_LEFT_STOP and
 * PRONOUNS, by bareLower; VERB is SPEECH_VERB_SET, by the word as it is.
 */
const ADJUNCT = 1;
const STOP = 2;
const VERB = 4;
/** SOURCE_HEADS, by bareLower (looksLikeSource, hasSourceHead). */
const HEAD = 8;
const WEEKDAY_PREPOSITIONS = new Set(['on', 'late', 'early', 'earlier', 'in']);
const WORD_SHAPES = new Uint8Array(16 * 27 * 27);
/** The WORD_SHAPES slot of a word, given its length and first and last characters (-1: none). */
function wordShape(len: number, first: number, last: number): number {
  if (len >= 16) return -1;
  return (len * 27 + (first >= 97 && first <= 122 ? first - 97 : 26)) * 27 + (last >= 97 && last <= 122 ? last - 97 : 26);
}
function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** readSubject's words as bounds in the sentence, nearest the verb first (at most 17). */
const WORD_START = new Int32Array(17);
const WORD_END = new Int32Array(17);
const WORD_ASCII = new Uint8Array(17);

/** Which of ADJUNCT, STOP and VERB word m may be in (all three for a word with non-ASCII characters). */
function wordLists(sent: string, m: number): number {
  if (!WORD_ASCII[m]) return ADJUNCT | STOP | VERB;
  const k = WORD_START[m];
  const j = WORD_END[m];
  const len = j - k;
  const first = sent.charCodeAt(k);
  const last = sent.charCodeAt(j - 1);
  const lowerFirst = lowerAscii(first);
  const lowerLast = lowerAscii(last);
  let lists = 0;
  let slot = wordShape(len, lowerFirst, lowerLast);
  if (slot >= 0) lists |= WORD_SHAPES[slot] & ADJUNCT;
  // bareLower drops a possessive 's.
  slot = lowerLast === 115 && len >= 2 && sent.charCodeAt(j - 2) === 39 ? wordShape(len - 2, lowerFirst, lowerAscii(sent.charCodeAt(j - 3))) : slot;
  if (slot >= 0) lists |= WORD_SHAPES[slot] & STOP;
  slot = wordShape(len, first, last);
  if (slot >= 0) lists |= WORD_SHAPES[slot] & VERB;
  return lists;
}

/**
 * The subject of a speech verb at `verbAt` and where its words start (for Cue.from). The words before
 * the verb that can be a subject: at most 17, stopping at punctuation, with adjuncts between subject
 * and verb skipped; then, walking left from the verb, the NP that does the saying. Words are kept as
 * bounds and cut out only where they are looked at: most of the 17 only need checking.
 */
function readSubject(sent: string, verbAt: number): { subject: string; from: number; relative: boolean } | null {
  let count = 0;
  let start = verbAt;
  while (count < 17) {
    let j = start;
    while (j > 0 && sent.charCodeAt(j - 1) <= 32) j--;
    const k = j > 0 ? subjectWordBefore(sent, j) : -1;
    if (k < 0) break;
    WORD_START[count] = k;
    WORD_END[count] = j;
    WORD_ASCII[count] = wordAscii ? 1 : 0;
    count++;
    start = k;
  }
  // Drop adjuncts next to the verb: "the ministry on Friday also said".
  let near = 0; // the nearest word kept
  let after = '';
  while (near < count) {
    const k = WORD_START[near];
    const j = WORD_END[near];
    // /^[a-z]+ly$/ needs "ly" at the end.
    const ly = sent.charCodeAt(j - 1) === 121 && sent.charCodeAt(j - 2) === 108;
    if (!ly && !(wordLists(sent, near) & ADJUNCT)) break;
    const word = sent.slice(k, j);
    const w = word.toLowerCase();
    // "since the morning said": a time of day after an article is an NP's noun, not an adjunct.
    if (near === 0 && near + 1 < count && isArticle(sent, near + 1)) break;
    if (ADJUNCT_WORDS.has(w) || (ly && /^[a-z]+ly$/.test(word) && !LY_NOUNS.has(w))) near++;
    else if (WEEKDAY_PREPOSITIONS.has(w) && WEEKDAY.test(after)) near++;
    else break;
    after = w;
  }
  if (near === count) return null;
  // Walk left from the verb until a word that cannot be inside a subject NP.
  let taken = 0;
  while (near + taken < count) {
    const lists = wordLists(sent, near + taken);
    if (!(lists & (STOP | VERB))) {
      taken++;
      // An NP opens at its article: "up from the six | the company announced", unless a preposition,
      // a conjunction or a participle takes it into a longer one ("the head of the army", "Soldiers
      // guarding the checkpoint").
      if (isArticle(sent, near + taken - 1) && near + taken < count && opensNp(sent.slice(WORD_START[near + taken], WORD_END[near + taken]))) break;
      continue;
    }
    const word = sent.slice(WORD_START[near + taken], WORD_END[near + taken]);
    const w = bareLower(word);
    // "a WHO spokesperson": an acronym in capitals is a name, not the relative word it spells.
    if (SUBJECT_LEFT_STOP.has(w) && !(taken === 0 && PRONOUNS.has(w)) && !isAcronymWord(word)) break;
    // Another speech verb is a clause of its own: "the ministry denied | reports that ..."; not a
    // plural noun right before the verb ("Initial reports said").
    if (SPEECH_VERB_SET.has(word) && !(taken === 0 && NOUN_VERBS.has(word))) break;
    taken++;
    if (taken === 1 && PRONOUNS.has(w)) break;
    // A possessive determiner opens its NP: "He told reporters | his men found ..."; unless a
    // preposition takes the NP into a longer one ("the head of her party").
    if (POSSESSIVE_DETERMINERS.has(w) && !(near + taken < count && NP_OF.has(sent.slice(WORD_START[near + taken], WORD_END[near + taken])))) break;
  }
  // "residents who said 9 were killed": "who" is the subject, standing for the people before it.
  // (Not "that"/"which": "a report commissioned by the government that raised the toll" attaches
  // to the report, not to the government next to it.)
  if (!taken && near + 1 < count && wordLists(sent, near) & STOP) {
    const w = sent.slice(WORD_START[near], WORD_END[near]).toLowerCase();
    if (w === 'who') {
      let left = walkNp(sent, near + 1, count);
      // "contradicting residents who said": the participle before the NP is no part of it.
      while (left && /^[a-z]+ing$/.test(sent.slice(WORD_START[near + left], WORD_END[near + left]))) left--;
      const leftNp = left ? joinWords(sent, near + 1, near + 1 + left) : '';
      if (left && hasSourceHead(leftNp) && noVerbs(sent, near + 1, near + 1 + left)) {
        near++;
        taken = left;
      }
    }
  }
  subjectRelative = false;
  // A pronoun subject is one word, and never extended.
  if (taken && near + taken < count && (taken > 1 || !(wordLists(sent, near) & STOP) || !PRONOUNS.has(bareLower(sent.slice(WORD_START[near], WORD_END[near]))))) {
    taken = extendSubject(sent, near, taken, count);
  }
  let np = taken ? joinWords(sent, near, near + taken) : '';
  if (!np) {
    const word = sent.slice(WORD_START[near], WORD_END[near]);
    if (PRONOUNS.has(word.toLowerCase())) np = word;
  }
  const subject = cleanNp(np);
  if (!subject || !looksLikeSource(subject)) return null;
  // Where the subject starts: its first word's last place in the kept words joined by spaces. The
  // subject is a cut of np (cleanNp only trims), and np ends those words, so that place is in np.
  let offset = 0;
  for (let m = near + (taken || 1); m < count; m++) offset += WORD_END[m] - WORD_START[m] + 1;
  // np.lastIndexOf(firstWord(subject)): the subject is mostly np itself, whose first word is its
  // farthest word (np alone when it is one word).
  let first: string;
  if (subject === np) {
    const farthest = near + taken - 1;
    first = taken > 1 ? sent.slice(WORD_START[farthest], WORD_END[farthest]) : np;
  } else {
    const space = subject.search(WHITE_SPACE);
    first = space < 0 ? subject : subject.slice(0, space);
  }
  return { subject, from: WORD_START[count - 1] + offset + np.lastIndexOf(first), relative: subjectRelative };
}

/** Whether an article after `left` opens its own NP: `left` is no preposition, conjunction or participle. */
function opensNp(left: string): boolean {
  return !NOT_A_VERB_BEFORE_DETERMINER.has(left.toLowerCase()) && !/(?:ing|ed)$/.test(left);
}

/** Whether readSubject's word m is "the", "a" or "an". */
function isArticle(sent: string, m: number): boolean {
  const len = WORD_END[m] - WORD_START[m];
  if (len > 3) return false;
  const w = sent.slice(WORD_START[m], WORD_END[m]);
  return w === 'the' || w === 'a' || w === 'an';
}

/** Set by extendSubject: the subject read is a relative clause's ("which the government said"). */
let subjectRelative = false;

/** Prepositions inside a speaker's NP before a possessive: "the head of her party". */
const NP_OF = new Set(['of', 'for', 'from', 'at', 'in', 'with']);
/** Determiners that open an NP: readSubject's walk takes one and goes no further left. */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my']);
/** An acronym in capitals ("WHO", "IT"): never the function word it spells. */
function isAcronymWord(word: string): boolean {
  return word.length >= 2 && word.length <= 5 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Before a preposition inside a speaker's NP: "linked to", "allied with", "backed by". */
const LINKING_PARTICIPLES = new Set(['linked', 'allied', 'affiliated', 'aligned', 'associated', 'connected', 'backed']);
/** Prepositions that stop readSubject's walk but may stand inside a speaker's NP. */
const NP_PREPOSITIONS = new Set(['for', 'from', 'with', 'to', 'by']);
/** Relative words that can open a clause inside or before a subject. */
const RELATIVE_WORDS = new Set(['who', 'that', 'which', 'where', 'whom', 'whose']);
/** Clause breaks that are prepositions before an article: "since the morning", "after the blast". */
const TIME_PREPOSITIONS = new Set(['since', 'after', 'before', 'until']);
/** Words readSubject's walk never passes looking for a relative word: clause breaks. */
const CLAUSE_BREAK = new Set(['and', 'but', 'or', 'because', 'while', 'whereas', 'although', 'though', 'if', 'since', 'as', 'when']);

/**
 * How many words of WORD_START/WORD_END[near, count) the subject takes, given that the walk took
 * `taken` and then stopped at a word that cannot be inside an NP. It goes on over:
 * - a coordination of speakers: "Police and medics said", "The UN agency and the Red Crescent said";
 * - a defining relative clause with its own verb: "Rebels who control the town said", "A fisherman
 *   who pulled bodies from the river said", "A nurse at the hospital where the victims were taken
 *   said": the subject is the NP before the relative word with its clause.
 * When the relative word is the speech verb's own ("which the government said was ..."), the subject
 * stays and subjectRelative is set.
 */
function extendSubject(sent: string, near: number, taken: number, count: number): number {
  const stop = near + taken;
  const stopWord = bareLower(sent.slice(WORD_START[stop], WORD_END[stop]));
  if (stopWord === 'and') {
    const left = walkNp(sent, stop + 1, count);
    if (left && left <= 6 && noVerbs(sent, stop + 1, stop + 1 + left) && noVerbs(sent, near, stop)) {
      const leftNp = joinWords(sent, stop + 1, stop + 1 + left);
      const rightNp = joinWords(sent, near, stop);
      if (isConjunct(leftNp) && isConjunct(rightNp)) return taken + 1 + left;
    }
    return taken;
  }
  // "A spokesman for the army said", "Officials from the Red Cross said", "A source close to the
  // army said": a speaker noun before the preposition heads the subject.
  if (NP_PREPOSITIONS.has(stopWord)) {
    // "Jihadists linked to al-Qaeda said", "Militias backed by Iran said": the participle that ties
    // the speaker to what follows is part of its NP.
    if (stop + 2 < count && LINKING_PARTICIPLES.has(sent.slice(WORD_START[stop + 1], WORD_END[stop + 1]))) {
      const left = walkNp(sent, stop + 2, count);
      const leftNp = left && left <= 6 ? joinWords(sent, stop + 2, stop + 2 + left) : '';
      if (leftNp && (hasSourceHead(leftNp) || isUpper(leftNp.codePointAt(0)!)) && !isPronoun(leftNp) && noVerbs(sent, stop + 2, stop + 2 + left)) return taken + 2 + left;
    }
    const left = walkNp(sent, stop + 1, count);
    if (left && left <= 6 && noVerbs(sent, stop + 1, stop + 1 + left)) {
      const leftNp = joinWords(sent, stop + 1, stop + 1 + left);
      if (hasSourceHead(leftNp) && !isPronoun(leftNp)) {
        const more = taken + 1 + left;
        return near + more < count ? extendSubject(sent, near, more, count) : more;
      }
    }
  }
  // The nearest relative word at or beyond the stop, passing prepositions and auxiliaries only.
  let r = stop;
  for (; r < count; r++) {
    // Relative words, clause breaks, pronouns and speech verbs are all STOP or VERB words.
    if (r > stop && !(wordLists(sent, r) & (STOP | VERB))) continue;
    const w = bareLower(sent.slice(WORD_START[r], WORD_END[r]));
    if (RELATIVE_WORDS.has(w)) break;
    // "Farmers who had been in the fields since the morning said": a preposition, no clause break.
    if (TIME_PREPOSITIONS.has(w) && r > near && isArticle(sent, r - 1)) continue;
    if (CLAUSE_BREAK.has(w) || SPEECH_VERB_SET.has(w) || PRONOUNS.has(w)) return taken;
  }
  if (r === count) return taken;
  const rel = bareLower(sent.slice(WORD_START[r], WORD_END[r]));
  // The relative clause has its own verb: its first word is one ("who control"), or, after "where",
  // a finite verb stands in it ("where the victims were taken").
  let ownVerb = false;
  if (rel === 'where') {
    for (let m = near; m < r && !ownVerb; m++) ownVerb = isVerbish(sent.slice(WORD_START[m], WORD_END[m]));
  } else if (rel === 'whose') {
    // "The charity whose clinic was hit said": "whose" and its noun open a clause with a verb of its own.
    ownVerb = r - near >= 2;
  } else if (r > near) {
    const next = sent.slice(WORD_START[r - 1], WORD_END[r - 1]);
    const c = next.charCodeAt(0);
    // A source noun may be the verb when a determiner follows it ("groups that monitor the conflict").
    const beforeDeterminer = r - 2 >= near && DETERMINER_WORD.has(sent.slice(WORD_START[r - 2], WORD_END[r - 2]));
    ownVerb = c >= 97 && c <= 122 && !DETERMINER_WORD.has(next) && !PRONOUNS.has(next) && (beforeDeterminer || !isSourceHead(bareLower(next))) && !NOT_A_VERB_BEFORE_DETERMINER.has(next);
  }
  if (!ownVerb) {
    // (", whose director said": the possessed noun is the speaker, not the relative's antecedent.)
    if (r === stop && rel !== 'whose') subjectRelative = true;
    return taken;
  }
  const left = walkNp(sent, r + 1, count);
  if (!left || !hasSourceHead(joinWords(sent, r + 1, r + 1 + left))) return taken;
  return r + 1 + left - near;
}

/** How many words from index m leftwards an NP takes, by readSubject's walk. */
function walkNp(sent: string, m: number, count: number): number {
  let t = 0;
  for (; m + t < count; t++) {
    if (!(wordLists(sent, m + t) & (STOP | VERB))) continue;
    const word = sent.slice(WORD_START[m + t], WORD_END[m + t]);
    if (SUBJECT_LEFT_STOP.has(bareLower(word)) || SPEECH_VERB_SET.has(word)) break;
  }
  return t;
}

/** Whether none of the words at [from, to) reads as a finite verb ("The army shelled the town and"). */
function noVerbs(sent: string, from: number, to: number): boolean {
  for (let m = from; m < to; m++) if (isVerbish(sent.slice(WORD_START[m], WORD_END[m]))) return false;
  return true;
}

/** A conjunct of a coordinated speaker: a source noun, or a capitalised name. */
function isConjunct(np: string): boolean {
  const s = cleanNp(np);
  return !!s && !isPronoun(s) && looksLikeSource(s);
}

/**
 * The words at WORD_START/WORD_END[near, far) in sentence order, joined by single spaces: a cut of
 * the sentence when one space is all that stands between them.
 */
function joinWords(sent: string, near: number, far: number): string {
  let single = true;
  for (let m = near; m < far - 1 && single; m++) single = WORD_START[m] === WORD_END[m + 1] + 1 && sent.charCodeAt(WORD_END[m + 1]) === 32;
  if (single) return sent.slice(WORD_START[far - 1], WORD_END[near]);
  const words: string[] = [];
  for (let m = far - 1; m >= near; m--) words.push(sent.slice(WORD_START[m], WORD_END[m]));
  return words.join(' ');
}

/** The part of APPOSITIVE_SUBJECT after the name: ", the regional governor, said". */
const APPOSITIVE_REST = String.raw`,\s+(?:who|which|the|a|an|its|his|her|their|citing|quoting|speaking|[a-z]+(?:\s+[a-z]+)?\s+(?:of|for|at))\s[^,]{1,120},\s+(?:[a-z]+ly\s+|also\s+|on\s+\p{Lu}\p{L}+\s+)?(${SPEECH_VERBS})\b`;
const APPOSITIVE_SUBJECT = new RegExp(String.raw`([\p{Lu}][\p{L}\p{N}'’.()\- ]{1,60}?)` + APPOSITIVE_REST, 'gu');
/** Sticky copies: APPOSITIVE_SUBJECT at a name's capital, its rest at the comma after the name. */
const APPOSITIVE_SUBJECT_AT = new RegExp(APPOSITIVE_SUBJECT.source, 'uy');
const APPOSITIVE_REST_AT = new RegExp(APPOSITIVE_REST, 'uy');

/**
 * The next APPOSITIVE_SUBJECT match at or after `from`, as its global scan would find it, which tried
 * every capital with lazy, backtracking Unicode classes. A match's name runs to the first character
 * outside its class, which must be a comma where the rest matches; so at each comma where the rest
 * matches, the match starts at the leftmost capital 2 to 61 code points back with only name
 * characters between. Commas come in order, and so do the names before them.
 */
function execAppositive(sent: string, from: number): RegExpExecArray | null {
  for (let comma = sent.indexOf(',', from + 1); comma >= 0; comma = sent.indexOf(',', comma + 1)) {
    APPOSITIVE_REST_AT.lastIndex = comma;
    if (!APPOSITIVE_REST_AT.test(sent)) continue;
    let start = -1;
    let p = comma;
    for (let n = 1; n <= 61; n++) {
      const cp = codePointBefore(sent, p);
      const size = cp > 0xffff ? 2 : 1;
      if (p - size < from || !isNameChar(cp)) break;
      p -= size;
      if (n >= 2 && isUpper(cp)) start = p;
    }
    if (start < 0) continue;
    APPOSITIVE_SUBJECT_AT.lastIndex = start;
    const m = APPOSITIVE_SUBJECT_AT.exec(sent);
    if (m) return m;
    // Not expected; the scan itself then decides.
    APPOSITIVE_SUBJECT.lastIndex = from;
    return APPOSITIVE_SUBJECT.exec(sent);
  }
  return null;
}

/** [\p{L}\p{N}'’.()\- ]: a character of an appositive's name. */
function isNameChar(cp: number): boolean {
  if (cp < 128) return isLetterOrNumber(cp) || cp === 39 || cp === 46 || cp === 40 || cp === 41 || cp === 45 || cp === 32;
  return cp === 0x2019 || isLetterOrNumber(cp);
}

const UPPER = /\p{Lu}/u;
/** \p{Lu} for one code point. */
function isUpper(cp: number): boolean {
  return cp < 128 ? cp >= 65 && cp <= 90 : UPPER.test(String.fromCodePoint(cp));
}

/** Words that end a subject NP on its left: clause openers and verbs. */
const SUBJECT_LEFT_STOP = new Set(
  ('that which who whom whose while whereas but and or because since although though when after before as if ' +
    'said says told reported according is was are were has have had be been being it he she they we i ' +
    'to by for with from than killed killing died where').split(' '),
);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const NOT_A_SOURCE = /^(?:this|that|these|those|there|which|who|what|officials?\s+also|reports?|media\s+reports?|one|some|others|many|most|both|all)$/i;

let cachedText: string | null = null;
/**
 * findCues' answers for this document by sentence start (a small integer; start * 1e7 + end was a heap
 * number to allocate and hash on every look-up), spans that share a start chained.
 */
interface CueEntry {
  end: number;
  cues: Cue[];
  next: CueEntry | null;
}
let cueCache = new Map<number, CueEntry>();
/** resolveBack's answers for this document, by position and pronoun: many claims ask the same. */
let backCache = new Map<number, Map<string, string | null>>();
/** readBack's paragraphs split into sentences, by start, then end: later look-backs cross them again. */
let paragraphCache = new Map<number, Map<number, Span[]>>();
/** lastTitledName of readBack's sentences (the spans paragraphCache holds). */
let titledCache = new Map<Span, string | null>();
/** hasPersonHead's answers for this document. */
let personCache = new Map<string, boolean>();
/** subjectCue of readBack's sentences. */
let subjectCache = new Map<Span, Cue | null>();
/** lineBreaks of this document. */
let breakCache: number[] | null = null;
/** fitsPronoun's organisation-like cues of this document. */
let orgCache = new Map<Cue, boolean>();
let quoteMarkCache = new Map<number, QuoteMarks>();
/** firstSpeakerAt's answers for this document, by paragraph start. */
let firstSpeakerCache = new Map<number, number>();
/** This document's statement preamble (readPreamble), undefined until read. */
let preambleCache: { end: number; speaker: string } | null | undefined;

/**
 * Starts new per-document caches when a new document comes in. New maps rather than clear(): a
 * cleared map that has reached the old generation leaves its previous table there, still pointing at
 * the last document's young cues, which then survive every scavenge until a full GC (measured: ~20% of
 * what attribution allocated was promoted so, and scavenges took ~10x as long).
 */
function useDocument(text: string): void {
  if (cachedText === text) return;
  cachedText = text;
  cueCache = new Map();
  backCache = new Map();
  paragraphCache = new Map();
  titledCache = new Map();
  subjectCache = new Map();
  personCache = new Map();
  orgCache = new Map();
  quoteMarkCache = new Map();
  firstSpeakerCache = new Map();
  outletCache = new Map();
  cleanNpCache = new Map();
  breakCache = null;
  preambleCache = undefined;
}

/**
 * An editor's note that what follows is someone's statement: "The following is an unofficial
 * translation of a statement issued on Wednesday by the Ministry of Defence", "Below is the full
 * text of a communiqué released by X". Looked for near the top of the document only.
 */
const PREAMBLE =
  /(?:^|\n)(?:The\s+following|Following|Below|Here)\s+is\s+(?:an?\s+|the\s+)?(?:(?:unofficial|official|full|edited|abridged|partial|complete|English)\s+)*(?:text|translation|transcript|version)\s+of\s+(?:(?:the|a|an)\s+(?:full\s+)?text\s+of\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[ée]|press\s+release|declaration|letter|speech|address|bulletin)(?=\s)[^.\n]{0,80}?\sby\s+(?:the\s+)?([\p{Lu}][^,.;\n]{1,100}?)(?=\s+(?:and|on|in|to|at|after|which)\s|\s*[,.;:\n]|$)/u;
/** How far into a document its preamble may stand (characters). */
const PREAMBLE_REACH = 1500;

/**
 * The issuer of the statement the document reproduces, for a position after the preamble that says
 * so, or null: its unattributed sentences and its "we" and "our" are the issuer's.
 */
export function preambleSpeaker(text: string, at: number): string | null {
  useDocument(text);
  if (preambleCache === undefined) {
    const head = text.slice(0, PREAMBLE_REACH);
    const m = head.includes(' is ') ? PREAMBLE.exec(head) : null;
    const speaker = m ? cleanNp(m[1]) : null;
    preambleCache = m && speaker ? { end: m.index + m[0].length, speaker } : null;
  }
  return preambleCache && at > preambleCache.end ? preambleCache.speaker : null;
}

/**
 * Attribution cues in the sentence text[s.start, s.end), in order. Cached per document: claims of
 * one sentence, the sentences after it and pronouns further on all ask about the same sentences.
 */
export function findCues(text: string, s: Span): Cue[] {
  useDocument(text);
  const first = cueCache.get(s.start);
  for (let e: CueEntry | null | undefined = first; e; e = e.next) if (e.end === s.end) return e.cues;
  const cues = readCues(text, s);
  cueCache.set(s.start, { end: s.end, cues, next: first ?? null });
  return cues;
}

/** Titles written with a full stop that does not end a name: "Dr. Ida Renn", "Gen. Vos". */
const TITLE_ABBREVIATIONS = 'Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Sgt|Capt|Maj|Gov|Sen|Rep|St|Supt|Insp|Det|Cpl|Brig';

/*
 * The cue patterns, module-level: matchAll would copy the regex on every call (~0.4 µs), and readCues
 * runs a dozen of them on every sentence. Most are sticky, tried only where the words or marks they
 * start from stand (execAtWords, execCarriedBy, execGivenBy, execInverted, execAppositive), each as the
 * global scan it replaces would find its matches; a global scan tries every position.
 *
 * ACCORDING_TO, CARRIED_BY and CITING have the i and u flags, with which V8 tests \b slowly at every
 * position. So they are sticky, and tried only where their first words stand, found by a regex
 * without the u flag: under Unicode case folding no letter has a case variant outside ASCII but k
 * (U+212A KELVIN SIGN) and s (U+017F LONG S), and none of those words has either.
 */
const ACCORDING_TO = new RegExp(String.raw`\b(?:according to|per)\s+((?:(?:${TITLE_ABBREVIATIONS})\.\s|(?:\p{Lu}\.){2,}|[^,.;:"“”()—–]){2,120}?)(?<!\b(?:${TITLE_ABBREVIATIONS})(?=\.))(?=\s*(?:[,.;:"“”()—–]|--|$|\s+(?:at least|more than|some|about|around|nearly|up to|as many as|\d)))`, 'iuy');
/** Where ACCORDING_TO can match. */
const ACCORDING_TO_WORDS = /according to|\bper\s/gi;

/**
 * The next match of sticky `re` at or after `from`, as a global `re` would find it, for a regex that
 * can only match where global, non-u `words` finds its first words.
 */
function execAtWords(re: RegExp, words: RegExp, sent: string, from: number): RegExpExecArray | null {
  words.lastIndex = from;
  for (let w = words.exec(sent); w; w = words.exec(sent)) {
    re.lastIndex = w.index;
    const m = re.exec(sent);
    if (m) return m;
  }
  return null;
}

const QUOTED_AS_SAYING = /\b([\p{Lu}][\p{L}\s'’.-]{1,60}?)\s+(?:quoted|cited)\s+(.{2,80}?)\s+as\s+saying/gu;
const CARRIED_BY = /\b(?:as\s+)?(?:quoted|cited|carried)(?:\s+as\s+saying)?\s+by\s+((?:the\s+)?[^,.;:"“”]{2,60}?)(?=\s*(?:[,.;:"“”]|$)|\s+(?:that|said|says|told|reported|added|claimed|stated|estimated)\b)/iuy;
/**
 * CARRIED_BY's verb and "by" without the u flag, which with i makes V8 test \b slowly at every
 * position. Matches wherever CARRIED_BY can: none of its letters has a Unicode case variant.
 */
const CARRIED_BY_WORDS = /(?:quoted|cited|carried)(?:\s+as\s+saying)?\s+by/gi;

/**
 * The next CARRIED_BY match at or after `from`, as a global scan would find it. It starts at its verb
 * or at the "as" before it (which may be "aſ"), so both are tried at each verb, the "as" first.
 */
function execCarriedBy(sent: string, from: number): RegExpExecArray | null {
  CARRIED_BY_WORDS.lastIndex = from;
  for (let w = CARRIED_BY_WORDS.exec(sent); w; w = CARRIED_BY_WORDS.exec(sent)) {
    let q = w.index;
    while (q > 0 && isSpace(sent.charCodeAt(q - 1))) q--;
    if (q < w.index && q - 2 >= from) {
      CARRIED_BY.lastIndex = q - 2;
      const m = CARRIED_BY.exec(sent);
      if (m) return m;
    }
    CARRIED_BY.lastIndex = w.index;
    const m = CARRIED_BY.exec(sent);
    if (m) return m;
  }
  return null;
}

/** Sticky: tried at the verb before each "by" (execGivenBy) rather than at every position. */
const GIVEN_BY = /\b(?:mentioned|reported|announced|estimated|confirmed|given|released|published|provided|documented|recorded|compiled|declared|pronounced)(?:\s+(?:dead|missing|injured|wounded))?\s+by\s+((?:the\s+)?[\p{Lu}][^,.;:"“”]{1,80}?|(?:(?:the|a|an)\s+)?[a-z][^,.;:"“”]{1,80}?)(?=\s*(?:[.;:"“”,]|$)|\s+(?:was|were|is|are|stood|stands|rose|reached)\b)/uy;
const GIVEN_BY_VERBS = new Set('mentioned reported announced estimated confirmed given released published provided documented recorded compiled declared pronounced'.split(' '));
const STATE_BEFORE_BY = new Set(['dead', 'missing', 'injured', 'wounded']);

/**
 * The next GIVEN_BY match at or after `from`, as a global scan would find it: its verb is the whole
 * run of a-z before the white space before a "by" between white space, with \b before it.
 */
function execGivenBy(sent: string, from: number): RegExpExecArray | null {
  for (let b = sent.indexOf('by', from); b >= 0; b = sent.indexOf('by', b + 1)) {
    if (!isSpace(sent.charCodeAt(b - 1)) || !isSpace(sent.charCodeAt(b + 2))) continue;
    let q = b - 1;
    while (q > 0 && isSpace(sent.charCodeAt(q - 1))) q--;
    let w = q;
    for (let c = sent.charCodeAt(w - 1); c >= 97 && c <= 122; c = sent.charCodeAt(--w - 1));
    // "confirmed dead by the coroner": the state between the verb and "by" (not "killed by").
    if (STATE_BEFORE_BY.has(sent.slice(w, q)) && isSpace(sent.charCodeAt(w - 1))) {
      q = w - 1;
      while (q > 0 && isSpace(sent.charCodeAt(q - 1))) q--;
      w = q;
      for (let c = sent.charCodeAt(w - 1); c >= 97 && c <= 122; c = sent.charCodeAt(--w - 1));
    }
    if (w < from || q - w < 5 || isAsciiWordChar(sent.charCodeAt(w - 1)) || !GIVEN_BY_VERBS.has(sent.slice(w, q))) continue;
    GIVEN_BY.lastIndex = w;
    const m = GIVEN_BY.exec(sent);
    if (m) return m;
  }
  return null;
}

const CITED_DOCUMENT = /^(?:(?:his|her|its|their|the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:records?|data|documents?|statistics|figures|reports?|registers?|files|tallies|lists?|certificates?|footage|images|videos?|photos?|photographs?|evidence|testimon(?:y|ies)|accounts?|records)(?:$|\s+(?:[a-z]+ed|shown|seen|given|from|of|by|at|in|kept|held)\b)/i;
const CITING = /\b(?:citing|quoting)\s+((?:(?:\p{Lu}\.){2,}|[^,.;:"“”]){2,80}?)(?=\s*(?:[,.;:"“”]|$))/iuy;
const CITING_WORDS = /citing|quoting/gi;
const OWNER_FIRST = /^(?:his|her|its|their|our|my)\b/i;
const NAME_FIRST = /^(?:the\s+)?[\p{Lu}]/u;

/**
 * What stands before APPOSITIVE_SUBJECT's verb when an adverb does: ", reportedly said", ", also said",
 * ", on Monday said". Sticky at the verb: the lookbehind reads back from it.
 */
const APPOSITIVE_ADVERB_BEFORE = /(?<=,\s+(?:[a-z]+ly\s+|also\s+|on\s+\p{Lu}\p{L}+\s+))/uy;

/**
 * Whether APPOSITIVE_SUBJECT's end is in the sentence: a comma, an optional adverb, the verb (as
 * /,\s+(?:[a-z]+ly\s+|also\s+|on\s+\p{Lu}\p{L}+\s+)?(?:SPEECH_VERBS)\b/u would find it); it rules out
 * most sentences that pass APPOSITIVE_GATE. The verb, behind white space and before no a-z, is one of
 * scanVerbs' candidates; the characters before it say whether a comma or an adverb can stand there.
 */
function hasAppositiveVerb(sent: string): boolean {
  const n = scanVerbs(sent);
  for (let v = 0; v < n; v++) {
    const at = VERB_AT[v];
    const after = sent.charCodeAt(VERB_END[v]); // \b: no [A-Za-z0-9_]
    if ((after >= 65 && after <= 90) || (after >= 48 && after <= 57) || after === 95) continue;
    let q = at;
    while (q > 0 && isSpace(sent.charCodeAt(q - 1))) q--;
    if (q === at || q === 0) continue;
    const before = sent.charCodeAt(q - 1);
    if (before === 44) return true;
    // The adverb is the word [w, q): it ends in "ly", is "also", or is a capitalised word after "on".
    let w = q - 1;
    while (w > 0 && !isSpace(sent.charCodeAt(w - 1))) w--;
    const first = sent.charCodeAt(w);
    if (!((before === 121 && sent.charCodeAt(q - 2) === 108) || (before === 111 && q - w === 4) || !(first >= 97 && first <= 122))) continue;
    APPOSITIVE_ADVERB_BEFORE.lastIndex = at;
    if (APPOSITIVE_ADVERB_BEFORE.test(sent)) return true;
  }
  return false;
}

const APPOSITIVE_GATE = /,\s(?:who|which|the|a|an|its|his|her|their|citing|quoting|speaking|[a-z]+(?:\s+[a-z]+)?\s+(?:of|for|at))\s[^,]{1,120},/;

/** Sticky: tried at the comma or closing quote before each of its words (execInverted). */
const INVERTED = new RegExp(String.raw`[,”"]\s*(?:said|says|say|according to|reported|added|told\s+(?!(?:the|a|an)\s)\w+|announced|wrote|stated|noted|confirmed|explained|declared|claimed|insisted|warned)\s+((?:the\s+)?[\p{Lu}](?:[^,.;:"“”]|(?<=\b(?:${TITLE_ABBREVIATIONS}))\.){1,80}?|(?:the|a|an|its|his|her|their)\s+[a-z][^,.;:"“”]{1,120}?|[a-z][^,.;:"“”\s]{1,30})(?<!\b(?:${TITLE_ABBREVIATIONS}))(?=\s*(?:[,.;:"“”]|$))`, 'uy');
/**
 * The next INVERTED match at or after `from`, as a global scan would find it. Its words stand behind
 * the mark and white space: said, says, reported, added and told among scanVerbs' candidates (no
 * letter before them, white space after), and "according to"; each is tried from the mark before it.
 */
function execInverted(sent: string, from: number): RegExpExecArray | null {
  const n = scanVerbs(sent);
  let according = sent.indexOf('according to', from);
  for (let v = 0; ; ) {
    const verbAt = v < n ? VERB_AT[v] : Infinity;
    let word: number;
    if (according >= 0 && according < verbAt) {
      word = according;
      according = sent.indexOf('according to', according + 1);
    } else if (v < n) {
      word = verbAt;
      const len = VERB_END[v++] - verbAt;
      const c = sent.charCodeAt(verbAt); // said says told, and INVERTED_VERBS
      // ("say" too: "..., say police.")
      if (word <= from || !(len === 3 ? sent.startsWith('say', verbAt) : len === 4 ? (c === 115 && sent.charCodeAt(verbAt + 1) === 97) || sent.startsWith('told', verbAt) : len >= 5 && INVERTED_VERBS.has(sent.slice(verbAt, verbAt + len)))) continue;
    } else {
      return null;
    }
    let mark = word;
    while (mark > 0 && isSpace(sent.charCodeAt(mark - 1))) mark--;
    mark--;
    const c = sent.charCodeAt(mark);
    if (mark < from || (c !== 44 && c !== 0x201d && c !== 34)) continue;
    INVERTED.lastIndex = mark;
    const m = INVERTED.exec(sent);
    if (m) return m;
  }
}

/** INVERTED's verbs of five letters or more: "..., announced the city council." */
const INVERTED_VERBS = new Set(['reported', 'added', 'announced', 'wrote', 'stated', 'noted', 'confirmed', 'explained', 'declared', 'claimed', 'insisted', 'warned']);

const HEADLINE = /^([\p{Lu}][\p{L}'’ -]{2,60}):\s/u;
/** A live-blog entry's time and dash before its headline: "09:40 — ", "9.40am - ", "14:05 GMT – ". */
const LIVE_STAMP = /^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|EST))?\s*[—–-]\s+/i;
/**
 * HEADLINE's colon is the sentence's first (its label allows none) and comes after at most 61
 * characters: 122 UTF-16 units if every letter were astral.
 */
const HEADLINE_MAX_COLON = 2 * 61;
/** The object of "told": sticky, tried at the verb's end. */
const TOLD_OBJECT = /\s+(the\s+(?:news\s+agency|agency|broadcaster|newspaper|paper|channel|station|daily)(?=[\s,.;:]|$)|(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,3}(?:\s+(?:news\s+agency|newspaper|daily|broadcaster|television|TV|radio))?|(?:the\s+)?(?:state|local|national|public|regional|independent)\s+(?:news\s+)?(?:agency|media|television|TV|radio|broadcaster|website|site|newspaper|channel|outlet)(?:\s+station)?(?:\s+[\p{Lu}][\p{L}\p{N}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,2})?))/uy;

function readCues(text: string, s: Span): Cue[] {
  const sent = text.slice(s.start, s.end);
  const cues: Cue[] = [];
  // Set.clear() allocates a new table even for an empty set, and most sentences add no entry.
  if (appositiveCues.size) appositiveCues.clear();
  // The order of the readers is the order of `cues` before its stable sort: keep it.
  readAccordingTo(sent, s.start, cues);
  readQuotedBy(sent, s.start, cues);
  readSpeechVerbs(sent, s.start, cues);
  readAppositives(sent, s.start, cues);
  readParticiples(sent, s.start, cues);
  readInverted(sent, s.start, cues);
  readHeadline(sent, s.start, cues);
  readPossessiveCount(sent, s.start, cues);
  if (sent.includes('its ') || sent.includes('their ')) readOwnCount(sent, s.start, cues);
  readSpokeTo(sent, s.start, cues);
  if (sent.includes('(')) readBracketSource(sent, s.start, cues);
  if (sent.includes('ed by ') || sent.includes('ed at ') || sent.includes('ed about ') || sent.includes('ed over ')) readConcern(sent, s.start, cues);

  // Whether each cue's source is a pronoun, set here once the readers are done with the sources.
  for (const c of cues) c.pronoun = !!c.source && isPronoun(c.source);
  // Stable: a list already in order (most are) stays as it is.
  for (let i = 1; i < cues.length; i++) {
    if (cues[i].at < cues[i - 1].at) {
      cues.sort((a, b) => a.at - b.at);
      break;
    }
  }
  return cues;
}

/** "The UN is appalled by reports that ...": an organisation's statement of its dismay relays them. */
const CONCERN = /\s(?:is|are|was|were)\s+(?:(?:deeply|gravely|extremely|very|profoundly)\s+)?(?:appalled|alarmed|concerned|shocked|saddened|horrified|outraged|dismayed|distressed|troubled)\s+(?:by|at|about|over)\s/g;

/** CONCERN after a named organisation: "The United Nations in Myanmar is appalled by reports that ...". */
function readConcern(sent: string, at: number, cues: Cue[]): void {
  CONCERN.lastIndex = 0;
  for (let m = CONCERN.exec(sent); m; m = CONCERN.exec(sent)) {
    const found = readSubject(sent, m.index + 1);
    // A named body speaks so in its own statements; "Residents were shocked by ..." is narrative.
    if (found && !found.relative && !isPronoun(found.subject) && hasUpper(found.subject.slice(1))) {
      cues.push({ at: at + m.index + 1, from: at + found.from, source: found.subject, via: null });
    }
  }
}

/** "Speaking to CNN, ...", "in comments to Reuters": the outlet a speaker talked to carries the words. */
// (The name ends before a phrase of its own: "speaking to AFP on condition of anonymity".)
const SPOKE_TO = /\b(?:(?:speaking|talking)\s+to|in\s+(?:comments|remarks|an\s+interview|a\s+statement)\s+(?:to|with))\s+((?:the\s+)?[\p{Lu}][^,.;:"“”]{1,40}?)(?=\s*[,.;:"“”]|\s+(?:on|by|in|at|from|after|about|over)\s)/giu;

function readSpokeTo(sent: string, at: number, cues: Cue[]): void {
  if (!sent.includes(' to ') && !sent.includes(' with ')) return;
  if (!sent.includes('peaking') && !sent.includes('alking') && !sent.includes(' comments') && !sent.includes(' remarks') && !sent.includes('nterview') && !sent.includes('tatement to')) return;
  SPOKE_TO.lastIndex = 0;
  for (let m = SPOKE_TO.exec(sent); m; m = SPOKE_TO.exec(sent)) {
    const via = cleanNp(m[1]);
    if (via && (AGENCY.test(via) || isOutlet(via))) cues.push({ at: at + m.index, source: null, via });
  }
}

/** "Deaths: 41 (health ministry)": a speaker in brackets right after a number (not a dateline's "(Wire) -"). */
const BRACKET_SOURCE = /\d\s*\(([^()]{2,40})\)(?!\s*[-–—:])/g;

function readBracketSource(sent: string, at: number, cues: Cue[]): void {
  BRACKET_SOURCE.lastIndex = 0;
  for (let m = BRACKET_SOURCE.exec(sent); m; m = BRACKET_SOURCE.exec(sent)) {
    const src = m[1].trim();
    if (TRAILING_SPEAKER.test(src) && (hasSourceHead(src) || AGENCY.test(src))) cues.push({ at: at + m.index + m[0].indexOf('('), source: src, via: null, backward: true });
  }
}

/** "according to X": X up to the next comma/clause end. */
function readAccordingTo(sent: string, at: number, cues: Cue[]): void {
  // "per the health ministry" too, the American wire form.
  if (!sent.includes('ccording to') && !sent.includes('per ') && !sent.includes('Per ')) return;
  for (let m = execAtWords(ACCORDING_TO, ACCORDING_TO_WORDS, sent, 0); m; m = execAtWords(ACCORDING_TO, ACCORDING_TO_WORDS, sent, m.index + m[0].length)) {
    // "according to figures released late on Sunday by the health ministry": the agent speaks.
    const agent = m[1].includes(' by ') ? DOCUMENT_BY.exec(m[1]) : null;
    // "according to local medics was a misfire": the NP ends at the finite verb after it.
    const np = agent ? agent[1] : m[1];
    const verb = np.includes(' ') ? FINITE_AFTER_NP.exec(np) : null;
    const x = cleanNp(verb ? np.slice(0, verb.index) : np);
    if (!x) continue;
    // "According to her": the speaker named before, resolved like "she said".
    const subject = OBJECT_PRONOUNS.get(x.toLowerCase());
    if (subject) {
      cues.push({ at: at + m.index, source: subject, via: null, backward: true });
      continue;
    }
    if (isOutlet(x)) cues.push({ at: at + m.index, source: null, via: x });
    // "according to data compiled by the opposition": whoever compiled or released it is the
    // source, named by any NP (not a pronoun, a number or a time: "updated by midday").
    else if (looksLikeSource(x) || (agent && !isPronoun(x) && !BY_TIME_START.test(x))) {
      // "according to Frontier Watch, an independent group that ...": "the group" and "it" fit it.
      const org = APPOSED_ORG.test(sent.slice(m.index + m[0].length, m.index + m[0].length + 90)) || undefined;
      cues.push({ at: at + m.index, source: x, via: null, backward: true, org });
    }
  }
}

/** An appositive right after a name that calls it an organisation: ", an independent group that ...". */
const APPOSED_ORG = /^\s*,\s+(?:an?|the)\s+[^,;.]{0,60}?\b(?:group|organi[sz]ation|monitor|network|agency|body|coalition|charity|NGO|alliance|movement|committee|commission|observatory|watchdog|project|initiative)\b/i;

const WITHOUT_BEFORE = /(?:without|not)\s+$/i;
/** A finite verb ending an NP read too far: "local medics | was a misfire". */
const FINITE_AFTER_NP = /(?<!\b(?:who|that|which))\s(?:was|were|is|are|has|have|had|will|would)\s/;

/** A document and who put it out: "figures released on Sunday by X", "a count kept by X". */
const DOCUMENT_BY = /^(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+){0,2}?(?:figures|data|statistics|numbers|tally|count|report|estimates?|records?|toll|statement|bulletin|update)\s+(?:[a-z]+ed|given|issued|kept|put\s+out|drawn\s+up)\b[^,]*?\sby\s+(.+)$/i;

/** A Map, not an object literal: "according to constructor" must find nothing, not Object's constructor. */
const OBJECT_PRONOUNS = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);

/**
 * sent.includes(' ' + word): searched for from the word's first letter, which stops the search far
 * less often than a space does (~6x faster on the corpus).
 */
function hasAfterSpace(sent: string, word: string): boolean {
  for (let i = sent.indexOf(word, 1); i >= 0; i = sent.indexOf(word, i + 1)) if (sent.charCodeAt(i - 1) === 32) return true;
  return false;
}

/** "claims by activists that ...": who made the claim that follows. Sticky, tried at each "by". */
const CLAIM_BY = /(?:claims?|reports?|allegations?|accounts?|assertions?|estimates?|statements?|announcements?)\s+by\s+((?:the\s+)?[^,.;:"“”]{2,60}?)(?:\s+(?:on|late\s+on|early\s+on)\s+[A-Z][a-z]+day)?\s+that\b/y;

/** "X quoted Y as saying", "as quoted by X", "carried by X", "estimated by X", "citing X". */
function readQuotedBy(sent: string, at: number, cues: Cue[]): void {
  // QUOTED_AS_SAYING needs both words.
  if ((hasAfterSpace(sent, 'quoted ') || hasAfterSpace(sent, 'cited ')) && sent.includes('saying')) {
    QUOTED_AS_SAYING.lastIndex = 0;
    for (let m = QUOTED_AS_SAYING.exec(sent); m; m = QUOTED_AS_SAYING.exec(sent)) {
      cues.push({ at: at + m.index, source: cleanNp(m[2]), via: cleanNp(m[1]) });
    }
  }
  const hasBy = hasAfterSpace(sent, 'by ');
  if (hasBy) {
    for (let m = execCarriedBy(sent, 0); m; m = execCarriedBy(sent, m.index + m[0].length)) {
      const via = cleanNp(m[1]);
      if (via) cues.push({ at: at + m.index, source: null, via });
    }
  }
  if (hasBy) {
    // "rejected claims by activists that its fighters killed 20": the activists' figure.
    for (let b = sent.indexOf(' by ', 1); b >= 0; b = sent.indexOf(' by ', b + 4)) {
      let w = b;
      while (w > 0 && isLowerAscii(sent.charCodeAt(w - 1))) w--;
      CLAIM_BY.lastIndex = w;
      const m = CLAIM_BY.exec(sent);
      const src = m ? cleanNp(m[1]) : null;
      if (m && src && looksLikeSource(src) && !isPronoun(src)) cues.push({ at: at + m.index + m[0].length - 4, source: src, via: null });
    }
    for (let m = execGivenBy(sent, 0); m; m = execGivenBy(sent, m.index + m[0].length)) {
      // A lower-case agent must read as a speaker: "reported by the health ministry".
      if (isLowerAscii(m[1].charCodeAt(0)) && !isSpeakerPhrase(m[1])) continue;
      const src = cleanNp(m[1]);
      if (src) cues.push({ at: at + m.index, source: src, via: null, backward: true });
    }
  }
  if (sent.includes('iting') || sent.includes('uoting')) {
    for (let m = execAtWords(CITING, CITING_WORDS, sent, 0); m; m = execAtWords(CITING, CITING_WORDS, sent, m.index + m[0].length)) {
      // "without citing sources": no one is cited.
      if (WITHOUT_BEFORE.test(sent.slice(Math.max(0, m.index - 9), m.index))) continue;
      const src = cleanNp(m[1]);
      // "citing hospital records": a document backs the speaker, it does not speak.
      if (src && !CITED_DOCUMENT.test(src) && !OWNER_FIRST.test(src) && (hasSourceHead(src) || NAME_FIRST.test(src))) cues.push({ at: at + m.index, source: src, via: null, cited: true });
    }
  }
}

/**
 * What may follow a speech verb that closes its sentence: "said.", "said on Friday.", "said in a
 * statement." Sticky: tried at the verb's end without cutting the rest of the sentence out.
 */
const SENTENCE_CLOSE = /(?:\s+(?:on|late on|early on)\s+\w+|\s+in\s+a\s+statement|\s+(?:today|yesterday|later|earlier))?\s*[.!?]?["”’]?\s*$/y;

/** A verb that takes another through "to": "continues to deny", "refused to confirm". */
const CATENATIVE_BEFORE = /(?:^|\s)(?:continues?|continued|refused?|refuses|declined?|declines|appears?|appeared|seems?|seemed|tried|tries|wants?|wanted|sought|seeks?|went\s+on|goes\s+on)\s+to\s+$/;

/** The subject of "X continues to deny": X, read before the catenative verb. */
function catenativeSubject(sent: string, verbAt: number): { subject: string; from: number; relative: boolean } | null {
  if (verbAt < 6 || sent.charCodeAt(verbAt - 2) !== 111 || sent.charCodeAt(verbAt - 3) !== 116) return null; // "to "
  const m = CATENATIVE_BEFORE.exec(sent.slice(Math.max(0, verbAt - 20), verbAt));
  if (!m) return null;
  const found = readSubject(sent, verbAt - m[0].length + (m[0].charCodeAt(0) <= 32 ? 1 : 0));
  return found && !found.relative ? found : null;
}

/**
 * The subject of a second verb phrase: "Officials gave no figure for the wounded but said 11 died",
 * "Rescuers searched the rubble and said ...": the sentence's opening subject.
 */
function coordinatedSubject(sent: string, verbAt: number): { subject: string; from: number; relative: boolean } | null {
  let q = verbAt;
  while (q > 0 && isSpace(sent.charCodeAt(q - 1))) q--;
  let w = q;
  while (w > 0 && isLowerAscii(sent.charCodeAt(w - 1))) w--;
  const word = sent.slice(w, q);
  if (word !== 'and' && word !== 'but' || (w > 0 && !isSpace(sent.charCodeAt(w - 1)))) return null;
  const subject = initialSubject(sent.slice(0, w));
  return subject && !isPronoun(subject) && !QUANTITY_FIRST.test(subject) ? { subject, from: sent.indexOf(subject), relative: false } : null;
}

/** "Residents of the village, who said 9 were killed, fled": the NP before ", who". */
function whoSubject(sent: string, verbAt: number): { subject: string; from: number; relative: boolean } | null {
  const m = COMMA_WHO.exec(sent.slice(Math.max(0, verbAt - COMMA_WHO_REACH), verbAt));
  if (!m) return null;
  const found = readSubject(sent, verbAt - m[0].length);
  if (!found || found.relative || isPronoun(found.subject)) return null;
  // "contradicting union leaders, who said ...": the participle before the NP is no part of it.
  const ing = LEADING_PARTICIPLE.exec(found.subject);
  return ing ? { ...found, subject: found.subject.slice(ing[0].length), from: found.from + ing[0].length } : found;
}
const LEADING_PARTICIPLE = /^[a-z]+ing\s+/;
/** ", who", and ", which" after an organisation ("The port authority, which still says ..."). */
const COMMA_WHO = /,\s*(?:who|which)\s+(?:(?:still|also|now|has|have|had|later|earlier|previously|initially|first)\s+)*$/;
/** How far before its verb COMMA_WHO is looked for: ", which has also ". */
const COMMA_WHO_REACH = 30;

const AS_SAYING = /^\s+as\s+(?:saying|telling)\b/;
/** Where "was"/"were"/"is"/"are" stands right before the verb at `verbAt`; -1 for none. */
function passiveAuxiliary(sent: string, verbAt: number): number {
  let j = verbAt;
  while (j > 0 && isSpace(sent.charCodeAt(j - 1))) j--;
  let i = j;
  while (i > 0 && isLowerAscii(sent.charCodeAt(i - 1))) i--;
  const word = sent.slice(i, j);
  return word === 'was' || word === 'were' || word === 'is' || word === 'are' ? i : -1;
}

/**
 * A casualty state right after a verb, ending its phrase: the verb is a participle ("people
 * confirmed dead after ...", "reported missing since"), not "confirmed dead soldiers' names".
 */
const STATE_AFTER_PARTICIPLE =
  /^\s+(?:as\s+)?(?:dead|killed|missing|injured|wounded|hurt|drowned|deceased)(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|in|on|at|after|from|by|since|when|while|following|during|so|to|with|near|off|across|over|inside|among|was|were|is|are|has|have|had|remain|remained)\b)/;
/**
 * A time that "by" opens, where a passive's agent would stand: "said by Tuesday evening", "updated
 * by midday", "compiled by the end of the day" (a deadline, not who said or compiled it).
 */
const BY_TIME =
  String.raw`(?:(?:late|early|mid|then|now|today|tonight|yesterday|noon|midday|midnight|dawn|dusk|nightfall|daybreak|morning|afternoon|evening|night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b|the\s+(?:end|time|start|close|middle|evening|morning|afternoon|weekend|night)\b|\d)`;
const BY_TIME_START = new RegExp(`^${BY_TIME}`, 'i');

/**
 * A passive's agent right after the verb ("the figure put forward by the owner", "a toll confirmed
 * by police"): the words before the verb are what was said, the agent after "by" said it. Not a
 * manner of speaking ("said by telephone").
 */
// (And a passive that raises its subject: "36 civilians reported to have been in the area".)
const BY_AGENT_AFTER = new RegExp(
  String.raw`^\s+(?:(?:forward|out|up|down|again|only|first|later)\s+)?by\s+(?!(?:tele)?phone|e-?mail|text|video|radio\b|satellite|${BY_TIME})`,
);
/** "to have", "to be" after a verb that raises in the passive only ("reported to have been"; not "claimed to have killed"). */
const RAISED_AFTER = /^\s+to\s+(?:have|be)\s/;
const RAISING_VERBS = new Set(['reported', 'said', 'believed', 'estimated', 'listed', 'confirmed']);

/** "X said", "X told AFP", "X reported", with X the subject NP. */
function readSpeechVerbs(sent: string, at: number, cues: Cue[]): void {
  const n = scanVerbs(sent);
  for (let v = 0; v < n; v++) {
    const verbAt = VERB_AT[v];
    if (!isSpeechVerb(sent, verbAt, VERB_END[v])) continue;
    const verb = sent.slice(verbAt, VERB_END[v]);
    // "the number of people confirmed killed", "19 people confirmed dead and six listed missing": a
    // participle saying what became of the people before it, not a speaker's verb.
    const afterVerb = sent.slice(VERB_END[v], VERB_END[v] + 40);
    if (STATE_AFTER_PARTICIPLE.test(afterVerb) || BY_AGENT_AFTER.test(afterVerb) || (RAISING_VERBS.has(verb) && RAISED_AFTER.test(afterVerb))) continue;
    // "X quoted Y as saying" and "X cited Y": X carries, Y speaks (readQuotedBy reads both).
    if (verb === 'quoted' || verb === 'cited') {
      // "A police spokesman was quoted as saying ...": the subject before the auxiliary speaks.
      const aux = passiveAuxiliary(sent, verbAt);
      if (aux >= 0 && AS_SAYING.test(sent.slice(VERB_END[v], VERB_END[v] + 16))) {
        const found = readSubject(sent, aux);
        if (found && !found.relative) cues.push({ at: at + verbAt, from: at + found.from, source: found.subject, via: null, verb });
      }
      continue;
    }
    // "A resident reached by telephone said", "A doctor contacted by AFP said": the subject stands
    // before the participle, and the outlet that reached it carries its words.
    const reached = reachedBy(sent, verbAt);
    // readSubject's cleanNp has already turned away what NOT_A_SOURCE names.
    let found = readSubject(sent, reached ? reached.at : verbAt);
    const appositive = !found;
    let coordinated: ReturnType<typeof coordinatedSubject> = null;
    found ??= appositiveSubject(sent, verbAt) ?? catenativeSubject(sent, verbAt) ?? (coordinated = coordinatedSubject(sent, verbAt)) ?? whoSubject(sent, verbAt);
    if (!found) continue;
    let subject = found.subject;
    // "X, the Y Network, puts ... and says ...": the second verb's subject as the first verb read it.
    if (coordinated && found === coordinated) {
      for (let c = cues.length - 1; c >= 0; c--) {
        if (cues[c].from === at + found.from && cues[c].source) {
          subject = cues[c].source!;
          break;
        }
      }
    }
    let carrier: string | null = reached && reached.by && isOutlet(reached.by) ? reached.by : null;
    // "Officials quoted by the Hindustan Times said": the NP before "quoted by" speaks.
    if (sent.lastIndexOf(' by ', verbAt) > 0) {
      const s0 = sent.lastIndexOf(subject, verbAt);
      const q = s0 > 0 ? QUOTED_BY_BEFORE.exec(sent.slice(Math.max(0, s0 - 16), s0)) : null;
      const outer = q ? readSubject(sent, s0 - q[0].length + q[0].search(/\S/)) : null;
      if (outer && !outer.relative && isOutlet(subject)) {
        carrier = subject;
        found = outer;
        subject = outer.subject;
      }
    }
    // "A blogger with more than 500,000 followers wrote": a subject cut at a number is the end of a
    // longer NP; only a head the lexicon lists ("30 doctors said") stands alone there.
    if (found.from > 1 && isDigit(sent.charCodeAt(found.from - 2)) && !hasSourceHead(subject)) continue;
    // "Videos show 12 bodies": what shows must be a count or a record ("UN figures show"), not any
    // capitalised first word.
    if (verb.charCodeAt(0) === 115 && verb.startsWith('show') && (!hasSourceHead(subject) || SHOWN_THING.test(sent.slice(VERB_END[v], VERB_END[v] + 16)))) continue;
    // "70 times the official estimate": after a singular subject the base form is a noun.
    if (verb === 'estimate' && !PLURAL_END.test(headNoun(subject.split(/\s+/))) && !/^(?:we|they|i)$/i.test(subject) && !/['’]s$/.test(subject)) continue;
    const nounVerb = NOUN_VERBS.has(verb) || verb === 'claim' || verb === 'estimate';
    // "denied Ostrenian claims that 40 ...", "rejected a union's claim that 23 ...": a claim that is
    // the object of a denial is the denier's to reject (a denied figure keeps the denier), and "a
    // United Nations report that said ...", "an army claim that ...": after "a" the word is a noun.
    if (nounVerb && REJECTED_BEFORE.test(sent.slice(Math.max(0, found.from - 40), found.from))) continue;
    // "in Orvel, Tamsk and Liri states": a verb in -s does not agree with a coordinated subject,
    // so the word is the plural noun of a list ("provinces", "states"), not a verb.
    // (The subject reader may stop at the "and": "Harran and | Dosk states".)
    if (NOUN_VERBS.has(verb) && ((COORDINATED.test(subject) && !COORDINATED_NAME.test(subject)) || CONJUNCT_BEFORE.test(sent.slice(Math.max(0, found.from - 6), found.from)))) continue;
    if ((verb === 'claim' || verb === 'estimate' || verb === 'report') && INDEFINITE.test(subject)) continue;
    // "Israel's claim that 30 ...": the owner of a claim, report or estimate makes it.
    if (nounVerb) {
      const e = subject.length - 2;
      if (e > 0 && subject.charCodeAt(e + 1) === 115 && (subject.charCodeAt(e) === 39 || subject.charCodeAt(e) === 0x2019)) subject = subject.slice(0, e);
    }
    // "Our field teams report that ...": the base form only after a plural subject ("The UN report").
    if (verb === 'report' && !PLURAL_END.test(headNoun(subject.split(/\s+/))) && !/^(?:we|they|i)$/i.test(subject)) continue;
    // "deaths from official reports": a plural noun after its preposition, not "officials report".
    // (found.from can point at a later "the" of the subject: the subject's own place is looked up.)
    if (NOUN_VERBS.has(verb)) {
      // "Initial reports said": a noun, since a verb follows it.
      if (VERB_NEXT.test(sent.slice(VERB_END[v], VERB_END[v] + 12))) continue;
      const s0 = sent.lastIndexOf(subject, verbAt);
      if (s0 >= 0 && PREPOSITION_BEFORE.test(sent.slice(Math.max(0, s0 - 8), s0))) continue;
    }
    const verbEnd = verbAt + verb.length;
    let via: string | null = carrier;
    if (verb === 'told' || verb === 'tells') {
      TOLD_OBJECT.lastIndex = verbEnd;
      const obj = TOLD_OBJECT.exec(sent);
      // "told Reuters." ends the sentence: its point is not the name's.
      const object = obj ? obj[1].replace(/\.$/, '') : '';
      // "told the agency": the outlet named before (attribute resolves it).
      if (object && (AGENCY.test(object) || isOutlet(object) || OUTLET_DESCRIPTION.test(object))) via = cleanNp(object);
    }
    const from = at + found.from;
    // "..., the mine's owner said." closing the sentence reports all of it.
    SENTENCE_CLOSE.lastIndex = verbEnd;
    const closing = SENTENCE_CLOSE.test(sent);
    const cue: Cue = { at: at + verbAt, from, source: subject, via, verb, backward: closing, relative: found.relative || undefined };
    // "Rescuers have found 30 bodies, the service reported": who found or saw them is a speaker only
    // when no one else in the sentence reports it.
    // (Not the writer's own "we believe", "I counted": the statement's own voice.)
    if (PERCEPTION_VERBS.has(verb) && !(subject.length <= 2 && /^(?:we|i)$/i.test(subject))) cue.weak = true;
    // A parenthetical ", who said ...," reports only up to its closing comma.
    if (COMMA_WHO.test(sent.slice(Math.max(0, verbAt - COMMA_WHO_REACH), verbAt))) {
      const close = sent.indexOf(',', verbEnd);
      if (close > 0) cue.until = at + close;
    }
    if (appositive) appositiveCues.add(cue);
    cues.push(cue);
  }
}

/** A participle between a speaker and its verb: "reached by telephone", "contacted by AFP". */
const REACHED_BY = /\s(?:reached|contacted|interviewed|questioned|approached)\s+(?:by\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone|by\s+((?:the\s+)?[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,3}))\s*$/u;

/** REACHED_BY before the verb at `verbAt`: where the participle starts, and the outlet named. */
function reachedBy(sent: string, verbAt: number): { at: number; by: string | null } | null {
  // Within the 50 characters before the verb only: a run-on sentence's rest is not scanned per verb.
  const from = Math.max(0, verbAt - 50);
  const before = sent.slice(from, verbAt);
  if (!before.includes(' by ') && !before.includes('phone')) return null;
  const m = REACHED_BY.exec(before);
  return m ? { at: from + m.index, by: m[1] ?? null } : null;
}

/** Before a subject: the participle that makes it a carrier ("Officials quoted by | the Times said"). */
const QUOTED_BY_BEFORE = /\s(?:quoted|cited)\s+by\s+$/;

/**
 * Speech verbs of finding, seeing, counting and believing: weak cues (Cue.weak), which a reporting
 * verb outranks ("A villager said relatives had counted 24 bodies": the villager reports it).
 */
const PERCEPTION_VERBS = new Set(['found', 'finds', 'saw', 'witnessed', 'observed', 'counted', 'believe', 'believes', 'believed', 'thinks']);
/** What "showed" shows when it reports nothing: "Local media showed footage of ...". */
const SHOWN_THING = /^\s+(?:footage|images?|videos?|pictures?|photos?|photographs?|scenes?)\b/;

/** A verb of rejection right before an NP: "denied | Ostrenian claims", "called "fake" | a claim". */
const REJECTED_BEFORE = /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|disput(?:e|es|ed|ing)|refut(?:e|es|ed|ing)|contradict(?:s|ed|ing)?|call(?:s|ed|ing))\s+(?:as\s+)?(?:["“][^"“”]{1,20}["”]\s+)?$/;

/** Speech verbs that are also plural nouns: "official reports", "casualty estimates". */
/** An NP of two conjuncts or more: "Orvel, Tamsk and Liri", "doctors and nurses". */
const COORDINATED = /\s(?:and|&)\s/;
/** A conjunction right before a subject read: "Harran and | Dosk". */
const CONJUNCT_BEFORE = /(?:^|\s)(?:and|&)\s+$/;
/** An "and" inside one organisation's name: "the Ministry of Health and Social Welfare". */
const COORDINATED_NAME = /\b(?:of|for)\s+(?:[\p{Lu}][\p{L}'’-]*\s+)+(?:and|&)\s+[\p{Lu}]/u;
const NOUN_VERBS = new Set(['report', 'reports', 'claims', 'estimates', 'records', 'lists', 'notes', 'shows', 'states', 'finds']);
const VERB_NEXT = /^\s+(?:said|say|says|suggested|suggest|showed|show|indicated|indicate|put|puts)\b/;
const PREPOSITION_BEFORE = /(?:^|\s)(?:from|in|on|of|with|about|into|than)\s+$/;

/**
 * What may stand between commas after a subject and before its verb: an age ("The mayor, 54,
 * said"), a relative or participle clause ("whose clinic was hit", "quoted by TASS", "speaking on
 * condition of anonymity"), a description ("the brigade's spokeswoman"), or a name ("a provincial
 * official, Ramon Ortiz, told").
 */
/**
 * A word of a name after its first: capitalised, or a lower-case particle ("al-Tamimi", "bin", "de",
 * "van"), which names from many languages carry inside them.
 */
const NAME_WORD = String.raw`(?:[\p{Lu}][\p{L}'’.-]*|(?:al|el|ad|ash|as|az|at|ul|ud|bin|ibn|bint|abu|de|da|di|do|dos|das|du|del|della|la|le|van|von|der|den|ben|y)(?:-[\p{Lu}][\p{L}'’.-]*)?)`;
const APPOSITIVE_BETWEEN = new RegExp(
  String.raw`^(?:\d{1,3}|(?:and\s+who|and\s+whose|who|which|whose|where|when|of\s+(?:which|whom)|(?:also\s+)?known|the|a|an|its|his|her|their|quoted|cited|speaking|citing|quoting|writing|himself|herself|itself|themselves|some|many|most|all|both|none|one|in|for|on|at|[a-z]+ed|[a-z]+(?:\s+[a-z]+)?\s+(?:of|for|at))\s[^,]{1,120}|[\p{Lu}][\p{L}'’.-]*(?:\s+${NAME_WORD}){0,3}(?:\s+\([\p{Lu}]{2,}\))?|however|meanwhile|though|too|also|instead|nevertheless|moreover|in turn|[a-z]+ly)$$`,
  'u',
);

/**
 * The subject of a verb right after a comma: "NP, appositive, said", the NP read before the first
 * comma (readSubject's subject, or null for none).
 */
function appositiveSubject(sent: string, verbAt: number, outer = true): { subject: string; from: number; relative: boolean } | null {
  let q = verbAt;
  while (q > 0 && isSpace(sent.charCodeAt(q - 1))) q--;
  // ", has verified", ", also said", ", on Thursday again rejected": auxiliaries, adverbs and a
  // weekday between the comma and the verb.
  let later = '';
  for (let hops = 0; hops < 3 && q > 0 && isLowerAscii(sent.charCodeAt(q - 1)); hops++) {
    let w = q;
    while (w > 0 && isLowerAscii(sent.charCodeAt(w - 1))) w--;
    if (w > 0 && sent.charCodeAt(w - 1) >= 65 && sent.charCodeAt(w - 1) <= 90) w--;
    const hop = sent.slice(w, q).toLowerCase();
    // "KLF leaders, for their part, routinely claim": an adverb in -ly too.
    if (!ADJUNCT_WORDS.has(hop) && !(hop.length > 4 && hop.endsWith('ly') && !LY_NOUNS.has(hop)) && !(WEEKDAY_PREPOSITIONS.has(hop) && WEEKDAY.test(later))) break;
    later = hop;
    q = w;
    while (q > 0 && isSpace(sent.charCodeAt(q - 1))) q--;
  }
  if (q < 4 || sent.charCodeAt(q - 1) !== 44) return null;
  const first = sent.lastIndexOf(',', q - 2);
  if (first < 1 || q - first > 130) return null;
  const between = sent.slice(first + 1, q - 1).trim();
  if (!APPOSITIVE_BETWEEN.test(between)) return null;
  let found = readSubject(sent, first);
  // "Speaking on the radio, a trader, Hauwa Salihu, said": a fronted participle's clause is no subject.
  if (found && found.from === 0 && FRONTED_PARTICIPLE.test(found.subject)) found = null;
  // "A doctor at the hospital, who gave only his first name, Ahmed, said": a name closing a second
  // appositive; the subject is before the first.
  if (!found && outer && UPPER.test(between.charAt(0)) && APPOSITIVE_BETWEEN.test(between)) return appositiveSubject(sent, first + 1, false);
  if (!found || found.relative || isPronoun(found.subject)) return null;
  // "The figures, provided by the health ministry, show ...": who put the document out speaks.
  if (between.includes(' by ')) {
    const agent = DOCUMENT_BY.exec(`${found.subject} ${between}`);
    const src = agent ? cleanNp(agent[1]) : null;
    if (src && looksLikeSource(src)) return { ...found, subject: src };
  }
  // A description and the name after it are one speaker: "the official representative of the
  // ministry, Major-General Oskar Lindqvar".
  // (Also with its title in lower case: "The inquiry's chair, retired judge Miriam Oduya".)
  if ((NAME_ONLY.test(between) || LOWER_TITLED_NAME.test(between)) && !NAME_ONLY.test(found.subject)) return { ...found, subject: `${found.subject}, ${between}` };
  // "A nurse, who asked to be identified only as Miriam, said", "the spokesman, who calls himself
  // Major Kakule, denied": the name the relative clause gives the speaker.
  const called = CALLED_NAME.exec(between);
  if (called && !NAME_ONLY.test(found.subject)) return { ...found, subject: `${found.subject}, ${called[1]}` };
  // "A little-known militia, Jund-al-Haqq, said": a one-word name after a description in lower case.
  // (Its head names a speaker: "the rebel-held capital, Sanaa," is a place.)
  if (ONE_WORD_APPOSED.test(between) && !HAS_UPPER.test(found.subject.slice(1)) && isSourceHead(bareLower(found.subject.slice(found.subject.lastIndexOf(' ') + 1)))) return { ...found, subject: `${found.subject}, ${between}` };
  // "A coalition of local groups, the Kessar Civilian Monitoring Network, puts ...": likewise.
  if (THE_NAME.test(between) && !HAS_UPPER.test(found.subject.slice(1))) return { ...found, subject: `${found.subject}, ${between}` };
  return found;
}
/** A sentence's opening participle: "Speaking on the radio, ...", "Asked about the toll, ...". */
const FRONTED_PARTICIPLE = /^(?:[A-Z][a-z]+ing|Asked|Contacted|Reached|Interviewed)\s/;
/** A name of two to four capitalised words, with its acronym in brackets or without. */
const NAME_ONLY = new RegExp(String.raw`^[\p{Lu}][\p{L}'’.-]*(?:\s+${NAME_WORD}){1,3}(?:\s+\([\p{Lu}]{2,}\))?$`, 'u');
/**
 * A relative clause that gives its speaker a name: "who asked to be identified as Ko Zaw", "who calls
 * himself X", "who goes by the name X". Not "who has served as Deputy Governor": an office.
 */
const CALLED_NAME = new RegExp(String.raw`^who\s+(?:[a-z]+\s+){0,6}?(?:(?:identified|known|introduced|named|name|referred\s+to)\s+(?:only\s+|simply\s+)?as|himself|herself|themselves|name|named)\s+((?:(?:${TITLE_ABBREVIATIONS})\.?\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+${NAME_WORD}){0,3})$`, 'u');
/** A one-word name apposed to a description: "Jund-al-Haqq", "Hamas" (not a weekday or a month). */
const ONE_WORD_APPOSED = /^(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|However|Meanwhile|Too|Also)$)[\p{Lu}][\p{L}'’.-]{2,}$/u;
/** A name after a title or trade in lower case: "retired judge Miriam Oduya", "police officer Abdi Hassan". */
const LOWER_TITLED_NAME = /^(?!(?:quoted|cited|citing|quoting|speaking|writing|who|which|whose|the|a|an)\s)(?:[a-z]+\s+){0,2}(?!(?:by|the|of|for|at|in|on|with|from|to|and|as|a|an)\s)[a-z]+\s+[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){1,3}$/u;
/** An organisation's name after "the": "the Kessar Civilian Monitoring Network". */
// (Also with a common noun after the name: "the Grace Harvest church", "the Orvel district council".)
const THE_NAME = new RegExp(String.raw`^the\s+[\p{Lu}][\p{L}'’.-]*(?:\s+(?:${NAME_WORD}|of|for|on))*\s+[\p{Lu}][\p{L}'’.-]*(?:\s+[a-z]{3,}){0,2}$`, 'u');
/** The cues of the sentence being read whose subject appositiveSubject read: readAppositives' reading wins. */
const appositiveCues = new Set<Cue>();

/** "Rybar, who has a million subscribers, said ..."; "Pavlo Kyrylenko, the regional governor, said ...". */
function readAppositives(sent: string, at: number, cues: Cue[]): void {
  if (!hasAppositiveVerb(sent) || !APPOSITIVE_GATE.test(sent)) return;
  for (let m = execAppositive(sent, 0); m; m = execAppositive(sent, m.index + m[0].length)) {
    const src = cleanNp(m[1]);
    const verbAt = at + m.index + m[0].length - m[2].length;
    if (!src || !looksLikeSource(src)) continue;
    const org = ORG_WORDS.test(m[0].slice(m[1].length)) || undefined;
    // Where readSpeechVerbs read this subject already (appositiveSubject), this reading wins.
    const earlier = cues.find((c) => c.at === verbAt && appositiveCues.has(c));
    if (earlier) {
      // Not over a description joined to its name ("a coalition of groups, the X Network").
      if (!earlier.source?.startsWith(src + ', ')) earlier.source = src;
      earlier.org = org;
    } else cues.push({ at: verbAt, source: src, via: null, org });
  }
}

/**
 * "Bloggers agreed, saying ...": the participle takes the sentence's subject. Not a count ("Ten
 * people have died of their injuries, raising the toll to 52"): those are the dead, not a speaker.
 */
function readParticiples(sent: string, at: number, cues: Cue[]): void {
  for (let c = nextParticiple(sent, 0); c >= 0; c = nextParticiple(sent, participleEnd)) {
    const src = initialSubject(sent.slice(0, c));
    if (src && looksLikeSource(src) && !findNumberPhrases(src, 0, Math.min(src.length, 40)).some((p) => p.start === 0)) {
      cues.push({ at: at + c, source: src, via: null, weak: true });
    }
  }
}

/** Inverted: "..., said Pavlo Kyrylenko" / "..., says the ministry". */
function readInverted(sent: string, at: number, cues: Cue[]): void {
  for (let m = execInverted(sent, 0); m; m = execInverted(sent, m.index + m[0].length)) {
    // "..., said a village elder who asked not to be named": the speaker before its relative clause.
    const rel = m[1].search(INVERTED_RELATIVE);
    const np = rel > 0 ? m[1].slice(0, rel) : m[1];
    // A lower-case speaker ("said a spokesman for the fire service", "said police") must read as
    // one: no verb or number in it ("..., told reporters the army had killed 5" is a clause).
    if (isLowerAscii(np.charCodeAt(0)) && !isSpeakerPhrase(np)) continue;
    // Nor a clause after a capitalised word: "..., told the Financial Times that an estimated 600".
    if (INVERTED_CLAUSE.test(np)) continue;
    let src = cleanNp(np);
    // "..., said the district commissioner, Halim Qureshi.": a description and the name closing the
    // sentence after it are one speaker.
    // ("said Deputy Commissioner Harlan, Ivo Marsh": a title with a place is a description too.)
    // (Not after a place the description ends in: "said an official in the region, North Darfur".)
    if (src && (!HAS_UPPER.test(src.charAt(0) === 't' ? src.slice(4) : src) || hasSourceHead(src)) && !PLACE_NOUN_END.test(src)) {
      const name = NAME_CLOSING.exec(sent.slice(m.index + m[0].length));
      if (name) src = `${src}, ${name[1].replace(/\.$/, '')}`;
    }
    if (src && isOutlet(src)) cues.push({ at: at + m.index, source: null, via: src, backward: true });
    // Not twice, but kept when the same words were read only as the subject of a verb after the claim
    // ("..., said a witness, a member of a local group, reported The Herald").
    else if (src && !cues.some((c) => c.source === src && (c.backward || c.at <= at + m.index))) cues.push({ at: at + m.index, source: src, via: null, backward: true });
  }
}

/** A description that ends in a place it is in: "an official in the region", "a commander in the eastern province". */
const PLACE_NOUN_END =
  /\s(?:in|at|from|near|across)\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:region|province|district|area|city|town|village|state|country|county|capital|territory|governorate|zone|valley|north|south|east|west|north-?east|north-?west|south-?east|south-?west)$/i;
/** A name closing the sentence after an inverted speaker's description: ", Halim Qureshi." */
// (Not a place's name, which ends in its kind: ", Harlan Province.", ", Orvel City.")
const NAME_CLOSING = new RegExp(
  String.raw`^,\s+((?:(?:${TITLE_ABBREVIATIONS})\.?\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+${NAME_WORD}){1,4})(?<!\s(?:Province|City|District|Region|State|County|Governorate|Town|Village|Oblast|Prefecture)\.?)\s*(?:[.;!?]|$)`,
  'u',
);
/** A relative clause after an inverted speaker: "said a village elder | who asked not to be named". */
const INVERTED_RELATIVE = /\s(?:who|whose)\s/;
const INVERTED_CLAUSE = /\s(?:that|which|who|was|were|is|are|had|has|have)\s|\d/;

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** A lower-case NP that names a speaker: a source head, and no verb or digit in it. */
function isSpeakerPhrase(np: string): boolean {
  if (/\d/.test(np) || !hasSourceHead(np)) return false;
  for (const w of np.split(/\s+/)) if (isVerbish(w)) return false;
  return true;
}

/** Headline style at the start: "Ministry: 40 killed in ...". */
function readHeadline(sentence: string, sentenceAt: number, cues: Cue[]): void {
  // A live page's entry opens with its time: "09:40 — Police: at least five dead".
  const stamp = LIVE_STAMP.exec(sentence);
  const sent = stamp ? sentence.slice(stamp[0].length) : sentence;
  const at = sentenceAt + (stamp ? stamp[0].length : 0);
  const colon = sent.indexOf(':');
  const last = sent.lastIndexOf(':');
  // "Death toll rises to 40 – police", "Kharkiv strike: toll rises to 14 – officials": a dash before
  // the speaker that closes a headline, also after a topic and its colon.
  const dash = Math.max(sent.lastIndexOf(' \u2013 '), sent.lastIndexOf(' \u2014 '), sent.lastIndexOf(' - '));
  if (dash > last && dash > 0 && sent.length - dash <= 40 && !isSentenceEnd(sent.charCodeAt(sent.length - 1))) {
    const tail = sent.slice(dash + 3).trim();
    if (isTrailingSpeaker(tail)) {
      cues.push({ at: at + dash, source: tail, via: null, backward: true });
      return;
    }
  }
  if (colon < 0) return;
  // A headline that names its speaker at the end: "12 dead after bus plunges into ravine: police".
  if (sent.length - last <= 40 && !isSentenceEnd(sent.charCodeAt(sent.length - 1))) {
    const tail = sent.slice(last + 1).trim();
    if (isTrailingSpeaker(tail)) {
      cues.push({ at: at + last, source: tail, via: null, backward: true });
      return;
    }
  }
  if (colon > HEADLINE_MAX_COLON) return;
  const head = HEADLINE.exec(sent);
  // Not a dateline ("KYIV:", "Kiev:" at the top of the story) nor a label ("Source:").
  const dateline = head && (/^[\p{Lu}\s-]+$/u.test(head[1]) || (at < 40 && !/\s/.test(head[1].trim()) && !hasSourceHead(head[1])));
  const name = head ? cleanNp(head[1]) : null;
  // A place or a topic also stands before a colon ("Harlow Deep: rescuers ..."): only a speaker counts.
  if (name && !dateline && !/^(?:source|update|note|photo|video|read more|related)$/i.test(name) && !COUNT_LABEL.test(name) && (hasSourceHead(name) || AGENCY.test(name))) {
    cues.push({ at, source: name, via: null });
  }
}
/** A label that names the count, not who gives it: "Casualty figures: 9 dead", "Latest toll: 40". */
const COUNT_LABEL = /\b(?:figures?|tolls?|tally|count|casualties|deaths|numbers|statistics|data|losses|latest)$/i;
/** At most three words after a headline's last colon. */
const TRAILING_SPEAKER = /^[\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*){0,2}$/u;
/** A headline's tags in capitals that name no speaker: "– LIVE", "– VIDEO". */
const HEADLINE_TAG =
  /^(?:LIVE|VIDEO|VIDEOS|PHOTOS?|PICTURES|PICS|GALLERY|UPDATE[SD]?|WATCH|LISTEN|LATEST|BREAKING|EXCLUSIVE|OPINION|ANALYSIS|REPORT|EXPLAINER|EXPLAINED|FACTBOX|TIMELINE|INSIGHT|INTERVIEW|PODCAST|EDITORIAL|COMMENT|RECAP|MAPS?|GRAPHICS?|OBITUARY|FEATURE|SPECIAL)$/;
/**
 * The speaker that closes a headline after a dash or colon: at most three words, a speaker's noun
 * ("officials", "civil protection"), an agency, or an acronym ("– SOHR"), not a tag ("– LIVE").
 */
function isTrailingSpeaker(tail: string): boolean {
  if (!TRAILING_SPEAKER.test(tail)) return false;
  if (hasSourceHead(tail) || AGENCY.test(tail)) return true;
  return ACRONYM.test(tail) && !HEADLINE_TAG.test(tail);
}
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201d;
}

/**
 * What follows a possessive that makes its owner the one who counts: "The agency's final count is
 * 61", "the monitor's latest tally", "the ministry's toll". Sticky, tried at each apostrophe.
 */
const POSSESSIVE_COUNT =
  /['’]s\s+(?:(?:latest|final|updated|official|own|new|preliminary|provisional|daily|running|revised|overall|total|casualty|death)\s+){0,3}(?:count|tally|toll|figures?|estimates?|numbers?|bulletin)\b/y;
/**
 * Owners that count rather than suffer: "the army's death toll" is the army's losses, so the
 * military and its kin are left out.
 */
const COUNTING_OWNER = /\b(?:ministry|agency|monitor|observatory|office|department|authorit(?:y|ies)|government|coroner|hospital|group|network|commission|committee|council|directorate|organi[sz]ation|charity|NGO|UN|WHO|OCHA|UNICEF|Red\s+(?:Cross|Crescent))$/i;

/** Before a count's owner: "by | the army's count". */
const BY_BEFORE = /\bby\s+$/i;

/**
 * A statement or claim whose words follow: "the army's statement that no soldier was missing",
 * "the ministry's earlier claim that 40 died". Whoever owns it made it, an army as much as a
 * ministry. Sticky, tried at each apostrophe.
 */
const POSSESSIVE_STATEMENT =
  /['’]s\s+(?:(?:own|latest|earlier|initial|official|previous|first|repeated|public|new|original)\s+){0,2}(?:statement|claim|assertion|announcement|allegation|account|insistence|admission)s?\s+that\b/y;
/** A speaker's verb of rejection right before an NP: "rejected | a union's claim". */
const SPEAKER_REJECTED_BEFORE = /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|disput(?:e|es|ed|ing)|refut(?:e|es|ed|ing))\s+$/;
/** A record only a counter keeps (not "toll", which may be an army's own dead). */
const COUNT_RECORD = /['’]s\s+(?:[a-z]+\s+){0,3}(?:count|tally|figures?|estimates?|bulletin)\b/y;

/** "The agency's final count is 61 dead": the owner of a count is its source. */
function readPossessiveCount(sent: string, at: number, cues: Cue[]): void {
  if (!sent.includes("'s ") && !sent.includes('’s ')) return;
  for (let q = sent.indexOf('s ', 1); q >= 0; q = sent.indexOf('s ', q + 2)) {
    const apostrophe = q - 1;
    const c = sent.charCodeAt(apostrophe);
    if (c !== 39 && c !== 0x2019) continue;
    POSSESSIVE_COUNT.lastIndex = apostrophe;
    const count = POSSESSIVE_COUNT.test(sent);
    POSSESSIVE_STATEMENT.lastIndex = apostrophe;
    const statement = !count && POSSESSIVE_STATEMENT.test(sent);
    if (!count && !statement) continue;
    const found = readSubject(sent, apostrophe);
    if (!found || found.relative || isPronoun(found.subject)) continue;
    // "rejected a union's claim that 23 died": a denied figure keeps its denier (as readSpeechVerbs).
    // (Not "a video that contradicts the army's statement that ...": no speaker denies it there.)
    if (statement && SPEAKER_REJECTED_BEFORE.test(sent.slice(Math.max(0, found.from - 40), found.from))) continue;
    // "by the army's count": any owner after "by" counts (the army's own toll is "the army's toll");
    // so does an acronym's ("the NDRRMC's latest count") for a record only a counter keeps.
    if (
      statement ||
      COUNTING_OWNER.test(found.subject) ||
      BY_BEFORE.test(sent.slice(Math.max(0, found.from - 4), found.from)) ||
      (ACRONYM.test(found.subject) && ((COUNT_RECORD.lastIndex = apostrophe), COUNT_RECORD.test(sent)))
    ) {
      cues.push({ at: at + apostrophe, from: at + found.from, source: found.subject, via: null });
    }
  }
}

/** "its figure of", "their latest count of", "its toll at": a count its owner keeps or gives. */
const OWN_COUNT = /\s(?:its|their)\s+(?:(?:latest|final|updated|official|own|new|preliminary|provisional|revised|earlier|initial|overall|casualty|death)\s+){0,2}(?:count|tally|toll|figures?|estimates?)\s+(?:of|at|to|from)\s/g;

/**
 * "The police have not changed their figure of four killed", "The army stood by its figure of 12":
 * the sentence's subject owns the count it keeps, revises or stands by.
 */
function readOwnCount(sent: string, at: number, cues: Cue[]): void {
  OWN_COUNT.lastIndex = 0;
  const m = OWN_COUNT.exec(sent);
  // Within the subject's clause only: no comma before it ("..., raising its toll").
  if (!m || m.index > 120 || sent.lastIndexOf(',', m.index) >= 0) return;
  const src = initialSubject(sent.slice(0, m.index));
  if (src && !isPronoun(src) && looksLikeSource(src) && !cues.some((c) => c.source === src)) cues.push({ at: at + m.index + 1, source: src, via: null });
}

/** A wire dateline: "PORT ARDEN, Norland, Sept 25 (Wirepost) - ", "MOSCOW - ", "JERUSALEM: ", "NAY PYI TAW, 18 January — ". */
const DATELINE =
  /^[\p{Lu}][\p{Lu}\s.'’-]{2,}(?:,\s*[\p{Lu}][\p{L}.'’ -]{1,30}?)?(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?))?\s*(?:\([^)]*\)\s*[-–—:]?|[-–—:]|\.\s*\/[^/\s][^/]{0,20}\/\.?)\s*/u;

/** The sentence without its wire dateline ("NAY PYI TAW, 18 January — ", "MOSCOW, October 4. /TASS/. "). */
export function withoutDateline(sent: string): string {
  const c0 = sent.charCodeAt(0);
  const c1 = sent.charCodeAt(1);
  return (c0 >= 128 || (c0 >= 65 && c0 <= 90)) && !(c1 >= 97 && c1 <= 122) ? sent.replace(DATELINE, '') : sent;
}

/** The subject at the start of a sentence: the words before its first finite verb. */
function initialSubject(sent: string): string | null {
  let s = sent;
  const c0 = s.charCodeAt(0);
  const c1 = s.charCodeAt(1);
  if ((c0 >= 128 || (c0 >= 65 && c0 <= 90)) && !(c1 >= 97 && c1 <= 122)) s = s.replace(DATELINE, '');
  // A live page's entry: "10:05 — The coastguard commander, Erik Sand, is at the harbour".
  else if (c0 >= 48 && c0 <= 57) s = s.replace(LIVE_STAMP, '');
  // "In a post on Telegram, the Northern Dawn Front repeated ...": the subject after the phrase.
  if (c0 >= 65 && c0 <= 90 && c1 >= 97 && c1 <= 122 && LEADING_PHRASE.test(s)) s = s.replace(LEADING_PHRASE, '');
  // The words as s.split(/\s+/) gives them, taken one by one up to the first verb or clause mark.
  const out: string[] = [];
  const n = s.length;
  for (let i = 0; ; ) {
    let j = i;
    while (j < n && !isSpace(s.charCodeAt(j))) j++;
    const w = s.slice(i, j);
    const mark = j > i && isOneOfClauseMarks(s.charCodeAt(j - 1)); // /[,;:]$/
    let verbish = isVerbish(w);
    if (!verbish && !mark && out.length && isLowerAscii(w.charCodeAt(0)) && !NOT_A_VERB_BEFORE_DETERMINER.has(w)) {
      let a = j;
      while (a < n && isSpace(s.charCodeAt(a))) a++;
      let b = a;
      while (b < n && !isSpace(s.charCodeAt(b))) b++;
      const next = s.slice(a, b);
      // "The Chronicle leads with the floods": a verb in -s after a name, before a preposition.
      verbish = b > a && (DETERMINER_WORD.has(next) || (VERB_S.test(w) && isUpper(out[out.length - 1].codePointAt(0)!) && VERB_S_BEFORE.has(next)));
    }
    if (verbish || mark || out.length >= 10) {
      if (mark && !verbish) out.push(w.slice(0, -1));
      break;
    }
    out.push(w);
    if (j === n) break;
    i = j;
    while (i < n && isSpace(s.charCodeAt(i))) i++;
  }
  const np = cleanNp(out.join(' '));
  return np && looksLikeSource(np) ? np : null;
}

/**
 * A phrase before a sentence's subject, set off by a comma: a prepositional one ("In a post on
 * Telegram, "), a participle's ("Asked about the toll, ", "Citing a commander, ") or a time
 * adverbial ("Hours later, ", "Two days after the raid, ", "Separately, ").
 */
const LEADING_PHRASE =
  /^(?:(?:In|On|At|After|During|Following|Despite|Under|From|Within|Asked|Questioned|Pressed|Contacted|Reached|Speaking|Writing|Citing|Quoting)\s[^,;:"“”]{2,60}|(?:(?:An?|One|Two|Three|Four|Five|Several|Some|Few)\s+)?(?:[Hh]ours?|[Dd]ays?|[Ww]eeks?|[Mm]inutes?|[Mm]onths?|[Mm]oments?)\s+(?:later|earlier|(?:after|before)\s[^,;:"“”]{2,40})|Later|Earlier|Meanwhile|Separately|Elsewhere|(?:Earlier|Later)\s+(?:on|that|this)\s+\w+),\s+(?=[\p{L}])/u;

/** A third-person verb in -s (not "-ss", "-us", "-is"): "leads", "opens". */
const VERB_S = /^[a-z]{3,}[^su\Wi]s$/;
const VERB_S_BEFORE = new Set(['with', 'on', 'into', 'in', 'to', 'from', 'over', 'against']);

function isOneOfClauseMarks(c: number): boolean {
  return c === 44 || c === 59 || c === 58;
}

const NOT_IN_BARE_WORD = /[^\p{L}'’-]/gu;

/**
 * VERBISH.test(w.replace(/[^\p{L}'’-]/gu, '')): every VERBISH word is a-z only, so a word keeping any
 * other letter, apostrophe or hyphen is none, and most words need no replace.
 */
function isVerbish(w: string): boolean {
  let stripped = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) continue;
    if (c < 128) {
      if ((c >= 65 && c <= 90) || c === 39 || c === 45) return false;
      stripped = true;
    } else {
      const cp = w.codePointAt(i)!;
      if (cp === 0x2019 || isLetter(cp)) return false;
      stripped = true;
      if (cp > 0xffff) i++;
    }
  }
  return VERBISH.test(stripped ? w.replace(NOT_IN_BARE_WORD, '') : w);
}

const SPEECH_VERB_SET = new Set(SPEECH_VERBS.split('|'));
// "The UN report said": "report" is a noun inside a subject far more often than a verb ending one.
SPEECH_VERB_SET.delete('report');


/** A word lower-cased without its possessive: w.toLowerCase().replace(/[’']s$/, ''). */
function bareLower(w: string): string {
  const l = w.toLowerCase();
  const n = l.length;
  if (n < 2 || l.charCodeAt(n - 1) !== 115) return l;
  const q = l.charCodeAt(n - 2);
  return q === 39 || q === 0x2019 ? l.slice(0, n - 2) : l;
}

/** PRONOUNS.has(np.toLowerCase()); lower-casing never shortens a string, and no pronoun is over 4. */
function isPronoun(np: string): boolean {
  return np.length <= 4 && PRONOUNS.has(np.toLowerCase());
}

/** Heads of NPs that name someone who can make a claim. */
const SOURCE_HEADS = new Set(
  ('officials official authorities authority ministry military army researchers researcher witnesses witness ' +
    'sources source residents resident doctors doctor police spokesman spokeswoman spokesperson governor mayor ' +
    'monitor monitors group report study investigation survey analysis government council coalition agency office ' +
    'media medics workers worker villagers villager activists activist rescuers observatory hospital department ' +
    'service forces command staff statement estimate intelligence community team organisation organization charity ' +
    'chief head minister commander general president bloggers blogger journalists journalist correspondents ' +
    'correspondent outlets newspaper daily broadcaster channel rebels militants insurgents jihadists separatists guerrillas islamists movement party ' +
    'administration directorate headquarters ngo volunteers experts expert scientists analysts lawmakers ' +
    'prosecutors prosecutor spokesmen representatives representative envoy ambassador member members leader ' +
    'leaders medic nurse official\u2019s tally figures figure records ministers army\u2019s troops people ' +
    'owner owners operator company firm union association society institute university commission board bulletin ' +
    'count statements release doctors nurses priest pastor director manager executive chairman chairwoman ceo ' +
    'secretary coroner examiner attorney lawyer lawyers families relatives eyewitnesses survivors locals farmers ' +
    'fishermen photographer reporter reporters crew captain coastguard brigade regiment battalion unit units ' +
    'bureau centre center network front alliance committee observers inspectors investigators engineers premier ' +
    'chancellor king emir sheikh colonel major lieutenant sergeant officer officers delegate press television tv ' +
    'radio outlet website blog clinic morgue services navy parliament court tribunal mission teams paramedics ' +
    'firefighters prefecture governorate municipality presidency cabinet embassy consulate guard elder soldier ' +
    'fisherman surgeon paramedic rescuer firefighter survivor militia junta regime fighter force relative aide ' +
    'adviser advisor diplomat teacher employee staffer negotiator wing coordinator woman man defence defense protection ' +
    'mother father wife husband son daughter brother sister neighbour neighbor passenger driver shopkeeper student ' +
    'trader vendor merchant farmer herder rider motorist pilot monk nun abbot imam cleric bishop chairperson administrator ' +
    'inspector superintendent sheriff midwife pharmacist technician miner labourer laborer boy girl partner ' +
    'councillor councilor councilman councilwoman senator legislator communique communiqué project ' +
    'master skipper commissioner warden physician marshal constable ombudsman inquiry probe panel family'
  ).split(' '),
);

// (And -y heads in -ies: "agencies", "militias" are -s, "charities", "authorities".)
const PLURAL_HEADS = new Set([...SOURCE_HEADS].map((w) => (w.endsWith('y') && !/[aeiou]y$/.test(w) ? w.slice(0, -1) + 'ies' : w + 's')));
for (const [words, list] of [[ADJUNCT_WORDS, ADJUNCT], [WEEKDAY_PREPOSITIONS, ADJUNCT], [SUBJECT_LEFT_STOP, STOP], [PRONOUNS, STOP], [POSSESSIVE_DETERMINERS, STOP], [SPEECH_VERB_SET, VERB], [SOURCE_HEADS, HEAD], [PLURAL_HEADS, HEAD]] as const) {
  for (const w of words) {
    const slot = wordShape(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1));
    if (slot >= 0) WORD_SHAPES[slot] |= list;
  }
}

/** Whether some word of the NP is a noun that names a speaker ("ministry", "officials", "governor"). */
function hasSourceHead(np: string): boolean {
  // np.split(/\s+/).some(...) without the array (empty words name no head either way), looking up
  // only the words whose shape a head has.
  const n = np.length;
  for (let i = 0; i < n; ) {
    while (i < n && isSpace(np.charCodeAt(i))) i++;
    let j = i;
    let ascii = true;
    for (; j < n; j++) {
      const c = np.charCodeAt(j);
      if (c < 128) {
        if (c <= 32 && isSpace(c)) break;
      } else {
        if (isSpace(c)) break;
        ascii = false;
      }
    }
    if (j > i && (!ascii || WORD_SHAPES[bareShape(np, i, j)] & HEAD) && isSourceHead(bareLower(i === 0 && j === n ? np : np.slice(i, j)))) return true;
    i = j;
  }
  return false;
}

/** A source noun, or its plural in -s ("commanders", "guards", "groups"). */
function isSourceHead(w: string): boolean {
  return SOURCE_HEADS.has(w) || (w.length > 3 && w.charCodeAt(w.length - 1) === 115 && (SOURCE_HEADS.has(w.slice(0, -1)) || PLURAL_HEADS.has(w)));
}

/**
 * The WORD_SHAPES slot of bareLower(s.slice(i, j)) for a word of ASCII characters: lower-cased, less
 * a possessive 's (-1 for none).
 */
function bareShape(s: string, i: number, j: number): number {
  const first = lowerAscii(s.charCodeAt(i));
  const last = lowerAscii(s.charCodeAt(j - 1));
  if (last === 115 && j - i >= 2 && s.charCodeAt(j - 2) === 39) return wordShape(j - i - 2, first, lowerAscii(s.charCodeAt(j - 3)));
  return wordShape(j - i, first, last);
}

const DETERMINER = /^(?:a|an|the|this|that|its|their|his|her|our)$/i;
const POSSESSIVE = /^(?:his|her|its|their|our|my)$/i;
const UPPER_START = /^[\p{Lu}]/u;

/** A subject that can make a claim: a name, an acronym, or a noun phrase headed by a source noun. */
function looksLikeSource(np: string): boolean {
  if (isPronoun(np)) return true;
  const c0 = np.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) return false;
  // The words as np.split(/\s+/) gives them: the first runs to the first white space, the last from
  // the last one (either may be empty). Cut out only where a regex needs them.
  const n = np.length;
  let k = n;
  let parens = false;
  for (; k > 0; k--) {
    const c = np.charCodeAt(k - 1);
    if (isSpace(c)) break;
    if (c === 40 || c === 41) parens = true;
  }
  let end = n; // the last word, less a possessive 's
  const q = np.charCodeAt(n - 2);
  if (n - k >= 2 && np.charCodeAt(n - 1) === 115 && (q === 39 || q === 0x2019)) end = n - 2;
  let last: string | null = null;
  if (parens) last = np.slice(k, end).replace(/[()]/g, '');
  if ((last ? last.length : end - k) <= 5 && DETERMINER.test((last ??= np.slice(k, end)))) return false;
  let f = 0;
  while (f < n && !isSpace(np.charCodeAt(f))) f++;
  // "his team": the speaker named before. POSSESSIVE's words: my; his, her, its, our; their.
  const p0 = np.charCodeAt(0) | 32;
  const possessive = f === 2 ? p0 === 109 : f === 3 ? p0 === 104 || p0 === 105 || p0 === 111 : f === 5 && p0 === 116;
  // "its director", "his spokesman": a person the text names so (not "his team").
  // "Our field teams in Oruna district": a report's own people, named so.
  // "Its latest count puts ...": a document of the organisation named before (resolveCue finds it).
  // "Its General Staff", "their Foreign Ministry": a named body of the owner named before.
  if (possessive && POSSESSIVE.test(f === n ? np : np.slice(0, f))) return f < n && (isPossessedSpeaker(bareLower(np.slice(k, n))) || ((p0 === 111 || p0 === 109) && hasSourceHead(np.slice(f + 1))) || OWNED_DOCUMENT.test(np) || (isUpper(np.codePointAt(f + 1)!) && ORG_WORDS.test(np.slice(f + 1))));
  const l0 = last ? last.charCodeAt(0) : end > k ? np.charCodeAt(k) : NaN;
  if (l0 < 128 ? l0 >= 65 && l0 <= 90 : l0 === l0 && UPPER_START.test((last ??= np.slice(k, end)))) {
    // "This week's raid on a block in Nabatiye": a place after a preposition is no name of the NP;
    // its head before the preposition must name a speaker ("Doctors in Gaza", "a doctor at Kessa Hospital").
    const pp = k > 0 ? PLACE_PHRASE.exec(np) : null;
    return !pp || pp.index === 0 || looksLikeSource(np.slice(0, pp.index));
  }
  // The head may carry a modifier after it: "a villager involved in cremating the bodies".
  if (hasSourceHead(np)) return true;
  // "The organisers", "the director-general": a head the lexicon does not list but that names
  // someone who acts by its form; "Rescue 1122": a name that ends in its number.
  // (A singular one only after a determiner or modifier: "according to constructor" names no one.)
  return (isAgentHead(np.slice(k, end)) && (k > 0 || PLURAL_END.test(np))) || (l0 >= 48 && l0 <= 57 && NUMBERED_NAME.test(np));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A preposition of place or time inside an NP (not "of"/"for", which names keep: "Ministry of Health"). */
const PLACE_PHRASE = /\s(?:in|on|at|near|from|during|after)\s/;

/** A name ending in its number: "Rescue 1122", "Channel 9" (a capitalised word before the digits). */
const NUMBERED_NAME = /(?:^|\s)[\p{Lu}][\p{L}'’-]*\s+\d{1,5}$/u;
/** Agent nouns by their ending: "organisers", "developer", "promoters", "operator", "activist", "technician". */
// (Not -ian: "civilians", "pedestrians" are counted far more often than they speak.)
const AGENT_NOUN = /^[a-z]{3,}(?:ers?|ors?|ists?)$/;
/** Words with an agent noun's ending that name no one: "the number", "the other", "the waters", "the helicopter". */
const NOT_AGENT_NOUNS = new Set(
  ('number numbers other others water waters order orders border borders matter matters quarter quarters letter letters ' +
    'paper papers power powers tower towers river rivers corner corners layer layers shelter shelters center centers ' +
    'meter meters error errors floor floors door doors factor factors sector sectors motor motors mirror mirrors ' +
    'theater theatre chamber chambers container containers computer computers register registers barrier barriers ' +
    'minister ministers charter poster posters cluster clusters disaster disasters character characters encounter ' +
    'encounters counter counters monster chapter chapters november december october september summer winter weather ' +
    'cancer fever hunger anger danger murder murders manner dinner lunch lower upper inner outer later earlier ' +
    'further together whether however either neither never ever over under after rather ' +
    // Machines, vehicles and records, which "record", "show" and "list" as a speaker would.
    'helicopter helicopters tanker tankers trawler trawlers bulldozer bulldozers excavator excavators tractor tractors ' +
    'trailer trailers reactor reactors generator generators elevator elevators ventilator ventilators detector detectors ' +
    'sensor sensors scanner scanners printer printers ledger ledgers folder folders corridor corridors interior exterior'
  ).split(' '),
);

/** Whether the last word of an NP (or a hyphenated word's first part: "director-general") is an agent noun or a source head. */
function isAgentHead(last: string): boolean {
  const w = bareLower(last);
  const hyphen = w.indexOf('-');
  if (hyphen > 0) return isSourceHead(w.slice(0, hyphen)) || isSourceHead(w.slice(w.lastIndexOf('-') + 1)) || isAgentHead(w.slice(0, hyphen));
  return w.length >= 6 && AGENT_NOUN.test(w) && !NOT_AGENT_NOUNS.has(w);
}

/*
 * cleanNp's steps. Each replace runs only where a cheap test shows it can match: cleanNp runs on
 * every subject found, and most need none of them. The /i ones are without the u flag, so only ASCII
 * letters match their letters case-insensitively: the tests compare ASCII letters in either case.
 */
const NP_QUOTES = /^["“”'‘’(]+|["“”'‘’)]+$/g;
const NP_WEEKDAY_TAIL = /\s+(?:on|late on|in|earlier on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$/i;
const NP_ADJUNCT_TAIL = /(?:\s+(?:also|later|earlier|previously|first|then|now|has|have|had|would|could|reportedly|initially|separately|further|[a-z]+ly))+$/;
const NP_CONJUNCTION = /^(?:and|but|while|as|so|then|also)\s+/i;
const NP_IN_STATEMENT = /\s+in\s+(?:a|an|its|their|his|her)\s+(?:statement|report|tweet|post|interview|briefing).*$/i;
const NP_TIME_TAIL = /\s+(?:(?:this|last|next)\s+(?:year|month|week)|yesterday|today|tonight|(?:on|late on|early on)\s+\w+day)$/i;
const NP_NEGATED = /^(?:no|none|nobody|neither)\b/i;
// (An NP no preposition or participle opens: "Of the 40 people admitted", "based on the lists".)
const NP_PREPOSITION = /^(?:on|in|at|by|for|with|of|from|among|amongst|based|including|about|after|before|during|despite|unlike)\b/i;

/** A quotation mark or bracket NP_QUOTES strips from the start: " “ ” ' ‘ ’ ( */
function isOpeningMark(c: number): boolean {
  return c === 34 || c === 39 || c === 40 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019;
}
/** One NP_QUOTES strips from the end: " “ ” ' ‘ ’ ) */
function isClosingMark(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019;
}
/** An ASCII letter in either case, lower-cased; -1 for anything else. */
function asciiLetter(c: number): number {
  const l = c | 32;
  return l >= 97 && l <= 122 ? l : -1;
}
/** Whether s ends with `word` (lower-case ASCII) in any case of its letters, as /word$/i matches. */
function endsWithLetters(s: string, word: string): boolean {
  const n = s.length - word.length;
  if (n < 0) return false;
  for (let i = 0; i < word.length; i++) if (asciiLetter(s.charCodeAt(n + i)) !== word.charCodeAt(i)) return false;
  return true;
}

/** Whether NP_CONJUNCTION can match: its words' first two letters (and "then"'s four) open s. */
function mayOpenWithConjunction(s: string): boolean {
  const l0 = asciiLetter(s.charCodeAt(0));
  const l1 = asciiLetter(s.charCodeAt(1));
  switch (l0) {
    case 97: return l1 === 110 || l1 === 115 || l1 === 108; // and as also
    case 98: return l1 === 117; // but
    case 119: return l1 === 104; // while
    case 115: return l1 === 111; // so
    case 116: return l1 === 104 && asciiLetter(s.charCodeAt(2)) === 101 && asciiLetter(s.charCodeAt(3)) === 110; // then
    default: return false;
  }
}

/** Whether NP_TIME_TAIL can match: s ends with one of the words it ends with. */
function mayEndInTime(s: string): boolean {
  return endsWithLetters(s, 'day') || endsWithLetters(s, 'year') || endsWithLetters(s, 'month') || endsWithLetters(s, 'week') || endsWithLetters(s, 'tonight');
}

/** Where NP_WEEKDAY_TAIL can match: it names a weekday. */
const DAY = /day/i;
/**
 * DAY, or the " in " NP_IN_STATEMENT needs (both /i without u: ASCII letters). Taken before the
 * steps between them, which only cut off an end: what they leave holds "in" between white space
 * only where s did.
 */
const DAY_OR_IN = /day|\sin\s/i;

/**
 * Whether NP_ADJUNCT_TAIL can match: the last word, after white space, is one of its words. Told by
 * the last letter first: of its words only those in "ly" end in y, and the others are few.
 */
function endsInAdjunct(s: string): boolean {
  const n = s.length;
  switch (s.charCodeAt(n - 1)) {
    case 121: // [a-z]+ly, previously, reportedly, initially, separately
      if (s.charCodeAt(n - 2) !== 108) return false;
      break;
    case 111: return afterSpace(s, 'also');
    case 114: return afterSpace(s, 'later') || afterSpace(s, 'earlier') || afterSpace(s, 'further');
    case 116: return afterSpace(s, 'first');
    case 110: return afterSpace(s, 'then');
    case 119: return afterSpace(s, 'now');
    case 115: return afterSpace(s, 'has');
    case 101: return afterSpace(s, 'have');
    case 100: return afterSpace(s, 'had') || afterSpace(s, 'would') || afterSpace(s, 'could');
    default: return false;
  }
  // A word in -ly: a-z letters back to white space.
  let k = n - 2;
  for (let c = s.charCodeAt(k - 1); c >= 97 && c <= 122; c = s.charCodeAt(--k - 1));
  return k < n - 2 && k > 0 && isSpace(s.charCodeAt(k - 1)) && !LY_NOUNS.has(s.slice(k));
}

/** Whether s ends with white space and then `word`. */
function afterSpace(s: string, word: string): boolean {
  return s.endsWith(word) && isSpace(s.charCodeAt(s.length - word.length - 1));
}

/**
 * s.split(/\s+/).length > 16 for s trimmed: /^\S+(?:\s+\S+){16}/.test(s), at least 17 runs of
 * non-space from the first character on, counted without the regex (isSpace is \s exactly).
 */
function moreThan16Words(s: string): boolean {
  const n = s.length;
  if (!n || isSpace(s.charCodeAt(0))) return false;
  let words = 0;
  for (let i = 0; i < n; ) {
    while (i < n && !isSpace(s.charCodeAt(i))) i++;
    if (++words >= 17) return true;
    while (i < n && isSpace(s.charCodeAt(i))) i++;
  }
  return false;
}

/**
 * cleanNp's answers by NP: the cue readers, the denier and the look-backs clean the same few
 * subjects again and again. Per document, as outletCache and for its reason; cleared when full.
 */
let cleanNpCache = new Map<string, string | null>();

/** For tests: the NPs cleanNp and isOutlet have cached. */
export function cachedNps(): string[] {
  return [...cleanNpCache.keys(), ...outletCache.keys()];
}

/** Strip datelines, quotes, leading conjunctions and trailing adjuncts from an NP. */
export function cleanNp(np: string | null | undefined): string | null {
  if (!np) return null;
  return cachedByNp(cleanNpCache, np, readCleanNp);
}

function readCleanNp(np: string): string | null {
  let s = np.trim();
  // Datelines: "MOSCOW - ", "JERUSALEM: ", "PORT ARDEN, May 3 (Wire) - ", "KESSA (Wire) ". A capital (or a non-ASCII
  // letter) first, and no a-z second.
  const c0 = s.charCodeAt(0);
  const c1 = s.charCodeAt(1);
  if ((c0 >= 128 || (c0 >= 65 && c0 <= 90)) && !(c1 >= 97 && c1 <= 122)) s = s.replace(DATELINE, '');
  if (isOpeningMark(s.charCodeAt(0)) || isClosingMark(s.charCodeAt(s.length - 1))) {
    // "Relief Without Frontiers (RWF)": a bracket the NP opened itself stays.
    const bracketed = s.lastIndexOf('(') > 0 && s.lastIndexOf(')') > s.lastIndexOf('(');
    s = s.replace(NP_QUOTES, '');
    if (bracketed && s.lastIndexOf('(') > s.lastIndexOf(')')) s += ')';
  }
  s = s.trim();
  // "Late on Friday the ministry": a time phrase before the subject, with no comma after it.
  if (NP_TIME_HEAD.test(s)) s = s.replace(NP_TIME_HEAD, '');
  // One test for the two tails that need a regex to rule them out ("day", " in "); most NPs have neither.
  const dayOrIn = DAY_OR_IN.test(s);
  if (dayOrIn && DAY.test(s)) s = s.replace(NP_WEEKDAY_TAIL, '');
  if (endsInAdjunct(s)) s = s.replace(NP_ADJUNCT_TAIL, '');
  if (mayOpenWithConjunction(s)) s = s.replace(NP_CONJUNCTION, '');
  if (dayOrIn && NP_IN_STATEMENT.test(s)) s = s.replace(NP_IN_STATEMENT, '');
  // Time adverbials after the subject: "the WHA this year", "police on Sunday", "officials yesterday".
  if (mayEndInTime(s)) s = s.replace(NP_TIME_TAIL, '');
  s = s.trim();
  const f = asciiLetter(s.charCodeAt(0));
  // "No group", "None of them": a negated subject says nobody did it; it names no speaker.
  if (f === 110 && NP_NEGATED.test(s)) return null;
  if (!s || s.length < 2) return null;
  // "Earlier Sunday, the military said", "Late on Friday the ministry said": a time names no speaker.
  if (s.length <= 40 && mayBeTimeOnly(f, asciiLetter(s.charCodeAt(s.length - 1))) && TIME_ONLY.test(s)) return null;
  // More than 16 words (s.split(/\s+/), s trimmed) takes at least 33 characters.
  if (s.length >= 33 && moreThan16Words(s)) return null;
  // NOT_A_SOURCE's words have at most 7 letters but for "officials also" and "media reports".
  if ((s.length <= 7 ? f >= 97 : f === 111 || f === 109) && NOT_A_SOURCE.test(s)) return null;
  if ((f === 111 || f === 105 || f === 97 || f === 98 || f === 102 || f === 119 || f === 100 || f === 117) && NP_PREPOSITION.test(s)) return null;
  return s;
}

const NP_TIME_HEAD = /^(?:earlier|later)\s+(?:in\s+the\s+(?:day|week)|that\s+day|this\s+(?:week|month))\s+(?=\S)|^(?:(?:(?:late|early|earlier|later)\s+)?on\s+|(?:late|early|earlier|later)\s+)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?\s+(?=\S)|^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?\s+(?=(?:the|a|an)\s)/i;

/** A time phrase standing where a subject would: "Earlier Sunday", "Late", "On Monday", "Yesterday". */
const TIME_ONLY =
  /^(?:(?:earlier|later|late|early)(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night))?|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|yesterday|tonight)$/i;

/**
 * Whether TIME_ONLY can match, from the first and last letters (asciiLetter's): its words open with
 * e l o m t w f s y and it ends in earlier/later, late, early/-day, tonight/night, morning/evening
 * or afternoon. (/i without u: only ASCII letters match its letters.)
 */
function mayBeTimeOnly(first: number, last: number): boolean {
  switch (first) {
    case 101: case 108: case 111: case 109: case 116: case 119: case 102: case 115: case 121: // e l o m t w f s y
      return last === 114 || last === 101 || last === 121 || last === 116 || last === 103 || last === 110; // r e y t g n
    default:
      return false;
  }
}

/** Between a claim and the subject of a cue after it: "the 500 deaths that X described". */
const RELATIVE_GAP = /^\W*(?:that|which)\s*$/i;

/**
 * The clause before a cue's subject opens on a comparison or a contrast: "..., fewer than the 17
 * recorded by X", "..., one more than rights groups had reported", "..., while doctors said ...".
 */
const COMPARED_CLAUSE = /^[^,;]*?\b(?:than|up\s+from|down\s+from|compared\s+(?:with|to))\s|^\s*(?:while|whereas)\s/i;

/**
 * Whether a cue after the claim stands in a comparison or contrast after it: then it tells the
 * number compared with, not the claim ("61 were killed, far more than the 38 recorded by the
 * government"). Not a speaker after the comparison's own comma ("more than double the toll, the
 * ministry said").
 */
function inComparison(text: string, claimEnd: number, c: Cue): boolean {
  const subjectAt = c.from ?? c.at;
  if (subjectAt <= claimEnd || subjectAt - claimEnd > 300) return false;
  const gap = text.slice(Math.max(claimEnd, subjectAt - 120), subjectAt);
  const comma = Math.max(gap.lastIndexOf(','), gap.lastIndexOf(';'));
  return comma >= 0 && COMPARED_CLAUSE.test(gap.slice(comma + 1));
}

/** Verbs whose subject says what follows: "X said (that) ...". */
const REPORTED_SPEECH_VERBS = new Set(['said', 'says', 'told', 'tells', 'claimed', 'claims', 'announced', 'stated', 'reported', 'wrote', 'added', 'insisted']);
/** A clause of its own between a verb and a claim: "X said ...; ...", "X said ..., and ...". */
const CLAUSE_BETWEEN = /;|,\s+(?:and|but|while|whereas|which|who|where)\s/;
/** A sentence's end: a full stop, perhaps a closing mark, then a space or the end. */
const SENTENCE_END_AT = /^\s*[.!?]["”’]?(?:\s|$)/;

/** Whether the source the cue at `at` names closes its sentence ("..., according to X."). */
function closesSentence(text: string, at: number, source: string): boolean {
  const i = text.indexOf(source, at);
  return i >= 0 && i - at < 40 && SENTENCE_END_AT.test(text.slice(i + source.length, i + source.length + 4));
}

/** Whether the cue at `at` is "according to" (not "per"). */
function isAccordingTo(text: string, at: number): boolean {
  return (text.charCodeAt(at) | 32) === 97 && text.startsWith('ccording to', at + 1);
}

/** How much farther a participle's borrowed subject counts than an explicit speaker (characters). */
const WEAK_CUE_PENALTY = 120;

/** How far after an outlet's verb its ", citing X" may stand: "reported on Monday, citing". */
const CITING_REACH = 40;

/** The via of pickFrom's cue (set by pickFrom, read by attribute right after the call). */
let pickedVia: string | null = null;

/**
 * The cue that governs the claim at text[claimStart, claimEnd), its via left in pickedVia: attribute
 * reads both and needs no new object per claim.
 */
function pickFrom(text: string, sentence: Span, cues: Cue[], claimStart: number, claimEnd: number): Cue | null {
  // The nearest sourced cue governs: before the claim ("X said that ...") or after it ("..., X said",
  // "... according to X"). A cue after the claim counts double its distance unless it is one of the
  // forms that attach backwards, so "X said it did not strike Y, which Z said killed 39" goes to Z.
  let main: Cue | null = null;
  let best = Infinity;
  for (const c of cues) {
    if (!c.source || (c.until !== undefined && claimStart > c.until)) continue;
    let d: number;
    if (c.at <= claimStart) d = claimStart - c.at;
    else if (c.at < claimEnd) d = 0;
    else {
      const subjectAt = c.from ?? c.at;
      // A relative clause right after the claim names its source: "the 500 deaths that X described".
      // (One needs at least the four letters of "that".)
      const relative = subjectAt - claimEnd >= 4 && RELATIVE_GAP.test(text.slice(claimEnd, subjectAt));
      // "9 people were killed in the attack, which the government said was ...": another clause.
      if (c.relative && !relative) continue;
      // "Monitors counted nine dead; the agency, citing sources, said 15 ...": past a semicolon, a
      // clause of its own.
      if (subjectAt > claimEnd && text.slice(claimEnd, subjectAt).includes(';')) continue;
      if (inComparison(text, claimEnd, c)) continue;
      d = relative ? 0 : (c.at - claimEnd) * (c.backward ? 1 : 2);
    }
    if (c.weak) d += WEAK_CUE_PENALTY;
    if (d < best) { best = d; main = c; }
  }
  // No speaker governs: a cue that only names a carrier may ("..., TASS reported").
  main ??= cues.find((c) => !c.source) ?? null;
  if (!main) return null;
  // "X said in a statement that its fighters killed 31, according to Y": Y carried what X said.
  // (Closing the sentence, and a carrier rather than a record: not "..., according to official figures".)
  if (main.source && main.at >= claimEnd && isAccordingTo(text, main.at) && !CITED_DOCUMENT.test(main.source) && closesSentence(text, main.at, main.source)) {
    for (let i = cues.length - 1; i >= 0; i--) {
      const c = cues[i];
      if (c.at >= claimStart || !c.source || !c.verb || !REPORTED_SPEECH_VERBS.has(c.verb) || c.weak || c.relative || c.backward || isOutlet(c.source)) continue;
      if ((c.until !== undefined && claimStart > c.until) || claimStart - c.at > 300 || CLAUSE_BETWEEN.test(text.slice(c.at, claimStart))) break;
      pickedVia = main.source;
      return c;
    }
  }
  // "The Northern Star, citing two doctors, says ...", "AFP reported, citing state radio, ...": the
  // outlet that cites someone carries their words, whoever it cites (state radio too).
  // ("Citing a commander, the agency said": an outlet named before, described so, as well; not "the
  // agency" that is a civil defence agency.)
  if (main.source && !main.cited && (isOutlet(main.source) || (OUTLET_DESCRIPTION.test(main.source) && isOutlet(describedOutlet(text, sentence, main.source))))) {
    for (const c of cues) {
      // ("Quoting a police spokesman, the Daily Nation said ...": cited before the outlet too.)
      if (c.cited && (c.at < main.at || (c.at > main.at && c.at - main.at <= CITING_REACH))) {
        pickedVia = main.source;
        return c;
      }
    }
  }
  // "..., the ministry said, TASS reported": the agency carried what another named source said.
  if (main.source && isOutlet(main.source)) {
    const speaker = cues.find((c) => c !== main && c.source && !isOutlet(c.source) && !c.weak && !c.relative);
    if (speaker) {
      pickedVia = main.source;
      return speaker;
    }
  }
  pickedVia = main.via ?? cues.find((c) => c !== main && !c.source && c.via)?.via ?? null;
  // "Witnesses told Reuters they saw 10 bodies": the pronoun's speaker told it to Reuters.
  if (pickedVia === null && main.pronoun) {
    for (const c of cues) if (c.at < main.at && c.source && !c.pronoun && c.via) pickedVia = c.via;
  }
  // An outlet that closes the sentence ("The ministry said 14 were killed, Reuters reported"), or
  // opens it with the speaker after the claim ("State TV reported 12 deaths, citing the ministry"),
  // carried the speaker's words. Not an outlet's own clause: "officials said 300 died, AP said that ...".
  if (pickedVia === null && main.source) {
    for (const c of cues) {
      if (c === main || !c.source || c.pronoun || c.relative || c.verb === 'told') continue;
      // Not an outlet inside the speaker's own NP ("according to a witness and local media reports").
      // Nor before a speaker it cites: "The Kyiv Independent reported, citing X, that ...".
      const before = (c.at <= claimStart && main.at >= claimEnd) || (c.verb !== undefined && c.at < main.at && main.at <= claimStart);
      if (((c.backward && c.at >= claimEnd && !inComparison(text, claimEnd, c)) || before) && !main.source.includes(c.source) && isOutlet(c.source)) {
        pickedVia = c.source;
        break;
      }
    }
  }
  return main;
}

const SPEAKER_AFTER_QUOTE = new RegExp(
  String.raw`[”"]\s*,?\s*(?:(${'[^,.;:“”"]{2,80}?'})(?:,\s+[^,.;:“”"]{2,80},)?\s+(?:(told)\s+([^,.;:“”"\d]{1,40}?)|(?:${SPEECH_VERBS})(?:\s+(?:on|late\s+on|early\s+on)\s+\w+|\s+in\s+a\s+statement)?(?:\s+(?:carried|posted|published|issued|released|quoted)\s+[^,.;:“”"]{1,60})?)|(?:said|says|added|told\s+\w+|announced|wrote|stated|noted|explained|declared)\s+((?:[^,.;:“”"]|(?<=\b(?:${TITLE_ABBREVIATIONS}))\.){2,80}?))(?<!\b(?:${TITLE_ABBREVIATIONS}))(?=\s*(?:[,.;:]|$))`,
  // Sticky: the speaker follows the closing mark the match starts at; unanchored, a failed match
  // was retried at every later mark to the paragraph's end, once per claim.
  'uy',
);

/** The outlet the last speaker quoteSpeaker found told the quotation to ("told AFP"), or null. */
let quoteVia: string | null = null;

/**
 * The speaker of a quotation that holds position `at`: the "X said" after its closing mark, within
 * the same paragraph. Null when `at` is not inside a quotation.
 */
export function quoteSpeaker(text: string, paraStart: number, paraEnd: number, at: number): string | null {
  const para = text.slice(paraStart, paraEnd);
  // Inside a quotation: an odd number of quote marks before it, or an unclosed opening curly quote.
  const marks = quoteMarks(text, paraStart, paraEnd);
  const inCurly = countBefore(marks.opens, at) > countBefore(marks.closes, at);
  const inStraight = countBefore(marks.straight, at) % 2 === 1;
  if (!inCurly && !inStraight) return null;
  // The next closing mark from the positions already found: an indexOf per claim ran on to the
  // paragraph's end inside a long unclosed quotation.
  const closes = inCurly ? marks.closes : marks.straight;
  const next = countBefore(closes, at);
  const close = next < closes.length ? closes[next]! - paraStart : -1;
  if (close < 0) return runOnSpeaker(text, paraStart, paraEnd, at, inCurly ? '”' : '"');
  SPEAKER_AFTER_QUOTE.lastIndex = 0;
  const m = SPEAKER_AFTER_QUOTE.exec(para.slice(close));
  if (!m) return colonSpeaker(text, paraStart, at, inCurly ? '“' : '"');
  // "..." the village head told AFP.
  const object = m[2] && m[3] ? cleanNp(m[3]) : null;
  quoteVia = object && (AGENCY.test(object) || isOutlet(object)) ? object : null;
  return cleanNp(m[1] ?? m[4]) ?? null;
}

/**
 * A name and a colon right before a quotation's opening mark: 'Marenco again: "We have found three
 * more bodies."', 'Zelensky: “...”' (a live page's or a transcript's way of naming a speaker).
 */
const COLON_SPEAKER = /(?:^|[.!?]\s+|[—–]\s+)((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*?)(?:\s+(?:again|also|then|later))?(?:\s+(?:said|says|added|adds|wrote|writes))?:\s*$/u;
/** Labels before a colon that name no speaker. */
const COLON_LABEL = /^(?:update|updates|note|watch|read more|related|source|photo|video|breaking|analysis|background|context|timeline|quote|q|a)$/i;

function colonSpeaker(text: string, paraStart: number, at: number, openMark: string): string | null {
  const open = text.lastIndexOf(openMark, at);
  if (open <= paraStart) return null;
  const m = COLON_SPEAKER.exec(text.slice(Math.max(paraStart, open - 80), open));
  if (!m || COLON_LABEL.test(m[1]) || m[1] === m[1].toUpperCase()) return null;
  return cleanNp(m[1]);
}

/** How many paragraphs on a quotation left open at a paragraph's end is followed to its close. */
const RUN_ON_PARAGRAPHS = 3;

/**
 * The speaker of a quotation left open at its paragraph's end: by the convention of print, each
 * paragraph it runs on to opens with a quotation mark again, and the speaker follows the mark that
 * closes it ('“We pulled 11 bodies out. ¶ “We go back tomorrow,” said Lena Hart.'). When none
 * follows, the speaker named before the quotation opened.
 */
function runOnSpeaker(text: string, paraStart: number, paraEnd: number, at: number, closeMark: string): string | null {
  let end = paraEnd;
  for (let n = 0; n < RUN_ON_PARAGRAPHS; n++) {
    let start = end;
    while (start < text.length && isSpace(text.charCodeAt(start))) start++;
    const c = text.charCodeAt(start);
    if (start === end || !(c === 0x201c || c === 34)) break;
    end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const close = text.indexOf(closeMark, start + 1);
    if (close < 0 || close >= end) continue;
    SPEAKER_AFTER_QUOTE.lastIndex = 0;
    const m = SPEAKER_AFTER_QUOTE.exec(text.slice(close, end));
    if (!m) break;
    const object = m[2] && m[3] ? cleanNp(m[3]) : null;
    quoteVia = object && (AGENCY.test(object) || isOutlet(object)) ? object : null;
    return cleanNp(m[1] ?? m[4]);
  }
  // The quotation's opening mark, and the speaker named before it. (A mark that opens nothing, as
  // an inch's 12" after a digit, has no speaker.) One named earlier in the paragraph is left to the
  // paragraph's own reading of its speakers.
  const open = text.lastIndexOf(closeMark === '”' ? '“' : '"', at);
  if (open < paraStart || (open > paraStart && !isSpace(text.charCodeAt(open - 1))) || !isLetter(text.codePointAt(open + 1)!)) return null;
  if (firstSpeakerAt(text, paraStart, paraEnd) < at) return null;
  return resolveBack(text, open, 'they');
}

/** The first sentence of `sentences` (in order) that starts at or after `at`. */
function sentenceFrom(sentences: Span[], at: number): Span | undefined {
  return sentences[countBefore(sentences, at, (s) => s.start)];
}

/** Where the paragraph's first cue naming a speaker stands (Infinity for none), kept per paragraph. */
function firstSpeakerAt(text: string, paraStart: number, paraEnd: number): number {
  let at = firstSpeakerCache.get(paraStart);
  if (at === undefined) {
    at = Infinity;
    for (const s of paragraphSentences(text, paraStart, paraEnd)) {
      const c = findCues(text, s).find((c) => c.source);
      if (c) {
        at = s.start;
        break;
      }
    }
    firstSpeakerCache.set(paraStart, at);
  }
  return at;
}

/** Whether position `at` of the paragraph stands inside a quotation (as quoteSpeaker counts the marks). */
function insideQuotation(text: string, paragraph: Span, at: number): boolean {
  const marks = quoteMarks(text, paragraph.start, paragraph.end);
  return countBefore(marks.opens, at) > countBefore(marks.closes, at) || countBefore(marks.straight, at) % 2 === 1;
}

interface QuoteMarks {
  end: number;
  opens: number[];
  closes: number[];
  straight: number[];
}

/**
 * Where a paragraph's quotation marks are, found once per paragraph of the document: counting them
 * from the paragraph's start for every claim was quadratic in a long paragraph dense with figures.
 */
function quoteMarks(text: string, start: number, end: number): QuoteMarks {
  useDocument(text);
  let m = quoteMarkCache.get(start);
  if (m?.end !== end) {
    m = { end, opens: positions(text, '“', start, end), closes: positions(text, '”', start, end), straight: positions(text, '"', start, end) };
    quoteMarkCache.set(start, m);
  }
  return m;
}

function positions(text: string, mark: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(mark, start); i >= 0 && i < end; i = text.indexOf(mark, i + 1)) out.push(i);
  return out;
}


const ORG_WORDS = /\b(?:ministry|military|army|government|council|coalition|office|agency|group|organi[sz]ation|service|authorities|forces|command|observatory|directorate|police|UN|NGO|department|administration|committee|commission|daily|newspaper|broadcaster|channel|study|report|investigation|force|staff|brigade|battalion|regiment|navy|mission|monitor|company|firm|network|hospital|court|parliament|cabinet|presidency|embassy|bureau|centre|center|institute|charity|militia|regime|Kremlin|Pentagon)\b/i;

/**
 * What "he", "she", "it", "they" or a bare "the ministry" points back to: the last fitting source
 * named in the ~2,000 characters before `at` (any attribution cue there, "X said", "by X", ...).
 */
export function resolveBack(text: string, at: number, pronoun: string): string | null {
  useDocument(text);
  // By position, then pronoun: no key string to build and hash per call.
  let answers = backCache.get(at);
  if (!answers) backCache.set(at, (answers = new Map()));
  let source = answers.get(pronoun);
  if (source === undefined) {
    source = readBack(text, at, pronoun);
    answers.set(pronoun, source);
  }
  return source;
}

function readBack(text: string, at: number, pronoun: string): string | null {
  const from = Math.max(0, at - 2000);
  const lower = pronoun.toLowerCase();
  // A surname to resolve comes as "#Saar" (resolveCue): matched as written.
  const surname = pronoun.charCodeAt(0) === 35 ? pronoun.slice(1) : null;
  // The answer is the last fitting source, so read backwards and stop at the first: the sentences
  // before it need no cues read (for most of them nothing else asks).
  // The paragraphs of the window as splitParagraphs(text.slice(from, at)) gives them (runs between
  // line breaks, trimmed), found from the last back, as far as needed, from the document's line
  // breaks (found once: scanning back over the window on every call cost more than the rest).
  const breaks = lineBreaks(text);
  // The window's end as slice(from, at) takes it.
  const to = at < 0 ? Math.max(0, text.length + at) : Math.min(at, text.length);
  // The last line break before it.
  let b = countBefore(breaks, to) - 1;
  // Every source a sentence gives is cut from its own words (cleanNp and the readers only trim and
  // join them), so a full name ending in the surname has the surname written in its sentence: a
  // sentence without it is passed over before its cues are read. `occ` is the last place the surname
  // starts that ends within the sentence being read (sentences come last to first): -1 for none.
  let occ = surname ? text.lastIndexOf(surname, to - surname.length) : -1;
  // A word to find back ("ministry" for "the ministry", a-z only) fits only a cue whose source,
  // lower-cased, ends in it: cut from the sentence's words, so the sentence lower-cased holds it too.
  // (Each a-z of a lower-cased string comes from one character in place: A-Z, a-z or the Kelvin sign;
  // 'İ', the one that grows, gives an 'i' with a combining dot after it, so never ends an a-z run.)
  const word = !surname && !PRONOUNS.has(lower) && pronoun !== OUTLET_KEY ? lower : null;
  // "the department" may be the ministry named before; "the group" any organisation's name: neither
  // need be written in the antecedent's sentence.
  const needle = word && !GROUP_WORDS.has(word) ? word : null;
  const synonym = word ? DESCRIPTION_SYNONYMS.get(word) : undefined;
  /** A bare description found for `word` ("the spokesman"), kept while a name is looked for. */
  let bare: string | null = null;
  for (let end = to; end > from; ) {
    const nl = b >= 0 && breaks[b] >= from ? breaks[b--] : from - 1;
    let start = nl + 1;
    let stop = end;
    end = nl;
    while (start < stop && isSpace(text.charCodeAt(start))) start++;
    while (stop > start && isSpace(text.charCodeAt(stop - 1))) stop--;
    if (start === stop) continue;
    const sentences = paragraphSentences(text, start, stop);
    for (let k = sentences.length - 1; k >= 0; k--) {
      if (surname) {
        while (occ >= 0 && occ + surname.length > sentences[k].end) occ = occ > 0 ? text.lastIndexOf(surname, occ - 1) : -1;
        if (occ < sentences[k].start) continue;
      } else if (needle && !sentenceHas(text, sentences[k], needle, synonym)) {
        continue;
      }
      const cues = findCues(text, sentences[k]);
      // "the broadcaster" as a carrier: the last outlet named.
      if (pronoun === OUTLET_KEY) {
        for (let c = cues.length - 1; c >= 0; c--) {
          const named = cues[c].via ?? (cues[c].source && isOutlet(cues[c].source!) ? cues[c].source : null);
          if (named && !OUTLET_DESCRIPTION.test(named)) return named;
        }
        continue;
      }
      if (surname) {
        // "Saar said" after "Captain Ivo Saar": the full name, as a cue, a subject or a titled name.
        for (let c = cues.length - 1; c >= 0; c--) if (cues[c].source && !cues[c].pronoun && fullNameOf(cues[c].source!, surname)) return cues[c].source;
        let subject = subjectCache.get(sentences[k]);
        if (subject === undefined) subjectCache.set(sentences[k], (subject = subjectCue(text, sentences[k])));
        if (subject && fullNameOf(subject.source!, surname)) return subject.source;
        // "The mayor, Lina Berg, toured ...": the name in the subject's appositive.
        if (subject) {
          const named = withNameAfter(text, sentences[k], subject.source!);
          if (named !== subject.source && fullNameOf(named.slice(subject.source!.length + 2), surname)) return named;
        }
        let named = titledCache.get(sentences[k]);
        if (named === undefined) titledCache.set(sentences[k], (named = lastTitledName(text.slice(sentences[k].start, sentences[k].end))));
        if (named && fullNameOf(named, surname)) return named;
        continue;
      }
      for (let c = cues.length - 1; c >= 0; c--) {
        if (!fitsPronoun(cues[c], lower)) continue;
        const found = cues[c].source!;
        // "The spokesman said ... The spokesman denied": a description looked for finds a bare one
        // first, and looks on for a name (in this window only, never from a new one: a chain of "the
        // army" back through a long text would be quadratic).
        if (word) {
          if (!isBareDescription(found)) return found;
          bare ??= found;
          continue;
        }
        // "The spokesman said ... He affirmed": the description resolved in its own sentence.
        return resolveDescription(text, sentences[k], found);
      }
      // "The ministry updated its figures. It said ...": a pronoun also points back to a subject that
      // did not speak ("Rebel commanders met on Sunday. They said ..."), and so does "the office".
      if (word) {
        let subject = subjectCache.get(sentences[k]);
        if (subject === undefined) subjectCache.set(sentences[k], (subject = subjectCue(text, sentences[k])));
        if (subject && fitsPronoun(subject, lower)) {
          const named = withNameAfter(text, sentences[k], subject.source!);
          if (!isBareDescription(named)) return named;
          bare ??= named;
        }
      } else if (PRONOUNS.has(lower)) {
        let subject = subjectCache.get(sentences[k]);
        if (subject === undefined) subjectCache.set(sentences[k], (subject = subjectCue(text, sentences[k])));
        if (subject && fitsPronoun(subject, lower) && fitsSubject(subject.source!, lower)) return withNameAfter(text, sentences[k], subject.source!);
      }
      // "Governor Anna Petrenko visited the site. She said ...": a titled name need not have spoken yet.
      if (lower === 'he' || lower === 'she') {
        let named = titledCache.get(sentences[k]);
        if (named === undefined) titledCache.set(sentences[k], (named = lastTitledName(text.slice(sentences[k].start, sentences[k].end))));
        if (named) return named;
      }
    }
  }
  return bare;
}

/** A description with no name in it: "the spokesman", "The health ministry". */
function isBareDescription(np: string): boolean {
  return (np.charCodeAt(0) | 32) === 116 && BARE_NP.test(np.charCodeAt(0) === 84 ? 't' + np.slice(1) : np);
}

/** Whether the sentence, lower-cased, holds `word` or its synonym. */
function sentenceHas(text: string, s: Span, word: string, synonym: string | undefined): boolean {
  const lower = text.slice(s.start, s.end).toLowerCase();
  return lower.includes(word) || (synonym !== undefined && lower.includes(synonym));
}

/** A carrier named by what it is: "the broadcaster", "the agency". */
const OUTLET_DESCRIPTION = /^the\s+(?:broadcaster|agency|news\s+agency|newspaper|paper|channel|station|network|daily)$/i;
/** resolveBack's key for the last outlet named. */
const OUTLET_KEY = '@outlet';

/** What a description may point back to besides itself: translated state media's "the department". */
const DESCRIPTION_SYNONYMS = new Map([['department', 'ministry']]);
/**
 * Descriptions that stand for any organisation named before: "The group said ...", "the monitor"
 * for "The Syrian Observatory, a war monitor", "the agency" for "the Tarsa Civil Defence".
 */
const GROUP_WORDS = new Set(['group', 'organisation', 'organization', 'movement', 'monitor', 'charity', 'watchdog', 'agency', 'company', 'firm', 'operator']);
/** Of GROUP_WORDS, those that stand for a business. */
const COMPANY_WORDS = new Set(['company', 'firm', 'operator']);
/** A business by its name's last word: "Graystone Minerals", "Halden Textiles", "Orvel Airlines". */
const COMPANY_NAME = /^(?:the\s+)?(?:[\p{Lu}][\p{L}&'’.-]*\s+){1,3}(?:Minerals|Mining|Mines|Textiles|Energy|Oil|Gas|Petroleum|Airlines|Airways|Air|Motors|Holdings|Group|Industries|Steel|Chemicals|Logistics|Shipping|Lines|Rail|Railways|Power|Construction|Foods|Pharmaceuticals|Corp|Corporation|Company|Co|Inc|Ltd|Limited|plc|PLC|AG|SA|GmbH)\.?$/u;
/** Of GROUP_WORDS, those that may stand for a state's body too: "the agency" for a civil defence. */
const STATE_GROUP_WORDS = new Set(['agency', 'organisation', 'organization']);
/** A one-word name: "Hamas did not comment. The group said ...". */
const ONE_WORD_NAME = /^[\p{Lu}][\p{L}'’-]+$/u;
/** Names of armed groups that a state's word ends: "the Lusan Liberation Army", "Free Syrian Army". */
const NON_STATE_NAME = /\b(?:Liberation|Independence|Republican|Revolutionary|Resistance|Free|Popular|Salvation|Islamic|Rebel)\b/;
/** Organisations of a state, which "the group" does not stand for. */
const STATE_BODY = /\b(?:ministry|government|army|military|police|forces|department|office|council|authorities|administration|president|cabinet|navy|staff|command|guard)\b/i;

/**
 * A sentence's opening subject as a cue (for fitsPronoun), or null when it names no speaker: not a
 * count of people ("Thousands of residents fled"), not a word set off by a comma that is not a
 * speaker's name or title ("However, ...").
 */
function subjectCue(text: string, s: Span): Cue | null {
  const sent = text.slice(s.start, s.end);
  // Inside a quotation the subjects are the speaker's words, not who speaks.
  if (isOpeningMark(sent.charCodeAt(0))) return null;
  const source = initialSubject(sent);
  if (!source || isPronoun(source) || QUANTITY_FIRST.test(source)) return null;
  const after = sent.charCodeAt(source.length);
  // "Source: ...", "Update: ...": a label.
  if (after === 58 || (after === 44 && !/\s/.test(source) && !hasSourceHead(source))) return null;
  // initialSubject stops at a verb it knows in lower case; in capitals ("RUSSIA DENIED A REPORT
  // THAT ...") it runs on. A subject is short and holds no verb or clause word in any case.
  for (const w of source.split(/\s+/)) {
    const lw = w.toLowerCase();
    if (lw === 'and') continue;
    // A name in -ed ("Ahmed") is no verb: only words all in one case are tested as verbs.
    if (SUBJECT_LEFT_STOP.has(lw) || ((lw === w || w.toUpperCase() === w) && VERBISH.test(lw))) return null;
  }
  return { at: s.start, source, via: null };
}
/** A count opens the NP ("Thirty-nine people remain in hospital, it said"): people counted, no antecedent. */
const QUANTITY_FIRST = /^(?:\d|(?:thousands|hundreds|dozens|scores|millions|many|several|some|few|most|all|both|each|every|no|none|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)/i;

/** The head of an NP: its last word before a preposition or relative word ("Doctors at the clinic"). */
function headNoun(words: string[]): string {
  for (let i = 1; i < words.length; i++) if (NOT_A_VERB_BEFORE_DETERMINER.has(words[i])) return words[i - 1];
  return words[words.length - 1];
}

/** Groups that "they" may stand for besides ORG_WORDS' organisations. */
const COLLECTIVE = /\b(?:network|team|alliance|front|union|movement|party|family|crew|militia|junta|staff|press)\b/i;

/** Nouns for one person who can speak: "he"/"she" may point back to a subject headed by one. */
const PERSON_HEADS = new Set(
  ('spokesman spokeswoman spokesperson governor mayor official doctor nurse witness director chief head minister ' +
    'commander general president leader reporter photographer captain colonel major lieutenant sergeant officer ' +
    'priest pastor imam manager executive chairman chairwoman secretary coroner attorney lawyer envoy ambassador ' +
    'premier chancellor king queen emir sheikh resident villager worker medic volunteer surgeon teacher farmer ' +
    'fisherman survivor journalist correspondent analyst expert researcher scientist representative member ' +
    'delegate prosecutor engineer investigator inspector mother father woman man coordinator wife husband son ' +
    'daughter brother sister neighbour neighbor passenger driver shopkeeper student trader vendor merchant rider ' +
    'abbot monk nun bishop cleric chairperson administrator superintendent sheriff midwife pharmacist pilot boy girl ' +
    'councillor councilor councilman councilwoman senator legislator lawmaker').split(' '),
);

/**
 * Whether a subject that did not speak fits the pronoun, beyond fitsPronoun: "they" a plural or an
 * organisation; "he"/"she" a person by its head noun, or a name (capitalised words, none a source
 * noun like "Hospital").
 */
function fitsSubject(np: string, lower: string): boolean {
  const words = np.split(/\s+/);
  if (lower === 'they' || lower === 'we') {
    return PLURAL_END.test(headNoun(words)) || ORG_WORDS.test(np) || COLLECTIVE.test(np);
  }
  if (lower !== 'he' && lower !== 'she' && lower !== 'i') return true;
  if (hasPersonHead(np)) return true;
  return words.length <= 4 && words.every((w) => isUpper(w.codePointAt(0)!) && !SOURCE_HEADS.has(bareLower(w)));
}

/**
 * Whether `np` is a person's full name ending in `surname`: "Captain Ivo Saar", "Ukrainian President
 * Volodymyr Zelensky" (the word before the surname is capitalised too; not "the mayor of Kyiv").
 */
function fullNameOf(np: string, surname: string): boolean {
  if (np.length <= surname.length + 2 || !np.endsWith(surname) || np.charCodeAt(np.length - surname.length - 1) !== 32) return false;
  const before = np.slice(0, np.length - surname.length - 1);
  const w = before.slice(before.lastIndexOf(' ') + 1);
  return isUpper(w.codePointAt(0)!) && !isOutlet(np) && !ORG_WORDS.test(np.slice(-surname.length - w.length - 1));
}

/**
 * A subject that did not speak with the name set off after it: "The regional fire chief, Marta
 * Kolb" of "The regional fire chief, Marta Kolb, visited the scene" (a later "she said" is hers).
 */
function withNameAfter(text: string, s: Span, subject: string): string {
  const sent = text.slice(s.start, s.end);
  // (After a dateline or a live page's time stamp at most.)
  const at = sent.indexOf(subject + ', ');
  const m = at >= 0 && at < 60 ? APPOSITIVE_NAME.exec(sent.slice(at + subject.length + 2)) : null;
  return m && !hasSourceHead(m[1]) ? `${subject}, ${m[1]}` : subject;
}

/** A name between commas after a subject: "Lina Berg" of ", Lina Berg, toured". */
const APPOSITIVE_NAME = /^((?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){1,3}),/u;
/** A title and a surname: "Dr. Idris", "Mr. Kovac". */
const TITLE_SURNAME = /^(?:Dr|Mr|Mrs|Ms|Prof|Col|Gen|Capt|Lt|Sgt)\.?\s+([\p{Lu}][\p{Ll}][\p{L}'’-]+)$/u;

/** A lone capitalised word that may be a surname: not an acronym, a source noun, an outlet or a place we know by a head. */
const SURNAME = /^[\p{Lu}][\p{Ll}][\p{L}'’-]+$/u;
/**
 * SURNAME's cheap necessary conditions, tested first: an ASCII first character must be A-Z, an
 * ASCII second a-z, and the name is one word (no space, so most NPs stop here).
 */
function mayBeSurname(np: string): boolean {
  const c0 = np.charCodeAt(0);
  const c1 = np.charCodeAt(1);
  return (c0 >= 128 || (c0 >= 65 && c0 <= 90)) && (c1 >= 128 || (c1 >= 97 && c1 <= 122)) && np.indexOf(' ') < 0;
}

/** Where this document's line breaks are, in order. */
function lineBreaks(text: string): number[] {
  if (breakCache) return breakCache;
  const breaks: number[] = [];
  for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) breaks.push(p);
  return (breakCache = breaks);
}

/** splitSentences(text, start, end), kept for this document. */
function paragraphSentences(text: string, start: number, end: number): Span[] {
  let byEnd = paragraphCache.get(start);
  if (!byEnd) paragraphCache.set(start, (byEnd = new Map()));
  let sentences = byEnd.get(end);
  if (!sentences) byEnd.set(end, (sentences = splitSentences(text, start, end)));
  return sentences;
}

const TITLED_NAME =
  /\b(?:President|Prime Minister|Governor|Mayor|Minister|General|Gen\.|Colonel|Col\.|Major|Captain|Spokesman|Spokeswoman|Spokesperson|Commander|Chief|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Professor|Prof\.|Senator|Judge|Sheikh|Imam|Father|Rev\.)\s+(?:[A-Z][\p{L}'’-]+\s+){0,2}[A-Z][\p{L}'’-]+/gu;

/** The last "Governor Anna Petrenko"-like name in a sentence. */
function lastTitledName(sentence: string): string | null {
  let last: string | null = null;
  TITLED_NAME.lastIndex = 0;
  for (let m = TITLED_NAME.exec(sentence); m; m = TITLED_NAME.exec(sentence)) last = m[0];
  return last;
}

/** Whether a cue's source can be what `lower` ("he", "it", "ministry") points back to. */
function fitsPronoun(c: Cue, lower: string): boolean {
  const np = c.source;
  if (!np || c.pronoun) return false;
  // readBack asks this of every cue it passes, often of the same cues again: the cheap tests first.
  if (!PRONOUNS.has(lower)) {
    // "the office" for "The UN humanitarian office (OCHA)": the bracketed acronym aside.
    const bracketed = np.charCodeAt(np.length - 1) === 41 && np.indexOf(' (') > 0;
    const base = bracketed ? np.slice(0, np.lastIndexOf(' (')) : np;
    // base.toLowerCase().endsWith(lower), lower being a-z: an ASCII last character must match.
    const last = base.charCodeAt(base.length - 1);
    // A name, or a description in lower case that spoke ("according to the mayor's office").
    if ((last >= 128 || lowerAscii(last) === lower.charCodeAt(lower.length - 1)) && (hasUpper(base) || c.verb !== undefined || c.backward) && base.toLowerCase().endsWith(lower)) return true;
    if (hasUpper(base)) {
      const baseLower = base.toLowerCase();
      // "the ministry" for "The Ministry of Emergency Situations": the name's head before "of".
      if (namesHead(baseLower, lower)) return true;
      const synonym = DESCRIPTION_SYNONYMS.get(lower);
      if (synonym !== undefined && (baseLower.endsWith(synonym) || namesHead(baseLower, synonym))) return true;
    }
    // "The Red Hand Front said ... The group said": a named organisation that is no state's body.
    // (A one-word name, not a capitalised common noun: "Officials blamed the Front. The group ...".)
    // "Graystone Minerals said ... the company said": a name a business's word ends.
    if (COMPANY_WORDS.has(lower) && COMPANY_NAME.test(np)) return true;
    if (GROUP_WORDS.has(lower)) return (fitsPronoun(c, 'it') || (ONE_WORD_NAME.test(np) && !hasPersonHead(np) && !hasSourceHead(np))) && (STATE_GROUP_WORDS.has(lower) || !STATE_BODY.test(np) || NON_STATE_NAME.test(np)) && !isOutlet(np) && !/\sand\s/.test(np);
    // "the governor" for "Governor of the Dorne region Pavel Ostrov", "the spokesman" for "The
    // spokesman of the guard, Colonel Ida Renn": a person's title with the holder's name after it.
    return PERSON_HEADS.has(lower) && titledHolder(np, lower);
  }
  const person = lower === 'he' || lower === 'she' || lower === 'i';
  // A description in lower case only for a person ("..., its director told PNS. ..., he said"), or
  // for an organisation that spoke ("..., according to the ministry. ..., it said").
  // ("According to prosecutors, ... They said": plural speakers in lower case for "they".)
  if (!hasUpper(np) && !(person && hasPersonHead(np)) && !(lower === 'it' && (c.verb !== undefined || c.backward) && ORG_WORDS.test(np) && !hasPersonHead(np)) && !(lower === 'they' && (c.verb !== undefined || c.backward) && (PLURAL_END.test(np) || PLURAL_BEFORE_PLACE.test(np)) && hasSourceHead(np))) return false;
  if (!person && lower !== 'it') return true;
  // A plural is an NP ending in s that is not organisation-like; one opening with "a"/"an" is a
  // single person whatever its modifier ends with ("a villager who buried the bodies").
  // (Not a titled name in -s: "Civil protection chief Anton Reyes".)
  // ("Villagers in Tavor": the head before its place.)
  if (person && (PLURAL_END.test(np) || PLURAL_BEFORE_PLACE.test(np)) && !INDEFINITE.test(np) && !(isUpper(np.codePointAt(np.lastIndexOf(' ') + 1)!) && hasPersonHead(np))) return false;
  // Organisation-like (ORG_WORDS scans the NP): kept per cue for this document.
  let orgLike = orgCache.get(c);
  if (orgLike === undefined) orgCache.set(c, (orgLike = !!c.org || ORG_WORDS.test(np) || ACRONYM.test(np) || BRACKETED_ACRONYM.test(np) || isOutlet(np)));
  // "Police chief Dana Moor": an organisation's word, but a person; "the general staff", "the
  // governor's office": a person's word, but an organisation's head.
  // A name of three capitalised words or more with no person's word ("Doctors Without Borders") may be
  // an organisation's too.
  if (lower === 'it') return (orgLike && (!hasPersonHead(np) || ORG_WORDS.test(np.slice(np.lastIndexOf(' ') + 1)))) || (LONG_NAME.test(np) && !hasPersonHead(np));
  return !orgLike || hasPersonHead(np);
}

/** Whether `word` heads the name `lower` (in lower case) before its complement: "ministry" of "the ministry of health". */
function namesHead(lower: string, word: string): boolean {
  for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
    if (i > 0 && lower.charCodeAt(i - 1) !== 32) continue;
    const rest = lower.slice(i + word.length, i + word.length + 5);
    if (rest.startsWith(' of ') || rest.startsWith(' for ') || rest.startsWith(' on ')) return true;
  }
  return false;
}

/** Whether `np` holds the title `word` as a word and ends in a capitalised name: "Mayor Tilde Aas". */
function titledHolder(np: string, word: string): boolean {
  const space = np.lastIndexOf(' ');
  if (space < 0 || !isUpper(np.codePointAt(space + 1)!) || isOutlet(np)) return false;
  for (const w of np.toLowerCase().split(/[\s,]+/)) if (bareLower(w) === word) return true;
  return false;
}

const LONG_NAME = /^(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){2,}$/u;

/** Whether a word of the NP is a noun for one person (PERSON_HEADS); kept per NP for this document. */
function hasPersonHead(np: string): boolean {
  let person = personCache.get(np);
  if (person === undefined) {
    person = false;
    for (const w of np.split(/\s+/)) if (PERSON_HEADS.has(bareLower(w))) person = true;
    personCache.set(np, person);
  }
  return person;
}

/** HAS_UPPER.test(np), answered by a capital A-Z first where there is one. */
function hasUpper(np: string): boolean {
  const c = np.charCodeAt(0);
  return (c >= 65 && c <= 90) || HAS_UPPER.test(np);
}
const INDEFINITE = /^an?\s/i;
const HAS_UPPER = /[\p{Lu}]/u;
const ACRONYM = /^(?:the\s+)?[\p{Lu}]{2,}$/u;
/** A name of two words or more given with its acronym: "Medecins Sans Frontieres (MSF)" (not "Syria (ISIS)"). */
const BRACKETED_ACRONYM = /^(?:the\s+)?[\p{Lu}][^\s(]*(?:\s+[^\s(]+)+\s\([\p{Lu}]{2,}\)$/u;
const PLURAL_END = /s$/i;
/** A plural head before a place or owner: "Villagers in Tavor", "Residents of Nayin". */
const PLURAL_BEFORE_PLACE = /^(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+s\s+(?:in|of|at|from|near)\s/iu;

/** "its director", "their lawyers", "its Ukrainian counterpart": people an owner named before has. */
function isPossessedSpeaker(w: string): boolean {
  const one = w.length > 3 && w.charCodeAt(w.length - 1) === 115 ? w.slice(0, -1) : w;
  return PERSON_HEADS.has(w) || PERSON_HEADS.has(one) || one === 'counterpart';
}

/** A count or report of an organisation named before: "Its latest count", "their tally". */
const OWNED_DOCUMENT = /^(its|their)\s+(?:[a-z]+\s+)?(?:count|tally|figures|toll|report|bulletin|data|estimate|update|statement)$/i;
const STATEMENT_NP = /^(?:the|a|its|their)\s+(?:statement|communiqu[ée]|release|post|announcement)$/i;
/** (With a modifier of where or by whom: "the Britain-based war monitor", "the UN-backed broadcaster".) */
const BARE_NP = /^the\s+(?:[\p{L}]+-(?:based|backed|run|funded|led)\s+)?[a-z]+(?:\s+[a-z]+)?$/u;

/** Whether `name` holds every word of the description `bare` but its article ("the defence ministry"). */
function saysAsMuch(name: string, bare: string): boolean {
  const words = name.toLowerCase().split(/[^\p{L}]+/u);
  return bare.toLowerCase().split(/\s+/).slice(1).every((w) => words.includes(w));
}

/** The run of a-z that ends s: a BARE_NP's split(/\s+/).pop(). */
function lastLetters(s: string): string {
  let i = s.length;
  for (let c = s.charCodeAt(i - 1); c >= 97 && c <= 122; c = s.charCodeAt(--i - 1));
  return s.slice(i);
}

/**
 * The speaker a first person's words are tagged with later in the sentence, quotation marks left
 * out: "Our tally shows 17 were killed, the rights group said" is the group's tally, not the
 * writer's. Only a tag after a comma: in "not eight as the army stated" the army is contradicted.
 */
function taggedAfter(text: string, sentence: Span, paragraph: Span, cue: Cue): string | null {
  for (const c of findCues(text, sentence)) {
    if (c.at <= cue.at || !c.backward || !c.source || c.pronoun || FIRST_PERSON_NP.test(c.source)) continue;
    const at = text.indexOf(c.source, Math.max(sentence.start, c.at - c.source.length - 40));
    if (at < 0 || !TAG_BEFORE.test(text.slice(Math.max(sentence.start, at - 20), at))) continue;
    return resolveCue(text, sentence, paragraph, c);
  }
  return null;
}

/** What stands before a speaker's tag: a comma, maybe "according to" ("..., the group said"). */
const TAG_BEFORE = /,\s*(?:according\s+to\s+)?$/i;

/** A cue's source with pronouns and bare descriptions ("the statement", "the ministry") resolved. */
export function resolveCue(text: string, sentence: Span, paragraph: Span, cue: Cue): string | null {
  const source = cue.source;
  if (!source) return null;
  if (cue.pronoun) {
    const lower = source.toLowerCase();
    // "We have confirmed 11 deaths" outside any quotation: the writer of a report or release speaks,
    // in the outlet's own voice, not the last speaker it named.
    const quoted = insideQuotation(text, paragraph, cue.at);
    if ((lower === 'we' || lower === 'i') && !quoted) return taggedAfter(text, sentence, paragraph, cue) ?? preambleSpeaker(text, cue.at);
    // "The ministry said it had recorded 40 deaths": an earlier speaker of the same sentence.
    const cues = findCues(text, sentence);
    // Not one the quotation before "it said" names: its words are another's ('"Figures published by
    // the rebel council are false," it said').
    for (let i = cues.length - 1; i >= 0; i--) {
      if (cues[i].at < cue.at && fitsPronoun(cues[i], lower) && (quoted || !insideQuotation(text, paragraph, cues[i].at))) return resolveCue(text, sentence, paragraph, cues[i]);
    }
    // "The developer, Halden Homes, said in a statement that it rejected ...": the subject of the
    // clause a speech verb reports is that verb's subject, for "it" one that is no person. Not for
    // "he", "she", "they": the loop above found the speaker they fit, and one they do not fit is
    // someone else ("Prosecutors said he denied ...").
    const said = reportingCue(text, cues, cue);
    if (said && lower === 'it' && !hasPersonHead(said.source!)) return resolveCue(text, sentence, paragraph, said);
    // "The UN has tried to end a conflict which it says has killed ...": the sentence's own subject.
    if (cue.at > sentence.start + 2) {
      let subject = subjectCache.get(sentence);
      if (subject === undefined) subjectCache.set(sentence, (subject = subjectCue(text, sentence)));
      if (subject && !isPronoun(subject.source!) && fitsPronoun(subject, lower) && fitsSubject(subject.source!, lower)) return subject.source;
    }
    return quoteSpeaker(text, paragraph.start, paragraph.end, sentence.start) ?? resolveBack(text, sentence.start, source) ?? source;
  }
  // "Our forces did not fire" in a statement the document reproduces: its issuer's. Otherwise
  // "according to our count", "our records show": the writer's own record, in the outlet's voice as
  // "we counted" is (not people of the writer's who speak: "Our field teams report ...").
  if (((source.charCodeAt(0) | 32) === 111 || (source.charCodeAt(0) | 32) === 109) && FIRST_PERSON_NP.test(source) && !insideQuotation(text, paragraph, cue.at)) {
    return taggedAfter(text, sentence, paragraph, cue) ?? preambleSpeaker(text, cue.at) ?? (WRITERS_RECORD.test(source) ? null : source);
  }
  // "Saar said" after "Captain Ivo Saar said": the surname stands for the full name; "Dr. Idris" too.
  if (mayBeSurname(source) && SURNAME.test(source) && !hasSourceHead(source) && !isOutlet(source)) return resolveBack(text, sentence.start, '#' + source) ?? source;
  const titled = TITLE_SURNAME.exec(source);
  if (titled && !hasSourceHead(titled[1])) return resolveBack(text, sentence.start, '#' + titled[1]) ?? source;
  // Both forms start with "the", "a", "its" or "their" (the first in any case: ASCII letters only).
  const c0 = source.charCodeAt(0) | 32;
  if (c0 !== 116 && c0 !== 97 && c0 !== 105) return source;
  if (STATEMENT_NP.test(source)) return resolveBack(text, sentence.start, 'it') ?? source;
  const owned = OWNED_DOCUMENT.exec(source);
  if (owned) return resolveBack(text, sentence.start, owned[1].length === 3 ? 'it' : 'they') ?? source;
  return resolveDescription(text, sentence, source);
}

/** Between a speech verb and the pronoun subject of the clause it reports: " in a statement on Monday that ". */
const REPORTED_CLAUSE_GAP = /^[a-z]+(?:\s+(?:on|in|late\s+on|early\s+on)\s+[^,;:.“”"]{1,40}?)?(?:\s+that)?\s+$/;

/** The speech cue whose reported clause the pronoun cue `cue` opens ("X said (that) | it ..."), or null. */
function reportingCue(text: string, cues: Cue[], cue: Cue): Cue | null {
  const from = cue.from ?? cue.at;
  for (let i = cues.length - 1; i >= 0; i--) {
    const c = cues[i];
    if (c.at >= from || c.pronoun || !c.source || !c.verb || !REPORTED_SPEECH_VERBS.has(c.verb)) continue;
    return from - c.at <= 80 && REPORTED_CLAUSE_GAP.test(text.slice(c.at, from)) && !NAME_ONLY.test(c.source) ? c : null;
  }
  return null;
}

/** An NP of the writer's: "Our forces", "our men". */
const FIRST_PERSON_NP = /^(?:our|my)\s/i;
/** The writer's own record: "our count", "our latest figures", "my records". */
const WRITERS_RECORD = /^(?:our|my)\s+(?:[\w-]+\s+){0,2}(?:counts?|tally|tallies|records?|data|figures|statistics|estimates?|documentation|findings|database|analysis|monitoring)$/i;

/**
 * A bare description ("the ministry", "The spokesman", "the group") resolved to the name it points
 * back to from `sentence`; anything else as it is.
 */
function resolveDescription(text: string, sentence: Span, source: string): string {
  // "The ministry" opening a sentence points back as "the ministry" does inside one.
  if (isBareDescription(source)) {
    const back = resolveBack(text, sentence.start, lastLetters(source));
    // Only to a name that says as much: "the defence ministry" is not the "Ministry" of a headline.
    const word = lastLetters(source).toLowerCase();
    // (fitsPronoun has checked a synonym's or a group word's antecedent.)
    return back && (saysAsMuch(back, source) || GROUP_WORDS.has(word) || DESCRIPTION_SYNONYMS.get(word) !== undefined) ? back : source;
  }
  return source;
}

/**
 * A pronoun no earlier cue resolved ("it said", "he told") names nobody a reader can look up: the
 * speaker the paragraph's earlier claims or sentences gave is the likelier antecedent.
 */
function unlessPronoun(source: string | null, prev: () => Attribution | null): string | null {
  if (!source || !isPronoun(source)) return source;
  const before = prev()?.source;
  return before && !isPronoun(before) ? before : source;
}

/** A sentence opening on an event that killed: "A landslide killed", "The strike on the market left". */
const NARRATIVE_START = /^(?:An?|The)\s+(?:[\w-]+\s+){0,2}(?:strike|airstrike|air strike|attack|bomb|bombing|blast|explosion|landslide|flood|fire|shelling|quake|earthquake|storm|crash|missile|drone|raid|ambush|collapse)s?\s+(?:(?:on|in|at|near)\s+[^,;]{1,40}?\s+)?(?:killed|kills|has\s+killed|have\s+killed|left|injured|wounded)\b/i;

/** A sentence set in another time than the news: "since 2019", "last year", "a week after", "in 2011". */
const OTHER_TIME =
  /\b(?:(?:since|in|by)\s+(?:19|20)\d\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d|last\s+(?:year|month|summer|winter|spring|autumn|decade)|(?:a|one|two|three|four|five|six|several)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|earlier|ago)|earlier\s+this\s+(?:year|month)|(?:deadliest|worst|bloodiest)\s+[^.;]*?\bsince)\b/i;

/**
 * The claim's own clause dated to a past month or year right after it: "a similar blast killed
 * three workers in June 2024", "the 2023 quake, which killed 50,000 people in February 2023".
 */
const DATED_AFTER =
  /^[^,;.]{0,40}?\b(?:in|on|during|since)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b|^[^,;.]{0,40}?\b(?:last\s+year|a\s+year\s+ago|years\s+ago)\b/;
/** How far after a claim DATED_AFTER reads (characters). */
const DATED_REACH = 60;

/**
 * A sentence that only says who told the one before: "This was announced by X (on Telegram).",
 * "This was reported by X.", "That is according to X."
 */
const THIS_WAS_BY =
  /^(?:This|That|It)\s+(?:was|has\s+been|had\s+been|is)\s+(?:reported|announced|stated|said|confirmed|written|posted|noted|declared)\s+(?:(?:on|in)\s+[^,.]{1,40}?\s+)?by\s+(.+?)(?:,?\s+(?:on|in|via)\s+(?:his|her|its|their|the|a)\s+[^.;]{1,60}|,?\s+on\s+(?:Telegram|Facebook|X|Twitter)|,?\s+(?:on|late\s+on)\s+\w+day)?\s*[.!]?\s*$|^(?:This|That)(?:['’]s|\s+is|\s+was)\s+according\s+to\s+(.+?)\s*[.!]?\s*$/;

/** The speaker the sentence after `sentence` names for it (THIS_WAS_BY), or null. */
function nextSentenceSpeaker(text: string, sentence: Span, paragraph: Span): string | null {
  if (sentence.end >= paragraph.end) return null;
  const next = sentenceFrom(paragraphSentences(text, paragraph.start, paragraph.end), sentence.end);
  // Only a short sentence can be nothing but a credit; most sentences start otherwise.
  if (!next || next.end - next.start > 200 || (text.charCodeAt(next.start) !== 84 && text.charCodeAt(next.start) !== 73)) return null;
  const m = THIS_WAS_BY.exec(text.slice(next.start, next.end));
  const named = m ? cleanNp(m[1] ?? m[2]) : null;
  return named && looksLikeSource(named) ? named : null;
}

/** A sentence that opens on another place or event: "In Pakistan, ", "Elsewhere, ", "Separately, ", "In a separate incident, ". */
const NEW_PLACE = /^(?:(?:In|Elsewhere\s+in)\s+[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2}(?:\s+(?:state|province|region|district|county|governorate))?|Elsewhere|Separately|In\s+a\s+separate\s+(?:incident|attack|development)),\s/u;

/** How far from a claim the first-person and other-time tests read (characters). */
const CLAUSE_REACH = 200;

/** The writer's first person: "We ...", "... in our clinic". */
const FIRST_PERSON = /(?:^|[\s(—–-])(?:[Ww]e|[Oo]ur|us)\b(?!['’.-])/;

/** "denied the reports, saying there were no casualties": the denier's own words follow. */
const OWN_CLAUSE_BETWEEN = /,\s+(?:saying|adding|insisting|stressing|noting|claiming)\b|;/;

/**
 * The outlet `source` told what it said in the sentence before `sentence`, in the same paragraph
 * ("told Reuters", "speaking to AFP"), or null.
 */
function toldBefore(text: string, sentence: Span, paragraph: Span, source: string): string | null {
  if (sentence.start <= paragraph.start) return null;
  const sentences = paragraphSentences(text, paragraph.start, paragraph.end);
  const before = sentences[countBefore(sentences, sentence.start, (x) => x.start) - 1];
  if (!before) return null;
  const cues = findCues(text, before);
  for (const c of cues) if (c.source === source && c.via) return c.via;
  return null;
}

/** The outlet a description ("the agency", "the broadcaster") points back to: a name that says as much, else the last outlet named. */
function describedOutlet(text: string, sentence: Span, description: string): string {
  const named = resolveDescription(text, sentence, description);
  return named !== description ? named : resolveBack(text, sentence.start, OUTLET_KEY) ?? description;
}

/** The attribution for a claim. `prev` is the last attribution given in the same paragraph. */
export function attribute(
  text: string,
  sentence: Span,
  paragraph: Span,
  claimStart: number,
  claimEnd: number,
  prev: () => Attribution | null,
  /**
   * An asserted figure: under a deny verb it is the background of the denial ("denied involvement
   * in a strike that killed 70"), not the denier's claim. A denied figure keeps the denier.
   */
  assertedFigure = true,
): Attribution {
  const cues = findCues(text, sentence);
  // The governing cue, with cueVia for its via.
  const cue = pickFrom(text, sentence, cues, claimStart, claimEnd);
  // "..., the broadcaster said, citing the ministry": the outlet it named before.
  // (The name it points back to first, as a speaker's description would: "The Ridge News Agency
  // released ... the agency said"; "AFP" told before is not "the agency" then.)
  const cueVia = pickedVia && OUTLET_DESCRIPTION.test(pickedVia) ? describedOutlet(text, sentence, pickedVia) : pickedVia;
  if (cue && cue.source) {
    // "X denied involvement in a strike that killed 70": the figure is not X's claim.
    if (assertedFigure && cue.verb && cue.verb.startsWith('den') && cue.at < claimStart && !OWN_CLAUSE_BETWEEN.test(text.slice(cue.at, claimStart))) {
      return { source: null, via: null };
    }
    const source = unlessPronoun(resolveCue(text, sentence, paragraph, cue), prev);
    // "..., a fighter told Reuters. He said 30 were wounded.": the same interview's carrier.
    return { source, via: cueVia ?? (cue.pronoun && source ? toldBefore(text, sentence, paragraph, source) : null) };
  }
  quoteVia = null;
  let speaker = quoteSpeaker(text, paragraph.start, paragraph.end, claimStart);
  const toldVia = quoteVia;
  if (speaker && PRONOUNS.has(speaker.toLowerCase())) speaker = unlessPronoun(resolveBack(text, paragraph.start, speaker) ?? speaker, prev);
  if (speaker && isOutlet(speaker)) return { source: prev()?.source ?? null, via: speaker };
  // '"...," the governor wrote': a description or a surname points back as a cue's would.
  if (speaker) return { source: resolveCue(text, sentence, paragraph, { at: claimStart, source: speaker, via: null }) ?? speaker, via: cue ? cueVia : toldVia };
  // "Two people were killed in Kharkiv. This was announced by the governor, Oleh Syniehubov.": the
  // next sentence names the speaker (translated wire copy), as "That is according to X" does.
  if (!cue) {
    const named = nextSentenceSpeaker(text, sentence, paragraph);
    if (named) return { source: named, via: null };
  }
  // "We were able to confirm 19 deaths.", "Nine of them died in our clinic.": the writer's own
  // voice, as "we said" is (resolveCue).
  // (Read within a clause's reach of the claim: a run-on "sentence" may be a whole page.)
  // "It was the deadliest attack since 2019, when 9 people died": background set in another time
  // before the claim, told in the outlet's voice, not more of the paragraph's last speaker's account.
  // (Not "The toll rose to 20, the highest since 2015": a comparison after it.)
  if (
    !cue &&
    (FIRST_PERSON.test(text.slice(Math.max(sentence.start, claimStart - CLAUSE_REACH), Math.min(sentence.end, claimEnd + CLAUSE_REACH))) ||
      OTHER_TIME.test(text.slice(Math.max(sentence.start, claimStart - CLAUSE_REACH), claimStart)) ||
      DATED_AFTER.test(text.slice(claimEnd, Math.min(sentence.end, claimEnd + DATED_REACH)))) &&
    !insideQuotation(text, paragraph, claimStart)
  ) {
    return { source: preambleSpeaker(text, claimStart), via: null };
  }
  // "A landslide killed 4 people.": a sentence that opens on the event tells it in the outlet's voice.
  if (!cue && NARRATIVE_START.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 120)))) return { source: null, via: null };
  // "In Pakistan, militants killed nine policemen.", "Elsewhere, ...": a round-up's new place, told
  // in the outlet's voice, not more of the last speaker's account.
  if (!cue && NEW_PLACE.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 80)))) return { source: null, via: null };
  const before = prev();
  // "According to Reuters, 16 people died": with no speaker before it, the outlet is its own source.
  if (cue && cueVia) return before?.source ? { source: before.source, via: cueVia } : { source: cueVia, via: null };
  if (!before?.source) return { source: preambleSpeaker(text, claimStart), via: null };
  return { source: before.source, via: before.via };
}
