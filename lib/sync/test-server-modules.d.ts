// The in-memory CouchDB-protocol server used by tests and the sync benchmark ships no types.
declare module 'express-pouchdb' {
  import type { Express } from 'express';
  interface ExpressPouchApp extends Express {
    couchConfig: { set(section: string, key: string, value: string, cb: (err?: unknown) => void): void };
  }
  function expressPouchDB(PouchDB: unknown, opts: Record<string, unknown>): ExpressPouchApp;
  export default expressPouchDB;
}
declare module 'pouchdb-core' {
  const PouchDB: { plugin(p: unknown): typeof PouchDB; defaults(o: Record<string, unknown>): unknown };
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory';
declare module 'pouchdb-adapter-http';
declare module 'pouchdb-mapreduce';
declare module 'pouchdb-replication';
