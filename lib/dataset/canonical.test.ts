import { describe, expect, it } from 'vitest';
import { contentHash } from './canonical';
import type { ClaimRecord } from './format';

const claim: ClaimRecord = {
  type: 'claim', id: 'c_1', rev: 3, kind: 'figure',
  selector: { exact: 'nine were killed', prefix: 'Officials said ', suffix: ' on Monday', start: 15, end: 31 },
  numberText: 'nine', numberStart: 15, numberEnd: 19, low: 9, high: 9, approx: false, outcome: 'killed', victims: null,
  stance: 'asserted', scope: null, source: { id: 's_official', name: 'Officials', written: 'officials' }, via: null,
  place: 'Sumy', date: '2031-02-03', eventType: 'shelling',
  document: { id: 'd_1', url: 'https://a.example/x', canonicalUrl: null, outlet: 'A', title: 'T', published: '2031-02-03', lang: 'en' },
  incident: { id: 'i_1', label: 'Sumy, 2031-02-03', place: 'Sumy', dateStart: '2031-02-03', dateEnd: '2031-02-03', eventType: 'shelling', scale: 'incident' },
};

describe('content identity', () => {
  it('does not depend on key order (records arrive from JSON written by other programs)', () => {
    const shuffled = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(claim).reverse()))) as ClaimRecord;
    shuffled.selector = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(claim.selector).reverse())));
    expect(contentHash(shuffled)).toBe(contentHash(claim));
  });

  it('ignores one store’s view of a claim and nothing else', () => {
    const local: ClaimRecord = {
      ...claim, rev: 9, incident: null, origin: 'read', createdAt: '2031-02-04T00:00:00.000Z', updatedAt: '2031-02-05T00:00:00.000Z',
      // A source's id is each store's own keying of the name written (its normalizer's version).
      source: { ...claim.source!, id: 's_officials', name: 'the officials' }, document: { ...claim.document, title: 'Another headline', outlet: 'B' },
    };
    expect(contentHash(local)).toBe(contentHash(claim));
    for (const changed of [
      { ...claim, low: 10 },
      { ...claim, selector: { ...claim.selector, suffix: ' on Tuesday' } },
      { ...claim, source: { ...claim.source!, written: 'an official' } },
      { ...claim, document: { ...claim.document, id: 'd_2' } },
      { ...claim, scope: 'casualties' as const },
    ]) {
      expect(contentHash(changed)).not.toBe(contentHash(claim));
    }
  });
});
