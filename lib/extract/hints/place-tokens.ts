/**
 * Tokens for place detection. Words keep inner hyphens, apostrophes and dots ("Al-Ahli", "Sa’ada",
 * "Yemen’s", "U.S") and may end in an apostrophe ("Reuters'"); everything else that matters is
 * single punctuation, and the rest (spaces, "$", "%", "/") is skipped.
 */
import { hasAsciiUpper, isAsciiAlnum, isSurrogatePair } from '../ascii';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  word: boolean;
}

/**
 * The definition of a token. `tokenize` reads ASCII by hand and asks this regex (anchored) only
 * where a token meets a character outside ASCII that may belong to it.
 */
const TOKEN = /[\p{L}\p{M}\d]+(?:[-'’.][\p{L}\p{M}\d]+)*['’]?|[.,;:!?()[\]"“”«»—–\n]/uy;
const WORD_CHAR = /[\p{L}\p{M}\d]/u;

/** ASCII punctuation tokens: . , ; : ! ? ( ) [ ] " and the line feed. */
const PUNCT = new Set([46, 44, 59, 58, 33, 63, 40, 41, 91, 93, 34, 10]);
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019; // ’
const HYPHEN = 45;
const POINT = 46;
/** Characters outside ASCII that common news text has and that never belong to a word. */
const NOT_IN_WORD = new Set([RIGHT_QUOTE, 0x2018, 0x201c, 0x201d, 0x2014, 0x2013, 0xa0, 0xab, 0xbb]);
/** The token reaches a character only TOKEN can judge. */
const NOT_ASCII = -1;

/** The tokens of text[from, to), as TOKEN matched one after another over that slice would give them. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let slice: string | null = null; // for TOKEN, made on the first token outside ASCII only
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    let stop: number;
    if (c < 128) {
      if (isAsciiAlnum(c)) stop = wordEnd(text, i, to);
      else if (PUNCT.has(c)) stop = i + 1;
      else {
        i++; // no token starts with a space, "$", "%", "'" or "-"
        continue;
      }
    } else stop = NOT_ASCII;
    if (stop === NOT_ASCII) {
      slice ??= text.slice(from, to);
      TOKEN.lastIndex = i - from;
      const m = TOKEN.exec(slice);
      if (!m) {
        i += isSurrogatePair(text, i, to) ? 2 : 1; // TOKEN skips one code point
        continue;
      }
      stop = i + m[0].length;
    }
    out.push(makeToken(text, i, stop));
    i = stop;
  }
  return out;
}

function makeToken(text: string, start: number, end: number): Token {
  const t = text.slice(start, end);
  return {
    start,
    end,
    text: t,
    // Most words are lowercase already: toLowerCase would only copy them.
    lower: hasAsciiUpper(text, start, end) || !isAscii(t) ? t.toLowerCase() : t,
    word: t.length > 1 || WORD_CHAR.test(t),
  };
}

function isAscii(t: string): boolean {
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) >= 128) return false;
  return true;
}

/**
 * End of the word that starts with the ASCII letter or digit at `i`: runs joined by - ' ’ . and an
 * optional closing apostrophe; NOT_ASCII when a character outside ASCII may continue it.
 */
function wordEnd(text: string, i: number, to: number): number {
  let j = runEnd(text, i + 1, to);
  while (j !== NOT_ASCII && j < to) {
    const sep = text.charCodeAt(j);
    if (sep !== HYPHEN && sep !== APOSTROPHE && sep !== RIGHT_QUOTE && sep !== POINT) break;
    const next = j + 1 < to ? text.charCodeAt(j + 1) : 0;
    if (next >= 128 && !NOT_IN_WORD.has(next)) return NOT_ASCII;
    if (!isAsciiAlnum(next)) break;
    j = runEnd(text, j + 2, to);
  }
  if (j === NOT_ASCII) return NOT_ASCII;
  const last = j < to ? text.charCodeAt(j) : 0;
  return last === APOSTROPHE || last === RIGHT_QUOTE ? j + 1 : j;
}

/** End of a run of ASCII letters and digits from `j`; NOT_ASCII if a character outside ASCII may extend it. */
function runEnd(text: string, j: number, to: number): number {
  while (j < to) {
    const c = text.charCodeAt(j);
    if (isAsciiAlnum(c)) j++;
    else if (c >= 128 && !NOT_IN_WORD.has(c)) return NOT_ASCII;
    else break;
  }
  return j;
}
