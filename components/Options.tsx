import { useEffect, useState } from 'preact/hooks';
import { getSettings, setSite, updateSettings, type Settings } from '@/lib/page/site-settings';
import { clearStore, storeCounts, type StoreCounts } from '@/lib/store/browse';
import type { CountercheckDB } from '@/lib/store/db';
import { DatasetTransfer } from './DatasetTransfer';
import { Switch } from './Switch';
import { SyncConflicts } from './SyncConflicts';
import { SyncSettings } from './SyncSettings';

/** Where to read, per-site overrides. */
function ReadingSettings() {
  const [s, setS] = useState<Settings | null>(null);
  useEffect(() => void getSettings().then(setS), []);
  if (!s) return null;
  const sites = Object.entries(s.sites).sort(([a], [b]) => a.localeCompare(b));
  return (
    <section aria-labelledby="reading-h">
      <h2 id="reading-h">Reading</h2>
      <Switch id="paused" label="Pause everywhere" checked={s.paused} onChange={async (on) => setS(await updateSettings(() => ({ paused: on })))} />
      <Switch
        id="everywhere"
        label="Read every page, not only articles"
        note="Off: only pages that say they are articles (news metadata) are read."
        checked={s.mode === 'everywhere'}
        onChange={async (on) => setS(await updateSettings(() => ({ mode: on ? 'everywhere' : 'articles' })))}
      />
      <Switch id="denials" label="Highlight denials" checked={s.showDenials} onChange={async (on) => setS(await updateSettings(() => ({ showDenials: on })))} />
      <h2 id="sites-h">Sites you switched</h2>
      {sites.length === 0 && <p class="muted">None. Use the switch in the toolbar popup on a site.</p>}
      <ul aria-labelledby="sites-h">
        {sites.map(([site, on]) => (
          <li key={site} class="switch">
            <span>
              {site}: {on ? 'always read' : 'never read'}
            </span>
            <button type="button" aria-label={`Forget the setting for ${site}`} onClick={async () => setS(await setSite(site, null))}>
              Forget
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Counts of what is stored, and clearing it (a two-step button instead of a blocking confirm()). */
function StoredData({ db }: { db: CountercheckDB }) {
  const [counts, setCounts] = useState<StoreCounts | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => void storeCounts(db).then(setCounts, (e) => setError(String(e)));
  useEffect(refresh, []);
  return (
    <section aria-labelledby="data-h">
      <h2 id="data-h">Stored on this computer</h2>
      {counts && (
        <table class="counts">
          <tbody>
            <tr><td>Articles read</td><td>{counts.documents}</td></tr>
            <tr><td>Claims</td><td>{counts.claims}</td></tr>
            <tr><td>Incidents</td><td>{counts.incidents}</td></tr>
            <tr><td>Sources</td><td>{counts.sources}</td></tr>
            <tr><td>Your corrections</td><td>{counts.corrections}</td></tr>
          </tbody>
        </table>
      )}
      {error && <p class="error" role="alert">{error}</p>}
      {!confirming ? (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          Delete all stored claims…
        </button>
      ) : (
        <p role="alert">
          Delete every stored article, claim, incident and correction? This cannot be undone.{' '}
          <button
            type="button"
            class="danger"
            onClick={async () => {
              await clearStore(db);
              setConfirming(false);
              refresh();
            }}
          >
            Delete
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </p>
      )}
    </section>
  );
}

/** The options page. Sections are independent components: later features add theirs below. */
export function Options({ db }: { db: CountercheckDB }) {
  return (
    <main class="options">
      <h1>Countercheck options</h1>
      <ReadingSettings />
      <StoredData db={db} />
      <SyncSettings />
      <SyncConflicts />
      <DatasetTransfer db={db} />
    </main>
  );
}
