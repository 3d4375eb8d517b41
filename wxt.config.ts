import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Countercheck',
    description:
      'Highlights casualty figures and denials in news articles and shows what other sources claimed about the same incident.',
    permissions: ['storage'],
    browser_specific_settings: {
      gecko: {
        id: 'countercheck@countercheck.example',
        // Nothing leaves the machine unless the user turns sync on.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
