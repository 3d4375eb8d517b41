import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../incidents/gazetteer';
import { loadGazetteer } from '../incidents/gazetteer-node';
import { ClaimService } from './claim-service';
import { Corrections } from './corrections';
import { openClaimStore, type ClaimRow, type CountercheckDB } from './db';
import { StorageFullError } from './errors';
import { ClaimIngest } from './ingest';
import { DERIVED_VERSION, derivedVersion, rederiveIfStale } from './rederive';
import { claimIn, otherStrike, outletA, outletB, outletC, simulateFullDisk } from './test-fixtures';

let gaz: Gazetteer;
beforeAll(() => {
  gaz = loadGazetteer();
}, 30_000);

let db: CountercheckDB;
let full = false;
let t = 1_800_000_000_000;
const clock = () => (t += 1000);
beforeEach(() => {
  full = false;
  db = openClaimStore('rederive-' + Math.random());
  simulateFullDisk(db, () => full, ['put']);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const derived = (c: ClaimRow) => [c.id, c.sourceId, c.viaId, c.resolvedPlace, c.scale, c.statementKey, c.wireOf, c.incidentId];
const byId = (xs: ClaimRow[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

/**
 * Three outlets on one shelling and an unrelated strike, with a correction, stored by this build;
 * then rewritten the way an older build could have derived them (other source keys, statement
 * keys and places; a document's countries unread) and with no record of the version that did.
 */
async function storedByAnOlderBuild() {
  const ingest = new ClaimIngest(db, gaz, clock);
  await ingest.ingestMany([outletA(), outletB()]);
  await ingest.ingest(outletC());
  await ingest.ingest(otherStrike());
  const all = await db.claims.toArray();
  const school = all.find((c) => c.quote.includes('school'))!;
  const market = all.find((c) => c.quote.startsWith('Nine civilians') && !c.wireOf)!;
  // The user put the school strike with the market shelling: corrections always win.
  await new Corrections(db, clock).move([school.id], market.id);
  const current = { claims: byId(await db.claims.toArray()), sources: await db.sources.toArray(), documents: await db.documents.toArray() };
  await db.meta.clear();
  await db.claims.bulkPut(current.claims.map((c, i) => ({ ...c, sourceId: c.sourceId && 's_old ' + c.sourceId, resolvedPlace: null, statementKey: 'w_old' + i })));
  await db.sources.bulkPut(current.sources.map((s) => ({ ...s, id: 's_old ' + s.id })));
  await db.documents.bulkPut(current.documents.map((d) => ({ ...d, headlinePlaces: [], countries: [] })));
  return { current, school, market };
}

describe('rederiveIfStale', () => {
  it("derives an older build's places, source keys, wire copies and incidents again, once; corrections still win", async () => {
    const { current, school, market } = await storedByAnOlderBuild();
    const result = (await rederiveIfStale(db, gaz, clock))!;
    expect(result).toMatchObject({ from: 0, to: DERIVED_VERSION, documents: 4, claims: current.claims.length });
    const now = byId(await db.claims.toArray());
    expect(now.map(derived)).toEqual(current.claims.map(derived));
    // What the claims say is untouched; each changed row is a new revision (sync sends it).
    const own = (c: ClaimRow) => [c.id, c.quote, c.source, c.via, c.low, c.high, c.place, c.date];
    expect(now.map(own)).toEqual(current.claims.map(own));
    expect(now.every((c, i) => c.rev > current.claims[i]!.rev)).toBe(true);
    // One source row per key the claims name, every spelling kept; none left under the old keys.
    expect((await db.sources.toArray()).map((s) => s.id).sort()).toEqual(current.sources.map((s) => s.id).sort());
    expect((await db.documents.toArray()).map((d) => d.countries)).toEqual(current.documents.map((d) => d.countries));
    expect((await db.claims.get(school.id))!.incidentId).toBe((await db.claims.get(market.id))!.incidentId);
    expect(await derivedVersion(db)).toBe(DERIVED_VERSION);
    // Derived by this version now: nothing more to do.
    expect(await rederiveIfStale(db, gaz, clock)).toBeNull();
  });

  it('leaves everything as it was when the disk is full, and tries again next time', async () => {
    await storedByAnOlderBuild();
    const before = { claims: byId(await db.claims.toArray()), sources: await db.sources.toArray() };
    full = true;
    await expect(rederiveIfStale(db, gaz, clock)).rejects.toBeInstanceOf(StorageFullError);
    expect(byId(await db.claims.toArray())).toEqual(before.claims);
    expect(await db.sources.toArray()).toEqual(before.sources);
    expect(await derivedVersion(db)).toBe(0);
    full = false;
    expect(await rederiveIfStale(db, gaz, clock)).not.toBeNull();
  });

  it("keeps a figure the extractor read as counted over a period a total when deriving again", async () => {
    const text = 'Since 1 October, gunmen have killed 212 people in Idlib province, rescuers said.';
    const ingest = new ClaimIngest(db, gaz, clock);
    await ingest.ingest({
      doc: { url: 'https://outlet-f.example/idlib-toll', outlet: 'Outlet F', published: '2024-11-06' },
      text,
      claims: [{ ...claimIn(text, 'killed 212 people', '212', { low: 212, high: 212, victims: 'people', source: 'rescuers', place: 'Idlib province' }), period: true }],
    });
    expect((await db.claims.toArray()).map((c) => [c.period, c.scale])).toEqual([[true, 'total']]);
    await db.meta.clear();
    await rederiveIfStale(db, gaz, clock);
    expect((await db.claims.toArray()).map((c) => [c.period, c.scale])).toEqual([[true, 'total']]);
  });

  it('records the version on an empty store without work', async () => {
    expect(await rederiveIfStale(db, gaz, clock)).toBeNull();
    expect(await derivedVersion(db)).toBe(DERIVED_VERSION);
  });

  it('runs before the first page the claim service stores', async () => {
    const { current } = await storedByAnOlderBuild();
    const errors: unknown[] = [];
    const service = new ClaimService({ db, places: async () => gaz, clock, onError: (e) => errors.push(e) });
    const text = 'Four people were killed in a landslide in Vettra on Friday, the mayor said.';
    expect(service.read({ doc: { url: 'https://outlet-e.example/vettra', canonicalUrl: null, outlet: 'Outlet E', title: null, published: '2024-05-04', lang: 'en' }, text, from: 0 }).claims).toHaveLength(1);
    await expect.poll(async () => (await db.claims.count()) === current.claims.length + 1, { timeout: 10_000 }).toBe(true);
    expect(errors).toEqual([]);
    expect(await derivedVersion(db)).toBe(DERIVED_VERSION);
    const mayadin = byId(await db.claims.toArray()).filter((c) => current.claims.some((x) => x.id === c.id));
    expect(mayadin.map(derived)).toEqual(current.claims.map(derived));
  });
});
