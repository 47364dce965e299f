import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlDocuments } from './testdata/html-document';
import { editionDate } from './edition-date';
import { findArticles } from './main-text';

const load = htmlDocuments();

const STORY = '<div class="story"><h2>江山新增“工业上楼”厂房42万平方米</h2><p class="byline">记者 周宏伟</p><p>今年以来，江山以“工业上楼”破解用地瓶颈，新建多层和高层标准厂房42万平方米，可容纳中小企业160家以上，相当于节约工业用地约600亩，园区规划建设进展顺利。</p></div>';

describe('editionDate', () => {
  it('reads the edition date from the top bar of an e-paper page, not the dates of past editions', () => {
    const doc = load(`<html><head><title>衢州日报数字报</title></head><body>
      <div class="paperhead">衢州日报 <span>2024年5月8日 星期三</span></div>
      <nav><a>上一版</a> <b>第A03版：县域经济</b> <a>下一版</a></nav>
      <ul><li>往期回顾</li><li>2024年05月07日</li></ul>${STORY}</body></html>`);
    expect(editionDate(doc, [doc.querySelector('.story')!])).toBe('2024-05-08');
  });

  it('falls back on the date in the document title of an edition page', () => {
    const doc = load(`<html><head><title>台州日报 - 第03版：经济 - 2024年11月08日</title></head><body>${STORY}</body></html>`);
    expect(editionDate(doc, [doc.querySelector('.story')!])).toBe('2024-11-08');
  });

  it("gives no date on a page that is no edition, even with today's date in its top bar", () => {
    const doc = load(`<html><head><title>富平县人民政府</title></head><body>
      <div class="top">今天是：2024年6月3日 星期一</div>${STORY}<p>原载《渭南日报》第3版</p></body></html>`);
    expect(editionDate(doc, [doc.querySelector('.story')!])).toBeUndefined();
  });

  it('looks for the edition in the page around its articles, not in them', () => {
    const doc = load(`<html><head><title>县域经济</title></head><body><div class="story"><h2>版面导航</h2>
      <p>第3版 2024年5月8日 星期三 上一版</p>${STORY}</div></body></html>`);
    expect(editionDate(doc, [doc.querySelector('.story')!])).toBeUndefined();
    expect(editionDate(doc, [])).toBe('2024-05-08');
  });

  it('dates every article of an e-paper page that has no date of its own', () => {
    const html = readFileSync(join(__dirname, '..', '..', 'tests', 'fixtures', 'pages', 'epaper-page.html'), 'utf8');
    const articles = findArticles(load(html), { force: true });
    expect(articles.length).toBeGreaterThan(1);
    expect(articles.map((a) => a.date)).toEqual(articles.map(() => '2024-09-20'));
  });
});
