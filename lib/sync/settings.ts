/**
 * The user's sync settings and credentials, in the extension's local storage
 * (`browser.storage.local`: never synced to other browsers by the browser's own sync), and the
 * sync status the options page and popup show.
 */
import { browser } from 'wxt/browser';
import type { SharePolicy } from '../dataset/from-store';
import { SyncError } from './errors';
import { parseRemote, type Remote, type RemoteAuth } from './remote';
import type { SyncProgress } from './replicate';

export interface SyncSettings {
  /** Scheduled sync on; "Sync now" works either way once a server is set. */
  enabled: boolean;
  /** The database URL, without credentials. */
  url: string;
  /** 'basic': the password goes with every request. 'session': CouchDB's cookie session (see RemoteAuth). */
  auth: 'none' | 'basic' | 'session';
  username: string;
  intervalMinutes: number;
  share: SharePolicy['claims'];
  shareHistory: boolean;
  batchSize: number;
}

export const DEFAULT_SETTINGS: SyncSettings = {
  enabled: false,
  url: '',
  auth: 'basic',
  username: '',
  intervalMinutes: 15,
  share: 'all',
  shareHistory: false,
  batchSize: 500,
};

/** The outcome of the last sync, and what is happening now. */
export interface SyncStatus {
  running: boolean;
  progress: SyncProgress | null;
  last: {
    at: number;
    ok: boolean;
    /** A sentence for the user: the counts, or what went wrong. */
    message: string;
    sent: number;
    received: number;
    durationMs: number;
  } | null;
  lastSuccessAt: number | null;
  openConflicts: number;
}

export const EMPTY_STATUS: SyncStatus = { running: false, progress: null, last: null, lastSuccessAt: null, openConflicts: 0 };

export const SETTINGS_KEY = 'countercheck.sync.settings';
/** The password, apart from the settings so nothing that shows or logs settings ever carries it. */
export const SECRET_KEY = 'countercheck.sync.secret';
export const STATUS_KEY = 'countercheck.sync.status';

export const MIN_INTERVAL = 5;
export const MAX_INTERVAL = 24 * 60;

/** Checks settings; returns a sentence for the user per problem (empty when fine). */
export function settingsProblems(s: SyncSettings): string[] {
  const out: string[] = [];
  if (!s.url.trim()) out.push('Enter the address of the team’s CouchDB database.');
  else {
    try {
      const r = parseRemote(s.url);
      if (r.auth.kind !== 'none') out.push('Put the user name and password in their own fields, not in the address.');
    } catch (e) {
      out.push(e instanceof SyncError ? e.message : String(e));
    }
  }
  if (s.auth !== 'none' && !s.username.trim()) out.push('Enter the user name.');
  if (!(Number.isInteger(s.intervalMinutes) && s.intervalMinutes >= MIN_INTERVAL && s.intervalMinutes <= MAX_INTERVAL)) {
    out.push(`Sync every ${MIN_INTERVAL} to ${MAX_INTERVAL} minutes.`);
  }
  if (!(Number.isInteger(s.batchSize) && s.batchSize >= 10 && s.batchSize <= 5000)) out.push('The batch size must be between 10 and 5000.');
  return out;
}

export async function loadSettings(): Promise<SyncSettings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return { ...DEFAULT_SETTINGS, ...((got[SETTINGS_KEY] as Partial<SyncSettings> | undefined) ?? {}) };
}

/** Saves settings and, when given, the password (null removes it). */
export async function saveSettings(s: SyncSettings, password?: string | null): Promise<void> {
  const problems = settingsProblems(s);
  if (problems.length && s.url) throw new SyncError('bad-url', problems.join(' '));
  await browser.storage.local.set({ [SETTINGS_KEY]: { ...s, url: s.url.trim(), username: s.username.trim() } });
  if (password === null) await browser.storage.local.remove(SECRET_KEY);
  else if (password !== undefined) await browser.storage.local.set({ [SECRET_KEY]: password });
}

export async function hasPassword(): Promise<boolean> {
  const got = await browser.storage.local.get(SECRET_KEY);
  return typeof got[SECRET_KEY] === 'string';
}

/** The remote the settings name, with the stored password. Throws SyncError when the settings are incomplete. */
export async function remoteFromSettings(s: SyncSettings): Promise<Remote> {
  const problems = settingsProblems(s);
  if (problems.length) throw new SyncError('bad-url', problems.join(' '));
  const secret = (await browser.storage.local.get(SECRET_KEY))[SECRET_KEY] as string | undefined;
  let auth: RemoteAuth = { kind: 'none' };
  if (s.auth === 'basic') auth = { kind: 'basic', username: s.username, password: secret ?? '' };
  // Without a stored password a session relies on the browser's cookie for the server (signed in elsewhere).
  if (s.auth === 'session') auth = { kind: 'session', username: s.username, password: secret ?? null };
  return parseRemote(s.url, auth);
}

export function policyOf(s: SyncSettings): SharePolicy {
  return { claims: s.share, history: s.shareHistory };
}

export async function loadStatus(): Promise<SyncStatus> {
  const got = await browser.storage.local.get(STATUS_KEY);
  return { ...EMPTY_STATUS, ...((got[STATUS_KEY] as Partial<SyncStatus> | undefined) ?? {}) };
}

export async function saveStatus(s: SyncStatus): Promise<void> {
  await browser.storage.local.set({ [STATUS_KEY]: s });
}

/** Calls `fn` with the status whenever it changes (the options page, the popup). Returns the unsubscribe. */
export function watchStatus(fn: (s: SyncStatus) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[STATUS_KEY]) fn({ ...EMPTY_STATUS, ...((changes[STATUS_KEY].newValue as Partial<SyncStatus>) ?? {}) });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
