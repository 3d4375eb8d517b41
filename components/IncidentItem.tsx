import type { Range } from '@/lib/store/compare';
import type { ClaimRow } from '@/lib/store/db';
import { outcomeWord, rangeText } from './format';

/** One incident: its label, dates, the range of every stored source per outcome, and (optionally) claims. */
export function IncidentItem(props: {
  label: string;
  dates: string | null;
  ranges: Range[];
  documents?: number;
  claims?: ClaimRow[];
}) {
  return (
    <li class="incident">
      <div class="label">{props.label}</div>
      {props.dates && <div class="muted">{props.dates}</div>}
      <div>
        {props.ranges.map((r) => (
          <span key={r.outcome}>
            <span class="range">{rangeText(r.low, r.high)}</span> {outcomeWord(r.outcome)} <span class="muted">({r.sources} source{r.sources === 1 ? '' : 's'})</span>{' '}
          </span>
        ))}
        {props.documents != null && <span class="muted"> · {props.documents} article{props.documents === 1 ? '' : 's'}</span>}
      </div>
      {props.claims && (
        <ul class="claims" aria-label="On this page">
          {onceEach(props.claims).map((c) => (
            <li key={c.id}>
              {c.kind === 'denial' ? 'Denial: ' : <strong>{rangeText(c.low, c.high)} {outcomeWord(c.outcome)}: </strong>}“{c.quote}”{c.source ? ` — ${c.source}` : ''}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * Claims as listed: a statement read twice from one sentence (a denial with two cues, "denied
 * shelling the market and said its units had not fired") reads the same, so it is listed once.
 */
function onceEach(claims: readonly ClaimRow[]): ClaimRow[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const line = JSON.stringify([c.kind, c.low, c.high, c.outcome, c.quote, c.source]);
    if (seen.has(line)) return false;
    seen.add(line);
    return true;
  });
}

/** "2031-04-08 – 2031-04-09" or one day. */
export function dateSpan(a: string | null, b: string | null): string | null {
  if (!a && !b) return null;
  return a && b && a !== b ? `${a} – ${b}` : (a ?? b);
}
