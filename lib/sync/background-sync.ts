/**
 * Sync in the background: on a schedule (browser.alarms) and on demand (the options page's "Sync
 * now"), one run at a time, with progress and the last result in local storage for the options
 * page and the popup. Also serves the options page's conflict list and dataset import (the
 * background holds the gazetteer that matching imported claims needs).
 */
import { browser, type Browser } from 'wxt/browser';
import { describeImport, importDataset } from '../dataset/import';
import { DatasetError } from '../dataset/jsonl';
import type { PlaceResolver } from '../incidents/features';
import type { CountercheckDB } from '../store/db';
import { StorageFullError } from '../store/errors';
import { listConflicts, resolveConflict } from './conflicts';
import { CouchClient } from './couch-client';
import { SyncError } from './errors';
import type { Remote } from './remote';
import { syncOnce, type SyncOptions, type SyncProgress, type SyncResult } from './replicate';
import { loadSettings, loadStatus, policyOf, remoteFromSettings, saveStatus, SETTINGS_KEY, type SyncSettings, type SyncStatus } from './settings';
import { openSyncStore, type SyncDB } from './sync-db';
import { serveSync, type ConflictView, type SyncHandlers } from './sync-messages';

export const SYNC_ALARM = 'countercheck-sync';
/** Progress is written at most this often (each write also keeps an MV3 service worker awake). */
const PROGRESS_EVERY_MS = 500;

export interface SyncServiceOptions {
  db: CountercheckDB;
  /** The gazetteer the claim service uses, loaded on first need. */
  places: () => Promise<PlaceResolver> | PlaceResolver;
  syncDb?: SyncDB;
  fetch?: typeof fetch;
  clock?: () => number;
  /** Whether the extension may contact the server's origin (an optional host permission). */
  mayContact?: (origin: string) => Promise<boolean>;
}

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

/** One sentence about a finished sync. */
export function describeResult(r: SyncResult): string {
  const sent = r.push.claims + r.push.corrections + r.push.readings;
  const parts = [
    sent ? `sent ${plural(r.push.claims, 'claim')}${r.push.corrections ? `, ${plural(r.push.corrections, 'correction')}` : ''}${r.push.readings ? `, ${plural(r.push.readings, 'reading record')}` : ''}` : 'nothing to send',
    r.pull.inserted || r.pull.replaced ? `received ${plural(r.pull.inserted, 'new claim')}, ${r.pull.replaced} updated` : 'nothing new from the team',
  ];
  if (r.pull.correctionsAdded) parts.push(`${plural(r.pull.correctionsAdded, 'correction')} from the team applied`);
  if (r.openConflicts) parts.push(`${plural(r.openConflicts, 'conflict')} to look at`);
  if (r.push.rejected.length) parts.push(`${plural(r.push.rejected.length, 'record')} refused by the server`);
  if (r.pull.invalid.length) parts.push(`${plural(r.pull.invalid.length, 'document')} on the server skipped (not valid records)`);
  const text = parts.join('; ');
  return text[0]!.toUpperCase() + text.slice(1) + '.';
}

function messageOf(e: unknown): string {
  if (e instanceof SyncError) return e.message;
  if (e instanceof StorageFullError) return e.userMessage;
  return `Sync failed: ${e instanceof Error ? e.message : String(e)}`;
}

export class SyncService {
  private current: Promise<SyncStatus> | null = null;
  readonly syncDb: SyncDB;
  private readonly clock: () => number;

  constructor(private readonly o: SyncServiceOptions) {
    this.syncDb = o.syncDb ?? openSyncStore();
    this.clock = o.clock ?? Date.now;
  }

  private placesP: Promise<PlaceResolver> | null = null;

  /** The gazetteer, loaded once for every sync of this service worker (a failed load is retried next time). */
  private places(): Promise<PlaceResolver> {
    this.placesP ??= Promise.resolve(this.o.places());
    this.placesP.catch(() => (this.placesP = null));
    return this.placesP;
  }

  private async options(settings: SyncSettings, remote: Remote, onProgress?: (p: SyncProgress) => void): Promise<SyncOptions> {
    return { db: this.o.db, syncDb: this.syncDb, remote, places: () => this.places(), policy: policyOf(settings), batchSize: settings.batchSize, fetch: this.o.fetch, clock: this.o.clock, onProgress };
  }

  private async checkPermission(remote: Remote): Promise<void> {
    const origin = new URL(remote.dbUrl).origin;
    const may = this.o.mayContact ?? ((o: string) => browser.permissions.contains({ origins: [`${o}/*`] }));
    if (!(await may(origin))) {
      throw new SyncError('forbidden', `Countercheck may not contact ${origin} yet: open the options page and save the sync settings to allow it.`);
    }
  }

  /** Runs a sync, or joins the one running. Never throws: the outcome is in the status. */
  run(): Promise<SyncStatus> {
    this.current ??= this.runOnce().finally(() => (this.current = null));
    return this.current;
  }

