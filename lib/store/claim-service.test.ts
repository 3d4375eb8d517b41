import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { DOMParser } from 'linkedom';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Gazetteer } from '../incidents/gazetteer';
import { loadGazetteer } from '../incidents/gazetteer-node';
import type { DocInput, ReadClaim } from '../messaging/protocol';
import { articleText } from '../page/article-text';
import { readPageMeta } from '../page/page-meta';
import { getHiddenClaims } from '../page/site-settings';
import { incidentsOf, searchIncidents, storeCounts, clearStore } from './browse';
import { ClaimService } from './claim-service';
import { openClaimStore, type CountercheckDB } from './db';

// The e2e fixture pages: three outlets on one invented incident (the same pages the browser tests read).
function page(file: string): { doc: DocInput; text: string } {
  const html = readFileSync(new URL(`../../e2e/fixtures/${file}`, import.meta.url), 'utf8');
  const d = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const m = readPageMeta(d, `http://127.0.0.1:8123/${file}`);
  return { doc: { url: m.url, canonicalUrl: m.canonicalUrl, outlet: m.outlet, title: m.title, published: m.published, lang: m.lang }, text: articleText(d) };
}

let gaz: Gazetteer;
beforeAll(() => {
  gaz = loadGazetteer();
}, 30_000);

let db: CountercheckDB;
let service: ClaimService;
let t = 1_900_000_000_000;
beforeEach(() => {
  fakeBrowser.reset();
  db = openClaimStore('svc-' + Math.random());
  service = new ClaimService({ db, places: async () => gaz, clock: () => (t += 1000) });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const readAll = (file: string): ReadClaim[] => {
  const p = page(file);
  return service.read({ doc: p.doc, text: p.text, from: 0 }).claims;
};
const find = (claims: ReadClaim[], quote: string) => claims.find((c) => c.quote === quote)!;

describe('ClaimService', () => {
  it('reads, stores and compares three outlets: hints, contested marks and the card', async () => {
    const a = readAll('harbour-post-velmora.html');
    readAll('northern-ledger-velmora.html');
    readAll('daily-meridian-velmora.html');
    const twelve = find(a, 'at least 12 people were killed');
    expect(twelve.numberText).toBe('at least 12');

    const [summary] = await service.summaries({ claimIds: [twelve.id] });
    expect(summary).toMatchObject({ claimId: twelve.id, otherSources: 2, low: 4, high: 26, outcome: 'killed', contested: true });
    expect(summary!.denials).toBeGreaterThanOrEqual(1);

    const card = (await service.compare({ claimId: twelve.id }))!;
    expect(card.claim).toMatchObject({ outlet: 'The Harbour Post', numberText: 'at least 12' });
    const others = card.sources.filter((s) => !s.isThis && s.outcome === 'killed').map((s) => [s.latest.outlet, s.latest.low]);
    expect(others.sort()).toEqual([['Daily Meridian', 4], ['Northern Ledger', 26]]);
    const ledger = card.sources.find((s) => s.latest.outlet === 'Northern Ledger')!;
    expect(ledger.latest.quoteUrl).toMatch(/^http:\/\/127\.0\.0\.1:8123\/2031\/04\/10\/velmora-toll#:~:text=/);
    expect(card.denials.map((d) => d.source)).toContain('The army');
  });

  it('reading only the new part of a text leaves the context part to the previous piece', () => {
    const p = page('harbour-post-velmora.html');
    const cut = p.text.indexOf('Doctors at the district hospital');
    const later = service.read({ doc: p.doc, text: p.text, from: cut }).claims;
    expect(later.every((c) => c.quoteStart >= cut)).toBe(true);
    expect(later.map((c) => c.numberText)).toContain('31');
    // Ids are stable: reading the whole page again gives the same id for the same claim.
    const whole = readAll('harbour-post-velmora.html');
    expect(find(whole, '31 people were wounded').id).toBe(find(later, '31 people were wounded').id);
  });

  it('applies corrections: wrong number, not this incident, hide', async () => {
    const a = readAll('harbour-post-velmora.html');
    readAll('daily-meridian-velmora.html');
    const twelve = find(a, 'at least 12 people were killed');
    const fixed = (await service.correct({ kind: 'wrong-number', claimId: twelve.id, low: 14, high: 14 }))!;
    expect(fixed.claim).toMatchObject({ low: 14, high: 14, approx: false });
    expect((await db.claims.get(twelve.id))!.origin).toBe('manual');
    await expect(service.correct({ kind: 'wrong-number', claimId: twelve.id, low: 9, high: 3 })).rejects.toMatchObject({ code: 'bad-request' });

    const moved = (await service.correct({ kind: 'not-this-incident', claimId: twelve.id }))!;
    expect(moved.sources.filter((s) => !s.isThis)).toEqual([]);
    await service.correct({ kind: 'hide', claimId: twelve.id });
    expect((await getHiddenClaims()).has(twelve.id)).toBe(true);
  });

  it('answers the popup: the page grouped by incident, search, counts, clearing', async () => {
    const a = readAll('harbour-post-velmora.html');
    readAll('northern-ledger-velmora.html');
    await service.summaries({ claimIds: [] }); // waits for the stores to finish
    const groups = await incidentsOf(db, a.map((c) => c.id));
    expect(groups).toHaveLength(1);
    expect(groups[0]!.ranges.find((r) => r.outcome === 'killed')).toMatchObject({ low: 12, high: 26 });
    expect(groups[0]!.documents).toBe(2);
    const hits = await searchIncidents(db, 'velmora');
    expect(hits.map((h) => h.incident.id)).toEqual([groups[0]!.incident!.id]);
    expect(await searchIncidents(db, 'velmora harbour-nothing')).toEqual([]);
    expect((await storeCounts(db)).documents).toBe(2);
    await clearStore(db);
    expect(await storeCounts(db)).toEqual({ documents: 0, claims: 0, incidents: 0, sources: 0, corrections: 0 });
  });
});
