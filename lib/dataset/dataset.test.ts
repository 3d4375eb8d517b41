import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Gazetteer } from '../incidents/gazetteer';
import { loadGazetteer } from '../incidents/gazetteer-node';
import { Corrections } from '../store/corrections';
import { openClaimStore, type CountercheckDB } from '../store/db';
import { ClaimIngest } from '../store/ingest';
import { ingestMemory } from '../store/ingest-memory';
import { contentHash } from './canonical';
import { claimReviewDocument } from './claim-review';
import { CSV_COLUMNS, csvLines } from './csv';
import { exportRecords } from './export';
import { datasetHeader, type ClaimRecord } from './format';
import type { SharePolicy } from './from-store';
import { importDataset } from './import';
import { DatasetError, datasetLines, MAX_LINE_CHARS, parseDatasetText } from './jsonl';
import { claimAt, generatedPages, northPage, portPage, southPage } from './test-fixtures';

let gaz: Gazetteer;
beforeAll(() => {
  gaz = loadGazetteer();
}, 30_000);

let t = 1_900_000_000_000;
const clock = () => (t += 1000);
const opened: CountercheckDB[] = [];
function store(): CountercheckDB {
  const db = openClaimStore('dataset-test-' + Math.random());
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** Everything a store holds, for "nothing changed" checks. */
async function snapshot(db: CountercheckDB) {
  return {
    documents: await db.documents.toArray(),
    claims: await db.claims.toArray(),
    incidents: await db.incidents.toArray(),
    sources: await db.sources.toArray(),
    corrections: await db.corrections.toArray(),
  };
}

async function fileOf(db: CountercheckDB, policy: SharePolicy = { claims: 'all', history: false }): Promise<string> {
  const ex = await exportRecords(db, policy);
  return [...datasetLines(datasetHeader('countercheck test', new Date(t)), [...ex.claims, ...ex.corrections, ...ex.readings])].join('');
}

let a: CountercheckDB;
beforeEach(async () => {
  a = store();
  const ingest = new ClaimIngest(a, gaz, clock);
  await ingest.ingest(northPage());
  await ingest.ingest(southPage());
  await ingest.ingest(portPage());
});

describe('dataset export and import', () => {
  it('round-trips a store through a JSON Lines file: same claims, sources, incidents', async () => {
    const text = await fileOf(a);
    const lines = text.trimEnd().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ type: 'header', format: 'countercheck-dataset', version: 1 });
    expect(lines).toHaveLength(1 + 5);

    const b = store();
    const report = await importDataset(b, [text], { places: gaz, clock });
    expect(report.inserted).toHaveLength(5);
    const [ca, cb] = [await a.claims.orderBy('id').toArray(), await b.claims.orderBy('id').toArray()];
    expect(cb.map((c) => c.id)).toEqual(ca.map((c) => c.id));
    for (let i = 0; i < ca.length; i++) {
      const { origin: _o, createdAt: _c, updatedAt: _u, incidentId: _i, match: _m, wireOf: _w, ...restA } = ca[i]!;
      const { origin, createdAt: _c2, updatedAt: _u2, incidentId: _i2, match: _m2, wireOf: _w2, ...restB } = cb[i]!;
      expect(restB).toEqual(restA);
      expect(origin).toBe('synced');
    }
    // B's own matcher puts the two Kramatorsk reports together and Odesa apart, as A's did.
    const incidentsOf = async (db: CountercheckDB) => {
      const claims = await db.claims.toArray();
      const docs = new Map((await db.documents.toArray()).map((d) => [d.id, d.outlet]));
      const byInc = new Map<string, Set<string>>();
      for (const c of claims) byInc.set(c.incidentId!, new Set([...(byInc.get(c.incidentId!) ?? []), docs.get(c.docId)!]));
      return [...byInc.values()].map((s) => [...s].sort().join('+')).sort();
    };
    expect(await incidentsOf(b)).toEqual(await incidentsOf(a));
    expect(await incidentsOf(b)).toContain('North News+South Daily');
    expect((await b.sources.toArray()).map((s) => s.id).sort()).toEqual((await a.sources.toArray()).map((s) => s.id).sort());

    // Importing the same file again adds nothing.
    const again = await importDataset(b, [text], { places: gaz, clock });
    expect(again.inserted).toEqual([]);
    expect(again.unchanged).toHaveLength(5);
    expect(await b.claims.count()).toBe(5);
  });

  it('carries a figure read as a count over a period, so the importing store keeps it apart as a total', async () => {
    const text = 'Across the province, 212 civilians have been killed in drone strikes, the governor said on Friday, counting since the start of the year.';
    await new ClaimIngest(a, gaz, clock).ingest({
      doc: { url: 'https://north-news.example/2031/05/province-toll', outlet: 'North News', published: '2031-05-10', title: 'Province toll' },
      text,
      claims: [claimAt(text, '212 civilians have been killed in drone strikes', '212', { low: 212, high: 212, victims: 'civilians', source: 'the governor', eventType: 'drone strike', period: true })],
    });
    const file = await fileOf(a);
    const records = file.trimEnd().split('\n').map((l) => JSON.parse(l) as ClaimRecord);
    const total = records.find((r) => r.type === 'claim' && r.numberText === '212')!;
    expect(total.period).toBe(true);
    expect(total.incident?.scale).toBe('total');
    // Absent, not false, on the others: their content hashes stay what they were before the field existed.
    const others = records.filter((r) => r.type === 'claim' && r.numberText !== '212');
    expect(others.length).toBeGreaterThan(0);
    expect(others.filter((r) => 'period' in r)).toEqual([]);

    const b = store();
    await importDataset(b, [file], { places: gaz, clock });
    const row = (await b.claims.toArray()).find((c) => c.numberText === '212')!;
    expect(row.period).toBe(true);
    expect((await b.incidents.get(row.incidentId!))!.scale).toBe('total');
  });

  it('keeps the newer revision of a claim and never overrides the user’s corrections', async () => {
    const b = store();
    await importDataset(b, [await fileOf(a)], { places: gaz, clock });
    const [north] = await a.claims.where('docId').equals((await a.documents.where('outlet').equals('North News').first())!.id).sortBy('numberStart');
    // A corrects the figure (a newer revision); B edits the same claim twice (newer still).
    await a.claims.update(north!.id, { low: 12, high: 12, rev: north!.rev + 1, updatedAt: clock() });
    const bRow = (await b.claims.get(north!.id))!;
    await b.claims.update(north!.id, { low: 10, high: 10, rev: bRow.rev + 5, updatedAt: clock() });
    const r1 = await importDataset(b, [await fileOf(a)], { places: gaz, clock });
    expect(r1.kept).toEqual([north!.id]);
    expect((await b.claims.get(north!.id))!.low).toBe(10);
    // The other direction: A's older revision gives way to B's newer one.
    const r2 = await importDataset(a, [await fileOf(b)], { places: gaz, clock });
    expect(r2.replaced).toEqual([north!.id]);
    expect((await a.claims.get(north!.id))!.low).toBe(10);

    // The user's correction in B: the Odesa claim is moved into the Kramatorsk incident.
    const port = (await b.claims.toArray()).find((c) => c.place === 'the port of Odesa')!;
    await new Corrections(b, clock).move([port.id], north!.id);
    const yours = (await b.claims.get(port.id))!.incidentId;
    // A's correction of the same claim (split it off on its own) arrives in a file: not applied.
    await new Corrections(a, clock).split([port.id]);
    const r3 = await importDataset(b, [await fileOf(a)], { places: gaz, clock });
    expect(r3.correctionsOverlapping).toHaveLength(1);
    expect(r3.correctionsAdded).toEqual([]);
    expect((await b.claims.get(port.id))!.incidentId).toBe(yours);
    expect(await b.corrections.count()).toBe(1);
  });

  it('applies a teammate’s correction that arrives with the claims', async () => {
    const north = (await a.claims.toArray()).find((c) => c.low === 11)!;
    const port = (await a.claims.toArray()).find((c) => c.place === 'the port of Odesa')!;
    await new Corrections(a, clock).move([port.id], north.id);
    const b = store();
    const r = await importDataset(b, [await fileOf(a)], { places: gaz, clock });
    expect(r.correctionsAdded).toHaveLength(1);
    expect((await b.claims.get(port.id))!.incidentId).toBe((await b.claims.get(north.id))!.incidentId);
    expect((await b.claims.get(port.id))!.match?.by).toBe('correction');
  });

  it('shares only saved or corrected claims when asked, and reading history only when chosen', async () => {
    const text = await fileOf(a, { claims: 'saved', history: false });
    expect(text.trimEnd().split('\n')).toHaveLength(1);
    const port = (await a.claims.toArray()).find((c) => c.place === 'the port of Odesa')!;
    await new Corrections(a, clock).split([port.id]);
    const saved = await exportRecords(a, { claims: 'saved', history: false });
    expect(saved.claims.map((c) => c.id)).toEqual([port.id]);
    expect(saved.corrections).toHaveLength(1);
    expect(saved.readings).toEqual([]);
    expect(Object.keys(saved.claims[0]!)).not.toContain('createdAt');
    expect(JSON.stringify(saved)).not.toMatch(/firstSeen|lastSeen|"origin"/);

    const withHistory = await exportRecords(a, { claims: 'all', history: true });
    expect(withHistory.readings).toHaveLength(3);
    expect(withHistory.claims[0]!.origin).toBe('read');
    expect(withHistory.claims[0]!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // History is not part of a claim's identity: sharing it never makes a claim conflict.
    const plain = await exportRecords(a, { claims: 'all', history: false });
    expect(withHistory.claims.map(contentHash)).toEqual(plain.claims.map(contentHash));
  });
});

