import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../incidents/gazetteer';
import { loadGazetteer } from '../incidents/gazetteer-node';
import { compareClaim } from './compare';
import { openClaimStore, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, type ClaimRow, type ClaimRowV1, type IncidentRow, type IncidentRowV1 } from './db';
import { Corrections } from './corrections';
import { ClaimIngest } from './ingest';
import { DERIVED_VERSION, derivedVersion, rederiveIfStale } from './rederive';
import { claimIn, otherStrike, outletA, outletB, outletC } from './test-fixtures';

let gaz: Gazetteer;
beforeAll(() => {
  gaz = loadGazetteer();
}, 30_000);

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

/**
 * Rows as version 1 wrote them: made by the current ingest, then stripped of what version 2
 * added. Includes a total over a period and an undated claim, the cases the upgrade derives.
 */
async function version1Rows() {
  const name = 'source-' + Math.random();
  names.push(name);
  const db = openClaimStore(name);
  const ingest = new ClaimIngest(db, gaz);
  const total = 'The war has killed more than 500,000 people since 2011, the monitor said.';
  await ingest.ingestMany([outletA(), outletB(), outletC(), otherStrike()]);
  await ingest.ingest({
    doc: { url: 'https://outlet-e.example/total', published: '2024-03-10' },
    text: total,
    claims: [claimIn(total, 'The war has killed more than 500,000 people since 2011', 'more than 500,000', { low: 500_001, place: 'Syria', source: 'the monitor' })],
  });
  const rows = {
    documents: await db.documents.toArray(),
    claims: (await db.claims.toArray()).map(({ scale: _s, eventDate: _e, ...v1 }) => v1 satisfies ClaimRowV1),
    incidents: (await db.incidents.toArray()).map(({ scale: _s, ...v1 }) => v1 satisfies IncidentRowV1),
    sources: await db.sources.toArray(),
    corrections: [{ id: 'k_1', kind: 'split' as const, claimIds: [] as string[], targetClaimId: null, origin: 'manual' as const, createdAt: 1, rev: 1, updatedAt: 1 }],
    v2: { claims: await db.claims.toArray(), incidents: await db.incidents.toArray() },
  };
  db.close();
  return rows;
}

