/**
 * The compare view shaped for the card and the hover hint: plain JSON for messaging, with links
 * that open each article at its quote. Pure (tested on compareClaim's output).
 */
import type { CardClaim, CardView, ClaimSummary } from '../messaging/protocol';
import { textFragmentUrl } from '../page/text-fragment';
import type { ClaimView, CompareView, SourceFigures } from './compare';
import type { ClaimRow, DocumentRow } from './db';

function cardClaim(v: ClaimView): CardClaim {
  const c = v.claim;
  const [first, ...rest] = v.carriers;
  return {
    id: c.id,
    kind: c.kind,
    quote: c.quote,
    numberText: c.numberText,
    low: c.low,
    high: c.high,
    approx: c.approx,
    outcome: c.outcome,
    victims: c.victims,
    source: c.source,
    via: c.via,
    stance: c.stance,
    date: c.eventDate || null,
    outlet: first?.outlet ?? null,
    url: first?.url ?? null,
    quoteUrl: textFragmentUrl(first?.url ?? null, c.quote),
    alsoIn: rest.map((r) => ({ outlet: r.outlet, url: r.url })),
  };
}

/** The view of a lone row (not in any view's groups, e.g. a denied figure). */
function rowView(c: ClaimRow, docs: readonly DocumentRow[]): ClaimView {
  const d = docs.find((x) => x.id === c.docId);
  return { claim: c, carriers: [{ docId: c.docId, outlet: d?.outlet ?? null, url: d?.canonicalUrl ?? d?.url ?? null, published: d?.published ?? null }] };
}

/** Whether a source group holds `c` (itself, or the statement it is a wire copy of). */
function holds(s: SourceFigures, c: ClaimRow): boolean {
  return [s.latest, ...s.earlier].some((v) => v.claim.id === c.id || v.claim.statementKey === c.statementKey);
}

/**
 * The source groups that count as separate voices: an outlet's own-voice figure (a headline
 * restating "at least 12 killed") is left out when the same article names a source for a figure
 * of that outcome — it repeats that source rather than adding one.
 */
export function independentSources(view: CompareView): SourceFigures[] {
  const named = new Set<string>();
  for (const s of view.bySource) if (s.name !== null) for (const v of [s.latest, ...s.earlier]) named.add(`${v.claim.docId}|${s.outcome}`);
  return view.bySource.filter((s) => s.name !== null || !named.has(`${s.latest.claim.docId}|${s.outcome}`));
}

export function cardView(view: CompareView): CardView {
  const { claim } = view;
  const own = [...view.bySource.flatMap((s) => [s.latest, ...s.earlier]), ...view.denials].find((v) => v.claim.id === claim.id);
  return {
    claim: cardClaim(own ?? rowView(claim, view.documents)),
    incident: view.incident
      ? { id: view.incident.id, label: view.incident.label, dateStart: view.incident.dateStart, dateEnd: view.incident.dateEnd, reasons: claim.match?.reasons ?? [] }
      : null,
    sources: independentSources(view).map((s) => ({
      name: s.name,
      outcome: s.outcome,
      latest: cardClaim(s.latest),
      earlier: s.earlier.map(cardClaim),
      isThis: holds(s, claim),
    })),
    denials: view.denials.map(cardClaim),
    ranges: view.ranges.map((r) => ({ ...r })),
  };
}

type Interval = [number, number];
const interval = (low: number | null, high: number | null): Interval => [low ?? high ?? 0, high ?? low ?? Infinity];
const disjoint = (a: Interval, b: Interval) => a[1] < b[0] || b[1] < a[0];

/** The hover hint and contested mark of one claim, from its incident's compare view. */
export function claimSummary(view: CompareView): ClaimSummary {
  const c = view.claim;
  // A denial is summarised against the figures of the incident's main outcome.
  const outcome = c.outcome ?? view.ranges.find((r) => r.outcome === 'killed')?.outcome ?? view.ranges[0]?.outcome ?? null;
  const others = independentSources(view).filter((s) => s.outcome === outcome && !holds(s, c));
  let low: number | null = null;
  let high: number | null = null;
  for (const s of others) {
    const lo = s.latest.claim.low ?? s.latest.claim.high;
    const hi = s.latest.claim.high ?? s.latest.claim.low;
    if (lo != null) low = low == null ? lo : Math.min(low, lo);
    if (hi != null) high = high == null ? hi : Math.max(high, hi);
  }
  const denials = view.denials.filter((d) => d.claim.id !== c.id && d.claim.statementKey !== c.statementKey);
  const mine = interval(c.low, c.high);
  const contested =
    c.kind === 'figure' &&
    c.stance === 'asserted' &&
    (others.some((s) => disjoint(mine, interval(s.latest.claim.low, s.latest.claim.high))) ||
      denials.some((d) => d.claim.scope === 'casualties' && d.claim.sourceId !== c.sourceId));
  return { claimId: c.id, incidentId: c.incidentId, otherSources: others.length, low, high, outcome, denials: denials.length, contested };
}
