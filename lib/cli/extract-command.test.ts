import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Claim, DocMeta } from '../extract';
import { extractCommand } from './extract-command';
import type { Extractor } from './extract-document';
import type { CliIO } from './io';
import { main } from './main';
import { WINDOW_CHARS } from './text-windows';

const dir = mkdtempSync(join(tmpdir(), 'countercheck-extract-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** In-memory streams; `out()` and `err()` give what was written. */
function memoryIO(stdin = ''): CliIO & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  return { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr, out: () => out, err: () => err };
}

/**
 * A stand-in engine, so these tests pin the CLI's plumbing (ids, offsets, windows, metadata)
 * whatever the real engine finds: a figure for every "<word> were killed", offsets into `text`.
 */
const seenMeta: DocMeta[] = [];
const fakeEngine: Extractor = (text, meta) => {
  seenMeta.push(meta);
  return [...text.matchAll(/(\w+) were killed/g)].map((m): Claim => ({
    doc: 'set-by-engine',
    kind: 'figure',
    quote: m[0],
    quoteStart: m.index,
    quoteEnd: m.index + m[0].length,
    numberText: m[1]!,
    numberStart: m.index,
    numberEnd: m.index + m[1]!.length,
    low: 2,
    high: 2,
    approx: false,
    outcome: 'killed',
    victims: null,
    source: null,
    via: null,
    stance: 'asserted',
    place: null,
    date: null,
    eventType: null,
  }));
};

async function extract(argv: string[], stdin = '') {
  const io = memoryIO(stdin);
  seenMeta.length = 0;
  const code = await extractCommand(argv, io, fakeEngine);
  return { code, lines: io.out().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Claim), meta: [...seenMeta] };
}

describe('extract (plumbing, with a stand-in engine)', () => {
  it('names claims after the file as given, --docs ids and "stdin", in command-line order', async () => {
    const txt = file('report.txt', 'Two were killed.');
    const docs = file('docs.jsonl', `${JSON.stringify({ id: 'wire-9', text: 'Five were killed.' })}\n`);
    const { code, lines } = await extract([txt, '--docs', docs, '-'], 'Six were killed.');
    expect(code).toBe(0);
    expect(lines.map((c) => [c.doc, c.numberText])).toEqual([[txt, 'Two'], ['wire-9', 'Five'], ['stdin', 'Six']]);
  });

  it('gives offsets into the text of each document, for HTML the article text', async () => {
    const html = file('page.html', '<html><body><nav>Ten were killed in the menu</nav><p>Calm day.</p><p>Then three were killed.</p></body></html>');
    const { lines } = await extract([html]);
    expect(lines).toHaveLength(1);
    const text = 'Calm day.\n\nThen three were killed.';
    expect(text.slice(lines[0]!.quoteStart, lines[0]!.quoteEnd)).toBe('three were killed');
    expect(text.slice(lines[0]!.numberStart, lines[0]!.numberEnd)).toBe('three');
  });

  it('shifts offsets back into place when a long document is read in windows', async () => {
    const paragraph = 'Traffic was slow on the ring road again this morning, drivers said. ';
    let text = '';
    for (let i = 0; text.length < 3 * WINDOW_CHARS; i++) text += i % 400 === 0 ? `Then w${i} were killed.\n\n` : `${paragraph}\n\n`;
    const { lines, meta } = await extract([file('long.txt', text)]);
    expect(meta.length).toBeGreaterThan(2);
    expect(lines.length).toBe(text.match(/were killed/g)!.length);
    for (const claim of lines) {
      expect(text.slice(claim.quoteStart, claim.quoteEnd)).toBe(claim.quote);
      expect(text.slice(claim.numberStart, claim.numberEnd)).toBe(claim.numberText);
    }
  });

  it('passes metadata to the engine: flags over the page head, --docs fields per document', async () => {
    const html = file(
      'meta.html',
      '<html><head><title>Head title</title><meta property="article:published_time" content="2030-04-01"></head><body><p>x</p></body></html>',
    );
    const flagged = await extract([html, '--published', '2030-04-02', '--outlet', 'Valley Post']);
    expect(flagged.meta[0]).toEqual({ id: html, title: 'Head title', published: '2030-04-02', outlet: 'Valley Post' });
    const docs = file('m.jsonl', JSON.stringify({ id: 'd', url: 'https://v.test/d', published: '2030-05-06', text: 'x' }));
    expect((await extract(['--docs', docs])).meta[0]).toEqual({ id: 'd', url: 'https://v.test/d', published: '2030-05-06' });
  });

  it('refuses a document id used twice in a run, naming both places', async () => {
    const a = file('a.jsonl', [JSON.stringify({ id: 'x', text: '' }), JSON.stringify({ id: 'y', text: '' })].join('\n'));
    const b = file('b.jsonl', `\n${JSON.stringify({ id: 'y', text: '' })}`);
    await expect(extract(['--docs', a, '--docs', b])).rejects.toThrow(`${b}:2: duplicate document id "y" (first at ${a}:2)`);
    const txt = file('twice.txt', 'x');
    await expect(extract([txt, txt])).rejects.toThrow(`${txt}: duplicate document id`);
  });

  it('prints nothing and exits 0 for an empty file', async () => {
    const { code, lines } = await extract([file('empty.txt', '')]);
    expect(code).toBe(0);
    expect(lines).toEqual([]);
  });

  it('prints nothing at all when a later input fails', async () => {
    const io = memoryIO();
    const good = file('good.txt', 'Two were killed.');
    await expect(extractCommand([good, join(dir, 'absent.txt')], io, fakeEngine)).rejects.toThrow(/absent\.txt: no such file/);
    expect(io.out()).toBe('');
  });
});

