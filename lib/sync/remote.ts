/**
 * Where a team's dataset lives: a CouchDB database URL and how to sign in to it. Credentials in
 * the URL are taken out of it (browsers refuse fetch URLs with credentials, and the URL is shown
 * and logged); https is required except for the machine itself.
 */
import { SyncError } from './errors';

export type RemoteAuth =
  | { kind: 'none' }
  /** Sent with every request (HTTP basic). */
  | { kind: 'basic'; username: string; password: string }
  /**
   * A CouchDB session: one POST /_session with the password, then the AuthSession cookie. With
   * `password: null` an existing session (the browser's cookie) is used, and an expired one asks
   * the user to sign in again.
   */
  | { kind: 'session'; username: string; password: string | null };

export interface Remote {
  /** The database URL without credentials, query or trailing slash: https://host:6984/team-claims */
  dbUrl: string;
  /** The server root the database is under (where /_session is). */
  serverUrl: string;
  /** The database name, decoded. */
  dbName: string;
  auth: RemoteAuth;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether plain http is acceptable for this host (the machine itself only). */
function isLoopback(hostname: string): boolean {
  return LOOPBACK.has(hostname.toLowerCase()) || hostname.toLowerCase().endsWith('.localhost');
}

/**
 * Parses a database URL. Credentials in it (https://user:pass@host/db) become basic auth unless
 * `auth` is given. Throws SyncError('bad-url' | 'insecure').
 */
export function parseRemote(url: string, auth?: RemoteAuth): Remote {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    throw new SyncError('bad-url', `"${url}" is not a URL; give the database's address, like https://couch.example.org/team-claims`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') {
    throw new SyncError('bad-url', `${u.protocol} URLs are not supported; give the database's https:// address`);
  }
  if (u.protocol === 'http:' && !isLoopback(u.hostname)) {
    throw new SyncError('insecure', `Use https:// for ${u.host}: plain http would send your password and claims unencrypted (http is allowed only for localhost and 127.0.0.1)`);
  }
  const fromUrl: RemoteAuth | null = u.username ? { kind: 'basic', username: decodeURIComponent(u.username), password: decodeURIComponent(u.password) } : null;
  const path = u.pathname.replace(/\/+$/, '');
  const slash = path.lastIndexOf('/');
  const dbName = decodeURIComponent(path.slice(slash + 1));
  if (!dbName) throw new SyncError('bad-url', `${u.origin} names no database; add its name, like ${u.origin}/team-claims`);
  if (dbName.startsWith('_')) throw new SyncError('bad-url', `"${dbName}" is a CouchDB system path, not a database`);
  const root = `${u.protocol}//${u.host}`;
  return {
    dbUrl: root + path,
    serverUrl: root + path.slice(0, slash),
    dbName,
    auth: auth ?? fromUrl ?? { kind: 'none' },
  };
}

/** The key sync state is kept under: the database URL (no credentials), so each database has its own. */
export function remoteKey(r: Remote): string {
  return r.dbUrl;
}
