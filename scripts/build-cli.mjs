// Bundles the CLI (lib/cli/main.ts, the engine and linkedom) into dist/cli.mjs so that
// `countercheck` runs with plain node. Runs as the npm `prepare` step, so right after `npm ci`.
//
// usage: node scripts/build-cli.mjs [--outfile FILE] [--if-stale]
//   --if-stale  skip the build when FILE is newer than every file that went into it
import { build } from 'esbuild';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { outfile: { type: 'string' }, 'if-stale': { type: 'boolean' } },
});
const outfile = resolve(values.outfile ?? join(root, 'dist/cli.mjs'));
const inputsFile = `${outfile}.inputs.json`;
const entry = join(root, 'lib/cli/main.ts');

if (values['if-stale'] && !isStale()) process.exit(0);

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const result = await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  define: { COUNTERCHECK_VERSION: JSON.stringify(pkg.version) },
  // linkedom's optional require("canvas") and require("cssstyle") sit in try/catch and fail
  // harmlessly in an ESM bundle; no require() is provided on purpose, so no package outside
  // the bundle can change the CLI's behaviour.
  metafile: true,
  logLevel: 'warning',
});
// What went into the bundle, for --if-stale. The lock file stands for node_modules, whose files
// keep npm's fixed 1985 timestamps and so never look newer than anything.
const inputs = [
  ...Object.keys(result.metafile.inputs).map((p) => resolve(root, p)),
  join(root, 'package.json'),
  join(root, 'package-lock.json'),
  fileURLToPath(import.meta.url),
];
writeFileSync(inputsFile, JSON.stringify(inputs.map((p) => relative(root, p))));

function isStale() {
  if (!existsSync(outfile) || !existsSync(inputsFile)) return true;
  const built = statSync(outfile).mtimeMs;
  const recorded = JSON.parse(readFileSync(inputsFile, 'utf8')).map((p) => resolve(root, p));
  // A new file under lib/ can only enter the bundle through an edit to a recorded file, which
  // makes that file newer; a deleted one shows up as missing.
  return recorded.some((p) => !existsSync(p) || statSync(p).mtimeMs > built);
}
