import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const pieces = (text: string) => splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends a sentence at a full stop before a capital, not after an abbreviation', () => {
    expect(pieces('Gen. Marrow said 4 died. The army denied it.')).toEqual(['Gen. Marrow said 4 died.', 'The army denied it.']);
  });

  it('cuts a run with no sentence end into pieces of at most 1,500 characters, at clause breaks', () => {
    const run = Array.from({ length: 400 }, (_, i) => `item ${i} was listed, `).join('');
    const parts = splitSentences(run, 0, run.length);
    expect(parts.length).toBeGreaterThan(4);
    for (const p of parts) {
      expect(p.end - p.start).toBeLessThanOrEqual(1500);
      // Each piece ends at a clause's comma, and together they cover the run.
      expect(run.slice(p.start, p.end)).toMatch(/,$|listed$/);
    }
    expect(parts.map((p) => run.slice(p.start, p.end)).join(' ')).toBe(run.trim());
  });

  it('cuts at a space when a long run has no clause break', () => {
    const run = 'word '.repeat(1000).trim();
    const parts = splitSentences(run, 0, run.length);
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts) {
      expect(p.end - p.start).toBeLessThanOrEqual(1500);
      expect(run.slice(p.start, p.end)).toMatch(/^word( word)*$/);
    }
    expect(parts.map((p) => run.slice(p.start, p.end)).join(' ')).toBe(run);
  });
});
