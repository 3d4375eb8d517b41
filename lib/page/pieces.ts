/**
 * A page's article text cut into pieces for the background to read: each at most `size`
 * characters of new text, cut at a paragraph break, carrying up to `context` characters of the
 * preceding paragraphs (so "he said" and running attributions resolve across a cut).
 */
export interface Piece {
  /** Offset of the piece's text (context included) in the whole text. */
  start: number;
  /** Where the new part begins, relative to `start`. */
  from: number;
  text: string;
}

export function cutPieces(text: string, size = 32_000, context = 2_000): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + size);
    if (end < text.length) {
      const br = text.lastIndexOf('\n\n', end);
      if (br > at) end = br + 2;
    }
    let ctx = at;
    if (at > 0) {
      const br = text.indexOf('\n\n', Math.max(0, at - context));
      ctx = br >= 0 && br + 2 <= at ? br + 2 : at;
    }
    out.push({ start: ctx, from: at - ctx, text: text.slice(ctx, end) });
    at = end;
  }
  return out;
}
