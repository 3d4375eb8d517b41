// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Dexie from 'dexie';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { northPage } from '@/lib/dataset/test-fixtures';
import type { Gazetteer } from '@/lib/incidents/gazetteer';
import { loadGazetteer } from '@/lib/incidents/gazetteer-node';
import { openClaimStore, type CountercheckDB } from '@/lib/store/db';
import { ClaimIngest } from '@/lib/store/ingest';
import { registerSync } from '@/lib/sync/background-sync';
import { SECRET_KEY, SETTINGS_KEY, DEFAULT_SETTINGS, saveSettings } from '@/lib/sync/settings';
import { openSyncStore, type SyncDB } from '@/lib/sync/sync-db';
import { startTestCouch, type TestCouch } from '@/lib/sync/test-server';
import { DatasetTransfer } from './DatasetTransfer';
import { SyncConflicts } from './SyncConflicts';
import { SyncSettings } from './SyncSettings';

let gaz: Gazetteer;
let couch: TestCouch;
beforeAll(async () => {
  gaz = loadGazetteer();
  couch = await startTestCouch({ cors: true });
  await couch.createDb('desk');
}, 30_000);
afterAll(async () => {
  await couch.stop();
});

let db: CountercheckDB;
let syncDb: SyncDB;
let unregister: () => void;
let request: ReturnType<typeof vi.fn>;
beforeEach(async () => {
  fakeBrowser.reset();
  request = vi.fn(async () => true);
  (fakeBrowser.permissions as { request: unknown }).request = request;
  db = openClaimStore('sync-ui-' + Math.random());
  syncDb = openSyncStore('sync-ui-state-' + Math.random());
  await new ClaimIngest(db, gaz).ingest(northPage());
  unregister = registerSync({ db, syncDb, places: () => gaz, mayContact: async () => true });
});
afterEach(async () => {
  cleanup();
  unregister();
  db.close();
  syncDb.close();
  await Dexie.delete(db.name);
  await Dexie.delete(syncDb.name);
});

const stored = async (key: string) => (await browser.storage.local.get(key))[key];

describe('team sync settings', () => {
  it('refuses plain http to another machine, and saves nothing', async () => {
    render(<SyncSettings />);
    fireEvent.input(await screen.findByLabelText('Database address'), { target: { value: 'http://couch.example.org/desk' } });
    fireEvent.input(screen.getByLabelText('User name'), { target: { value: 'noor' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and test' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Use https:\/\/ for couch\.example\.org/);
    expect(request).not.toHaveBeenCalled();
    expect(await stored(SETTINGS_KEY)).toBeUndefined();
  });

  it('asks for the server’s origin, keeps the password apart from the settings, and tests the connection', async () => {
    render(<SyncSettings />);
    fireEvent.input(await screen.findByLabelText('Database address'), { target: { value: couch.dbUrl('desk') } });
    fireEvent.change(screen.getByLabelText('Sign in'), { target: { value: 'none' } });
    fireEvent.click(screen.getByRole('switch', { name: 'Sync automatically' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save and test' }));
    await waitFor(() => expect(screen.getByText(/^Saved\. Connected to desk/)).toBeTruthy());
    expect(request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    expect(await stored(SETTINGS_KEY)).toMatchObject({ url: couch.dbUrl('desk'), enabled: true, auth: 'none', shareHistory: false });
    expect(JSON.stringify(await stored(SETTINGS_KEY))).not.toMatch(/password/i);

    // Sync now, and the result line.
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(screen.getByText(/^Synced just now: Sent 2 claims/)).toBeTruthy());
  });

  it('stores a typed password only under its own key', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, url: couch.dbUrl('desk'), username: 'noor' });
    render(<SyncSettings />);
    fireEvent.input(await screen.findByLabelText('Password'), { target: { value: 'sea wall' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and test' }));
    await waitFor(() => expect(screen.getByText(/^Saved\. Connected to desk/)).toBeTruthy());
    expect(await stored(SECRET_KEY)).toBe('sea wall');
    expect(screen.getByLabelText('Password').getAttribute('placeholder')).toBe('stored; type to change');
    expect(JSON.stringify(await stored(SETTINGS_KEY))).not.toContain('sea wall');
    fireEvent.click(screen.getByRole('button', { name: 'Forget settings and password' }));
    await waitFor(async () => expect(await stored(SECRET_KEY)).toBeUndefined());
  });
});

describe('conflicts', () => {
  it('shows the versions side by side and keeps the one chosen', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, url: couch.dbUrl('desk'), auth: 'none' });
    const { exportRecords } = await import('@/lib/dataset/export');
    const [rec] = (await exportRecords(db, { claims: 'all', history: false })).claims.filter((c) => c.kind === 'figure');
    await syncDb.conflicts.put({
      remote: couch.dbUrl('desk'),
      id: rec!.id,
      kind: 'claim',
      winner: { rev: '2-aaa', record: { ...rec!, low: 11, high: 11 } },
      others: [{ rev: '2-bbb', record: { ...rec!, low: 12, high: 14 } }],
      detectedAt: 1,
    });
    render(<SyncConflicts />);
    expect(await screen.findByRole('heading', { name: 'Sync conflicts (1)' })).toBeTruthy();
    expect(screen.getByText('11 killed')).toBeTruthy();
    expect(screen.getByText('12–14 killed')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep version 2 (12–14 killed)' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: /Sync conflicts/ })).toBeNull());
    expect((await db.claims.get(rec!.id))!.low).toBe(12);
  });
});

describe('export and import', () => {
  it('downloads the chosen format and lists an import’s problems by line', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:test'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<DatasetTransfer db={db} />);
    fireEvent.change(screen.getByLabelText('Format'), { target: { value: 'csv' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(screen.getByText('Exported 2 claims.')).toBeTruthy());
    expect(click).toHaveBeenCalled();
    const csv = await blobs[0]!.text();
    expect(csv.split('\r\n')[0]).toMatch(/^incident,incident_label,date,place/);
    expect(csv).toContain('Eleven people were killed');

    const bad = new File(['{"type":"header","format":"countercheck-dataset","version":1}\n{"type":"claim","id":"c_x","rev":"one"}\n'], 'team.jsonl');
    const input = screen.getByLabelText('File') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [bad], configurable: true });
    fireEvent.change(input);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/team\.jsonl was refused; nothing was imported/);
    expect(screen.getByRole('list', { name: 'Problems by line' }).textContent).toMatch(/^Line 2: /);
  });
});
