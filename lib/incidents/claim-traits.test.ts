import { describe, expect, it } from 'vitest';
import { isPeriodTotal } from './claim-traits';

const fig = (quote: string, low: number | null = 12) => ({ quote, low, high: low, eventType: null });

describe('isPeriodTotal', () => {
  it('reads "since" with a period as a total', () => {
    expect(isPeriodTotal(fig('31 people have been killed in the district since March'))).toBe(true);
    expect(isPeriodTotal(fig('since the fighting began, 400 soldiers have died'))).toBe(true);
    // A name after "since" is no participle, even one ending in -ed.
    expect(isPeriodTotal(fig('42 protesters have been killed since Mehmed took office'))).toBe(true);
    expect(isPeriodTotal(fig('Since Ahmed came to power, 90 people died in custody'))).toBe(true);
  });

  it('does not read the adverb "since" (a later change to one event\'s toll) as a total', () => {
    expect(isPeriodTotal(fig('three of the rescued have since succumbed'))).toBe(false);
    expect(isPeriodTotal(fig('the toll has since risen to 14'))).toBe(false);
    expect(isPeriodTotal(fig('a pilot who since passed away in hospital'))).toBe(false);
  });

  it('keeps a disaster\'s large count a single event, other counts that large a total', () => {
    expect(isPeriodTotal({ quote: '2,300 people were injured', low: 2300, high: 2300, eventType: 'natural disaster' }, true)).toBe(false);
    expect(isPeriodTotal({ quote: '2,300 people were injured', low: 2300, high: 2300, eventType: null }, true)).toBe(true);
  });

  it('reads thousands on no day the text gives as a total, wherever it is placed', () => {
    // "The rebels have killed more than 4,000 people in the valley and the hills since 2016": the
    // quote the extractor keeps ("killed more than 4,000 people") has lost the period.
    const count = { quote: 'killed more than 4,000 people', low: 4001, high: null, eventType: null };
    expect(isPeriodTotal({ ...count, date: null })).toBe(true);
    expect(isPeriodTotal({ ...count, date: '2031-05-02' })).toBe(false);
  });

  it('reads a count running up to now over a region, on no day, as a total', () => {
    const count = { quote: 'at least 58 farmers have been killed', low: 58, high: null, eventType: null, date: null };
    expect(isPeriodTotal(count, false, true)).toBe(true);
    // In a town it is as often one attack's toll so far; a dated one is an attack's; a modal guesses.
    expect(isPeriodTotal(count, false, false)).toBe(false);
    expect(isPeriodTotal({ ...count, date: '2031-05-02' }, false, true)).toBe(false);
    expect(isPeriodTotal({ ...count, quote: 'at least 58 farmers could have died' }, false, true)).toBe(false);
  });

  it("reads a crash's running toll as the crash's, not a total", () => {
    const toll = { quote: '23 passengers have died', low: 23, high: 23, date: null };
    expect(isPeriodTotal({ ...toll, eventType: 'crash' }, true)).toBe(false);
    expect(isPeriodTotal({ ...toll, quote: 'at least 31 people have been killed', eventType: 'crash' }, true)).toBe(false);
    // Not when it says a period, nor for another kind of event.
    expect(isPeriodTotal({ ...toll, quote: '230 people have died on the roads so far this year', eventType: 'crash' }, true)).toBe(true);
    expect(isPeriodTotal({ ...toll, eventType: 'shelling' }, true)).toBe(true);
  });
});
