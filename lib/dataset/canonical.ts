/**
 * Content identity of records: the same claim content gives the same hash on every machine, so
 * two team members who read the same article produce the same CouchDB revision (no conflict),
 * and re-sending a record after a failure is recognised as already there.
 */
import { stableId } from '../incidents/stable-id';
import type { DataRecord } from './format';

/**
 * What two copies of a record must share to be the same revision. For a claim: the claim itself
 * and the id of its document. Left out are what one store sees of it — its local revision counter,
 * the incident its own matcher chose, reading history, a source's normalized id and display name
 * (each store keys the names written with its own version of the normalizer, and names a source
 * by the spelling it met first) and the document's metadata (the first reader's) — so two members holding the
 * same claim never conflict over their local views.
 *
 * Built field by field in a fixed order, so JSON.stringify of it is canonical without sorting
 * (this runs for every record a sync reads or writes).
 */
export function identityOf(r: DataRecord): unknown {
  if (r.type === 'correction') return { type: r.type, id: r.id, kind: r.kind, claimIds: r.claimIds, targetClaimId: r.targetClaimId, createdAt: r.createdAt };
  if (r.type === 'reading') return { type: r.type, id: r.id, docId: r.docId, firstSeen: r.firstSeen, lastSeen: r.lastSeen };
  const s = r.selector;
  return {
    type: r.type,
    id: r.id,
    kind: r.kind,
    selector: { exact: s.exact, prefix: s.prefix, suffix: s.suffix, start: s.start, end: s.end },
    numberText: r.numberText,
    numberStart: r.numberStart,
    numberEnd: r.numberEnd,
    low: r.low,
    high: r.high,
    approx: r.approx,
    outcome: r.outcome,
    victims: r.victims,
    stance: r.stance,
    scope: r.scope,
    source: r.source && { written: r.source.written },
    via: r.via && { written: r.via.written },
    place: r.place,
    date: r.date,
    eventType: r.eventType,
    // Only when set, so that records written before the field existed keep their hashes.
    ...(r.period ? { period: true } : {}),
    document: r.document.id,
  };
}

/** A 22-character hash of the record's identity (see identityOf). */
export function contentHash(r: DataRecord): string {
  return stableId(JSON.stringify(identityOf(r)));
}
