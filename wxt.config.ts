import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The extension's manifest and build. Entrypoints live in entrypoints/ (WXT's file-based layout);
// everything they use lives in utils/ and components/.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader of any file sees where each name comes from.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The scripts that run in web pages use the browser's own promise-based API (WXT's plain `browser`:
    // `browser` in Firefox, `chrome` in Chrome) instead of the polyfill, whose set-up costs every page about 2 ms
    // of script time (measured: see README, Benchmarks). The loader (entrypoints/content.ts) runs on every page
    // the reader opens; the analysis script (analysis.content.ts) is on the way to the first highlights, and the
    // polyfill was 10 KB of it to compile. Neither needs what the polyfill adds: the loader's messages reply
    // through `sendResponse`, and the analysis takes its messages through the loader. Extension pages keep it.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.some((entrypoint) => entrypoint.name === 'content' || entrypoint.name === 'analysis')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) config.resolve!.alias = alias.filter((entry: { find: unknown }) => entry.find !== 'wxt/browser');
      else if (alias) delete (alias as Record<string, string>)['wxt/browser'];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus', 'tabs'],
    host_permissions: ['<all_urls>'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // The loader imports the analysis script itself (utils/in-page/analysis-script.ts), so the file must be
    // web-accessible. A page could thereby tell the extension is installed; it gains nothing else: run as a
    // page script, the file finds no loader to attach to and does nothing. Firefox has the background inject it.
    ...(browser !== 'firefox' && { web_accessible_resources: [{ resources: ['content-scripts/analysis.js'], matches: ['<all_urls>'] }] }),
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
