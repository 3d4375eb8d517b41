import { beforeAll, describe, expect, it } from 'vitest';
import type { EventType } from '../extract/types';
import type { MatchClaim, MatchDoc } from './features';
import type { Gazetteer } from './gazetteer';
import { loadGazetteer } from './gazetteer-node';
import { MemoryMatcher } from './memory-matcher';

let gaz: Gazetteer;
beforeAll(() => {
  gaz = loadGazetteer();
}, 30_000);

let n = 0;
function claim(p: Partial<MatchClaim> & { quote: string }): MatchClaim {
  return {
    id: `c${++n}`, kind: 'figure', low: 5, high: 5, outcome: 'killed', victims: 'people', place: null, date: null,
    eventType: null as EventType | null, ...p,
  };
}
function doc(id: string, published: string | null, claims: MatchClaim[], title?: string): MatchDoc {
  return { id, published, title: title ?? null, claims };
}

describe('incident matching', () => {
  it('joins three outlets that spell the town and date the event differently', () => {
    const m = new MemoryMatcher(gaz);
    const a = m.addDocument(doc('outlet-a', '2024-03-04', [
      claim({ quote: 'shelling killed nine civilians in Mayadeen on Sunday', low: 9, high: 9, place: 'Mayadeen', date: '2024-03-03', eventType: 'shelling', victims: 'civilians' }),
      claim({ quote: 'at least 14 were wounded', low: 14, high: null, outcome: 'wounded' }),
    ], 'Shelling kills nine in eastern Syria'));
    const b = m.addDocument(doc('outlet-b', '2024-03-05', [
      claim({ quote: 'the attack on al-Mayadin left 11 dead', low: 11, high: 11, place: 'al-Mayadin', date: null, eventType: 'shelling' }),
      claim({ quote: 'the army denied targeting residential areas', kind: 'denial', low: null, high: null }),
    ]));
    const c = m.addDocument(doc('outlet-c', '2024-03-03', [
      claim({ quote: 'ten people died when shells hit Mayadin, Deir ez-Zor province', low: 10, high: 10, place: 'Mayadin in Deir ez-Zor province', date: '2024-03-02', eventType: 'explosion' }),
    ]));
    const ids = new Set([...a, ...b, ...c].map((x) => x.incidentId));
    expect(ids.size).toBe(1);
    // Explainable: the spelling variant and the date distance are named.
    expect(b[0]!.reasons.join(' ')).toMatch(/same place/);
    expect(c[0]!.reasons.join(' ')).toMatch(/1 day apart|same event date/);
    expect(c[0]!.score).toBeGreaterThanOrEqual(3);
    // The claim with no place of its own is placed by its article's other claims.
    expect(a[1]!.reasons.join(' ')).toMatch(/place from the article's other claims/);
  });

  it("weighs an article's places by the claims the text dates when placing its group, as when choosing its main place", () => {
    // The first report names a town the gazetteer lacks; the follow-up names the valley around it
    // in its dated claims and, undated, a village the gazetteer places abroad by its name alone.
    // The valley it dates is where its event is, and a name known only by itself is looked up
    // among the incidents of its days too.
    const m = new MemoryMatcher(gaz);
    const first = m.addDocument(doc('q1', '2031-04-02', [
      claim({ quote: 'the quake killed 41 people in Qirvashta', low: 41, high: 41, place: 'Qirvashta', date: '2031-04-02', eventType: 'natural disaster' }),
    ]));
    const next = m.addDocument(doc('q2', '2031-04-04', [
      claim({ quote: 'the toll in the Varnok Valley rose to 66', low: 66, high: 66, place: 'Varnok Valley', date: '2031-04-02', eventType: 'natural disaster' }),
      claim({ quote: 'more than 300 were injured in the valley', low: 301, high: null, outcome: 'wounded', place: 'Varnok Valley', date: '2031-04-02', eventType: 'natural disaster' }),
      claim({ quote: 'nine died in Kleinmachnow', low: 9, high: 9, place: 'Kleinmachnow', eventType: 'natural disaster' }),
      claim({ quote: 'two children were among the dead in Kleinmachnow', low: 2, high: 2, place: 'Kleinmachnow' }),
    ]));
    expect(new Set(next.map((x) => x.incidentId))).toEqual(new Set([first[0]!.incidentId]));
  });

  it("finds an incident by another place of the article's claims when nothing relates its main place to the incident's", () => {
    // The live page names only the camp; the wire names the city in most claims and its headline,
    // and the camp in the claim it dates. Nothing in the data puts the camp in the city.
    const m = new MemoryMatcher(gaz);
    const live = m.addDocument(doc('live', '2031-06-02', [
      claim({ quote: 'nine were killed in al-Tharwash', low: 9, high: 9, place: 'al-Tharwash' }),
      claim({ quote: 'the toll in al-Tharwash rose to 14', low: 14, high: 14, place: 'al-Tharwash' }),
    ]));
    const wire = m.addDocument(doc('wire', '2031-06-03', [
      claim({ quote: 'a strike on tents in Tharwash killed 18', low: 18, high: 18, place: 'Tharwash', date: '2031-06-02', eventType: 'air strike' }),
      claim({ quote: 'three children were among the dead in Khan Younis', low: 3, high: 3, place: 'Khan Younis' }),
      claim({ quote: 'hospitals in Khan Younis treated 40 wounded', low: 40, high: 40, outcome: 'wounded', place: 'Khan Younis' }),
      claim({ quote: 'five more died in Khan Younis', low: 5, high: 5, place: 'Khan Younis' }),
    ], 'Israeli strike on Khan Younis tent camp kills 18'));
    expect(new Set(wire.map((x) => x.incidentId))).toEqual(new Set([live[0]!.incidentId]));
    expect(wire[1]!.reasons.join(' ')).toMatch(/same place: al-Tharwash/);
    // A report placed where the incident's own town says otherwise is not drawn in by a name it shares.
    const other = m.addDocument(doc('other', '2031-06-03', [
      claim({ quote: 'a drone killed six in Nablus', low: 6, high: 6, place: 'Nablus', date: '2031-06-02', eventType: 'drone strike' }),
      claim({ quote: 'two died in Nablus', low: 2, high: 2, place: 'Nablus', date: '2031-06-02' }),
      claim({ quote: 'one man from Tharwash was wounded', low: 1, high: 1, outcome: 'wounded', place: 'Tharwash' }),
    ]));
    expect(other[0]!.incidentId).not.toBe(live[0]!.incidentId);
  });

  it('keeps two attacks of one kind on one town three weeks apart apart, unless an odd figure ties them', () => {
    const m = new MemoryMatcher(gaz);
    const first = m.addDocument(doc('w1', '2025-02-12', [
      claim({ quote: 'a drone strike on Kharkiv killed 5', low: 5, high: 5, place: 'Kharkiv', date: '2025-02-11', eventType: 'drone strike' }),
    ]));
    const later = m.addDocument(doc('w2', '2025-03-05', [
      claim({ quote: 'a drone strike on Kharkiv killed 3', low: 3, high: 3, place: 'Kharkiv', date: '2025-03-04', eventType: 'drone strike' }),
    ]));
    expect(later[0]!.incidentId).not.toBe(first[0]!.incidentId);
    expect(later[0]!.reasons.join(' ')).toMatch(/best score/);
    // The same odd toll retold with a misread date is the same strike.
    const m2 = new MemoryMatcher(gaz);
    const a = m2.addDocument(doc('v1', '2025-02-12', [
      claim({ quote: 'a drone strike on Kharkiv killed 17', low: 17, high: 17, place: 'Kharkiv', date: '2025-02-11', eventType: 'drone strike' }),
    ]));
    const b = m2.addDocument(doc('v2', '2025-03-05', [
      claim({ quote: 'the drone strike on Kharkiv that killed 17', low: 17, high: 17, place: 'Kharkiv', date: '2025-02-25', eventType: 'drone strike' }),
    ]));
    expect(b[0]!.incidentId).toBe(a[0]!.incidentId);
  });

  it('does not let a site it cannot place vouch for another town', () => {
    const m = new MemoryMatcher(gaz);
    const a = m.addDocument(doc('s1', '2025-06-16', [
      claim({ quote: 'shells hit the El Fasher grain market, killing 23', low: 23, high: 23, place: 'El Fasher', date: '2025-06-15', eventType: 'shelling' }),
      claim({ quote: 'and wounding 40', low: 40, high: 40, outcome: 'wounded', place: 'El Fasher', date: '2025-06-15', eventType: 'shelling' }),
      claim({ quote: 'six were killed at the Qarnet camp', low: 6, high: 6, place: 'Qarnet camp', date: '2025-06-15', eventType: 'shelling' }),
      claim({ quote: 'the same day shelling killed four in Kutum', low: 4, high: 4, place: 'Kutum', date: '2025-06-15', eventType: 'shelling' }),
    ]));
    expect(a[3]!.incidentId).not.toBe(a[0]!.incidentId);
    expect(a[2]!.incidentId).toBe(a[0]!.incidentId);
  });

  it('reads a site it cannot place, dated to another day, as another event of the article', () => {
    const m = new MemoryMatcher(gaz);
    const a = m.addDocument(doc('t1', '2025-06-18', [
      claim({ quote: 'shelling of the El Fasher grain market killed 31', low: 31, high: 31, place: 'El Fasher', date: '2025-06-15', eventType: 'shelling' }),
      claim({ quote: 'and injured 57', low: 57, high: 57, outcome: 'wounded', place: 'El Fasher', date: '2025-06-15', eventType: 'shelling' }),
      claim({ quote: 'a raid on the Qarnet camp killed six', low: 6, high: 6, place: 'Qarnet camp', date: '2025-06-16' }),
      // A revised toll dated by its revision, in the town itself, is still the market's.
      claim({ quote: 'the toll in El Fasher rose to 35', low: 35, high: 35, place: 'El Fasher', date: '2025-06-16' }),
    ]));
    expect(a[2]!.incidentId).not.toBe(a[0]!.incidentId);
    expect(a[3]!.incidentId).toBe(a[0]!.incidentId);
  });

  it('reads an earlier attack in the same town, months before, as another event of the article', () => {
    const m = new MemoryMatcher(gaz);
    const a = m.addDocument(doc('p1', '2025-10-08', [
      claim({ quote: 'a car bomb killed 13 people in Beledweyne', low: 13, high: 13, place: 'Beledweyne', date: '2025-10-07', eventType: 'explosion' }),
      claim({ quote: 'in March 20 people were killed when gunmen stormed a hotel in the town', low: 20, high: 20, place: 'Beledweyne', date: '2025-03-15', eventType: 'explosion' }),
    ]));
    expect(a[1]!.incidentId).not.toBe(a[0]!.incidentId);
    // A flood is counted over weeks and months: its later counts stay with it.
    const f = m.addDocument(doc('p2', '2025-12-20', [
      claim({ quote: 'the floods that began in October killed 40 people in Jowhar', low: 40, high: 40, place: 'Jowhar', date: '2025-10-12', eventType: 'natural disaster' }),
      claim({ quote: 'a December survey counted 61 deaths in Jowhar', low: 61, high: 61, place: 'Jowhar', date: '2025-12-15', eventType: 'natural disaster' }),
    ]));
    expect(f[1]!.incidentId).toBe(f[0]!.incidentId);
  });

  it('does not hold the kind of event against an article that denies the event and tells it otherwise', () => {
    const m = new MemoryMatcher(gaz);
    const a = m.addDocument(doc('k1', '2025-01-18', [
      claim({ quote: 'a jet bombed the monastery in Kanbalu, killing 21', low: 21, high: 21, place: 'Kanbalu', date: '2025-01-17', eventType: 'air strike' }),
    ]));
    const denial = m.addDocument(doc('k2', '2025-01-19', [
      claim({ quote: 'the army rejected reports that a monastery in Kanbalu was bombed', kind: 'denial', low: null, high: null, outcome: null, place: 'Kanbalu', date: '2025-01-17' }),
      claim({ quote: '12 fighters were shot when they opened fire near Kanbalu', low: 12, high: 12, place: 'Kanbalu', eventType: 'shooting' }),
    ]));
    expect(denial[1]!.incidentId).toBe(a[0]!.incidentId);
    expect(denial[1]!.reasons.join(' ')).toMatch(/not counted against a denial/);
    // Without the denial, a shooting the same day in the same town is another event.
    const other = m.addDocument(doc('k3', '2025-01-19', [
      claim({ quote: 'gunmen shot 4 traders in Kanbalu', low: 4, high: 4, place: 'Kanbalu', date: '2025-01-17', eventType: 'shooting' }),
    ]));
    expect(other[0]!.incidentId).not.toBe(a[0]!.incidentId);
  });

  it('reads an attack named by its month alone, under three months before, as another event of the article', () => {
    const m = new MemoryMatcher(gaz);
    // "In March" is dated 15 March: 85 days before the main attack, inside the old 90-day window.
    const a = m.addDocument(doc('p3', '2025-06-10', [
      claim({ quote: 'gunmen killed 11 people at a market in Beledweyne', low: 11, high: 11, place: 'Beledweyne', date: '2025-06-08', eventType: 'shooting' }),
      claim({ quote: 'In March, gunmen killed eight people at a wedding in Beledweyne', low: 8, high: 8, place: 'Beledweyne', date: '2025-03-15', eventType: 'shooting' }),
      claim({ quote: 'by 20 May the clashes in Beledweyne had killed 30 people', low: 30, high: 30, place: 'Beledweyne', date: '2025-05-20', eventType: 'shooting' }),
    ]));
    expect(a[1]!.incidentId).not.toBe(a[0]!.incidentId);
    // A count some weeks from the main day is still kept with it.
    expect(a[2]!.incidentId).toBe(a[0]!.incidentId);
  });

  it("does not carry a round-up's side event into the incident another of its side events joined", () => {
    const m = new MemoryMatcher(gaz);
    // A village the gazetteer doesn't know, so nothing tells how a Mexican state relates to it.
    const first = m.addDocument(doc('v1', '2025-10-04', [
      claim({ quote: 'gunmen killed 22 people in Velmorane', low: 22, high: 22, place: 'Velmorane', date: '2025-10-03', eventType: 'shooting' }),
    ]));
    const bar = m.addDocument(doc('c1', '2025-10-09', [
      claim({ quote: 'gunmen killed seven people in a bar in Culiacán late on Wednesday', low: 7, high: 7, place: 'Culiacán', date: '2025-10-08', eventType: 'shooting' }),
    ]));
    const r = m.addDocument(doc('week', '2025-10-11', [
      claim({ quote: 'militants with a car bomb killed nine policemen at a station in Dera Ismail Khan', low: 9, high: 9, place: 'Dera Ismail Khan', date: '2025-10-07', eventType: 'explosion' }),
      claim({ quote: 'the toll from the massacre in Velmorane now stands at 31', low: 31, high: 31, place: 'Velmorane', date: '2025-10-10', eventType: null }),
      claim({ quote: 'eight people died when gunmen attacked a bar in the state capital', low: 8, high: 8, place: 'Sinaloa state', date: '2025-10-08', eventType: 'shooting' }),
    ], 'Week in review: markets, bars and police stations'));
    expect(r[1]!.incidentId).toBe(first[0]!.incidentId);
    expect(r[2]!.incidentId, r[2]!.reasons.join('; ')).toBe(bar[0]!.incidentId);
  });

  it('keeps two incidents in the same town a year apart apart', () => {
    const m = new MemoryMatcher(gaz);
    const first = m.addDocument(doc('y1', '2022-04-09', [
      claim({ quote: 'a missile strike on Kramatorsk station killed 50', low: 50, high: 50, place: 'Kramatorsk', date: '2022-04-08', eventType: 'missile strike' }),
    ]));
    const second = m.addDocument(doc('y2', '2023-04-12', [
      claim({ quote: 'a strike on Kramatorsk killed 4', low: 4, high: 4, place: 'Kramatorsk', date: '2023-04-11', eventType: 'missile strike' }),
    ]));
    const undated = m.addDocument(doc('y3', '2023-04-13', [
      claim({ quote: 'four people died in Kramatorsk', low: 4, high: 4, place: 'Kramatorsk' }),
    ]));
    expect(second[0]!.incidentId).not.toBe(first[0]!.incidentId);
    expect(second[0]!.created).toBe(true);
    // An article with no event date is dated by its publication: it joins the recent one.
    expect(undated[0]!.incidentId).toBe(second[0]!.incidentId);
  });

  it('keeps a national total beside a single strike apart from it', () => {
    const m = new MemoryMatcher(gaz);
    const r = m.addDocument(doc('t1', '2023-10-18', [
      claim({ quote: 'the strike on the hospital in Gaza killed 200', low: 200, high: 200, place: 'a hospital in Gaza', date: '2023-10-17', eventType: 'air strike' }),
      claim({ quote: 'more than 3,000 people have been killed in Gaza since the war began', low: 3001, high: null, place: 'Gaza' }),
      claim({ quote: 'the hospital had been sheltering families when 200 were killed', low: 200, high: 200 }),
    ]));
    expect(r[0]!.incidentId).toBe(r[2]!.incidentId);
    expect(r[1]!.incidentId).not.toBe(r[0]!.incidentId);
    expect(r[1]!.reasons.join(' ')).toMatch(/total over a period/);
    // A later total about the same war joins the total, not the strike.
    const later = m.addDocument(doc('t2', '2023-10-20', [
      claim({ quote: 'the war has killed 3,500 in Gaza so far this month', low: 3500, high: 3500, place: 'Gaza' }),
    ]));
    expect(later[0]!.incidentId).toBe(r[1]!.incidentId);
  });

  it('keeps a total as of one month apart from the same total as of another', () => {
    // One article, two counts of a war's dead: the one announced now and the one given in March.
    const m = new MemoryMatcher(gaz);
    const r = m.addDocument(doc('w1', '2031-09-21', [
      claim({ quote: 'the ministry said 4,120 soldiers have died since the war began', low: 4120, high: 4120, place: 'Ukraine', victims: 'soldiers' }),
      claim({ quote: 'a toll it now puts at 4,120 dead', low: 4120, high: 4120 }),
      claim({ quote: 'in March it had said 1,050 had died since the war began', low: 1050, high: 1050, place: 'Ukraine', date: '2031-03-25' }),
    ]));
    expect(r[1]!.incidentId).toBe(r[0]!.incidentId);
    expect(r[2]!.incidentId).not.toBe(r[0]!.incidentId);
    // A total the text dates to the article's own days stays with the other.
    const same = m.addDocument(doc('w2', '2031-09-22', [
      claim({ quote: 'a day earlier the ministry said 4,120 had died since the war began', low: 4120, high: 4120, place: 'Ukraine', date: '2031-09-21' }),
      claim({ quote: 'it has lost 4,120 men in all', low: 4120, high: 4120, place: 'Ukraine' }),
    ]));
    expect(same[0]!.incidentId).toBe(same[1]!.incidentId);
  });

  it('splits an article that mentions another town and another kind of event', () => {
    const m = new MemoryMatcher(gaz);
    const r = m.addDocument(doc('s1', '2022-01-22', [
      claim({ quote: 'the air strike on the prison in Saada killed 70', low: 70, high: 70, place: 'a prison in Saada', date: '2022-01-21', eventType: 'air strike' }),
      claim({ quote: 'over 100 were wounded', low: 101, high: null, place: "Yemen's northern province of Saada" }),
      claim({ quote: 'three children were killed in a separate strike on Hodeidah', low: 3, high: 3, place: 'the port city of Hodeidah', date: '2022-01-21' }),
      claim({ quote: 'two pilots died when their helicopter crashed', low: 2, high: 2, eventType: 'crash', date: '2022-01-21' }),
    ]));
    expect(r[1]!.incidentId).toBe(r[0]!.incidentId);
    expect(r[2]!.incidentId).not.toBe(r[0]!.incidentId);
    expect(r[3]!.incidentId).not.toBe(r[0]!.incidentId);
  });

  it('reads names the gazetteer lacks as one event within an article, and by date and kind across articles', () => {
    const m = new MemoryMatcher(gaz);
    // A ridge and a village nobody has mapped, in one report of a landslide.
    const a = m.addDocument(doc('u1', '2024-07-08', [
      claim({ quote: 'the landslide buried 23 people in Zarvelin', low: 23, high: 23, place: 'Zarvelin', date: '2024-07-07', eventType: 'natural disaster' }),
      claim({ quote: 'rescuers on Kostrag Ridge found four more bodies', low: 4, high: 4, place: 'Kostrag Ridge', date: '2024-07-08', eventType: 'natural disaster' }),
    ]));
    expect(a[1]!.incidentId).toBe(a[0]!.incidentId);
    // Another outlet names only the ridge: same days, same kind of event.
    const b = m.addDocument(doc('u2', '2024-07-08', [
      claim({ quote: 'at least 27 died on Kostrag Ridge', low: 27, high: null, place: 'Kostrag Ridge', date: '2024-07-07', eventType: 'natural disaster' }),
    ]));
    expect(b[0]!.incidentId).toBe(a[0]!.incidentId);
    // A site named after the village is in it; found through the village's name.
    const c = m.addDocument(doc('u3', '2024-07-09', [
      claim({ quote: '11 injured were taken to Zarvelin Memorial Hospital', low: 11, high: 11, outcome: 'wounded', place: 'Zarvelin Memorial Hospital', date: '2024-07-07' }),
    ]));
    expect(c[0]!.incidentId).toBe(a[0]!.incidentId);
    expect(c[0]!.reasons.join(' ')).toMatch(/one lies within the other/);
  });

  it('places an article whose claims name no place by a name in its headline', () => {
    const m = new MemoryMatcher(gaz);
    const a = m.addDocument(doc('h1', '2024-07-08', [
      claim({ quote: 'the landslide in Zarvelin killed 23', low: 23, high: 23, place: 'Zarvelin', date: '2024-07-07', eventType: 'natural disaster' }),
    ]));
    // Days later, a report that gives the date of its own count and names the village only in its headline.
    const b = m.addDocument(doc('h2', '2024-07-12', [
      claim({ quote: '31 people are now known to have died', low: 31, high: 31, date: '2024-07-11', eventType: 'natural disaster' }),
    ], 'Review: Zarvelin landslide was foreseen, engineers say'));
    expect(b[0]!.incidentId).toBe(a[0]!.incidentId);
    expect(b[0]!.reasons.join(' ')).toMatch(/the headline names Zarvelin/);
    // A headline name that is no place (a person) neither places the claims nor splits them.
    const c = m.addDocument(doc('h3', '2024-07-09', [
      claim({ quote: 'the landslide in Zarvelin killed 25', low: 25, high: 25, place: 'Zarvelin', date: '2024-07-07', eventType: 'natural disaster' }),
      claim({ quote: 'four more died in hospital', low: 4, high: 4 }),
    ], 'Minister Arkady Pelmshaw visits landslide site'));
    expect(c.map((x) => x.incidentId)).toEqual([a[0]!.incidentId, a[0]!.incidentId]);
    expect(c[1]!.reasons.join(' ')).toMatch(/place from the article's other claims: Zarvelin/);
  });

  it('places a report that names only the country by the kind of site it names', () => {
    const m = new MemoryMatcher(gaz);
    const a = m.addDocument(doc('k1', '2022-04-09', [
      claim({ quote: 'the missile strike on the station in Kramatorsk killed 44', low: 44, high: 44, place: 'the railway station in Kramatorsk', date: '2022-04-08', eventType: 'missile strike' }),
    ]));
    // Undated, and placed no closer than the country: the station and the kind of event place it.
    const b = m.addDocument(doc('k2', null, [
      claim({ quote: 'dozens were killed in the strike', low: 24, high: null, place: 'Ukraine', eventType: 'missile strike' }),
    ], 'Officials say dozens dead after missile hits Ukraine railway station'));
    expect(b[0]!.incidentId).toBe(a[0]!.incidentId);
    expect(b[0]!.reasons.join(' ')).toMatch(/same kind of site: station/);
    // Without the site, the country and the kind of event are not enough.
    const c = m.addDocument(doc('k3', null, [
      claim({ quote: 'twelve were killed in the strike', low: 12, high: 12, place: 'Ukraine', eventType: 'missile strike' }),
    ], 'Officials say 12 dead after missile strike in Ukraine'));
    expect(c[0]!.incidentId).not.toBe(a[0]!.incidentId);
  });

  it('reads a date two days off as the day a toll was reported, still close to the event', () => {
    const m = new MemoryMatcher(gaz);
    const a = m.addDocument(doc('r1', '2024-11-03', [
      claim({ quote: 'the fire at the Pelmshaw depot killed nine workers', low: 9, high: 9, place: 'Pelmshaw', date: '2024-11-02', eventType: 'explosion' }),
    ]));
    // A hospital named after the town, and the day its count was given.
    const b = m.addDocument(doc('r2', '2024-11-05', [
      claim({ quote: 'Pelmshaw Memorial Hospital said on Monday it was treating 14 burns victims', low: 14, high: 14, outcome: 'wounded', place: 'Pelmshaw Memorial Hospital', date: '2024-11-04' }),
    ]));
    expect(b[0]!.incidentId).toBe(a[0]!.incidentId);
    expect(b[0]!.reasons.join(' ')).toMatch(/event dates 2 days apart/);
  });

  it('finds an incident known only by names the gazetteer lacks through a figure it reported', () => {
    const m = new MemoryMatcher(gaz);
    const a = m.addDocument(doc('f1', '2024-02-11', [
      claim({ quote: 'the blast at the Pelmshaw depot killed 37', low: 37, high: 37, place: 'Pelmshaw depot', date: '2024-02-10', eventType: 'explosion' }),
    ]));
    // The second report places it in a known town of a known country: no name in common.
    const b = m.addDocument(doc('f2', '2024-02-12', [
      claim({ quote: '37 people were killed in the explosion near Kramatorsk', low: 37, high: 37, place: 'Kramatorsk', date: '2024-02-10', eventType: 'explosion' }),
    ], 'Explosion kills 37 in eastern Ukraine'));
    expect(b[0]!.incidentId).toBe(a[0]!.incidentId);
  });

  it("keeps a denial with its article's event whatever kind of event its words suggest", () => {
    const m = new MemoryMatcher(gaz);
    const r = m.addDocument(doc('d1', '2024-05-03', [
      claim({ quote: 'artillery shells killed six people in Kupiansk', low: 6, high: 6, place: 'Kupiansk', date: '2024-05-02', eventType: 'shelling' }),
      claim({ quote: 'the army said its units had not opened fire on the town', kind: 'denial', low: null, high: null, eventType: 'shooting' }),
      claim({ quote: 'two pilots died when their helicopter crashed', low: 2, high: 2, eventType: 'crash', date: '2024-05-02' }),
    ]));
    expect(r[1]!.incidentId).toBe(r[0]!.incidentId);
    expect(r[2]!.incidentId).not.toBe(r[0]!.incidentId);
  });

  it("takes the article's main place from the claims the text dates over undated mentions of other events", () => {
    const m = new MemoryMatcher(gaz);
    const r = m.addDocument(doc('w1', '2024-10-02', [
      claim({ quote: 'the cyclone killed 14 people in Madagascar on Monday', low: 14, high: 14, place: 'Madagascar', date: '2024-09-30', eventType: 'natural disaster' }),
      claim({ quote: 'by Tuesday the toll in Madagascar had reached 19', low: 19, high: 19, place: 'Madagascar', date: '2024-10-01', eventType: 'natural disaster' }),
      claim({ quote: 'a cyclone killed more than 1,000 in Mozambique', low: 1001, high: null, place: 'Mozambique', eventType: 'natural disaster' }),
      claim({ quote: 'another left 600 dead in Mozambique', low: 600, high: 600, place: 'Mozambique', eventType: 'natural disaster' }),
      claim({ quote: 'at least 40 of them died in Mozambique', low: 40, high: null, place: 'Mozambique', eventType: 'natural disaster' }),
      claim({ quote: 'rescuers recovered 23 bodies', low: 23, high: 23, eventType: 'natural disaster' }),
    ]));
    expect(r[1]!.incidentId).toBe(r[0]!.incidentId);
    // The claim with no place joins the dated event, not the mentions of past storms.
    expect(r[5]!.incidentId).toBe(r[0]!.incidentId);
    expect(r[2]!.incidentId).not.toBe(r[0]!.incidentId);
  });

  it('reads "U.S." as the United States, not a village named Us', () => {
    expect(gaz.resolve('U.S.')).toMatchObject({ level: 'country', country: 'US' });
    expect(gaz.resolve('the US')).toMatchObject({ level: 'country', country: 'US' });
    expect(gaz.resolve('UK')).toMatchObject({ level: 'country', country: 'GB' });
  });

  it('reads "US" and "UK" as countries only in capitals, not the pronoun of a title-case headline', () => {
    expect(gaz.countriesIn('Flood Survivors Say Nobody Came For Us')).toEqual([]);
    expect(gaz.countriesIn('US Strike Kills Four In Port Harlan')).toEqual(['US']);
    expect(gaz.countriesIn('UK Aid Convoy Reaches The Valley')).toEqual(['GB']);
  });

  it('does not join different towns of one province, nor towns in different countries', () => {
    const m = new MemoryMatcher(gaz);
    const a = m.addDocument(doc('p1', '2022-04-09', [claim({ quote: 'x', place: 'Kramatorsk', date: '2022-04-08' })]));
    const b = m.addDocument(doc('p2', '2022-04-09', [claim({ quote: 'y', place: 'Mariupol', date: '2022-04-08' })]));
    const c = m.addDocument(doc('p3', '2022-04-09', [claim({ quote: 'z', place: 'Mosul', date: '2022-04-08' })]));
    expect(new Set([a[0]!.incidentId, b[0]!.incidentId, c[0]!.incidentId]).size).toBe(3);
    expect(b[0]!.created).toBe(true);
    expect(c[0]!.created).toBe(true);
  });
  it('takes the same number as dead in one report and wounded in another for evidence only where the places agree', () => {
    const m = new MemoryMatcher(gaz);
    const a = m.addDocument(doc('x1', '2025-03-07', [
      claim({ quote: 'shells fell on the Kadugli cattle market, killing 23', low: 23, high: 23, place: 'Kadugli', date: '2025-03-06', eventType: 'shelling' }),
    ]));
    // A blast in a town the gazetteer lacks, the same day, with 23 wounded: nothing ties the two.
    const b = m.addDocument(doc('x2', '2025-03-07', [
      claim({ quote: 'the blast in Wardhiigley left 23 wounded', low: 23, high: 23, outcome: 'wounded', place: 'Wardhiigley', date: '2025-03-06', eventType: 'explosion' }),
    ]));
    expect(b[0]!.incidentId).not.toBe(a[0]!.incidentId);
    // The same number of dead is a retelling, even from a spelling the gazetteer lacks.
    const c = m.addDocument(doc('x3', '2025-03-08', [
      claim({ quote: 'the toll from the shelling of Kaduqli market reached 23', low: 23, high: 23, place: 'Kaduqli market', date: '2025-03-06', eventType: 'shelling' }),
    ]));
    expect(c[0]!.incidentId).toBe(a[0]!.incidentId);
  });
  describe('a small figure shared by chance', () => {
    // A town the gazetteer places, and the next day a report from a village it lacks with the
    // same small toll: two events, whatever the number.
    it.each([
      ['a village', 'Tarvelsk', 'nine people drowned when the ferry sank off Tarvelsk'],
      ['a district', 'Ormelin district', 'the landslide buried 17 in Ormelin district'],
      ['a neighbourhood named as a city', 'Quesh city', 'clashes in Quesh city killed 17'],
    ])('does not join %s the gazetteer lacks to a known town through a toll of 17', (_, place, quote) => {
      const m = new MemoryMatcher(gaz);
      const a = m.addDocument(doc('t1', '2031-05-11', [
        claim({ quote: 'a blast at a chemical plant in Kadugli killed 17 workers', low: 17, high: 17, place: 'Kadugli', date: '2031-05-10' }),
      ]));
      const b = m.addDocument(doc('t2', '2031-05-12', [claim({ quote, low: 17, high: 17, place, date: '2031-05-11' })]));
      expect(b[0]!.incidentId).not.toBe(a[0]!.incidentId);
    });

    it('does not join articles about different countries through a small toll, even beside a province', () => {
      const m = new MemoryMatcher(gaz);
      const a = m.addDocument(doc('r1', '2031-05-11', [
        claim({ quote: 'the quake killed 14 across Malatya province', low: 14, high: 14, place: 'Malatya province', date: '2031-05-10', eventType: 'natural disaster' }),
      ]));
      const b = m.addDocument(doc('r2', '2031-05-11', [
        claim({ quote: 'the raid near Zarghun Kalay left 14 dead', low: 14, high: 14, place: 'Zarghun Kalay', date: '2031-05-10' }),
      ], 'Pakistan says 14 killed in raid'));
      expect(b[0]!.incidentId).not.toBe(a[0]!.incidentId);
    });

    it('still takes it from a village the gazetteer lacks, in the province the other report names', () => {
      const m = new MemoryMatcher(gaz);
      const a = m.addDocument(doc('s1', '2031-05-11', [
        claim({ quote: 'jets bombed a village in Sagaing region, killing 23', low: 23, high: 23, place: 'Sagaing region', date: '2031-05-10', eventType: 'air strike' }),
      ]));
      const b = m.addDocument(doc('s2', '2031-05-12', [
        claim({ quote: 'residents of Pyinmagon buried 23 of their neighbours', low: 23, high: 23, place: 'Pyinmagon', date: '2031-05-11' }),
      ]));
      expect(b[0]!.incidentId).toBe(a[0]!.incidentId);
    });

    it('still takes a large figure as a retelling', () => {
      const m = new MemoryMatcher(gaz);
      const a = m.addDocument(doc('u1', '2031-05-11', [
        claim({ quote: 'the collapse in Kadugli killed 143', low: 143, high: 143, place: 'Kadugli', date: '2031-05-10' }),
      ]));
      const b = m.addDocument(doc('u2', '2031-05-12', [
        claim({ quote: 'rescuers at Wendrami pulled out the last of 143 bodies', low: 143, high: 143, place: 'Wendrami', date: '2031-05-11' }),
      ]));
      expect(b[0]!.incidentId).toBe(a[0]!.incidentId);
    });
  });
  describe('a complex attack told as a bombing and a shooting', () => {
    it('keeps the bomb and the gunfire of one town and day in one incident', () => {
      const m = new MemoryMatcher(gaz);
      const r = m.addDocument(doc('k1', '2031-03-05', [
        claim({ quote: 'gunmen killed nine soldiers at the Bannu gate', low: 9, high: 9, place: 'Bannu', date: '2031-03-04', eventType: 'shooting' }),
        claim({ quote: 'the car bomb that opened the assault killed four', low: 4, high: 4, place: 'Bannu', date: '2031-03-04', eventType: 'explosion' }),
        claim({ quote: 'six attackers were shot dead', low: 6, high: 6, place: 'Bannu', eventType: 'shooting' }),
        claim({ quote: 'a suicide blast at the wall wounded 15', low: 15, high: 15, outcome: 'wounded', eventType: 'explosion' }),
      ]));
      expect(new Set(r.map((x) => x.incidentId)).size).toBe(1);
    });

    it('still reads a bombing elsewhere the same day, or in another article, as another event', () => {
      const m = new MemoryMatcher(gaz);
      const r = m.addDocument(doc('k2', '2031-03-05', [
        claim({ quote: 'gunmen killed nine soldiers at the Bannu gate', low: 9, high: 9, place: 'Bannu', date: '2031-03-04', eventType: 'shooting' }),
        claim({ quote: 'six attackers were shot dead', low: 6, high: 6, place: 'Bannu', eventType: 'shooting' }),
        claim({ quote: 'a roadside bomb in Tirvan district killed four', low: 4, high: 4, place: 'Tirvan district', date: '2031-03-04', eventType: 'explosion' }),
      ]));
      expect(r[2]!.incidentId).not.toBe(r[0]!.incidentId);
      const other = m.addDocument(doc('k3', '2031-03-05', [
        claim({ quote: 'a bomb at a Bannu bus stand killed four commuters', low: 4, high: 4, place: 'Bannu', date: '2031-03-01', eventType: 'explosion' }),
      ]));
      expect(other[0]!.incidentId).not.toBe(r[0]!.incidentId);
    });
  });
  // Known gap: two names the gazetteer lacks (a beach, a neighbourhood) in articles whose countries
  // nothing tells, on the same day with the same small toll, are read as one event. Two such names
  // say nothing either way: "Cape X" and "the X Sea" of one shipwreck are as common, and requiring
  // more evidence split those.
  it.fails('does not join two names the gazetteer lacks through a small toll alone', () => {
    const m = new MemoryMatcher(gaz);
    const a = m.addDocument(doc('g1', '2031-05-12', [
      claim({ quote: 'two more bodies washed up at Pelvarro, taking the toll to 11', low: 11, high: 11, place: 'Pelvarro', date: '2031-05-11' }),
    ]));
    const b = m.addDocument(doc('g2', '2031-05-12', [
      claim({ quote: 'the massacre at a party in Quintaruz left 11 dead', low: 11, high: 11, place: 'Quintaruz', date: '2031-05-11' }),
    ]));
    expect(b[0]!.incidentId).not.toBe(a[0]!.incidentId);
  });
});
