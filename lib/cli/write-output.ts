/** Writes `lines` (each without its newline) to `out`, waiting for the reader when its buffer fills. */
export async function writeLines(out: NodeJS.WritableStream, lines: Iterable<string>): Promise<void> {
  await writeChunks(out, batches(lines));
}

/** Writes `text` exactly as it is. */
export async function writeText(out: NodeJS.WritableStream, text: string): Promise<void> {
  await writeChunks(out, [text]);
}

// Batching keeps a run with 100,000 claims from making 100,000 write calls.
function* batches(lines: Iterable<string>): Generator<string> {
  let batch = '';
  for (const line of lines) {
    batch += `${line}\n`;
    if (batch.length >= 64 * 1024) {
      yield batch;
      batch = '';
    }
  }
  if (batch) yield batch;
}

async function writeChunks(out: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  let failure: unknown = null;
  const onError = (error: unknown) => {
    failure ??= error;
  };
  out.on('error', onError);
  try {
    for (const chunk of chunks) if (chunk) await write(out, chunk, () => failure);
  } finally {
    out.off('error', onError);
  }
}

async function write(out: NodeJS.WritableStream, chunk: string, failure: () => unknown): Promise<void> {
  if (failure()) throw failure();
  const ok = out.write(chunk);
  if (ok) return;
  await new Promise<void>((resolve, reject) => {
    const done = () => {
      out.off('drain', done);
      out.off('error', done);
      out.off('close', done);
      const error = failure();
      if (error) reject(error);
      else resolve();
    };
    out.on('drain', done);
    out.on('error', done);
    // A reader that went away (`| head`) closes the stream without a drain.
    out.on('close', done);
  });
  if (failure()) throw failure();
}

/** Whether `error` means the reader of our output went away (`countercheck ... | head`). */
export function isBrokenPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'EPIPE';
}
