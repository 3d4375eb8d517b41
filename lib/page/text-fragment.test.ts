import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from './text-fragment';

describe('textFragmentUrl', () => {
  it('links a short quote whole, escaping the directive syntax and dropping an old fragment', () => {
    expect(textFragmentUrl('https://a.example/story#comments', 'at least 14 people were killed, co-workers said & left')).toBe(
      'https://a.example/story#:~:text=at%20least%2014%20people%20were%20killed%2C%20co%2Dworkers%20said%20%26%20left',
    );
  });
  it('links a long quote by its first and last five words', () => {
    const quote = 'Nine civilians were killed when shells struck a crowded market in the old town on Sunday morning';
    expect(textFragmentUrl('https://b.example/x', quote)).toBe(
      'https://b.example/x#:~:text=Nine%20civilians%20were%20killed%20when,old%20town%20on%20Sunday%20morning',
    );
  });
  it('gives nothing for a missing or non-web address', () => {
    expect(textFragmentUrl(null, 'x')).toBeNull();
    expect(textFragmentUrl('javascript:alert(1)', 'x')).toBeNull();
    expect(textFragmentUrl('not a url', 'x')).toBeNull();
  });
});
