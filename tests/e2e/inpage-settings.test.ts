/**
 * The reader's settings decide when the content script works: automatically on every page, or only
 * when asked (the popup's "analyse" button), and never on skipped sites unless asked.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, setStoredSettings, type ExtensionBrowser } from './support/extension-browser';
import { claimTexts, fixturesDir, highlightTexts, pageState, waitForHighlights } from './support/inpage';
import { startStaticServer, type StaticServer } from './support/static-server';

describe('settings: automatic or on request, skipped sites', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(resolve(fixturesDir, 'pages'));
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const setSettings = (settings: object) => setStoredSettings(browser, settings);

  const ask = (page: Page, request: object) =>
    browser.serviceWorker.evaluate(
      async ({ url, request }) => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- chrome.* inside the worker
        const api = (globalThis as any).chrome;
        const tabs: Array<{ id?: number; url?: string }> = await api.tabs.query({});
        return api.tabs.sendMessage(tabs.find((t) => t.url === url)!.id, request);
      },
      { url: page.url(), request },
    );

  const waitForStatus = async (page: Page, status: string) => {
    for (let i = 0; i < 100; i++) {
      const state = await pageState(browser.serviceWorker, page).catch(() => null);
      if (state?.status === status) return state;
      await page.waitForTimeout(100);
    }
    throw new Error(`page never reached status ${status}`);
  };

  it('in click-only mode draws nothing until asked, then analyses', async () => {
    await setSettings({ autoDetect: false, skipSites: [] });
    const page = await browser.context.newPage();
    await page.goto(server.url('/seed-news-page.html'));
    await waitForStatus(page, 'idle');
    expect(claimTexts(await highlightTexts(page))).toEqual([]);
    await expect(ask(page, { type: 'analyse-now' })).resolves.toEqual({ ok: true });
    await waitForHighlights(page, (t) => claimTexts(t).includes('1000亩'));
    await page.close();
  });

  it('skips a listed site, and still analyses it when asked', async () => {
    await setSettings({ autoDetect: true, skipSites: ['127.0.0.1'] });
    const page = await browser.context.newPage();
    await page.goto(server.url('/seed-news-page.html'));
    await waitForStatus(page, 'skipped');
    expect(claimTexts(await highlightTexts(page))).toEqual([]);
    await ask(page, { type: 'analyse-now' });
    await waitForHighlights(page, (t) => claimTexts(t).includes('1000亩'));
    await setSettings({ autoDetect: true, skipSites: [] });
    await page.close();
  });
});
