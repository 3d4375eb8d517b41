/**
 * The messages between the options page (and popup) and the background's sync, as a typed method
 * map beside the claim service's (lib/messaging/protocol.ts). Its own envelope tag, so the claim
 * service's listener leaves these alone and vice versa.
 */
import { browser, type Browser } from 'wxt/browser';
import type { RpcResult } from '../messaging/protocol';
import type { LineProblem } from '../dataset/jsonl';
import type { ClaimRecord, CorrectionRecord } from '../dataset/format';
import type { SyncSettings, SyncStatus } from './settings';

export interface ConflictLeafView {
  rev: string;
  /** null: this leaf is a deletion. */
  record: ClaimRecord | CorrectionRecord | null;
}

export interface ConflictView {
  id: string;
  kind: 'claim' | 'correction';
  winner: ConflictLeafView;
  others: ConflictLeafView[];
  yours?: string[];
  detectedAt: number;
}

export type ImportOutcome =
  | { ok: true; message: string }
  | { ok: false; message: string; problems: LineProblem[]; total: number };

export interface SyncMethods {
  /** Runs a sync now (or waits for the one running) and answers with the status after it. */
  syncNow(p: Record<string, never>): SyncStatus;
  /** Tries settings without saving them: connects and reads the database's info. */
  testConnection(p: { settings: SyncSettings; password?: string | null }): { ok: boolean; message: string };
  conflicts(p: Record<string, never>): ConflictView[];
  /** Keeps revision `keepRev` of a conflicted claim (or dismisses a correction notice). */
  resolveConflict(p: { id: string; keepRev: string }): ConflictView[];
  /** Imports a dataset file's text into the store (the background has the gazetteer). */
  importDataset(p: { text: string }): ImportOutcome;
}

const TAG = 'countercheck-sync/1';

interface SyncRequest {
  cc: typeof TAG;
  method: keyof SyncMethods;
  params: unknown;
}

export type SyncHandlers = { [K in keyof SyncMethods]: (p: Parameters<SyncMethods[K]>[0]) => Promise<ReturnType<SyncMethods[K]>> };
export type SyncClient = { [K in keyof SyncMethods]: (p: Parameters<SyncMethods[K]>[0]) => Promise<RpcResult<ReturnType<SyncMethods[K]>>> };

function isSyncRequest(m: unknown): m is SyncRequest {
  return !!m && typeof m === 'object' && (m as SyncRequest).cc === TAG && typeof (m as SyncRequest).method === 'string';
}

/** Serves the sync methods in the background; returns the function that stops serving. */
export function serveSync(handlers: SyncHandlers): () => void {
  const listener = (message: unknown, _sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void): true | undefined => {
    if (!isSyncRequest(message)) return undefined;
    const handler = Object.prototype.hasOwnProperty.call(handlers, message.method) ? (handlers[message.method] as (p: unknown) => Promise<unknown>) : null;
    if (!handler) {
      sendResponse({ ok: false, error: { code: 'bad-request', message: `No sync method ${message.method}` } });
      return true;
    }
    Promise.resolve()
      .then(() => handler(message.params))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (e: unknown) => sendResponse({ ok: false, error: { code: 'internal', message: e instanceof Error ? e.message : String(e) } }),
      );
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

/** The options page's and popup's side. */
export function syncClient(): SyncClient {
  const call = async (method: keyof SyncMethods, params: unknown): Promise<RpcResult<never>> => {
    try {
      const r = (await browser.runtime.sendMessage({ cc: TAG, method, params } satisfies SyncRequest)) as RpcResult<never> | undefined;
      return r ?? { ok: false, error: { code: 'no-receiver', message: 'The background did not answer (is the extension being updated?)' } };
    } catch (e) {
      return { ok: false, error: { code: 'no-receiver', message: e instanceof Error ? e.message : String(e) } };
    }
  };
  return {
    syncNow: (p) => call('syncNow', p),
    testConnection: (p) => call('testConnection', p),
    conflicts: (p) => call('conflicts', p),
    resolveConflict: (p) => call('resolveConflict', p),
    importDataset: (p) => call('importDataset', p),
  };
}
