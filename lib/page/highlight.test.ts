import { afterEach, describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAMES, Highlighter } from './highlight';

// A stand-in for the browser's Highlight and registry (happy-dom has neither), shaped as the standard.
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Highlight;
  delete (globalThis.CSS as unknown as Record<string, unknown> | undefined)?.highlights;
});

describe('Highlighter', () => {
  it('registers every countercheck-* name with priorities, adds and removes ranges, and unregisters', () => {
    const registry = new Map<string, FakeHighlight>();
    (globalThis as Record<string, unknown>).Highlight = FakeHighlight;
    (globalThis as Record<string, unknown>).CSS = { ...(globalThis.CSS ?? {}), highlights: registry };
    const h = new Highlighter();
    expect(h.supported).toBe(true);
    h.install();
    expect([...registry.keys()].sort()).toEqual(Object.values(HIGHLIGHT_NAMES).sort());
    expect(registry.get('countercheck-focus')!.priority).toBeGreaterThan(registry.get('countercheck-figure')!.priority);
    const r = {} as AbstractRange;
    h.add('number', r);
    expect(registry.get('countercheck-number')!.has(r)).toBe(true);
    h.delete('number', r);
    expect(h.size('number')).toBe(0);
    h.uninstall();
    expect(registry.size).toBe(0);
  });

  it('degrades to doing nothing where the API is missing', () => {
    const h = new Highlighter();
    expect(h.supported).toBe(false);
    h.install();
    h.add('figure', {} as AbstractRange);
    expect(h.size('figure')).toBe(0);
  });
});
