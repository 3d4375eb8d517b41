// The built CLI as users run it: bin/countercheck.mjs importing the esbuild bundle, in a child
// process. The bundle is built into a temporary copy of the bin/ + dist/ layout, so the test
// never touches the repository's own dist/. That copy lives under node_modules/.cache because
// the bundle resolves some packages at run time (the incident matcher's GeoNames data), as
// dist/cli.mjs does from inside the repository.
import { type SpawnSyncReturns, execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_FIELDS } from './claim-json';

const repo = resolve(__dirname, '../..');
mkdirSync(join(repo, 'node_modules/.cache'), { recursive: true });
const home = mkdtempSync(join(repo, 'node_modules/.cache/countercheck-cli-test-'));
const shim = join(home, 'bin/countercheck.mjs');
const bundle = join(home, 'dist/cli.mjs');
// Inputs (tens of megabytes) go to the system's temporary directory.
const tmp = mkdtempSync(join(tmpdir(), 'countercheck-cli-'));

beforeAll(() => {
  mkdirSync(join(home, 'bin'));
  copyFileSync(join(repo, 'bin/countercheck.mjs'), shim);
  execFileSync(process.execPath, [join(repo, 'scripts/build-cli.mjs'), '--outfile', bundle], { cwd: repo });
}, 60_000);
afterAll(() => {
  rmSync(home, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  out: string;
  err: string;
  ms: number;
}

/**
 * Runs the CLI with a heap cap, so "bounded memory" is checked, not assumed: a run that needs
 * more dies instead of passing.
 */
function cli(args: string[], options: { input?: string | Buffer; heapMb?: number; script?: string } = {}): Run {
  const started = performance.now();
  const result: SpawnSyncReturns<string> = spawnSync(
    process.execPath,
    [`--max-old-space-size=${options.heapMb ?? 512}`, options.script ?? shim, ...args],
    { input: options.input, encoding: 'utf8', timeout: 15_000, maxBuffer: 256 * 1024 * 1024 },
  );
  if (result.error) throw result.error;
  return { code: result.status, out: result.stdout, err: result.stderr, ms: performance.now() - started };
}

const write = (name: string, content: string | Buffer) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

/** The mistake contract: a non-zero exit and exactly one `countercheck: ...` line, no stack. */
function expectOneLineError(run: Run, pattern: RegExp) {
  expect(run.code).not.toBe(0);
  expect(run.out).toBe('');
  expect(run.err).toMatch(/^countercheck: [^\n]+\n$/);
  expect(run.err).toMatch(pattern);
}

/** Every printed line is a claim in the contract's field order whose offsets point at its text. */
function expectClaimLines(out: string, texts: Record<string, string>) {
  const lines = out.split('\n').filter(Boolean);
  for (const line of lines) {
    const claim = JSON.parse(line);
    const keys = Object.keys(claim);
    expect(keys).toEqual(CLAIM_FIELDS.filter((f) => f in claim));
    const optional = new Set(['scope', 'period', 'incident']);
    expect(keys.filter((k) => !optional.has(k))).toEqual(CLAIM_FIELDS.filter((f) => !optional.has(f)));
    const text = texts[claim.doc];
    expect(text, `doc ${claim.doc}`).toBeDefined();
    expect(text!.slice(claim.quoteStart, claim.quoteEnd)).toBe(claim.quote);
    expect(text!.slice(claim.numberStart, claim.numberEnd)).toBe(claim.numberText);
  }
  return lines.length;
}

// Our own sentences: plain news prose with numbers that are not casualties, and a few that are.
const FILLER = [
  'The city council approved a budget of $4.2 million on Tuesday, up 3% from last year.',
  'Shares in the shipping group rose 12 percent after it reported record profits for 2024.',
  'About 300 volunteers were deployed to clear the riverbank before the festival.',
  'The home side won 3-1, their 14th victory of the season, in front of 42,000 fans.',
  'Temperatures are expected to reach 31C by Friday, the weather service said.',
  'The 26-year-old striker signed a four-year contract worth about £9 million.',
];
const CASUALTY = [
  'At least 12 people were killed when a bus overturned near Ridgeford on Monday, police said.',
  'Local officials said 30 people were injured in the blast at the fuel depot.',
];

function newsText(bytes: number, separator = '\n\n'): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const sentence = i % 50 === 7 ? CASUALTY[i % CASUALTY.length]! : FILLER[i % FILLER.length]!;
    parts.push(sentence);
    size += sentence.length + separator.length;
  }
  return parts.join(separator);
}

