import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Gazetteer } from '../incidents/gazetteer';
import { loadGazetteer } from '../incidents/gazetteer-node';
import { openClaimStore, type CountercheckDB } from '../store/db';
import { ClaimIngest } from '../store/ingest';
import { ingestMemory } from '../store/ingest-memory';
import { exportRecords } from './export';
import { datasetHeader } from './format';
import { importDataset } from './import';
import { datasetLines } from './jsonl';
import { generatedPages, northPage, portPage, southPage } from './test-fixtures';

/*
 * A merge (import or sync pull) finds candidate incidents either in the store's held ingest memory
 * (bulk merges into a store that has read many pages) or by reading IndexedDB per merge. Both must
 * give every claim the same incident: the memory is only a faster way to the same candidates.
 */

let gaz: Gazetteer;
beforeAll(() => {
  gaz = loadGazetteer();
}, 30_000);

let t = 1_950_000_000_000;
const clock = () => (t += 1000);
const opened: CountercheckDB[] = [];
function store(): CountercheckDB {
  const db = openClaimStore('merge-memory-' + Math.random());
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** Claim id -> incident id, and each incident's claim count: what matching decided. */
async function assignment(db: CountercheckDB) {
  const claims = new Map((await db.claims.toArray()).map((c) => [c.id, c.incidentId]));
  const incidents = new Map((await db.incidents.toArray()).map((i) => [i.id, i.claimCount]));
  return { claims, incidents };
}

describe('merging a dataset', () => {
  it('matches the same with the ingest memory held as when reading candidates from IndexedDB', async () => {
    // The file: many pages about the same few towns (every incident of a town is a candidate for
    // each new claim there), plus the Kramatorsk depot strike told by two outlets.
    const source = store();
    const reader = new ClaimIngest(source, gaz, clock);
    await reader.ingestMany([northPage(), southPage(), portPage(), ...generatedPages(80, 2, 7)]);
    const exported = await exportRecords(source, { claims: 'all', history: false });
    const file = [...datasetLines(datasetHeader('merge-memory test', new Date(t)), [...exported.claims, ...exported.corrections])].join('');

    // Two stores that have read the same other pages, one merging over its held memory.
    const held = store();
    const read = store();
    ingestMemory(held).loadAfterPages = -1;
    ingestMemory(read).loadAfterPages = Infinity;
    const earlier = generatedPages(40, 2, 99);
    await new ClaimIngest(held, gaz, clock).ingestMany(earlier);
    await new ClaimIngest(read, gaz, clock).ingestMany(earlier);
    const heldLoads = vi.spyOn(ingestMemory(held), 'hold');
    const readLoads = vi.spyOn(ingestMemory(read), 'hold');

    const a = await importDataset(held, [file], { places: gaz, clock });
    const b = await importDataset(read, [file], { places: gaz, clock });

    expect(heldLoads).toHaveBeenCalled();
    expect(readLoads).not.toHaveBeenCalled();
    expect(a.inserted.length).toBe(exported.claims.length);
    expect(b.inserted.length).toBe(exported.claims.length);
    const fromHeld = await assignment(held);
    const fromRead = await assignment(read);
    expect(fromHeld.claims).toEqual(fromRead.claims);
    expect(fromHeld.incidents).toEqual(fromRead.incidents);
    // The imported claims joined the earlier pages' incidents somewhere, so candidates mattered.
    const imported = new Set(a.inserted);
    const earlierIncidents = new Set([...fromRead.claims].filter(([id]) => !imported.has(id)).map(([, incident]) => incident));
    expect(a.inserted.some((id) => earlierIncidents.has(fromRead.claims.get(id)!))).toBe(true);
  });
});
