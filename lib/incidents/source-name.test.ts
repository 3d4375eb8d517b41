import { describe, expect, it } from 'vitest';
import { resolveWithinDocument, sourceKey } from './source-name';

describe('source names', () => {
  it('folds the spellings of one ministry to one key', () => {
    const keys = [
      "Russia's Defense Ministry",
      'the Russian defence ministry',
      "Moscow's defence ministry",
      'The Russian Ministry of Defense',
      'the Ministry of Defense of the Russian Federation',
    ].map((s) => sourceKey(s)!.key);
    expect(new Set(keys)).toEqual(new Set(['RU defence ministry']));
  });

  it('keeps different sources apart', () => {
    expect(sourceKey("Ukraine's defence ministry")!.key).not.toBe(sourceKey("Russia's defence ministry")!.key);
    expect(sourceKey('the Russian Defence Minister')!.key).not.toBe(sourceKey('the Russian Defence Ministry')!.key);
    expect(sourceKey(null)).toBeNull();
    expect(sourceKey('  ')).toBeNull();
  });

  it('reads acronyms and translations of an organisation as one', () => {
    expect(sourceKey('Médecins Sans Frontières')!.key).toBe(sourceKey('Doctors Without Borders')!.key);
    expect(sourceKey('US officials')!.key).toBe(sourceKey('U.S. officials')!.key);
  });

  it('resolves "the ministry" to the one ministry its article named', () => {
    const m = resolveWithinDocument(["Russia's defence ministry", 'the defence ministry', 'the ministry', 'Kommersant']);
    expect(m.get('the ministry')!.key).toBe('RU defence ministry');
    expect(m.get('the defence ministry')!.display).toBe("Russia's defence ministry");
    expect(m.get('Kommersant')!.key).toBe('kommersant');
    // Two ministries named: "the ministry" stays unresolved rather than guessed.
    const two = resolveWithinDocument(["Russia's defence ministry", "Ukraine's defence ministry", 'the ministry']);
    expect(two.get('the ministry')!.key).toBe('ministry');
  });

  it('reads a spokesman of the one ministry named as that ministry, but not officials of a country', () => {
    const m = resolveWithinDocument(['Ministry', 'The defence ministry', 'A ministry spokesman', 'Russian officials', "Russia's defence ministry"]);
    expect(m.get('Ministry')!.key).toBe('RU defence ministry');
    expect(m.get('A ministry spokesman')!.key).toBe('RU defence ministry');
    expect(m.get('Russian officials')!.key).toBe('RU official');
  });
});
