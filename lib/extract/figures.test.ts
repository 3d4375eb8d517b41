import { describe, expect, it } from 'vitest';
import { findFigures } from './figures';
import { FIGURE_CASES } from './fixtures/figures';

describe('findFigures', () => {
  it.each(FIGURE_CASES)('$text', ({ text, figures }) => {
    const found = findFigures(text, 0, text.length).map((f) => ({
      n: text.slice(f.numberStart, f.numberEnd),
      low: f.low,
      high: f.high,
      outcome: f.outcome,
      victims: f.victims,
    }));
    expect(found.map(({ victims, ...rest }) => rest)).toEqual(figures.map(({ victims, ...rest }) => rest));
    figures.forEach((want, i) => {
      if (want.victims !== undefined) expect(found[i].victims).toBe(want.victims);
    });
  });

  it('reads a figure whose predicate is negated as negated', () => {
    const text = '3,000 people did not die in the storm.';
    const [f] = findFigures(text, 0, text.length);
    expect(f.negated).toBe(true);
    expect(f.low).toBe(3000);
  });

  it('gives offsets into the whole text, not the sentence', () => {
    const text = 'Unrelated opening. Rebels said 12 fighters were killed.';
    const start = text.indexOf('Rebels');
    const [f] = findFigures(text, start, text.length);
    expect(text.slice(f.numberStart, f.numberEnd)).toBe('12');
    expect(text.slice(f.quoteStart, f.quoteEnd)).toBe('12 fighters were killed');
  });

  it('reads words that name Object.prototype members as plain words', () => {
    // Word tables are looked up with `in` and []: "constructor" must not find Object's own members.
    for (const text of ['The army said it lost 40 constructor units.', 'Police said 12 toString valueOf were seen.', 'Of the constructor, 5 were found.']) {
      for (const f of findFigures(text, 0, text.length)) expect(typeof f.outcome).toBe('string');
    }
    expect(findFigures('The army said it lost 40 constructor units.', 0, 44)).toEqual([]);
  });
});
