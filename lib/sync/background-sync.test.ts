import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { datasetHeader } from '../dataset/format';
import { datasetLines } from '../dataset/jsonl';
import { northPage, portPage } from '../dataset/test-fixtures';
import type { Gazetteer } from '../incidents/gazetteer';
import { loadGazetteer } from '../incidents/gazetteer-node';
import { openClaimStore, type CountercheckDB } from '../store/db';
import { correctFigure } from '../store/figure-fix';
import { ClaimIngest } from '../store/ingest';
import { registerSync, SYNC_ALARM } from './background-sync';
import { DEFAULT_SETTINGS, loadStatus, saveSettings, settingsProblems, STATUS_KEY, type SyncStatus } from './settings';
import { openSyncStore, type SyncDB } from './sync-db';
import { syncClient } from './sync-messages';
import { startTestCouch, type TestCouch } from './test-server';

let gaz: Gazetteer;
let couch: TestCouch;
beforeAll(async () => {
  gaz = loadGazetteer();
  couch = await startTestCouch({ admin: { name: 'rita', password: 'tide table' } });
}, 30_000);
afterAll(async () => {
  await couch.stop();
});

let db: CountercheckDB;
let syncDb: SyncDB;
let unregister: () => void;
let n = 0;
let dbName: string;
beforeEach(async () => {
  fakeBrowser.reset();
  db = openClaimStore('bg-sync-' + Math.random());
  syncDb = openSyncStore('bg-sync-state-' + Math.random());
  dbName = `desk-${++n}`;
  await couch.createDb(dbName);
  await couch.restrictDb(dbName);
  unregister = registerSync({ db, syncDb, places: () => gaz, mayContact: async () => true });
});
afterEach(async () => {
  unregister();
  db.close();
  syncDb.close();
  await Dexie.delete(db.name);
  await Dexie.delete(syncDb.name);
});

const settings = () => ({ ...DEFAULT_SETTINGS, enabled: true, url: couch.dbUrl(dbName), username: 'rita', intervalMinutes: 30 });

/** The next status written with a finished run. */
function nextFinishedStatus(): Promise<SyncStatus> {
  return new Promise((resolve) => {
    const listener = (changes: Record<string, { newValue?: unknown }>) => {
      const s = changes[STATUS_KEY]?.newValue as SyncStatus | undefined;
      if (s && !s.running && s.last) {
        browser.storage.onChanged.removeListener(listener);
        resolve(s);
      }
    };
    browser.storage.onChanged.addListener(listener);
  });
}

describe('background sync', () => {
  it('schedules an alarm from the settings and syncs when it fires', async () => {
    await new ClaimIngest(db, gaz).ingest(northPage());
    await saveSettings(settings(), 'tide table');
    await expect.poll(() => browser.alarms.get(SYNC_ALARM)).toMatchObject({ periodInMinutes: 30 });
    const done = nextFinishedStatus();
    await fakeBrowser.alarms.onAlarm.trigger((await browser.alarms.get(SYNC_ALARM))!);
    const status = await done;
    expect(status.last).toMatchObject({ ok: true, sent: 2, message: 'Sent 2 claims; nothing new from the team.' });
    expect(status.lastSuccessAt).toBe(status.last!.at);

    // Turning sync off clears the alarm.
    await saveSettings({ ...settings(), enabled: false });
    await expect.poll(() => browser.alarms.get(SYNC_ALARM)).toBeUndefined();
  });

  it('syncs on demand from the options page, one run at a time, and shows conflicts to resolve', async () => {
    await new ClaimIngest(db, gaz).ingest(portPage());
    await saveSettings(settings(), 'tide table');
    const client = syncClient();
    const [a, b] = await Promise.all([client.syncNow({}), client.syncNow({})]);
    expect(a).toEqual(b);
    expect(a.ok && a.value.last?.ok).toBe(true);

    // A teammate edits the same claim on the server while we edit it here.
    const id = (await db.claims.toCollection().first())!.id;
    const auth = { authorization: 'Basic ' + Buffer.from('rita:tide table').toString('base64') };
    const doc = (await (await fetch(`${couch.dbUrl(dbName)}/${id}`, { headers: auth })).json()) as Record<string, unknown>;
    const put = await fetch(`${couch.dbUrl(dbName)}/${id}`, { method: 'PUT', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ ...doc, low: 5, high: 5, rev: 2 }) });
    expect(put.status).toBe(201);
    await correctFigure(db, id, 6, 6);
    const after = await client.syncNow({});
    expect(after.ok && after.value.openConflicts).toBe(1);
    expect(after.ok && after.value.last?.message).toMatch(/1 conflict to look at/);
    const list = await client.conflicts({});
    expect(list.ok && list.value).toHaveLength(1);
    const c = list.ok ? list.value[0]! : null;
    const lows = [c!.winner, ...c!.others].map((l) => (l.record?.type === 'claim' ? l.record.low : null)).sort();
    expect(lows).toEqual([5, 6]);
    const keep = [c!.winner, ...c!.others].find((l) => l.record?.type === 'claim' && l.record.low === 6)!;
    const left = await client.resolveConflict({ id, keepRev: keep.rev });
    expect(left.ok && left.value).toEqual([]);
    expect((await db.claims.get(id))!.low).toBe(6);
    expect((await loadStatus()).openConflicts).toBe(0);
  });

  it('reports wrong credentials and incomplete settings in plain words', async () => {
    await saveSettings(settings(), 'high tide');
    const r = await syncClient().syncNow({});
    expect(r.ok && r.value.last).toMatchObject({ ok: false, message: expect.stringMatching(/refused the user name or password for "rita"/) });
    const test = await syncClient().testConnection({ settings: settings(), password: 'tide table' });
    expect(test.ok && test.value).toEqual({ ok: true, message: `Connected to ${dbName} (0 documents).` });
    expect(settingsProblems({ ...settings(), url: 'http://couch.example.org/desk' })[0]).toMatch(/Use https:\/\//);
    expect(settingsProblems({ ...settings(), username: '' })).toEqual(['Enter the user name.']);
  });

  it('imports a dataset file for the options page, or lists its problems by line', async () => {
    const other = openClaimStore('bg-sync-src-' + Math.random());
    await new ClaimIngest(other, gaz).ingest(northPage());
    const { exportRecords } = await import('../dataset/export');
    const ex = await exportRecords(other, { claims: 'all', history: false });
    other.close();
    await Dexie.delete(other.name);
    const text = [...datasetLines(datasetHeader('test'), ex.claims)].join('');
    const ok = await syncClient().importDataset({ text });
    expect(ok.ok && ok.value).toEqual({ ok: true, message: 'Imported: 2 new claims, 0 updated to a newer revision, 0 already stored, 0 corrections added.' });
    const bad = await syncClient().importDataset({ text: text + '{"type":"claim"\n' });
    expect(bad.ok && bad.value).toMatchObject({ ok: false, total: 1, problems: [{ line: 4, message: expect.stringMatching(/not valid JSON/) }] });
    expect(await db.claims.count()).toBe(2);
  });
});
