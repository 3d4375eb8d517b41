/**
 * The few CouchDB HTTP calls replication needs, over `fetch` (the background service worker and
 * Node 20 both have it), with sign-in, timeouts, and errors a user can read.
 */
import { SyncError } from './errors';
import type { Remote } from './remote';

export interface CouchClientOptions {
  fetch?: typeof fetch;
  /** Per request; a stalled server fails the sync instead of hanging it. */
  timeoutMs?: number;
}

interface CouchErrorBody {
  error?: string;
  reason?: string;
}

export interface DbInfo {
  db_name: string;
  update_seq: string | number;
  doc_count?: number;
}

export interface ChangesResult {
  id: string;
  seq: string | number;
  changes: Array<{ rev: string }>;
  deleted?: boolean;
  doc?: Record<string, unknown> & { _id: string; _rev: string; _deleted?: boolean; _conflicts?: string[] };
}

export interface ChangesResponse {
  results: ChangesResult[];
  last_seq: string | number;
}

export type BulkGetResponse = {
  results: Array<{ id: string; docs: Array<{ ok?: Record<string, unknown> & { _id: string; _rev: string; _deleted?: boolean }; error?: CouchErrorBody }> }>;
};

export type BulkDocsResponse = Array<{ id: string; rev?: string; ok?: boolean; error?: string; reason?: string }>;

// In a browser, Set-Cookie is hidden from scripts and the cookie jar keeps the session; in Node we keep it.
const canReadCookies = typeof window === 'undefined' && typeof (globalThis as { ServiceWorkerGlobalScope?: unknown }).ServiceWorkerGlobalScope === 'undefined';

export class CouchClient {
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;
  private cookie: string | null = null;
  private signedIn = false;

  constructor(
    readonly remote: Remote,
    opts: CouchClientOptions = {},
  ) {
    this.fetchImpl = opts.fetch ?? ((...a) => fetch(...a));
    this.timeoutMs = opts.timeoutMs ?? 60_000;
  }

  private authHeaders(): Record<string, string> {
    const a = this.remote.auth;
    if (a.kind === 'basic') return { authorization: 'Basic ' + base64(`${a.username}:${a.password}`) };
    if (a.kind === 'session' && this.cookie) return { cookie: this.cookie };
    return {};
  }

  private async raw(url: string, init: { method: string; body?: string; headers?: Record<string, string> }): Promise<Response> {
    const signal = AbortSignal.timeout(this.timeoutMs);
    try {
      return await this.fetchImpl(url, {
        method: init.method,
        body: init.body,
        headers: { accept: 'application/json', ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...this.authHeaders(), ...init.headers },
        credentials: this.remote.auth.kind === 'session' ? 'include' : 'omit',
        signal,
      });
    } catch (e) {
      if (signal.aborted) throw new SyncError('timeout', `${hostOf(url)} did not answer within ${Math.round(this.timeoutMs / 1000)} s`, undefined, { cause: e });
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      const why = cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
      throw new SyncError('network', `Could not reach ${hostOf(url)} (${why}). Is the server running, and the address right?`, undefined, { cause: e });
    }
  }

  /** Signs in with the session's password (POST /_session) and keeps the cookie. */
  async signIn(): Promise<void> {
    const a = this.remote.auth;
    if (a.kind !== 'session' || a.password === null) return;
    const res = await this.raw(`${this.remote.serverUrl}/_session`, { method: 'POST', body: JSON.stringify({ name: a.username, password: a.password }) });
    if (!res.ok) throw await this.errorOf(res, 'POST', '/_session');
    if (canReadCookies) {
      const set = res.headers.get('set-cookie');
      const m = set && /AuthSession=[^;]*/.exec(set);
      if (m) this.cookie = m[0];
    }
    await res.body?.cancel();
    this.signedIn = true;
  }

