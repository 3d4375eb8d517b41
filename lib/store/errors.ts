/**
 * Errors a user interface can show. Everything else the store throws is a bug.
 */

/** A record was refused before anything was written. */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
  constructor(
    /** Which record: "document", "claim 3". */
    readonly record: string,
    /** Each problem as "path: message". */
    readonly issues: string[],
  ) {
    super(`Refused ${record}: ${issues.join('; ')}`);
  }
}

/** The browser refused to store more: nothing of the write was kept. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  /** A sentence for the user. */
  readonly userMessage =
    'Countercheck could not save claims: the browser says its storage for the extension is full. ' +
    'Free space on the disk or clear old claims in the options page; nothing was half-saved.';
  constructor(override readonly cause: unknown) {
    super('Storage quota exceeded');
  }
}

/** An id a correction names does not exist. */
export class UnknownClaimError extends Error {
  override readonly name = 'UnknownClaimError';
  constructor(readonly claimId: string) {
    super(`No stored claim with id ${claimId}`);
  }
}

function isQuotaError(e: unknown): boolean {
  for (let x = e as { name?: string; inner?: unknown } | undefined, depth = 0; x && depth < 4; depth++) {
    if (x.name === 'QuotaExceededError') return true;
    x = x.inner as typeof x;
  }
  return false;
}

/** Runs a write and turns a quota failure (Dexie wraps it as AbortError with an inner error) into StorageFullError. */
export async function quotaSafe<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isQuotaError(e)) throw new StorageFullError(e);
    throw e;
  }
}
