import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, screenshotPath, type ExtensionBrowser } from './support/extension-browser';
import { openExtensionPage, tabIdOf } from './support/panels';

describe('the popup', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('explains a page the extension cannot run on', async () => {
    const tab = await browser.context.newPage();
    await tab.goto('chrome://version/');
    const popup = await openExtensionPage(browser, 'popup', await tabIdOf(browser, tab));
    await popup.locator('main').getByText('Figure Finder cannot run on this page.').waitFor();
    expect(await popup.getByRole('status').textContent()).toBe('Figure Finder cannot run on this page.');
    expect(await popup.getByRole('button', { name: 'Open side panel' }).isVisible()).toBe(true);
    expect(await popup.getByRole('button', { name: 'Settings' }).isVisible()).toBe(true);
    await popup.screenshot({ path: await screenshotPath('panels-popup-unavailable-en') });
  });
});
