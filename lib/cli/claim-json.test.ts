import { describe, expect, it } from 'vitest';
import type { Claim } from '../extract';
import { CLAIM_FIELDS, claimJson } from './claim-json';

const figure: Claim = {
  eventType: 'shelling',
  date: '2031-06-02',
  place: 'Eastbrook',
  stance: 'asserted',
  via: 'Reuters',
  source: 'the regional governor',
  victims: 'villagers',
  outcome: 'killed',
  approx: false,
  high: null,
  low: 4,
  numberEnd: 14,
  numberStart: 0,
  numberText: 'at least four',
  quoteEnd: 34,
  quoteStart: 0,
  quote: 'at least four villagers were killed',
  kind: 'figure',
  doc: 'story-1',
};

describe('claimJson', () => {
  it('prints the contract fields in the order of lib/extract/types.ts, whatever the object order', () => {
    expect(Object.keys(JSON.parse(claimJson(figure)))).toEqual([
      'doc', 'kind', 'quote', 'quoteStart', 'quoteEnd', 'numberText', 'numberStart', 'numberEnd', 'low', 'high',
      'approx', 'outcome', 'victims', 'source', 'via', 'stance', 'place', 'date', 'eventType',
    ]);
  });

  it('places scope (denials) and incident (after matching) where the contract has them', () => {
    const denial: Claim = { ...figure, kind: 'denial', scope: 'responsibility', low: null, outcome: null };
    const keys = Object.keys(JSON.parse(claimJson({ ...denial, incident: 'eastbrook-2031-06-02' })));
    expect(keys.indexOf('scope')).toBe(keys.indexOf('stance') + 1);
    expect(keys.at(-1)).toBe('incident');
  });

  it('drops fields outside the contract and fills a missing required one with null', () => {
    const { victims: _victims, ...rest } = figure;
    const line = JSON.parse(claimJson({ ...rest, debugScore: 0.3 } as unknown as Claim));
    expect(line).not.toHaveProperty('debugScore');
    expect(line.victims).toBeNull();
    expect(line).not.toHaveProperty('scope');
  });

  it('is one line even when the quote holds line breaks', () => {
    expect(claimJson({ ...figure, quote: 'four\nvillagers' })).not.toContain('\n');
  });

  it('lists every field once', () => {
    expect(new Set(CLAIM_FIELDS).size).toBe(CLAIM_FIELDS.length);
  });
});
