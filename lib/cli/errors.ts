/** Exit codes: 1 for bad input (a file, a line of --docs), 2 for a malformed command line. */
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

/**
 * A mistake the user can fix. The CLI prints its message as one line, `countercheck: <message>`,
 * and exits with `exitCode`; anything else thrown is a bug and is reported as an internal error.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_INPUT,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A malformed command line; the message points to --help. */
export class UsageError extends CliError {
  constructor(message: string, command?: string) {
    super(`${message} (see 'countercheck ${command ? `${command} ` : ''}--help')`, EXIT_USAGE);
    this.name = 'UsageError';
  }
}

/** The one line printed for any error, with newlines flattened so it stays one line. */
export function errorLine(error: unknown): string {
  const message =
    error instanceof CliError
      ? error.message
      : `internal error: ${error instanceof Error ? error.message : String(error)} (set COUNTERCHECK_DEBUG=1 for the stack)`;
  return `countercheck: ${message.replace(/\s*\n\s*/g, ' ')}`;
}
