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

  it('leaves out what outlets add or drop around a name: where it is based, who runs it, that it is a news agency', () => {
    const one = (...names: string[]) => expect(new Set(names.map((n) => sourceKey(n)!.key)).size, names.join(' / ')).toBe(1);
    one('the Kestrel Monitor for Civil Rights', 'the London-based Kestrel Monitor for Civil Rights', 'the Paris-based Kestrel Monitor for Civil Rights');
    one('the health ministry', 'the Hamas-run health ministry');
    one('Reuters', 'the Reuters news agency');
    // With nothing else to go by, the description is the name.
    expect(sourceKey('the state-run news agency')!.key).toBe('agency new run state');
  });

  it('reads the names of a country\'s armed forces as one', () => {
    const keys = ['the Israeli army', "Israel's military", 'the Israel Defense Forces', 'the IDF'].map((n) => sourceKey(n)!.key);
    expect(new Set(keys)).toEqual(new Set(['IL military']));
    expect(sourceKey('the General Staff of the Armed Forces of Ukraine')!.key).toBe(sourceKey("Ukraine's General Staff")!.key);
    expect(sourceKey('the Gaza health ministry')!.key).toBe(sourceKey('the health ministry in Gaza')!.key);
  });

  it('keys a person named with a title by the name, and finds "the governor" in the article', () => {
    const keys = ['Governor Anna Kovalenko', 'Anna Kovalenko', 'Harlan regional governor Anna Kovalenko', 'the governor Anna Kovalenko'];
    expect(new Set(keys.map((n) => sourceKey(n)!.key))).toEqual(new Set(['anna kovalenko']));
    expect(sourceKey('UN Secretary-General Ilse Marren')!.key).toBe('ilse marren');
    // Capitalised words after a title that name a body are no person.
    expect(sourceKey('the Ukrainian General Staff')!.key).toBe('UA general staff');
    const m = resolveWithinDocument(['Regional governor Anna Kovalenko', 'the governor', 'Kovalenko', 'the regional governor']);
    for (const n of ['the governor', 'Kovalenko', 'the regional governor']) expect(m.get(n)!.key, n).toBe('anna kovalenko');
    // Two governors: "the governor" is not guessed.
    const two = resolveWithinDocument(['Governor Anna Kovalenko', 'Governor Piet Marsh', 'the governor']);
    expect(two.get('the governor')!.key).toBe('governor');
  });

  it('reads an acronym as the one name of its article with those initials', () => {
    const m = resolveWithinDocument(['the Kestrel Monitor for Civil Rights', 'KMCR', 'the Harbour Relief Society', 'HRS', 'ABC']);
    expect(m.get('KMCR')!.key).toBe(sourceKey('Kestrel Monitor for Civil Rights')!.key);
    expect(m.get('HRS')!.key).toBe(sourceKey('Harbour Relief Society')!.key);
    expect(m.get('ABC')!.key).toBe('abc');
  });
});
