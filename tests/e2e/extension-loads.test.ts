import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser';

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
});
