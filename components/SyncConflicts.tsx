import { useEffect, useState } from 'preact/hooks';
import type { ClaimRecord } from '@/lib/dataset/format';
import { syncClient, type ConflictLeafView, type ConflictView } from '@/lib/sync/sync-messages';
import { useSyncStatus } from './SyncStatusLine';

const FIELDS: Array<[keyof ClaimRecord, string]> = [
  ['low', 'low'],
  ['high', 'high'],
  ['outcome', 'outcome'],
  ['victims', 'victims'],
  ['stance', 'stance'],
  ['place', 'place'],
  ['date', 'date'],
  ['eventType', 'event'],
];

function figure(r: ClaimRecord): string {
  if (r.kind === 'denial') return 'denial';
  const range = r.low === r.high ? String(r.low ?? '?') : `${r.low ?? '…'}–${r.high ?? '…'}`;
  return `${r.approx ? 'about ' : ''}${range} ${r.outcome ?? ''}`.trim();
}

/** What differs between the versions of a claim, field by field. */
function differences(leaves: ConflictLeafView[]): Array<[string, string[]]> {
  const claims = leaves.map((l) => (l.record?.type === 'claim' ? l.record : null));
  const out: Array<[string, string[]]> = [];
  for (const [key, label] of FIELDS) {
    const values = claims.map((c) => (c ? JSON.stringify(c[key] ?? null) : 'deleted'));
    if (new Set(values).size > 1) out.push([label, values]);
  }
  const quotes = claims.map((c) => c?.selector.exact ?? 'deleted');
  if (new Set(quotes).size > 1) out.push(['quote', quotes]);
  const sources = claims.map((c) => c?.source?.written ?? (c ? 'the outlet' : 'deleted'));
  if (new Set(sources).size > 1) out.push(['source', sources]);
  return out;
}

function ClaimConflict({ c, onKeep, busy }: { c: ConflictView; onKeep: (rev: string) => void; busy: boolean }) {
  const leaves = [c.winner, ...c.others];
  const first = leaves.find((l) => l.record?.type === 'claim')?.record as ClaimRecord | undefined;
  const diff = differences(leaves);
  return (
    <li class="incident">
      <p>
        <span class="label">{first ? `“${first.selector.exact}”` : c.id}</span>
        {first && <span class="muted"> — {first.document.outlet ?? first.document.url ?? first.document.id}</span>}
      </p>
      <p class="muted">Edited in two places. Until you choose, every member sees the first version below; the others are kept.</p>
      <table class="counts">
        <thead>
          <tr>
            <th scope="col">Version</th>
            {diff.map(([label]) => (
              <th scope="col" key={label}>{label}</th>
            ))}
            <th scope="col"><span class="muted">choice</span></th>
          </tr>
        </thead>
        <tbody>
          {leaves.map((l, i) => (
            <tr key={l.rev}>
              <td>
                {l.record?.type === 'claim' ? figure(l.record) : 'deleted'}
                {i === 0 && <span class="muted"> (shown now)</span>}
              </td>
              {diff.map(([label, values]) => (
                <td key={label}>{values[i]}</td>
              ))}
              <td>
                <button type="button" disabled={busy || !l.record} onClick={() => onKeep(l.rev)} aria-label={`Keep version ${i + 1} (${l.record?.type === 'claim' ? figure(l.record) : 'deleted'})`}>
                  Keep this
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </li>
  );
}

/** Conflicts the last syncs found: versions side by side, and a button to keep one. */
export function SyncConflicts() {
  const [list, setList] = useState<ConflictView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const status = useSyncStatus();
  // A list that cannot be read (the background restarting) is shown at the next status change;
  // only a failed choice is worth an alert.
  const load = async () => {
    const r = await syncClient().conflicts({});
    if (r.ok) setList(r.value);
  };
  // Reloaded whenever a sync finishes (the count in the status changes, or a new result arrives).
  useEffect(() => void load(), [status.openConflicts, status.last?.at]);
  const keep = async (id: string, keepRev: string) => {
    setBusy(true);
    setError(null);
    const r = await syncClient().resolveConflict({ id, keepRev });
    setBusy(false);
    if (r.ok) setList(r.value);
    else setError(r.error.message);
  };
  if (!list?.length && !error) return null;
  return (
    <section aria-labelledby="conflicts-h">
      <h2 id="conflicts-h">Sync conflicts ({list?.length ?? 0})</h2>
      {error && <p class="error" role="alert">{error}</p>}
      <ul>
        {list?.map((c) =>
          c.kind === 'claim' ? (
            <ClaimConflict key={c.id} c={c} busy={busy} onKeep={(rev) => void keep(c.id, rev)} />
          ) : (
            <li class="incident" key={c.id}>
              <p>
                A teammate’s correction ({c.winner.record?.type === 'correction' ? c.winner.record.kind : 'correction'}) changes claims you corrected
                yourself. Yours stays in force here.
              </p>
              <button type="button" disabled={busy} onClick={() => void keep(c.id, c.winner.rev)}>
                Dismiss
              </button>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
