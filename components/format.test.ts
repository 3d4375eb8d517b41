import { describe, expect, it } from 'vitest';
import { hintText, rangeText } from './format';

describe('the hover hint', () => {
  it('names the outcome its sources are counted by, and the denials', () => {
    expect(hintText({ otherSources: 2, low: 4, high: 26, outcome: 'killed', denials: 2 })).toBe('2 other sources: 4 – 26 killed · 2 denials');
    expect(hintText({ otherSources: 1, low: 31, high: 31, outcome: 'wounded', denials: 0 })).toBe('1 other source: 31 wounded');
    expect(hintText({ otherSources: 0, low: null, high: null, outcome: 'killed', denials: 1 })).toBe('No other source yet · 1 denial');
  });

  it('says open ranges in words', () => {
    expect(hintText({ otherSources: 1, low: 9, high: null, outcome: 'killed', denials: 0 })).toBe('1 other source: at least 9 killed');
    expect(rangeText(null, 14)).toBe('up to 14');
    expect(rangeText(null, null)).toBe('no figure');
  });
});
