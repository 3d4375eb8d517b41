import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize, type Token } from './tokens';
import { textWithRange } from './test-arbitraries';

/** The token definition as one regex: what the hand-written ASCII reader must agree with. */
const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\p{L}[\p{L}\p{N}]*(?:['’]\p{L}+|[-.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

function byRegex(text: string, start: number, end: number): Array<Pick<Token, 'start' | 'end' | 'raw'>> {
  const s = text.slice(start, end);
  return [...s.matchAll(TOKEN)].map((m) => ({ start: start + m.index, end: start + m.index + m[0].length, raw: m[0] }));
}

const spans = (tokens: Token[]) => tokens.map(({ start, end, raw }) => ({ start, end, raw }));

describe('tokenize', () => {
  it('reads numbers, words with inner marks and punctuation', () => {
    expect(tokenize("At least 1,200.5 of Russia’s Mi-24s (U.S. data) didn't", 0, 55).map((t) => t.raw)).toEqual([
      'At', 'least', '1,200.5', 'of', 'Russia’s', 'Mi-24s', '(', 'U.S', '.', 'data', ')', "didn't",
    ]);
  });

  it('folds case and typographic apostrophes in t, and tells words from punctuation', () => {
    const [w, p] = tokenize('Russia’s —', 0, 10);
    expect(w).toMatchObject({ t: "russia's", raw: 'Russia’s', kind: 'word' });
    expect(p).toMatchObject({ t: '—', kind: 'punct' });
  });

  it('stops at the end it is given', () => {
    expect(tokenize('1,234 killed', 0, 3).map((t) => t.raw)).toEqual(['1', ',', '2']);
  });

  // The alphabet is chosen around the rules: separators, digits after them, letters and digits
  // outside ASCII, Unicode spaces, astral characters.
  const piece = fc.constantFrom(
    'a', 'Z', 'k', '1', '9', '0', ',', '.', '-', "'", '’', '‘', '“', '”', '—', '–', '«', '»', ' ', '\n', '\u00a0', '\u2009', 'é', 'Ж', 'ß', '²', '٣',
    '𝟎', '𝐀', '😀', '_', '$', '“', '\ud800', '123', ',000', 'ab', 'x-1', "o'c",
  );
  it('agrees with the token regex on any text and range', () => {
    fc.assert(
      fc.property(textWithRange(piece, 40), ({ text, from, to }) => {
        expect(spans(tokenize(text, from, to))).toEqual(byRegex(text, from, to));
      }),
      { numRuns: 5000 },
    );
  });
});
