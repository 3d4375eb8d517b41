import { describe, expect, it } from 'vitest';
import { textWindows } from './text-windows';
import { mulberry32 as random } from '../test-support/random';

describe('textWindows', () => {
  it('gives a short text, and an empty one, as a single window', () => {
    expect(textWindows('Two boats sank.', 100)).toEqual([[0, 15]]);
    expect(textWindows('', 100)).toEqual([[0, 0]]);
    expect(textWindows('x'.repeat(100), 100)).toEqual([[0, 100]]);
  });

  it('cuts after a paragraph break first, then a line break, a sentence end, a space', () => {
    const para = 'aaaa aaaa. bbbbbb\ncc\n\ndd ee';
    expect(textWindows(para, 24)[0]).toEqual([0, para.indexOf('\n\n') + 2]);
    const line = 'aaaa aaaa. bbbbbb\ncc dd ee ff';
    expect(textWindows(line, 24)[0]).toEqual([0, line.indexOf('\n') + 1]);
    const sentence = 'aaaa aaaa aaaa. “Yes.” bbbb cc dd';
    expect(textWindows(sentence, 30)[0]).toEqual([0, sentence.indexOf('” ') + 2]);
    const words = 'aaaa bbbb cccc dddd eeee ffff';
    expect(textWindows(words, 22)[0]).toEqual([0, 20]);
  });

  it('never splits a surrogate pair when there is no break at all', () => {
    const text = '😀'.repeat(50); // 100 UTF-16 code units, no spaces
    for (const [start, end] of textWindows(text, 15)) {
      expect(text.codePointAt(start)).toBe(0x1f600);
      expect(end - start).toBeLessThanOrEqual(15);
    }
  });

  it('covers any text exactly, in order, with windows no longer than the size', () => {
    const next = random(7);
    const alphabet = ['a', 'b', ' ', ' ', '.', '\n', '\n\n', '”', '😀', 'é'];
    for (let round = 0; round < 300; round++) {
      const size = 2 + Math.floor(next() * 60);
      let text = '';
      const length = Math.floor(next() * 400);
      while (text.length < length) text += alphabet[Math.floor(next() * alphabet.length)];
      const windows = textWindows(text, size);
      expect(windows[0]![0]).toBe(0);
      expect(windows.at(-1)![1]).toBe(text.length);
      for (let i = 0; i < windows.length; i++) {
        const [start, end] = windows[i]!;
        if (i > 0) expect(start).toBe(windows[i - 1]![1]);
        expect(end - start).toBeLessThanOrEqual(size);
        if (text.length > 0) expect(end).toBeGreaterThan(start);
      }
    }
  });
});