describe('main', () => {
  async function run(argv: string[], stdin = '') {
    const io = memoryIO(stdin);
    const code = await main(argv, io);
    return { code, out: io.out(), err: io.err() };
  }

  it.each([
    [['extract', '--frobnicate', 'a.txt'], 2, "countercheck: unknown option '--frobnicate' (see 'countercheck extract --help')"],
    [['extract'], 2, 'countercheck: no input: give FILE... (or - for stdin) or --docs FILE.jsonl'],
    [['extract', '--published'], 2, "countercheck: option '--published' needs a value"],
    [['extract', 'a.txt', '--published', 'Tuesday'], 2, "countercheck: --published must be a date like 2024-03-05"],
    [['extract', '--docs', 'd.jsonl', '--url', 'https://x.test'], 2, 'countercheck: --url applies to FILE arguments'],
    [['extract', '--format', 'pdf', 'a'], 2, "countercheck: --format must be 'text' or 'html'"],
    [['extract', '-', '-'], 2, 'countercheck: stdin (-) can be read only once'],
    [['text', 'a.txt', 'b.txt'], 2, 'countercheck: text takes exactly one FILE'],
    [['frobnicate'], 2, "countercheck: unknown command 'frobnicate'"],
    [['--frobnicate'], 2, "countercheck: unknown option '--frobnicate' before the command"],
    [['extract', '/nonexistent/a.txt'], 1, 'countercheck: /nonexistent/a.txt: no such file'],
    [['extract', 'corpus.jsonl'], 1, 'countercheck: corpus.jsonl looks like JSON Lines: pass it as --docs corpus.jsonl'],
  ])('%j fails with one line on stderr', async (argv, code, message) => {
    const result = await run(argv);
    expect(result.code).toBe(code);
    expect(result.out).toBe('');
    expect(result.err.startsWith(message)).toBe(true);
    expect(result.err.trimEnd().split('\n')).toHaveLength(1);
  });

  it('prints help on stdout for --help, -h and help COMMAND; usage on stderr with no arguments', async () => {
    expect((await run(['--help'])).out).toMatch(/^Usage: countercheck <command>/);
    expect((await run(['extract', '--help'])).out).toMatch(/^Usage: countercheck extract/);
    expect((await run(['extract', 'nope.txt', '-h'])).out).toMatch(/^Usage: countercheck extract/);
    expect((await run(['help', 'text'])).out).toMatch(/^Usage: countercheck text/);
    const bare = await run([]);
    expect([bare.code, bare.out]).toEqual([2, '']);
    expect(bare.err).toMatch(/^Usage: countercheck/);
  });

  it('prints the document text with `text`, exactly as extract indexes it', async () => {
    const result = await run(['text', '--format', 'html', '-'], '<p>One.</p><aside>Ad</aside><p>Two.</p>');
    expect(result).toEqual({ code: 0, out: 'One.\n\nTwo.', err: '' });
  });

  it('reports an engine crash as one internal-error line naming the document, not a stack trace', async () => {
    const io = memoryIO();
    const path = file('crash.txt', 'text');
    const crashing: Extractor = () => {
      throw new TypeError('cannot read properties of undefined');
    };
    expect(await main(['extract', path], io, crashing)).toBe(1);
    expect(io.err()).toBe(
      `countercheck: internal error: the extractor failed on ${path}: cannot read properties of undefined (set COUNTERCHECK_DEBUG=1 for the stack)\n`,
    );
  });
});
