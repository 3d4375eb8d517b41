/**
 * Which highlighted claim is under the pointer: one delegated listener per event type asks this
 * (Hypothesis's guest does the same) instead of a listener per highlight, which the Highlight API
 * could not give anyway.
 */
import { liveRange, type Anchor } from './anchor';

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text node under a viewport point. */
export function textNodeAt(doc: Document, x: number, y: number): Node | null {
  const d = doc as CaretDoc;
  if (d.caretPositionFromPoint) return d.caretPositionFromPoint(x, y)?.offsetNode ?? null;
  if (d.caretRangeFromPoint) return d.caretRangeFromPoint(x, y)?.startContainer ?? null;
  return null;
}

/** The anchor whose clause is drawn under (x, y), the shortest when several overlap. */
export function anchorAt(doc: Document, x: number, y: number, byNode: WeakMap<Node, Anchor[]>): Anchor | null {
  const node = textNodeAt(doc, x, y);
  const candidates = node ? byNode.get(node) : undefined;
  if (!candidates?.length) return null;
  let best: Anchor | null = null;
  for (const a of candidates) {
    // The caret API snaps to the nearest text even beside a line: check the clause's boxes.
    const r = liveRange(a.quote, doc);
    if (!r) continue;
    const hit = Array.from(r.getClientRects()).some((b) => x >= b.left - 1 && x <= b.right + 1 && y >= b.top - 1 && y <= b.bottom + 1);
    if (hit && (!best || a.claim.quote.length < best.claim.quote.length)) best = a;
  }
  return best;
}
