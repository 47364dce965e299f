/**
 * Helpers for browser tests of the extension's own pages (popup, side panel, options), opened as
 * ordinary tabs at chrome-extension://ID/page.html?tabId=N so they show tab N's page.
 */
import type { Page } from 'playwright-core';
import type { PageState } from '../../../utils/messages';
import type { ExtensionBrowser } from './extension-browser';

/** The browser's id for the tab showing `page` (looked up by its URL from the service worker). */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  const url = page.url();
  return browser.serviceWorker.evaluate(async (wanted) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- chrome.* inside the worker
    const api = (globalThis as any).chrome;
    const tabs: Array<{ id?: number; url?: string }> = await api.tabs.query({});
    const tab = tabs.find((t) => t.url === wanted);
    if (tab?.id === undefined) throw new Error(`no tab at ${wanted}`);
    return tab.id;
  }, url);
}

/** Opens one of the extension's pages in a new tab, pointed at `tabId` when given. */
export async function openExtensionPage(
  browser: ExtensionBrowser,
  name: 'popup' | 'sidepanel' | 'options',
  tabId?: number,
  size = { width: 380, height: 600 },
): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  const query = tabId === undefined ? '' : `?tabId=${tabId}`;
  await page.goto(`chrome-extension://${browser.extensionId}/${name}.html${query}`);
  return page;
}

/**
 * What the content script of the tab showing `page` reports about it: the articles the popup and side panel show.
 * With `frameUrlEnd`, what the content script of the frame whose address ends so reports.
 */
export async function pageState(browser: ExtensionBrowser, page: Page, frameUrlEnd?: string): Promise<PageState> {
  const tabId = await tabIdOf(browser, page);
  return browser.serviceWorker.evaluate(
    async ({ id, frameUrlEnd }) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- chrome.* inside the worker
      const api = (globalThis as any).chrome;
      if (!frameUrlEnd) return api.tabs.sendMessage(id, { type: 'get-page-state' });
      // One frame's content script (an article in a content frame), found by the end of its address.
      const frames: Array<{ frameId: number; result: string }> = await api.scripting.executeScript({ target: { tabId: id, allFrames: true }, func: () => location.href });
      const frame = frames.find((f) => f.result.endsWith(frameUrlEnd));
      if (!frame) throw new Error(`no frame at …${frameUrlEnd}`);
      return api.tabs.sendMessage(id, { type: 'get-page-state' }, { frameId: frame.frameId });
    },
    { id: tabId, frameUrlEnd },
  );
}
