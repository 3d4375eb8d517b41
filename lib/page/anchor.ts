/**
 * Claims (offsets into a piece of article text) → DOM ranges, through the piece's text map.
 * Anchors keep offsets and static ranges, not live Ranges: the page mutating one paragraph never
 * has to update every highlight (Hypothesis keeps offsets for the same reason); a paragraph that
 * changes is read again instead. A claim that cannot be mapped is skipped, never an error.
 */
import type { ReadClaim } from '../messaging/protocol';
import type { TextMap } from './text-map';

export interface Anchor {
  claim: ReadClaim;
  /** The clause. */
  quote: AbstractRange;
  /** The number phrase (figures) or the denial's cue. */
  number: AbstractRange;
  /** Text nodes the clause touches (for hit testing and for dropping anchors of changed paragraphs). */
  nodes: Text[];
}

/** A range over the text map's [start, end); null when the span maps to no text. */
export function rangeFor(map: TextMap, start: number, end: number, doc: Document): AbstractRange | null {
  const a = map.startPosition(start);
  const b = map.endPosition(end);
  if (!a || !b) return null;
  const init = { startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset };
  // StaticRange costs nothing on later DOM mutations; Range where StaticRange is missing.
  const SR = (doc.defaultView as (Window & { StaticRange?: typeof StaticRange }) | null)?.StaticRange ?? (globalThis as { StaticRange?: typeof StaticRange }).StaticRange;
  if (typeof SR === 'function') return new SR(init);
  const r = doc.createRange();
  r.setStart(a.node, a.offset);
  r.setEnd(b.node, b.offset);
  return r;
}

/** Anchors `claims` whose offsets are relative to the text map's text shifted by `base`. */
export function anchorClaims(map: TextMap, claims: readonly ReadClaim[], base: number, doc: Document): Anchor[] {
  const out: Anchor[] = [];
  for (const claim of claims) {
    const qs = claim.quoteStart + base;
    const qe = claim.quoteEnd + base;
    // The text the background read must be the text we mapped; anything else means the page changed meanwhile.
    if (map.text.slice(qs, qe) !== claim.quote) continue;
    const quote = rangeFor(map, qs, qe, doc);
    const number = rangeFor(map, claim.numberStart + base, claim.numberEnd + base, doc);
    if (!quote || !number) continue;
    out.push({ claim, quote, number, nodes: map.nodesIn(qs, qe) });
  }
  return out;
}

/** A live Range for an anchor's span (for geometry: client rects). */
export function liveRange(r: AbstractRange, doc: Document): Range | null {
  try {
    const range = doc.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range;
  } catch {
    // The page changed the text under a static range: its offsets may now be out of bounds.
    return null;
  }
}
