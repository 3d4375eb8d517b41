// `npm run eval`: runs the built CLI over the development set and scores the predictions with the
// set's own scorer.
//
// usage: node scripts/eval.mjs [--docs FILE.jsonl] [--gold FILE.jsonl] [--json]
//   defaults: ../shared/eval/docs.jsonl and ../shared/eval/gold.jsonl (relative to the repo);
//   SHOW_MISSES=1 makes the scorer list every miss and false hit; --json is passed to it.
//   Predictions are kept in bench/out/eval-predictions.jsonl for a look afterwards.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(root, '../shared/eval');

function fail(message) {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(1);
}

let values;
try {
  ({ values } = parseArgs({ options: { docs: { type: 'string' }, gold: { type: 'string' }, json: { type: 'boolean' } } }));
} catch (error) {
  fail(`${error.message.split('.')[0]} (usage: npm run eval -- [--docs FILE.jsonl] [--gold FILE.jsonl] [--json])`);
}
const scorer = join(evalDir, 'score.mjs');
const docs = resolve(values.docs ?? join(evalDir, 'docs.jsonl'));
const gold = resolve(values.gold ?? join(evalDir, 'gold.jsonl'));
if (!existsSync(scorer)) {
  fail(`the evaluation set is missing: expected ${relative(root, scorer)} (with docs.jsonl and gold.jsonl) in ${evalDir}`);
}
for (const file of [docs, gold]) if (!existsSync(file)) fail(`${file} does not exist`);

// Rebuild dist/cli.mjs only if a source changed since the last build.
const build = spawnSync(process.execPath, [join(root, 'scripts/build-cli.mjs'), '--if-stale'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) fail('building the CLI failed (see above)');

const outDir = join(root, 'bench/out');
mkdirSync(outDir, { recursive: true });
const predictions = join(outDir, 'eval-predictions.jsonl');
const out = openSync(predictions, 'w');
const started = performance.now();
const cli = spawnSync(process.execPath, [join(root, 'bin/countercheck.mjs'), 'extract', '--docs', docs], {
  cwd: root,
  stdio: ['ignore', out, 'inherit'],
});
closeSync(out);
if (cli.status !== 0) fail(`countercheck extract exited with ${cli.status ?? cli.signal}`);
const seconds = (performance.now() - started) / 1000;

if (!values.json) {
  console.log(`extracted ${relative(root, docs) || docs} in ${seconds.toFixed(2)} s -> ${relative(root, predictions)}`);
}
// The scorer reads SHOW_MISSES from the environment it inherits.
const score = spawnSync(process.execPath, [scorer, docs, gold, predictions, ...(values.json ? ['--json'] : [])], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(score.status ?? 1);
