import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { syncClient } from '@/lib/sync/sync-messages';
import { DEFAULT_SETTINGS, hasPassword, loadSettings, MAX_INTERVAL, MIN_INTERVAL, saveSettings, settingsProblems, type SyncSettings as Settings } from '@/lib/sync/settings';
import { Switch } from './Switch';
import { SyncStatusLine, useSyncStatus } from './SyncStatusLine';

/** The host permission pattern for a database URL (ports are not part of match patterns). */
function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

/**
 * Team sync: the CouchDB database, how to sign in, what to share, how often. The password is
 * kept in this browser's local extension storage only; leaving its field empty keeps the stored one.
 */
export function SyncSettings() {
  const [s, setS] = useState<Settings | null>(null);
  const [stored, setStored] = useState(false);
  const [password, setPassword] = useState('');
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const status = useSyncStatus();
  useEffect(() => {
    void loadSettings().then(setS);
    void hasPassword().then(setStored);
  }, []);
  if (!s) return null;
  const set = (patch: Partial<Settings>) => setS({ ...s, ...patch });

  const save = async (e: Event) => {
    e.preventDefault();
    const problems = settingsProblems(s);
    if (problems.length) {
      setNote({ ok: false, text: problems.join(' ') });
      return;
    }
    // Asked first, inside the click: browsers grant permissions only in answer to a user gesture.
    const pattern = originPattern(s.url);
    let granted = true;
    try {
      granted = pattern ? await browser.permissions.request({ origins: [pattern] }) : false;
    } catch (err) {
      granted = false;
      setNote({ ok: false, text: `Could not ask for access to the server: ${err instanceof Error ? err.message : String(err)}` });
      return;
    }
    if (!granted) {
      setNote({ ok: false, text: 'Countercheck needs your permission to contact this server; nothing was saved.' });
      return;
    }
    setBusy(true);
    try {
      await saveSettings(s, password ? password : s.auth === 'none' ? null : undefined);
      setStored(password ? true : s.auth === 'none' ? false : stored);
      setPassword('');
      const r = await syncClient().testConnection({ settings: s });
      setNote(r.ok ? { ok: r.value.ok, text: `Saved. ${r.value.message}` } : { ok: false, text: `Saved, but the background did not answer: ${r.error.message}` });
    } finally {
      setBusy(false);
    }
  };

  const syncNow = async () => {
    setBusy(true);
    setNote(null);
    try {
      const r = await syncClient().syncNow({});
      if (!r.ok) setNote({ ok: false, text: r.error.message });
    } finally {
      setBusy(false);
    }
  };

  const forget = async () => {
    await saveSettings({ ...DEFAULT_SETTINGS }, null);
    setS({ ...DEFAULT_SETTINGS });
    setStored(false);
    setNote({ ok: true, text: 'Sync settings and password removed from this browser.' });
  };

  return (
    <section aria-labelledby="sync-h">
      <h2 id="sync-h">Team sync</h2>
      <p class="muted">
        Share claims with your team through a CouchDB database: each sync sends what you collected and receives what the others did.
      </p>
      <form onSubmit={save}>
        <p>
          <label for="sync-url">Database address</label>
          <br />
          <input id="sync-url" type="url" required placeholder="https://couch.example.org/team-claims" value={s.url} onInput={(e) => set({ url: e.currentTarget.value })} style={{ width: '100%' }} aria-describedby="sync-url-note" />
          <br />
          <span id="sync-url-note" class="muted">https is required, except for a server on this computer (localhost).</span>
        </p>
        <p>
          <label for="sync-auth">Sign in</label>{' '}
          <select id="sync-auth" value={s.auth} onChange={(e) => set({ auth: e.currentTarget.value as Settings['auth'] })}>
            <option value="basic">with user name and password on every request</option>
            <option value="session">with a CouchDB session (cookie)</option>
            <option value="none">no sign-in (an open database)</option>
          </select>
        </p>
        {s.auth !== 'none' && (
          <p>
            <label for="sync-user">User name</label>{' '}
            <input id="sync-user" autocomplete="username" value={s.username} onInput={(e) => set({ username: e.currentTarget.value })} />{' '}
            <label for="sync-password">Password</label>{' '}
            <input
              id="sync-password"
              type="password"
              autocomplete="current-password"
              placeholder={stored ? 'stored; type to change' : s.auth === 'session' ? 'optional' : ''}
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
              aria-describedby="sync-password-note"
            />
            <br />
            <span id="sync-password-note" class="muted">
              Kept only in this browser’s local extension storage, never synced.
              {s.auth === 'session' ? ' With a session and no password stored, Countercheck uses the sign-in you made to the server in this browser.' : ''}
            </span>
          </p>
        )}
        <fieldset>
          <legend>What to share</legend>
          <label>
            <input type="radio" name="sync-share" checked={s.share === 'all'} onChange={() => set({ share: 'all' })} /> All claims I read
          </label>
          <br />
          <label>
            <input type="radio" name="sync-share" checked={s.share === 'saved'} onChange={() => set({ share: 'saved' })} /> Only claims I saved or corrected
          </label>
        </fieldset>
        <Switch
          id="sync-history"
          label="Share my reading history"
          note="Off: the team never learns which pages you read or when. On: each shared page is sent with when you first and last read it."
          checked={s.shareHistory}
          onChange={(on) => set({ shareHistory: on })}
        />
        <Switch id="sync-enabled" label="Sync automatically" checked={s.enabled} onChange={(on) => set({ enabled: on })} />
        <p>
          <label for="sync-interval">Every</label>{' '}
          <input id="sync-interval" type="number" min={MIN_INTERVAL} max={MAX_INTERVAL} value={s.intervalMinutes} onInput={(e) => set({ intervalMinutes: Number(e.currentTarget.value) })} style={{ width: '5em' }} />{' '}
          minutes
        </p>
        <p>
          <button type="submit" class="primary" disabled={busy}>
            Save and test
          </button>{' '}
          <button type="button" disabled={busy || !s.url} onClick={syncNow}>
            Sync now
          </button>{' '}
          <button type="button" class="danger" disabled={busy} onClick={forget}>
            Forget settings and password
          </button>
        </p>
      </form>
      {note && (
        <p role={note.ok ? 'status' : 'alert'} class={note.ok ? undefined : 'error'}>
          {note.text}
        </p>
      )}
      <SyncStatusLine status={status} />
    </section>
  );
}
