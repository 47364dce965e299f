/**
 * The popup and side panel in real Chromium with the built extension (run `npm run build` first):
 * how long until the popup shows the seed page's summary, until the side panel lists its claims,
 * and the same for a long page with about a thousand claims, plus how long a search filter takes
 * to redraw that long list. Pages are served from 127.0.0.1.
 *
 * Figures: popup_ready_ms, sidepanel_ready_ms, sidepanel_ready_ms_long, sidepanel_long_claims,
 * sidepanel_filter_ms_long (medians of three runs where repeated).
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const extensionDir = join(root, '.output/chrome-mv3');

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A plain news page: first line as headline, one paragraph per line. */
function newsPage(text: string): string {
  const [heading, ...paragraphs] = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(heading)}</title></head>
<body><article><h1>${escapeHtml(heading)}</h1>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article></body></html>`;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export default async function bench(log: (line: string) => void): Promise<Record<string, number>> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error('No built extension: run `npm run build` first');
  const seed = readFileSync(join(root, 'tests/fixtures/seed-zhejiang-page.txt'), 'utf8');
  // The seed's first article repeated: one long article with many figures, as a county yearbook page.
  const firstArticle = seed.trim().split('\n').slice(0, 40).join('\n');
  const long = [firstArticle, ...Array.from({ length: 40 }, () => firstArticle.split('\n').slice(2).join('\n'))].join('\n');
  const pages: Record<string, string> = { '/seed.html': newsPage(seed), '/long.html': newsPage(long) };
  const server = createServer((req, res) => {
    const body = pages[req.url ?? ''];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? '');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const profile = await mkdtemp(join(tmpdir(), 'figure-finder-bench-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless=new', '--no-sandbox', `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const openTab = async (path: string): Promise<number> => {
      const page = await context.newPage();
      await page.goto(origin + path);
      // The badge is set once the content script has analysed the page.
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        const found = await worker.evaluate(async (url) => {
          const api = (globalThis as any).chrome;
          const tab = (await api.tabs.query({})).find((t: { url?: string }) => t.url === url);
          return { id: tab?.id as number, badge: tab ? ((await api.action.getBadgeText({ tabId: tab.id })) as string) : '' };
        }, page.url());
        if (found.badge) return found.id;
        await page.waitForTimeout(100);
      }
      throw new Error(`${path} was never analysed`);
    };
    const timeTo = async (url: string, selector: string): Promise<[number, Page]> => {
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(url);
      await page.locator(selector).first().waitFor();
      const ms = performance.now() - start;
      return [ms, page];
    };

    const seedTab = await openTab('/seed.html');
    const popupRuns: number[] = [];
    const panelRuns: number[] = [];
    for (let run = 0; run < 3; run++) {
      const [popupMs, popup] = await timeTo(`chrome-extension://${extensionId}/popup.html?tabId=${seedTab}`, '.article-summary');
      popupRuns.push(popupMs);
      await popup.close();
      const [panelMs, panel] = await timeTo(`chrome-extension://${extensionId}/sidepanel.html?tabId=${seedTab}`, '.claim-button');
      panelRuns.push(panelMs);
      await panel.close();
    }
    log(`popup shows the seed page's summary in ${median(popupRuns).toFixed(0)} ms (median of 3, page load included)`);
    log(`side panel lists the seed page's claims in ${median(panelRuns).toFixed(0)} ms`);

    const longTab = await openTab('/long.html');
    const [longMs, panel] = await timeTo(`chrome-extension://${extensionId}/sidepanel.html?tabId=${longTab}`, '.claim-button');
    const claims = await panel.locator('.claim-button').count();
    log(`side panel lists ${claims} claims of a long page in ${longMs.toFixed(0)} ms`);
    const filterRuns: number[] = [];
    for (const query of ['亩', '工业用地', '']) {
      filterRuns.push(
        await panel.evaluate(async (q) => {
          const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
          const showing = document.querySelector('.showing')!;
          const before = showing.textContent;
          const start = performance.now();
          input.value = q;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          while (showing.textContent === before && performance.now() - start < 5000) await new Promise((r) => requestAnimationFrame(r));
          return performance.now() - start;
        }, query),
      );
    }
    log(`a search filter redraws that list in ${median(filterRuns).toFixed(0)} ms (median of 3)`);
    return {
      popup_ready_ms: Math.round(median(popupRuns)),
      sidepanel_ready_ms: Math.round(median(panelRuns)),
      sidepanel_ready_ms_long: Math.round(longMs),
      sidepanel_long_claims: claims,
      sidepanel_filter_ms_long: Math.round(median(filterRuns)),
    };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    server.close();
  }
}
