import { useEffect, useRef, useState } from 'preact/hooks';
import type { BackgroundMethods, CardClaim, CardView, CorrectionRequest, ReadClaim } from '@/lib/messaging/protocol';
import type { Client } from '@/lib/messaging/rpc';
import { outcomeWord, rangeText } from './format';
import { chartRows, RangeChart } from './RangeChart';

export interface CompareCardProps {
  claim: ReadClaim;
  background: Pick<Client<BackgroundMethods>, 'compare' | 'correct'>;
  /** Opened from the keyboard: focus moves into the card. */
  keyboard: boolean;
  onClose: () => void;
}

function figure(c: Pick<CardClaim, 'low' | 'high' | 'approx' | 'outcome'>): string {
  return `${c.approx ? '≈ ' : ''}${rangeText(c.low, c.high)} ${outcomeWord(c.outcome)}`.trim();
}

function Who({ c }: { c: CardClaim }) {
  return (
    <span class="who">
      {c.source ?? 'the outlet itself'}
      {c.via ? ` via ${c.via}` : ''}
    </span>
  );
}

/** Date · outlet · "open at quote" link (a text-fragment URL). */
function Where({ c }: { c: CardClaim }) {
  return (
    <span class="where">
      {[c.date, c.outlet].filter(Boolean).join(' · ')}
      {c.quoteUrl && (
        <>
          {' · '}
          <a href={c.quoteUrl} target="_blank" rel="noopener noreferrer">
            open at quote
          </a>
        </>
      )}
      {c.alsoIn.length > 0 && ` · also in ${c.alsoIn.map((x) => x.outlet ?? 'another outlet').join(', ')}`}
    </span>
  );
}

/** The click-to-compare card: this claim, every other source's, the denials, a chart, corrections. */
export function CompareCard({ claim, background, keyboard, onClose }: CompareCardProps) {
  const [view, setView] = useState<CardView | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const lowRef = useRef<HTMLInputElement>(null);
  const highRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    setView(undefined);
    setError(null);
    // The background may still be storing the page: retry briefly before saying "not stored".
    const load = async (tries: number): Promise<void> => {
      const r = await background.compare({ claimId: claim.id });
      if (!live) return;
      if (!r.ok) setError(r.error.message);
      else if (r.value === null && tries > 0) await new Promise((res) => setTimeout(res, 300)).then(() => load(tries - 1));
      else setView(r.value);
    };
    void load(5);
    return () => {
      live = false;
    };
  }, [claim.id]);

  useEffect(() => {
    if (keyboard) root.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [keyboard, view === undefined]);

  async function correct(req: CorrectionRequest) {
    setBusy(true);
    const r = await background.correct(req);
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    if (req.kind === 'hide') return onClose();
    setEditing(false);
    setView(r.value);
  }

  function saveNumber(e: Event) {
    e.preventDefault();
    const num = (el: HTMLInputElement | null) => (el && el.value.trim() !== '' ? Number(el.value) : null);
    void correct({ kind: 'wrong-number', claimId: claim.id, low: num(lowRef.current), high: num(highRef.current) });
  }

  const others = view ? view.sources.filter((s) => !s.isThis) : [];
  const heading = view?.incident?.label ?? 'Other sources';
  return (
    <div
      class="card"
      role="dialog"
      aria-labelledby="cc-card-title"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header>
        <h2 id="cc-card-title" tabIndex={-1}>
          {heading}
        </h2>
        <button type="button" class="close" aria-label="Close comparison" onClick={onClose}>
          ×
        </button>
      </header>
      <section aria-label="This claim" class="this-claim">
        <p class="figure">{claim.kind === 'figure' ? figure(claim) : 'Denial'}</p>
        <p class="quote">“{claim.quote}”</p>
        <p class="meta">
          {claim.victims && <span>{claim.victims} · </span>}
          <Who c={{ ...claim, date: null, outlet: null, url: null, quoteUrl: null, alsoIn: [] }} />
        </p>
      </section>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {view === undefined && !error && <p class="muted">Looking up other sources…</p>}
      {view === null && <p class="muted">This claim is not stored yet.</p>}
      {view && (
        <>
          <section aria-label="Other sources">
            <h3>{others.length ? `${others.length} other source${others.length === 1 ? '' : 's'}` : 'No other source yet'}</h3>
            <ul class="sources">
              {others.map((s, i) => (
                <li key={i} class="source">
                  <span class="fig">{figure(s.latest)}</span> — <span class="name">{s.name ?? s.latest.outlet ?? 'an outlet'}</span>
                  <br />
                  <Where c={s.latest} />
                  {s.earlier.some((e) => rangeText(e.low, e.high) !== rangeText(s.latest.low, s.latest.high)) && <span class="earlier"> (earlier: {s.earlier.map((e) => rangeText(e.low, e.high)).join(', ')})</span>}
                </li>
              ))}
            </ul>
          </section>
          {view.denials.length > 0 && (
            <section aria-label="Denials">
              <h3>Denials</h3>
              <ul class="denials">
                {view.denials.map((d) => (
                  <li key={d.id}>
                    “{d.quote}” — <Who c={d} />
                    <br />
                    <Where c={d} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          <RangeChart rows={chartRows(view.sources, view.claim.outcome ?? view.ranges[0]?.outcome ?? null)} />
          {view.incident && view.incident.reasons.length > 0 && <p class="muted reasons">Matched: {view.incident.reasons.slice(0, 3).join('; ')}</p>}
          <div class="actions" role="group" aria-label="Correct this claim">
            <button type="button" disabled={busy} onClick={() => void correct({ kind: 'not-this-incident', claimId: claim.id })}>
              Not the same incident
            </button>
            {claim.kind === 'figure' && (
              <button type="button" disabled={busy} aria-expanded={editing} onClick={() => setEditing(!editing)}>
                Wrong number
              </button>
            )}
            <button type="button" disabled={busy} onClick={() => void correct({ kind: 'hide', claimId: claim.id })}>
              Hide
            </button>
          </div>
          {editing && (
            <form class="fix" onSubmit={saveNumber}>
              <label>
                Low <input ref={lowRef} type="number" min={0} step={1} defaultValue={view.claim.low?.toString() ?? ''} />
              </label>
              <label>
                High <input ref={highRef} type="number" min={0} step={1} defaultValue={view.claim.high?.toString() ?? ''} />
              </label>
              <button type="submit" disabled={busy}>
                Save
              </button>
            </form>
          )}
        </>
      )}
    </div>
  );
}
