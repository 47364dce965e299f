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

  it('takes a county bureau\'s farm-price bulletin for policy news: garlic, eggs and 环比上涨 are farm-market words there', () => {
    const text = [
      '金乡县农产品价格监测周报',
      '',
      '（2025年第12期　监测时段：3月10日—3月16日）',
      '',
      '金乡县农业农村局　2025年3月18日',
      '',
      '本周县农业农村局在全县8个采集点监测蔬菜、畜禽产品和粮油3大类20个品种。大蒜批发均价每斤3.20元，环比上涨2.6%，同比下跌8.1%；鸡蛋批发价每斤4.10元，环比上涨1.2%。',
      '',
      '全县大蒜种植面积稳定在70万亩左右，今年以来冷库出库量达12万吨，带动蒜农户均增收3200元。',
    ].join('\n');
    const [article] = analyseArticles(text).articles;
    expect(article).toMatchObject({ title: '金乡县农产品价格监测周报', isRegionalDevelopment: true });
  });

  it('takes a coastal county\'s aquaculture harvest for development news, as it does a farming one', () => {
    const text = [
      '福建霞浦：30万亩海上“田园”迎来丰收季',
      '',
      '央视新闻客户端　2024-04-26 18:32',
      '',
      '眼下正是霞浦县海带和紫菜的收获季节，渔民们驾着渔船穿梭在成片的养殖区里，收割、装船、晾晒。',
      '',
      '霞浦县是全国重要的海带、紫菜主产区。今年全县海带养殖面积达12.6万亩，预计产量36万吨；紫菜养殖面积8.3万亩，产量4.2万吨。',
      '',
      '“每亩能收鲜海带9吨左右，按每吨1200元的收购价，一亩收入超过1万元。”养殖户陈阿旺说。霞浦县推进海上养殖综合整治，投入资金4.8亿元。',
    ].join('\n');
    const [article] = analyseArticles(text).articles;
    expect(article).toMatchObject({ title: '福建霞浦：30万亩海上“田园”迎来丰收季', isRegionalDevelopment: true });
  });
});