  /**
   * A JSON request to the database (`path` relative to it: "" for the database itself,
   * "_changes", "_local/x"…). Statuses in `allow` are returned as null instead of thrown.
   */
  async db<T>(method: string, path: string, opts: { query?: Record<string, string | number | boolean>; body?: unknown; allow?: number[] } = {}): Promise<T | null> {
    const a = this.remote.auth;
    if (a.kind === 'session' && a.password !== null && !this.signedIn) await this.signIn();
    const qs = opts.query ? '?' + new URLSearchParams(Object.entries(opts.query).map(([k, v]) => [k, String(v)])).toString() : '';
    const url = `${this.remote.dbUrl}${path ? '/' + path : ''}${qs}`;
    const body = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    let res = await this.raw(url, { method, body });
    if (res.status === 401 && a.kind === 'session' && a.password !== null) {
      // The session expired (CouchDB's default is 10 minutes): sign in again once.
      await res.body?.cancel();
      await this.signIn();
      res = await this.raw(url, { method, body });
    }
    if (opts.allow?.includes(res.status)) {
      await res.body?.cancel();
      return null;
    }
    if (!res.ok) throw await this.errorOf(res, method, path);
    try {
      return (await res.json()) as T;
    } catch (e) {
      throw new SyncError('protocol', `${hostOf(url)} answered ${method} ${path || '/'} with something that is not JSON: is this a CouchDB database URL?`, res.status, { cause: e });
    }
  }

  private async errorOf(res: Response, method: string, path: string): Promise<SyncError> {
    let body: CouchErrorBody = {};
    try {
      body = (await res.json()) as CouchErrorBody;
    } catch {
      /* not JSON: the status says enough */
    }
    const reason = body.reason ? ` (${body.reason})` : '';
    const where = this.remote.dbUrl;
    const a = this.remote.auth;
    const who = a.kind === 'none' ? null : a.username;
    switch (res.status) {
      case 401:
        if (a.kind === 'session' && a.password === null) {
          return new SyncError('auth', `${hostOf(where)} does not know this browser's sign-in${reason}: sign in to the server again in this browser, or store the password in the sync settings.`, 401);
        }
        return new SyncError(
          'auth',
          who
            ? `${hostOf(where)} refused the user name or password for "${who}"${reason}. Check them in the sync settings (or COUNTERCHECK_USER / COUNTERCHECK_PASSWORD).`
            : `${hostOf(where)} asks for a user name and password${reason}. Enter them in the sync settings (or set COUNTERCHECK_USER / COUNTERCHECK_PASSWORD).`,
          401,
        );
      case 403:
        return new SyncError('forbidden', `${who ? `"${who}"` : 'This user'} may not ${method === 'GET' ? 'read' : 'write to'} ${where}${reason}. Ask the database's admin to add you as a member.`, 403);
      case 404:
        return new SyncError('not-found', `There is no database ${this.remote.dbName} at ${this.remote.serverUrl}${reason}. Check the URL, or create the database first.`, 404);
      default:
        return new SyncError('http', `${hostOf(where)} answered ${method} ${path || '/'} with HTTP ${res.status}${reason}`, res.status);
    }
  }

  info(): Promise<DbInfo> {
    return this.db<DbInfo>('GET', '').then((x) => x!);
  }

  /** Creates the database if it is missing (needs admin rights); true when it was created. */
  async ensureDb(): Promise<boolean> {
    const exists = await this.db<DbInfo>('GET', '', { allow: [404] });
    if (exists) return false;
    await this.db('PUT', '', { allow: [412] });
    return true;
  }

  changes(since: string | number, limit: number): Promise<ChangesResponse> {
    return this.db<ChangesResponse>('GET', '_changes', {
      query: { since: String(since), limit, include_docs: true, style: 'all_docs', conflicts: true },
    }).then((x) => x!);
  }

  revsDiff(revs: Record<string, string[]>): Promise<Record<string, { missing?: string[] }>> {
    return this.db<Record<string, { missing?: string[] }>>('POST', '_revs_diff', { body: revs }).then((x) => x!);
  }

  bulkGet(docs: Array<{ id: string; rev: string }>): Promise<BulkGetResponse> {
    return this.db<BulkGetResponse>('POST', '_bulk_get', { query: { revs: true }, body: { docs } }).then((x) => x!);
  }

  /** Stores revisions as given (new_edits=false): the revision trees merge, nothing is overwritten. */
  bulkDocsAsIs(docs: unknown[]): Promise<BulkDocsResponse> {
    return this.db<BulkDocsResponse>('POST', '_bulk_docs', { body: { docs, new_edits: false } }).then((x) => x!);
  }

  getLocal<T>(id: string): Promise<(T & { _rev?: string }) | null> {
    return this.db<T & { _rev?: string }>('GET', `_local/${encodeURIComponent(id)}`, { allow: [404] });
  }

  async putLocal(id: string, body: object): Promise<void> {
    // _local documents still need the current _rev to be replaced.
    const prev = await this.getLocal<object>(id);
    await this.db('PUT', `_local/${encodeURIComponent(id)}`, { body: { ...body, ...(prev?._rev ? { _rev: prev._rev } : {}) } });
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function base64(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}
