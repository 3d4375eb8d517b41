import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Transform } from 'node:stream';
import type { DocMeta } from '../extract';
import { CliError } from './errors';
import type { InputDocument } from './input-document';
import { isIsoDate } from './iso-date';
import { MAX_TEXT_BYTES, checkInputFile, fileError, sizeLabel } from './read-input';

/**
 * The documents of a --docs file, one JSON object a line in the format of the evaluation corpus:
 * `{id, url, outlet, published, title, text}` (other fields are ignored). Read as a stream, one
 * document in memory at a time; blank lines are skipped. A bad line stops the run with its number.
 */
export async function* readDocsJsonl(
  path: string,
  stdin: NodeJS.ReadableStream,
  maxBytes: number = MAX_TEXT_BYTES,
): AsyncGenerator<InputDocument> {
  const name = path === '-' ? 'stdin' : path;
  const source = path === '-' ? stdin : await openFile(path, maxBytes);
  // A file of binary garbage may have no newline at all; the limit keeps that "line" bounded.
  const limited = byteLimit(name, maxBytes);
  // pipe() does not forward errors: a read error would otherwise crash the process unhandled.
  source.on('error', (error) => limited.destroy(error instanceof Error ? error : new Error(String(error))));
  const lines = createInterface({ input: source.pipe(limited), crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const line of lines) {
      lineNo++;
      const doc = parseDocLine(lineNo === 1 ? line.replace(/^\uFEFF/, '') : line, `${name}:${lineNo}`);
      if (doc) yield doc;
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw fileError(name, error);
  } finally {
    lines.close();
    (source as { destroy?: () => void }).destroy?.();
  }
}

async function openFile(path: string, maxBytes: number): Promise<NodeJS.ReadableStream> {
  await checkInputFile(path, maxBytes, tooLarge);
  return createReadStream(path);
}

/** Passes bytes through until `maxBytes`, then fails the stream with a one-line error. */
function byteLimit(name: string, maxBytes: number): Transform {
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      callback(size > maxBytes ? tooLarge(name, maxBytes) : null, chunk);
    },
  });
}

function tooLarge(name: string, maxBytes: number): CliError {
  return new CliError(`${name} is larger than ${sizeLabel(maxBytes)}, the most --docs reads`);
}

/** One line of a --docs file as a document; null for a blank line. `where` is "file:line". */
export function parseDocLine(line: string, where: string): InputDocument | null {
  if (!line.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new CliError(`${where}: not valid JSON (${shortReason(error)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliError(`${where}: expected a JSON object with "id" and "text"`);
  }
  const record = value as Record<string, unknown>;
  const rawId = record.id;
  if (!(typeof rawId === 'string' && rawId.trim()) && !(typeof rawId === 'number' && Number.isFinite(rawId))) {
    throw new CliError(`${where}: the document has no "id" (a non-empty string)`);
  }
  const id = String(rawId);
  if (typeof record.text !== 'string') {
    throw new CliError(`${where}: document ${quoted(id)} has no "text" (a string)`);
  }
  const meta: DocMeta = { id };
  for (const field of ['url', 'outlet', 'title'] as const) {
    const v = record[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') throw new CliError(`${where}: document ${quoted(id)}: "${field}" must be a string or null`);
    meta[field] = v;
  }
  const published = record.published;
  if (published !== undefined && published !== null) {
    if (typeof published !== 'string' || !isIsoDate(published)) {
      throw new CliError(
        `${where}: document ${quoted(id)}: "published" must be YYYY-MM-DD, an ISO timestamp or null, not ${quoted(String(published))}`,
      );
    }
    meta.published = published;
  } else if (published === null) {
    meta.published = null;
  }
  return { id, text: record.text, meta, origin: where };
}

/** JSON.parse's reason without the copy of the input that V8 appends (binary, or megabytes long). */
function shortReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/, ".*? is not valid JSON$/s, '').replace(/[^\x20-\x7e]/g, '?').slice(0, 100);
}

/** A value for an error message: quoted, control characters escaped, long ones cut. */
export function quoted(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}
