/**
 * In-page speed and size, measured in real Chromium with the built extension (run `npm run build`
 * first). Pages are served from 127.0.0.1.
 *
 * - highlight_seed_ms: from the start of DOMContentLoaded (the page's document is parsed; the loader takes its
 *   quick look in that event, so the start is where our work begins) to the first highlights drawn, on the
 *   seed news page.
 * - highlight_1mb_ms: the same on an article page of about 1 MB of HTML. A long page is analysed a slice
 *   at a time and drawn as it goes, so the reader sees highlights before the whole page is analysed:
 *   `highlight_seed_all_ms` and `highlight_1mb_all_ms` are the times to the last highlight drawn.
 * - highlight_1mb_longest_task_ms: on that page, the longest main-thread task (Long Tasks API) between the first
 *   highlights and the last: how long a click or key press may wait while the rest of the page is analysed.
 * - content_non_article_ms: main-thread script time on a page that is not an article (a page with no
 *   scripts of its own, so all script time measured there is the content script's: Chrome's
 *   `ScriptDuration` metric over the page's life, less the same page's in a browser without the
 *   extension, so parsing and compiling the content script counts too). ScriptDuration leaves out
 *   work done in callbacks of extension APIs (measured: 20 ms of work after a `storage.local.get`
 *   reply did not show); the loader takes its quick look synchronously, so the figure holds all its
 *   work but the small report and watcher set up once the settings arrive.
 * - highlight_seed_streamed_ms: the seed page as a slow server sends it, its first third and then, 300 ms later,
 *   the rest (the page is parsed as it arrives, and the loader looks at it meanwhile): from the parse's end to the
 *   first highlights, as for highlight_seed_ms. Real pages arrive so; the pages above arrive at once from 127.0.0.1.
 * - highlight_seed_sw_cold_ms: the seed's first highlights when the extension's service worker is not
 *   running, as after half a minute idle, which is how most article visits find it: the worker is
 *   stopped (DevTools' ServiceWorker.stopWorker) before each visit, so its start is part of the wait.
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

/**
 * Records, in the page, every frame: when our first highlight appeared, and when the number of claims
 * highlighted (ranges under the per-kind names `ff-<kind>`) last changed; and every long task.
 */
const probe = `
  window.__ff = { first: 0, last: 0, count: 0, tasks: [] };
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) window.__ff.tasks.push([task.startTime, task.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const layer = /^ff-(?!status-|color-|focus)/;
  (function poll() {
    let count = 0;
    for (const [name, highlight] of CSS.highlights) if (layer.test(name)) count += highlight.size;
    if (count && !window.__ff.first) window.__ff.first = performance.now();
    if (count !== window.__ff.count) { window.__ff.count = count; window.__ff.last = performance.now(); }
    requestAnimationFrame(poll);
  })();
`;

type Probe = { first: number; last: number; count: number; tasks: Array<[start: number, duration: number]> };
/** Drawing is complete once the count stood still this long. */
const SETTLED_MS = 1500;

async function timeToHighlights(page: Page, url: string): Promise<{ first: number; all: number; longestTask: number }> {
  await page.goto(url);
  await page.waitForFunction(
    (settled) => {
      const ff = (window as unknown as { __ff: Probe }).__ff;
      return ff.first > 0 && performance.now() - ff.last > settled;
    },
    SETTLED_MS,
    { timeout: 60_000, polling: 100 },
  );
  const { parsed, ff } = await page.evaluate(() => ({
    ff: (window as unknown as { __ff: Probe }).__ff,
    parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart,
  }));
  // Tasks that end after the first highlights and start before the last: the reader may be waiting on them.
  const tasksBetween = ff.tasks.filter(([start, duration]) => start + duration > ff.first && start <= ff.last).map(([, duration]) => duration);
  return { first: ff.first - parsed, all: ff.last - parsed, longestTask: Math.max(0, ...tasksBetween) };
}

