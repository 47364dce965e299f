/**
 * A long library in the real dashboard: 10,000 generated articles (one claim each: writing them is the slow part of this test, reading them is what it measures) written into the
 * extension's IndexedDB, then the dashboard is reloaded and the time until the first list row is
 * on screen is measured (dashboard_first_paint_ms, written to test-results/library-figures.json;
 * a figure, not an assertion: targets live in benchmarks, not in timed tests).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleContents, articleSummary, catalogRecord, shelfOf, type ArticleContents } from '../../utils/store/keys';
import { savedLineText } from '../../utils/store/lines';
import { DEFAULT_LIBRARY_NAME } from '../../utils/store/schema';
import { generateLibrary } from '../unit/support/generate-library';
import { launchExtensionBrowser, screenshotPath, type ExtensionBrowser } from './support/extension-browser';

const ARTICLES = Number(process.env.LONG_LIST_ARTICLES ?? 10_000);

describe('a long library in the dashboard', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('paints the first rows of 10,000 articles quickly and keeps only visible rows in the page', async () => {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => console.log('page error', error));
    const dashboard = `chrome-extension://${browser.extensionId}/dashboard.html`;
    await page.goto(dashboard);
    await page.getByText('The library is empty.').waitFor();

    const library = generateLibrary(ARTICLES, 1);
    const claimsOf = new Map<string, typeof library.claims>();
    for (const claim of library.claims) claimsOf.set(claim.articleId, [...(claimsOf.get(claim.articleId) ?? []), claim]);
    // Written as the store lays them out (utils/store/keys.ts): each article with its claims on its shelf
    // as a line, and its record without its text in the shelf's catalog record; each shelf whole, once
    // (its lines travel as text through JSON).
    const onShelves = new Map<number, Map<string, ArticleContents>>();
    for (const article of library.articles) {
      const shelf = shelfOf(article.id);
      if (!onShelves.has(shelf)) onShelves.set(shelf, new Map());
      onShelves.get(shelf)!.set(article.id, articleContents(article, claimsOf.get(article.id) ?? [], []));
    }
    const shelves = [...onShelves].map(([shelf, contents]) => ({ shelf, articleIds: [...contents.keys()], lines: [...contents.values()].map((held) => savedLineText(held)), ix: { noteIds: [] } }));
    const catalog = [...onShelves].map(([shelf, contents]) => catalogRecord(shelf, [...contents.values()].map((held) => articleSummary(held.article!))));
    const batches = Math.ceil(ARTICLES / 2500);
    for (let b = 0; b < batches; b++) {
      const records = {
        catalog: catalog.filter((_, i) => i % batches === b),
        shelves: shelves.filter((_, i) => i % batches === b),
      };
      await page.evaluate(
        ({ name, json }) =>
          new Promise<void>((done, fail) => {
            // Passed as JSON text: Playwright's own serialisation of large object graphs is slow.
            const records = JSON.parse(json) as { catalog: object[]; shelves: Array<{ shelf: number; articleIds: string[]; lines: string[]; ix: object }> };
            const encoder = new TextEncoder();
            // A shelf's lines one after another in one buffer, with where each ends (utils/store/keys.ts shelfRecord).
            const stored = (shelf: (typeof records.shelves)[number]) => {
              const lines = shelf.lines.map((line) => encoder.encode(line));
              const lineEnds: number[] = [];
              let size = 0;
              for (const line of lines) lineEnds.push((size += line.length));
              const buffer = new Uint8Array(size);
              lines.forEach((line, i) => buffer.set(line, i === 0 ? 0 : lineEnds[i - 1]));
              return { ...shelf, lineEnds, lines: buffer };
            };
            const open = indexedDB.open(name);
            open.onerror = () => fail(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction(['catalog', 'shelves'], 'readwrite');
              for (const listed of records.catalog) tx.objectStore('catalog').put(listed);
              for (const shelf of records.shelves) tx.objectStore('shelves').put(stored(shelf));
              tx.oncomplete = () => {
                open.result.close();
                done();
              };
              tx.onerror = () => fail(tx.error);
            };
          }),
        { name: DEFAULT_LIBRARY_NAME, json: JSON.stringify(records) },
      );
    }

    await page.reload();
    const firstRowMs = await (
      await page.waitForFunction(() => (document.querySelector('.library-row') ? performance.now() : 0), undefined, { polling: 'raf', timeout: 30_000 })
    ).jsonValue();
    const readyMs = await (
      await page.waitForFunction((expected) => ((document.querySelector('.result-count')?.textContent ?? '').includes(expected) ? performance.now() : 0), `${ARTICLES.toLocaleString('en')} of ${ARTICLES.toLocaleString('en')} articles`, {
        polling: 100,
        timeout: 120_000,
      })
    ).jsonValue();

    const rowsInDom = await page.locator('.library-row').count();
    expect(rowsInDom).toBeGreaterThan(5);
    expect(rowsInDom).toBeLessThan(60);
    await page.getByRole('listbox').focus();
    await page.keyboard.press('End');
    await page.getByRole('option', { name: /第0期/ }).waitFor();
    expect(await page.locator(`[role=option][aria-posinset="${ARTICLES}"]`).getAttribute('aria-selected')).toBe('true');

    await page.getByLabel('Search titles, subjects, sentences and notes').fill('亩均税收');
    await page.getByText(new RegExp(`of ${ARTICLES.toLocaleString('en')} articles`)).waitFor();
    await page.screenshot({ path: await screenshotPath('library-long-list') });

    const figures = { dashboard_first_paint_ms: Math.round(firstRowMs), dashboard_search_ready_ms: Math.round(readyMs) };
    console.log(`long library: ${JSON.stringify(figures)}`);
    const out = resolve(__dirname, '../../test-results');
    await mkdir(out, { recursive: true });
    await writeFile(resolve(out, 'library-figures.json'), JSON.stringify(figures));
  }, 600_000);
});
