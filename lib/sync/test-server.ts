/**
 * An in-memory CouchDB-protocol server on loopback for the sync tests and the sync benchmark:
 * express-pouchdb over PouchDB's memory adapter (../shared/RECIPES.md). The same `_changes`,
 * `_revs_diff`, `_bulk_get`, `_bulk_docs` (new_edits=false) and `_local` behaviour as Apache
 * CouchDB; optionally with CouchDB's authentication (basic and `_session` cookie) and a
 * `_security` object, so wrong credentials are tested against a real 401.
 *
 * Node only (never imported by the extension). Every server is stopped by the test that started it.
 */
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import type { Request } from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import adapterHttp from 'pouchdb-adapter-http';
import adapterMemory from 'pouchdb-adapter-memory';
import mapreduce from 'pouchdb-mapreduce';
import replication from 'pouchdb-replication';

export interface TestCouchOptions {
  /** Creates this server admin and turns authentication on (otherwise anyone may do anything). */
  admin?: { name: string; password: string };
  /**
   * Answers cross-origin requests (as a CouchDB with CORS enabled does), for tests whose fetch
   * enforces CORS (happy-dom); an extension with the host permission doesn't need it.
   */
  cors?: boolean;
}

export interface TestCouch {
  /** http://127.0.0.1:PORT (no trailing slash). */
  readonly url: string;
  readonly port: number;
  /** Requests served so far (by method and path), for tests that count round trips. */
  readonly requests: string[];
  /** Called before each request is handled; tests use it to stop the server mid-sync. */
  onRequest: ((req: Request) => void) | null;
  /** The database URL for `name` (with the admin's credentials in it when `withAuth`). */
  dbUrl(name: string, withAuth?: boolean): string;
  /** Creates a database (as the admin when there is one). */
  createDb(name: string): Promise<void>;
  /** Restricts a database to the admin (CouchDB `_security` with admin-only members). */
  restrictDb(name: string): Promise<void>;
  /** Stops listening and drops open connections; the data stays in memory. */
  stop(): Promise<void>;
  /** Listens again on the same port, with the same data. */
  restart(): Promise<void>;
  readonly running: boolean;
}

let pouchClass: { defaults(o: Record<string, unknown>): unknown } | null = null;
function pouch() {
  pouchClass ??= PouchDB.plugin(adapterMemory).plugin(adapterHttp).plugin(mapreduce).plugin(replication);
  return pouchClass;
}

/** Starts a server on 127.0.0.1 on a free port. */
export async function startTestCouch(opts: TestCouchOptions = {}): Promise<TestCouch> {
  // A prefix per server: the memory adapter keeps databases per name for the whole process.
  const Pouch = pouch().defaults({ adapter: 'memory', prefix: `tc-${randomUUID()}-` });
  const pouchApp = expressPouchDB(Pouch, {
    mode: 'minimumForPouchDB',
    inMemoryConfig: true,
    logPath: join(tmpdir(), `countercheck-test-couch-${process.pid}.log`),
    overrideMode: opts.admin
      ? {
          include: [
            'config-infrastructure',
            'logging-infrastructure',
            'routes/authentication',
            'routes/authorization',
            'routes/session',
            'routes/security',
          ],
        }
      : undefined,
  });
  if (opts.admin) {
    const { name, password } = opts.admin;
    await new Promise<void>((resolve, reject) => pouchApp.couchConfig.set('admins', name, password, (e) => (e ? reject(e) : resolve())));
  }

  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const app = express();
  let couch: TestCouch;
  app.use((req, res, next) => {
    requests.push(`${req.method} ${req.path}`);
    couch.onRequest?.(req);
    if (opts.cors) {
      res.setHeader('access-control-allow-origin', req.headers.origin ?? '*');
      res.setHeader('access-control-allow-credentials', 'true');
      res.setHeader('access-control-allow-methods', 'GET, PUT, POST, DELETE, HEAD');
      res.setHeader('access-control-allow-headers', 'accept, authorization, content-type, origin, referer');
      if (req.method === 'OPTIONS') {
        res.status(204).end();
        return;
      }
    }
    next();
  });
  app.use(pouchApp);

  let server: Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = app.listen(port, '127.0.0.1', () => {
        port = (s.address() as AddressInfo).port;
        resolve();
      });
      s.on('error', reject);
      s.on('connection', (sock: Socket) => {
        sockets.add(sock);
        sock.on('close', () => sockets.delete(sock));
      });
      server = s;
    });
  await listen();

  const auth = opts.admin ? `${encodeURIComponent(opts.admin.name)}:${encodeURIComponent(opts.admin.password)}@` : '';
  const adminHeaders: Record<string, string> = opts.admin
    ? { authorization: 'Basic ' + Buffer.from(`${opts.admin.name}:${opts.admin.password}`).toString('base64') }
    : {};
  const put = async (path: string, body?: unknown) => {
    const r = await fetch(`http://127.0.0.1:${port}${path}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...adminHeaders },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`PUT ${path}: ${r.status} ${await r.text()}`);
  };

  couch = {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    requests,
    onRequest: null,
    dbUrl: (name, withAuth = false) => `http://${withAuth ? auth : ''}127.0.0.1:${port}/${name}`,
    createDb: (name) => put(`/${name}`),
    restrictDb: (name) =>
      put(`/${name}/_security`, { admins: { names: [opts.admin?.name ?? 'admin'], roles: [] }, members: { names: [opts.admin?.name ?? 'admin'], roles: [] } }),
    async stop() {
      const s = server;
      if (!s) return;
      server = null;
      for (const sock of sockets) sock.destroy();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    },
    async restart() {
      if (!server) await listen();
    },
    get running() {
      return server !== null;
    },
  };
  return couch;
}
