import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageState, TabMethods } from '@/lib/messaging/protocol';
import type { Client } from '@/lib/messaging/rpc';
import { getSettings, setSite, updateSettings, type Settings } from '@/lib/page/site-settings';
import { incidentsOf, type IncidentGroup } from '@/lib/store/browse';
import type { CountercheckDB } from '@/lib/store/db';
import { dateSpan, IncidentItem } from './IncidentItem';
import { IncidentSearch } from './IncidentSearch';
import { Switch } from './Switch';
import { SyncStatusLine, useSyncStatus } from './SyncStatusLine';

export interface PopupProps {
  db: CountercheckDB;
  /** The content script of the page the popup is for; null when there is no such tab. */
  tab: Pick<Client<TabMethods>, 'pageState'> | null;
  openOptions: () => void;
}

const REASONS: Record<PageState['reason'], string> = {
  paused: 'Countercheck is paused everywhere.',
  'site-off': 'You turned Countercheck off on this site.',
  'site-on': 'You turned Countercheck on for this site.',
  article: 'This page is an article.',
  'not-article': 'This page does not look like an article, so it is left alone.',
  everywhere: 'Countercheck reads every page (options).',
};

/** The toolbar popup: this page's claims grouped by incident, the site switch, search. */
export function Popup({ db, tab, openOptions }: PopupProps) {
  const [page, setPage] = useState<PageState | null | undefined>(undefined);
  const [groups, setGroups] = useState<IncidentGroup[] | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);

  const syncStatus = useSyncStatus();
  // Set while mounted: a reload that finishes after the popup closed must not touch the database
  // (it may be closed by then) or set state.
  const alive = useRef(true);
  const reloadTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  async function load() {
    const s = await getSettings();
    if (!alive.current) return;
    setSettings(s);
    const r = tab ? await tab.pageState({}) : null;
    if (!alive.current) return;
    const state = r?.ok ? r.value : null;
    setPage(state);
    const g = state ? await incidentsOf(db, state.claimIds) : null;
    if (alive.current) setGroups(g);
  }
  useEffect(() => {
    alive.current = true;
    void load();
    return () => {
      alive.current = false;
      if (reloadTimer.current) clearTimeout(reloadTimer.current);
    };
  }, []);

  // The content script reacts to the settings change; ask it again shortly after for the new state.
  const reloadSoon = () => {
    if (reloadTimer.current) clearTimeout(reloadTimer.current);
    reloadTimer.current = setTimeout(() => void load(), 400);
  };

  const siteOn = page ? page.active : false;
  return (
    <main class="popup">
      <h1>Countercheck</h1>
      {settings && (
        <Switch
          id="pause"
          label="Paused everywhere"
          checked={settings.paused}
          onChange={async (on) => {
            setSettings(await updateSettings(() => ({ paused: on })));
            reloadSoon();
          }}
        />
      )}
      {page === undefined && <p class="muted">Reading this page…</p>}
      {page === null && <p class="muted">Countercheck cannot read this page (browser pages, the web store, PDFs, or the page was opened before the extension).</p>}
      {page && (
        <>
          <Switch
            id="site"
            label={`Highlight on ${page.site}`}
            checked={siteOn}
            disabled={settings?.paused}
            note={REASONS[page.reason]}
            onChange={async (on) => {
              await setSite(page.site, on);
              reloadSoon();
            }}
          />
          {!page.highlightsSupported && <p class="muted">This browser cannot draw highlights (CSS Custom Highlight API); claims are still listed here.</p>}
          <section aria-labelledby="page-h">
            <h2 id="page-h">On this page</h2>
            {groups && groups.length === 0 && <p class="muted">{page.active ? 'No casualty figures or denials found.' : 'Not read.'}</p>}
            {groups === null && page.claimIds.length > 0 && <p class="muted">Loading…</p>}
            <ul>
              {groups?.map((g, i) => (
                <IncidentItem
                  key={g.incident?.id ?? i}
                  label={g.incident?.label ?? 'Not matched to an incident'}
                  dates={g.incident ? dateSpan(g.incident.dateStart, g.incident.dateEnd) : null}
                  ranges={g.ranges}
                  documents={g.documents}
                  claims={g.claims}
                />
              ))}
            </ul>
          </section>
        </>
      )}
      <IncidentSearch db={db} />
      <SyncStatusLine status={syncStatus} />
      <p>
        <a
          href="#"
          onClick={(e) => {
            e.preventDefault();
            openOptions();
          }}
        >
          Options and stored data
        </a>
      </p>
    </main>
  );
}
