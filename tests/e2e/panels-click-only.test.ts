import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, launchExtensionBrowser, screenshotPath, waitForBadge, type ExtensionBrowser } from './support/extension-browser';
import { claimTexts, highlightTexts, inpagePagesDir, newsPage, seedText, waitForHighlights } from './support/inpage';
import { openExtensionPage, tabIdOf } from './support/panels';
import { startStaticServer, type StaticServer } from './support/static-server';

describe('click-only mode and the badge', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    // One address per test: tabs are found by their URL.
    const seed = (_req: unknown, res: ServerResponse) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(newsPage(seedText()));
    };
    server = await startStaticServer(inpagePagesDir, { '/click.html': seed, '/skipped.html': seed, '/navigates.html': seed });
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('analyses nothing until the reader clicks “Analyse this page” in the popup', async () => {
    const options = await openExtensionPage(browser, 'options', undefined, { width: 800, height: 900 });
    await options.getByLabel('Only when I click “Analyse this page”').check();
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText('Settings saved.').waitFor();

    const page = await browser.context.newPage();
    await page.goto(server.url('/click.html'));
    const tabId = await tabIdOf(browser, page);
    const popup = await openExtensionPage(browser, 'popup', tabId);
    await popup.locator('main').getByText('Automatic detection is off for this browser.').waitFor();
    expect(claimTexts(await highlightTexts(page))).toEqual([]);
    expect(await badgeText(browser, page.url())).toBe('');
    await popup.screenshot({ path: await screenshotPath('panels-popup-click-only-en') });

    await popup.getByRole('button', { name: 'Analyse this page' }).click();
    await popup.locator('.article-summary').first().waitFor();
    await waitForHighlights(page, (texts) => claimTexts(texts).length > 20);
    await waitForBadge(browser, page.url(), (text) => Number(text) > 0);

    await options.getByLabel('Automatically, on every site').check();
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText('Settings saved.').waitFor();
  });

  it('leaves skipped sites alone, unless the reader asks anyway', async () => {
    const options = await openExtensionPage(browser, 'options', undefined, { width: 800, height: 900 });
    await options.getByLabel('Sites to skip').fill('127.0.0.1');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText('Settings saved.').waitFor();

    const page = await browser.context.newPage();
    await page.goto(server.url('/skipped.html'));
    const popup = await openExtensionPage(browser, 'popup', await tabIdOf(browser, page));
    await popup.locator('main').getByText('This site is in your list of sites to skip.').waitFor();
    expect(claimTexts(await highlightTexts(page))).toEqual([]);
    await popup.getByRole('button', { name: 'Analyse it anyway' }).click();
    await popup.locator('.article-summary').first().waitFor();

    await options.getByLabel('Sites to skip').fill('');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText('Settings saved.').waitFor();
  });

  it('clears a tab’s badge when it navigates away', async () => {
    const page = await browser.context.newPage();
    const url = server.url('/navigates.html');
    await page.goto(url);
    await waitForBadge(browser, url, (text) => text !== '');
    const tabId = await tabIdOf(browser, page);
    // A page without a content script (about:blank) cannot reset the badge itself.
    await page.goto('about:blank');
    const badge = () => browser.serviceWorker.evaluate((id) => (globalThis as any).chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge, { timeout: 5000 }).toBe('');
  });
});
