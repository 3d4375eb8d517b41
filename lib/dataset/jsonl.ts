/**
 * Reading and writing dataset files (JSON Lines). Reading checks every line before anything is
 * used, and reports each problem with its line number; a file with any problem is refused whole.
 */
import * as v from 'valibot';
import { DATASET_FORMAT, DATASET_VERSION, HeaderSchema, parseRecord, type ClaimRecord, type CorrectionRecord, type DataRecord, type DatasetHeader, type ReadingRecord } from './format';

/**
 * The longest line read (characters). A claim record is a few kilobytes; a line this long is not
 * one, and refusing it before JSON.parse keeps a hostile file from costing much memory.
 */
export const MAX_LINE_CHARS = 1 << 20;
/** Problems listed before the rest are only counted. */
export const MAX_REPORTED = 50;

export interface LineProblem {
  /** 1-based line number. */
  line: number;
  message: string;
}

/** A dataset refused: nothing of it was used. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(
    /** The first MAX_REPORTED problems, in line order. */
    readonly problems: LineProblem[],
    /** How many problems there were in all. */
    readonly total: number,
    readonly what = 'dataset',
  ) {
    const shown = problems.slice(0, 5).map((p) => `line ${p.line}: ${p.message}`);
    const more = total > shown.length ? `; and ${total - shown.length} more` : '';
    super(`The ${what} was refused, nothing was imported (${total} problem${total === 1 ? '' : 's'}): ${shown.join('; ')}${more}`);
  }
}

export interface ParsedDataset {
  header: DatasetHeader;
  claims: ClaimRecord[];
  corrections: CorrectionRecord[];
  readings: ReadingRecord[];
  /** Lines read, blank ones included. */
  lines: number;
}

/** Splits text chunks into lines (without "\n" or "\r\n"), marking those over `max` characters. */
export async function* splitLines(
  chunks: AsyncIterable<string> | Iterable<string>,
  max = MAX_LINE_CHARS,
): AsyncGenerator<{ text: string; overlong: number | null }> {
  let buf = '';
  // Once a line is over the limit its text is dropped as it arrives; only its length is kept.
  let overlong: number | null = null;
  const emit = (s: string) => {
    const text = s.endsWith('\r') ? s.slice(0, -1) : s;
    return overlong !== null ? { text: '', overlong: overlong + s.length } : text.length > max ? { text: '', overlong: text.length } : { text, overlong: null };
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', from)) {
      const line = emit(buf + chunk.slice(from, nl));
      buf = '';
      overlong = null;
      yield line;
      from = nl + 1;
    }
    const rest = chunk.slice(from);
    if (overlong !== null) overlong += rest.length;
    else if (buf.length + rest.length > max) {
      overlong = buf.length + rest.length;
      buf = '';
    } else buf += rest;
  }
  if (buf || overlong !== null) yield emit(buf);
}

const HEADER_HINT = `{"type":"header","format":"${DATASET_FORMAT}","version":${DATASET_VERSION}}`;

function headerProblem(value: unknown): string | null {
  const o = value as Record<string, unknown> | null;
  if (!o || typeof o !== 'object' || o.type !== 'header') return `the first line must be the dataset header, ${HEADER_HINT}`;
  if (o.format !== DATASET_FORMAT) return `not a Countercheck dataset (format is ${JSON.stringify(o.format)}, expected "${DATASET_FORMAT}")`;
  if (typeof o.version === 'number' && o.version > DATASET_VERSION) {
    return `dataset version ${o.version} needs a newer Countercheck (this one reads version ${DATASET_VERSION})`;
  }
  const r = v.safeParse(HeaderSchema, value);
  return r.success ? null : r.issues.map((i) => `${v.getDotPath(i) ?? '(header)'}: ${i.message}`).join('; ');
}

function shortJsonError(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.length > 160 ? msg.slice(0, 160) + '…' : msg;
}

/**
 * Reads a whole dataset. Throws DatasetError listing, with line numbers, every line that is not
 * valid JSON (a truncated line), not a valid record (wrong types, a field too long), too long, or
 * repeats an id; nothing is returned unless every line is good.
 */
export async function readDataset(chunks: AsyncIterable<string> | Iterable<string>, what = 'dataset'): Promise<ParsedDataset> {
  const problems: LineProblem[] = [];
  let total = 0;
  const problem = (line: number, message: string) => {
    total++;
    if (problems.length < MAX_REPORTED) problems.push({ line, message });
  };
  const out: ParsedDataset = { header: null as unknown as DatasetHeader, claims: [], corrections: [], readings: [], lines: 0 };
  const firstLineOf = new Map<string, number>();
  let n = 0;
  for await (const { text, overlong } of splitLines(chunks)) {
    n++;
    const raw = n === 1 ? text.replace(/^\uFEFF/, '') : text;
    if (overlong !== null) {
      problem(n, `the line is ${overlong.toLocaleString('en')} characters long; a record may have at most ${MAX_LINE_CHARS.toLocaleString('en')}`);
      continue;
    }
    if (!raw.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      problem(n, `not valid JSON (a cut-off or garbled line?): ${shortJsonError(e)}`);
      continue;
    }
    if (!out.header) {
      const hp = headerProblem(value);
      if (hp) {
        problem(n, hp);
        // Without a header nothing else can be trusted to be this format.
        break;
      }
      out.header = value as DatasetHeader;
      continue;
    }
    const parsed = parseRecord(value);
    if (!parsed.ok) {
      problem(n, parsed.issues.join('; '));
      continue;
    }
    const rec = parsed.record;
    if (rec.type === 'header') {
      // Concatenated files repeat their header; another version may not be mixed in.
      const hp = headerProblem(rec);
      if (hp) problem(n, hp);
      continue;
    }
    const first = firstLineOf.get(rec.id);
    if (first !== undefined) {
      problem(n, `duplicate id ${rec.id} (first on line ${first})`);
      continue;
    }
    firstLineOf.set(rec.id, n);
    if (rec.type === 'claim') out.claims.push(rec);
    else if (rec.type === 'correction') out.corrections.push(rec);
    else out.readings.push(rec);
  }
  out.lines = n;
  if (!out.header && !total) problem(Math.max(n, 1), `the file is empty; a dataset starts with its header, ${HEADER_HINT}`);
  if (total) throw new DatasetError(problems, total, what);
  return out;
}

/** Reads a dataset held in one string. */
export function parseDatasetText(text: string, what?: string): Promise<ParsedDataset> {
  return readDataset([text], what);
}

/** The lines of a dataset file: the header, then each record (each line ends with "\n"). */
export function* datasetLines(header: DatasetHeader, records: Iterable<DataRecord>): Generator<string> {
  yield JSON.stringify(header) + '\n';
  for (const r of records) yield JSON.stringify(r) + '\n';
}
