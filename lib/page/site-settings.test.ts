import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, decide, getHiddenClaims, getSettings, hideClaim, setSite, updateSettings, watchSettings } from './site-settings';

beforeEach(() => fakeBrowser.reset());

describe('site settings', () => {
  it('starts from the defaults and keeps changes', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings(() => ({ paused: true }));
    await setSite('news.example', false);
    await setSite('blog.example', true);
    await setSite('blog.example', null);
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, paused: true, sites: { 'news.example': false } });
  });

  it('tells watchers what changed', async () => {
    const seen: string[] = [];
    const stop = watchSettings((w) => seen.push(w));
    await updateSettings(() => ({ mode: 'everywhere' }));
    await hideClaim('c_1');
    stop();
    await hideClaim('c_2');
    expect(seen).toEqual(['settings', 'hidden']);
    expect([...(await getHiddenClaims())]).toEqual(['c_1', 'c_2']);
  });

  it('reads article pages by default; the pause wins over a site override, which wins over the mode', () => {
    const s = { ...DEFAULT_SETTINGS };
    expect(decide(s, 'a.example', true)).toEqual({ active: true, reason: 'article' });
    expect(decide(s, 'a.example', false)).toEqual({ active: false, reason: 'not-article' });
    expect(decide({ ...s, mode: 'everywhere' }, 'a.example', false)).toEqual({ active: true, reason: 'everywhere' });
    expect(decide({ ...s, sites: { 'a.example': true } }, 'a.example', false)).toEqual({ active: true, reason: 'site-on' });
    expect(decide({ ...s, mode: 'everywhere', sites: { 'a.example': false } }, 'a.example', true)).toEqual({ active: false, reason: 'site-off' });
    expect(decide({ ...s, paused: true, sites: { 'a.example': true } }, 'a.example', true)).toEqual({ active: false, reason: 'paused' });
  });
});
