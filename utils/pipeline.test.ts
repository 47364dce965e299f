import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseText, regionsOfArticle } from './pipeline';

const read = (path: string) => readFileSync(join(__dirname, '..', path), 'utf8');

describe('analyseText on the seed page', () => {
  const text = read('tests/fixtures/seed-zhejiang-page.txt');
  const { articles } = analyseText(text);

  it('gives four regional-development articles with their main region first', () => {
    expect(articles).toHaveLength(4);
    expect(articles.every((a) => a.isRegionalDevelopment && a.language === 'zh')).toBe(true);
    expect(articles.map((a) => a.regions[0])).toEqual([
      { name: '临安区', code: '330112', level: 'county', path: ['浙江省', '杭州市', '临安区'] },
      { name: '吴兴区', code: '330502', level: 'county', path: ['浙江省', '湖州市', '吴兴区'] },
      { name: '嘉兴市', code: '330400', level: 'city', path: ['浙江省', '嘉兴市'] },
      { name: '仙居县', code: '331024', level: 'county', path: ['浙江省', '台州市', '仙居县'] },
    ]);
  });

  it('gives claim offsets into the whole text, inside their article, none in captions or credits', () => {
    for (const article of articles) {
      for (const claim of article.claims) {
        expect(text.slice(claim.start, claim.end)).toBe(claim.text);
        expect(claim.start).toBeGreaterThanOrEqual(article.start);
        expect(claim.end).toBeLessThanOrEqual(article.end);
      }
    }
    const all = articles.flatMap((a) => a.claims.map((c) => c.start));
    const caption = text.indexOf('嘉兴首个“模块化2.0”变电站110千伏花园变电站');
    expect(all.some((s) => s > caption && s < caption + 30)).toBe(false);
  });

  it('explains its relevance', () => {
    expect(articles[0].signals?.join('\n')).toMatch(/用地/);
  });

  it('answers the content script’s request for one article’s regions', () => {
    const second = articles[1];
    expect(regionsOfArticle(second.title, text.slice(second.start, second.end))).toEqual(second.regions);
  });

  it('leaves regions out when asked to', () => {
    expect(analyseText(text, { resolveRegions: false }).articles.every((a) => a.regions.length === 0)).toBe(true);
  });
});

/** Texts of every kind a reader meets, with what the pipeline must say about them. */
const CASES: Array<{ file: string; yes: boolean; region?: string; language: 'zh' | 'en' }> = [
  { file: 'portal-zh.txt', yes: true, region: '510981', language: 'zh' },
  { file: 'epaper-zh.txt', yes: true, region: '330521', language: 'zh' },
  { file: 'reprint-zh.txt', yes: true, region: '330206', language: 'zh' },
  { file: 'brief-zh.txt', yes: true, region: '330523', language: 'zh' },
  { file: 'wire-en.txt', yes: true, region: '510900', language: 'en' },
  { file: 'xinhua-en.txt', yes: true, region: '500000', language: 'en' },
  { file: 'cooperation-zh.txt', yes: true, region: '522300', language: 'zh' },
  { file: 'county-en.txt', yes: true, region: '330523', language: 'en' },
  { file: 'sports-zh.txt', yes: false, language: 'zh' },
  { file: 'markets-zh.txt', yes: false, language: 'zh' },
  { file: 'weather-zh.txt', yes: false, language: 'zh' },
  { file: 'accident-zh.txt', yes: false, language: 'zh' },
  { file: 'earnings-zh.txt', yes: false, language: 'zh' },
  { file: 'housing-zh.txt', yes: false, language: 'zh' },
  { file: 'tourism-zh.txt', yes: true, region: '330112', language: 'zh' },
  { file: 'review-zh.txt', yes: false, language: 'zh' },
  { file: 'recipe-zh.txt', yes: false, language: 'zh' },
  { file: 'entertainment-zh.txt', yes: false, language: 'zh' },
  { file: 'sports-en.txt', yes: false, language: 'en' },
  { file: 'review-en.txt', yes: false, language: 'en' },
  { file: 'recipe-en.txt', yes: false, language: 'en' },
  { file: 'entertainment-en.txt', yes: false, language: 'en' },
];

describe.each(CASES)('analyseText on $file', ({ file, yes, region, language }) => {
  const { articles } = analyseText(read(`utils/articles/testdata/${file}`));
  const [first] = articles;

  it(`says ${yes ? 'yes' : 'no'}${region ? `, about ${region}` : ''}`, () => {
    expect(first.language).toBe(language);
    expect(first.isRegionalDevelopment).toBe(yes);
    expect(first.relevance >= 0.5).toBe(yes);
    if (region) expect(first.regions[0]?.code).toBe(region);
  });
});

describe('analyseText on figures laid out over several lines', () => {
  it('keeps a data card figure whose unit line reads like a name (2.1 / 万人)', () => {
    const text = [
      '桐乡经济开发区：向空间要效益',
      '',
      '记者 钱晓丽',
      '',
      '今年以来，开发区出让工业用地1000亩，新建标准厂房25万平方米，入驻企业86家。',
      '',
      '2.1',
      '',
      '万人',
      '新增就业',
      '',
      '开发区还盘活低效用地560亩，腾退低散乱企业132家。',
    ].join('\n');
    const [article] = analyseText(text, { resolveRegions: false }).articles;
    expect(article.byline).toBe('记者 钱晓丽');
    expect(article.claims.map((c) => [c.text.replace(/\s+/g, ''), c.value, c.unit])).toContainEqual(['2.1万人', 21000, 'person']);
  });
});

describe('analyseText on traditional Chinese', () => {
  it('takes a Taiwan business story on mainland investment for development news about its county', () => {
    const text = [
      '台商加碼崑山 智慧工廠動工',
      '',
      '【記者王怡文／台北報導】經濟部統計，今年前三季核准對大陸投資金額約18.2億美元，年減12.5%。不過崑山台資企業仍逾5,000家，市政府設立轉型升級專項資金人民幣15億元，開發區新增產業用地320畝，引進項目46個，總投資約新台幣260億元。',
    ].join('\n');
    const [article] = analyseText(text).articles;
    expect(article.isRegionalDevelopment).toBe(true);
    expect(article.regions[0]?.code).toBe('320583');
    expect(article.claims.find((c) => c.text === '320畝')).toMatchObject({ value: 320, unit: 'mu' });
  });
});
