import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, launchExtensionBrowser, screenshotPath, waitForBadge, type ExtensionBrowser } from './support/extension-browser';
import { claimTexts, fixturesDir, htmlRoute } from './support/inpage';
import { openExtensionPage, tabIdOf } from './support/panels';
import { startStaticServer, type StaticServer } from './support/static-server';

// Articles inside frames (tests/fixtures/frames): a county-government page whose article is in a same-origin
// content frame, sized to the article by the page once loaded, and a portal page whose only frames are a banner
// ad and a 300×250 headlines box, which the extension leaves alone.

/** Our highlights in one frame, by name (the frame's own CSS highlight registry). */
function frameHighlights(frame: Frame): Promise<Record<string, string[]>> {
  return frame.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith('ff-')) out[name] = [...(highlight as Highlight)].map((r) => (r as Range).toString());
    }
    return out;
  });
}

async function articleFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().find((f) => f.url().endsWith('/county-article.html'))?.url(), { timeout: 10_000 }).toBeTruthy();
  return page.frames().find((f) => f.url().endsWith('/county-article.html'))!;
}

async function waitForFrameClaims(frame: Frame, min: number): Promise<string[]> {
  let claims: string[] = [];
  await expect.poll(async () => (claims = claimTexts(await frameHighlights(frame))).length, { timeout: 20_000, interval: 100 }).toBeGreaterThanOrEqual(min);
  return claims;
}

