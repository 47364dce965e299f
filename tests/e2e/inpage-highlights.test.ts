import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionDir, launchExtensionBrowser, screenshotPath, waitForBadge, type ExtensionBrowser } from './support/extension-browser';
import {
  claimTexts, highlightTexts, htmlRoute, inpagePagesDir, newsPage, pointAtHighlight, seedGold, seedText, waitForHighlights,
} from './support/inpage';
import { openExtensionPage, tabIdOf } from './support/panels';
import { startStaticServer, type StaticServer } from './support/static-server';

const COPIES = 40;

describe('highlights and cards on a news page', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(inpagePagesDir, {
      '/seed-news.html': htmlRoute(newsPage(seedText())),
      // A site that forbids every script and connection of its own: the loader still loads the analysis.
      '/seed-news-csp.html': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" });
        res.end(newsPage(seedText()));
      },
      // A long e-paper page: the seed's four articles forty times over (about 400 KB of HTML).
      '/long-epaper.html': htmlRoute(newsPage(`${seedText().split('\n')[0]}\n${Array(COPIES).fill(seedText().split('\n').slice(1).join('\n')).join('\n')}`)),
      // Four times as long (about 1.6 MB), so that its analysis lasts long enough to watch from the popup.
      '/longer-epaper.html': htmlRoute(newsPage(`${seedText().split('\n')[0]}\n${Array(COPIES * 4).fill(seedText().split('\n').slice(1).join('\n')).join('\n')}`)),
      '/blank.html': htmlRoute('<!doctype html><title>blank</title>'),
    });
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('highlights every gold claim of the seed, shows the badge, and never touches script text', async () => {
    const page = await browser.context.newPage();
    const url = server.url('/seed-news.html');
    await page.goto(url);
    const gold = seedGold().filter((g) => !g.optional);
    const texts = await waitForHighlights(page, (t) => claimTexts(t).length >= gold.length);
    const drawn = claimTexts(texts);
    const missing = [...gold.map((g) => g.text)];
    for (const text of drawn) {
      const i = missing.indexOf(text);
      if (i >= 0) missing.splice(i, 1);
    }
    expect(missing).toEqual([]);
    expect(drawn).not.toContain('5000亩');
    // The page's DOM text is untouched: no element of ours inside the article.
    expect(await page.locator('article figure-finder-mark').count()).toBe(0);
    // Nor anywhere else: the default colours come with the loader's stylesheet, not a <style> in the page.
    expect(await page.locator('style[data-figure-finder-ui]').count()).toBe(0);
    const areaColor = await page.evaluate(() => getComputedStyle(document.body, '::highlight(ff-area)').backgroundColor);
    expect(areaColor).toBe('rgb(183, 228, 199)');
    // The page keeps its own language (the browser's is English): ours is the card's, never the page's.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    const badge = await waitForBadge(browser, url, (t) => t !== '');
    expect(Number(badge)).toBe(drawn.length);
    await page.screenshot({ path: await screenshotPath('inpage-seed-highlights'), fullPage: false });
  });

  it('loads the analysis in the page itself, without the background, even where the page’s Content-Security-Policy forbids every script', async () => {
    // Count the background's injections (utils/background/inject.ts), the way an import that failed would go.
    type Scripting = { executeScript: (...args: unknown[]) => Promise<unknown>; counted?: number };
    await browser.serviceWorker.evaluate(() => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- chrome.* inside the worker
      const scripting = (globalThis as any).chrome.scripting as Scripting;
      if (scripting.counted !== undefined) return;
      const inject = scripting.executeScript.bind(scripting);
      scripting.counted = 0;
      scripting.executeScript = (...args) => {
        scripting.counted!++;
        return inject(...args);
      };
    });
    const page = await browser.context.newPage();
    await page.goto(server.url('/seed-news-csp.html'));
    const gold = seedGold().filter((g) => !g.optional);
    const texts = await waitForHighlights(page, (t) => claimTexts(t).length >= gold.length);
    expect(claimTexts(texts)).toContain('1000亩');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- chrome.* inside the worker
    expect(await browser.serviceWorker.evaluate(() => ((globalThis as any).chrome.scripting as Scripting).counted)).toBe(0);
  });

  it('opens the card of a figure on click, with its normalized value', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/seed-news.html'));
    await waitForHighlights(page, (t) => claimTexts(t).includes('1000亩'));
    const point = await pointAtHighlight(page, '1000亩');
    await page.mouse.click(point.x, point.y);
    const card = page.locator('figure-finder-ui section.card');
    await card.waitFor();
    await expect(card.locator('h2').textContent()).resolves.toContain('1000亩');
    const normalized = await card.locator('.normalized').textContent();
    expect(normalized).toContain('666,667 m²');
    expect(normalized).toContain('66.67 ha');
    await page.screenshot({ path: await screenshotPath('inpage-seed-card') });
  });

  it('on a long page, draws while it analyses and ends with every figure highlighted exactly once', async () => {
    const page = await browser.context.newPage();
    // The number of figures in the first frame that shows any: the page's beginning, drawn before the rest is read.
    await page.addInitScript(`(function poll() {
      let count = 0;
      for (const [name, highlight] of CSS.highlights) if (/^ff-(?!status|color|focus)/.test(name)) count += highlight.size;
      if (count) window.__firstDrawn = count;
      else requestAnimationFrame(poll);
    })();`);
    await page.goto(server.url('/long-epaper.html'));
    const gold = seedGold().filter((g) => !g.optional);
    // Counts seen while the page is analysed a slice at a time, until the count stops changing.
    const counts: number[] = [];
    let stableSince = Date.now();
    while (Date.now() - stableSince < 2000) {
      const count = claimTexts(await highlightTexts(page)).length;
      if (count !== counts.at(-1)) {
        counts.push(count);
        stableSince = Date.now();
      }
      await page.waitForTimeout(50);
    }
    const final = claimTexts(await highlightTexts(page));
    // Every gold figure of the body, once per copy (the headline is on the page once); no range drawn twice.
    for (const { text } of gold) expect(final.filter((t) => t === text).length, text).toBeGreaterThanOrEqual(COPIES - 1);
    const duplicates = await page.evaluate(() => {
      const startsByNode = new Map<Node, Set<number>>();
      let found = 0;
      for (const [name, highlight] of CSS.highlights) {
        if (!/^ff-(?!status|color|focus)/.test(name)) continue;
        for (const r of highlight as Highlight) {
          const { startContainer, startOffset } = r as Range;
          const starts = startsByNode.get(startContainer) ?? new Set<number>();
          if (starts.has(startOffset)) found++;
          startsByNode.set(startContainer, starts.add(startOffset));
        }
      }
      return found;
    });
    expect(duplicates).toBe(0);
    // Counts only grew on the way (drawing as it goes never takes figures away).
    expect(counts.filter((c) => c > 0)).toEqual([...counts.filter((c) => c > 0)].sort((a, b) => a - b));
    // The first frame showed the first articles' figures only: at most one copy of the seed's.
    const firstDrawn = await page.evaluate(() => (window as unknown as { __firstDrawn: number }).__firstDrawn);
    expect(firstDrawn).toBeGreaterThan(0);
    expect(firstDrawn).toBeLessThanOrEqual(gold.length + 1);
    // Once done, the cards work for a figure near the end of the page.
    const point = await pointAtHighlight(page, '1000亩', COPIES - 2);
    await page.mouse.click(point.x, point.y);
    await expect(page.locator('figure-finder-ui section.card h2').textContent()).resolves.toContain('1000亩');
  });

  it('on a long page, shows in the popup how far the analysis has got and the figures found so far, then the result', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/blank.html'));
    const popup = await openExtensionPage(browser, 'popup', await tabIdOf(browser, page));
    await popup.locator('main').getByText('No article found on this page.').waitFor();
    await page.goto(server.url('/longer-epaper.html'));
    const bar = popup.getByRole('progressbar', { name: 'Analysing this page…' });
    await bar.and(popup.locator('[value]')).waitFor({ timeout: 60_000 });
    const percent = Number(await bar.getAttribute('value'));
    expect(percent).toBeGreaterThanOrEqual(0);
    expect(percent).toBeLessThanOrEqual(100);
    await expect(popup.locator('main').getByText(`Analysing this page… ${percent}%`).isVisible()).resolves.toBe(true);
    await expect(popup.locator('main').getByText(/^Figures so far: [\d,]+$/).isVisible()).resolves.toBe(true);
    await popup.screenshot({ path: await screenshotPath('inpage-long-page-popup-progress') });
    // Done: the articles' summaries replace the bar.
    await popup.getByRole('button', { name: 'Save to library' }).waitFor({ timeout: 120_000 });
    expect(await bar.count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('on a long page, keeps the keys pressed while it analyses: next figure and Enter open the first figure’s card', async () => {
    const page = await browser.context.newPage();
    // The reader presses Alt+Shift+N and Enter in the first frame that shows figures, while the rest is still read
    // (the previous test pins that this frame comes before the end); how many figures showed then is kept.
    await page.addInitScript(`(function poll() {
      let count = 0;
      for (const [name, highlight] of CSS.highlights) if (/^ff-(?!status|color|focus)/.test(name)) count += highlight.size;
      if (!count) return requestAnimationFrame(poll);
      const press = (key, mods) => document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, ...mods }));
      window.__shownAtPress = count;
      press('N', { code: 'KeyN', altKey: true, shiftKey: true });
      press('Enter', {});
    })();`);
    await page.goto(server.url('/long-epaper.html'));
    const card = page.locator('figure-finder-ui section.card');
    await card.waitFor();
    const shownAtPress = await page.evaluate(() => (window as unknown as { __shownAtPress: number }).__shownAtPress);
    expect(claimTexts(await highlightTexts(page)).length).toBeGreaterThan(shownAtPress);
    const live = page.locator('figure-finder-ui [role="status"]').first();
    await expect(live.textContent()).resolves.toMatch(/^Figure 1 of \d+: /);
    const focusedFigure = (await highlightTexts(page))['ff-focus'];
    expect(focusedFigure).toHaveLength(1);
    await expect(card.locator('h2 .figure').textContent()).resolves.toBe(focusedFigure[0]);
  });

  it('on a long page, opens the card of a figure clicked while it analyses once the analysis ends', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(`(function poll() {
      let first = null, count = 0;
      for (const [name, highlight] of CSS.highlights) {
        if (!/^ff-(?!status|color|focus)/.test(name)) continue;
        count += highlight.size;
        for (const range of highlight) if (!first || range.compareBoundaryPoints(Range.START_TO_START, first) < 0) first = range;
      }
      if (!first) return requestAnimationFrame(poll);
      window.__shownAtClick = count;
      window.__clicked = first.toString();
      first.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const box = first.getClientRects()[0];
      document.body.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 }));
    })();`);
    await page.goto(server.url('/long-epaper.html'));
    const card = page.locator('figure-finder-ui section.card');
    await card.waitFor();
    const { shownAtClick, clicked } = await page.evaluate(() => {
      const w = window as unknown as { __shownAtClick: number; __clicked: string };
      return { shownAtClick: w.__shownAtClick, clicked: w.__clicked };
    });
    expect(claimTexts(await highlightTexts(page)).length).toBeGreaterThan(shownAtClick);
    await expect(card.locator('h2 .figure').textContent()).resolves.toBe(clicked);
  });

  it('keeps the English engine and the gazetteer out of the content scripts, and Readability out of the loader', () => {
    const loader = readFileSync(join(extensionDir, 'content-scripts/content.js'), 'utf8');
    const analysis = readFileSync(join(extensionDir, 'content-scripts/analysis.js'), 'utf8');
    const background = readFileSync(join(extensionDir, 'background.js'), 'utf8');
    // Strings from compromise and from the division table, present in the background's bundle.
    for (const marker of ['compromise: Invalid tag', '330112']) {
      expect(background).toContain(marker);
      expect(loader).not.toContain(marker);
      expect(analysis).not.toContain(marker);
    }
    // A property name from Readability's table scoring: in the analysis script, never in the loader every page parses.
    expect(analysis).toContain('_readabilityDataTable');
    expect(loader).not.toContain('_readabilityDataTable');
  });
});
