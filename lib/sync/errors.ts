/** Why a sync (or push, or pull) stopped, with a sentence for the user. */
export type SyncErrorKind =
  | 'bad-url'
  | 'insecure'
  /** 401: wrong or missing user name or password, or an expired session. */
  | 'auth'
  /** 403: signed in, but not allowed to read or write this database. */
  | 'forbidden'
  | 'not-found'
  | 'network'
  | 'timeout'
  | 'http'
  /** The server answered something that is not CouchDB's protocol. */
  | 'protocol';

/** A failure the user can act on; `message` is the sentence to show. */
export class SyncError extends Error {
  override readonly name = 'SyncError';
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
