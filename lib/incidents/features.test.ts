import { describe, expect, it } from 'vitest';
import type { EventType } from '../extract/types';
import { articleEventType, claimFeatures, documentContext, headlineNames, type MatchClaim, type PlaceResolver } from './features';

const nowhere: PlaceResolver = { resolve: () => null, countriesIn: () => [], placesIn: () => [] };

function claim(id: string, quote: string, low: number, eventType: EventType | null): MatchClaim {
  return { id, kind: 'figure', quote, low, high: low, outcome: 'wounded', victims: 'people', place: null, date: null, eventType };
}

describe('claimFeatures', () => {
  it("keeps a figure the extractor read as counted over a period apart, whatever its quote says", () => {
    // "Since 1 October, ... killed 61": the quote holds no period of its own.
    const total = { ...claim('p', 'killed 61 people', 61, null), outcome: 'killed' as const, period: true as const };
    expect(claimFeatures({ id: 'd', published: '2031-11-08', claims: [total] }, nowhere)[0]!.scale).toBe('total');
    const single = { ...claim('s', 'killed 61 people', 61, null), outcome: 'killed' as const };
    expect(claimFeatures({ id: 'e', published: '2031-11-08', claims: [single] }, nowhere)[0]!.scale).toBe('incident');
  });

  it('reads a running count on no day in a town named like its division as a total, not in another town', () => {
    const at = (place: object): PlaceResolver => ({ resolve: () => place as never, countriesIn: () => [], placesIn: () => [] });
    const town = { label: 'Velgrad', level: 'settlement', name: 'Velgrad', nameKey: 'vilgrad', skeleton: null, settlementKey: null, admin1: 'XX.01', country: 'XX', facility: null };
    const count = { ...claim('r', '410 soldiers have been killed', 410, null), outcome: 'killed' as const, place: 'Velgrad' };
    expect(claimFeatures({ id: 'd1', published: '2031-05-02', claims: [count] }, at({ ...town, alsoAdmin1: 'XX.01' }))[0]!.scale).toBe('total');
    expect(claimFeatures({ id: 'd2', published: '2031-05-02', claims: [count] }, at(town))[0]!.scale).toBe('incident');
  });

  it("reads a claim that names no kind of event as its article's event", () => {
    expect(articleEventType([{ eventType: null }, { eventType: 'crash' }, { eventType: 'natural disaster' }, { eventType: 'natural disaster' }])).toBe(
      'natural disaster',
    );
    expect(articleEventType([{ eventType: null }])).toBeNull();
    // "More than 1,000 injured" with no place would be a war's count; in a flood report it is the flood's.
    const flood = claimFeatures(
      {
        id: 'f', published: '2024-09-02', claims: [
          claim('a', 'the floods killed 48 people', 48, 'natural disaster'),
          claim('b', '1,260 people needed hospital care', 1260, null),
        ],
      },
      nowhere,
    );
    expect(flood.map((f) => f.scale)).toEqual(['incident', 'incident']);
    const war = claimFeatures({ id: 'w', published: '2024-09-02', claims: [claim('c', '1,260 people needed hospital care', 1260, null)] }, nowhere);
    expect(war[0]!.scale).toBe('total');
  });
});

describe('claimFeatures: denials', () => {
  const denial: MatchClaim = { id: 'd', kind: 'denial', quote: 'the ministry called the figure a fabrication', low: null, high: null, outcome: null, victims: null, place: null, date: null, eventType: null };
  it('reads a denial in an article whose figures are all totals as about a total', () => {
    const totals = claimFeatures({ id: 't', published: '2024-03-01', claims: [
      claim('a', 'the army has lost 12,400 soldiers since the war began', 12400, null), denial,
    ] }, nowhere);
    expect(totals.map((f) => f.scale)).toEqual(['total', 'total']);
    const single = claimFeatures({ id: 's', published: '2024-03-01', claims: [claim('b', 'the blast killed 12 people', 12, 'explosion'), denial] }, nowhere);
    expect(single.map((f) => f.scale)).toEqual(['incident', 'incident']);
  });
});

describe('headlineNames', () => {
  it('reads capitalized runs of a sentence-case headline as names', () => {
    expect(headlineNames('Rescuers reach Zarvelin as landslide toll climbs to 23')).toEqual(['Rescuers', 'Zarvelin']);
    expect(headlineNames("Review: Kostrag Ridge's slope failure was foreseen")).toEqual(['Review', 'Kostrag Ridge']);
  });

  it('gives nothing for a title-cased headline, where every word is capitalized', () => {
    expect(headlineNames('Landslide Toll Climbs To 23 In Mountain Village')).toEqual([]);
  });

  it("takes the article's country from towns with one namesake before a name GeoNames holds in several divisions", () => {
    // "Odessa" alone is a town in three US states; the article's other towns all lie in Norland.
    const town = (name: string, admin1: string | null, country: string, admin1Candidates?: string[]) =>
      ({ label: name, level: 'settlement', name, nameKey: name.toLowerCase(), skeleton: null, settlementKey: null, admin1, country, facility: null, admin1Candidates }) as never;
    const places: PlaceResolver = {
      resolve: (phrase, context) =>
        phrase === 'Velgrad' ? town('Velgrad', 'NL.05', 'NL')
        : phrase === 'Harlan' ? (context?.includes('NL') ? town('Harlan', 'NL.02', 'NL') : town('Harlan', null, 'US', ['US.TX', 'US.KY', 'US.IA']))
        : null,
      countriesIn: () => [],
      placesIn: () => [],
    };
    const at = (id: string, place: string): MatchClaim => ({ ...claim(id, 'two people were killed', 2, 'drone strike'), place });
    const doc = { id: 'live', published: '2031-03-14', claims: [at('a', 'Velgrad'), at('b', 'Velgrad'), at('c', 'Harlan')] };
    expect(documentContext(doc, places).countries).toEqual(['NL']);
    expect(claimFeatures(doc, places)[2]!.place?.country).toBe('NL');
    // Only the guess: it still places the article.
    expect(documentContext({ ...doc, claims: [at('c', 'Harlan')] }, places).countries).toEqual(['US']);
  });

  it("reads the claims' places against the countries the headline names", () => {
    // A resolver that reads "Orvanger" as a place of the headline's country once it is told it,
    // and otherwise as a division abroad (as the gazetteer picks among same-named places).
    const division = (country: string) => ({ label: 'Orvanger', level: 'admin1', name: 'Orvanger', nameKey: 'orvangir', skeleton: null, settlementKey: null, admin1: `${country}.02`, country, facility: null }) as never;
    const local = { label: 'Orvanger', level: 'local', name: 'Orvanger', nameKey: 'orvangir', skeleton: null, settlementKey: null, admin1: null, country: null, facility: null } as never;
    const places: PlaceResolver = {
      resolve: (phrase, context, named) => (phrase !== 'Orvanger' ? null : named?.length && !named.includes('SE') ? local : division('SE')),
      countriesIn: (text) => (text.includes('Norland') ? ['NL'] : []),
      placesIn: () => [],
    };
    const riot: MatchClaim = { ...claim('a', 'nine inmates were killed', 9, 'clashes'), place: 'Orvanger' };
    expect(documentContext({ id: 'h', published: '2031-02-01', title: 'Nine dead in Norland prison riot', claims: [riot] }, places)).toEqual({ countries: ['NL'], named: ['NL'] });
    expect(documentContext({ id: 'n', published: '2031-02-01', title: 'Nine dead in prison riot', claims: [riot] }, places)).toEqual({ countries: ['SE'], named: ['SE'] });
  });
});
