import type { Claim, DocMeta } from '../extract';
import type { InputDocument } from './input-document';
import { textWindows } from './text-windows';

/** The engine's signature; the CLI takes it as a parameter so tests can check the plumbing. */
export type Extractor = (text: string, meta: DocMeta) => Claim[];

/**
 * Every claim of one document, offsets into `doc.text` and `doc` set to the document's id. Long
 * texts are read in windows (see text-windows.ts) whose claims are shifted back into place.
 */
export function extractDocument(doc: InputDocument, extract: Extractor): Claim[] {
  const claims: Claim[] = [];
  for (const [start, end] of textWindows(doc.text)) {
    const text = start === 0 && end === doc.text.length ? doc.text : doc.text.slice(start, end);
    for (const claim of extract(text, doc.meta)) {
      claims.push({
        ...claim,
        doc: doc.id,
        quoteStart: claim.quoteStart + start,
        quoteEnd: claim.quoteEnd + start,
        numberStart: claim.numberStart + start,
        numberEnd: claim.numberEnd + start,
      });
    }
  }
  return claims;
}
