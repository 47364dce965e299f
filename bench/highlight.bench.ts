/**
 * In-page speed and size, measured in real Chromium with the built extension (run `npm run build`
 * first). Pages are served from 127.0.0.1.
 *
 * - highlight_seed_ms: from the end of DOMContentLoaded (the page's document is parsed; the content
 *   script runs at document_idle, after it) to the first highlights drawn, on the seed news page.
 * - highlight_1mb_ms: the same on an article page of about 1 MB of HTML.
 * - content_non_article_ms: main-thread script time on a page that is not an article (a page with no
 *   scripts of its own, so all script time measured there is the content script's: Chrome's
 *   `ScriptDuration` metric over the page's life, less the same page's in a browser without the
 *   extension, so parsing and compiling the content script counts too).
 * - content_script_bytes: size of the built content script every page loads (the loader).
 * - content_full_script_bytes: size of the analysis script, injected only into pages that may hold
 *   an article.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath, extensionDir, launchExtensionBrowser } from '../tests/e2e/support/extension-browser';
import { fixturesDir, htmlRoute, newsPage, seedText } from '../tests/e2e/support/inpage';
import { startStaticServer } from '../tests/e2e/support/static-server';

const RUNS = 5;

/** Records, in the page, when our first highlight appeared. */
const probe = `
  window.__ff = { drawn: 0 };
  (function poll() {
    for (const name of CSS.highlights.keys()) {
      if (name.startsWith('ff-')) { window.__ff.drawn = performance.now(); return; }
    }
    requestAnimationFrame(poll);
  })();
`;

async function timeToHighlights(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __ff: { drawn: number } }).__ff.drawn > 0, undefined, { timeout: 30_000 });
  const { parsed, drawn } = await page.evaluate(() => ({
    drawn: (window as unknown as { __ff: { drawn: number } }).__ff.drawn,
    parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
  }));
  return drawn - parsed;
}

async function scriptMs(page: Page, url: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  // The content script runs at document_idle and reports once; leave it time to finish.
  await page.waitForTimeout(1500);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  await cdp.detach();
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 10) / 10;

export default async function bench(log: (line: string) => void): Promise<Record<string, number>> {
  const bytes = statSync(join(extensionDir, 'content-scripts/content.js')).size;
  const fullBytes = statSync(join(extensionDir, 'content-scripts/analysis.js')).size;

  const seed = seedText();
  // About 1 MB of HTML: the seed's article paragraphs repeated under one headline.
  const body = seed.split('\n').slice(1).join('\n');
  let big = seed.split('\n')[0];
  while (Buffer.byteLength(big) < 1_000_000) big += `\n${body}`;
  const bigHtml = newsPage(big);

  const server = await startStaticServer(resolve(fixturesDir, 'pages'), {
    '/big.html': htmlRoute(bigHtml),
    '/empty.html': htmlRoute('<!doctype html><html><head><meta charset="utf-8"><title>empty</title></head><body></body></html>'),
  });
  const browser = await launchExtensionBrowser();
  const plainBrowser = await chromium.launch({ executablePath: chromiumPath(), args: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.context.newPage();
    await page.addInitScript(probe);
    const seedRuns: number[] = [];
    const bigRuns: number[] = [];
    for (let i = 0; i < RUNS; i++) seedRuns.push(await timeToHighlights(page, server.url('/seed-news-page.html')));
    for (let i = 0; i < RUNS; i++) bigRuns.push(await timeToHighlights(page, server.url('/big.html')));
    const plain = await browser.context.newPage();
    const withoutExtension = await plainBrowser.newPage();
    const nonArticle: number[] = [];
    const baseline: number[] = [];
    const empty: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      nonArticle.push(await scriptMs(plain, server.url('/product-review-negative.html')));
      baseline.push(await scriptMs(withoutExtension, server.url('/product-review-negative.html')));
      empty.push(await scriptMs(plain, server.url('/empty.html')));
    }
    const figures = {
      highlight_seed_ms: round(median(seedRuns)),
      highlight_1mb_ms: round(median(bigRuns)),
      content_non_article_ms: round(Math.max(0, median(nonArticle) - median(baseline))),
      content_script_bytes: bytes,
      content_full_script_bytes: fullBytes,
    };
    log(`seed news page: parsed → highlights ${figures.highlight_seed_ms} ms (median of ${RUNS}: ${seedRuns.map(round).join(', ')})`);
    log(`1 MB article page (${Math.round(Buffer.byteLength(bigHtml) / 1024)} KB): parsed → highlights ${figures.highlight_1mb_ms} ms (${bigRuns.map(round).join(', ')})`);
    log(
      `non-article page: content script ${figures.content_non_article_ms} ms of script time (page ${median(nonArticle).toFixed(1)} ms, ` +
        `same page without the extension ${median(baseline).toFixed(1)} ms; an empty page with the extension ${median(empty).toFixed(1)} ms)`,
    );
    log(`content scripts: loader ${bytes} bytes (every page), analysis ${fullBytes} bytes (pages that may hold an article)`);
    return figures;
  } finally {
    await plainBrowser.close();
    await browser.close();
    await server.close();
  }
}