// Runs that reach extraction also load the incident matcher's place data: seconds, not ms.
// Each run of the CLI is bounded by spawnSync's own timeout (15 s, the "bounded time" these tests
// pin down); a case may run it twice or more, so the case itself gets room for a busy machine.
describe('countercheck (built CLI)', { timeout: 60_000 }, () => {
  it('prints its version, help and command help', () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    expect(cli(['--version'])).toMatchObject({ code: 0, out: `${pkg.version}\n`, err: '' });
    expect(cli(['--help']).out).toMatch(/^Usage: countercheck <command>[\s\S]*extract FILE\.\.\./);
    const help = cli(['extract', '--help']);
    expect(help.code).toBe(0);
    for (const flag of ['--published', '--url', '--outlet', '--title', '--docs', '--format']) expect(help.out).toContain(flag);
  });

  it('extracts from .txt, .html and stdin with offsets into each document text', () => {
    const text = `${CASUALTY[0]}\n\n${FILLER[0]}`;
    const txt = write('story.txt', text);
    const html = write(
      'story.html',
      `<html><head><title>Bus crash</title></head><body><nav>Home</nav><article><p>${CASUALTY[1]}</p><p>${FILLER[2]}</p></article></body></html>`,
    );
    const run = cli(['extract', '--published', '2031-03-04', txt, html, '-'], { input: text });
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const htmlText = cli(['text', html]).out;
    expect(htmlText).toBe(`${CASUALTY[1]}\n\n${FILLER[2]}`);
    const count = expectClaimLines(run.out, { [txt]: text, [html]: htmlText, stdin: text });
    // The engine reads plain casualty sentences; if it stops finding these, the CLI wiring broke.
    expect(count).toBeGreaterThanOrEqual(3);
  });

  it('reads --docs JSON Lines and names claims by document id', () => {
    const docs = [
      { id: 'wire-1', url: 'https://wire.test/1', outlet: 'Wire', published: '2031-03-04', title: 'Crash', text: CASUALTY[0]! },
      { id: 'wire-2', url: null, outlet: null, published: null, title: null, text: `${FILLER[1]}\n\n${CASUALTY[1]}` },
    ];
    const path = write('docs.jsonl', docs.map((d) => JSON.stringify(d)).join('\n'));
    const run = cli(['extract', '--docs', path]);
    expect(run.code).toBe(0);
    expect(expectClaimLines(run.out, Object.fromEntries(docs.map((d) => [d.id, d.text])))).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['an unknown flag', ['extract', '--since', '2020-01-01', 'x.txt'], /unknown option '--since'/],
    ['a missing file', ['extract', 'no-such-file.txt'], /no-such-file\.txt: no such file$/m],
    ['a directory', ['extract', '.'], /\. is a directory, not a file$/m],
    ['a bad date', ['extract', '--published', '04/03/2031', 'x.txt'], /--published must be a date/],
  ])('reports %s in one line', (_what, args, pattern) => {
    expectOneLineError(cli(args), pattern);
  });

  it('reports bad JSON on line N of --docs, and a document without text', () => {
    const bad = write('bad.jsonl', `${JSON.stringify({ id: 'a', text: 'ok' })}\n${JSON.stringify({ id: 'b', text: 'ok' })}\n{"id": "c", "text": "unterminated}\n`);
    expectOneLineError(cli(['extract', '--docs', bad]), /bad\.jsonl:3: not valid JSON/);
    const noText = write('notext.jsonl', `${JSON.stringify({ id: 'a', text: 'ok' })}\n${JSON.stringify({ id: 'b', title: 'only a title' })}\n`);
    expectOneLineError(cli(['extract', '--docs', noText]), /notext\.jsonl:2: document "b" has no "text"/);
  });

  it('prints nothing and exits 0 for an empty file and empty stdin', () => {
    const run = cli(['extract', write('empty.txt', ''), write('empty.html', ''), '-'], { input: '' });
    expect(run).toMatchObject({ code: 0, out: '', err: '' });
  });

  it('refuses binary garbage cleanly, with and without NUL bytes', () => {
    let seed = 42;
    const garbage = Buffer.alloc(2 * 1024 * 1024);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    expectOneLineError(cli(['extract', write('garbage.bin', garbage)]), /looks like a binary file/);
    const highBytes = Buffer.from(garbage.map((b) => 0x80 | b));
    expectOneLineError(cli(['extract', write('latin.txt', highBytes)]), /is not UTF-8 text/);
    expectOneLineError(cli(['extract', '-'], { input: garbage }), /stdin looks like a binary file/);
    expectOneLineError(cli(['extract', '--docs', write('garbage.jsonl', highBytes)]), /garbage\.jsonl:1: not valid JSON/);
  });

  it('reads a 20 MB text file in bounded time and memory', () => {
    const text = newsText(20 * 1024 * 1024);
    const path = write('big.txt', text);
    const run = cli(['extract', path], { heapMb: 400 });
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(expectClaimLines(run.out, { [path]: text })).toBeGreaterThan(0);
    expect(run.ms).toBeLessThan(10_000);
  });

  it('reads a single 5 MB line of text, and of HTML', () => {
    // One casualty sentence in the middle of the line: its window starts millions of characters
    // in, so its offsets show the windowing end to end. (Dense casualty text on one line is
    // pinned by extract-claims.test.ts: its time grows with its length.)
    const half = newsText(2.5 * 1024 * 1024, ' ').replaceAll(CASUALTY[0]!, FILLER[0]!).replaceAll(CASUALTY[1]!, FILLER[1]!);
    const line = `${half} ${CASUALTY[0]} ${half}`;
    const path = write('one-line.txt', line);
    const run = cli(['extract', path], { heapMb: 256 });
    expect([run.code, run.err]).toEqual([0, '']);
    expect(expectClaimLines(run.out, { [path]: line })).toBeGreaterThanOrEqual(1);
    const at = line.indexOf(CASUALTY[0]!);
    const starts = run.out.split('\n').filter(Boolean).map((l) => JSON.parse(l).numberStart as number);
    expect(starts.some((n) => n >= at && n < at + CASUALTY[0]!.length)).toBe(true);
    const html = write('one-line.html', `<html><body><p>${line.replaceAll('. ', '.</p><p>')}</p></body></html>`);
    const htmlRun = cli(['extract', html], { heapMb: 512 });
    expect([htmlRun.code, htmlRun.err]).toEqual([0, '']);
    expect(htmlRun.out).toContain('"numberText":"At least 12"');
  });

  it('stops quietly when the reader of its output goes away', () => {
    const path = write('pipe.txt', newsText(8 * 1024 * 1024));
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${shim}" text "${path}" | head -c 100`], { encoding: 'utf8', timeout: 15_000 });
    expect(run.stdout).toHaveLength(100);
    expect(run.stderr).toBe('');
  });

  it('rebuilds with --if-stale only when the bundle is older than what went into it', () => {
    const build = () => execFileSync(process.execPath, [join(repo, 'scripts/build-cli.mjs'), '--outfile', bundle, '--if-stale'], { cwd: repo });
    build(); // brings it up to date if a source changed since beforeAll (others edit lib/ meanwhile)
    const fresh = statSync(bundle).mtimeMs;
    build();
    expect(statSync(bundle).mtimeMs).toBe(fresh);
    utimesSync(bundle, new Date(2000, 0, 1), new Date(2000, 0, 1));
    build();
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(new Date(2000, 0, 2).getTime());
  });

  it('explains a missing build instead of failing with a module error', () => {
    const bare = join(tmp, 'bare/bin');
    mkdirSync(bare, { recursive: true });
    copyFileSync(shim, join(bare, 'countercheck.mjs'));
    const run = cli(['--version'], { script: join(bare, 'countercheck.mjs') });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^countercheck: .*dist\/cli\.mjs is missing; build it with 'npm run prepare'/);
  });
});
