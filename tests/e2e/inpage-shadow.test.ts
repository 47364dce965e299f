/**
 * An article inside web components (tests/fixtures/shadow/msn-like.*): an MSN-like page whose article body is in
 * nested open shadow roots, defined by a script after the load event and filled a moment later. It works as a light-DOM article does:
 * found and highlighted with our highlight styles (adopted by the shadow roots), its card on hover, the side panel's
 * list and click-to-scroll, and a saved note back after a reload. A light-DOM page is drawn exactly as before.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, screenshotPath, type ExtensionBrowser } from './support/extension-browser';
import { claimTexts, fixturesDir, highlightTexts, htmlRoute, newsPage, openCardAt, pageState, pointAtHighlight, seedText, waitForHighlights } from './support/inpage';
import { openExtensionPage, tabIdOf } from './support/panels';
import { startStaticServer, type StaticServer } from './support/static-server';

/** The article body component's shadow root, three shadow roots deep. */
const BODY_ROOT = `document.querySelector('msn-shell').shadowRoot.querySelector('msn-article-page').shadowRoot.querySelector('msn-article-body').shadowRoot`;

describe('an article inside nested shadow roots', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(resolve(fixturesDir, 'shadow'), {
      '/light.html': htmlRoute(newsPage(seedText())),
    });
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (height = 500): Promise<Page> => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 900, height });
    await page.goto(server.url('/msn-like.html'));
    await waitForHighlights(page, (t) => claimTexts(t).includes('42.3亿元'));
    return page;
  };

  it('highlights the figures rendered in the shadow roots, styled there, and nothing that is not rendered', async () => {
    const page = await open();
    const texts = claimTexts(await waitForHighlights(page, (t) => claimTexts(t).includes('9.7亿元')));
    for (const figure of ['2.1万亩', '860亩', '35万平方米', '48.2万元', '12.6%']) expect(texts).toContain(figure);
    // A child of the shell that no slot shows is not on the page; neither is it a claim.
    expect(texts).not.toContain('5000亩');
    // The ranges lie in the body's shadow root, and in the headline: the page's own text, shown through two slots.
    const where = await page.evaluate(() => {
      const roots = new Set<string>();
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('ff-')) continue;
        for (const range of highlight as Highlight) {
          const root = (range as Range).startContainer.getRootNode();
          roots.add(root instanceof ShadowRoot ? root.host.localName : 'document');
        }
      }
      return [...roots].sort();
    });
    expect(where).toEqual(['document', 'msn-article-body']);
    // Our ::highlight() rules are in the shadow root that holds the highlights (a document's rules do not reach it).
    const rules = await page.evaluate(`[...${BODY_ROOT}.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\\n')`);
    expect(rules).toContain('::highlight(ff-area)');
    expect(rules).toContain('::highlight(ff-money)');
    await pointAtHighlight(page, '860亩');
    await page.screenshot({ path: await screenshotPath('inpage-shadow-highlights') });
    await page.close();
  });

  it('opens the card on hover over a figure in a shadow root, and on keyboard focus', async () => {
    const page = await open();
    const point = await pointAtHighlight(page, '42.3亿元');
    await page.mouse.move(point.x, point.y);
    const card = page.locator('figure-finder-ui section.card');
    await card.waitFor();
    expect(await card.locator('h2 .figure').textContent()).toBe('42.3亿元');
    await page.screenshot({ path: await screenshotPath('inpage-shadow-card') });
    await card.getByRole('button', { name: 'Close' }).click();
    await card.waitFor({ state: 'detached' });

    // Keyboard: the headline's two figures (the page's own text, through slots), then the body's, in a shadow root.
    await page.mouse.move(1, 1);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Alt+Shift+N');
    await expect.poll(async () => (await highlightTexts(page))['ff-focus']).toEqual(['12.6%']);
    await page.keyboard.press('Enter');
    await card.waitFor();
    expect(await card.locator('h2 .figure').textContent()).toBe('12.6%');
    await page.close();
  });

  it('lists the claims in the side panel, which scrolls the page to one', async () => {
    // A short window: the last paragraphs are below it.
    const page = await open(260);
    await waitForHighlights(page, (t) => claimTexts(t).includes('9.7亿元'));
    await page.evaluate(() => window.scrollTo(0, 0));
    const panel = await openExtensionPage(browser, 'sidepanel', await tabIdOf(browser, page), { width: 400, height: 900 });
    await panel.locator('.claim-button').first().waitFor();
    const figures = await panel.locator('.claim-figure mark').allTextContents();
    expect(figures).toEqual(expect.arrayContaining(['2.1万亩', '42.3亿元', '9.7亿元']));
    const inView = () =>
      page.evaluate(() => {
        for (const [name, highlight] of CSS.highlights) {
          if (!name.startsWith('ff-')) continue;
          for (const range of highlight as Highlight) {
            if ((range as Range).toString() !== '9.7亿元') continue;
            const rect = (range as Range).getBoundingClientRect();
            return rect.top >= 0 && rect.bottom <= window.innerHeight;
          }
        }
        return false;
      });
    expect(await inView()).toBe(false);
    await panel.locator('.claim-button', { hasText: '9.7亿元' }).first().click();
    await expect.poll(inView).toBe(true);
    await panel.close();
    await page.close();
  });

  it('brings a saved note back on the same figure after a reload', async () => {
    let page = await open();
    const card = await openCardAt(page, '860亩');
    await card.getByText('Your note and check').click();
    await card.getByLabel('Note', { exact: true }).fill('产业园面积待核实');
    await card.getByLabel('Disputed', { exact: true }).check();
    await card.getByRole('button', { name: 'Save note' }).click();
    await card.getByText('Saved to your library').waitFor();
    await page.close();

    page = await open();
    const texts = await waitForHighlights(page, (t) => (t['ff-status-disputed'] ?? []).length > 0);
    expect(texts['ff-status-disputed']).toEqual(['860亩']);
    const state = await pageState(browser.serviceWorker, page);
    expect(state.orphans).toEqual([]);
    const again = await openCardAt(page, '860亩');
    await again.getByText('Your note and check').waitFor();
    await expect(again.getByLabel('Note', { exact: true }).inputValue()).resolves.toBe('产业园面积待核实');
    await page.screenshot({ path: await screenshotPath('inpage-shadow-note-restored') });
    await page.close();
  });

  it('offers a note on text selected inside a shadow root', async () => {
    const page = await open();
    await page.evaluate(`(() => {
      const p = [...${BODY_ROOT}.querySelectorAll('p')].find((el) => el.textContent.includes('亩均税收'));
      const text = p.firstChild;
      const at = text.data.indexOf('亩均税收');
      document.getSelection().setBaseAndExtent(text, at, text, at + 4);
      const box = document.getSelection().getRangeAt(0).getBoundingClientRect();
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: box.right, clientY: box.bottom }));
    })()`);
    await page.locator('figure-finder-ui').getByRole('button', { name: 'Add note' }).waitFor();
    await page.close();
  });

  it('draws a light-DOM page as before: in the document, with no style sheet adopted anywhere', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/light.html'));
    const texts = await waitForHighlights(page, (t) => claimTexts(t).length > 20);
    expect(claimTexts(texts)).toContain('1000亩');
    const outside = await page.evaluate(() => {
      let inShadow = 0;
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('ff-')) continue;
        for (const range of highlight as Highlight) if ((range as Range).startContainer.getRootNode() !== document) inShadow++;
      }
      return { inShadow, adopted: document.adoptedStyleSheets.length };
    });
    expect(outside).toEqual({ inShadow: 0, adopted: 0 });
    await page.close();
  });
});
