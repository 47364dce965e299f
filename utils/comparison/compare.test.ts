import { describe, expect, it } from 'vitest';
import { buildComparisonIndex, chartData, compareMetric, sortRows, suggestMetrics } from './compare';
import { chooseDisplayUnit, unitFamily } from './units';
import { ANJI, LINAN, SUINING, makeArticle, makeClaim } from '../../tests/unit/support/records';

const MU = 10000 / 15;
const land = (articleId: string, id: string, value: number, unit: string, subject = '工业用地出让', over = {}) =>
  makeClaim(articleId, id, { value, unit, kind: 'area', subject, sentence: `${subject}${value}${unit}。`, ...over });

const library = {
  articles: [
    makeArticle('linan-2023', { regions: [LINAN], date: '2023-12-30' }),
    makeArticle('linan-2024', { regions: [LINAN], date: '2024-01-15' }),
    makeArticle('linan-other', { regions: [LINAN], date: '2024-02-01' }),
    makeArticle('anji', { regions: [ANJI], date: '2024-03-01' }),
    makeArticle('both', { regions: [LINAN, ANJI], date: '2024-04-01' }),
    makeArticle('suining', { regions: [SUINING], date: '2024-05-01', language: 'en' }),
  ],
  claims: [
    land('linan-2023', 'l23', 800, 'mu'),
    land('linan-2024', 'l24', 1000, 'mu', '出让工业用地'),
    land('linan-other', 'lo', 100, 'ha', '工业用地出让'), // 100 ha = 1500 亩: disagrees with 1000 亩 the same year
    land('anji', 'a1', 0.5, 'km2', '工业用地出让面积'),
    land('both', 'b1', 300, 'mu', '工业用地出让', { sentence: '安吉县工业用地出让300亩。' }),
    land('suining', 's1', 11640, 'ha', 'industrial land supplied'),
    land('linan-2024', 'other', 25, 'mu', '农村宅基地'),
    land('linan-2024', 'dismissed', 9999, 'mu', '工业用地出让', { dismissed: true }),
    makeClaim('linan-2024', 'tax', { value: 423000, unit: 'CNY', kind: 'money', subject: '亩均税收' }),
    makeClaim('anji', 'tax2', { value: 380000, unit: 'CNY', kind: 'money', subject: '亩均税收' }),
  ],
  annotations: [],
};
const index = buildComparisonIndex(library);

describe('comparing a metric', () => {
  const comparison = compareMetric(index, { kind: 'area', family: 'm2', words: '工业用地出让' });
  const byId = new Map(comparison.rows.map((r) => [r.claim.id, r]));

  it('gathers figures with similar subjects across articles, on one scale', () => {
    expect([...byId.keys()].sort()).toEqual(['a1', 'b1', 'l23', 'l24', 'lo']);
    expect(byId.get('l24')!.value).toBeCloseTo(1000 * MU);
    expect(byId.get('lo')!.value).toBeCloseTo(1_000_000);
    expect(byId.get('a1')!.value).toBeCloseTo(500_000);
    expect(comparison.unit.code).toBe('mu');
    expect(byId.get('lo')!.value / comparison.unit.factor).toBeCloseTo(1500);
  });

  it('places a figure in the region its sentence names', () => {
    expect(byId.get('b1')!.region?.name).toBe('安吉县');
    expect(byId.get('l24')!.region?.name).toBe('临安区');
  });

  it('flags figures for the same region and year that disagree', () => {
    expect(comparison.conflicting.has('l24')).toBe(true);
    expect(comparison.conflicting.has('lo')).toBe(true);
    expect(comparison.conflicting.has('l23')).toBe(false); // a different year
    expect(comparison.conflicts.map((c) => `${c.region.name} ${c.year}: ${c.rows.map((r) => r.claim.id).sort()}`)).toEqual([
      '临安区 2024: l24,lo',
      '安吉县 2024: a1,b1',
    ]);
  });

  it('sorts by value, date or region in either direction', () => {
    expect(sortRows(comparison.rows, 'value', 'desc').map((r) => r.claim.id)).toEqual(['lo', 'l24', 'l23', 'a1', 'b1']);
    expect(sortRows(comparison.rows, 'date', 'asc').map((r) => r.claim.id)).toEqual(['l23', 'l24', 'lo', 'a1', 'b1']);
    expect(sortRows(comparison.rows, 'region', 'asc')[0].region?.name).toBe('临安区');
  });

  it('draws the latest figure per region as bars and dated figures as points', () => {
    const data = chartData(comparison, (r) => r?.name ?? '?');
    expect(data.bars).toEqual([
      { region: '临安区', value: expect.closeTo(1500) },
      { region: '安吉县', value: expect.closeTo(300) },
    ]);
    expect(data.points.find((p) => p.region === '临安区')!.data.map((d) => d.x)).toEqual(['2023-12-30', '2024-01-15', '2024-02-01']);
  });

  it('matches English subjects and leaves other families alone', () => {
    const english = compareMetric(index, { kind: 'area', family: 'm2', words: 'industrial land' });
    expect(english.rows.map((r) => r.claim.id)).toEqual(['s1']);
    expect(compareMetric(index, { kind: 'money', family: 'm2', words: '' }).rows).toEqual([]);
  });
});

