// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RegionQuery } from '../articles/analyse';
import type { ArticleAnalysis, Region } from '../articles/types';
import { extractEnglishClaims } from '../quantities/en';
import { newsPage } from '../../tests/e2e/support/inpage';
import { analysePage, disjointBlocks, holdsOwnText, insideBlock, resolveRegions, textOutside, type PageAnalysis } from './page-analysis';

const region = (name: string): Region => ({ code: name, name, level: 'county', path: [name] });

function pageOf(count: number, withoutClaims: number[] = []): PageAnalysis {
  const articles = Array.from({ length: count }, (_, i) => ({ title: `a${i}`, claims: withoutClaims.includes(i) ? [] : [{}] }) as unknown as ArticleAnalysis);
  const regionQueries = articles.map((a): RegionQuery => ({ title: a.title, text: a.title, excluded: [], language: 'zh' }));
  return { map: null, articles, regionQueries };
}

describe('analysePage', () => {
  const services = { analyseEnglish: async (text: string) => extractEnglishClaims(text), resolveRegions: async () => [] };

  it('on a page of several articles, shows its progress article by article and ends with the same analysis', async () => {
    const html = readFileSync(join(__dirname, '../../tests/fixtures/pages/epaper-page.html'), 'utf8');
    document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
    const whole = await analysePage(document, services);
    expect(whole.articles.length).toBeGreaterThan(1);

    const seen: number[] = [];
    const stepwise = await analysePage(document, services, {
      sliceMs: { first: 0, later: 0 },
      onProgress: (soFar) => {
        // Each report holds the articles finished so far, exactly as the whole analysis has them.
        expect(soFar.articles).toEqual(whole.articles.slice(0, soFar.articles.length));
        seen.push(soFar.articles.length);
      },
    });
    // Up to the last article: the whole analysis is what is drawn then.
    expect(seen).toEqual(whole.articles.slice(1).map((_, i) => i + 1));
    expect(stepwise.articles).toEqual(whole.articles);
  });

  it('scores the office a source line names, as the command line does', async () => {
    document.body.innerHTML =
      `<article><h1>临安区工业用地供应情况</h1><p>来源：临安区发展和改革局　2024-01-12</p><p>${'临安区今年供应工业用地1000亩，亩均税收42.3万元。'.repeat(8)}</p></article>`;
    const [article] = (await analysePage(document, services)).articles;
    expect(article.source).toContain('发展和改革局');
    expect((article.signals ?? []).join('\n')).toMatch(/issued by: .*发展和改革/);
  });

  it('reads a paragraph of prose in the other language with its own engine (a 双语 page), as the command line does', async () => {
    document.body.innerHTML = `<article><h1>双语：安溪茶产业全链条产值突破300亿元</h1><p>来源：中国日报网　2024-05-21</p>
      <p>The total output value of the tea industry chain in Anxi county reached 30.2 billion yuan ($4.2 billion) last year.</p>
      <p>${'去年安溪茶产业全链条产值达302亿元，同比增长6.8%，全县茶园面积约60万亩。'.repeat(4)}</p></article>`;
    const [article] = (await analysePage(document, services)).articles;
    const texts = article.claims.map((c) => c.text);
    expect(texts).toEqual(expect.arrayContaining(['30.2 billion yuan', '$4.2 billion', '302亿元']));
    expect(texts).not.toContain('$4.2');
  });

  it('leaves out a segment with no text in the article\'s own blocks (a rail\'s headline over the comments in the article element)', async () => {
    const html = readFileSync(join(__dirname, '../../tests/fixtures/pages/wordpress-comments-inside.html'), 'utf8');
    document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
    const { articles } = await analysePage(document, services);
    expect(articles.map((a) => a.title)).toEqual(['容县沙田柚全产业链产值达42.8亿元']);
  });

  it('shows the first article of a short page as soon as it is analysed, and a page of one article only when done', async () => {
    const html = readFileSync(join(__dirname, '../../tests/fixtures/pages/epaper-page.html'), 'utf8');
    document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
    const whole = await analysePage(document, services);
    const reports: PageAnalysis[] = [];
    // However fast the machine, with the default slices.
    await analysePage(document, services, { onProgress: (soFar) => reports.push(soFar) });
    expect(reports[0].articles).toEqual(whole.articles.slice(0, 1));

    document.body.innerHTML = `<article><h1>临安区工业用地供应</h1><p>${'临安区今年供应工业用地1000亩，亩均税收42.3万元。'.repeat(8)}</p></article>`;
    const single: PageAnalysis[] = [];
    const one = await analysePage(document, services, { onProgress: (soFar) => single.push(soFar) });
    expect(one.articles).toHaveLength(1);
    expect(single).toEqual([]);
  });
});

