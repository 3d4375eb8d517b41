// Guards performance work on lib/extract: the engine's output must stay byte-identical.
//
//   node scripts/check-extract-stable.mjs --write   record the reference (before changing anything)
//   node scripts/check-extract-stable.mjs           compare against it; exit 1 on any difference
//   options: --ref FILE (default /tmp/extract-reference.jsonl; keep it out of the repository)
//            --docs FILE.jsonl (default ../shared/eval/docs.jsonl)
//
// It bundles lib/extract/index.ts as the extension ships it and runs every document with meta
// {id, published, title, url, outlet}, one JSON claim per line. Besides that reference run it runs
// variants that reach code paths the corpus alone may not, where a speed trick could go wrong:
//   meta-less     no published date and no title (year hints, no title scope)
//   joined        all documents as one text (long-range look-backs, per-document caches)
//   one-para      each document's paragraphs joined with spaces (no paragraph breaks)
//   upper, lower  case-folded text (case-insensitive regexes behind case-sensitive prechecks)
//   typographic   straight quotes and apostrophes turned curly, and curly ones straight
//   again         the reference run once more, with every per-document cache warm
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    write: { type: 'boolean' },
    ref: { type: 'string', default: join(tmpdir(), 'extract-reference.jsonl') },
    docs: { type: 'string', default: resolve(root, '../shared/eval/docs.jsonl') },
  },
});

// Bundle into a private directory: bench/out is shared with whoever else runs the benchmark.
const outFile = join(mkdtempSync(join(tmpdir(), 'check-extract-')), 'extract.mjs');
await build({
  entryPoints: [join(root, 'lib/extract/index.ts')],
  outfile: outFile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
const { extractClaims } = await import(pathToFileURL(outFile).href);

const docs = readFileSync(values.docs, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const fullMeta = (d) => ({ id: d.id, published: d.published, title: d.title, url: d.url, outlet: d.outlet });

/** Swaps straight and curly quotes both ways, so each kind of mark is seen where the other was. */
function swapQuotes(text) {
  let open = true;
  return text.replace(/["“”'’]/g, (c) => {
    if (c === '“' || c === '”') return '"';
    if (c === '’') return "'";
    if (c === "'") return '’';
    open = !open;
    return open ? '”' : '“';
  });
}

const variants = [
  ['ref', docs.map((d) => [d.text, fullMeta(d)])],
  ['meta-less', docs.map((d) => [d.text, { id: d.id }])],
  ['joined', [[docs.map((d) => d.text).join('\n\n'), { id: 'joined', published: docs[0].published, title: docs[0].title }]]],
  ['one-para', docs.map((d) => [d.text.replace(/\n+/g, ' '), fullMeta(d)])],
  ['upper', docs.map((d) => [d.text.toUpperCase(), fullMeta(d)])],
  ['lower', docs.map((d) => [d.text.toLowerCase(), fullMeta(d)])],
  ['typographic', docs.map((d) => [swapQuotes(d.text), fullMeta(d)])],
  ['again', docs.map((d) => [d.text, fullMeta(d)])],
];

const lines = [];
for (const [name, inputs] of variants) {
  for (const [text, meta] of inputs) {
    for (const claim of extractClaims(text, meta)) lines.push(`${name}\t${JSON.stringify(claim)}`);
  }
}
const output = lines.join('\n') + '\n';
const digest = (s) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const count = (name) => lines.filter((l) => l.startsWith(`${name}\t`)).length;
const summary = variants.map(([name]) => `${name} ${count(name)}`).join(', ');

if (values.write) {
  writeFileSync(values.ref, output);
  console.log(`wrote ${lines.length} claims (${summary}) to ${values.ref}, sha256 ${digest(output)}`);
  process.exit(0);
}

if (!existsSync(values.ref)) {
  console.error(`no reference at ${values.ref}: record one with --write before changing the engine`);
  process.exit(2);
}
const reference = readFileSync(values.ref, 'utf8');
if (reference === output) {
  console.log(`identical: ${lines.length} claims (${summary}), sha256 ${digest(output)}`);
  process.exit(0);
}
const want = reference.split('\n');
const got = output.split('\n');
let shown = 0;
let differing = 0;
for (let i = 0; i < Math.max(want.length, got.length); i++) {
  if (want[i] === got[i]) continue;
  differing++;
  if (shown++ < 5) console.error(`line ${i + 1}\n  want ${want[i] ?? '(none)'}\n  got  ${got[i] ?? '(none)'}`);
}
console.error(`DIFFERENT: ${differing} lines differ (reference ${want.length - 1} claims, now ${lines.length})`);
process.exit(1);
