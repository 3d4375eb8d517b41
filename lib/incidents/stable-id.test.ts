import { describe, expect, it } from 'vitest';
import { cyrb53, stableId } from './stable-id';

describe('stable ids', () => {
  it('are the two cyrb53 halves, seeds 0 and 0x9e3779b9, in base 36', () => {
    // Ids are stored and shared between team members: they must never change.
    const texts = ['', 'a', 'c_ \u0001 Mayadeen', 'Médecins Sans Frontières — “quoted”', '😀 surrogates', 'x'.repeat(1000)];
    for (let i = 0; i < 200; i++) texts.push(Array.from({ length: i }, (_, j) => String.fromCharCode(32 + ((i * 7919 + j * 104729) % 5000))).join(''));
    for (const t of texts) {
      expect(stableId(t)).toBe(cyrb53(t, 0).toString(36).padStart(11, '0') + cyrb53(t, 0x9e3779b9).toString(36).padStart(11, '0'));
    }
    expect(stableId('https://outlet-a.example/news/mayadeen-market')).toBe('1sqe7eoqvw307xr1ljy2bb');
  });
});
