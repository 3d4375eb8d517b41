/**
 * Validation of what enters the store, with valibot (tree-shakable; this module is imported by
 * the background and extension pages only, never by the content script).
 */
import * as v from 'valibot';
import type { Claim } from '../extract/types';
import { InvalidRecordError } from './errors';

const day = v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}/, 'must be a date (YYYY-MM-DD…)')));
const text = (max: number) => v.nullable(v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters`)));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const count = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000_000)));

/** What the store needs to know about a page. At least one of url or id. */
export const DocumentInputSchema = v.pipe(
  v.object({
    id: v.optional(text(500)),
    url: v.optional(text(4000)),
    canonicalUrl: v.optional(text(4000)),
    outlet: v.optional(text(300)),
    title: v.optional(text(2000)),
    published: v.optional(day),
    lang: v.optional(text(20)),
  }),
  v.check((d) => !!(d.url || d.canonicalUrl || d.id), 'needs a url, canonicalUrl or id'),
);
export type DocumentInput = v.InferOutput<typeof DocumentInputSchema>;

/** A claim in the extractor's contract (lib/extract/types.ts), checked for consistency. */
export const ClaimSchema = v.pipe(
  v.object({
    doc: v.string(),
    kind: v.picklist(['figure', 'denial']),
    quote: v.pipe(v.string(), v.minLength(1, 'is empty'), v.maxLength(5000, 'longer than 5000 characters')),
    quoteStart: offset,
    quoteEnd: offset,
    numberText: v.pipe(v.string(), v.maxLength(500)),
    numberStart: offset,
    numberEnd: offset,
    low: count,
    high: count,
    approx: v.boolean(),
    outcome: v.nullable(v.picklist(['killed', 'wounded', 'casualties', 'missing', 'captured'])),
    victims: text(500),
    source: text(500),
    via: text(300),
    stance: v.picklist(['asserted', 'denied']),
    scope: v.optional(v.picklist(['casualties', 'responsibility'])),
    place: text(500),
    date: day,
    eventType: v.nullable(
      v.picklist(['air strike', 'shelling', 'missile strike', 'drone strike', 'explosion', 'shooting', 'clashes', 'ambush', 'crash', 'natural disaster']),
    ),
    period: v.optional(v.literal(true)),
  }),
  v.check((c) => c.quoteEnd - c.quoteStart === c.quote.length, 'quoteEnd - quoteStart must equal the quote length'),
  v.check((c) => c.numberEnd >= c.numberStart, 'numberEnd before numberStart'),
  v.check((c) => c.low == null || c.high == null || c.low <= c.high, 'low is greater than high'),
  v.check((c) => c.kind === 'denial' || c.outcome !== null, 'a figure needs an outcome'),
);

function issuesOf(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((i) => `${v.getDotPath(i) ?? '(record)'}: ${i.message}`);
}

/** The document, or InvalidRecordError. */
export function parseDocument(input: unknown): DocumentInput {
  const r = v.safeParse(DocumentInputSchema, input);
  if (!r.success) throw new InvalidRecordError('document', issuesOf(r.issues));
  return r.output;
}

/** Every claim, or InvalidRecordError naming the first bad one (nothing is written then). */
export function parseClaims(input: readonly unknown[]): Claim[] {
  return input.map((c, i) => {
    const r = v.safeParse(ClaimSchema, c);
    if (!r.success) throw new InvalidRecordError(`claim ${i}`, issuesOf(r.issues));
    return r.output as Claim;
  });
}
