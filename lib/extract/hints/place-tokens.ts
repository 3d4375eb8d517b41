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
 * Tokens as numbers, their strings made on first use: a paragraph has hundreds of tokens, and the
 * place finder reads the text of the few around its trigger words. A list is valid until the next
 * `readTokens` call, which reuses its buffer (as `wordRuns` does, for the same reason).
 */
export class TokenList {
  length = 0;
  /** Per token, at 4i: start, end, flags (WORD, CAPITAL, FROM_REGEX), the run it is or -1. */
  private data: Int32Array;
  /** Tokens already made, and those TOKEN read (made as they are read). */
  private readonly made: (Token | undefined)[] = [];

  constructor(readonly text: string, buffer: Int32Array) {
    this.data = buffer;
  }

  start(i: number): number {
    return this.data[4 * i];
  }

  end(i: number): number {
    return this.data[4 * i + 1];
  }

  isWord(i: number): boolean {
    return (this.data[4 * i + 2] & WORD) !== 0;
  }

  /** Read by the TOKEN regex (it meets a character outside ASCII), not put together from runs. */
  fromRegex(i: number): boolean {
    return (this.data[4 * i + 2] & FROM_REGEX) !== 0;
  }

  /** The index of the run the token is when it is exactly one (a plain ASCII word), else -1. */
  runOf(i: number): number {
    return this.data[4 * i + 3];
  }

  at(i: number): Token {
    let t = this.made[i];
    if (t === undefined) {
      const start = this.data[4 * i];
      const end = this.data[4 * i + 1];
      const flags = this.data[4 * i + 2];
      const text = this.text.slice(start, end);
      // Only ASCII and ’ (which has no case) are in an ASCII word: without a capital it is its own lowercase.
      t = { start, end, text, lower: flags & CAPITAL ? text.toLowerCase() : text, word: (flags & WORD) !== 0 };
      this.made[i] = t;
    }
    return t;
  }

  push(start: number, end: number, flags: number, run: number, made?: Token): void {
    const o = 4 * this.length;
    if (o + 4 > this.data.length) {
      const grown = new Int32Array(2 * this.data.length);
      grown.set(this.data);
      this.data = grown;
      if (grown.length <= MAX_KEPT) tokenBuffer = grown; // a long text's tokens are not kept
    }
    this.data[o] = start;
    this.data[o + 1] = end;
    this.data[o + 2] = flags;
    this.data[o + 3] = run;
    if (made) this.made[this.length] = made;
    this.length++;
  }
}

let tokenBuffer = new Int32Array(1024);
const MAX_KEPT = 1 << 16;

const WORD = 1;
const CAPITAL = 2;
const FROM_REGEX = 4;

/** The tokens of text[from, to), as TOKEN matched one after another over that slice would give them. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const list = readTokens(text, from, to, wordRuns(text, from, to));
  return Array.from({ length: list.length }, (_, i) => list.at(i));
}

/** `tokenize`, as a TokenList, with the words of ASCII put together from `runs` (the word runs of the same range). */
export function readTokens(text: string, from: number, to: number, runs: WordRuns): TokenList {
  const out = new TokenList(text, tokenBuffer);
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
        out.push(i, i + 1, 0, -1);
        i++;
        continue;
      }
      // A letter or digit starts a run: no token ends inside one.
      while (runStart(runs, k) < i) k++;
      const stop = wordEnd(text, to, runs, k);
      if (stop !== NOT_ASCII) {
        let flags = WORD;
        const first = k;
        for (; k < runs.count && runStart(runs, k) < stop; k++) if (runHasCapital(runs, k)) flags |= CAPITAL;
        out.push(i, stop, flags, k === first + 1 && stop === runEnd(runs, first) ? first : -1);
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
    const word = t.length > 1 || WORD_CHAR.test(t);
    out.push(i, i + t.length, FROM_REGEX | (word ? WORD : 0), -1, { start: i, end: i + t.length, text: t, lower: t.toLowerCase(), word });
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
