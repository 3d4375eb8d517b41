import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize, type Token } from './place-tokens';
import { textWithRange } from '../test-arbitraries';

/** The token definition as one regex: what the hand-written ASCII reader must agree with. */
const TOKEN = /[\p{L}\p{M}\d]+(?:[-'’.][\p{L}\p{M}\d]+)*['’]?|[.,;:!?()[\]"“”«»—–\n]/gu;
const WORD_CHAR = /[\p{L}\p{M}\d]/u;

function byRegex(text: string, from: number, to: number): Token[] {
  const slice = text.slice(from, to);
  return [...slice.matchAll(TOKEN)].map((m) => {
    const t = m[0];
    return { start: from + m.index, end: from + m.index + t.length, text: t, lower: t.toLowerCase(), word: t.length > 1 || WORD_CHAR.test(t) };
  });
}

describe('place tokens', () => {
  it('keeps inner marks and a closing apostrophe, skips what is neither word nor punctuation', () => {
    const text = "In Yemen’s Sa’ada, Al-Ahli's U.S. base (Reuters' $5 50%) —";
    expect(tokenize(text, 0, text.length).map((t) => t.text)).toEqual([
      'In', 'Yemen’s', 'Sa’ada', ',', "Al-Ahli's", 'U.S', '.', 'base', '(', "Reuters'", '5', '50', ')', '—',
    ]);
  });

  it('lowers words and tells words from punctuation', () => {
    expect(tokenize('Kyiv ,', 0, 6)).toEqual([
      { start: 0, end: 4, text: 'Kyiv', lower: 'kyiv', word: true },
      { start: 5, end: 6, text: ',', lower: ',', word: false },
    ]);
  });

  // The alphabet is chosen around the rules: separators at word ends, letters, marks and digits
  // outside ASCII, Unicode spaces, astral characters, lone surrogates.
  const piece = fc.constantFrom(
    'a', 'Z', 'k', '1', '0', ',', '.', '-', "'", '’', '‘', ' ', '\n', '\u00a0', 'é', 'e\u0301', 'Ж', 'İ', '²', '٣',
    '𝐀', '😀', '\ud800', '\udc00', '$', '“', '”', '—', '–', '«', '»', 'ab', 'x-1', "o'c", 'U.S', "s'",
  );
  it('agrees with the token regex on any text and range', () => {
    fc.assert(
      fc.property(textWithRange(piece, 40), ({ text, from, to }) => {
        expect(tokenize(text, from, to)).toEqual(byRegex(text, from, to));
      }),
      { numRuns: 5000 },
    );
  });
});
