import { describe, expect, it } from 'vitest';
import { buildSearchIndex, filterOptions, searchLibrary } from './library-search';
import { ANJI, LINAN, SUINING, makeArticle, makeClaim, makeNote } from '../../tests/unit/support/records';
import type { Region } from '../articles/types';

const TAIHU_TOWN: Region = { name: '太湖源镇', code: '330112', level: 'town', path: ['浙江省', '杭州市', '临安区', '太湖源镇'] };

const library = {
  articles: [
    makeArticle('linan', { title: '临安区盘活低效工业用地', updatedAt: 3, date: '2024-01-10' }),
    makeArticle('anji', { title: '安吉竹产业项目签约', regions: [ANJI], updatedAt: 2, date: '2023-06-01', site: 'anji.gov.cn' }),
    makeArticle('suining', {
      title: 'Suining expands industrial land supply',
      regions: [SUINING],
      language: 'en',
      updatedAt: 1,
      date: undefined,
    }),
    makeArticle('town', { title: '太湖源镇村集体经营性建设用地入市', regions: [TAIHU_TOWN], updatedAt: 0, date: '2022-09-01' }),
  ],
  claims: [
    makeClaim('linan', 'l1', { subject: '工业用地出让', sentence: '临安区今年出让工业用地1000亩。' }),
    makeClaim('linan', 'l2', { subject: '亩均税收', sentence: '亩均税收达到42.3万元。', kind: 'money', unit: 'CNY' }),
    makeClaim('anji', 'a1', { subject: '总投资', sentence: '项目总投资50亿元。', kind: 'money', unit: 'CNY' }),
    makeClaim('suining', 's1', { subject: 'industrial land', sentence: 'Suining supplied 11,640 hectares of Industrial Land.', unit: 'ha' }),
    makeClaim('town', 't1', { subject: '入市土地', sentence: '首宗入市土地面积12亩。', dismissed: true }),
  ],
  annotations: [makeNote('anji', 'n1', { note: '与县统计公报核对', tags: ['待核实'], status: 'disputed' })],
};
const index = buildSearchIndex(library);
const ids = (query: string, filter = {}) => searchLibrary(index, query, filter).map((h) => h.article.id);

describe('searching the library', () => {
  it('finds Chinese words in titles, subjects, sentences and notes', () => {
    expect(ids('工业用地')).toEqual(['linan']);
    expect(ids('亩均税收')).toEqual(['linan']);
    expect(ids('总投资')).toEqual(['anji']);
    expect(ids('统计公报')).toEqual(['anji']);
    expect(ids('待核实')).toEqual(['anji']);
  });

  it('finds English words regardless of case and width', () => {
    expect(ids('industrial land')).toEqual(['suining']);
    expect(ids('ＳＵＩＮＩＮＧ')).toEqual(['suining']);
  });

  it('needs every term and the exact phrase of each, not just its bigrams', () => {
    expect(ids('临安 税收')).toEqual(['linan']);
    expect(ids('临安 竹产业')).toEqual([]);
    expect(ids('用地工业')).toEqual([]);
  });

  it('finds a single Chinese character', () => {
    expect(ids('竹')).toEqual(['anji']);
  });

  it('ranks a title match above a sentence match', () => {
    const hits = searchLibrary(index, '用地');
    expect(hits[0].matchedIn[0]).toBe('title');
    expect(hits.map((h) => h.article.id)).toContain('town');
  });

  it('does not search the claims a reader dismissed', () => {
    expect(ids('首宗')).toEqual([]);
  });

  it('lists everything, latest first, for an empty query, and applies filters', () => {
    expect(ids('')).toEqual(['linan', 'anji', 'suining', 'town']);
    expect(ids('', { regionCode: '330000' })).toEqual(['linan', 'anji', 'town']);
    expect(ids('', { regionCode: '330112' })).toEqual(['linan', 'town']);
    expect(ids('', { site: 'anji.gov.cn' })).toEqual(['anji']);
    expect(ids('', { tag: '待核实' })).toEqual(['anji']);
    expect(ids('', { status: 'disputed' })).toEqual(['anji']);
    expect(ids('', { kind: 'money' })).toEqual(['linan', 'anji']);
    expect(ids('', { dateFrom: '2024-01-01', dateTo: '2024-12-31' })).toEqual(['linan']);
    expect(ids('用地', { regionCode: '510000' })).toEqual([]);
  });

  it('offers the regions present as a tree with counts', () => {
    const regions = filterOptions(index).regions.map((r) => `${'  '.repeat(r.depth)}${r.name} ${r.code} (${r.count})`);
    expect(regions).toEqual([
      '浙江省 330000 (3)',
      '  杭州市 330100 (2)',
      '    临安区 330112 (2)',
      '  湖州市 330500 (1)',
      '    安吉县 330523 (1)',
      '四川省 510000 (1)',
      '  遂宁市 510900 (1)',
    ]);
  });
});
