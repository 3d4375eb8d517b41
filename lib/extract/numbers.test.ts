import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findNumberPhrases, findNumberPhrasesWithin, parseWordNumber } from './numbers';
import { textWithRange } from './test-arbitraries';

function read(text: string) {
  return findNumberPhrases(text).map((p) => ({
    text: text.slice(p.start, p.end),
    low: p.low,
    high: p.high,
    approx: p.approx,
  }));
}

describe('number phrases', () => {
  it.each([
    ['at least nine', 9, null, false],
    ['no fewer than 12', 12, null, false],
    ['more than 1,400', 1401, null, false],
    ['over 80', 81, null, false],
    ['up to 200', null, 200, false],
    ['as many as 400', null, 400, false],
    ['about 300', 300, 300, true],
    ['around 70', 70, 70, true],
    ['nearly 500', 500, 500, true],
    ['some 61', 61, 61, true],
    ['roughly 2,000', 2000, 2000, true],
    ['between 300,000 and 400,000', 300000, 400000, false],
    ['20 to 30', 20, 30, false],
    ['80,000-100,000', 80000, 100000, false],
    ['twenty-six', 26, 26, false],
    ['two hundred and forty', 240, 240, false],
    ['One hundred and five', 105, 105, false],
    ['a dozen', 12, 12, false],
    ['two dozen', 24, 24, false],
    ['dozens', 24, null, true],
    ['scores', 40, null, true],
    ['hundreds', 200, null, true],
    ['thousands', 2000, null, true],
    ['several hundred', 200, null, true],
    ['60 thousand', 60000, 60000, false],
    ['518k', 518000, 518000, false],
    ['1.2m', 1200000, 1200000, false],
    ['half a million', 500000, 500000, false],
    ['1.5 million', 1500000, 1500000, false],
    ['at least a hundred', 100, null, false],
    ['upward of 50', 51, null, false],
    ['a minimum of 25', 25, null, false],
    ['a maximum of 40', null, 40, false],
    ['2 dozen', 24, 24, false],
    ['another dozen', 12, 12, false],
    ['10.000', 10000, 10000, false],
    ['1.500 million', 1500000, 1500000, false],
    ['1,000-plus', 1000, null, false],
    ['500+', 500, null, false],
  ])('reads %j', (text, low, high, approx) => {
    expect(read(text)).toEqual([{ text, low, high, approx }]);
  });

  it('reads a revision "from A to B" as two phrases', () => {
    const r = read('raised the figure from 63 to 89');
    expect(r.map((x) => [x.text, x.low])).toEqual([
      ['from 63', 63],
      ['89', 89],
    ]);
  });

  it('reads a list "A and B" as two phrases', () => {
    expect(read('45 adults and 5 children').map((x) => x.low)).toEqual([45, 5]);
  });

  it('joins digit groups set off by a no-break, narrow or thin space, never by a plain one', () => {
    expect(read('2\u00a0300')).toEqual([{ text: '2\u00a0300', low: 2300, high: 2300, approx: false }]);
    expect(read('about 12\u202f500')).toEqual([{ text: 'about 12\u202f500', low: 12500, high: 12500, approx: true }]);
    expect(read('1\u2009250\u2009000').map((x) => x.low)).toEqual([1250000]);
    // "on 12 May 2024, 9 people": plain spaces separate numbers.
    expect(read('12 300').map((x) => x.low)).toEqual([12, 300]);
  });

  it('reads "by A to B" as a change and a total, not a range', () => {
    expect(read('rose by 12 to 52').map((x) => [x.text, x.low, x.high])).toEqual([['12', 12, 12], ['52', 52, 52]]);
    expect(read('from 12 to 52').map((x) => x.text)).toEqual(['from 12', '52']);
    expect(read('range from 300 to 500').map((x) => [x.text, x.low, x.high])).toEqual([['from 300 to 500', 300, 500]]);
  });

  it('does not start inside words or numbers', () => {
    expect(read('someone')).toEqual([]);
    expect(read('a1b2')).toEqual([]);
  });
});

describe('word numbers, property-based', () => {
  const units = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  const teens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
  const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  /** An independent speller: below 1,000,000, British style ("two hundred and forty"). */
  function spell(n: number): string {
    if (n >= 1000) {
      const rest = n % 1000;
      return `${spell(Math.floor(n / 1000))} thousand${rest ? (rest < 100 ? ' and ' : ' ') + spell(rest) : ''}`;
    }
    if (n >= 100) {
      const rest = n % 100;
      return `${units[Math.floor(n / 100)]} hundred${rest ? ' and ' + spell(rest) : ''}`;
    }
    if (n >= 20) return tens[Math.floor(n / 10)] + (n % 10 ? '-' + units[n % 10] : '');
    if (n >= 10) return teens[n - 10];
    return units[n];
  }

  it('parses every spelled number back to its value', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999_999 }), (n) => parseWordNumber(spell(n)) === n));
  });

  it('finds a spelled number inside a sentence with exact offsets', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999 }), (n) => {
        const words = spell(n);
        const text = `Officials said ${words} people were killed.`;
        const [p] = findNumberPhrases(text);
        return p !== undefined && text.slice(p.start, p.end) === words && p.low === n && p.high === n;
      }),
    );
  });

  it('reads digits with thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => {
        const text = `a toll of ${n.toLocaleString('en-US')} was given`;
        const [p] = findNumberPhrases(text);
        return p !== undefined && p.low === n;
      }),
    );
  });
});

describe('findNumberPhrasesWithin', () => {
  // Qualifiers, number words, separators and look-alikes, joined by any whitespace or punctuation.
  const word = fc.constantFrom(
    'at least', 'up to', 'between', 'from', 'about', 'some', 'no more than', 'and', 'to', 'or', '-', '–', 'a', 'A',
    'one', 'Two', 'twenty-six', 'hundred', 'a hundred', 'a few', 'dozen', 'dozens', 'tens of', 'thousands', 'half a',
    'both', 'someone', 'often', '3', '45', '1,200', '2.5', 'million', 'k', '$', '€', 'killed', 'people', '.', ',',
    // Qualifiers of two and three words, in any case and spacing: the search skips to them.
    'no fewer than', 'as many as', 'in excess of', 'NO\u2003FEWER  THAN', 'more than', 'well over', 'an estimated',
    'exceeded', 'anywhere from', 'fewer', 'than', 'as', 'many',
  );
  const gap = fc.constantFrom(' ', '  ', '\n', '\n\n', '\u00a0', '\u2003', '\t ', '', ', ', '. ');
  it('gives the phrases of findNumberPhrases that end inside the range', () => {
    fc.assert(
      fc.property(textWithRange(fc.tuple(word, gap).map(([w, g]) => w + g), 24), ({ text, from, to }) => {
        expect(findNumberPhrasesWithin(text, from, to)).toEqual(findNumberPhrases(text, from, to).filter((p) => p.end <= to));
      }),
      { numRuns: 3000 },
    );
  });
});
