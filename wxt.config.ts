import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The extension's manifest and build. Entrypoints live in entrypoints/ (WXT's file-based layout);
// everything they use lives in utils/ and components/.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader of any file sees where each name comes from.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus', 'tabs'],
    host_permissions: ['<all_urls>'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: {
      default_title: '__MSG_extName__',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Firefox keys an add-on's storage by this id; it collects nothing, everything stays in the browser.
        gecko: { id: 'figure-finder@figure-finder.local', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
