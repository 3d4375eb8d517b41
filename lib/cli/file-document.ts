import { extname } from 'node:path';
import type { DocMeta } from '../extract';
import { htmlDocument, looksLikeHtml } from './html-text';
import type { InputDocument } from './input-document';
import { CliError } from './errors';
import { MAX_HTML_BYTES, MAX_TEXT_BYTES, decodeText, readInputBytes, sizeLabel } from './read-input';

export type InputFormat = 'text' | 'html';

/** Metadata given on the command line for FILE arguments. */
export type MetaFlags = Pick<DocMeta, 'url' | 'outlet' | 'published' | 'title'>;

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

/** The name stdin goes by, as a document id and in messages. */
const STDIN_ID = 'stdin';

/**
 * A FILE argument (or "-" for stdin) as a document. The format comes from `format`, else the
 * extension, else the content (stdin, `.md`, no extension). Flags override the page's own
 * metadata, which is read from an HTML page's <head>.
 */
export async function fileDocument(
  path: string,
  stdin: NodeJS.ReadableStream,
  flags: MetaFlags,
  format?: InputFormat,
): Promise<InputDocument> {
  const ext = extname(path).toLowerCase();
  // Reading a --docs file as one text would "work" and print claims with offsets into raw JSON.
  if (!format && JSONL_EXTENSIONS.has(ext)) {
    throw new CliError(`${path} looks like JSON Lines: pass it as --docs ${path} (or add --format text to read it as text)`);
  }
  const declared = format ?? (HTML_EXTENSIONS.has(ext) ? 'html' : TEXT_EXTENSIONS.has(ext) ? 'text' : undefined);
  const id = path === '-' ? STDIN_ID : path;
  const bytes = await readInputBytes(path, stdin, declared === 'html' ? MAX_HTML_BYTES : MAX_TEXT_BYTES);
  const content = decodeText(bytes, id);
  const isHtml = declared ? declared === 'html' : looksLikeHtml(content);
  if (!isHtml) return { id, text: content, meta: { id, ...defined(flags) }, origin: id };
  // Sniffed pages were read under the text limit; a DOM costs far more memory than the text.
  if (bytes.length > MAX_HTML_BYTES) {
    throw new CliError(`${id} is an HTML page larger than ${sizeLabel(MAX_HTML_BYTES)}, the most this command parses`);
  }
  const page = htmlDocument(content);
  return { id, text: page.text, meta: { id, ...page.meta, ...defined(flags) }, origin: id };
}

/** The flags that were given, so an absent one does not erase the page's own value. */
function defined(flags: MetaFlags): MetaFlags {
  return Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined)) as MetaFlags;
}
