import { createReadStream, promises as fs } from 'node:fs';
import { CliError } from './errors';

/**
 * Inputs are read whole, so their size bounds the CLI's memory: a few times this many bytes for
 * text, and about 25 times the size of an HTML page once its DOM is built (hence the lower limit).
 */
export const MAX_TEXT_BYTES = 64 * 1024 * 1024;
export const MAX_HTML_BYTES = 24 * 1024 * 1024;

/** A binary file decodes to many U+FFFD; a stray Latin-1 byte or two in an article is tolerated. */
const MAX_INVALID_RATIO = 0.01;
const MAX_INVALID_ALWAYS_OK = 16;

/** The bytes of a file, or of stdin for "-", refusing directories and anything over `maxBytes`. */
export async function readInputBytes(
  path: string,
  stdin: NodeJS.ReadableStream,
  maxBytes: number = MAX_TEXT_BYTES,
): Promise<Buffer> {
  if (path === '-') return readStream(stdin, 'stdin', maxBytes);
  await checkInputFile(path, maxBytes, tooLarge);
  // Not only regular files: named pipes and /dev/stdin work too, with the size checked as read.
  return readStream(createReadStream(path), path, maxBytes);
}

/**
 * Fails with a one-line error unless `path` can be read as input: it exists, is not a directory,
 * and, if a regular file, is at most `maxBytes` (`tooBig` words that error for the command).
 */
export async function checkInputFile(
  path: string,
  maxBytes: number,
  tooBig: (name: string, maxBytes: number) => CliError,
): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (error) {
    throw fileError(path, error);
  }
  if (stat.isDirectory()) throw new CliError(`${path} is a directory, not a file`);
  if (stat.isFile() && stat.size > maxBytes) throw tooBig(path, maxBytes);
}

/** Whole stream into one buffer, failing as soon as it passes `maxBytes`. */
export async function readStream(stream: NodeJS.ReadableStream, name: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += bytes.length;
      if (size > maxBytes) {
        // Stop reading instead of draining the rest of a possibly endless stream.
        (stream as { destroy?: () => void }).destroy?.();
        throw tooLarge(name, maxBytes);
      }
      chunks.push(bytes);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw fileError(name, error);
  }
  return Buffer.concat(chunks, size);
}

/**
 * Text from bytes: UTF-8 (a leading byte-order mark dropped) or UTF-16 with a byte-order mark.
 * Offsets in the output are indices into this string. Binary data is refused with a message
 * instead of being fed to the extractor as millions of replacement characters.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.indexOf(0) >= 0) {
    throw new CliError(`${name} looks like a binary file (it contains NUL bytes); expected UTF-8 text or HTML`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    let invalid = 0;
    for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) invalid++;
    if (invalid > MAX_INVALID_ALWAYS_OK && invalid > text.length * MAX_INVALID_RATIO) {
      throw new CliError(`${name} is not UTF-8 text (${invalid} invalid byte sequences); convert it to UTF-8 first`);
    }
    return text;
  }
}

function tooLarge(name: string, maxBytes: number): CliError {
  return new CliError(`${name} is larger than ${sizeLabel(maxBytes)}, the most this command reads at once`);
}

/** "64 MB", "512 KB": a byte count for messages. */
export function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** A one-line message for an operating-system error on `path`. */
export function fileError(path: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return new CliError(`${path}: no such file`);
    case 'EACCES':
    case 'EPERM':
      return new CliError(`${path}: permission denied`);
    case 'EISDIR':
      return new CliError(`${path} is a directory, not a file`);
    case 'ENOTDIR':
      return new CliError(`${path}: a part of the path is not a directory`);
    default:
      return new CliError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
