import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CliError } from './errors';
import { decodeText, readInputBytes } from './read-input';

const dir = mkdtempSync(join(tmpdir(), 'countercheck-read-'));
const noStdin = Readable.from([]);

describe('decodeText', () => {
  it('decodes UTF-8 and drops a byte-order mark, so offsets count from the first real character', () => {
    expect(decodeText(Buffer.from('\uFEFFNine “dead”', 'utf8'), 'f')).toBe('Nine “dead”');
  });

  it('decodes UTF-16 files that carry a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Storm – day 2', 'utf16le')]);
    expect(decodeText(le, 'f')).toBe('Storm – day 2');
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'f')).toBe('Storm – day 2');
  });

  it('refuses binary data: NUL bytes', () => {
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x14, 0x00]);
    expect(() => decodeText(bytes, 'archive.zip')).toThrow(/archive\.zip looks like a binary file \(it contains NUL bytes\)/);
  });

  it('refuses bytes that are mostly invalid UTF-8', () => {
    const bytes = Buffer.alloc(4000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = 0x80 + ((i * 37) % 0x7f);
    expect(() => decodeText(bytes, 'noise.txt')).toThrow(/noise\.txt is not UTF-8 text \(\d+ invalid byte sequences\)/);
  });

  it('tolerates a few stray Latin-1 bytes in otherwise English text', () => {
    const bytes = Buffer.concat([Buffer.from('The caf'), Buffer.from([0xe9]), Buffer.from(' reopened on Monday. '.repeat(20))]);
    expect(decodeText(bytes, 'f')).toMatch(/^The caf\uFFFD reopened/);
  });
});

describe('readInputBytes', () => {
  it('reads a file and stdin', async () => {
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'Snow fell.');
    expect((await readInputBytes(path, noStdin)).toString()).toBe('Snow fell.');
    expect((await readInputBytes('-', Readable.from([Buffer.from('piped')]))).toString()).toBe('piped');
  });

  it('explains a missing file and a directory in one line', async () => {
    await expect(readInputBytes(join(dir, 'missing.txt'), noStdin)).rejects.toThrow(/missing\.txt: no such file$/);
    await expect(readInputBytes(dir, noStdin)).rejects.toThrow(CliError);
    await expect(readInputBytes(dir, noStdin)).rejects.toThrow(/is a directory, not a file$/);
  });

  it('refuses a file or a stream larger than the limit without reading it all', async () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, 'y'.repeat(5000));
    await expect(readInputBytes(path, noStdin, 4096)).rejects.toThrow(/big\.txt is larger than 4 KB/);
    let pulled = 0;
    const endless = Readable.from((function* () { for (;;) { pulled++; yield Buffer.alloc(1024, 0x41); } })());
    await expect(readInputBytes('-', endless, 64 * 1024)).rejects.toThrow(/stdin is larger than 64 KB/);
    expect(pulled).toBeLessThan(100);
  });
});
