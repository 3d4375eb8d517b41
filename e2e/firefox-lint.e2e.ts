/** `web-ext lint` on the Firefox build: no errors, warnings or notices. */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

describe('web-ext lint', () => {
  it('finds nothing in the Firefox build', async () => {
    const bin = resolve(import.meta.dirname, '../node_modules/.bin/web-ext');
    const { stdout } = await promisify(execFile)(bin, ['lint', '--source-dir', resolve(import.meta.dirname, '../.output/firefox-mv2'), '--output', 'json', '--no-config-discovery'], {
      maxBuffer: 16 * 1024 * 1024,
    });
    const report = JSON.parse(stdout) as { count: number; errors: unknown[]; warnings: unknown[]; notices: unknown[] };
    expect({ errors: report.errors, warnings: report.warnings, notices: report.notices }).toEqual({ errors: [], warnings: [], notices: [] });
  });
});
