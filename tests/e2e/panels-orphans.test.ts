import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, screenshotPath, type ExtensionBrowser } from './support/extension-browser';
import { claimTexts, highlightTexts, inpagePagesDir, newsPage, seedText, waitForHighlights } from './support/inpage';
import { openExtensionPage, tabIdOf } from './support/panels';
import { startStaticServer, type StaticServer } from './support/static-server';

// A reader marks a figure, the site then edits the article and drops that sentence: on the next
// visit the side panel lists the verdict under "Could not be placed on this page".
describe('orphans in the side panel', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  let text = seedText();
  beforeAll(async () => {
    server = await startStaticServer(inpagePagesDir, {
      '/edited.html': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(newsPage(text));
      },
    });
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists a saved verdict whose text left the page', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/edited.html'));
    await waitForHighlights(page, (texts) => claimTexts(texts).includes('1000亩'));
    const tabId = await tabIdOf(browser, page);

    const popup = await openExtensionPage(browser, 'popup', tabId);
    await popup.getByRole('button', { name: 'Save to library' }).click();
    await popup.getByText('Saved in the library').waitFor();
    await popup.close();

    const panel = await openExtensionPage(browser, 'sidepanel', tabId, { width: 400, height: 900 });
    const row = panel.locator('li.claim-row', { has: panel.locator('mark', { hasText: /^1000亩$/ }) });
    await row.locator('select').selectOption('wrong');
    await expect.poll(() => row.locator('select').inputValue()).toBe('wrong');
    // The page draws the verdict and, in the same task, sends it to the library: once drawn, a reload cannot lose it.
    await expect.poll(async () => (await highlightTexts(page))['ff-status-wrong']).toEqual(['1000亩']);

    // The site drops the paragraph with 1000亩; the reader comes back.
    text = text
      .split('\n')
      .filter((line) => !line.includes('1000亩'))
      .join('\n');
    await page.reload();
    const orphans = panel.locator('section.orphans');
    await orphans.waitFor({ timeout: 20_000 });
    expect(await orphans.locator('h2').textContent()).toContain('Could not be placed on this page');
    expect(await orphans.textContent()).toContain('1000亩');
    expect(await orphans.textContent()).toContain('Wrong');
    await orphans.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: await screenshotPath('panels-sidepanel-orphans-en') });
  });
});
