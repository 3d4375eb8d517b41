import type { DocMeta } from '../extract';

/** One document of a run: the text the extractor reads and what is known about it. */
export interface InputDocument {
  /** The `doc` of every claim from this document: a --docs id or the path as given. */
  id: string;
  text: string;
  /** `meta.id` equals `id`. */
  meta: DocMeta;
  /** Where it came from, for messages: the FILE as given, or "docs.jsonl:12". */
  origin: string;
}
