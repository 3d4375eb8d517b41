import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readDocsJsonl, parseDocLine } from './docs-jsonl';
import { CliError } from './errors';

const dir = mkdtempSync(join(tmpdir(), 'countercheck-docs-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const collect = async (path: string, stdin: NodeJS.ReadableStream = Readable.from([]), maxBytes?: number) => {
  const docs = [];
  for await (const doc of readDocsJsonl(path, stdin, maxBytes)) docs.push(doc);
  return docs;
};
const line = (doc: object) => JSON.stringify(doc);

describe('parseDocLine', () => {
  it('reads the corpus format, with metadata, ignoring other fields', () => {
    const doc = parseDocLine(
      line({ id: 'n1', url: 'https://news.test/1', outlet: 'News Test', published: '2030-01-09', title: 'T', lang: 'en', text: 'Body.' }),
      'f:1',
    );
    expect(doc).toEqual({
      id: 'n1',
      text: 'Body.',
      meta: { id: 'n1', url: 'https://news.test/1', outlet: 'News Test', published: '2030-01-09', title: 'T' },
      origin: 'f:1',
    });
  });

  it('accepts null metadata, a numeric id and an empty text; skips blank lines', () => {
    expect(parseDocLine(line({ id: 7, published: null, url: null, text: '' }), 'f:1')).toEqual({
      id: '7',
      text: '',
      meta: { id: '7', published: null },
      origin: 'f:1',
    });
    expect(parseDocLine('   ', 'f:2')).toBeNull();
  });

  it.each([
    ['{"id": "a", "text": ', /^f:3: not valid JSON \(/],
    ['[1, 2]', /^f:3: expected a JSON object/],
    ['"just a string"', /^f:3: expected a JSON object/],
    [line({ text: 'no id' }), /^f:3: the document has no "id"/],
    [line({ id: '', text: 'x' }), /^f:3: the document has no "id"/],
    [line({ id: 'a' }), /^f:3: document "a" has no "text"/],
    [line({ id: 'a', text: null }), /^f:3: document "a" has no "text"/],
    [line({ id: 'a', text: 'x', published: 'last Tuesday' }), /^f:3: document "a": "published" must be YYYY-MM-DD/],
    [line({ id: 'a', text: 'x', published: '2030-02-30' }), /"published" must be/],
    [line({ id: 'a', text: 'x', url: 5 }), /^f:3: document "a": "url" must be a string or null/],
  ])('refuses %s with a message naming the line', (input, message) => {
    expect(() => parseDocLine(input, 'f:3')).toThrow(CliError);
    expect(() => parseDocLine(input, 'f:3')).toThrow(message);
  });

  it('keeps a JSON error short when the line is megabytes of garbage', () => {
    const garbage = `{"id": "big", "text": "${'x'.repeat(1_000_000)}`;
    try {
      parseDocLine(garbage, 'f:1');
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message.length).toBeLessThan(200);
    }
  });
});

describe('readDocsJsonl', () => {
  it('streams the documents of a file in order, tolerating CRLF, a BOM and blank lines', async () => {
    const path = file('ok.jsonl', `\uFEFF${line({ id: 'a', text: 'one' })}\r\n\r\n${line({ id: 'b', text: 'two' })}\n`);
    expect((await collect(path)).map((d) => [d.id, d.text])).toEqual([['a', 'one'], ['b', 'two']]);
  });

  it('reads stdin for "-"', async () => {
    const docs = await collect('-', Readable.from([Buffer.from(`${line({ id: 's', text: 'from stdin' })}\n`)]));
    expect(docs.map((d) => d.text)).toEqual(['from stdin']);
  });

  it('names the line of the first bad document', async () => {
    const path = file('bad.jsonl', `${line({ id: 'a', text: 'one' })}\n\n{oops}\n`);
    await expect(collect(path)).rejects.toThrow(/^.*bad\.jsonl:3: not valid JSON/);
  });

  it('refuses a missing file, a directory and a file over the size limit', async () => {
    await expect(collect(join(dir, 'absent.jsonl'))).rejects.toThrow(/absent\.jsonl: no such file/);
    await expect(collect(dir)).rejects.toThrow(/is a directory/);
    await expect(collect(file('big.jsonl', 'x'.repeat(2000)), undefined, 1000)).rejects.toThrow(/larger than/);
  });

  it('turns a read error into a one-line error instead of an unhandled stream error', async () => {
    const failing = new Readable({ read() {} });
    failing.push(`${line({ id: 'a', text: 'one' })}\n`);
    setTimeout(() => failing.destroy(Object.assign(new Error('i/o error'), { code: 'EIO' })), 5);
    await expect(collect('-', failing)).rejects.toThrow(/^cannot read stdin: i\/o error$/);
  });

  it('stops a stream that passes the size limit', async () => {
    const endless = Readable.from((function* () { for (;;) yield Buffer.alloc(64 * 1024, 0x61); })());
    await expect(collect('-', endless, 1024 * 1024)).rejects.toThrow(/stdin is larger than/);
  });
});
