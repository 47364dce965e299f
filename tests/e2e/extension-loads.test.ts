import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionDir, launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser';

describe('the built extension', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads in Chromium with its localized name', async () => {
    const manifest = await browser.serviceWorker.evaluate(() => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- chrome.* inside the worker
      const api = (globalThis as any).chrome;
      return { name: api.i18n.getMessage('extName'), version: api.runtime.getManifest().version };
    });
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(manifest.name).toBe('Figure Finder');
  });

  it('keeps the webextension polyfill out of the scripts that run in web pages (see wxt.config.ts)', () => {
    // The polyfill's guard message is in every build that bundles it.
    const guard = 'This script should only be loaded in a browser extension';
    for (const script of ['content.js', 'analysis.js']) {
      expect(readFileSync(join(extensionDir, 'content-scripts', script), 'utf8')).not.toContain(guard);
    }
    expect(readFileSync(join(extensionDir, 'background.js'), 'utf8')).toContain(guard);
  });
});
