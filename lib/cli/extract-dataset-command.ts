/**
 * `countercheck extract ... --out FILE`: the run's claims as a dataset file. The claims go
 * through the same store the extension uses (in memory here), so ids, quote selectors, sources
 * and incidents are exactly what a reader's extension would store and sync for the same pages.
 */
import Dexie from 'dexie';
import * as v from 'valibot';
import { exportRecords } from '../dataset/export';
import { datasetHeader } from '../dataset/format';
import type { Claim } from '../extract/types';
import { lazyGazetteer } from '../incidents/gazetteer-node';
import { openClaimStore } from '../store/db';
import { InvalidRecordError } from '../store/errors';
import { ClaimIngest, type IngestInput } from '../store/ingest';
import { ClaimSchema, parseDocument } from '../store/validate';
import { DatasetOutput } from './dataset-output';
import { readDocuments } from './documents';
import { CliError, UsageError } from './errors';
import { type Extractor, extractDocument } from './extract-document';
import { parseInputArgs } from './input-args';
import type { CliIO } from './io';
import { writeLines } from './write-output';

/** Whether an extract command line asks for a dataset file. */
export function wantsDatasetOut(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '--out' || a === '-o' || a.startsWith('--out='));
}

/** Takes --out and --publisher out of an extract command line; the rest is extract's own. */
function splitArgs(argv: readonly string[]): { out: string; publisher?: string; rest: string[] } {
  const rest: string[] = [];
  let out: string | undefined;
  let publisher: string | undefined;
  const end = argv.indexOf('--');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (end >= 0 && i >= end) {
      rest.push(a);
      continue;
    }
    const take = (name: string) => {
      const value = argv[i + 1];
      if (value === undefined || (value.startsWith('-') && value !== '-')) throw new UsageError(`option '${name}' needs a value`, 'extract');
      i++;
      return value;
    };
    if (a === '--out' || a === '-o') out = take(a);
    else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a === '--publisher') publisher = take(a);
    else if (a.startsWith('--publisher=')) publisher = a.slice(12);
    else rest.push(a);
  }
  if (!out) throw new UsageError("option '--out' needs a value", 'extract');
  return { out, publisher, rest };
}

const BATCH_DOCS = 200;

export async function extractDatasetCommand(argv: string[], io: CliIO, extract: Extractor, generator: string): Promise<number> {
  const { out, publisher, rest } = splitArgs(argv);
  const args = parseInputArgs(rest, 'extract');
  const inputs: IngestInput[] = [];
  let dropped = 0;
  for await (const doc of readDocuments(args, io.stdin)) {
    const claims: Claim[] = extractDocument(doc, extract);
    const valid = claims.filter((c) => v.is(ClaimSchema, c));
    dropped += claims.length - valid.length;
    const input: IngestInput = {
      doc: { id: doc.meta.id ?? doc.id, url: doc.meta.url ?? null, outlet: doc.meta.outlet ?? null, title: doc.meta.title ?? null, published: doc.meta.published ?? null },
      text: doc.text,
      claims: valid,
    };
    try {
      parseDocument(input.doc);
    } catch (e) {
      if (e instanceof InvalidRecordError) throw new CliError(`${doc.origin}: ${e.issues.join('; ')}`);
      throw e;
    }
    inputs.push(input);
  }

  // The extension's store, in memory: fake-indexeddb stands in for the browser's IndexedDB.
  if (typeof indexedDB === 'undefined') {
    const fake = await import('fake-indexeddb');
    Dexie.dependencies.indexedDB = fake.indexedDB;
    Dexie.dependencies.IDBKeyRange = fake.IDBKeyRange;
  }
  const db = openClaimStore(`countercheck-cli-${process.pid}-${Date.now()}`);
  try {
    const ingest = new ClaimIngest(db, lazyGazetteer());
    for (let i = 0; i < inputs.length; i += BATCH_DOCS) await ingest.ingestMany(inputs.slice(i, i + BATCH_DOCS));
    const records = await exportRecords(db, { claims: 'all', history: false });
    const file = new DatasetOutput(out, io, datasetHeader(generator), publisher);
    try {
      await file.add([...records.claims, ...records.corrections]);
      await file.close();
    } catch (e) {
      await file.abort();
      throw e;
    }
    const notes = [`wrote ${records.claims.length} claims from ${inputs.length} document${inputs.length === 1 ? '' : 's'} to ${out === '-' ? 'stdout' : out}`];
    if (dropped) notes.push(`  ${dropped} claims left out: not valid claims (an extractor miss)`);
    if (records.skipped.length) notes.push(`  ${records.skipped.length} claims left out: ${records.skipped[0]!.issues[0]}`);
    // stdout may be the data itself; the summary goes to stderr as extract's notes always do.
    await writeLines(io.stderr, notes);
    return 0;
  } finally {
    db.close();
  }
}
