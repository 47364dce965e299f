/**
 * Helpers for the in-page browser tests: news pages made from the corpus texts, and reading what
 * the extension drew. Highlights have no DOM, so tests read them where the browser keeps them:
 * the document's CSS highlight registry (shared by the page and the content script's world).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Route } from './static-server';

// Works under vitest and plain Node (the bench runner), which has no __dirname in ES modules.
const here = dirname(fileURLToPath(import.meta.url));

export const fixturesDir = resolve(here, '../../fixtures');
export const inpagePagesDir = resolve(here, '../pages-inpage');

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A news page around an article text: site header and navigation, the article (first line as
 * title, then one paragraph per line), a footer, and a script holding figures that must not be
 * highlighted. `extraHead` goes into <head> (a canonical link, a script).
 */
export function newsPage(text: string, { extraHead = '', title }: { extraHead?: string; title?: string } = {}): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const [heading, ...paragraphs] = lines;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title ?? heading)}</title>${extraHead}
<style>body{font:16px/1.7 sans-serif;max-width:760px;margin:0 auto;padding:16px} nav a{margin-right:12px}</style></head>
<body>
<header><nav><a href="#">首页</a><a href="#">要闻</a><a href="#">区县</a></nav></header>
<article>
<h1>${escapeHtml(heading)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article>
<footer><p>版权所有 新闻网</p></footer>
<script>window.hiddenFigure = "5000亩";</script>
</body></html>`;
}

export function seedText(): string {
  return readFileSync(resolve(fixturesDir, 'seed-zhejiang-page.txt'), 'utf8');
}

export interface GoldClaim {
  start: number;
  end: number;
  text: string;
  value: number;
  unit: string;
  kind: string;
  optional?: boolean;
}

export function seedGold(): GoldClaim[] {
  return readFileSync(resolve(fixturesDir, 'seed-zhejiang-page.gold.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as GoldClaim);
}

/** The text of every range in each of our highlights (names starting with `ff-`). */
export function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('ff-')) continue;
      out[name] = [...(highlight as Highlight)].map((r) => (r as Range).toString());
    }
    return out;
  });
}

/** Polls until `accept` holds for the drawn highlights; returns them. */
export async function waitForHighlights(
  page: Page,
  accept: (texts: Record<string, string[]>) => boolean,
  timeoutMs = 15_000,
): Promise<Record<string, string[]>> {
  const deadline = Date.now() + timeoutMs;
  let texts: Record<string, string[]> = {};
  while (Date.now() < deadline) {
    texts = await highlightTexts(page);
    if (accept(texts)) return texts;
    await page.waitForTimeout(100);
  }
  throw new Error(`highlights never matched; last seen: ${JSON.stringify(texts).slice(0, 500)}`);
}

/** All highlighted texts of the claim kinds (not statuses, colours or focus). */
export function claimTexts(texts: Record<string, string[]>): string[] {
  return Object.entries(texts)
    .filter(([name]) => !/^ff-(status|color|focus)/.test(name))
    .flatMap(([, list]) => list);
}

/** Viewport centre of the `nth` highlighted range whose text is `text` (scrolled into view first). */
export async function pointAtHighlight(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ text, nth }) => {
      const ranges: Range[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('ff-') || /^ff-(status|color|focus)/.test(name)) continue;
        for (const r of highlight as Highlight) if ((r as Range).toString() === text) ranges.push(r as Range);
      }
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = ranges[nth];
      if (!range) throw new Error(`no highlight "${text}"`);
      (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    { text, nth },
  );
}

/** Clicks the highlighted figure `text` and waits for its claim card. */
export async function openCardAt(page: Page, text: string) {
  const point = await pointAtHighlight(page, text);
  await page.mouse.click(point.x, point.y);
  const card = page.locator('figure-finder-ui section.card');
  await card.waitFor();
  return card;
}

/** Selects the first occurrence of `text` inside `within` (a CSS selector) and releases the mouse there, as a reader would. */
export async function selectText(page: Page, text: string, within = 'body'): Promise<void> {
  await page.evaluate(
    ({ text, within }) => {
      const root = document.querySelector(within)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + text.length);
        (n.parentElement as Element).scrollIntoView({ block: 'center' });
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        const rect = range.getBoundingClientRect();
        document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: rect.right, clientY: rect.bottom }));
        return;
      }
      throw new Error(`text "${text}" not on the page`);
    },
    { text, within },
  );
}

/** The content script's PageState for the tab showing `page`, asked through the service worker. */
export async function pageState(
  worker: { evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R> },
  page: Page,
): Promise<{ status: string; orphans: Array<{ id: string; claimId?: string; note?: string; text?: string }>; articles: Array<{ claims: Array<{ id: string; text: string; dismissed?: boolean; annotation?: { note: string; status: string } }> }> }> {
  return worker.evaluate(async (url: string) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- chrome.* inside the worker
    const api = (globalThis as any).chrome;
    const tabs: Array<{ id?: number; url?: string }> = await api.tabs.query({});
    const tab = tabs.find((t) => t.url === url);
    if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
    return api.tabs.sendMessage(tab.id, { type: 'get-page-state' });
  }, page.url());
}

/** A static-server route answering with a fixed HTML page. */
export function htmlRoute(body: string | (() => string)): Route {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(typeof body === 'string' ? body : body());
  };
}
