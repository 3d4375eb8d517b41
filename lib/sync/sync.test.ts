import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SharePolicy } from '../dataset/from-store';
import { generatedPages, northPage, portPage, southPage } from '../dataset/test-fixtures';
import type { Gazetteer } from '../incidents/gazetteer';
import { loadGazetteer } from '../incidents/gazetteer-node';
import { Corrections } from '../store/corrections';
import { openClaimStore, type CountercheckDB } from '../store/db';
import { correctFigure } from '../store/figure-fix';
import { ClaimIngest } from '../store/ingest';
import { listConflicts, resolveConflict } from './conflicts';
import { SyncError } from './errors';
import { parseRemote, type RemoteAuth } from './remote';
import { syncOnce, type SyncOptions } from './replicate';
import { openSyncStore, type SyncDB } from './sync-db';
import { startTestCouch, type TestCouch } from './test-server';

let gaz: Gazetteer;
let couch: TestCouch;
beforeAll(async () => {
  gaz = loadGazetteer();
  couch = await startTestCouch();
}, 30_000);
afterAll(async () => {
  await couch.stop();
});

let t = 1_950_000_000_000;
const clock = () => (t += 1000);

interface Member {
  db: CountercheckDB;
  syncDb: SyncDB;
  ingest: ClaimIngest;
}
const members: Member[] = [];
function member(): Member {
  const name = 'sync-test-' + Math.random();
  const m = { db: openClaimStore(name), syncDb: openSyncStore(name + '-sync'), ingest: null as unknown as ClaimIngest };
  m.ingest = new ClaimIngest(m.db, gaz, clock);
  members.push(m);
  return m;
}
afterEach(async () => {
  couch.onRequest = null;
  for (const m of members.splice(0)) {
    m.db.close();
    m.syncDb.close();
    await Dexie.delete(m.db.name);
    await Dexie.delete(m.syncDb.name);
  }
});

let dbName: string;
let n = 0;
beforeEach(async () => {
  dbName = `team-${++n}`;
  await couch.createDb(dbName);
});

const ALL: SharePolicy = { claims: 'all', history: false };
function opts(m: Member, extra: Partial<SyncOptions> = {}): SyncOptions {
  return { db: m.db, syncDb: m.syncDb, remote: parseRemote(couch.dbUrl(dbName)), places: () => gaz, policy: ALL, clock, ...extra };
}

async function serverDocs(): Promise<Array<Record<string, unknown>>> {
  const r = await fetch(`${couch.dbUrl(dbName)}/_all_docs?include_docs=true`);
  const body = (await r.json()) as { rows: Array<{ doc: Record<string, unknown> }> };
  return body.rows.map((x) => x.doc);
}

/** A store's claims as comparable content (local bookkeeping left out). */
async function contents(db: CountercheckDB) {
  const rows = await db.claims.orderBy('id').toArray();
  return rows.map(({ id, low, high, quote, source, sourceId, place, date, docId }) => ({ id, low, high, quote, source, sourceId, place, date, docId }));
}

