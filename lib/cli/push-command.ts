import { createReadStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { DatasetError, readDataset, type ParsedDataset } from '../dataset/jsonl';
import { pushDataset } from '../sync/file-transfer';
import { PUSH_HELP } from './dataset-help';
import { CliError, UsageError } from './errors';
import { wantsHelp } from './input-args';
import type { CliIO } from './io';
import { fileError } from './read-input';
import { asCliError, batchOf, clientOf, remoteOf } from './remote-args';
import { writeLines } from './write-output';

/** Reads and checks a whole dataset file; each problem goes to stderr as FILE:LINE: message. */
export async function readDatasetFile(path: string, io: CliIO): Promise<ParsedDataset> {
  const name = path === '-' ? 'stdin' : path;
  let chunks: AsyncIterable<string>;
  if (path === '-') {
    io.stdin.setEncoding?.('utf8');
    chunks = io.stdin as AsyncIterable<string>;
  } else {
    const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
    // Opening errors (no such file) surface on the first read.
    chunks = stream;
  }
  try {
    return await readDataset(chunks, name);
  } catch (e) {
    if (e instanceof DatasetError) {
      await writeLines(io.stderr, e.problems.map((p) => `${name}:${p.line}: ${p.message}`));
      const more = e.total > e.problems.length ? ` (${e.problems.length} shown)` : '';
      throw new CliError(`${name} was refused: ${e.total} problem${e.total === 1 ? '' : 's'}${more}; nothing was uploaded`);
    }
    if ((e as NodeJS.ErrnoException)?.code) throw fileError(name, e);
    throw e;
  }
}

/** `countercheck push FILE --remote URL`: validates the whole file, then uploads it. */
export async function pushCommand(argv: string[], io: CliIO): Promise<number> {
  if (wantsHelp(argv)) {
    await writeLines(io.stdout, [PUSH_HELP.trimEnd()]);
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { remote: { type: 'string' }, batch: { type: 'string' }, create: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]!, 'push');
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'give one dataset file' : 'no dataset file: give FILE.jsonl (or - for stdin)', 'push');
  const file = positionals[0]!;
  const remote = remoteOf(values.remote, 'push');
  const batchSize = batchOf(values.batch, 'push');

  // The whole file is checked before the server is contacted: a bad file uploads nothing.
  const data = await readDatasetFile(file, io);
  const client = clientOf(remote);
  try {
    if (values.create) await client.ensureDb();
    else await client.info();
    const r = await pushDataset(client, data, { batchSize });
    const added = r.added.claims + r.added.corrections + r.added.readings;
    const lines = [
      `pushed ${file === '-' ? 'stdin' : file} to ${remote.dbUrl}: ${r.records} record${r.records === 1 ? '' : 's'}`,
      `  added: ${added} (${r.added.claims} claims, ${r.added.corrections} corrections, ${r.added.readings} reading records)`,
      `  updated to a newer revision: ${r.updated}`,
      `  already there: ${r.alreadyThere}`,
      `  left out, the server's revision is as new or newer: ${r.serverNewer}`,
    ];
    if (r.rejected.length) lines.push(`  refused by the server: ${r.rejected.length}`);
    await writeLines(io.stdout, lines);
    if (r.rejected.length) {
      await writeLines(io.stderr, r.rejected.slice(0, 50).map((x) => `countercheck: the server refused ${x.id}: ${x.reason}`));
      return 1;
    }
    return 0;
  } catch (e) {
    throw asCliError(e);
  }
}
