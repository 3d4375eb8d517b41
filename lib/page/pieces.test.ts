import { describe, expect, it } from 'vitest';
import { cutPieces } from './pieces';

describe('cutPieces', () => {
  it('covers the text once in new parts, cut at paragraph breaks, with context from earlier paragraphs', () => {
    const paras = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} `.repeat(8).trim());
    const text = paras.join('\n\n');
    const pieces = cutPieces(text, 1000, 300);
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.map((p) => p.text.slice(p.from)).join('')).toBe(text);
    for (const p of pieces.slice(1)) {
      expect(p.from).toBeGreaterThan(0);
      expect(p.from).toBeLessThanOrEqual(300 + 2);
      expect(text.slice(p.start - 2, p.start)).toBe('\n\n');
      expect(p.text.slice(p.from - 2, p.from)).toBe('\n\n');
    }
    expect(cutPieces('short text')).toEqual([{ start: 0, from: 0, text: 'short text' }]);
    expect(cutPieces('')).toEqual([]);
  });
});