describe('articles inside frames', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  /** Another origin (another port), as an e-paper's or a subdomain's frame is, whose page holds the first server's article. */
  let epaper: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(resolve(fixturesDir, 'frames'));
    epaper = await startStaticServer(resolve(fixturesDir, 'frames'), {
      '/epaper.html': htmlRoute(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>关岭新闻 电子版</title></head><body>
        <h1>关岭新闻 电子版</h1><iframe title="正文" src="${server.url('/county-article.html')}" width="960" height="1400" frameborder="0"></iframe></body></html>`),
    });
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await epaper?.close();
  });

  it('highlights a county article in its content frame; the badge, the popup and Save speak for that frame', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto(server.url('/county-page.html'));
    const frame = await articleFrame(page);
    const claims = await waitForFrameClaims(frame, 10);
    expect(claims).toEqual(expect.arrayContaining(['1420米', '86.5亿元', '3.2万亩']));
    // The site's shell around the frame (its phone number, its ICP number) is not read as an article.
    expect(claimTexts(await frameHighlights(page.mainFrame()))).toEqual([]);
    await page.screenshot({ path: await screenshotPath('inpage-frames-county') });

    const badge = await waitForBadge(browser, page.url(), (text) => text !== '');
    const tabId = await tabIdOf(browser, page);
    const popup = await openExtensionPage(browser, 'popup', tabId);
    const summary = popup.locator('.article-summary').first();
    await summary.waitFor();
    expect(await summary.locator('h2').textContent()).toContain('关岭');
    expect(await summary.locator('.verdict').textContent()).toContain('Regional-development article');
    const figures = Number(/\d+/.exec((await summary.locator('.figure-total').textContent())!)![0]);
    expect(Number(badge)).toBe(figures);
    await popup.screenshot({ path: await screenshotPath('inpage-frames-popup'), fullPage: true });

    // An ad frame loading later (Chrome reports the tab as loading) leaves the badge and the popup with the article.
    await page.evaluate(() => {
      const ad = Object.assign(document.createElement('iframe'), { src: 'ad-banner.html', width: '728', height: '90' });
      document.body.append(ad);
      return new Promise((loaded) => ad.addEventListener('load', loaded));
    });
    await page.waitForTimeout(300);
    expect(await badgeText(browser, page.url())).toBe(badge);

    // Saved, and found saved again when the page is opened anew: the article keeps the frame's own address.
    await popup.getByRole('button', { name: 'Save to library' }).click();
    await popup.getByText('Saved in the library').waitFor();
    await popup.close();
    await page.reload();
    await waitForFrameClaims(await articleFrame(page), 10);
    const again = await openExtensionPage(browser, 'popup', tabId);
    await again.getByText('Saved in the library').waitFor();
    await again.close();
  });

  it('side panel: lists the frame’s figures; a click scrolls the page to one, Enter opens its card, a status reaches it', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1200, height: 700 });
    // Its own address: the panel finds its tab by address, and the first test's tab shows the same page.
    await page.goto(server.url('/county-page.html?panel'));
    const frame = await articleFrame(page);
    await waitForFrameClaims(frame, 10);
    const panel = await openExtensionPage(browser, 'sidepanel', await tabIdOf(browser, page), { width: 400, height: 900 });
    const buttons = panel.locator('.claim-button');
    await buttons.first().waitFor();
    expect(await buttons.count()).toBeGreaterThanOrEqual(10);
    expect(await page.evaluate(() => scrollY)).toBe(0);

    // The last figure is below the fold of the county page, whose frame does not scroll itself.
    const last = buttons.last();
    const text = await last.locator('mark').textContent();
    await last.click();
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
    await panel.keyboard.press('Enter');
    const card = frame.locator('figure-finder-ui section.card');
    await card.waitFor();
    expect(await card.locator('h2').textContent()).toContain(text!);
    await page.screenshot({ path: await screenshotPath('inpage-frames-scrolled') });
    await panel.screenshot({ path: await screenshotPath('inpage-frames-sidepanel') });

    // A status set in the panel reaches the frame's figure.
    const select = panel.locator('li.claim-row').last().locator('select');
    await select.selectOption('verified');
    await expect.poll(async () => (await frameHighlights(frame))['ff-status-verified']?.length ?? 0).toBeGreaterThan(0);
  });

  it('in click-only mode, “Analyse this page” in the popup reaches the article’s frame', async () => {
    const options = await openExtensionPage(browser, 'options', undefined, { width: 800, height: 900 });
    await options.getByLabel('Only when I click “Analyse this page”').check();
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText('Settings saved.').waitFor();
    try {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1200, height: 800 });
      await page.goto(server.url('/county-page.html?click-only'));
      const frame = await articleFrame(page);
      const popup = await openExtensionPage(browser, 'popup', await tabIdOf(browser, page));
      await popup.locator('main').getByText('Automatic detection is off for this browser.').waitFor();
      expect(claimTexts(await frameHighlights(frame))).toEqual([]);
      await popup.getByRole('button', { name: 'Analyse this page' }).click();
      await popup.locator('.article-summary').first().waitFor();
      expect(await popup.locator('.article-summary h2').first().textContent()).toContain('关岭');
      await waitForFrameClaims(frame, 10);
      await waitForBadge(browser, page.url(), (text) => Number(text) > 0);
    } finally {
      await options.getByLabel('Automatically, on every site').check();
      await options.getByRole('button', { name: 'Save settings' }).click();
      await options.getByText('Settings saved.').waitFor();
    }
  });

  it('reads an article in a frame from another origin (an e-paper or subdomain), sized by the page’s own markup', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto(epaper.url('/epaper.html'));
    const frame = await articleFrame(page);
    expect(new URL(frame.url()).origin).not.toBe(new URL(page.url()).origin);
    await waitForFrameClaims(frame, 10);
    const badge = await waitForBadge(browser, page.url(), (text) => text !== '');
    const popup = await openExtensionPage(browser, 'popup', await tabIdOf(browser, page));
    const figures = popup.locator('.article-summary .figure-total').first();
    await figures.waitFor();
    expect(Number(/\d+/.exec((await figures.textContent())!)![0])).toBe(Number(badge));
  });

  it('leaves a page alone whose only frames are an ad banner and a small headlines box', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto(server.url('/ad-page.html'));
    await expect.poll(() => page.frames().length).toBe(3);
    // Long enough for the loader and the analysis to have drawn anything (the county page above: well under a second).
    await page.waitForTimeout(2000);
    for (const frame of page.frames()) {
      expect(claimTexts(await frameHighlights(frame))).toEqual([]);
      expect(await frame.locator('figure-finder-ui').count()).toBe(0);
    }
    expect(await badgeText(browser, page.url())).toBe('');
    // Only the top frame's loader listens: the small frames never set up anything.
    const listening = await browser.serviceWorker.evaluate(async (url: string) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- chrome.* inside the worker
      const api = (globalThis as any).chrome;
      const [tab] = (await api.tabs.query({})).filter((t: { url?: string }) => t.url === url);
      const frames: Array<{ frameId: number; result: string }> = await api.scripting.executeScript({
        target: { tabId: tab.id, allFrames: true },
        func: () => location.pathname,
      });
      const answers = await Promise.all(
        frames.map(({ frameId, result }) =>
          api.tabs.sendMessage(tab.id, { type: 'get-page-state' }, { frameId }).then(
            (state: { status: string }) => `${result}: ${state.status}`,
            () => `${result}: none`,
          ),
        ),
      );
      return answers.sort();
    }, page.url());
    expect(listening).toEqual(['/ad-banner.html: none', '/ad-page.html: done', '/county-article.html: none']);

    const popup = await openExtensionPage(browser, 'popup', await tabIdOf(browser, page));
    await popup.locator('main').getByText('No article found on this page.').waitFor();
    await page.screenshot({ path: await screenshotPath('inpage-frames-ads') });
  });
});
