import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser';
import { openExtensionPage } from './support/panels';

// The background answers the messages of utils/messages.ts; here an extension page sends them, as
// the content script and the panels do.
describe('the background service worker', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('analyses English text with the English engine', async () => {
    const page = await openExtensionPage(browser, 'options');
    const claims = await page.evaluate(() =>
      (globalThis as any).chrome.runtime.sendMessage({
        type: 'analyse-english',
        text: 'The county supplied 11,640 hectares of industrial land, up 12% on last year.',
      }),
    );
    expect(claims.map((claim: { text: string; unit: string }) => [claim.text, claim.unit])).toEqual(
      expect.arrayContaining([
        ['11,640 hectares', 'ha'],
        expect.arrayContaining(['percent']),
      ]),
    );
  });

  it('places an article with the gazetteer', async () => {
    const page = await openExtensionPage(browser, 'options');
    const regions = await page.evaluate(() =>
      (globalThis as any).chrome.runtime.sendMessage({
        type: 'resolve-regions',
        title: '临安区盘活低效工业用地1000亩',
        text: '近日，杭州市临安区通过“亩均论英雄”改革，盘活低效工业用地1000亩。临安区经信局表示，今年将继续推进。',
      }),
    );
    expect(regions[0]).toMatchObject({ name: '临安区', code: '330112' });
  });

  it('saves an article to the library and finds it again by its canonical URL', async () => {
    const page = await openExtensionPage(browser, 'options');
    const now = Date.now();
    const article = {
      id: 'e2e-linan', url: 'https://news.example/linan?utm_source=x', canonicalUrl: 'https://news.example/linan',
      title: '临安区工业用地改革', site: 'news.example', language: 'zh', regions: [], relevance: 0.9,
      isRegionalDevelopment: true, textHash: 'h1', text: '盘活低效工业用地1000亩', source: 'page', savedAt: now, updatedAt: now,
    };
    const send = (message: unknown) => page.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), message);
    expect(await send({ type: 'save-article', saved: { article, claims: [], annotations: [] } })).toEqual({ ok: true });
    const found = await send({ type: 'find-saved-articles', url: article.url, canonicalUrl: article.canonicalUrl });
    expect(found.map((s: { article: { title: string } }) => s.article.title)).toEqual(['临安区工业用地改革']);
    const refused = await send({ type: 'put-claim', claim: { id: 'c', articleId: 'not-saved' } });
    expect(refused.ok).toBe(false);
  });
});
