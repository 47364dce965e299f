/**
 * Every screen of the extension, audited with axe-core for WCAG 2.1 A and AA in the state a reader meets it: the popup
 * and side panel on a news page, the claim card in the page, the options, and each view of the dashboard with a
 * library in it, in English and in Chinese. Keyboard use and announcements are tested where each screen is.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupText } from '../fixtures/exchange/backups';
import { sampleLibrary } from '../fixtures/exchange/sample-library';
import { accessibilityViolations } from './support/accessibility';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser';
import { claimTexts, fixturesDir, newsPage, openCardAt, seedText, waitForHighlights } from './support/inpage';
import { openExtensionPage, tabIdOf } from './support/panels';
import { startStaticServer, type StaticServer } from './support/static-server';

for (const locale of ['en-US', 'zh-CN']) {
  describe(`accessibility of every screen (${locale})`, () => {
    let browser: ExtensionBrowser;
    let server: StaticServer;
    beforeAll(async () => {
      server = await startStaticServer(resolve(fixturesDir, 'pages'), {
        '/seed-news.html': (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(newsPage(seedText()));
        },
      });
      browser = await launchExtensionBrowser({ locale });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('the claim card, the popup and the side panel on a news page', async () => {
      const page = await browser.context.newPage();
      await page.goto(server.url('/seed-news.html'));
      await waitForHighlights(page, (texts) => claimTexts(texts).length > 20);
      await openCardAt(page, '1000亩');
      expect(await accessibilityViolations(page, { include: 'figure-finder-ui' })).toEqual([]);
      const tabId = await tabIdOf(browser, page);
      const popup = await openExtensionPage(browser, 'popup', tabId);
      await popup.locator('.article-summary').first().waitFor();
      expect(await accessibilityViolations(popup)).toEqual([]);
      const panel = await openExtensionPage(browser, 'sidepanel', tabId, { width: 400, height: 900 });
      await panel.locator('.claim-button').first().waitFor();
      expect(await accessibilityViolations(panel)).toEqual([]);
    });

    it('the options', async () => {
      const options = await openExtensionPage(browser, 'options');
      await options.locator('form, main').first().waitFor();
      expect(await accessibilityViolations(options)).toEqual([]);
    });

    it('each view of the dashboard, empty and with a library', async () => {
      const dashboard = await browser.context.newPage();
      const base = `chrome-extension://${browser.extensionId}/dashboard.html`;
      await dashboard.goto(base);
      await dashboard.locator('.empty, .library-row').first().waitFor();
      expect(await accessibilityViolations(dashboard)).toEqual([]);
      // A library: the seed e-paper page analysed and saved through "Analyze a text".
      await dashboard.goto(`${base}#view=analyze`);
      await dashboard.setInputFiles('input[type=file]', resolve(fixturesDir, 'seed-zhejiang-page.txt'));
      await dashboard.locator('button.primary[type=submit]').click();
      await dashboard.locator('.analyze-results').waitFor();
      expect(await accessibilityViolations(dashboard)).toEqual([]);
      await dashboard.locator('.analyze-results .results-head button.primary').click();
      await dashboard.locator('.analyze-results .results-head button.primary:disabled').waitFor();
      await dashboard.goto(base);
      await dashboard.locator('.library-row').first().click();
      await dashboard.locator('.detail-meta').waitFor();
      expect(await accessibilityViolations(dashboard)).toEqual([]);
      await dashboard.goto(`${base}#view=compare`);
      await dashboard.locator('.metric-form select').first().selectOption('area');
      await dashboard.locator('.metric-form input').first().fill('工业用地');
      await dashboard.locator('.metric-form button[type=submit]').click();
      await dashboard.locator('.comparison svg').first().waitFor();
      expect(await accessibilityViolations(dashboard)).toEqual([]);
      await dashboard.goto(`${base}#view=exchange`);
      await dashboard.locator('input[type=file]').waitFor({ state: 'attached' });
      expect(await accessibilityViolations(dashboard)).toEqual([]);
      // An import's preview, then a refused file's message.
      const backup = Buffer.from(backupText(sampleLibrary(), {}, new Date()));
      await dashboard.setInputFiles('input[type=file]', { name: 'backup.json', mimeType: 'application/json', buffer: backup });
      await dashboard.locator('.exchange-table').first().waitFor();
      expect(await accessibilityViolations(dashboard)).toEqual([]);
      await dashboard.locator('.exchange-buttons button').last().click();
      await dashboard.setInputFiles('input[type=file]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
      await dashboard.locator('.exchange-error').waitFor();
      expect(await accessibilityViolations(dashboard)).toEqual([]);
    });

    it('the dashboard and the claim card in the dark colour scheme', async () => {
      const dashboard = await browser.context.newPage();
      await dashboard.emulateMedia({ colorScheme: 'dark' });
      await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
      await dashboard.locator('.library-row').first().click();
      await dashboard.locator('.detail-meta').waitFor();
      expect(await accessibilityViolations(dashboard)).toEqual([]);
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(server.url('/seed-news.html'));
      await waitForHighlights(page, (texts) => claimTexts(texts).length > 20);
      await openCardAt(page, '1000亩');
      expect(await accessibilityViolations(page, { include: 'figure-finder-ui' })).toEqual([]);
    });
  });
}
