import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseDatasetText } from '../dataset/jsonl';
import { startTestCouch, type TestCouch } from '../sync/test-server';
import type { CliIO } from './io';
import { main } from './main';

const dir = mkdtempSync(join(tmpdir(), 'countercheck-dataset-cli-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function memoryIO(stdin = ''): CliIO & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  return { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr, out: () => out, err: () => err };
}

async function run(argv: string[], env: Record<string, string> = {}) {
  const io = memoryIO();
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const code = await main(argv, io);
    return { code, out: io.out(), err: io.err() };
  } finally {
    for (const k of Object.keys(env)) if (saved[k] === undefined) delete process.env[k];
  }
}

// Two invented reports of one event, written for this test.
const docs = [
  { id: 'lakeside-1', url: 'https://lakeside-herald.example/news/ferry', outlet: 'Lakeside Herald', published: '2031-08-02', title: 'Ferry capsizes near Mwanza', text: 'At least 23 people were killed when a ferry capsized near Mwanza on Friday, police said.' },
  { id: 'lakeside-2', url: 'https://east-courier.example/ferry-toll', outlet: 'East Courier', published: '2031-08-03', title: 'Mwanza ferry toll rises', text: 'The death toll from the Mwanza ferry accident rose to 31, regional officials said on Saturday.' },
];

let couch: TestCouch;
let secure: TestCouch;
beforeAll(async () => {
  couch = await startTestCouch();
  secure = await startTestCouch({ admin: { name: 'omar', password: 'lighthouse' } });
  await secure.createDb('vault');
  await secure.restrictDb('vault');
}, 30_000);
afterAll(async () => {
  await couch.stop();
  await secure.stop();
});

let db: string;
let n = 0;
beforeEach(async () => {
  db = `cli-${++n}`;
  await couch.createDb(db);
});

async function serverCount(): Promise<number> {
  const r = (await (await fetch(`${couch.dbUrl(db)}/_all_docs`)).json()) as { rows: unknown[] };
  return r.rows.length;
}

