/**
 * Content identity of records: the same claim content gives the same hash on every machine, so
 * two team members who read the same article produce the same CouchDB revision (no conflict),
 * and re-sending a record after a failure is recognised as already there.
 */
import { stableId } from '../incidents/stable-id';
import type { ClaimRecord, DataRecord } from './format';

/** JSON with object keys sorted at every level: equal values give equal strings. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return '[' + value.map(canonicalJson).join(',') + ']';
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonicalJson(obj[k])).join(',') + '}';
}

/**
 * What two copies of a record must share to be the same revision. For a claim: the claim itself
 * and the id of its document. Left out are what one store sees of it — its local revision counter,
 * the incident its own matcher chose, reading history, a source's display name (the spelling that
 * store met first) and the document's metadata (the first reader's) — so two members holding the
 * same claim never conflict over their local views.
 */
export function identityOf(r: DataRecord): unknown {
  if (r.type !== 'claim') return r;
  const { rev: _rev, incident: _incident, origin: _origin, createdAt: _created, updatedAt: _updated, document, source, via, ...claim } = r;
  return {
    ...claim,
    document: document.id,
    source: source && { id: source.id, written: source.written },
    via: via && { id: via.id, written: via.written },
  };
}

/** A 22-character hash of the record's identity (see identityOf). */
export function contentHash(r: DataRecord): string {
  return stableId(canonicalJson(identityOf(r)));
}

/** True when two claim records say the same thing (their local views may differ). */
export function sameClaim(a: ClaimRecord, b: ClaimRecord): boolean {
  return contentHash(a) === contentHash(b);
}