  private async runOnce(): Promise<SyncStatus> {
    const started = this.clock();
    const before = await loadStatus();
    let writes: Promise<void> = Promise.resolve();
    const write = (s: SyncStatus) => (writes = writes.then(() => saveStatus(s)).catch(() => undefined));
    let lastProgress = 0;
    let status: SyncStatus;
    try {
      const settings = await loadSettings();
      const remote = await remoteFromSettings(settings);
      await this.checkPermission(remote);
      write({ ...before, running: true, progress: null });
      const result = await syncOnce(
        await this.options(settings, remote, (p) => {
          const now = this.clock();
          if (now - lastProgress < PROGRESS_EVERY_MS && p.phase !== 'done') return;
          lastProgress = now;
          write({ ...before, running: true, progress: p });
        }),
      );
      const at = this.clock();
      status = {
        running: false,
        progress: null,
        last: { at, ok: true, message: describeResult(result), sent: result.push.sent, received: result.pull.changes, durationMs: at - started },
        lastSuccessAt: at,
        openConflicts: result.openConflicts,
      };
    } catch (e) {
      const at = this.clock();
      status = { ...before, running: false, progress: null, last: { at, ok: false, message: messageOf(e), sent: 0, received: 0, durationMs: at - started } };
    }
    write(status);
    await writes;
    return status;
  }

  /** Creates, changes or clears the alarm to match the settings. */
  async schedule(): Promise<void> {
    const s = await loadSettings();
    if (!(s.enabled && s.url)) {
      await browser.alarms.clear(SYNC_ALARM);
      return;
    }
    // An MV3 service worker starts many times a day; re-creating an unchanged alarm each time
    // would push its next run back every time, and it might never fire.
    const existing = await browser.alarms.get(SYNC_ALARM);
    if (existing?.periodInMinutes === s.intervalMinutes) return;
    await browser.alarms.create(SYNC_ALARM, { periodInMinutes: s.intervalMinutes, delayInMinutes: 1 });
  }

  /** A service worker stopped mid-sync leaves "running" behind; the next start says so. */
  async recover(): Promise<void> {
    const s = await loadStatus();
    if (s.running) await saveStatus({ ...s, running: false, progress: null, last: { at: this.clock(), ok: false, message: 'The last sync was interrupted; the next one resumes where it stopped.', sent: 0, received: 0, durationMs: 0 } });
  }

  async testConnection(settings: SyncSettings, password?: string | null): Promise<{ ok: boolean; message: string }> {
    try {
      let remote = await remoteFromSettings(settings);
      if (password !== undefined && remote.auth.kind !== 'none') remote = { ...remote, auth: { ...remote.auth, password: password ?? '' } as Remote['auth'] };
      await this.checkPermission(remote);
      const info = await new CouchClient(remote, { fetch: this.o.fetch, timeoutMs: 20_000 }).info();
      return { ok: true, message: `Connected to ${remote.dbName}${info.doc_count !== undefined ? ` (${plural(info.doc_count, 'document')})` : ''}.` };
    } catch (e) {
      return { ok: false, message: messageOf(e) };
    }
  }

  async conflicts(): Promise<ConflictView[]> {
    const settings = await loadSettings();
    if (!settings.url) return [];
    const remote = await remoteFromSettings(settings).catch(() => null);
    if (!remote) return [];
    return (await listConflicts(this.syncDb, remote)).map(({ id, kind, winner, others, yours, detectedAt }) => ({ id, kind, winner, others, yours, detectedAt }));
  }

  async resolve(id: string, keepRev: string): Promise<ConflictView[]> {
    const settings = await loadSettings();
    const remote = await remoteFromSettings(settings);
    await resolveConflict(await this.options(settings, remote), id, keepRev);
    const status = await loadStatus();
    const open = await this.conflicts();
    await saveStatus({ ...status, openConflicts: open.length });
    return open;
  }

  async importText(text: string) {
    try {
      const report = await importDataset(this.o.db, [text], { places: await this.places(), clock: this.o.clock });
      return { ok: true as const, message: describeImport(report) };
    } catch (e) {
      if (e instanceof DatasetError) return { ok: false as const, message: e.message, problems: e.problems, total: e.total };
      if (e instanceof StorageFullError) return { ok: false as const, message: e.userMessage, problems: [], total: 0 };
      throw e;
    }
  }

  handlers(): SyncHandlers {
    return {
      syncNow: () => this.run(),
      testConnection: (p) => this.testConnection(p.settings, p.password),
      conflicts: () => this.conflicts(),
      resolveConflict: (p) => this.resolve(p.id, p.keepRev),
      importDataset: (p) => this.importText(p.text),
    };
  }
}

/**
 * Wires sync into the background: the alarm, the settings watch, the messages. Call once from
 * the background's main(); returns the function that undoes it.
 */
export function registerSync(o: SyncServiceOptions): () => void {
  const service = new SyncService(o);
  const stopServing = serveSync(service.handlers());
  const onAlarm = (alarm: Browser.alarms.Alarm) => {
    if (alarm.name === SYNC_ALARM) void service.run();
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) void service.schedule();
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.storage.onChanged.addListener(onChanged);
  void service.recover().then(() => service.schedule());
  return () => {
    stopServing();
    browser.alarms.onAlarm.removeListener(onAlarm);
    browser.storage.onChanged.removeListener(onChanged);
  };
}
