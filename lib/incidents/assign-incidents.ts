/**
 * The CLI's use of the matcher: every claim of a run gets an incident id, across all documents,
 * documents matched in the order given (as a reader would read them).
 */
import type { Claim, DocMeta } from '../extract/types';
import type { PlaceResolver } from './features';
import { lazyGazetteer } from './gazetteer-node';
import { MemoryMatcher } from './memory-matcher';

/**
 * Sets `incident` on every claim of every document (in place). The gazetteer is read only if a
 * claim names a place (or a headline names a country): an empty run never loads it.
 */
export function assignIncidents(
  run: ReadonlyArray<{ meta: DocMeta; claims: Array<Claim & { incident?: string | null }> }>,
  places: PlaceResolver = lazyGazetteer(),
): void {
  const matcher = new MemoryMatcher(places);
  run.forEach(({ meta, claims }, d) => {
    if (!claims.length) return;
    const id = meta.id ?? meta.url ?? `#${d}`;
    const matches = matcher.addDocument({
      id,
      published: meta.published ?? null,
      title: meta.title ?? null,
      claims: claims.map((c, i) => ({ ...c, id: `${id}#${i}` })),
    });
    claims.forEach((c, i) => {
      c.incident = matches[i]!.incidentId;
    });
  });
}