describe('malformed datasets are refused whole, with line numbers', () => {
  async function refused(text: string): Promise<DatasetError> {
    const before = await snapshot(a);
    const err = await importDataset(a, [text], { places: gaz, clock }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DatasetError);
    expect(await snapshot(a)).toEqual(before);
    return err as DatasetError;
  }

  async function goodLines(): Promise<string[]> {
    const b = store();
    const ingest = new ClaimIngest(b, gaz, clock);
    await ingest.ingest(northPage());
    await ingest.ingest(portPage());
    return (await fileOf(b)).trimEnd().split('\n');
  }

  it('a truncated last line', async () => {
    const lines = await goodLines();
    lines[lines.length - 1] = lines[lines.length - 1]!.slice(0, 80);
    const e = await refused(lines.join('\n'));
    expect(e.problems).toEqual([{ line: lines.length, message: expect.stringMatching(/^not valid JSON/) }]);
  });

  it('wrong types, each named by line and field', async () => {
    const lines = await goodLines();
    const l2 = JSON.parse(lines[1]!);
    l2.low = 'eleven';
    const l3 = JSON.parse(lines[2]!);
    l3.selector.start = -4;
    l3.kind = 'rumour';
    lines[1] = JSON.stringify(l2);
    lines[2] = JSON.stringify(l3);
    const e = await refused(lines.join('\n'));
    expect(e.problems.map((p) => p.line)).toEqual([2, 3]);
    expect(e.problems[0]!.message).toMatch(/^low: /);
    expect(e.problems[1]!.message).toMatch(/kind: /);
    expect(e.problems[1]!.message).toMatch(/selector\.start: must not be negative/);
    expect(e.message).toMatch(/line 2: low: .*line 3: kind/);
  });

  it('a 10 MB string field', async () => {
    const lines = await goodLines();
    const huge = JSON.parse(lines[1]!);
    huge.victims = 'x'.repeat(10 * 1024 * 1024);
    lines.splice(2, 0, JSON.stringify(huge).replace(huge.id, huge.id + 'z'));
    const e = await refused(lines.join('\n') + '\n');
    expect(e.problems).toHaveLength(1);
    expect(e.problems[0]!.line).toBe(3);
    expect(e.problems[0]!.message).toMatch(new RegExp(`at most ${MAX_LINE_CHARS.toLocaleString('en')}`));
  });

  it('a long field under the line limit is refused by the schema', async () => {
    const lines = await goodLines();
    const rec = JSON.parse(lines[1]!);
    rec.selector.prefix = 'p'.repeat(5000);
    lines[1] = JSON.stringify(rec);
    const e = await refused(lines.join('\n'));
    expect(e.problems).toEqual([{ line: 2, message: 'selector.prefix: longer than 64 characters' }]);
  });

  it('duplicate ids', async () => {
    const lines = await goodLines();
    const dup = JSON.parse(lines[1]!);
    dup.rev = 7;
    lines.push(JSON.stringify(dup));
    const e = await refused(lines.join('\r\n'));
    expect(e.problems).toEqual([{ line: lines.length, message: `duplicate id ${dup.id} (first on line 2)` }]);
  });

  it('a missing header, a newer version, an empty file, inconsistent offsets', async () => {
    const lines = await goodLines();
    expect((await refused(lines.slice(1).join('\n'))).problems[0]).toMatchObject({ line: 1, message: expect.stringMatching(/first line must be the dataset header/) });
    const v2 = [JSON.stringify({ type: 'header', format: 'countercheck-dataset', version: 2 }), ...lines.slice(1)];
    expect((await refused(v2.join('\n'))).problems[0]!.message).toMatch(/version 2 needs a newer Countercheck/);
    expect((await refused('')).problems[0]!.message).toMatch(/empty/);
    const rec = JSON.parse(lines[1]!);
    rec.numberStart += 1000;
    rec.numberEnd += 1000;
    lines[1] = JSON.stringify(rec);
    expect((await refused(lines.join('\n'))).problems[0]!.message).toMatch(/must lie inside the quote/);
  });

  it('reports every bad line but lists at most 50', async () => {
    const lines = await goodLines();
    const bad = Array.from({ length: 70 }, (_, i) => `{"type":"claim","id":"c_${i}"`);
    const e = await refused([...lines, ...bad].join('\n'));
    expect(e.total).toBe(70);
    expect(e.problems).toHaveLength(50);
    expect(e.message).toMatch(/and 65 more/);
  });
});

