/**
 * Pages that change after load: an article inserted by script later, a single-page navigation to
 * another article, an edit of the text. Our own changes (highlight style, card host) never trigger
 * a new analysis, and the page's DOM is never changed by drawing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, screenshotPath, type ExtensionBrowser } from './support/extension-browser';
import { claimTexts, escapeHtml, highlightTexts, htmlRoute, inpagePagesDir, newsPage, pageState, seedGold, seedText, waitForHighlights } from './support/inpage';
import { startStaticServer, type StaticServer } from './support/static-server';

/** The seed's first article as paragraphs (its first blank-line blocks). */
const paragraphs = seedText()
  .split(/\n\s*\n/)
  .map((p) => p.replace(/\s*\n\s*/g, ''))
  .filter(Boolean)
  .slice(0, 12);

const second = [
  '嘉兴桐乡：向空间要效益',
  '今年以来，桐乡经济开发区新增出让工业用地1200亩，新建标准厂房35万平方米，入驻企业86家，亩均税收达到48.2万元。',
  '开发区负责人介绍，区内智能制造产业园规划面积3.6平方公里，总投资12.8亿元的一期工程已经完工，工业投资同比增长17.3%。',
  '下一步，开发区将加快建设人才公寓1500套，力争年底前再出让工业用地300亩，盘活低效用地560亩，推动产业园区提质增效。',
  '桐乡市自然资源和规划局相关负责人表示，将继续推进“标准地”改革，完善亩均效益综合评价，让每一寸土地都产生更高的效益，为县域经济高质量发展提供空间保障。',
];

const shell = (script: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>动态页面</title></head>
<body><header><nav><a href="#">首页</a></nav></header><main id="app"><p id="loading">加载中…</p></main>
<script>
var first = ${JSON.stringify(paragraphs)};
var second = ${JSON.stringify(second)};
function show(list) {
  var app = document.getElementById('app');
  app.textContent = '';
  var article = document.createElement('article');
  list.forEach(function (text, i) {
    var el = document.createElement(i === 0 ? 'h1' : 'p');
    el.textContent = text;
    article.appendChild(el);
  });
  app.appendChild(article);
}
${script}
</script></body></html>`;

/** The seed as a news page sent in two parts, as by a slow server: the second when the test calls `sendRest`. */
const slowPage = newsPage(seedText());
const slowCut = slowPage.indexOf('</p>', Math.floor(slowPage.length / 3)) + '</p>'.length;
let sendRest: () => void = () => undefined;

describe('dynamic pages', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(inpagePagesDir, {
      '/slow.html': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.write(slowPage.slice(0, slowCut));
        sendRest = () => res.end(slowPage.slice(slowCut));
      },
      '/late.html': htmlRoute(shell('setTimeout(function () { show(first); }, 1200);')),
      '/spa.html': htmlRoute(shell("show(first); window.goToSecond = function () { history.pushState({}, '', '/spa/second'); show(second); };")),
      '/edit.html': htmlRoute(shell('show(first);')),
    });
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('on a page that arrives slowly, loads the analysis while the page is parsed and draws it once the parse ends', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/slow.html'), { waitUntil: 'commit' });
    // A third of the page is in: the loader has looked at it and is loading the analysis, which waits for the rest.
    await expect.poll(() => pageState(browser.serviceWorker, page).then((state) => state.status).catch(() => 'no loader yet'), { timeout: 10_000 }).toBe('analysing');
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    expect(claimTexts(await highlightTexts(page))).toEqual([]);
    sendRest();
    const gold = seedGold().filter((claim) => !claim.optional);
    await waitForHighlights(page, (t) => gold.every((claim) => claimTexts(t).includes(claim.text)));
    expect((await pageState(browser.serviceWorker, page)).status).toBe('done');
    await page.close();
  });

  it('finds an article inserted by script after load', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/late.html'));
    const texts = await waitForHighlights(page, (t) => claimTexts(t).includes('1000亩'));
    expect(claimTexts(texts)).toContain('一万亩');
    await page.close();
  });

  it('follows a single-page navigation to another article', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/spa.html'));
    await waitForHighlights(page, (t) => claimTexts(t).includes('1000亩'));
    await page.evaluate(() => (window as unknown as { goToSecond(): void }).goToSecond());
    const texts = await waitForHighlights(page, (t) => claimTexts(t).includes('1200亩'));
    expect(claimTexts(texts)).not.toContain('1000亩');
    const state = await pageState(browser.serviceWorker, page);
    expect(state.status).toBe('done');
    await page.screenshot({ path: await screenshotPath('inpage-spa-second') });
    await page.close();
  });

  it('redraws after the page edits its text, and our own drawing never changes the page DOM', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/edit.html'));
    await waitForHighlights(page, (t) => claimTexts(t).includes('1000亩'));
    const articleHtml = await page.locator('article').innerHTML();
    expect(articleHtml).toBe(paragraphs.map((p, i) => (i === 0 ? `<h1>${escapeHtml(p)}</h1>` : `<p>${escapeHtml(p)}</p>`)).join(''));
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('article p')].find((el) => el.textContent!.includes('1000亩'))!;
      p.textContent = p.textContent!.replace('1000亩', '1500亩');
    });
    const texts = await waitForHighlights(page, (t) => claimTexts(t).includes('1500亩'));
    expect(claimTexts(texts)).not.toContain('1000亩');
    expect(Object.keys(await highlightTexts(page)).every((name) => name.startsWith('ff-'))).toBe(true);
    await page.close();
  });
});
