import { parseArgs } from 'node:util';
import { datasetHeader } from '../dataset/format';
import { pullDataset } from '../sync/file-transfer';
import { PULL_HELP } from './dataset-help';
import { DatasetOutput } from './dataset-output';
import { UsageError } from './errors';
import { wantsHelp } from './input-args';
import type { CliIO } from './io';
import { asCliError, batchOf, clientOf, remoteOf } from './remote-args';
import { writeLines } from './write-output';

/** `countercheck pull --remote URL --out FILE`: the database's records into a file. */
export async function pullCommand(argv: string[], io: CliIO, generator: string): Promise<number> {
  if (wantsHelp(argv)) {
    await writeLines(io.stdout, [PULL_HELP.trimEnd()]);
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { remote: { type: 'string' }, out: { type: 'string', short: 'o' }, batch: { type: 'string' }, publisher: { type: 'string' } },
      allowPositionals: false,
      strict: true,
    });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]!, 'pull');
  }
  const { values } = parsed;
  const remote = remoteOf(values.remote, 'pull');
  if (!values.out) throw new UsageError('--out FILE is required (- for stdout)', 'pull');
  const batchSize = batchOf(values.batch, 'pull');
  const client = clientOf(remote);
  // Connect first: a wrong address or password is reported before any file is created.
  try {
    await client.info();
  } catch (e) {
    throw asCliError(e);
  }
  const out = new DatasetOutput(values.out, io, datasetHeader(generator), values.publisher);
  let r;
  try {
    r = await pullDataset(client, (records) => out.add(records), { batchSize });
    await out.close();
  } catch (e) {
    await out.abort();
    throw asCliError(e);
  }
  const lines = [
    `pulled ${r.claims + r.corrections + r.readings} records from ${remote.dbUrl} into ${values.out === '-' ? 'stdout' : values.out}: ${r.claims} claims, ${r.corrections} corrections, ${r.readings} reading records`,
  ];
  if (r.conflicted) lines.push(`  ${r.conflicted} with competing revisions on the server (the file has CouchDB's winning revision of each)`);
  if (r.invalid.length) lines.push(`  ${r.invalid.length} documents skipped: not valid dataset records (first: ${r.invalid[0]!.id}: ${r.invalid[0]!.issues[0]})`);
  // With --out - the data is on stdout; the counts go to stderr then.
  await writeLines(values.out === '-' ? io.stderr : io.stdout, lines);
  return 0;
}
