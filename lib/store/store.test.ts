import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../incidents/gazetteer';
import { loadGazetteer } from '../incidents/gazetteer-node';
import { compareClaim } from './compare';
import { Corrections } from './corrections';
import { openClaimStore, type CountercheckDB } from './db';
import { InvalidRecordError, StorageFullError, UnknownClaimError } from './errors';
import { ClaimIngest } from './ingest';
import { rematchAll } from './rematch';
import { claimIn, otherStrike, outletA, outletB, outletC, textD, simulateFullDisk } from './test-fixtures';

let gaz: Gazetteer;
beforeAll(() => {
  gaz = loadGazetteer();
}, 30_000);

let db: CountercheckDB;
let ingest: ClaimIngest;
let t = 1_700_000_000_000;
const clock = () => (t += 1000);
beforeEach(async () => {
  db = openClaimStore('test-' + Math.random());
  ingest = new ClaimIngest(db, gaz, clock);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function counts() {
  return {
    documents: await db.documents.count(),
    claims: await db.claims.count(),
    incidents: await db.incidents.count(),
    sources: await db.sources.count(),
  };
}

describe('claim store', () => {
  it('stores three outlets on one incident and answers the compare query', async () => {
    const a = await ingest.ingest(outletA());
    const b = await ingest.ingest(outletB());
    const c = await ingest.ingest(outletC());
    await ingest.ingest(otherStrike());
    const incidents = new Set([...a.added, ...b.added, ...c.added].map((m) => m.incidentId));
    expect(incidents.size).toBe(1);

    const view = (await compareClaim(db, c.added[0]!.claimId))!;
    expect(view.incident!.claimCount).toBe(6);
    expect(view.documents.map((d) => d.outlet).sort()).toEqual(['Outlet A', 'Outlet B', 'Outlet C']);
    // The wire sentence carried by A and B is one claim with two carriers, not two confirmations.
    const observatory = view.bySource.find((s) => s.name === 'Syrian Observatory for Human Rights')!;
    expect(observatory.latest.carriers.map((x) => x.outlet)).toEqual(['Outlet A', 'Outlet B']);
    expect(observatory.earlier).toEqual([]);
    const ranges = view.ranges.find((r) => r.outcome === 'killed')!;
    expect(ranges).toEqual({ outcome: 'killed', low: 3, high: 14, sources: 3 });
    expect(view.denials.map((d) => d.claim.source).sort()).toEqual(["Moscow's defence ministry", 'The army']);
    // The Idlib strike is not part of it.
    expect(view.documents.some((d) => d.outlet === 'Outlet D')).toBe(false);
    // Wire copy recorded on the row too.
    const copy = await db.claims.get(b.added[0]!.claimId);
    expect(copy!.wireOf).toBe(a.added[0]!.claimId);
  });

  it('never duplicates claims when a page is read again, and keeps its first-seen time', async () => {
    const first = await ingest.ingest(outletA());
    const before = await counts();
    const again = await ingest.ingest(outletA());
    expect(again.added).toEqual([]);
    expect(again.alreadyStored.sort()).toEqual(first.added.map((m) => m.claimId).sort());
    expect(await counts()).toEqual(before);
    const doc = await db.documents.get(first.documentId);
    expect(doc!.lastSeen).toBeGreaterThan(doc!.firstSeen);
    expect(doc!.rev).toBe(2);
    // The same URL with a tracking parameter and a fragment is the same page.
    const variant = outletA();
    variant.doc.url = 'https://www.outlet-a.example/news/mayadeen-market#top';
    expect((await ingest.ingest(variant)).added).toEqual([]);
  });

  it('keeps one source row for the spellings of one ministry', async () => {
    const c = outletC();
    c.claims[1]!.source = 'the Russian Defense Ministry';
    await ingest.ingest(outletC());
    await ingest.ingest({ ...c, doc: { ...c.doc, url: 'https://elsewhere.example/x' } });
    const ru = await db.sources.get('s_RU defence ministry');
    expect(ru!.aliases.sort()).toEqual(["Moscow's defence ministry", 'the Russian Defense Ministry']);
    expect(ru!.rev).toBe(2);
  });

  it('refuses a bad record with a clear error and writes nothing', async () => {
    await ingest.ingest(otherStrike());
    const before = await counts();
    const bad = outletA();
    bad.claims = [{ ...bad.claims[0]!, low: 20, high: 9 }, ...bad.claims.slice(1)];
    await expect(ingest.ingest(bad)).rejects.toThrow(InvalidRecordError);
    await expect(ingest.ingest(bad)).rejects.toThrow(/claim 0: .*low is greater than high/);
    const noUrl = outletA();
    noUrl.doc = { outlet: 'X' };
    await expect(ingest.ingest(noUrl)).rejects.toThrow(/document: .*needs a url/);
    // In a batch, one bad page refuses the whole batch.
    const badBatch = [outletB(), { ...outletC(), claims: [{ ...outletC().claims[0]!, kind: 'rumour' as never }] }];
    await expect(ingest.ingestMany(badBatch)).rejects.toThrow(/claim 0: kind/);
    expect(await counts()).toEqual(before);
  });

  it('turns a full disk into StorageFullError and keeps nothing of the write', async () => {
    // The document and sources written earlier in the failing transaction must be rolled back.
    let full = false;
    simulateFullDisk(db, () => full);
    await ingest.ingest(otherStrike());
    const before = await counts();
    full = true;
    const err = await ingest.ingest(outletA()).catch((e) => e);
    expect(err).toBeInstanceOf(StorageFullError);
    expect((err as StorageFullError).userMessage).toMatch(/storage .* is full/);
    expect(await counts()).toEqual(before);
  });

  it('re-matches every claim into the incident ingest gave it', async () => {
    // A denial worded as another kind of event ("did not open fire" beside a shelling) stays with
    // its article's event, on a re-match as on ingest: both read the claim's kind.
    const text = 'Shells killed six people in Mayadin on Sunday, medics said.\n\nThe army said its units did not open fire on the town.';
    await ingest.ingest(outletA());
    await ingest.ingest(outletB());
    await ingest.ingest(otherStrike());
    await ingest.ingest({
      doc: { url: 'https://outlet-e.example/mayadin', outlet: 'Outlet E', published: '2024-03-04', title: null },
      text,
      claims: [
        claimIn(text, 'Shells killed six people in Mayadin on Sunday', 'six', { low: 6, high: 6, victims: 'people', source: 'medics', place: 'Mayadin', date: '2024-03-03', eventType: 'shelling' }),
        claimIn(text, 'its units did not open fire on the town', 'did not open fire', { kind: 'denial', outcome: null, source: 'The army', scope: 'responsibility', eventType: 'shooting' }),
      ],
    });
    const before = new Map((await db.claims.toArray()).map((c) => [c.id, c.incidentId]));
    await rematchAll(db, clock);
    const after = new Map((await db.claims.toArray()).map((c) => [c.id, c.incidentId]));
    expect(after).toEqual(before);
  });

  it('keeps a correction when the matcher runs again', async () => {
    const a = await ingest.ingest(outletA());
    const b = await ingest.ingest(outletB());
    const d = await ingest.ingest(otherStrike());
    const corrections = new Corrections(db, clock);
    const medics = b.added[1]!.claimId;
    const idlib = d.added[0]!.claimId;

    // The user says the medics' toll is about the Idlib strike, not the Mayadin shelling.
    await corrections.move([medics], idlib);
    const moved = await db.claims.get(medics);
    expect(moved!.incidentId).toBe(d.added[0]!.incidentId);
    expect(moved!.match!.by).toBe('correction');
    const mayadin = await db.incidents.get(a.added[0]!.incidentId);
    expect(mayadin!.claimCount).toBe(3);

    const r = await rematchAll(db, clock);
    expect(r.claims).toBe(5);
    expect((await db.claims.get(medics))!.incidentId).toBe((await db.claims.get(idlib))!.incidentId);
    expect((await db.claims.get(a.added[0]!.claimId))!.incidentId).not.toBe((await db.claims.get(idlib))!.incidentId);

    // Split, then merge, survive a re-match too.
    await corrections.split([a.added[1]!.claimId]);
    await rematchAll(db, clock);
    const denial = await db.claims.get(a.added[1]!.claimId);
    const wire = await db.claims.get(a.added[0]!.claimId);
    expect(denial!.incidentId).not.toBe(wire!.incidentId);
    await corrections.merge(wire!.id, denial!.id);
    await rematchAll(db, clock);
    expect((await db.claims.get(denial!.id))!.incidentId).toBe((await db.claims.get(wire!.id))!.incidentId);
    expect(await db.corrections.count()).toBe(3);
    // Incidents left empty are gone; every claim's incident exists and counts it.
    for (const i of await db.incidents.toArray()) {
      expect(await db.claims.where('incidentId').equals(i.id).count()).toBe(i.claimCount);
    }
  });

  it('refuses a correction naming a claim that is not stored', async () => {
    await ingest.ingest(otherStrike());
    await expect(new Corrections(db, clock).move(['c_nope'], null)).rejects.toThrow(UnknownClaimError);
    expect(await db.corrections.count()).toBe(0);
  });

  it('gives the same ids to the same page read by two stores (team members)', async () => {
    const other = openClaimStore('test-other-' + Math.random());
    try {
      const mine = await ingest.ingest(otherStrike());
      const theirs = await new ClaimIngest(other, gaz, clock).ingest(otherStrike());
      expect(theirs.documentId).toBe(mine.documentId);
      expect(theirs.added.map((m) => m.claimId)).toEqual(mine.added.map((m) => m.claimId));
      expect(theirs.added.map((m) => m.incidentId)).toEqual(mine.added.map((m) => m.incidentId));
    } finally {
      other.close();
      await Dexie.delete(other.name);
    }
  });

  it('stores the quote selector with 32 characters of context', async () => {
    const r = await ingest.ingest(otherStrike());
    const c = await db.claims.get(r.added[0]!.claimId);
    expect(c!.selector).toEqual({ exact: 'An air strike on a school in Idlib killed 12 children', prefix: '', suffix: textD.slice(53, 85), start: 0, end: 53 });
    const shifted = claimIn(`Rescuers: ${textD}`, 'killed 12 children', '12', { low: 12, high: 12 });
    const r2 = await ingest.ingest({ doc: { id: 'local-1' }, text: `Rescuers: ${textD}`, claims: [shifted] });
    const c2 = await db.claims.get(r2.added[0]!.claimId);
    expect(c2!.selector.prefix).toBe('ers: An air strike on a school in Idlib '.slice(-32));
  });
});
