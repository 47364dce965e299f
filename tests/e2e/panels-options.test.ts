import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, screenshotPath, type ExtensionBrowser } from './support/extension-browser';
import { openExtensionPage } from './support/panels';

describe('the options page', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
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
});
