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
import { outletA, outletB } from '@/lib/store/test-fixtures';
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
