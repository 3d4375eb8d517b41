import { parseArgs } from 'node:util';
import { UsageError } from './errors';
import type { InputFormat, MetaFlags } from './file-document';
import { isIsoDate } from './iso-date';

/** One input of a run, in command-line order. */
export type InputSpec = { kind: 'file'; path: string } | { kind: 'docs'; path: string };

export interface InputArgs {
  inputs: InputSpec[];
  flags: MetaFlags;
  format?: InputFormat;
}

const OPTIONS = {
  docs: { type: 'string', multiple: true },
  published: { type: 'string' },
  url: { type: 'string' },
  outlet: { type: 'string' },
  title: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Whether the arguments ask for help (before any "--", which ends the options). */
export function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** The inputs and metadata flags of `extract` and `text`; throws UsageError on a malformed line. */
export function parseInputArgs(argv: string[], command: string): InputArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError(parseArgsMessage(error), command);
  }
  const { values, tokens } = parsed;
  const inputs: InputSpec[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') inputs.push({ kind: 'file', path: token.value });
    else if (token.kind === 'option' && token.name === 'docs' && token.value !== undefined) {
      inputs.push({ kind: 'docs', path: token.value });
    }
  }
  if (inputs.length === 0) throw new UsageError('no input: give FILE... (or - for stdin) or --docs FILE.jsonl', command);
  if (inputs.filter((i) => i.path === '-').length > 1) throw new UsageError('stdin (-) can be read only once', command);
  for (const input of inputs) {
    if (input.path === '') throw new UsageError('an empty file name was given', command);
  }

  const flags: MetaFlags = {};
  for (const name of ['url', 'outlet', 'title', 'published'] as const) {
    const value = values[name];
    if (value === undefined) continue;
    if (!inputs.some((i) => i.kind === 'file')) {
      throw new UsageError(`--${name} applies to FILE arguments; each --docs line carries its own metadata`, command);
    }
    flags[name] = value;
  }
  if (values.published !== undefined && !isIsoDate(values.published)) {
    throw new UsageError(`--published must be a date like 2024-03-05 or an ISO timestamp, not '${values.published}'`, command);
  }

  const format = values.format;
  if (format !== undefined && format !== 'text' && format !== 'html') {
    throw new UsageError(`--format must be 'text' or 'html', not '${format}'`, command);
  }
  return { inputs, flags, format };
}

/** util.parseArgs's error as a short message without its long advice about "--". */
function parseArgsMessage(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const option = /'(-[^' ]*)/.exec(e.message ?? '')?.[1];
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option '${option ?? e.message}'`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (!option) return e.message;
      return /does not take/.test(e.message) ? `option '${option}' takes no value` : `option '${option}' needs a value`;
    default:
      return e.message ?? String(error);
  }
}