describe('analysePage on a long page', () => {
  const services = { analyseEnglish: async (text: string) => extractEnglishClaims(text), resolveRegions: async () => [] };
  // The seed's four articles twelve times under one headline (about 55,000 characters), as the browser bench's page.
  const seed = readFileSync(join(__dirname, '../../tests/fixtures/seed-zhejiang-page.txt'), 'utf8');
  const [headline, ...body] = seed.split('\n');
  const longPage = (copies = 12) =>
    (document.documentElement.innerHTML = newsPage([headline, ...Array(copies).fill(body.join('\n'))].join('\n')).replace(/^<!doctype html>/i, ''));
  const reportOf = (soFar: PageAnalysis) => ({ text: soFar.map!.text, articles: soFar.articles, regionQueries: soFar.regionQueries });

  it('reports the first articles from the beginning of the page before reading the rest, and ends as the whole analysis does', async () => {
    longPage();
    const whole = await analysePage(document, services);
    const reports: Array<ReturnType<typeof reportOf>> = [];
    const stepwise = await analysePage(document, services, { onProgress: (soFar) => reports.push(reportOf(soFar)) });
    // The first report: complete articles, read from a map of the beginning of the page only.
    const [first] = reports;
    expect(first.articles.length).toBeGreaterThan(0);
    expect(first.text.length).toBeLessThan(whole.map!.text.length / 2);
    expect(whole.map!.text.startsWith(first.text)).toBe(true);
    expect(first.articles).toEqual(whole.articles.slice(0, first.articles.length));
    expect(first.regionQueries).toEqual(whole.regionQueries.slice(0, first.articles.length));
    for (const report of reports) expect(report.articles).toEqual(whole.articles.slice(0, report.articles.length));
    expect(stepwise.map!.text).toBe(whole.map!.text);
    expect(stepwise.articles).toEqual(whole.articles);
    expect(stepwise.regionQueries).toEqual(whole.regionQueries);
  });

  it('tells the share of the articles\' text analysed once the whole page is read: none at first, then rising, never past the whole', async () => {
    longPage();
    const shares: Array<number | undefined> = [];
    await analysePage(document, services, { sliceMs: { first: 0, later: 0 }, onProgress: (soFar) => shares.push(soFar.share) });
    // The first report comes from the beginning of the page, before the rest (and so the whole) is known.
    expect(shares[0]).toBeUndefined();
    const known = shares.slice(1) as number[];
    expect(known.length).toBeGreaterThan(10);
    for (const share of known) expect(share).toBeGreaterThan(0);
    for (let i = 1; i < known.length; i++) expect(known[i]).toBeGreaterThanOrEqual(known[i - 1]);
    expect(known[known.length - 1]).toBeLessThanOrEqual(1);
    expect(known[known.length - 1]).toBeGreaterThan(0.9);
  });

  it('gives the first articles the blocks the whole analysis gives them, a block that goes on past the beginning included', async () => {
    // Long enough (about 110,000 characters) for its one <article> to be taken as it is, with the blocks under it.
    longPage(24);
    // Text of the article element itself, at its very end: the element is one of the article's blocks, and
    // its span (all of the article) keeps a figure outside any paragraph, in a navigation bar near the top.
    const article = document.querySelector('article')!;
    article.querySelector('p')!.insertAdjacentHTML('afterend', '<nav>本区今年新增工业用地2000亩</nav>');
    article.append('责任编辑：王林');
    const whole = await analysePage(document, services);
    expect(whole.articles[0].claims.map((c) => c.text)).toContain('2000亩');
    const reports: PageAnalysis[] = [];
    const stepwise = await analysePage(document, services, { onProgress: (soFar) => reports.push(soFar) });
    expect(reports[0].map!.text.length).toBeLessThan(whole.map!.text.length / 2);
    expect(reports[0].articles).toEqual(whole.articles.slice(0, reports[0].articles.length));
    expect(stepwise.articles).toEqual(whole.articles);
  });

  it('starts over when the page changes while its beginning is drawn, and ends as an analysis of the changed page', async () => {
    longPage();
    const reports: Array<ReturnType<typeof reportOf>> = [];
    const stepwise = await analysePage(document, services, {
      onProgress: (soFar) => {
        reports.push(reportOf(soFar));
        // The page's own script, between our first drawing and the rest: a figure changes near the top, a paragraph arrives.
        if (reports.length > 1) return;
        const figure = [...document.querySelectorAll('article p')].find((p) => p.textContent!.includes('1000亩'))!;
        figure.firstChild!.textContent = figure.textContent!.replace('1000亩', '1200亩');
        document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>临安区今年新增建设用地2000亩。</p>');
      },
    });
    const changed = await analysePage(document, services);
    expect(reports.length).toBeGreaterThan(0);
    expect(stepwise.map!.text).toBe(changed.map!.text);
    expect(stepwise.map!.text).toContain('1200亩');
    expect(stepwise.articles).toEqual(changed.articles);
    expect(stepwise.articles.flatMap((a) => a.claims.map((c) => c.text))).toContain('2000亩');
  });
});

