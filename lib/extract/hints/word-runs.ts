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
 * the JavaScript heap, and allocating one per paragraph cost more than reading the paragraph. A
 * whole long page (the year hint reads one) gets a buffer of its own, which is not kept.
 */
let buffer = new Int32Array(1024);
const MAX_KEPT = 1 << 16;

/**
 * Every run of ASCII letters and digits in text[from, to). The result is valid until the next
 * call: read it, pass it to the finders, and drop it.
 */
export function wordRuns(text: string, from: number, to: number): WordRuns {
  // A run takes at least two characters with its separator, so this never overflows.
  const size = (((to - from) >> 1) + 1) * 4;
  if (buffer.length < size && size <= MAX_KEPT) buffer = new Int32Array(Math.min(MAX_KEPT, Math.max(size, 2 * buffer.length)));
  const data = buffer.length >= size ? buffer : new Int32Array(size);
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

/**
 * Lowercase ASCII words with a number each, looked up by run without making strings: the run's
 * hash finds the slot, its text decides. Everything lives in one small typed array and one string,
 * on purpose: between two paragraphs the rest of the extractor runs, and every cache line a lookup
 * touches may have to come back from memory.
 */
export class WordTable {
  /** Per slot, at 4s: hash, value, start of the word in `words`, its length (0: empty slot). */
  private readonly slots: Int32Array;
  private readonly words: string;
  private readonly mask: number;
  /** A bit per low 11 bits of the hashes held (256 bytes): most runs are turned away by one read of this. */
  private readonly present = new Uint32Array(64);

  /** `entries` may repeat a word: its values are or-ed. */
  constructor(entries: Iterable<[word: string, value: number]>) {
    const values = new Map<string, number>();
    for (const [word, value] of entries) {
      if (!/^[a-z0-9]+$/.test(word)) continue; // never equal to a run ("covid-19", "u.s")
      values.set(word, (values.get(word) ?? 0) | value);
    }
    let size = 8;
    while (size < values.size * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(4 * size);
    this.words = [...values.keys()].join('');
    let offset = 0;
    for (const [word, value] of values) {
      const hash = hashWord(word);
      let slot = hash & this.mask;
      while (this.slots[4 * slot + 3] !== 0) slot = (slot + 1) & this.mask;
      this.slots.set([hash, value, offset, word.length], 4 * slot);
      offset += word.length;
      this.present[(hash >>> 5) & 63] |= 1 << (hash & 31);
    }
  }

  /** The value of run `k` of `runs` (lowercased), or 0 when it is not one of the words. */
  get(runs: WordRuns, k: number): number {
    const hash = runHash(runs, k);
    if (!(this.present[(hash >>> 5) & 63] & (1 << (hash & 31)))) return 0;
    const start = runStart(runs, k);
    const length = runEnd(runs, k) - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const o = 4 * slot;
      const len = this.slots[o + 3];
      if (len === 0) return 0;
      if (this.slots[o] === hash && len === length && this.matches(runs.text, start, this.slots[o + 2], len)) return this.slots[o + 1];
    }
  }

  private matches(text: string, start: number, offset: number, length: number): boolean {
    for (let k = 0; k < length; k++) {
      const c = text.charCodeAt(start + k);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== this.words.charCodeAt(offset + k)) return false;
    }
    return true;
  }
}
