import { useEffect, useState } from 'preact/hooks';
import type { CountercheckDB } from '@/lib/store/db';
import { searchIncidents, type IncidentHit } from '@/lib/store/browse';
import { dateSpan, IncidentItem } from './IncidentItem';

/** Search over stored incidents by place, label or event type. */
export function IncidentSearch({ db }: { db: CountercheckDB }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<IncidentHit[] | null>(null);
  useEffect(() => {
    let live = true;
    if (!query.trim()) return setHits(null);
    // Each keystroke restarts the query; a result for an older query is dropped.
    const t = setTimeout(() => void searchIncidents(db, query).then((h) => live && setHits(h)), 150);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [query]);
  return (
    <section aria-labelledby="search-h">
      <h2 id="search-h">Search stored incidents</h2>
      <input type="search" aria-label="Search stored incidents" placeholder="Place, event…" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
      {hits && (
        <ul aria-live="polite">
          {hits.length === 0 && <li class="muted">No stored incident matches.</li>}
          {hits.map((h) => (
            <IncidentItem key={h.incident.id} label={h.incident.label} dates={dateSpan(h.incident.dateStart, h.incident.dateEnd)} ranges={h.ranges} />
          ))}
        </ul>
      )}
    </section>
  );
}
