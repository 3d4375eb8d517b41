import { readDocuments } from './documents';
import { UsageError } from './errors';
import { TEXT_HELP } from './help';
import { parseInputArgs, wantsHelp } from './input-args';
import type { CliIO } from './io';
import { writeLines, writeText } from './write-output';

/** `countercheck text FILE`: the document text that extract's offsets index into. */
export async function textCommand(argv: string[], io: CliIO): Promise<number> {
  if (wantsHelp(argv)) {
    await writeLines(io.stdout, [TEXT_HELP.trimEnd()]);
    return 0;
  }
  const args = parseInputArgs(argv, 'text');
  const [input, ...rest] = args.inputs;
  if (!input || rest.length > 0 || input.kind !== 'file') throw new UsageError('text takes exactly one FILE', 'text');
  for await (const doc of readDocuments(args, io.stdin)) {
    // Written as is (no trailing newline added) so that offsets count from this output's start.
    await writeText(io.stdout, doc.text);
  }
  return 0;
}
