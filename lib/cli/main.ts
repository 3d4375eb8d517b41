import { CliError, EXIT_INPUT, UsageError, errorLine } from './errors';
import { extractClaims } from '../extract';
import { extractCommand } from './extract-command';
import type { Extractor } from './extract-document';
import { EXTRACT_HELP, MAIN_HELP, TEXT_HELP } from './help';
import { type CliIO, processIO } from './io';
import { textCommand } from './text-command';
import { PULL_HELP, PUSH_HELP } from './dataset-help';
import { extractDatasetCommand, wantsDatasetOut } from './extract-dataset-command';
import { wantsHelp } from './input-args';
import { pullCommand } from './pull-command';
import { pushCommand } from './push-command';
import { isBrokenPipe, writeLines } from './write-output';

// Replaced with package.json's version by scripts/build-cli.mjs; absent when run from source.
declare const COUNTERCHECK_VERSION: string | undefined;

/** The version printed by --version. */
export const VERSION = typeof COUNTERCHECK_VERSION === 'string' ? COUNTERCHECK_VERSION : '0.0.0-dev';

const COMMANDS: Record<string, (argv: string[], io: CliIO, engine: Extractor) => Promise<number>> = {
  extract: (argv, io, engine) =>
    wantsDatasetOut(argv) && !wantsHelp(argv) ? extractDatasetCommand(argv, io, engine, `countercheck ${VERSION}`) : extractCommand(argv, io, engine),
  text: textCommand,
  push: (argv, io) => pushCommand(argv, io),
  pull: (argv, io) => pullCommand(argv, io, `countercheck ${VERSION}`),
};

const COMMAND_HELP: Record<string, string> = { extract: EXTRACT_HELP, text: TEXT_HELP, push: PUSH_HELP, pull: PULL_HELP };

/**
 * Runs the command line `argv` (without node and the script) and resolves to the exit code.
 * Never throws: a user's mistake becomes one `countercheck: ...` line on stderr.
 */
export async function main(argv: string[], io: CliIO = processIO(), engine: Extractor = extractClaims): Promise<number> {
  // A reader that quits early (`| head`) makes later writes fail with EPIPE, possibly after we
  // return; without a listener Node would crash with a stack trace on that.
  io.stdout.on('error', () => {});
  try {
    return await dispatch(argv, io, engine);
  } catch (error) {
    if (isBrokenPipe(error)) return 0;
    io.stderr.write(`${errorLine(error)}\n`);
    if (process.env.COUNTERCHECK_DEBUG && error instanceof Error && !(error instanceof CliError)) {
      io.stderr.write(`${error.stack}\n`);
      if (error.cause instanceof Error) io.stderr.write(`caused by: ${error.cause.stack}\n`);
    }
    return error instanceof CliError ? error.exitCode : EXIT_INPUT;
  }
}

async function dispatch(argv: string[], io: CliIO, engine: Extractor): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr.write(MAIN_HELP);
    return 2;
  }
  if (first === '--help' || first === '-h') return print(io, MAIN_HELP);
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) return print(io, MAIN_HELP);
    const help = COMMAND_HELP[topic];
    if (!help) throw new UsageError(`no help for '${topic}': not a command`);
    return print(io, help);
  }
  if (first === '--version' || first === '-V') return print(io, `${VERSION}\n`);
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (command) return command(rest, io, engine);
  if (first.startsWith('-')) throw new UsageError(`unknown option '${first}' before the command`);
  throw new UsageError(`unknown command '${first}'`);
}

async function print(io: CliIO, text: string): Promise<number> {
  await writeLines(io.stdout, [text.trimEnd()]);
  return 0;
}
