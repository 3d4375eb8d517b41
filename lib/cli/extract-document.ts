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
    for (const claim of run(extract, text, doc)) {
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

function run(extract: Extractor, text: string, doc: InputDocument): Claim[] {
  try {
    return extract(text, doc.meta);
  } catch (error) {
    // A bug in the engine, not the user's mistake; the document id lets them report it.
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`the extractor failed on ${doc.id}: ${reason}`, { cause: error });
  }
}