describe('analysePage reading a long article', () => {
  const services = { analyseEnglish: async (text: string) => extractEnglishClaims(text), resolveRegions: async () => [] };

  it('lets the page run its own tasks between the parts it reads, and ends as an analysis of what the page became', async () => {
    // One article of about 100,000 characters: too long to show before the rest is read, so nothing else pauses.
    const paragraph = '临安区今年供应工业用地1000亩，亩均税收42.3万元，新建标准厂房25万平方米。'.repeat(6);
    document.body.innerHTML = `<article><h1>临安区工业用地供应</h1>${Array.from({ length: 260 }, () => `<p>${paragraph}</p>`).join('')}</article>`;
    let pageTasks = 0;
    let running = true;
    const pageTask = () => {
      // The page's own script, while we read: a paragraph arrives at the end of the article.
      if (++pageTasks === 1) document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>临安区今年新增建设用地2000亩。</p>');
      if (running) setTimeout(pageTask, 0);
    };
    setTimeout(pageTask, 0);
    const stepwise = await analysePage(document, services, { sliceMs: { first: 0, later: 0 }, onProgress: () => {} });
    running = false;
    expect(pageTasks).toBeGreaterThan(1);
    expect(stepwise.articles.flatMap((a) => a.claims.map((c) => c.text))).toContain('2000亩');
    const whole = await analysePage(document, services);
    expect(stepwise.map!.text).toBe(whole.map!.text);
    expect(stepwise.articles).toEqual(whole.articles);
  });
});

describe('blocks of an article', () => {
  it('answers "inside one block" as a scan of the original blocks does, nested ones included', () => {
    // Element spans: they nest or do not meet; some touch end to start.
    const blocks = [{ start: 0, end: 10 }, { start: 2, end: 5 }, { start: 10, end: 20 }, { start: 30, end: 40 }, { start: 32, end: 40 }, { start: 50, end: 51 }];
    const merged = disjointBlocks(blocks);
    expect(merged).toEqual([{ start: 0, end: 10 }, { start: 10, end: 20 }, { start: 30, end: 40 }, { start: 50, end: 51 }]);
    for (let start = -2; start < 55; start++) {
      for (let end = start; end < 56; end++) {
        const span = { start, end };
        expect(insideBlock(merged, span), `${start}-${end}`).toBe(blocks.some((b) => start >= b.start && end <= b.end));
      }
    }
    expect(insideBlock([], { start: 0, end: 1 })).toBe(false);
  });

  it('gives the text of an article outside its blocks (a rail inside its element), blank gaps left out', () => {
    const text = 'Kicker\n\nHeadline\n\nBody one.\n\nBody two.\n\nMost viewed\nShanghai port tops 50 million';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const blocks = [at('Headline'), at('Body one.'), at('Body two.')];
    expect(textOutside(blocks, text, 0, text.length).map((x) => text.slice(x.start, x.end).trim())).toEqual(['Kicker', 'Most viewed\nShanghai port tops 50 million']);
    expect(textOutside(blocks, text, at('Headline').start, at('Body two.').end)).toEqual([]);
  });
});

