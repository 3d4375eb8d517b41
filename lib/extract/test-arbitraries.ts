/**
 * fast-check arbitraries shared by the extractor's property tests: the readers take a text and a
 * range inside it, and the tests compare them with their defining regexes on any such pair.
 */
import fc from 'fast-check';

/** A text made of up to `maxPieces` pieces, and a range [from, to) inside it (possibly empty). */
export function textWithRange(piece: fc.Arbitrary<string>, maxPieces: number): fc.Arbitrary<{ text: string; from: number; to: number }> {
  return fc.tuple(fc.array(piece, { maxLength: maxPieces }), fc.nat(), fc.nat()).map(([pieces, a, b]) => {
    const text = pieces.join('');
    const from = text.length ? a % (text.length + 1) : 0;
    const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
    return { text, from, to };
  });
}
