import { describe, expect, it } from 'vitest';
import { detectLanguage, extractClaims } from './index';

describe('extractClaims', () => {
  it.each([
    ['全县完成投资128.6亿元，同比增长12.3%。', 'zh'],
    ['The county supplied 1,000 mu of land.', 'en'],
    ['园区规划面积20km2，光伏装机200MW，引进CDMO平台3家。', 'zh'],
  ])('detects the language of %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('runs the engine of the detected language, claims sorted by start', () => {
    const zh = extractClaims('新建厂房5万平方米，入驻企业12家。');
    expect(zh.map((c) => c.text)).toEqual(['5万平方米', '12家']);
    const en = extractClaims('It has 45 enterprises on 3.2 square kilometres.');
    expect(en.map((c) => c.text)).toEqual(['45 enterprises', '3.2 square kilometres']);
  });

  it('reads a line of prose in the other language with that language\'s engine (a 双语 page), offsets into the whole text', () => {
    const text = [
      '双语：安溪茶产业全链条产值突破300亿元',
      'The total output value of the tea industry chain in Anxi county reached 30.2 billion yuan ($4.2 billion) last year.',
      '去年安溪茶产业全链条产值达302亿元，同比增长6.8%。',
    ].join('\n');
    const claims = extractClaims(text, { language: 'zh' });
    expect(claims.map((c) => [c.text, c.value, c.unit])).toEqual([
      ['300亿元', 3e10, 'CNY'],
      ['30.2 billion yuan', 3.02e10, 'CNY'],
      ['$4.2 billion', 4.2e9, 'USD'],
      ['302亿元', 3.02e10, 'CNY'],
      ['6.8%', 6.8, 'percent'],
    ]);
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    // And a Chinese paragraph quoted whole in an English article.
    const en = extractClaims('The county expanded its tea gardens last year.\n全县新建生态茶园126个，面积1.5万亩，化肥使用量减少21%。', { language: 'en' });
    expect(en.map((c) => c.text)).toEqual(['126个', '1.5万亩', '21%']);
  });

  it('keeps a short line, a name in passing and a table row in the article\'s engine', () => {
    // (A line of 40 Latin letters or fewer is no English prose; a row of a table reads the unit line above it.)
    expect(extractClaims('来源：China Daily Global Edition\n引进CDMO平台3家。', { language: 'zh' }).map((c) => c.text)).toEqual(['3家']);
    const table = '单位：亿元\n指标\t2023年\t增长\n茶产业全链条产值\t302\t6.8\nOutput value of the tea industry chain in Anxi county last year\t302\t6.8';
    expect(extractClaims(table, { language: 'zh' }).map((c) => [c.text, c.unit])).toEqual([['302', 'CNY'], ['302', 'CNY']]);
  });

  it('honours an explicit language', () => {
    expect(extractClaims('面积 20 km2', { language: 'zh' })[0]).toMatchObject({ value: 20, unit: 'km2' });
  });
});
