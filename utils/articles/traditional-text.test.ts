import { describe, expect, it } from 'vitest';
import { analyseText } from '../pipeline';
import { scoreRelevance } from './relevance';
import { segmentArticles } from './segment';
import { simplifierFor } from '../hanzi/simplifier';
import { toSimplified, traditionalPairs } from '../hanzi/traditional';
import { TERM_TABLES } from './vocabulary';
import { VOCABULARY_TRADITIONAL_PAIRS } from './vocabulary-traditional';

describe('toSimplified', () => {
  it('reads Traditional characters as Simplified, one for one', () => {
    const text = '廣州南沙區發展和改革局表示，項目總投資逾180億元，覆蓋面積3萬平方米。';
    const folded = toSimplified(text);
    expect(folded).toBe('广州南沙区发展和改革局表示，项目总投资逾180亿元，覆盖面积3万平方米。');
    expect(folded.length).toBe(text.length);
  });

  it('leaves Simplified text, and characters that are Simplified words of their own, as they are', () => {
    const text = '著名的乾隆年间，凭借覆盖全县的网络，项目总投资1.2亿元。';
    expect(toSimplified(text)).toBe(text);
  });
});

const HK_ARTICLE = [
  '南沙再推12項便利港人措施　明珠灣起步區今年投資逾180億元',
  '撰文：陳嘉敏',
  '出版：2024-06-18 07:30',
  '',
  '廣州南沙區政府昨日舉行新聞發布會，宣布推出新一批便利港澳居民的發展措施。南沙去年地區生產總值達到2305億元人民幣，按年增長4.3%，今年首季港資企業新增312家。',
  '',
  '明珠灣起步區今年將有38個重點項目動工或竣工，計劃完成投資逾180億元，較去年增加15%，產業園區規劃建設3萬平方米。',
  '',
  '© 2024 港聞傳媒有限公司 版權所有',
].join('\n');

describe('the quick check\'s few pairs', () => {
  it('are the whole table\'s pairs for the characters of the development vocabulary', () => {
    const development = TERM_TABLES.filter((t) => t.language === 'zh' && (t.group === 'policy' || t.group === 'government'));
    const characters = new Set(development.flatMap((t) => t.terms).join(''));
    const wanted = [...traditionalPairs()].filter(([, simplified]) => characters.has(simplified)).map(([t, s]) => t + s);
    expect(VOCABULARY_TRADITIONAL_PAIRS.split(' ').sort()).toEqual(wanted.sort());
  });

  it('fold a text as the whole table does, for those characters', () => {
    const fold = simplifierFor(VOCABULARY_TRADITIONAL_PAIRS);
    expect(fold('廣州南沙區發展規劃，產業園區建設項目')).toBe('廣州南沙区发展规划，产业园区建设项目');
    expect(fold('发展规划')).toBe('发展规划');
  });
});

describe('a Traditional-Chinese article', () => {
  it('is read like a Simplified one, with its title and byline as the page writes them', () => {
    const [article] = segmentArticles(HK_ARTICLE);
    expect(article.title).toBe('南沙再推12項便利港人措施　明珠灣起步區今年投資逾180億元');
    expect(article.byline).toBe('陳嘉敏');
    expect(article.date).toBe('2024-06-18');
    // The copyright line is furniture in either script.
    expect(article.excluded.map((x) => HK_ARTICLE.slice(x.start, x.end))).toContain('© 2024 港聞傳媒有限公司 版權所有');
  });

  it('scores its development words and names its places', () => {
    const [article] = analyseText(HK_ARTICLE).articles;
    expect(article.isRegionalDevelopment).toBe(true);
    expect(article.regions.slice(0, 2).map((r) => r.code)).toEqual(['440115', '440100']);
    const relevance = scoreRelevance({ text: HK_ARTICLE, title: article.title, language: 'zh', claims: [] });
    expect(relevance.signals.join(' ')).toContain('发展');
  });
});
