/**
 * Article detection figures (issue 3): the cheap check on a page that is not an article, and full
 * detection on the seed newspaper page, both in happy-dom (a real browser is faster), plus what the
 * gazetteer costs the background worker.
 *
 * - detect_non_article_ms: findArticles() on a portal front page (hundreds of links, 30 teasers, no article):
 *   only the quick check runs. Target ≤ 3 ms.
 * - detect_seed_ms: what the content script does on the demo page (public/demo): main text, its
 *   plain text, segmentation, claims and relevance for every article. Target ≤ 20 ms.
 * - regions_seed_ms: the whole pipeline with regions on the seed text (command line, background worker).
 * - gazetteer_build_ms, gazetteer_json_bytes: the one-off cost of the gazetteer in the background worker.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { analyseArticles } from '../utils/articles/analyse';
import { articleText, findArticles } from '../utils/articles/main-text';
import { findRegions } from '../utils/regions/find-regions';
import { getGazetteer } from '../utils/regions/gazetteer';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A news portal's front page: navigation, many headline links, short teasers, no article. */
function frontPage(): string {
  const links = Array.from({ length: 300 }, (_, i) => `<li><a href="/n/${i}">第${i}条新闻标题：各地推进重点项目建设</a></li>`).join('');
  const teasers = Array.from(
    { length: 30 },
    (_, i) => `<div class="teaser"><h3><a href="/t/${i}">专题${i}</a></h3><p>第${i}期：本周热门话题汇总，精彩视频和图片不容错过，点击查看详情。</p></div>`,
  ).join('');
  return `<!doctype html><html><head><title>新闻网首页</title></head><body><nav>${links.slice(0, 2000)}</nav>
    <main><ul>${links}</ul>${teasers}</main><footer>版权所有 新闻网</footer></body></html>`;
}

function load(html: string): { window: Window; document: Document } {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  window.document.write(html);
  return { window, document: window.document as unknown as Document };
}

/** Median of `runs` timings after `warmup` untimed runs. */
function median(fn: () => void, runs = 30, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)] * 100) / 100;
}

export default async function bench(log: (line: string) => void): Promise<Record<string, number>> {
  const nonArticle = load(frontPage());
  const detect_non_article_ms = median(() => {
    if (findArticles(nonArticle.document).length !== 0) throw new Error('front page taken for an article');
  });
  log(`non-article page (front page, 300 links, 30 teasers): ${detect_non_article_ms} ms (target ≤ 3)`);

  const seed = load(readFileSync(join(root, 'public', 'demo', 'zhejiang-page.html'), 'utf8'));
  let found = 0;
  const detect_seed_ms = median(() => {
    const articles = findArticles(seed.document);
    found = articles.flatMap((a) => analyseArticles(articleText(a)).articles).length;
  });
  log(`seed page: ${found} articles, ${detect_seed_ms} ms (target ≤ 20)`);

  const t = performance.now();
  getGazetteer();
  const gazetteer_build_ms = Math.round(performance.now() - t);
  const gazetteer_json_bytes = statSync(join(root, 'utils', 'regions', 'divisions.json')).size;
  log(`gazetteer: built in ${gazetteer_build_ms} ms from ${gazetteer_json_bytes} bytes of JSON`);

  const seedText = readFileSync(join(root, 'public', 'demo', 'zhejiang-page.txt'), 'utf8');
  const regions_seed_ms = median(() => {
    analyseArticles(seedText, { findRegions: (q) => findRegions(q) });
  });
  log(`seed text, full pipeline with regions: ${regions_seed_ms} ms`);

  await Promise.all([nonArticle.window.happyDOM.close(), seed.window.happyDOM.close()]);
  return { detect_non_article_ms, detect_seed_ms, regions_seed_ms, gazetteer_build_ms, gazetteer_json_bytes };
}