describe('live sync with a CouchDB server', () => {
  it('two stores converge through the server, and a second sync moves nothing', async () => {
    const a = member();
    const b = member();
    await a.ingest.ingest(northPage());
    await a.ingest.ingest(portPage());
    await b.ingest.ingest(southPage());
    await new Corrections(b.db, clock).split([(await b.db.claims.toArray()).find((c) => c.low === 20)!.id]);

    const ra = await syncOnce(opts(a));
    expect(ra.push).toMatchObject({ sent: 3, claims: 3 });
    const rb = await syncOnce(opts(b));
    expect(rb.push).toMatchObject({ claims: 2, corrections: 1 });
    expect(rb.pull.inserted).toBe(3);
    const ra2 = await syncOnce(opts(a));
    expect(ra2.pull).toMatchObject({ inserted: 2, correctionsAdded: 1 });

    expect(await contents(a.db)).toEqual(await contents(b.db));
    expect(await a.db.claims.count()).toBe(5);
    expect((await serverDocs()).filter((d) => String(d._id).startsWith('c_'))).toHaveLength(5);
    // Each store matched the other's claims itself: the two Kramatorsk reports are one incident in both.
    for (const m of [a, b]) {
      const rows = await m.db.claims.toArray();
      const eleven = rows.find((c) => c.low === 11)!;
      const thirteen = rows.find((c) => c.low === 13)!;
      const port = rows.find((c) => c.low === 4)!;
      expect(thirteen.incidentId).toBe(eleven.incidentId);
      expect(port.incidentId).not.toBe(eleven.incidentId);
      // B's correction travelled: the wounded figure is split off in A too.
      const wounded = rows.find((c) => c.low === 20)!;
      expect(wounded.match?.by).toBe('correction');
    }
    expect((await a.db.claims.toArray()).find((c) => c.low === 13)!.origin).toBe('synced');

    const again = await syncOnce(opts(a));
    expect(again.push.sent).toBe(0);
    expect(again.pull.inserted + again.pull.replaced).toBe(0);
    const againB = await syncOnce(opts(b));
    expect(againB.push.sent).toBe(0);
    expect(againB.pull.inserted + againB.pull.replaced).toBe(0);
  });

  it('concurrent edits of one claim become a visible conflict in both stores, and no edit is lost', async () => {
    const a = member();
    const b = member();
    await a.ingest.ingest(northPage());
    await syncOnce(opts(a));
    await syncOnce(opts(b));
    const id = (await a.db.claims.toArray()).find((c) => c.low === 11)!.id;

    // Both correct the same figure, differently, before syncing.
    await correctFigure(a.db, id, 12, 12, clock());
    await correctFigure(b.db, id, 9, 10, clock());
    await syncOnce(opts(a));
    const rb = await syncOnce(opts(b));
    expect(rb.openConflicts).toBe(1);
    const ra = await syncOnce(opts(a));
    expect(ra.openConflicts).toBe(1);

    for (const m of [a, b]) {
      const [c] = await listConflicts(m.syncDb, parseRemote(couch.dbUrl(dbName)));
      expect(c!.id).toBe(id);
      const versions = [c!.winner, ...c!.others].map((l) => (l.record?.type === 'claim' ? [l.record.low, l.record.high] : null));
      expect(versions).toHaveLength(2);
      expect(versions).toEqual(expect.arrayContaining([[12, 12], [9, 10]]));
    }
    // Both stores show the same (CouchDB's winning) version meanwhile.
    const rowA = (await a.db.claims.get(id))!;
    const rowB = (await b.db.claims.get(id))!;
    expect([rowA.low, rowA.high]).toEqual([rowB.low, rowB.high]);

    // A keeps the version that lost; after syncing, both stores have it and the conflict is gone.
    const [c] = await listConflicts(a.syncDb, parseRemote(couch.dbUrl(dbName)));
    const loser = c!.others[0]!;
    await resolveConflict(opts(a), id, loser.rev);
    expect(await listConflicts(a.syncDb, parseRemote(couch.dbUrl(dbName)))).toEqual([]);
    await syncOnce(opts(a));
    const rb2 = await syncOnce(opts(b));
    expect(rb2.openConflicts).toBe(0);
    const want = loser.record!.type === 'claim' ? [loser.record!.low, loser.record!.high] : [];
    expect([(await a.db.claims.get(id))!.low, (await a.db.claims.get(id))!.high]).toEqual(want);
    expect([(await b.db.claims.get(id))!.low, (await b.db.claims.get(id))!.high]).toEqual(want);
    const info = await (await fetch(`${couch.dbUrl(dbName)}/${id}?conflicts=true`)).json();
    expect(info._conflicts).toBeUndefined();
  });

  it('resumes after the server stops mid-push and mid-pull: nothing duplicated or lost', async () => {
    const a = member();
    const b = member();
    await a.ingest.ingestMany(generatedPages(150, 2));
    const total = await a.db.claims.count();
    expect(total).toBe(300);

    // The server goes away during the third upload.
    let uploads = 0;
    couch.onRequest = (req) => {
      if (req.path.endsWith('/_bulk_docs') && ++uploads === 3) void couch.stop();
    };
    const err = await syncOnce(opts(a, { batchSize: 40 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SyncError);
    expect((err as SyncError).kind).toBe('network');
    expect((err as SyncError).message).toMatch(/Could not reach 127\.0\.0\.1:\d+/);
    couch.onRequest = null;
    await couch.restart();
    const onServerBefore = (await serverDocs()).length;
    expect(onServerBefore).toBeGreaterThan(0);
    expect(onServerBefore).toBeLessThan(total);

    const ra = await syncOnce(opts(a, { batchSize: 40 }));
    // Batches that reached the server before it stopped are not uploaded again (a first push had
    // no checkpoint yet, so they are confirmed with _revs_diff instead).
    expect(ra.push.sent).toBe(total - onServerBefore);
    expect(ra.push.alreadyThere).toBe(onServerBefore);
    expect((await serverDocs()).length).toBe(total);

    // B pulls; the server stops while B reads the third batch of changes.
    const sinces: string[] = [];
    let feeds = 0;
    couch.onRequest = (req) => {
      if (req.path.endsWith('/_changes')) {
        sinces.push(String(req.query.since));
        if (++feeds === 3) void couch.stop();
      }
    };
    await expect(syncOnce(opts(b, { batchSize: 40 }))).rejects.toMatchObject({ kind: 'network' });
    await couch.restart();
    const partial = await b.db.claims.count();
    expect(partial).toBe(80);
    sinces.length = 0;
    couch.onRequest = (req) => {
      if (req.path.endsWith('/_changes')) sinces.push(String(req.query.since));
    };
    const rb = await syncOnce(opts(b, { batchSize: 40 }));
    // It resumed from its checkpoint, not from the start.
    expect(sinces[0]).not.toBe('0');
    expect(rb.pull.inserted).toBe(total - partial);
    expect(await b.db.claims.count()).toBe(total);
    expect(await contents(b.db)).toEqual(await contents(a.db));
  });

  it('a later push stopped midway resumes without sending anything twice', async () => {
    const a = member();
    await a.ingest.ingestMany(generatedPages(20, 2));
    await syncOnce(opts(a, { batchSize: 40 }));
    await a.ingest.ingestMany(generatedPages(100, 2, 7).map((p) => ({ ...p, doc: { ...p.doc, url: p.doc.url + '-later' } })));
    let uploads = 0;
    couch.onRequest = (req) => {
      if (req.path.endsWith('/_bulk_docs') && ++uploads === 3) void couch.stop();
    };
    await expect(syncOnce(opts(a, { batchSize: 40 }))).rejects.toMatchObject({ kind: 'network' });
    couch.onRequest = null;
    await couch.restart();
    const before = (await serverDocs()).length;
    const r = await syncOnce(opts(a, { batchSize: 40 }));
    // Rows sent before the stop are known sent (their revision is recorded): not even asked about.
    expect(r.push.alreadyThere).toBe(0);
    expect(r.push.sent).toBe(240 - before);
    expect((await serverDocs()).length).toBe(240);
  });

  it('starts over when the server database was deleted and made again', async () => {
    const a = member();
    await a.ingest.ingest(northPage());
    await syncOnce(opts(a));
    await fetch(couch.dbUrl(dbName), { method: 'DELETE' });
    await couch.createDb(dbName);
    const r = await syncOnce(opts(a));
    expect(r.push.sent).toBe(2);
    expect((await serverDocs()).length).toBe(2);
  });

  it('shares only saved or corrected claims when asked; reading history never unless chosen', async () => {
    const a = member();
    await a.ingest.ingest(northPage());
    await a.ingest.ingest(southPage());
    const id = (await a.db.claims.toArray()).find((c) => c.low === 13)!.id;
    await correctFigure(a.db, id, 13, 14, clock());
    const saved = await syncOnce(opts(a, { policy: { claims: 'saved', history: false } }));
    expect(saved.push.claims).toBe(1);
    let docs = await serverDocs();
    expect(docs.map((d) => d._id)).toEqual([id]);
    expect(JSON.stringify(docs)).not.toMatch(/firstSeen|lastSeen|createdAt|updatedAt|"origin"/);

    // Widening the choice pushes the rest (the watermark of the narrower push does not hide them).
    const all = await syncOnce(opts(a));
    expect(all.push.claims).toBe(3);
    docs = await serverDocs();
    expect(docs.some((d) => String(d._id).startsWith('r_'))).toBe(false);

    const hist = await syncOnce(opts(a, { policy: { claims: 'all', history: true } }));
    expect(hist.push.readings).toBe(2);
    docs = await serverDocs();
    expect(docs.filter((d) => String(d._id).startsWith('r_'))).toHaveLength(2);
    // History is not part of a claim's revision: turning it on does not re-upload the claims.
    expect(hist.push.claims).toBe(0);
  });
});

describe('credentials and addresses', () => {
  let secure: TestCouch;
  beforeAll(async () => {
    secure = await startTestCouch({ admin: { name: 'ana', password: 'correct horse' } });
    await secure.createDb('private');
    await secure.restrictDb('private');
  });
  afterAll(async () => {
    await secure.stop();
  });

  const withAuth = (m: Member, auth: RemoteAuth) => opts(m, { remote: parseRemote(secure.dbUrl('private'), auth) });

  it('wrong credentials give a clear message', async () => {
    const m = member();
    await m.ingest.ingest(portPage());
    const wrong = await syncOnce(withAuth(m, { kind: 'basic', username: 'ana', password: 'battery staple' })).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(SyncError);
    expect(wrong).toMatchObject({ kind: 'auth', status: 401 });
    expect((wrong as Error).message).toMatch(/^127\.0\.0\.1:\d+ refused the user name or password for "ana" \(Name or password is incorrect\.\)\. Check them/);

    const session = await syncOnce(withAuth(m, { kind: 'session', username: 'ana', password: 'nope' })).catch((e: unknown) => e);
    expect(session).toMatchObject({ kind: 'auth' });

    const cookieOnly = await syncOnce(withAuth(m, { kind: 'session', username: 'ana', password: null })).catch((e: unknown) => e);
    expect((cookieOnly as Error).message).toMatch(/does not know this browser's sign-in.*sign in to the server again/);

    const none = await syncOnce(withAuth(m, { kind: 'none' })).catch((e: unknown) => e);
    expect(none).toMatchObject({ kind: 'auth' });
    expect((none as Error).message).toMatch(/asks for a user name and password/);
    // Nothing was sent, nothing changed.
    expect(await m.db.claims.count()).toBe(1);
  });

  it('right credentials work, by basic auth, by session cookie, and from the URL', async () => {
    const m = member();
    await m.ingest.ingest(portPage());
    const r = await syncOnce(withAuth(m, { kind: 'session', username: 'ana', password: 'correct horse' }));
    expect(r.push.sent).toBe(1);
    const m2 = member();
    const r2 = await syncOnce(withAuth(m2, { kind: 'basic', username: 'ana', password: 'correct horse' }));
    expect(r2.pull.inserted).toBe(1);
    const m3 = member();
    const r3 = await syncOnce(opts(m3, { remote: parseRemote(secure.dbUrl('private', true)) }));
    expect(r3.pull.inserted).toBe(1);
  });

  it('requires https except on this machine', () => {
    expect(() => parseRemote('http://couch.example.org/team')).toThrow(/Use https:\/\/ for couch\.example\.org/);
    expect(parseRemote('http://localhost:5984/team').dbName).toBe('team');
    expect(parseRemote('http://127.0.0.1:5984/team/').dbUrl).toBe('http://127.0.0.1:5984/team');
    const r = parseRemote('https://ana:p%40ss@couch.example.org/couch/team');
    expect(r).toMatchObject({ dbUrl: 'https://couch.example.org/couch/team', serverUrl: 'https://couch.example.org/couch', dbName: 'team', auth: { kind: 'basic', username: 'ana', password: 'p@ss' } });
    expect(() => parseRemote('https://couch.example.org/')).toThrow(/names no database/);
    expect(() => parseRemote('not a url')).toThrow(/is not a URL/);
  });
});
