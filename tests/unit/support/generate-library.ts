/**
 * A generated library for benchmarks and long-list tests: articles about real counties with claims
 * whose subjects vary the way news phrasing does (工业用地出让 / 出让工业用地 / 工业用地出让面积).
 * Deterministic (seeded), so runs compare.
 */
import type { Region } from '../../../utils/articles/types';
import type { ClaimKind } from '../../../utils/quantities/types';
import type { LibrarySnapshot } from '../../../utils/store/library';
import type { AnnotationRecord, ArticleRecord, ClaimRecord, FactCheckStatus } from '../../../utils/store/types';
import { makeArticle, makeClaim, makeNote } from './records';

const COUNTIES: Array<[string, string, string, string]> = [
  ['浙江省', '杭州市', '临安区', '330112'],
  ['浙江省', '杭州市', '萧山区', '330109'],
  ['浙江省', '杭州市', '富阳区', '330111'],
  ['浙江省', '湖州市', '安吉县', '330523'],
  ['浙江省', '湖州市', '长兴县', '330522'],
  ['浙江省', '嘉兴市', '海宁市', '330481'],
  ['浙江省', '宁波市', '慈溪市', '330282'],
  ['浙江省', '绍兴市', '诸暨市', '330681'],
  ['浙江省', '金华市', '义乌市', '330782'],
  ['浙江省', '台州市', '温岭市', '331081'],
  ['江苏省', '苏州市', '昆山市', '320583'],
  ['江苏省', '无锡市', '江阴市', '320281'],
  ['四川省', '遂宁市', '射洪市', '510981'],
  ['四川省', '成都市', '郫都区', '510117'],
  ['广东省', '佛山市', '顺德区', '440606'],
  ['安徽省', '合肥市', '肥西县', '340123'],
];

const METRICS: Array<{ kind: ClaimKind; unit: string; min: number; max: number; subjects: string[] }> = [
  { kind: 'area', unit: 'mu', min: 50, max: 5000, subjects: ['工业用地出让', '出让工业用地', '工业用地出让面积', '年度出让工业用地'] },
  { kind: 'area', unit: 'mu', min: 20, max: 3000, subjects: ['低效工业用地整治', '整治低效工业用地', '盘活存量用地', '存量用地盘活'] },
  { kind: 'area', unit: 'm2', min: 10_000, max: 900_000, subjects: ['标准厂房建设', '新建标准厂房', '小微企业园建筑面积'] },
  { kind: 'area', unit: 'ha', min: 5, max: 800, subjects: ['永久基本农田', '耕地保护面积'] },
  { kind: 'money', unit: 'CNY', min: 100_000, max: 900_000, subjects: ['亩均税收', '亩均税收收入'] },
  { kind: 'money', unit: 'CNY', min: 1e8, max: 2e10, subjects: ['总投资', '项目总投资', '计划总投资'] },
  { kind: 'money', unit: 'CNY', min: 1e7, max: 5e9, subjects: ['土地出让金', '出让金收入'] },
  { kind: 'count', unit: 'item', min: 3, max: 120, subjects: ['项目数', '签约项目', '重大项目'] },
  { kind: 'count', unit: 'count', min: 5, max: 400, subjects: ['高耗低效企业整治销号', '企业整治'] },
  { kind: 'percent', unit: 'percent', min: 1, max: 60, subjects: ['规上工业增加值增长', '工业投资增长'] },
  { kind: 'count', unit: 'person', min: 100, max: 20_000, subjects: ['新增就业'] },
];

const TITLE_TEMPLATES = ['{r}打好“空间仗”', '{r}盘活存量工业用地', '{r}重大项目集中签约', '{r}小微企业园建设提速', '{r}亩均效益综合评价', '{r}推进低效用地再开发'];
const STATUSES: FactCheckStatus[] = ['verified', 'disputed', 'wrong', 'unverified'];

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function generateLibrary(articleCount: number, claimsPerArticle: number, seed = 42): LibrarySnapshot {
  const next = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)];
  const articles: ArticleRecord[] = [];
  const claims: ClaimRecord[] = [];
  const annotations: AnnotationRecord[] = [];
  for (let i = 0; i < articleCount; i++) {
    const [province, city, county, code] = pick(COUNTIES);
    const region: Region = { name: county, code, level: 'county', path: [province, city, county] };
    const id = `gen-${i}`;
    const year = 2019 + Math.floor(next() * 7);
    const date = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const title = pick(TITLE_TEMPLATES).replace('{r}', county) + ` 第${i}期`;
    articles.push(
      makeArticle(id, {
        title,
        regions: [region],
        date,
        site: pick(['zjnews.example.cn', 'hzrb.example.cn', 'gov.example.cn', 'epaper.example.cn']),
        updatedAt: 1_700_000_000_000 + i,
        savedAt: 1_700_000_000_000 + i,
        text: `${title}。`,
      }),
    );
    for (let j = 0; j < claimsPerArticle; j++) {
      const metric = pick(METRICS);
      const subject = pick(metric.subjects);
      const value = Math.round(metric.min + next() * (metric.max - metric.min));
      claims.push(
        makeClaim(id, `${id}-c${j}`, {
          kind: metric.kind,
          unit: metric.unit,
          value,
          subject,
          text: `${value}`,
          sentence: `${year}年，${county}${subject}${value}，位居${city}前列。`,
        }),
      );
    }
    if (next() < 0.1) {
      annotations.push(makeNote(id, `${id}-n0`, { claimId: `${id}-c0`, note: `与${city}统计公报核对`, tags: [pick(['待核实', '土地', '招商'])], status: pick(STATUSES) }));
    }
  }
  return { articles, claims, annotations };
}
