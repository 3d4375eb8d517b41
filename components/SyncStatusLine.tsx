import { useEffect, useState } from 'preact/hooks';
import { EMPTY_STATUS, loadStatus, watchStatus, type SyncStatus } from '@/lib/sync/settings';

/** "5 min ago", "just now". */
export function ago(at: number, now: number = Date.now()): string {
  const s = Math.max(0, Math.round((now - at) / 1000));
  if (s < 45) return 'just now';
  const m = Math.round(s / 60);
  if (m < 60) return `${m} min ago`;
  const h = Math.round(m / 60);
  if (h < 36) return `${h} h ago`;
  return new Date(at).toLocaleDateString();
}

/** The sync status, kept current from storage (the background writes it). */
export function useSyncStatus(): SyncStatus {
  const [status, setStatus] = useState<SyncStatus>(EMPTY_STATUS);
  useEffect(() => {
    void loadStatus().then(setStatus);
    return watchStatus(setStatus);
  }, []);
  return status;
}

function progressText(s: SyncStatus): string {
  const p = s.progress;
  if (!p || p.phase === 'connecting') return 'Connecting…';
  if (p.phase === 'pushing') return `Sending: ${p.examined} of ${p.toExamine} looked at, ${p.sent} sent…`;
  if (p.phase === 'pulling') return `Receiving: ${p.received} changes read…`;
  return 'Finishing…';
}

/**
 * One line about sync for the options page and the popup: running (with progress), the last
 * result, and conflicts waiting. Renders nothing before the first sync.
 */
export function SyncStatusLine({ status }: { status: SyncStatus }) {
  if (status.running) return <p role="status" aria-live="polite">{progressText(status)}</p>;
  if (!status.last) return null;
  const { last } = status;
  return (
    <p role="status" aria-live="polite" class={last.ok ? undefined : 'error'}>
      {last.ok ? 'Synced' : 'Sync failed'} {ago(last.at)}: {last.message}
      {!last.ok && status.lastSuccessAt ? ` (last success ${ago(status.lastSuccessAt)})` : ''}
      {status.openConflicts > 0 && last.ok === false ? ` ${status.openConflicts} conflict${status.openConflicts === 1 ? '' : 's'} to look at.` : ''}
    </p>
  );
}
