/**
 * The Countercheck dataset format, version 1 (docs/dataset.md): JSON Lines, a header line, then a
 * record a line — a claim with its document, source, incident and quote selector; a user's
 * correction; and, only when the user chooses to share it, when a page was read. The same records
 * are the bodies of the CouchDB documents that sync exchanges, so a file and a server hold the
 * same thing.
 *
 * These valibot schemas are the definition; docs/dataset.schema.json is generated from them and a
 * test checks the two agree.
 */
import * as v from 'valibot';

export const DATASET_FORMAT = 'countercheck-dataset';
export const DATASET_VERSION = 1;

// Limits: generous for real news text, small enough that a hostile file can't fill the store.
const str = (max: number) => v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters`));
const nstr = (max: number) => v.nullable(str(max));
const offset = v.pipe(v.number(), v.integer('must be an integer'), v.minValue(0, 'must not be negative'));
const count = v.nullable(v.pipe(v.number(), v.integer('must be an integer'), v.minValue(0, 'must not be negative'), v.maxValue(100_000_000, 'too large')));
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'));
/** A date as a page gave it: YYYY-MM-DD or a full ISO timestamp. */
const pageDate = v.pipe(v.string(), v.maxLength(40, 'longer than 40 characters'), v.regex(/^\d{4}-\d{2}-\d{2}/, 'must start with a date YYYY-MM-DD'));
const timestamp = v.pipe(v.string(), v.isoTimestamp('must be an ISO 8601 timestamp'));
// Ids are the store's: base-36 hashes, except a source's, which is its normalized name ("s_RU defence ministry").
const id = (prefix: string) =>
  v.pipe(v.string(), v.maxLength(600, 'longer than 600 characters'), v.regex(new RegExp(`^${prefix}_[^\\u0000-\\u001f]+$`), `must be an id starting with "${prefix}_"`));

const OUTCOMES = ['killed', 'wounded', 'casualties', 'missing', 'captured'] as const;
const EVENT_TYPES = [
  'air strike', 'shelling', 'missile strike', 'drone strike', 'explosion', 'shooting', 'clashes', 'ambush', 'crash', 'natural disaster',
] as const;

export const HeaderSchema = v.strictObject({
  type: v.literal('header'),
  format: v.literal(DATASET_FORMAT),
  version: v.literal(DATASET_VERSION),
  /** When the file was written. */
  exportedAt: v.optional(timestamp),
  /** The program that wrote it ("countercheck 0.1.0"). */
  generator: v.optional(str(200)),
});

export const DocumentSchema = v.strictObject({
  id: id('d'),
  url: nstr(4000),
  canonicalUrl: nstr(4000),
  outlet: nstr(300),
  title: nstr(2000),
  published: v.nullable(pageDate),
  lang: nstr(20),
});

export const SelectorSchema = v.pipe(
  v.strictObject({
    exact: v.pipe(v.string(), v.minLength(1, 'is empty'), v.maxLength(5000, 'longer than 5000 characters')),
    prefix: str(64),
    suffix: str(64),
    start: offset,
    end: offset,
  }),
  v.check((s) => s.end - s.start === s.exact.length, 'end - start must equal the length of exact'),
);

export const SourceRefSchema = v.strictObject({
  /** The source's normalized row ("s_…"); null when the name could not be normalized. */
  id: v.nullable(id('s')),
  /** The normalized display name, shared by every spelling. */
  name: nstr(500),
  /** As the text wrote it. */
  written: str(500),
});

export const IncidentRefSchema = v.strictObject({
  id: id('i'),
  label: str(1000),
  place: nstr(500),
  dateStart: v.nullable(day),
  dateEnd: v.nullable(day),
  eventType: v.nullable(v.picklist(EVENT_TYPES)),
  scale: v.picklist(['incident', 'total']),
});

export const ClaimRecordSchema = v.pipe(
  v.strictObject({
    type: v.literal('claim'),
    id: id('c'),
    /** The claim's revision in the store it was exported from: the newer revision wins a merge. */
    rev: v.pipe(v.number(), v.integer('must be an integer'), v.minValue(1, 'must be at least 1')),
    kind: v.picklist(['figure', 'denial']),
    selector: SelectorSchema,
    numberText: str(500),
    numberStart: offset,
    numberEnd: offset,
    low: count,
    high: count,
    approx: v.boolean(),
    outcome: v.nullable(v.picklist(OUTCOMES)),
    victims: nstr(500),
    stance: v.picklist(['asserted', 'denied']),
    scope: v.nullable(v.picklist(['casualties', 'responsibility'])),
    source: v.nullable(SourceRefSchema),
    via: v.nullable(SourceRefSchema),
    place: nstr(500),
    date: v.nullable(day),
    eventType: v.nullable(v.picklist(EVENT_TYPES)),
    /** Present when the extractor read the figure as a count over a period ("since 2011"): a total, kept apart from single incidents. */
    period: v.optional(v.literal(true)),
    document: DocumentSchema,
    /** The incident the exporting store matched the claim to (each store matches for itself). */
    incident: v.nullable(IncidentRefSchema),
    /** Reading history, present only when the user chose to share it. */
    origin: v.optional(v.picklist(['read', 'synced', 'manual'])),
    createdAt: v.optional(timestamp),
    updatedAt: v.optional(timestamp),
  }),
  v.check((c) => c.numberStart <= c.numberEnd, 'numberEnd is before numberStart'),
  v.check(
    (c) => c.numberStart >= c.selector.start && c.numberEnd <= c.selector.end,
    'the number (numberStart..numberEnd) must lie inside the quote (selector.start..end)',
  ),
  v.check((c) => c.numberEnd - c.numberStart === c.numberText.length, 'numberEnd - numberStart must equal the length of numberText'),
  v.check((c) => c.low === null || c.high === null || c.low <= c.high, 'low is greater than high'),
  v.check((c) => c.kind === 'denial' || c.outcome !== null, 'a figure needs an outcome'),
);

export const CorrectionRecordSchema = v.pipe(
  v.strictObject({
    type: v.literal('correction'),
    id: id('k'),
    kind: v.picklist(['move', 'merge', 'split']),
    claimIds: v.pipe(v.array(id('c')), v.minLength(1, 'names no claim'), v.maxLength(1000, 'names more than 1000 claims')),
    targetClaimId: v.nullable(id('c')),
    /** Corrections are replayed oldest first, so their time is part of what they mean. */
    createdAt: timestamp,
  }),
  v.check((k) => k.kind !== 'merge' || k.claimIds.length === 2, 'a merge names exactly two claims'),
);

/** When a page was read: only in datasets whose author chose to share their reading history. */
export const ReadingRecordSchema = v.strictObject({
  type: v.literal('reading'),
  /** "r_" + the reader's pseudonymous replica id + the document id. */
  id: id('r'),
  docId: id('d'),
  firstSeen: timestamp,
  lastSeen: timestamp,
});

export const RecordSchema = v.variant('type', [HeaderSchema, ClaimRecordSchema, CorrectionRecordSchema, ReadingRecordSchema]);

export type DatasetHeader = v.InferOutput<typeof HeaderSchema>;
export type DocumentRef = v.InferOutput<typeof DocumentSchema>;
export type SourceRef = v.InferOutput<typeof SourceRefSchema>;
export type IncidentRef = v.InferOutput<typeof IncidentRefSchema>;
export type ClaimRecord = v.InferOutput<typeof ClaimRecordSchema>;
export type CorrectionRecord = v.InferOutput<typeof CorrectionRecordSchema>;
export type ReadingRecord = v.InferOutput<typeof ReadingRecordSchema>;
export type DatasetRecord = v.InferOutput<typeof RecordSchema>;
/** What a dataset carries besides its header. */
export type DataRecord = ClaimRecord | CorrectionRecord | ReadingRecord;

/** A header for a file written now. */
export function datasetHeader(generator: string, now: Date = new Date()): DatasetHeader {
  return { type: 'header', format: DATASET_FORMAT, version: DATASET_VERSION, exportedAt: now.toISOString(), generator };
}

/** The problems valibot found, as "path: message" (path "(record)" for whole-record checks). */
export function issueLines(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((i) => `${v.getDotPath(i) ?? '(record)'}: ${i.message}`);
}

/** Checks one parsed JSON value as a data record (not a header). */
export function parseRecord(value: unknown): { ok: true; record: DatasetRecord } | { ok: false; issues: string[] } {
  const r = v.safeParse(RecordSchema, value);
  return r.success ? { ok: true, record: r.output } : { ok: false, issues: issueLines(r.issues) };
}