// Each case runs the built CLI as a child process, up to five times (node's start, the bundle, the
// gazetteer for extract): a second or more each on a busy 2-core machine, beyond vitest's 5 s default.
describe('countercheck extract --out, push, pull', { timeout: 60_000 }, () => {
  it('extracts to a dataset file, pushes it (twice: the second adds nothing) and pulls it back', async () => {
    const input = file('docs.jsonl', docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
    const out = join(dir, 'claims.jsonl');
    const ex = await run(['extract', '--docs', input, '--out', out]);
    expect(ex.code).toBe(0);
    expect(ex.out).toBe('');
    expect(ex.err).toMatch(/^wrote \d+ claims from 2 documents to /);
    const data = await parseDatasetText(readFileSync(out, 'utf8'));
    expect(data.claims.length).toBeGreaterThanOrEqual(2);
    expect(data.claims.map((c) => c.document.outlet)).toEqual(expect.arrayContaining(['Lakeside Herald', 'East Courier']));
    // Selectors carry the quote's context from the document text.
    const first = data.claims.find((c) => c.document.outlet === 'Lakeside Herald')!;
    expect(docs[0]!.text.slice(first.selector.start, first.selector.end)).toBe(first.selector.exact);
    expect(first.incident).not.toBeNull();

    const p1 = await run(['push', out, '--remote', couch.dbUrl(db)]);
    expect(p1.code).toBe(0);
    expect(p1.out).toContain(`added: ${data.claims.length} (${data.claims.length} claims, 0 corrections, 0 reading records)`);
    expect(await serverCount()).toBe(data.claims.length);
    const p2 = await run(['push', out, '--remote', couch.dbUrl(db)]);
    expect(p2.out).toContain('added: 0 (');
    expect(p2.out).toContain(`already there: ${data.claims.length}`);
    expect(await serverCount()).toBe(data.claims.length);

    const back = join(dir, 'back.jsonl');
    const pl = await run(['pull', '--remote', couch.dbUrl(db), '--out', back]);
    expect(pl.code).toBe(0);
    expect(pl.out).toMatch(new RegExp(`pulled ${data.claims.length} records .* ${data.claims.length} claims, 0 corrections`));
    const pulled = await parseDatasetText(readFileSync(back, 'utf8'));
    expect(pulled.claims.map((c) => c.id).sort()).toEqual(data.claims.map((c) => c.id).sort());

    const csv = join(dir, 'back.csv');
    await run(['pull', '--remote', couch.dbUrl(db), '--out', csv]);
    const rows = readFileSync(csv, 'utf8').trimEnd().split('\r\n');
    expect(rows[0]).toMatch(/^incident,incident_label,date,place/);
    expect(rows).toHaveLength(data.claims.length + 1);
  });

  it('a newer revision replaces the server’s, an older one is left out', async () => {
    const input = file('docs2.jsonl', docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
    const out = join(dir, 'v1.jsonl');
    await run(['extract', '--docs', input, '--out', out]);
    await run(['push', out, '--remote', couch.dbUrl(db)]);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    const rec = JSON.parse(lines[1]!);
    rec.rev += 1;
    rec.low = 25;
    rec.high = 25;
    const newer = file('v2.jsonl', [lines[0], JSON.stringify(rec)].join('\n'));
    const r2 = await run(['push', newer, '--remote', couch.dbUrl(db)]);
    expect(r2.out).toContain('updated to a newer revision: 1');
    const doc = (await (await fetch(`${couch.dbUrl(db)}/${encodeURIComponent(rec.id)}`)).json()) as { low: number; _rev: string };
    expect(doc.low).toBe(25);
    expect(doc._rev).toMatch(/^2-/);
    // Pushing the first file again: its revision is older, nothing changes.
    const r3 = await run(['push', out, '--remote', couch.dbUrl(db)]);
    expect(r3.out).toContain("left out, the server's revision is as new or newer: 1");
    expect(((await (await fetch(`${couch.dbUrl(db)}/${encodeURIComponent(rec.id)}`)).json()) as { low: number }).low).toBe(25);
  });

  it('refuses a malformed file whole, with line numbers, and uploads nothing', async () => {
    const input = file('docs3.jsonl', docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
    const out = join(dir, 'good.jsonl');
    await run(['extract', '--docs', input, '--out', out]);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    const bad = JSON.parse(lines[1]!);
    bad.outcome = 42;
    const path = file('bad.jsonl', [...lines, JSON.stringify(bad).replace(bad.id, bad.id + 'x'), lines[1]!.slice(0, 50)].join('\n') + '\n');
    const r = await run(['push', path, '--remote', couch.dbUrl(db)]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${path}:${lines.length + 1}: outcome: `);
    expect(r.err).toContain(`${path}:${lines.length + 2}: not valid JSON`);
    expect(r.err).toMatch(/was refused: 2 problems; nothing was uploaded/);
    expect(await serverCount()).toBe(0);
  });

  it('wrong credentials give a clear message; the URL or the environment give right ones', async () => {
    const input = file('docs4.jsonl', JSON.stringify(docs[0]) + '\n');
    const out = join(dir, 'one.jsonl');
    await run(['extract', '--docs', input, '--out', out]);
    const wrong = await run(['push', out, '--remote', secure.dbUrl('vault')], { COUNTERCHECK_USER: 'omar', COUNTERCHECK_PASSWORD: 'harbour' });
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/^countercheck: 127\.0\.0\.1:\d+ refused the user name or password for "omar" \(Name or password is incorrect\.\)/);
    const none = await run(['pull', '--remote', secure.dbUrl('vault'), '--out', join(dir, 'never.jsonl')]);
    expect(none.err).toMatch(/asks for a user name and password/);
    expect(existsSync(join(dir, 'never.jsonl'))).toBe(false);
    const ok = await run(['push', out, '--remote', secure.dbUrl('vault')], { COUNTERCHECK_USER: 'omar', COUNTERCHECK_PASSWORD: 'lighthouse' });
    expect(ok.code).toBe(0);
    const viaUrl = await run(['pull', '--remote', secure.dbUrl('vault', true), '--out', join(dir, 'vault.jsonl')]);
    expect(viaUrl.code).toBe(0);
    expect(viaUrl.out).toMatch(/pulled [1-9]\d* records/);
    const insecure = await run(['pull', '--remote', 'http://couch.example.org/team', '--out', join(dir, 'x.jsonl')]);
    expect(insecure.err).toMatch(/Use https:\/\/ for couch\.example\.org/);
  });

  it('explains its options', async () => {
    expect((await run(['push', '--help'])).out).toMatch(/^Usage: countercheck push FILE\.jsonl --remote URL/);
    expect((await run(['help', 'pull'])).out).toMatch(/^Usage: countercheck pull --remote URL --out FILE/);
    expect((await run(['extract', '--help'])).out).toContain('--out FILE');
    expect((await run(['push', 'x.jsonl'])).err).toMatch(/--remote URL is required/);
    expect((await run(['pull', '--remote', couch.dbUrl(db)])).err).toMatch(/--out FILE is required/);
  });
});
