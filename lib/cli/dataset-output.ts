/**
 * Writing a dataset (JSON Lines), CSV or ClaimReview JSON-LD file for `extract --out` and `pull`:
 * the format follows the extension, and a file is written to a temporary name and renamed, so a
 * failure never leaves half a file under the real name.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { claimReviewDocument } from '../dataset/claim-review';
import { csvLines } from '../dataset/csv';
import type { ClaimRecord, DataRecord, DatasetHeader } from '../dataset/format';
import { CliError } from './errors';
import type { CliIO } from './io';

export type OutFormat = 'jsonl' | 'csv' | 'jsonld';

export function outFormatOf(path: string): OutFormat {
  const p = path.toLowerCase();
  return p.endsWith('.csv') ? 'csv' : p.endsWith('.jsonld') ? 'jsonld' : 'jsonl';
}

/** An output being written: records go in as they come (JSON Lines and CSV stream; JSON-LD waits for all). */
export class DatasetOutput {
  private readonly format: OutFormat;
  private readonly out: NodeJS.WritableStream;
  private readonly temp: string | null;
  private readonly claims: ClaimRecord[] = [];
  private failure: unknown = null;
  private started = false;

  constructor(
    readonly path: string,
    io: CliIO,
    private readonly header: DatasetHeader,
    private readonly publisher = 'Countercheck',
  ) {
    this.format = path === '-' ? 'jsonl' : outFormatOf(path);
    if (path === '-') {
      this.out = io.stdout;
      this.temp = null;
    } else {
      this.temp = `${path}.tmp-${process.pid}`;
      this.out = createWriteStream(this.temp, { encoding: 'utf8' });
    }
    this.out.on('error', (e) => (this.failure ??= e));
  }

  private async write(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.out.write(text)) await new Promise<void>((resolve) => this.out.once('drain', resolve));
  }

  /** Adds records (headers of JSON Lines and CSV are written before the first). */
  async add(records: readonly DataRecord[]): Promise<void> {
    if (!this.started) {
      this.started = true;
      if (this.format === 'jsonl') await this.write(JSON.stringify(this.header) + '\n');
      if (this.format === 'csv') await this.write([...csvLines([])][0]!);
    }
    const claims = records.filter((r): r is ClaimRecord => r.type === 'claim');
    if (this.format === 'jsonl') {
      let chunk = '';
      for (const r of records) chunk += JSON.stringify(r) + '\n';
      if (chunk) await this.write(chunk);
    } else if (this.format === 'csv') {
      const rows = [...csvLines(claims)].slice(1).join('');
      if (rows) await this.write(rows);
    } else this.claims.push(...claims);
  }

  /** Finishes the file and moves it into place. */
  async close(): Promise<void> {
    await this.add([]);
    if (this.format === 'jsonld') {
      const doc = claimReviewDocument(this.claims, { publisher: this.publisher, date: new Date().toISOString().slice(0, 10) });
      await this.write(JSON.stringify(doc, null, 1) + '\n');
    }
    if (this.temp) {
      await new Promise<void>((resolve, reject) => (this.out as NodeJS.WritableStream & { end(cb: () => void): void }).end(() => (this.failure ? reject(this.failure) : resolve())));
      try {
        await rename(this.temp, this.path);
      } catch (e) {
        throw new CliError(`could not write ${this.path}: ${(e as Error).message}`);
      }
    }
  }

  /** Removes the temporary file after a failure. */
  async abort(): Promise<void> {
    if (!this.temp) return;
    (this.out as NodeJS.WritableStream & { destroy?: () => void }).destroy?.();
    await rm(this.temp, { force: true });
  }
}