describe('suggesting metrics', () => {
  it('groups similar subjects reported in several articles', () => {
    const suggestions = suggestMetrics(index);
    const land = suggestions.find((s) => s.metric.kind === 'area')!;
    expect(land.metric.words).toBe('工业用地出让');
    expect(land.subjects).toEqual(expect.arrayContaining(['工业用地出让', '出让工业用地', '工业用地出让面积']));
    expect(land.articles).toBe(5);
    expect(suggestions.map((s) => s.metric.words)).toContain('亩均税收');
    expect(suggestions.map((s) => s.metric.words)).not.toContain('农村宅基地');
  });
});

describe('units', () => {
  it('puts 亩, 公顷 and 平方公里 in one family and 万元 and 亿元 in another', () => {
    expect(new Set(['mu', 'ha', 'km2', 'm2'].map(unitFamily))).toEqual(new Set(['m2']));
    expect(unitFamily('CNY')).toBe('CNY');
    expect(unitFamily('USD')).not.toBe(unitFamily('CNY'));
  });

  it.each([
    ['m2', [1000 * MU], 'mu'],
    ['m2', [2_500_000], 'km2'],
    ['CNY', [423_000, 380_000], '10kCNY'],
    ['CNY', [5_000_000_000], '100mCNY'],
    ['CNY', [800], 'CNY'],
  ])('shows %s values %j in %s', (family, values, code) => {
    expect(chooseDisplayUnit(family, values).code).toBe(code);
  });
});

describe('a figure in the headline and again in the body', () => {
  const title = '射洪签约项目总投资42.3亿元';
  const text = `${title}\n本报讯 一季度射洪签约重大项目12个，总投资42.3亿元，其中工业项目总投资30亿元。`;
  const money = (id: string, start: number, value: number, over = {}) =>
    makeClaim('shehong', id, { start, text: `${value}亿元`, value: value * 1e8, unit: 'CNY', kind: 'money', subject: '总投资', ...over });
  const snapshot = (claims: ReturnType<typeof money>[], article = {}) => ({
    articles: [makeArticle('shehong', { title, text, ...article })],
    claims,
    annotations: [],
  });
  const headline = money('head', title.indexOf('42.3'), 42.3);
  const body = money('body', text.indexOf('42.3亿元', title.length), 42.3);
  const other = money('other', text.indexOf('30亿元'), 30);
  const rows = (library: ReturnType<typeof snapshot>) =>
    compareMetric(buildComparisonIndex(library), { kind: 'money', family: 'CNY', words: '' }).rows.map((r) => [r.claim.id, r.alsoInHeadline ?? false]);

  it('is one row, the body figure, marked as also in the headline', () => {
    expect(rows(snapshot([headline, body, other]))).toEqual(
      expect.arrayContaining([
        ['body', true],
        ['other', false],
      ]),
    );
    expect(rows(snapshot([headline, body, other]))).toHaveLength(2);
  });

  it('keeps a headline figure the body does not repeat, and repeats across articles', () => {
    expect(rows(snapshot([headline, other]))).toHaveLength(2);
    expect(rows(snapshot([money('head', title.indexOf('42.3'), 42.3), money('body', title.length + 20, 42.3, { change: 'increase' })]))).toHaveLength(2);
  });

  it('folds nothing when the first line is not the title (no headline to repeat)', () => {
    expect(rows(snapshot([headline, body], { title: '另一个标题' }))).toHaveLength(2);
    expect(rows(snapshot([headline, body], { text: text.replace('\n', '') }))).toHaveLength(2);
  });

  it('leaves a dismissed body figure out without hiding the headline one', () => {
    expect(rows(snapshot([headline, { ...body, dismissed: true }]))).toEqual([['head', false]]);
  });
});
