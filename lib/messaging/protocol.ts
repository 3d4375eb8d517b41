/**
 * The messages between the content script, the background and the popup, as typed method maps
 * (after Hypothesis's port-rpc-calls): every method names its params and its result, and every
 * call answers with an RpcResult, so a caller handles failure as a value, not a lost promise.
 */
import type { Claim, Outcome } from '../extract/types';

/** The page's description, sent with its text. */
export interface DocInput {
  url: string;
  canonicalUrl: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  lang: string | null;
}

/** A claim as read on the page, with its stable store id. */
export type ReadClaim = Claim & { id: string };

export interface ReadParams {
  doc: DocInput;
  /** A piece of the page's article text. */
  text: string;
  /** Where the new text starts in `text`; what comes before is context only (for "he said" and datelines). */
  from: number;
}

export interface ReadResult {
  /** Claims starting at or after `from`; offsets into the `text` sent. */
  claims: ReadClaim[];
}

/** What a highlight knows about its claim once stored: the hover hint and the "contested" mark. */
export interface ClaimSummary {
  claimId: string;
  incidentId: string | null;
  /** Other sources giving a figure for the same incident and outcome. */
  otherSources: number;
  /** Their lowest and highest figures. */
  low: number | null;
  high: number | null;
  outcome: Outcome | null;
  denials: number;
  /** Another source's figure cannot be true together with this one, or a source denies the casualties. */
  contested: boolean;
}

/** One claim as the compare card shows it. */
export interface CardClaim {
  id: string;
  kind: 'figure' | 'denial';
  quote: string;
  numberText: string;
  low: number | null;
  high: number | null;
  approx: boolean;
  outcome: Outcome | null;
  victims: string | null;
  source: string | null;
  via: string | null;
  stance: 'asserted' | 'denied';
  /** Event date, else the article's date (YYYY-MM-DD), or null. */
  date: string | null;
  outlet: string | null;
  url: string | null;
  /** The article opened at the quote (a text-fragment URL), when its address is known. */
  quoteUrl: string | null;
  /** Other outlets that carried the same statement (wire copies). */
  alsoIn: Array<{ outlet: string | null; url: string | null }>;
}

export interface CardSource {
  /** Display name; null when an outlet speaks in its own voice. */
  name: string | null;
  outcome: Outcome;
  latest: CardClaim;
  /** Earlier figures from the same source, newest first. */
  earlier: CardClaim[];
  /** This source group holds the claim the card is for. */
  isThis: boolean;
}

export interface CardRange {
  outcome: Outcome;
  low: number | null;
  high: number | null;
  sources: number;
}

export interface CardView {
  claim: CardClaim;
  incident: { id: string; label: string; dateStart: string | null; dateEnd: string | null; reasons: string[] } | null;
  sources: CardSource[];
  denials: CardClaim[];
  ranges: CardRange[];
}

export type CorrectionRequest =
  | { kind: 'not-this-incident'; claimId: string }
  | { kind: 'wrong-number'; claimId: string; low: number | null; high: number | null }
  | { kind: 'hide'; claimId: string };

/** Methods the background serves. */
export interface BackgroundMethods {
  read(p: ReadParams): ReadResult;
  summaries(p: { claimIds: string[] }): ClaimSummary[];
  compare(p: { claimId: string }): CardView | null;
  correct(p: CorrectionRequest): CardView | null;
}

/** What the content script tells the popup about its page. */
export interface PageState {
  url: string;
  site: string;
  /** Highlighting is running on this page. */
  active: boolean;
  reason: 'paused' | 'site-off' | 'site-on' | 'article' | 'not-article' | 'everywhere';
  title: string | null;
  /** Claim ids highlighted on the page, in page order. */
  claimIds: string[];
  /** Highlights could not be shown (CSS Custom Highlight API missing); claims are still read. */
  highlightsSupported: boolean;
}

/** Methods a tab's content script serves (to the popup and the background's keyboard commands). */
export interface TabMethods {
  pageState(p: Record<string, never>): PageState;
  /** Moves the keyboard focus to the next (1) or previous (-1) highlighted claim; false when there is none. */
  focusClaim(p: { direction: 1 | -1 }): boolean;
}

export type ErrorCode = 'invalid-record' | 'storage-full' | 'unknown-claim' | 'no-receiver' | 'bad-request' | 'internal';

export interface RpcError {
  code: ErrorCode;
  /** A sentence that can be shown to the user. */
  message: string;
}

export type RpcResult<T> = { ok: true; value: T } | { ok: false; error: RpcError };

/** The envelope on the wire; `cc` tells our messages from other extensions' and from other features'. */
export interface RpcRequest {
  cc: 'countercheck/1';
  to: 'background' | 'tab';
  method: string;
  params: unknown;
}

/** Any method map (interfaces have no index signature, hence the mapped constraint). */
export type MethodMap<M> = { [K in keyof M]: (p: never) => unknown };
export type ParamsOf<M extends MethodMap<M>, K extends keyof M> = Parameters<M[K]>[0];
export type ResultOf<M extends MethodMap<M>, K extends keyof M> = ReturnType<M[K]>;
