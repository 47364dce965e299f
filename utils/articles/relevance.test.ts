import { describe, expect, it } from 'vitest';
import type { Claim } from '../quantities/types';
import { RELEVANCE_THRESHOLD, scoreRelevance } from './relevance';

type Figure = Pick<Claim, 'kind' | 'unit'>;
const figures = (kind: Figure['kind'], unit: string, n: number): Figure[] => Array.from({ length: n }, () => ({ kind, unit }));

describe('scoreRelevance: exam and recruitment notices', () => {
  it('does not take a civil-service recruitment notice from a provincial body for policy news', () => {
    const result = scoreRelevance({
      title: '江西省2026年度考试录用公务员公告发布 计划招录5120名',
      text:
        '江西省委组织部、省人力资源和社会保障厅日前发布公告，全省各级机关计划考试录用公务员5120名，其中乡镇机关1680名，' +
        '向基层倾斜，服务乡村振兴。报考人员须在规定时间内网上报名，笔试科目为行政职业能力测验和申论。' +
        '省公务员局负责人介绍，去年全省平均竞争比为52∶1，全省各市县机关招录人数比上年增加，实施定向招录政策。',
      language: 'zh',
      claims: figures('count', 'person', 6),
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.some((s) => s.startsWith('exams terms (count against)'))).toBe(true);
  });

  it('does not take a score-line notice for policy news, however many 全省 and 农村 quotas it gives', () => {
    const result = scoreRelevance({
      title: '安徽省2025年普通高校招生录取分数线公布',
      text:
        '安徽省教育招生考试院公布本科录取分数线：物理类465分、历史类489分。全省考生共计65.2万人，是实施综合改革后的第一年。' +
        '地方专项计划面向全省农村考生安排招生计划2100人，阜阳市、临泉县、太和县等地考生人数居前，政策向农村倾斜。' +
        '全省设考场2.1万个，考生须按时填报志愿。',
      language: 'zh',
      claims: figures('count', 'person', 15),
    });
    expect(result.isRegionalDevelopment).toBe(false);
  });
});

describe('scoreRelevance: securities and property advertising', () => {
  const plant =
    '公司同日公告，与淮安经济技术开发区管委会签约，投资12亿元建设生产基地，项目规划用地约260亩，分两期建设，' +
    '一期明年投产，全部达产后新增产能，尚需审批。';

  it("takes a listed company's annual results for markets news, though they name a new plant in a development zone", () => {
    const result = scoreRelevance({
      title: '某精密发布2025年度报告',
      text:
        `公司披露年度报告，实现归属于上市公司股东的净利润3.2亿元，扣除非经常性损益后为2.9亿元，毛利率28.4%，` +
        `拟每10股派发现金红利2元。${plant}二级市场上，公司收报21.6元，股东户数较上季度减少。`,
      language: 'zh',
      claims: [...figures('money', 'CNY', 6), ...figures('percent', 'percent', 2), { kind: 'area', unit: 'mu' }],
    });
    expect(result.isRegionalDevelopment).toBe(false);
  });

  it('still takes the zone signing story for development news', () => {
    const result = scoreRelevance({
      title: '淮安经开区签约12亿元精密零部件项目',
      text: `${plant}经开区负责人介绍，今年以来全区招商引资签约项目23个。`,
      language: 'zh',
      claims: [...figures('money', 'CNY', 1), { kind: 'area', unit: 'mu' }, ...figures('count', 'count', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(true);
  });

  it("does not take a developer's sales advertisement for planning news, for all its 亩, 片区 and 规划", () => {
    const result = scoreRelevance({
      title: '某府 首开洋房 建面约95—140平方米',
      text:
        '楼盘位于新区核心片区，总占地约96亩，总建筑面积约24万平方米，规划建设18栋洋房及高层，周边规划有学校和商业综合体。' +
        '本次认购房源得房率约86%，备案均价约16800元/平方米，签约可享总房款98折。售楼处地址：新区大道88号。预售许可证号：第2025066号。',
      language: 'zh',
      claims: [...figures('area', 'm2', 5), { kind: 'area', unit: 'mu' }, ...figures('money', 'CNY', 2)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
  });
});

describe('scoreRelevance: English texts that name no place below the nation', () => {
  const national =
    'China will let local governments issue more special bonds for infrastructure investment this year, the finance ministry said. ' +
    'Fixed-asset investment rose 3.1 percent, manufacturing investment grew 8.7 percent and industrial output 5.4 percent, ' +
    'while provincial authorities were told to speed up projects and the State Council promised more policy support for the economy.';
  const claims = [...figures('money', 'CNY', 3), ...figures('percent', 'percent', 4)];

  it('keeps a national economic commentary below the threshold, and says why', () => {
    const result = scoreRelevance({ title: 'Infrastructure spending is back in favour', text: national, language: 'en', claims });
    expect(result.relevance).toBeLessThan(RELEVANCE_THRESHOLD);
    expect(result.signals).toContain('no place below the nation named (counts against)');
  });

  it('takes the same words for regional news once a county or province is named', () => {
    const result = scoreRelevance({
      title: 'Infrastructure spending is back in favour',
      text: `${national} In Lankao county, Henan province, officials signed 12 projects.`,
      language: 'en',
      claims,
    });
    expect(result.isRegionalDevelopment).toBe(true);
    expect(result.signals).not.toContain('no place below the nation named (counts against)');
  });

  it('counts a place word in the plural too (villages, counties)', () => {
    const result = scoreRelevance({
      title: 'Infrastructure spending is back in favour',
      text: `${national} Roads now reach 38 villages in the hills, and three counties share one logistics park.`,
      language: 'en',
      claims,
    });
    expect(result.signals).not.toContain('no place below the nation named (counts against)');
  });
});

describe('scoreRelevance: a term inside a longer term of another table', () => {
  const golmud = {
    title: 'Salt lake turned solar base in Golmud',
    text:
      "Golmud in northwest China's Qinghai Province has turned salt flats into a base for solar and wind power. Its installed " +
      'capacity of new energy reached 13.6 million kilowatts, said an official with the city energy bureau. A 1.2-billion-yuan ' +
      'energy storage project went into operation, and a second energy storage station is being built.',
    language: 'en' as const,
    claims: [...figures('power', 'kW', 2), ...figures('money', 'CNY', 1)],
  };

  it('counts "energy storage" as power development, not the "storage" of a phone review', () => {
    const result = scoreRelevance(golmud);
    expect(result.signals.some((s) => s.startsWith('product terms'))).toBe(false);
    expect(result.signals.find((s) => s.startsWith('policy'))).toContain('energy storage');
  });

  it('reads the salt of a salt lake as land, not as a recipe', () => {
    const result = scoreRelevance({ ...golmud, text: `${golmud.text} The salt lake also yields potash.` });
    expect(result.signals.some((s) => s.startsWith('recipe terms'))).toBe(false);
  });

  it('still counts "storage" alone against a phone review', () => {
    const result = scoreRelevance({
      title: 'Phone review: bright screen, long battery',
      text: 'The phone comes with 256GB of storage, a 6.7-inch display and a 5,000mAh battery; storage is not expandable.',
      language: 'en',
      claims: figures('count', 'GB', 2),
    });
    expect(result.signals.find((s) => s.startsWith('product terms'))).toContain('storage');
  });
});
