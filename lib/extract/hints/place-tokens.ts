/**
 * Tokens for place detection. Words keep inner hyphens, apostrophes and dots ("Al-Ahli", "Sa’ada",
 * "Yemen’s", "U.S") and may end in an apostrophe ("Reuters'"); everything else that matters is
 * single punctuation, and the rest (spaces, "$", "%", "/") is skipped.
 */
import { isAsciiAlnum, isSurrogatePair } from '../ascii';
import { runEnd, runHasCapital, runStart, wordRuns, type WordRuns } from './word-runs';

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

/** What an ASCII character is to the tokenizer. */
const SKIP = 0; // spaces, "$", "%", "'", "-", ...: no token starts there
const ALNUM = 1;
const PUNCT = 2; // . , ; : ! ? ( ) [ ] " and the line feed
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (isAsciiAlnum(c)) ASCII_CLASS[c] = ALNUM;
for (const c of '.,;:!?()[]"\n') ASCII_CLASS[c.charCodeAt(0)] = PUNCT;

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019; // ’
const HYPHEN = 45;
const POINT = 46;
/** Characters outside ASCII that common news text has and that never belong to a word. */
const NOT_IN_WORD = new Set([RIGHT_QUOTE, 0x2018, 0x201c, 0x201d, 0x2014, 0x2013, 0xa0, 0xab, 0xbb]);

/** A character after a run that may continue its word: only TOKEN can tell. */
function continuesOutsideAscii(c: number): boolean {
  return c >= 128 && !NOT_IN_WORD.has(c);
}

/**
 * The tokens of text[from, to), as TOKEN matched one after another over that slice would give them.
 * Words of ASCII are put together from `runs` (the word runs of the same range); `runOf`, when
 * given, receives for each token the index of its run when the token is exactly one run (a plain
 * word, which the caller may look up by the run's hash), else -1.
 */
export function tokenize(text: string, from: number, to: number, runs = wordRuns(text, from, to), runOf?: number[]): Token[] {
  const out: Token[] = [];
  let slice: string | null = null; // for TOKEN, made on the first token outside ASCII only
  let k = 0; // the next run
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const cls = ASCII_CLASS[c];
      if (cls === SKIP) {
        i++; // no token starts with a space, "$", "%", "'" or "-"
        continue;
      }
      if (cls === PUNCT) {
        const t = text[i];
        out.push({ start: i, end: i + 1, text: t, lower: t, word: false });
        runOf?.push(-1);
        i++;
        continue;
      }
      // A letter or digit starts a run: no token ends inside one.
      while (runStart(runs, k) < i) k++;
      const stop = wordEnd(text, to, runs, k);
      if (stop !== NOT_ASCII) {
        let capital = false;
        const first = k;
        for (; k < runs.count && runStart(runs, k) < stop; k++) capital ||= runHasCapital(runs, k);
        // Only ASCII and ’ (which has no case) are in the word: without a capital it is its own lowercase.
        const t = text.slice(i, stop);
        out.push({ start: i, end: stop, text: t, lower: capital ? t.toLowerCase() : t, word: true });
        runOf?.push(k === first + 1 && stop === runEnd(runs, first) ? first : -1);
        i = stop;
        continue;
      }
    }
    slice ??= text.slice(from, to);
    TOKEN.lastIndex = i - from;
    const m = TOKEN.exec(slice);
    if (!m) {
      i += isSurrogatePair(text, i, to) ? 2 : 1; // TOKEN skips one code point
      continue;
    }
    const t = m[0];
    out.push({ start: i, end: i + t.length, text: t, lower: t.toLowerCase(), word: t.length > 1 || WORD_CHAR.test(t) });
    runOf?.push(-1);
    i += t.length;
  }
  return out;
}

/** The token reaches a character only TOKEN can judge. */
const NOT_ASCII = -1;

/**
 * End of the word that starts with run `k`: runs joined by - ' ’ . and an optional closing
 * apostrophe; NOT_ASCII when a character outside ASCII may continue it.
 */
function wordEnd(text: string, to: number, runs: WordRuns, k: number): number {
  let j = runEnd(runs, k);
  for (;;) {
    if (j >= to) return j;
    const sep = text.charCodeAt(j);
    if (continuesOutsideAscii(sep)) return NOT_ASCII;
    if (sep !== HYPHEN && sep !== APOSTROPHE && sep !== RIGHT_QUOTE && sep !== POINT) return j;
    const next = j + 1 < to ? text.charCodeAt(j + 1) : 0;
    if (continuesOutsideAscii(next)) return NOT_ASCII;
    if (next >= 128 || ASCII_CLASS[next] !== ALNUM) break;
    j = runEnd(runs, ++k); // the run starting at j + 1
  }
  const last = text.charCodeAt(j);
  return last === APOSTROPHE || last === RIGHT_QUOTE ? j + 1 : j;
}
