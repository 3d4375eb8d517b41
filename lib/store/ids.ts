/**
 * Stable, content-derived ids: the same page read by two team members gives the same document and
 * claim ids, so their datasets merge record by record.
 */
import type { Claim } from '../extract/types';
import { stableId } from '../incidents/stable-id';

const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|at_medium|at_campaign)$/i;

/** A URL without what varies between visits of one page: fragment, tracking parameters, case of the host. */
export function normalizeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
    u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
    let s = u.toString();
    if (u.pathname.length > 1 && s.endsWith('/')) s = s.slice(0, -1);
    return s.replace(/^http:/, 'https:');
  } catch {
    return url.trim();
  }
}

/** The key a document is known by: its canonical URL, else its URL, else the caller's id. */
export function documentKey(d: { canonicalUrl?: string | null; url?: string | null; id?: string | null }): string {
  const url = d.canonicalUrl || d.url;
  return url ? normalizeUrl(url) : 'id:' + (d.id ?? '');
}

export function documentId(key: string): string {
  return 'd_' + stableId(key);
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Claim ids for one document's claims: document, kind, quote, number phrase and its place in the
 * quote, and which repetition of that same claim it is (a sentence repeated on a page).
 */
export function claimIds(docKey: string, claims: readonly Claim[]): string[] {
  const seen = new Map<string, number>();
  return claims.map((c) => {
    const base = [docKey, c.kind, squash(c.quote), c.numberText, c.numberStart - c.quoteStart].join('\u0001');
    const k = seen.get(base) ?? 0;
    seen.set(base, k + 1);
    return 'c_' + stableId(base + '\u0001' + k);
  });
}

/**
 * Same source, same words, same figure → same statement: a wire story republished by several
 * outlets. Short quotes in an outlet's own voice ("two people were killed") are too common to
 * prove copying, so they stay their document's own statement.
 */
export function statementKey(docKey: string, c: Claim, sourceKey: string | null): string {
  const words = statementWords(c);
  return 'w_' + stableId([isShared(words, sourceKey) ? '' : docKey, sourceKey ?? '-', c.kind, c.outcome, c.low, c.high, words].join('\u0001'));
}

/**
 * Whether another document can carry the same statement (a wire copy): only then is its key worth
 * looking up; the key of a short own-voice quote names its document.
 */
export function sharedStatement(c: Pick<Claim, 'quote'>, sourceKey: string | null): boolean {
  return isShared(statementWords(c), sourceKey);
}

const statementWords = (c: Pick<Claim, 'quote'>) => squash(c.quote).toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
const isShared = (words: string, sourceKey: string | null) => !!sourceKey || words.split(' ').length >= 6;