/** Stops the extension's service worker and waits until it has stopped; the next message starts it again. */
async function serviceWorkerStopper(page: Page): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  let versionId: string | undefined;
  let stopped = false;
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: Array<{ versionId: string; scriptURL: string; runningStatus: string }> }) => {
    for (const version of event.versions) {
      if (!version.scriptURL.startsWith('chrome-extension://')) continue;
      versionId = version.versionId;
      if (version.runningStatus === 'stopped') stopped = true;
    }
  });
  await cdp.send('ServiceWorker.enable');
  return async () => {
    for (let waited = 0; !versionId && waited < 5000; waited += 20) await page.waitForTimeout(20);
    if (!versionId) throw new Error('the extension has no service worker to stop');
    stopped = false;
    await cdp.send('ServiceWorker.stopWorker', { versionId });
    for (let waited = 0; !stopped && waited < 5000; waited += 5) await page.waitForTimeout(5);
  };
}

async function scriptMs(page: Page, url: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  // The loader looks once the document is parsed and may watch the page after; leave it time to finish.
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

  const seedHtml = newsPage(seed);
  const cut = seedHtml.indexOf('</p>', Math.floor(seedHtml.length / 3)) + '</p>'.length;
  const server = await startStaticServer(resolve(fixturesDir, 'pages'), {
    '/big.html': htmlRoute(bigHtml),
    '/seed-streamed.html': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write(seedHtml.slice(0, cut));
      setTimeout(() => res.end(seedHtml.slice(cut)), 300);
    },
    '/empty.html': htmlRoute('<!doctype html><html><head><meta charset="utf-8"><title>empty</title></head><body></body></html>'),
  });
  const browser = await launchExtensionBrowser();
  const plainBrowser = await chromium.launch({ executablePath: chromiumPath(), args: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.context.newPage();
    await page.addInitScript(probe);
    type Run = Awaited<ReturnType<typeof timeToHighlights>>;
    const seedRuns: Run[] = [];
    const bigRuns: Run[] = [];
    for (let i = 0; i < RUNS; i++) seedRuns.push(await timeToHighlights(page, server.url('/seed-news-page.html')));
    for (let i = 0; i < RUNS; i++) bigRuns.push(await timeToHighlights(page, server.url('/big.html')));
    const streamedRuns: Run[] = [];
    for (let i = 0; i < RUNS; i++) streamedRuns.push(await timeToHighlights(page, server.url('/seed-streamed.html')));
    const stopServiceWorker = await serviceWorkerStopper(page);
    const coldWorkerRuns: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      await stopServiceWorker();
      coldWorkerRuns.push(await timeToHighlights(page, server.url('/seed-news-page.html')));
    }
    const firsts = (runs: Run[]) => runs.map((r) => r.first);
    const alls = (runs: Run[]) => runs.map((r) => r.all);
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
      highlight_seed_ms: round(median(firsts(seedRuns))),
      highlight_seed_all_ms: round(median(alls(seedRuns))),
      highlight_seed_streamed_ms: round(median(firsts(streamedRuns))),
      highlight_seed_sw_cold_ms: round(median(firsts(coldWorkerRuns))),
      highlight_1mb_ms: round(median(firsts(bigRuns))),
      highlight_1mb_all_ms: round(median(alls(bigRuns))),
      highlight_1mb_longest_task_ms: round(median(bigRuns.map((r) => r.longestTask))),
      content_non_article_ms: round(Math.max(0, median(nonArticle) - median(baseline))),
      content_script_bytes: bytes,
      content_full_script_bytes: fullBytes,
    };
    const runs = (xs: number[]) => xs.map(round).join(', ');
    log(`seed news page: parsed → first highlights ${figures.highlight_seed_ms} ms (median of ${RUNS}: ${runs(firsts(seedRuns))}), all ${figures.highlight_seed_all_ms} ms (${runs(alls(seedRuns))})`);
    log(`seed news page sent in two parts 300 ms apart: parsed → first highlights ${figures.highlight_seed_streamed_ms} ms (${runs(firsts(streamedRuns))})`);
    log(`seed news page with the service worker stopped first: ${figures.highlight_seed_sw_cold_ms} ms (${runs(firsts(coldWorkerRuns))})`);
    log(
      `1 MB article page (${Math.round(Buffer.byteLength(bigHtml) / 1024)} KB): parsed → first highlights ${figures.highlight_1mb_ms} ms ` +
        `(${runs(firsts(bigRuns))}), all ${figures.highlight_1mb_all_ms} ms (${runs(alls(bigRuns))}), ` +
        `longest task between ${figures.highlight_1mb_longest_task_ms} ms (${runs(bigRuns.map((r) => r.longestTask))})`,
    );
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
