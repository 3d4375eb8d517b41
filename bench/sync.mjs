#!/usr/bin/env node
// `npm run bench:sync`: the sync code (lib/sync) against the in-memory CouchDB-protocol server on
// loopback — push and pull rates for 10,000 claims (targets: ≥ 2,000 claims/s each way) and an
// incremental sync of 100 changed claims (target: < 500 ms), with the targets printed beside.
// The stores are Dexie on fake-indexeddb (Node), with the full gazetteer for incident matching;
// the server is the tests' express-pouchdb over PouchDB's memory adapter, in a second process.
//
// usage: node bench/sync.mjs [--claims N] [--batch N (default: the sync's own)] [--changed N]
import { build } from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { claims: { type: 'string' }, batch: { type: 'string' }, changed: { type: 'string' } } });
const args = { claims: Number(values.claims ?? 10_000), batch: Number(values.batch ?? 0), changed: Number(values.changed ?? 100) };
if (!(args.claims >= 5 && args.claims % 5 === 0)) throw new Error('--claims must be a multiple of 5 (five claims an incident)');
const out = join(root, 'bench/out');
mkdirSync(out, { recursive: true });

for (const name of ['sync-node', 'sync-server']) {
  await build({ entryPoints: [join(root, `bench/${name}.ts`)], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: join(out, `${name}.mjs`), logLevel: 'warning' });
}
// The server runs in a process of its own (a team's CouchDB is never inside the extension).
const server = spawn(process.execPath, [join(out, 'sync-server.mjs')], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
const serverUrl = await new Promise((resolveUrl, reject) => {
  let buf = '';
  server.stdout.on('data', (c) => {
    buf += c;
    if (buf.includes('\n')) resolveUrl(buf.split('\n')[0].trim());
  });
  server.on('exit', (code) => reject(new Error(`the benchmark server exited (${code})`)));
  setTimeout(() => reject(new Error('the benchmark server did not start within 30 s')), 30_000).unref();
});
const argsFile = join(out, 'sync-args.json');
writeFileSync(argsFile, JSON.stringify({ ...args, server: serverUrl }));
const run = spawnSync(process.execPath, ['--max-old-space-size=4096', join(out, 'sync-node.mjs'), argsFile], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
server.stdin.end();
if (run.status !== 0) throw new Error(`sync benchmark failed (${run.error?.message ?? 'exit ' + run.status})`);
const r = JSON.parse(run.stdout.trim().split('\n').pop());

const rate = (x) => Math.round(x).toLocaleString('en');
const ms = (x) => `${Math.round(x)} ms`;
const ok = (pass) => (pass ? 'ok' : 'MISSED');
const rows = [
  ['push', `${rate(r.push.claimsPerSecond)} claims/s`, '≥ 2,000 claims/s', ok(r.push.claimsPerSecond >= 2000), `${r.push.sent} documents in ${ms(r.push.ms)} (${ms(r.push.cpuMs)} CPU in the extension's process)`],
  ['pull', `${rate(r.pull.claimsPerSecond)} claims/s`, '≥ 2,000 claims/s', ok(r.pull.claimsPerSecond >= 2000), `${r.pull.inserted} claims stored and matched in ${ms(r.pull.ms)} (${ms(r.pull.cpuMs)} CPU)`],
  [`incremental, ${r.incremental.changed} changed: the editor's sync`, ms(r.incremental.pusher.ms), '< 500 ms', ok(r.incremental.pusher.ms < 500), `${r.incremental.pusher.sent} sent, ${r.incremental.pusher.read} changes read back`],
  [`incremental, ${r.incremental.changed} changed: a teammate's sync`, ms(r.incremental.puller.ms), '< 500 ms', ok(r.incremental.puller.ms < 500), `${r.incremental.puller.replaced} claims updated from ${r.incremental.puller.read} changes`],
];
console.log(`\nSync benchmark: ${r.claims.toLocaleString('en')} claims, batches of ${r.batch}, Node ${process.versions.node}, stores on fake-indexeddb, in-memory CouchDB-protocol server on 127.0.0.1\n`);
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i].length), ['', 'measured', 'target', ''][i].length));
const line = (cells) => cells.map((c, i) => (i < 4 ? c.padEnd(widths[i]) : c)).join('  ');
console.log(line(['', 'measured', 'target', '', 'detail']));
for (const row of rows) console.log(line(row));
console.log(`\nload average when done: ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores (a busy machine lowers the rates; the CPU times vary less)`);
