/**
 * Tokens of one sentence with their offsets: words (letters, digits, inner apostrophes and hyphens),
 * and single punctuation marks. Number phrases are merged into one token by the figure reader.
 */

import { isAsciiLetter, isAsciiSpace, isAsciiUpper, isDigit, isSurrogatePair } from './ascii';
import { countBefore } from './sorted';

export interface Token {
  start: number;
  end: number;
  /** Lower-cased text with typographic apostrophes folded to '. */
  t: string;
  /** As written. */
  raw: string;
  kind: 'word' | 'punct';
}

/**
 * The definition of a token. Numbers first, so that "3,000-person" is "3,000" "-" "person" and
 * number phrases always start and end on token boundaries; then words with inner apostrophes,
 * hyphens and points ("Mi-24", "U.S"). `tokenize` reads ASCII by hand and asks this regex only
 * where a token meets a non-ASCII character.
 */
const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\p{L}[\p{L}\p{N}]*(?:['’]\p{L}+|[-.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/uy;

/** The first character of a word token: a letter or a digit (punctuation tokens never start so). */
const WORD_START = /^[\p{L}\p{N}]/u;

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019; // ’
const COMMA = 44;
const HYPHEN = 45;
const POINT = 46;
/** Characters outside ASCII that common news text has and that are neither letters nor digits. */
const NOT_IN_WORD = new Set([0x2018, 0x201c, 0x201d, 0x2014, 0x2013, 0xa0, 0xab, 0xbb]);
/** The token reaches a character only TOKEN can judge. */
const NOT_ASCII = -1;

/**
 * The tokens of text[start, end), as TOKEN matched one after another over that slice would give
 * them. The regex costs ~40 MB/s with its Unicode classes; news text is almost all ASCII, which a
 * loop over character codes reads several times faster, so the loop handles a token when all of it
 * is ASCII (plus the ’ of "Russia’s") and hands the rest to the regex, at the same position.
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let slice: string | null = null; // for TOKEN, made on the first non-ASCII token only
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isAsciiSpace(c)) {
      i++;
      continue;
    }
    let stop = c < 128 ? asciiTokenEnd(text, i, end) : NOT_ASCII;
    if (stop === NOT_ASCII) {
      slice ??= text.slice(start, end);
      TOKEN.lastIndex = i - start;
      const m = TOKEN.exec(slice);
      if (!m) {
        // Unicode whitespace or a digit outside a word ("²"): TOKEN skips one code point.
        i += isSurrogatePair(text, i, end) ? 2 : 1;
        continue;
      }
      stop = i + m[0].length;
    }
    out.push(makeToken(text.slice(i, stop), i, stop));
    i = stop;
  }
  return out;
}

function makeToken(raw: string, start: number, end: number): Token {
  return {
    start,
    end,
    raw,
    t: folded(raw),
    kind: isWordStart(raw.charCodeAt(0), raw) ? 'word' : 'punct',
  };
}

/** Whether a token starting with code `c` is a word; only a non-ASCII start needs the regex. */
function isWordStart(c: number, raw: string): boolean {
  if (c < 128) return isDigit(c) || isAsciiLetter(c);
  return WORD_START.test(raw);
}

/** Lower-cased, ’ as '. Most tokens are lowercase ASCII already: no new string for them. */
function folded(raw: string): string {
  let plain = true;
  for (let i = 0; i < raw.length && plain; i++) {
    const c = raw.charCodeAt(i);
    plain = c < 128 && !isAsciiUpper(c);
  }
  if (plain) return raw;
  const lower = raw.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/**
 * End of the token that starts with the ASCII character at `i`, or NOT_ASCII when the token runs
 * into a character only TOKEN can judge. Follows TOKEN's alternatives in order.
 */
function asciiTokenEnd(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (isDigit(c)) return numberEnd(text, i, end);
  if (!isAsciiLetter(c)) return i + 1; // punctuation: one character
  let j = i + 1;
  for (;;) {
    j = runEnd(text, j, end, true);
    if (j === NOT_ASCII) return NOT_ASCII;
    const sep = j < end ? text.charCodeAt(j) : 0;
    if (sep !== APOSTROPHE && sep !== RIGHT_QUOTE && sep !== HYPHEN && sep !== POINT) return j;
    // After an apostrophe only letters may follow ("Russia’s"); after - and . letters or digits.
    const digitsToo = sep === HYPHEN || sep === POINT;
    const next = j + 1 < end ? text.charCodeAt(j + 1) : 0;
    if (next >= 128 && next !== RIGHT_QUOTE && !NOT_IN_WORD.has(next)) return NOT_ASCII;
    if (!(isAsciiLetter(next) || (digitsToo && isDigit(next)))) return j;
    j = runEnd(text, j + 2, end, digitsToo);
    if (j === NOT_ASCII) return NOT_ASCII;
    // The apostrophe part is letters only: a digit right after it ends that part, not the word.
    if (!digitsToo) {
      const after = j < end ? text.charCodeAt(j) : 0;
      if (isDigit(after)) return j;
    }
  }
}

/** End of a run of ASCII letters (and digits if `digits`) from `j`; NOT_ASCII if one follows. */
function runEnd(text: string, j: number, end: number, digits: boolean): number {
  while (j < end) {
    const c = text.charCodeAt(j);
    if (isAsciiLetter(c) || (digits && isDigit(c))) j++;
    else if (c >= 128 && c !== RIGHT_QUOTE && !NOT_IN_WORD.has(c)) return NOT_ASCII;
    else break;
  }
  return j;
}

/** `\d{1,3}(?:,\d{3})+(?:\.\d+)?` if it matches at `i` (no backtracking can help it), else `\d+(?:\.\d+)?`. */
function numberEnd(text: string, i: number, end: number): number {
  let j = digitsEnd(text, i, end);
  if (j - i <= 3) {
    while (j + 3 < end && text.charCodeAt(j) === COMMA && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3))) {
      j += 4;
    }
  }
  if (j + 1 < end && text.charCodeAt(j) === POINT && isDigit(text.charCodeAt(j + 1))) j = digitsEnd(text, j + 1, end);
  return j;
}

function digitsEnd(text: string, j: number, end: number): number {
  while (j < end && isDigit(text.charCodeAt(j))) j++;
  return j;
}

/** Index of the first token starting at or after `offset`. */
export function tokenAt(tokens: Token[], offset: number): number {
  return countBefore(tokens, offset, (t) => t.start);
}
