import { describe, expect, it } from 'vitest';
import { analyseArticles } from './analyse';

describe('analyseArticles', () => {
  it('reports no figure that runs from one table cell into the next', () => {
    const text = [
      '富平县2024年度高标准农田建设项目汇总',
      '记者 王建军',
      '',
      '今年全县新建高标准农田4.35万亩，总投资8700万元，项目分布在4个镇，建成后新增灌溉面积3.6万亩。',
      '',
      '序号\t项目名称\t建设规模\t总投资',
      '1\t庄里镇高标准农田建设项目\t1.2万亩\t2400万元',
      '2\t张桥镇高标准农田建设项目\t1.05万亩\t2100万元',
    ].join('\n');
    const claims = analyseArticles(text).articles.flatMap((a) => a.claims.map((c) => c.text));
    expect(claims).toEqual(expect.arrayContaining(['1.2万亩', '2400万元', '1.05万亩', '2100万元']));
    expect(claims.filter((c) => c.includes('\t'))).toEqual([]);
  });
});
