/**
 * Records ↔ CouchDB documents, and the revision ids we give them.
 *
 * We push with `new_edits=false`, choosing each revision id ourselves instead of letting the
 * server make one: "1-<content hash>" for a record new to the server, and for an edit
 * "N-<hash of parent and content>" where N is one more than the revision it was edited from (its
 * `_revisions` names that parent). So:
 * - the same content from two members is the same revision (no conflict over identical claims);
 * - re-sending after a failure is recognised by `_revs_diff` as already there (nothing duplicated);
 * - an edit made from an older revision than the server's latest becomes a second branch in the
 *   server's revision tree — a conflict CouchDB keeps and every member sees — not an overwrite.
 */
import { stableId } from '../incidents/stable-id';
import { contentHash } from '../dataset/canonical';
import { parseRecord, type DataRecord } from '../dataset/format';

/** The generation of "N-hash". */
export function revGen(rev: string): number {
  return Number.parseInt(rev, 10);
}

/** The hash part of "N-hash". */
export function revHash(rev: string): string {
  return rev.slice(rev.indexOf('-') + 1);
}

/**
 * The revision for content `hash` edited from `parent` (null: a record new to the server). The
 * parent is part of the id, as in CouchDB's own revision ids: one id never stands for two places in
 * the revision tree (the same content reached from two parents is two revisions, and a conflict).
 */
export function nextRev(parent: string | null, hash: string): string {
  return parent ? `${revGen(parent) + 1}-${stableId(parent + '\u0001' + hash)}` : `1-${hash}`;
}

export interface CouchDoc {
  _id: string;
  _rev: string;
  _revisions: { start: number; ids: string[] };
  _deleted?: boolean;
  [field: string]: unknown;
}

/** The document for a record at `rev`, whose parent revision is `parent`. The body is the record itself. */
export function toCouchDoc(record: DataRecord, rev: string, parent: string | null): CouchDoc {
  return {
    ...record,
    _id: record.id,
    _rev: rev,
    _revisions: { start: revGen(rev), ids: parent ? [revHash(rev), revHash(parent)] : [revHash(rev)] },
  };
}

/** A deletion of leaf `leafRev` (resolving a conflict): deterministic, so two members resolving alike agree. */
export function tombstone(id: string, leafRev: string): CouchDoc {
  const rev = `${revGen(leafRev) + 1}-${stableId('deleted\u0001' + leafRev)}`;
  return { _id: id, _rev: rev, _deleted: true, _revisions: { start: revGen(rev), ids: [revHash(rev), revHash(leafRev)] } };
}

/** The record a document carries, checked like an imported line (a server is not trusted more than a file). */
export function fromCouchDoc(doc: Record<string, unknown>): { ok: true; record: DataRecord; hash: string } | { ok: false; issues: string[] } {
  const body: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) if (!k.startsWith('_')) body[k] = v;
  const parsed = parseRecord(body);
  if (!parsed.ok) return parsed;
  if (parsed.record.type === 'header') return { ok: false, issues: ['a dataset header is not a document'] };
  if (parsed.record.id !== doc._id) return { ok: false, issues: [`id ${parsed.record.id} differs from the document's _id ${String(doc._id)}`] };
  return { ok: true, record: parsed.record, hash: contentHash(parsed.record) };
}