describe('CSV and ClaimReview', () => {
  it('writes a row per claim with the analyst columns, quoted, formulas defused', async () => {
    const { claims } = await exportRecords(a, { claims: 'all', history: false });
    const evil: ClaimRecord = { ...claims[0]!, victims: '=HYPERLINK("http://x")', selector: { ...claims[0]!.selector } };
    const rows = [...csvLines([...claims, evil])];
    expect(rows[0]).toBe(CSV_COLUMNS.join(',') + '\r\n');
    for (const c of ['incident', 'date', 'place', 'source', 'via', 'outlet', 'url', 'low', 'high', 'outcome', 'victims', 'stance', 'quote']) {
      expect(CSV_COLUMNS).toContain(c);
    }
    expect(rows).toHaveLength(claims.length + 2);
    const header = rows[0]!.trim().split(',');
    const north = rows.find((r) => r.includes('Eleven people'))!;
    expect(north).toContain('"Eleven people were killed when a drone hit a bus depot in Kramatorsk"'.slice(1, -1));
    const cell = (row: string, col: string) => parseCsvRow(row)[header.indexOf(col)];
    expect(cell(north, 'low')).toBe('11');
    expect(cell(north, 'best')).toBe('11');
    expect(cell(north, 'outlet')).toBe('North News');
    expect(cell(north, 'url')).toBe('https://north-news.example/2031/05/kramatorsk-depot');
    expect(cell(rows.at(-1)!, 'victims')).toBe(`'=HYPERLINK("http://x")`);
    expect(rows.at(-1)).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('rates each claim against the other sources of its incident', async () => {
    const { claims } = await exportRecords(a, { claims: 'all', history: false });
    const doc = claimReviewDocument(claims, { publisher: 'Test desk', date: '2031-06-20' }) as { '@graph': Array<Record<string, any>> };
    expect(doc['@graph']).toHaveLength(5);
    const north = doc['@graph'].find((g) => g.claimReviewed.startsWith('Eleven'))!;
    expect(north['@type']).toBe('ClaimReview');
    expect(north.itemReviewed.appearance.url).toBe('https://north-news.example/2031/05/kramatorsk-depot');
    expect(north.reviewRating.alternateName).toBe('Lower than 1 other source');
    expect(north.reviewBody).toMatch(/1 other source report 13 killed .*this claim says 11\. Denied by .*defence ministry/i);
    const port = doc['@graph'].find((g) => g.claimReviewed.startsWith('A missile'))!;
    expect(port.reviewRating.alternateName).toBe('No other source to compare');
    const denial = doc['@graph'].find((g) => g.claimReviewed.includes('denied'))!;
    expect(denial.reviewRating.alternateName).toBe('Denial');
  });
});

/** A minimal RFC 4180 row parser for checking our own output. */
function parseCsvRow(row: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  const s = row.replace(/\r\n$/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (q) {
      if (ch === '"' && s[i + 1] === '"') (cur += '"'), i++;
      else if (ch === '"') q = false;
      else cur += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') out.push(cur), (cur = '');
    else cur += ch;
  }
  out.push(cur);
  return out;
}

describe('the line reader', () => {
  it('reads lines split across chunks, with CRLF and a BOM', async () => {
    const text = '\uFEFF' + [JSON.stringify(datasetHeader('x')), ''].join('\r\n');
    const chunks = text.match(/[\s\S]{1,7}/g)!;
    const { readDataset } = await import('./jsonl');
    const d = await readDataset(chunks);
    expect(d.header.version).toBe(1);
    expect(await parseDatasetText(text)).toMatchObject({ claims: [], corrections: [] });
  });
});

/*
 * A merge (import or sync pull) finds candidate incidents either in the store's held ingest memory
 * (bulk merges into a store that has read many pages) or by reading IndexedDB per merge. Both must
 * give every claim the same incident: the memory is only a faster way to the same candidates.
 */
/** Claim id -> incident id, and each incident's claim count: what matching decided. */
async function assignment(db: CountercheckDB) {
  const claims = new Map((await db.claims.toArray()).map((c) => [c.id, c.incidentId]));
  const incidents = new Map((await db.incidents.toArray()).map((i) => [i.id, i.claimCount]));
  return { claims, incidents };
}

describe('merging a dataset', () => {
  it('keys sources with this store’s normalizer, whatever ids the sending store gave them', async () => {
    // A teammate on another version keyed the names otherwise (here: as written, with the
    // description an older normalizer kept). The claims are the same claims: same identity, and
    // stored under this store's own source rows.
    const ex = await exportRecords(a, { claims: 'all', history: false });
    const foreign = ex.claims.map((r) => ({
      ...r,
      source: r.source && { id: 's_' + r.source.written, name: 'Sent as ' + r.source.written, written: r.source.written },
    }));
    for (let i = 0; i < foreign.length; i++) expect(contentHash(foreign[i]!)).toBe(contentHash(ex.claims[i]!));
    const file = (records: ClaimRecord[]) => [...datasetLines(datasetHeader('foreign ids', new Date(t)), records)].join('');

    const b = store();
    await importDataset(b, [file(foreign)], { places: gaz, clock });
    const sourcesOf = async (db: CountercheckDB) =>
      new Map((await db.claims.toArray()).map((c) => [c.id, [c.sourceId, c.viaId, c.statementKey]]));
    expect(await sourcesOf(b)).toEqual(await sourcesOf(a));
    const rows = (db: CountercheckDB) => db.sources.orderBy('id').toArray().then((l) => l.map(({ id, key, name, aliases }) => ({ id, key, name, aliases: [...aliases].sort() })));
    expect(await rows(b)).toEqual(await rows(a));

    // Stored claims and the same claims sent with other ids: nothing to replace or keep.
    const again = await importDataset(a, [file(foreign)], { places: gaz, clock });
    expect(again.unchanged).toHaveLength(foreign.length);
    expect(again.replaced.length + again.kept.length + again.inserted.length).toBe(0);
  });

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
