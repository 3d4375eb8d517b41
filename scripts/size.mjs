// `npm run size`: the extractor's weight in the content script. Bundles lib/extract/index.ts the
// way a browser bundle would (esm, minified, dependencies included) and prints raw and gzipped
// bytes, then the gzipped size of the built content script if `npm run build` has made one.
import { build } from 'esbuild';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
// Level 9, as the stores and most CDNs serve it; the figure is what a download costs.
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

const result = await build({
  entryPoints: [join(root, 'lib/extract/index.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  metafile: true,
  logLevel: 'warning',
});
const bundle = result.outputFiles[0].contents;
console.log(`extractor (lib/extract, esm, minified): ${kb(bundle.length)} raw, ${kb(gzip(bundle))} gzipped`);

// The largest inputs, so a size jump points at its cause.
const inputs = Object.entries(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].inputs)
  .map(([path, { bytesInOutput }]) => [path, bytesInOutput])
  .sort((a, b) => b[1] - a[1])
  .slice(0, 8);
console.log('  largest parts, minified:');
for (const [path, bytes] of inputs) console.log(`  ${kb(bytes).padStart(9)}  ${path}`);

const contentScript = join(root, '.output/chrome-mv3/content-scripts/content.js');
if (existsSync(contentScript)) {
  const bytes = readFileSync(contentScript);
  // The build is not redone here (it takes the whole extension); say how old the one measured is.
  const built = statSync(contentScript).mtime.toISOString().slice(0, 16).replace('T', ' ');
  console.log(`content script (${relative(root, contentScript)}, built ${built} UTC): ${kb(bytes.length)} raw, ${kb(gzip(bytes))} gzipped`);
} else {
  console.log(`content script: ${relative(root, contentScript)} not built (npm run build)`);
}
