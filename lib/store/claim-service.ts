/**
 * The background's side of the content script's messages: reads page text (extraction runs here,
 * off the page's main thread), stores what it read, and answers the hint, card and correction
 * requests. Ingests run one after another (a queue) so a summary asked for after a read sees it.
 */
import * as v from 'valibot';
import { extractClaims } from '../extract';
import type { Claim } from '../extract/types';
import type { PlaceResolver } from '../incidents/features';
import type { BackgroundMethods, CardView, ClaimSummary, CorrectionRequest, ReadParams, ReadResult, RpcError } from '../messaging/protocol';
import type { Handlers } from '../messaging/rpc';
import { RpcFailure } from '../messaging/rpc';
import { hideClaim } from '../page/site-settings';
import { cardView, claimSummary } from './card-view';
import { compareClaim } from './compare';
import { Corrections } from './corrections';
import type { CountercheckDB } from './db';
import { InvalidRecordError, StorageFullError, UnknownClaimError } from './errors';
import { correctFigure } from './figure-fix';
import { claimIds, documentKey } from './ids';
import { ClaimIngest } from './ingest';
import { rederiveIfStale } from './rederive';
import { ClaimSchema } from './validate';

// A message is one piece of a page; the content script cuts pages into pieces far below this.
const MAX_TEXT = 1_000_000;

export interface ClaimServiceOptions {
  db: CountercheckDB;
  /** The gazetteer, loaded on first use (it is large; a service worker restarts often). */
  places: () => Promise<PlaceResolver>;
  clock?: () => number;
  /** Where ingest failures go (the page has its highlights already; the store is best effort). */
  onError?: (e: unknown) => void;
}

/** Maps store errors to coded RPC errors with a sentence for the user. */
export function describeStoreError(e: unknown): RpcError | null {
  if (e instanceof StorageFullError) return { code: 'storage-full', message: e.userMessage };
  if (e instanceof InvalidRecordError) return { code: 'invalid-record', message: e.message };
  if (e instanceof UnknownClaimError) return { code: 'unknown-claim', message: 'This claim is no longer stored (was the data cleared?).' };
  return null;
}

export class ClaimService {
  private queue: Promise<unknown> = Promise.resolve();
  private ingest: Promise<ClaimIngest> | null = null;
  private readonly clock: () => number;

  constructor(private readonly o: ClaimServiceOptions) {
    this.clock = o.clock ?? Date.now;
  }

  private ingester(): Promise<ClaimIngest> {
    this.ingest ??= this.o.places().then(async (p) => {
      // Rows an older build derived are derived again first (once per version), so that the
      // claims read now meet them under the same places, source keys and incidents. A failure
      // leaves them as they were, to be tried again when the service next starts.
      await rederiveIfStale(this.o.db, p, this.clock).catch((e) => this.o.onError?.(e));
      return new ClaimIngest(this.o.db, p, this.clock);
    });
    // A failed load is retried on the next read rather than remembered forever.
    this.ingest.catch(() => (this.ingest = null));
    return this.ingest;
  }

  /** Runs `task` after every earlier queued task; a failure doesn't stop the queue. */
  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  read(p: ReadParams): ReadResult {
    if (typeof p?.text !== 'string' || typeof p.from !== 'number' || !p.doc?.url) throw new RpcFailure('bad-request', 'read needs doc.url, text and from');
    if (p.text.length > MAX_TEXT) throw new RpcFailure('bad-request', `text longer than ${MAX_TEXT} characters`);
    const doc = { url: p.doc.url, canonicalUrl: p.doc.canonicalUrl, outlet: p.doc.outlet, title: p.doc.title, published: p.doc.published, lang: p.doc.lang };
    const all = extractClaims(p.text, { id: p.doc.canonicalUrl ?? p.doc.url, url: p.doc.url, outlet: p.doc.outlet ?? undefined, published: p.doc.published, title: p.doc.title ?? undefined });
    // Claims in the context part belong to the previous piece; invalid ones (the engine's rare misses) are dropped, not fatal.
    const claims: Claim[] = all.filter((c) => c.quoteStart >= p.from && v.is(ClaimSchema, c));
    const ids = claimIds(documentKey(doc), claims);
    if (claims.length) {
      void this.enqueue(async () => (await this.ingester()).ingest({ doc, text: p.text, claims })).catch((e) => this.o.onError?.(e));
    }
    return { claims: claims.map((c, i) => ({ ...c, id: ids[i]! })) };
  }

  /** Summaries of stored claims (those not stored, e.g. after a failed ingest, are left out). */
  async summaries(p: { claimIds: string[] }): Promise<ClaimSummary[]> {
    await this.queue;
    const out: ClaimSummary[] = [];
    // One compare query per incident, then one summary per claim.
    const rows = await this.o.db.claims.bulkGet(p.claimIds);
    const seen = new Map<string, Awaited<ReturnType<typeof compareClaim>>>();
    for (const row of rows) {
      if (!row) continue;
      const key = row.incidentId ?? row.id;
      if (!seen.has(key)) seen.set(key, await compareClaim(this.o.db, row.id));
      const view = seen.get(key);
      if (view) out.push(claimSummary({ ...view, claim: row }));
    }
    return out;
  }

  async compare(p: { claimId: string }): Promise<CardView | null> {
    await this.queue;
    const view = await compareClaim(this.o.db, p.claimId);
    return view && cardView(view);
  }

  async correct(p: CorrectionRequest): Promise<CardView | null> {
    await this.queue;
    if (p.kind === 'hide') {
      await hideClaim(p.claimId);
    } else if (p.kind === 'not-this-incident') {
      await new Corrections(this.o.db, this.clock).move([p.claimId], null);
    } else if (p.kind === 'wrong-number') {
      try {
        await correctFigure(this.o.db, p.claimId, p.low, p.high, this.clock());
      } catch (e) {
        if (e instanceof RangeError) throw new RpcFailure('bad-request', e.message);
        throw e;
      }
    } else throw new RpcFailure('bad-request', 'unknown correction');
    return this.compare({ claimId: p.claimId });
  }

  /** The handlers to serve. */
  handlers(): Handlers<BackgroundMethods> {
    return {
      read: (p) => this.read(p),
      summaries: (p) => this.summaries(p),
      compare: (p) => this.compare(p),
      correct: (p) => this.correct(p),
    };
  }
}
