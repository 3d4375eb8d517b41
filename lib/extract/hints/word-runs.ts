/**
 * The runs of ASCII letters and digits in a range of text, read once per range and shared by the
 * three finders that scan it (dates, event types, places), each with a hash of its lowercase form.
 * The finders look words up by these hashes instead of slicing each word out and asking a Set:
 * news text is almost all ASCII, and one loop over char codes that makes no strings is what keeps
 * the scan of a paragraph cheap.
 *
 * A run is maximal: the characters around it are neither ASCII letters nor digits. Where a finder's
 * regex reads \b, a run start is a word start unless "_" comes before it (rare; the regex itself
 * then decides).
 */

/** The runs of text[from, to), in text order. */
export interface WordRuns {
  text: string;
  from: number;
  to: number;
  count: number;
  /** Per run, at 4k: start, end, `hashWord` of the lowercased run, 1 if it has a capital. */
  data: Int32Array;
}

export const runStart = (runs: WordRuns, k: number): number => runs.data[4 * k];
export const runEnd = (runs: WordRuns, k: number): number => runs.data[4 * k + 1];
export const runHash = (runs: WordRuns, k: number): number => runs.data[4 * k + 2];
export const runHasCapital = (runs: WordRuns, k: number): boolean => runs.data[4 * k + 3] !== 0;

const ALNUM = 1;
const UPPER = 2;
const CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) CLASS[c] = ALNUM;
for (let c = 65; c <= 90; c++) CLASS[c] = ALNUM | UPPER;
for (let c = 97; c <= 122; c++) CLASS[c] = ALNUM;

/** One step of the hash: `hashWord` is this over each character code. */
function step(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}

/** The hash a run of this lowercase ASCII word carries. */
export function hashWord(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = step(h, word.charCodeAt(i));
  return h;
}

/*
 * The runs are written into one buffer kept between calls: a typed array this size lives outside
 * the JavaScript heap, and allocating one per paragraph cost more than reading the paragraph.
 */
let buffer = new Int32Array(1024);

/**
 * Every run of ASCII letters and digits in text[from, to). The result is valid until the next
 * call: read it, pass it to the finders, and drop it.
 */
export function wordRuns(text: string, from: number, to: number): WordRuns {
  // A run takes at least two characters with its separator, so this never overflows.
  const size = (((to - from) >> 1) + 1) * 4;
  if (buffer.length < size) buffer = new Int32Array(Math.max(size, 2 * buffer.length));
  const data = buffer;
  let n = 0;
  let i = from;
  while (i < to) {
    let c = text.charCodeAt(i);
    if (c >= 128 || CLASS[c] === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    let capital = 0;
    do {
      if (CLASS[c] & UPPER) {
        capital = 1;
        c += 32;
      }
      h = step(h, c);
      if (++i >= to) break;
      c = text.charCodeAt(i);
    } while (c < 128 && CLASS[c] !== 0);
    data[4 * n] = start;
    data[4 * n + 1] = i;
    data[4 * n + 2] = h;
    data[4 * n + 3] = capital;
    n++;
  }
  return { text, from, to, count: n, data };
}

/** Whether text[start, end) equals `word` with ASCII capitals lowered (`word` is lowercase). */
export function equalsFolded(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(start + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Words by hash, for looking runs up without making strings: `get` gives the value stored for a
 * hash (words sharing one are merged with `merge`), so a caller that needs certainty compares the
 * text (`equalsFolded`); a caller that only narrows down where to try a regex need not.
 */
export class HashedWords<V> {
  private readonly keys: Int32Array;
  private readonly values: (V | undefined)[];
  private readonly mask: number;
  /**
   * A bit per low 13 bits of the hashes held: most runs are turned away by one read of this. Kept
   * small (1 KB) on purpose: between two paragraphs the rest of the extractor runs, and a table
   * that has left the CPU cache costs a memory read per lookup.
   */
  private readonly present = new Uint32Array(256);

  constructor(entries: Iterable<[word: string, value: V]>, merge: (a: V, b: V) => V) {
    const list = [...entries].map(([word, value]) => [hashWord(word.toLowerCase()), value] as const);
    let size = 8;
    while (size < list.length * 2) size <<= 1;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.values = new Array<V | undefined>(size).fill(undefined);
    for (const [hash, value] of list) {
      let slot = hash & this.mask;
      while (this.values[slot] !== undefined && this.keys[slot] !== hash) slot = (slot + 1) & this.mask;
      const had = this.values[slot];
      this.keys[slot] = hash;
      this.values[slot] = had === undefined ? value : merge(had, value);
      this.present[(hash >>> 5) & 0xff] |= 1 << (hash & 31);
    }
  }

  get(hash: number): V | undefined {
    if (!(this.present[(hash >>> 5) & 0xff] & (1 << (hash & 31)))) return undefined;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const value = this.values[slot];
      if (value === undefined || this.keys[slot] === hash) return value;
    }
  }
}
