// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Dexie from 'dexie';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Gazetteer } from '@/lib/incidents/gazetteer';
import { loadGazetteer } from '@/lib/incidents/gazetteer-node';
import type { PageState } from '@/lib/messaging/protocol';
import { getSettings } from '@/lib/page/site-settings';
import { openClaimStore, type CountercheckDB } from '@/lib/store/db';
import { ClaimIngest } from '@/lib/store/ingest';
import { claimIn, outletA, outletB } from '@/lib/store/test-fixtures';
import { Options } from './Options';
import { Popup } from './Popup';

let gaz: Gazetteer;
beforeAll(() => {
  gaz = loadGazetteer();
}, 30_000);

let db: CountercheckDB;
let claimIds: string[];
beforeEach(async () => {
  fakeBrowser.reset();
  db = openClaimStore('popup-' + Math.random());
  const ingest = new ClaimIngest(db, gaz);
  const a = await ingest.ingest(outletA());
  await ingest.ingest(outletB());
  claimIds = a.added.map((m) => m.claimId);
});
afterEach(async () => {
  cleanup();
  db.close();
  await Dexie.delete(db.name);
});

const state = (p: Partial<PageState> = {}): PageState => ({
  url: 'https://outlet-a.example/news/mayadeen-market', site: 'outlet-a.example', active: true, reason: 'article', title: 't', claimIds, highlightsSupported: true, ...p,
});

describe('Popup', () => {
  it('lists the page’s claims by incident with the range across stored sources, and switches the site off', async () => {
    render(<Popup db={db} tab={{ pageState: async () => ({ ok: true, value: state() }) }} openOptions={() => {}} />);
    const item = await screen.findByText(/^Al Mayādīn/, { selector: '.label' });
    const li = item.closest('li')!;
    expect(li.textContent).toMatch(/9 – 14\s*killed/);
    expect(li.textContent).toContain('2 articles');
    const site = screen.getByRole('switch', { name: 'Highlight on outlet-a.example' });
    expect(site.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(site);
    await waitFor(async () => expect((await getSettings()).sites).toEqual({ 'outlet-a.example': false }));
  });

  it('lists a statement read twice from one sentence once', async () => {
    // One sentence, two denial cues: two claims, one line to read.
    const text = 'The army denied shelling the depot in Korvet and said its guns had not fired on Friday.';
    const quote = text.slice(0, -1);
    const denial = (cue: string) => claimIn(text, quote, cue, { kind: 'denial', outcome: null, source: 'The army', scope: 'responsibility', place: 'Korvet' });
    const page = await new ClaimIngest(db, gaz).ingest({
      doc: { url: 'https://outlet-k.example/korvet', canonicalUrl: null, outlet: 'Outlet K', title: null, published: '2031-03-07', lang: 'en' },
      text,
      claims: [denial('denied'), denial('not fired')],
    });
    expect(page.added).toHaveLength(2);
    const ids = page.added.map((m) => m.claimId);
    render(<Popup db={db} tab={{ pageState: async () => ({ ok: true, value: state({ url: 'https://outlet-k.example/korvet', site: 'outlet-k.example', claimIds: ids }) }) }} openOptions={() => {}} />);
    await waitFor(() => expect(document.querySelectorAll('ul.claims li').length).toBe(1));
    expect(document.querySelector('ul.claims li')!.textContent).toBe(`Denial: “${quote}” — The army`);
  });

  it('explains a page it cannot read, and searches stored incidents', async () => {
    render(<Popup db={db} tab={{ pageState: async () => ({ ok: false, error: { code: 'no-receiver', message: 'x' } }) }} openOptions={() => {}} />);
    await screen.findByText(/cannot read this page/);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search stored incidents' }), { target: { value: 'mayad' } });
    await waitFor(() => expect(document.querySelectorAll('[aria-live="polite"] li.incident').length).toBe(1));
  });
});

describe('Options', () => {
  it('shows counts and clears everything after a confirming second click', async () => {
    render(<Options db={db} />);
    await screen.findByText('Articles read');
    expect(screen.getByText('Articles read').nextElementSibling!.textContent).toBe('2');
    fireEvent.click(screen.getByRole('button', { name: 'Delete all stored claims…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await db.claims.count()).toBe(0));
    await waitFor(() => expect(screen.getByText('Articles read').nextElementSibling!.textContent).toBe('0'));
  });

  it('keeps the reading settings', async () => {
    render(<Options db={db} />);
    fireEvent.click(await screen.findByRole('switch', { name: 'Read every page, not only articles' }));
    await waitFor(async () => expect((await getSettings()).mode).toBe('everywhere'));
  });
});
