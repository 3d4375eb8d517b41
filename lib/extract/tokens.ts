/**
 * Tokens of one sentence with their offsets: words (letters, digits, inner apostrophes and hyphens),
 * and single punctuation marks. Number phrases are merged into one token by the figure reader.
 */

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
 * Numbers first, so that "3,000-person" is "3,000" "-" "person" and number phrases always start and
 * end on token boundaries; then words with inner apostrophes, hyphens and points ("Mi-24", "U.S").
 */
const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\p{L}[\p{L}\p{N}]*(?:['’]\p{L}+|[-.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const s = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) {
    const raw = m[0];
    out.push({
      start: start + m.index,
      end: start + m.index + raw.length,
      raw,
      t: raw.toLowerCase().replace(/’/g, "'"),
      kind: /^[\p{L}\p{N}]/u.test(raw) ? 'word' : 'punct',
    });
  }
  return out;
}

/** Index of the first token starting at or after `offset`. */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
