import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, screenshotPath, waitForBadge, type ExtensionBrowser } from './support/extension-browser';
import { claimTexts, inpagePagesDir, newsPage, seedText, waitForHighlights } from './support/inpage';
import { openExtensionPage, tabIdOf } from './support/panels';
import { startStaticServer, type StaticServer } from './support/static-server';

// The popup and side panel opened as extension pages pointed at a tab (?tabId=N) that shows the seed
// article as a news page, with the real content script analysing it.
describe('popup and side panel on a news page', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  const html = (_req: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(newsPage(seedText()));
  };
  beforeAll(async () => {
    server = await startStaticServer(inpagePagesDir, { '/seed-news.html': html, '/seed-copy.html': html });
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openNewsTab(path = '/seed-news.html') {
    const page = await browser.context.newPage();
    await page.goto(server.url(path));
    await waitForHighlights(page, (texts) => claimTexts(texts).length > 20);
    return { page, tabId: await tabIdOf(browser, page) };
  }

  it('popup: says why the page is a regional-development article, counts its figures by kind, and saves it', async () => {
    const { tabId } = await openNewsTab();
    const badge = await waitForBadge(browser, server.url('/seed-news.html'), (text) => text !== '');
    const popup = await openExtensionPage(browser, 'popup', tabId);
    const summary = popup.locator('.article-summary').first();
    await summary.waitFor();
    expect(await summary.locator('h2').textContent()).toContain('临安');
    expect(await summary.locator('.verdict').textContent()).toContain('Regional-development article');
    const kinds = await summary.getByRole('list', { name: 'Figures by kind' }).locator('li').allTextContents();
    expect(kinds.some((line) => line.startsWith('Area'))).toBe(true);
    // The badge counts the same figures the popup lists for regional-development articles.
    const figures = await popup.locator('.article-summary').evaluateAll((sections) =>
      sections
        .filter((s) => s.querySelector('.verdict-yes'))
        .reduce((sum, s) => sum + Number(/\d+/.exec(s.querySelector('.figure-total')!.textContent!)![0]), 0),
    );
    expect(Number(badge)).toBe(figures);
    await popup.screenshot({ path: await screenshotPath('panels-popup-seed-en'), fullPage: true });

    await popup.getByRole('button', { name: 'Save to library' }).click();
    await popup.getByText('Saved in the library').waitFor();

    // Open library: the dashboard opens at the saved article.
    const [dashboard] = await Promise.all([
      browser.context.waitForEvent('page', (p) => p.url().includes('/dashboard.html')),
      popup.getByRole('button', { name: 'Open library' }).click(),
    ]);
    expect(dashboard.url()).toMatch(/\/dashboard\.html#article=.+/);
    await dashboard.getByRole('heading', { name: /临安/ }).first().waitFor();
  });

  it('side panel: claims by kind, filters, keyboard to the card and to a status', async () => {
    const { page, tabId } = await openNewsTab('/seed-copy.html');
    const panel = await openExtensionPage(browser, 'sidepanel', tabId, { width: 400, height: 900 });
    await panel.locator('.claim-button').first().waitFor();
    const total = await panel.locator('.claim-button').count();
    expect(await panel.locator('.showing').textContent()).toBe(`Showing ${total} of ${total} figures`);
    expect(await panel.locator('h3').first().textContent()).toMatch(/^Area\d+$/);

    await panel.getByLabel('Kind', { exact: true }).selectOption('percent');
    const percents = await panel.locator('.claim-figure mark').allTextContents();
    expect(percents.length).toBeGreaterThan(0);
    expect(percents.every((text) => text.includes('%'))).toBe(true);
    await panel.getByLabel('Kind', { exact: true }).selectOption('all');
    // Words are looked for in the figure, its subject, its sentence and notes: 1000亩 and its sentence-mates.
    await panel.getByRole('searchbox').fill('1000亩');
    const found = await panel.locator('.claim-figure mark').allTextContents();
    expect(found).toContain('1000亩');
    expect(found.length).toBeLessThan(total);
    expect(await panel.locator('.showing').textContent()).toBe(`Showing ${found.length} of ${total} figures`);
    await panel.getByRole('searchbox').fill('');
    await panel.screenshot({ path: await screenshotPath('panels-sidepanel-seed-en') });

    // Keyboard: into the list, down one, Enter opens the card on the page, 2 marks it verified.
    await panel.locator('.claim-button').first().focus();
    await panel.keyboard.press('j');
    const second = panel.locator('.claim-button').nth(1);
    expect(await second.evaluate((el) => el === document.activeElement)).toBe(true);
    const text = await second.locator('mark').textContent();
    await panel.keyboard.press('Enter');
    const card = page.locator('figure-finder-ui section.card');
    await card.waitFor();
    expect(await card.locator('h2').textContent()).toContain(text!);
    await panel.keyboard.press('2');
    const select = panel.locator('li.claim-row').nth(1).locator('select');
    await expect.poll(() => select.inputValue()).toBe('verified');
    await panel.getByLabel('Status', { exact: true }).selectOption('verified');
    expect(await panel.locator('.claim-figure mark').allTextContents()).toEqual([text]);

    // A verdict saves the article; the panel then links to it in the library.
    // The dashboard tab the popup opened is reused, now showing this article.
    const dashboardUrl = () => browser.context.pages().find((p) => p.url().includes('/dashboard.html'))?.url();
    const before = dashboardUrl();
    await panel.getByRole('button', { name: 'Open this article in the library' }).click();
    // The dashboard already shows the popup's article (#article=…), so wait for the address to change, not to match.
    expect(before).toMatch(/#article=.+/);
    await expect.poll(dashboardUrl).not.toBe(before);
    expect(dashboardUrl()).toMatch(/#article=.+/);
    expect(browser.context.pages().filter((p) => p.url().includes('/dashboard.html'))).toHaveLength(1);
  });
});

describe('the panels in Chinese', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(inpagePagesDir, {
      '/seed-news.html': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(newsPage(seedText()));
      },
    });
    browser = await launchExtensionBrowser({ locale: 'zh-CN' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('follow the browser language', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/seed-news.html'));
    await waitForHighlights(page, (texts) => claimTexts(texts).length > 20);
    const tabId = await tabIdOf(browser, page);
    const popup = await openExtensionPage(browser, 'popup', tabId);
    await popup.getByText('区域发展类文章').first().waitFor();
    expect(await popup.getByRole('button', { name: '保存到资料库' }).isVisible()).toBe(true);
    expect(await popup.getAttribute('html', 'lang')).toBe('zh-CN');
    await popup.screenshot({ path: await screenshotPath('panels-popup-seed-zh-CN'), fullPage: true });

    const panel = await openExtensionPage(browser, 'sidepanel', tabId, { width: 400, height: 900 });
    await panel.locator('.claim-button').first().waitFor();
    expect(await panel.locator('h1').textContent()).toBe('本页数据');
    expect(await panel.locator('h3').first().textContent()).toMatch(/^面积\d+$/);
    await panel.screenshot({ path: await screenshotPath('panels-sidepanel-seed-zh-CN') });
  });
});
