/**
 * Builders for library records in tests and benchmarks: a complete, valid record with the fields a
 * test cares about overridden. Defaults follow the seed article (临安区, industrial land in 亩).
 */
import type { Region } from '../../../utils/articles/types';
import type { AnnotationRecord, ArticleRecord, ClaimRecord } from '../../../utils/store/types';

export const LINAN: Region = { name: '临安区', code: '330112', level: 'county', path: ['浙江省', '杭州市', '临安区'] };
export const ANJI: Region = { name: '安吉县', code: '330523', level: 'county', path: ['浙江省', '湖州市', '安吉县'] };
export const SUINING: Region = { name: '遂宁市', code: '510900', level: 'city', path: ['四川省', '遂宁市'] };

export function makeArticle(id: string, over: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id,
    url: `https://news.example.cn/${id}.html?utm_source=x`,
    canonicalUrl: `https://news.example.cn/${id}.html`,
    title: `临安区盘活低效工业用地 ${id}`,
    site: 'news.example.cn',
    date: '2024-05-20',
    language: 'zh',
    regions: [LINAN],
    relevance: 0.9,
    isRegionalDevelopment: true,
    textHash: `hash-${id}`,
    text: '临安区今年出让工业用地1000亩，亩均税收达到42.3万元。',
    source: 'page',
    savedAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...over,
  };
}

export function makeClaim(articleId: string, id: string, over: Partial<ClaimRecord> = {}): ClaimRecord {
  const start = over.start ?? 10;
  const text = over.text ?? '1000亩';
  return {
    id,
    articleId,
    start,
    end: start + text.length,
    text,
    value: 1000,
    unit: 'mu',
    kind: 'area',
    approx: 'exact',
    siValue: 1000 * (10000 / 15),
    siUnit: 'm2',
    subject: '工业用地出让',
    sentence: '临安区今年出让工业用地1000亩，亩均税收达到42.3万元。',
    anchor: {
      quote: { type: 'TextQuoteSelector', exact: text, prefix: '临安区今年出让工业用地', suffix: '，亩均税收' },
      position: { type: 'TextPositionSelector', start, end: start + text.length },
    },
    origin: 'engine',
    updatedAt: 1_700_000_000_000,
    ...over,
  };
}

export function makeNote(articleId: string, id: string, over: Partial<AnnotationRecord> = {}): AnnotationRecord {
  return {
    id,
    articleId,
    anchor: {
      quote: { type: 'TextQuoteSelector', exact: '1000亩', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 10, end: 15 },
    },
    note: '核对国土局公告',
    tags: [],
    status: 'unverified',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...over,
  };
}