describe('schema migrations', () => {
  it('opens a version-1 database filled with rows as the current version and loses nothing', async () => {
    const rows = await version1Rows();
    const name = 'v1-' + Math.random();
    names.push(name);
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('documents').bulkAdd(rows.documents);
    await v1.table('claims').bulkAdd(rows.claims);
    await v1.table('incidents').bulkAdd(rows.incidents);
    await v1.table('sources').bulkAdd(rows.sources);
    await v1.table('corrections').bulkAdd(rows.corrections);
    expect(v1.verno).toBe(1);
    v1.close();

    const db = openClaimStore(name);
    await db.open();
    expect(db.verno).toBe(4);
    // Every row of every table is still there, every version-1 field unchanged.
    expect(await db.documents.toArray()).toEqual(rows.documents);
    expect(await db.sources.toArray()).toEqual(rows.sources);
    expect(await db.corrections.toArray()).toEqual(rows.corrections);
    const claims = await db.claims.toArray();
    expect(claims.map(({ scale: _s, eventDate: _e, ...v1c }) => v1c)).toEqual(rows.claims);
    // The derived fields are what the current ingest writes for the same claims.
    const want = new Map(rows.v2.claims.map((c) => [c.id, c]));
    for (const c of claims) {
      expect([c.id, c.scale, c.eventDate]).toEqual([c.id, want.get(c.id)!.scale, want.get(c.id)!.eventDate]);
    }
    expect(claims.filter((c: ClaimRow) => c.scale === 'total')).toHaveLength(1);
    const incidents = await db.incidents.toArray();
    expect(incidents.map((i: IncidentRow) => [i.id, i.scale])).toEqual(rows.v2.incidents.map((i) => [i.id, i.scale]));
    // The new index answers the compare query on migrated rows.
    const view = await compareClaim(db, rows.claims.find((c) => c.source === 'rescuers')!.id);
    expect(view!.bySource).toHaveLength(1);
    db.close();
  });

  it('opens a version-2 database filled with rows as the current version and loses nothing', async () => {
    const rows = await version1Rows();
    // Version 2 rows have the current shape; one claim comes from a dataset written without an
    // event date, which the index version 3 finds claims by would leave out.
    const claims = rows.v2.claims.map((c, i) => (i === 0 ? (({ eventDate: _e, ...rest }) => rest)(c) : c));
    const name = 'v2-' + Math.random();
    names.push(name);
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    await v2.table('documents').bulkAdd(rows.documents);
    await v2.table('claims').bulkAdd(claims);
    await v2.table('incidents').bulkAdd(rows.v2.incidents);
    await v2.table('sources').bulkAdd(rows.sources);
    await v2.table('corrections').bulkAdd(rows.corrections);
    expect(v2.verno).toBe(2);
    v2.close();

    const db = openClaimStore(name);
    await db.open();
    expect(db.verno).toBe(4);
    // The dropped indexes are gone, the kept ones are there.
    const indexes = (t: string) => db.table(t).schema.indexes.map((i) => i.name).sort();
    expect(indexes('claims')).toEqual(['[incidentId+eventDate]', 'docId', 'statementKey', 'updatedAt']);
    expect(indexes('incidents')).toEqual(['blockKeys', 'dateStart']);
    expect(indexes('documents')).toEqual(['lastSeen', 'outlet']);
    expect(Object.keys(SCHEMA_V4).sort()).toEqual(db.tables.map((t) => t.name).sort());
    // Every row of every table is still there, unchanged but for the repaired event date.
    expect(await db.documents.toArray()).toEqual(rows.documents);
    expect(await db.sources.toArray()).toEqual(rows.sources);
    expect(await db.corrections.toArray()).toEqual(rows.corrections);
    expect(await db.incidents.toArray()).toEqual(rows.v2.incidents);
    const byId = (xs: ClaimRow[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    const repaired = rows.v2.claims[0]!;
    expect(byId(await db.claims.toArray())).toEqual(byId(rows.v2.claims));
    expect((await db.claims.get(repaired.id))!.eventDate).toBe(repaired.eventDate);
    // Claims are found by incident through the compound index: every claim of every incident.
    for (const i of rows.v2.incidents) {
      const want = rows.v2.claims.filter((c) => c.incidentId === i.id).map((c) => c.id).sort();
      expect((await db.claims.where('incidentId').equals(i.id).primaryKeys()).sort()).toEqual(want);
      expect((await db.claims.where('incidentId').anyOf([i.id]).primaryKeys()).sort()).toEqual(want);
    }
    // A correction (which reads claims by incident) and the compare query work on migrated rows.
    const rescuers = rows.v2.claims.find((c) => c.source === 'rescuers')!;
    const total = rows.v2.claims.find((c) => c.scale === 'total')!;
    await new Corrections(db).merge(rescuers.id, total.id);
    const merged = (await db.claims.get(total.id))!.incidentId!;
    expect((await db.claims.get(rescuers.id))!.incidentId).toBe(merged);
    expect((await db.incidents.get(merged))!.claimCount).toBe(2);
    expect((await compareClaim(db, rescuers.id))!.bySource).toHaveLength(2);
    db.close();
  });

  it('opens a version-3 database filled with rows as version 4 and loses nothing; its derived data is then made anew once', async () => {
    const rows = await version1Rows();
    const name = 'v3-' + Math.random();
    names.push(name);
    const v3 = new Dexie(name);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    await v3.table('documents').bulkAdd(rows.documents);
    await v3.table('claims').bulkAdd(rows.v2.claims);
    await v3.table('incidents').bulkAdd(rows.v2.incidents);
    await v3.table('sources').bulkAdd(rows.sources);
    await v3.table('corrections').bulkAdd(rows.corrections);
    v3.close();

    const db = openClaimStore(name);
    await db.open();
    expect(db.verno).toBe(4);
    const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(await db.documents.toArray()).toEqual(rows.documents);
    expect(await db.sources.toArray()).toEqual(rows.sources);
    expect(await db.corrections.toArray()).toEqual(rows.corrections);
    expect(byId(await db.incidents.toArray())).toEqual(byId(rows.v2.incidents));
    expect(byId(await db.claims.toArray())).toEqual(byId(rows.v2.claims));
    // Nothing recorded which code derived these rows: the first ingest derives them again, and
    // rows this build derived come out as they were (no claim moves, no field changes).
    expect(await derivedVersion(db)).toBe(0);
    const result = (await rederiveIfStale(db, gaz))!;
    expect(result).toMatchObject({ from: 0, to: DERIVED_VERSION, claims: 0, sources: 0, rematch: { moved: 0 } });
    expect(await derivedVersion(db)).toBe(DERIVED_VERSION);
    const strip = (c: ClaimRow) => ({ ...c, rev: 0, updatedAt: 0, match: null });
    expect(byId(await db.claims.toArray()).map(strip)).toEqual(byId(rows.v2.claims).map(strip));
    expect(await rederiveIfStale(db, gaz)).toBeNull();
    db.close();
  });
});