describe('resolveRegions', () => {
  it('asks the gazetteer once per article with figures, in order, and lets the page run between groups of requests', async () => {
    const asked: string[] = [];
    const events: string[] = [];
    const services = {
      analyseEnglish: async () => [],
      resolveRegions: async (query: RegionQuery) => {
        asked.push(query.title);
        events.push('ask');
        if (query.title === 'a3') throw new Error('the background restarted');
        return [region(query.title)];
      },
    };
    setTimeout(() => events.push('page task'), 0);
    const regions = await resolveRegions(pageOf(30, [1, 2]), services);
    expect(asked).toHaveLength(28);
    expect(asked).not.toContain('a1');
    expect(regions.map((r) => r[0]?.name ?? '-')).toEqual(['a0', '-', '-', '-', ...Array.from({ length: 26 }, (_, i) => `a${i + 4}`)]);
    // The page's own task ran after the first group of requests, before the last.
    const taskAt = events.indexOf('page task');
    expect(taskAt).toBeGreaterThan(0);
    expect(taskAt).toBeLessThan(events.length - 1);
  });
});

describe('analysePage on a page with no headline of its own', () => {
  it('titles the article with the document title less the site name', async () => {
    const services = { analyseEnglish: async (text: string) => extractEnglishClaims(text), resolveRegions: async () => [] };
    const paragraph = '今年以来，德清县新增工业用地1200亩，盘活低效用地860亩，新建标准厂房45万平方米，引进亿元以上项目32个，总投资达186亿元。';
    document.documentElement.innerHTML = `<head><title>德清新增工业用地1200亩-新华网</title></head><body><article>${Array.from({ length: 6 }, () => `<p>${paragraph}</p>`).join('')}</article></body>`;
    const analysis = await analysePage(document, services);
    expect(analysis.articles.map((a) => a.title)).toEqual(['德清新增工业用地1200亩']);
  });
});

describe('holdsOwnText', () => {
  const text = 'ab  cd  ';
  const blocks = [{ start: 0, end: 2 }, { start: 4, end: 6 }, { start: 6, end: 8 }];

  it('tells whether a segment holds any text of the blocks, not their spaces', () => {
    expect(holdsOwnText(text, 0, { start: 1, end: 3 }, blocks)).toBe(true);
    expect(holdsOwnText(text, 2, { start: 0, end: 2 }, blocks)).toBe(false);
    expect(holdsOwnText(text, 0, { start: 6, end: 8 }, blocks)).toBe(false);
    expect(holdsOwnText(text, 0, { start: 2, end: 5 }, blocks)).toBe(true);
  });

  it('reads the segments of a page of 200,000 blocks in one look each, not a look through all the blocks', () => {
    // (Each segment looked at every block before its own: 20,000 segments took seconds.)
    const many = 200_000;
    const page = 'x'.repeat(many * 2);
    const pageBlocks = Array.from({ length: many }, (_, i) => ({ start: i * 2, end: i * 2 + 1 }));
    const started = performance.now();
    let held = 0;
    for (let i = 0; i < 20_000; i++) if (holdsOwnText(page, 0, { start: many * 2 - 2 - i * 2, end: many * 2 - 1 - i * 2 }, pageBlocks)) held++;
    expect(held).toBe(20_000);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
