/** The remote database of `push` and `pull`: its URL, credentials from it or the environment, errors as CLI errors. */
import { CouchClient } from '../sync/couch-client';
import { SyncError } from '../sync/errors';
import { parseRemote, type Remote, type RemoteAuth } from '../sync/remote';
import { CliError, UsageError } from './errors';

/** Parses --remote; credentials in the URL win over COUNTERCHECK_USER / COUNTERCHECK_PASSWORD. */
export function remoteOf(url: string | undefined, command: string, env: NodeJS.ProcessEnv = process.env): Remote {
  if (!url) throw new UsageError('--remote URL is required (the CouchDB database)', command);
  const fromEnv: RemoteAuth | undefined = env.COUNTERCHECK_USER ? { kind: 'basic', username: env.COUNTERCHECK_USER, password: env.COUNTERCHECK_PASSWORD ?? '' } : undefined;
  try {
    const r = parseRemote(url);
    return r.auth.kind === 'none' && fromEnv ? { ...r, auth: fromEnv } : r;
  } catch (e) {
    throw asCliError(e);
  }
}

/** --batch N. */
export function batchOf(value: string | undefined, command: string): number {
  if (value === undefined) return 500;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new UsageError(`--batch must be a whole number from 1 to 10000, not '${value}'`, command);
  return n;
}

/** SyncError (a message for the user) → CliError; anything else passes through. */
export function asCliError(e: unknown): unknown {
  return e instanceof SyncError ? new CliError(e.message) : e;
}

export function clientOf(remote: Remote): CouchClient {
  return new CouchClient(remote);
}
