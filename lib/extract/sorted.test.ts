import { describe, expect, it } from 'vitest';
import { countBefore } from './sorted';
import { mulberry32 } from '../test-support/random';

describe('countBefore', () => {
  it('counts the entries below a value, as a linear count does', () => {
    const rand = mulberry32(7);
    for (let t = 0; t < 200; t++) {
      const list = Array.from({ length: Math.floor(rand() * 20) }, () => Math.floor(rand() * 30)).sort((a, b) => a - b);
      const at = Math.floor(rand() * 34) - 2;
      expect(countBefore(list, at)).toBe(list.filter((x) => x < at).length);
    }
  });

  it('searches items by a key, as tokens and sentences are searched by their start', () => {
    const spans = [3, 3, 8, 15].map((start) => ({ start, end: start + 2 }));
    expect([0, 3, 4, 9, 15, 16].map((at) => countBefore(spans, at, (s) => s.start))).toEqual([0, 0, 2, 3, 3, 4]);
  });
});
