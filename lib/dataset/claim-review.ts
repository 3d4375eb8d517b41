/**
 * A schema.org ClaimReview-style JSON-LD export for fact-checkers' tools. Countercheck does not
 * rate claims true or false: each claim's "review" says how it compares with what the other
 * sources of the same incident (in this export) said, and the rating's alternateName says so in
 * a few words ("Higher than 2 other sources"). The mapping is in docs/dataset.md.
 */
import type { ClaimRecord } from './format';

export interface ClaimReviewOptions {
  /** Who publishes the export (the team or newsroom); ClaimReview's `author`. */
  publisher: string;
  /** ClaimReview's datePublished (YYYY-MM-DD). */
  date: string;
}

interface Comparison {
  rating: string;
  explanation: string;
}

const range = (lo: number, hi: number) => (lo === hi ? String(lo) : `${lo}–${hi}`);

function sourceKeyOf(r: ClaimRecord): string {
  return r.source?.id ?? r.source?.written ?? `outlet:${r.document.outlet ?? r.document.id}`;
}

function nameOf(r: ClaimRecord): string {
  return r.source?.name ?? r.source?.written ?? r.document.outlet ?? 'the outlet';
}

/** How a claim compares with the other sources' claims about its incident. */
export function compareWithOthers(r: ClaimRecord, incidentClaims: readonly ClaimRecord[]): Comparison {
  const denials = incidentClaims.filter((o) => o.kind === 'denial' && o.id !== r.id);
  const denied = denials.length ? ` Denied by ${[...new Set(denials.map(nameOf))].join(', ')}.` : '';
  if (r.kind === 'denial') {
    const figures = incidentClaims.filter((o) => o.kind === 'figure' && o.stance === 'asserted');
    const what = figures.length ? ` Other sources report figures for this incident (${figures.length} claim${figures.length === 1 ? '' : 's'}).` : '';
    return { rating: 'Denial', explanation: `${nameOf(r)} denies${r.scope === 'responsibility' ? ' responsibility' : ' the casualty report'}.${what}` };
  }
  const own = sourceKeyOf(r);
  const others = incidentClaims.filter(
    (o) => o.kind === 'figure' && o.stance === 'asserted' && o.outcome === r.outcome && sourceKeyOf(o) !== own && (o.low !== null || o.high !== null),
  );
  if (!others.length || (r.low === null && r.high === null)) {
    return { rating: 'No other source to compare', explanation: `No other source in this dataset gives a ${r.outcome} figure for this incident.${denied}` };
  }
  const lows = others.map((o) => o.low ?? o.high!);
  const highs = others.map((o) => o.high ?? o.low!);
  const lo = Math.min(...lows);
  const hi = Math.max(...highs);
  const n = new Set(others.map(sourceKeyOf)).size;
  const srcs = `${n} other source${n === 1 ? '' : 's'}`;
  const mine = { lo: r.low ?? r.high!, hi: r.high ?? r.low! };
  const rating = mine.lo > hi ? `Higher than ${srcs}` : mine.hi < lo ? `Lower than ${srcs}` : `Within the range of ${srcs}`;
  return { rating, explanation: `${srcs[0]!.toUpperCase()}${srcs.slice(1)} report ${range(lo, hi)} ${r.outcome} for this incident; this claim says ${range(mine.lo, mine.hi)}.${denied}` };
}

/** The JSON-LD document: one ClaimReview per claim, in a @graph. */
export function claimReviewDocument(records: readonly ClaimRecord[], opts: ClaimReviewOptions): object {
  const byIncident = new Map<string, ClaimRecord[]>();
  for (const r of records) if (r.incident) byIncident.set(r.incident.id, [...(byIncident.get(r.incident.id) ?? []), r]);
  const graph = records.map((r) => {
    const cmp = compareWithOthers(r, r.incident ? byIncident.get(r.incident.id)! : [r]);
    const url = r.document.canonicalUrl ?? r.document.url;
    return {
      '@type': 'ClaimReview',
      '@id': `urn:countercheck:claim:${r.id}`,
      claimReviewed: r.selector.exact,
      datePublished: opts.date,
      author: { '@type': 'Organization', name: opts.publisher },
      itemReviewed: {
        '@type': 'Claim',
        author: r.source ? { '@type': 'Organization', name: nameOf(r) } : r.document.outlet ? { '@type': 'Organization', name: r.document.outlet } : undefined,
        ...(r.document.published ? { datePublished: r.document.published.slice(0, 10) } : {}),
        appearance: {
          '@type': 'CreativeWork',
          ...(url ? { url } : {}),
          ...(r.document.title ? { headline: r.document.title } : {}),
          ...(r.document.outlet ? { publisher: { '@type': 'Organization', name: r.document.outlet } } : {}),
        },
        ...(r.incident ? { about: { '@type': 'Event', name: r.incident.label, ...(r.incident.dateStart ? { startDate: r.incident.dateStart } : {}), ...(r.incident.place ? { location: { '@type': 'Place', name: r.incident.place } } : {}) } } : {}),
      },
      reviewRating: { '@type': 'Rating', alternateName: cmp.rating, ratingExplanation: cmp.explanation },
      reviewBody: cmp.explanation,
    };
  });
  return { '@context': 'https://schema.org', '@graph': graph };
}
