import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, screenshotPath, type ExtensionBrowser } from './support/extension-browser';
import { claimTexts, inpagePagesDir, newsPage, pointAtHighlight, seedText, waitForHighlights } from './support/inpage';
import { openExtensionPage } from './support/panels';
import { startStaticServer, type StaticServer } from './support/static-server';

describe('the options page', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(inpagePagesDir, {
      '/seed-news.html': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(newsPage(seedText()));
      },
    });
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    // The browser first: the server's close waits for its open connections.
    await browser?.close();
    await server?.close();
  });

  it('refuses a skip list with a line that is not a host, then keeps valid settings across reopening', async () => {
    const page = await openExtensionPage(browser, 'options', undefined, { width: 800, height: 1000 });
    await page.getByLabel('Only when I click “Analyse this page”').check();
    await page.getByLabel('Sites to skip').fill('https://www.Example.com/news/1\nnot a host\n*.gov.cn');
    await page.getByLabel('Highlight colour for Money').fill('#ff0000');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('not a host');
    const stored = await browser.serviceWorker.evaluate(() => (globalThis as any).chrome.storage.local.get('settings'));
    expect(stored.settings).toBeUndefined();
    await page.screenshot({ path: await screenshotPath('panels-options-invalid-en'), fullPage: true });

    await page.getByLabel('Sites to skip').fill('https://www.Example.com/news/1\n*.gov.cn');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();

    await page.reload();
    expect(await page.getByLabel('Only when I click “Analyse this page”').isChecked()).toBe(true);
    expect(await page.getByLabel('Sites to skip').inputValue()).toBe('www.example.com\ngov.cn');
    expect(await page.getByLabel('Highlight colour for Money').inputValue()).toBe('#ff0000');
  });

  it('switches the interface to Chinese when the reader picks it', async () => {
    const page = await openExtensionPage(browser, 'options', undefined, { width: 800, height: 1000 });
    await page.getByLabel('Interface language').selectOption('zh-CN');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('heading', { name: '数据寻证设置' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.getByLabel('跳过的网站').inputValue()).toBe('www.example.com\ngov.cn');
    await page.screenshot({ path: await screenshotPath('panels-options-zh-CN'), fullPage: true });
    const menu = await browser.serviceWorker.evaluate(() => (globalThis as any).chrome.storage.local.get('settings'));
    expect(menu.settings.language).toBe('zh-CN');
  });

  it('gives the in-page card the chosen language too (the content script gets it from the background)', async () => {
    // The first test left click-only mode on: back to automatic, keeping the Chinese interface.
    await browser.serviceWorker.evaluate(async () => {
      const storage = (globalThis as any).chrome.storage.local;
      const { settings } = await storage.get('settings');
      await storage.set({ settings: { ...settings, autoDetect: true } });
    });
    const page = await browser.context.newPage();
    await page.goto(server.url('/seed-news.html'));
    await waitForHighlights(page, (texts) => claimTexts(texts).includes('1000亩'));
    const point = await pointAtHighlight(page, '1000亩');
    await page.mouse.click(point.x, point.y);
    const card = page.locator('figure-finder-ui section.card');
    await card.waitFor();
    expect(await card.textContent()).toContain('换算');
    expect(await card.textContent()).not.toContain('Normalized');
  });
});
