/**
 * The user's switches, kept in extension storage (local: a per-machine choice, never synced):
 * a global pause, where to read (article pages only, or every page), per-site overrides, and
 * the claims the user chose to hide. The content script watches them and starts or stops live.
 */
import { browser } from 'wxt/browser';
import type { PageState } from '../messaging/protocol';

export interface Settings {
  paused: boolean;
  /** 'articles': pages that say they are articles (the default); 'everywhere': every page. */
  mode: 'articles' | 'everywhere';
  /** Host (without www) → true (always read) or false (never read). */
  sites: Record<string, boolean>;
  /** Highlight denials as well as figures. */
  showDenials: boolean;
}

export const DEFAULT_SETTINGS: Settings = { paused: false, mode: 'articles', sites: {}, showDenials: true };

const KEY = 'settings';
const HIDDEN_KEY = 'hiddenClaims';

/** The stored settings, with defaults for what was never set. */
export async function getSettings(): Promise<Settings> {
  const got = (await browser.storage.local.get(KEY)) as { [KEY]?: Partial<Settings> };
  return { ...DEFAULT_SETTINGS, ...got[KEY], sites: { ...got[KEY]?.sites } };
}

/** Changes some settings (read-modify-write: settings change by user action, one at a time). */
export async function updateSettings(change: (s: Settings) => Partial<Settings>): Promise<Settings> {
  const now = await getSettings();
  const next = { ...now, ...change(now) };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Sets (true/false) or clears (null) the override for one site. */
export function setSite(site: string, on: boolean | null): Promise<Settings> {
  return updateSettings((s) => {
    const sites = { ...s.sites };
    if (on === null) delete sites[site];
    else sites[site] = on;
    return { sites };
  });
}

/** Ids of claims the user hid. */
export async function getHiddenClaims(): Promise<Set<string>> {
  const got = (await browser.storage.local.get(HIDDEN_KEY)) as { [HIDDEN_KEY]?: string[] };
  return new Set(got[HIDDEN_KEY] ?? []);
}

export async function hideClaim(id: string): Promise<void> {
  const hidden = await getHiddenClaims();
  hidden.add(id);
  await browser.storage.local.set({ [HIDDEN_KEY]: [...hidden] });
}

/** Calls `onChange` when the settings or the hidden claims change; returns the unsubscribe function. */
export function watchSettings(onChange: (what: 'settings' | 'hidden') => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    if (KEY in changes) onChange('settings');
    if (HIDDEN_KEY in changes) onChange('hidden');
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Whether to read a page, and why: the global pause wins, then the site's override, then the mode. */
export function decide(settings: Settings, site: string, isArticle: boolean): { active: boolean; reason: PageState['reason'] } {
  if (settings.paused) return { active: false, reason: 'paused' };
  const override = settings.sites[site];
  if (override === false) return { active: false, reason: 'site-off' };
  if (override === true) return { active: true, reason: 'site-on' };
  if (settings.mode === 'everywhere') return { active: true, reason: 'everywhere' };
  return isArticle ? { active: true, reason: 'article' } : { active: false, reason: 'not-article' };
}
