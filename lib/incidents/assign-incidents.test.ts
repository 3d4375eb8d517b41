import { describe, expect, it } from 'vitest';
import type { Claim, DocMeta } from '../extract/types';
import { assignIncidents } from './assign-incidents';
import { Gazetteer } from './gazetteer';

function lazy() {
  return new Gazetteer(() => ({ cities: [{ name: 'Kramatorsk', country: 'UA', admin1: '13' }], admin1: [{ code: 'UA.13', name: 'Donetsk Oblast' }] }));
}

function claim(p: Partial<Claim>): Claim {
  return {
    doc: 'd', kind: 'figure', quote: 'four people were killed', quoteStart: 0, quoteEnd: 23, numberText: 'four', numberStart: 0, numberEnd: 4,
    low: 4, high: 4, approx: false, outcome: 'killed', victims: 'people', source: null, via: null, stance: 'asserted', place: null, date: null, eventType: null, ...p,
  };
}

describe('assignIncidents (the CLI)', () => {
  it('reads no town data for a run without claims, nor for claims that name no place', () => {
    const places = lazy();
    assignIncidents([], places);
    const meta: DocMeta = { id: 'a', title: 'Four killed in a strike', published: '2024-05-02' };
    const run = [{ meta, claims: [] as Claim[] }, { meta: { ...meta, id: 'b' }, claims: [claim({})] }];
    assignIncidents(run, places);
    expect(places.loaded).toBe(false);
    expect(run[1]!.claims[0]).toHaveProperty('incident');
  });

  it('reads it once a claim names a place', () => {
    const places = lazy();
    const run = [{ meta: { id: 'a', published: '2024-05-02' } as DocMeta, claims: [claim({ place: 'Kramatorsk' })] }];
    assignIncidents(run, places);
    expect(places.loaded).toBe(true);
  });
});
