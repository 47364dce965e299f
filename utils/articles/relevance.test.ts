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

  it('does not take the cities and provinces of a national commentary for a place', () => {
    const result = scoreRelevance({
      title: "China's property slump has no quick fix",
      text: `${national} Migrant workers should be able to buy homes in the cities where they work, and provinces need bigger transfers.`,
      language: 'en',
      claims,
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals).toContain('no place below the nation named (counts against)');
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
});

describe('scoreRelevance: Chinese texts that speak of the nation and name no place below it', () => {
  const national =
    '今年以来，各地加快专项债券发行使用，全国累计发行新增专项债券3.6万亿元，主要用于交通基础设施、产业园区基础设施和保障性安居工程，' +
    '其中用作重大项目资本金约3200亿元。我国固定资产投资同比增长3.1%，基础设施投资增长4.2%。专家建议加快推进政府投资项目审批，' +
    '允许专项债券用于土地储备。';
  const claims = [...figures('money', 'CNY', 2), ...figures('percent', 'percent', 2)];

  it('keeps a national macro commentary below the threshold, however full of development words, and says why', () => {
    const result = scoreRelevance({ title: '专项债靠前发力 稳增长政策仍需加力', text: national, language: 'zh', claims });
    expect(result.relevance).toBeLessThan(RELEVANCE_THRESHOLD);
    expect(result.signals).toContain('no place below the nation named (counts against)');
  });

  it('takes the same words for regional news once a county is named by its full name', () => {
    const result = scoreRelevance({ title: '专项债靠前发力', text: `${national}射洪市今年获批专项债券12亿元。`, language: 'zh', claims });
    expect(result.isRegionalDevelopment).toBe(true);
  });

  it('takes them too when the county is named without its suffix but spoken of as 全县 or through its 县委', () => {
    for (const local of ['萧山今年全区发行专项债券42亿元。', '桐乡县委召开会议，部署专项债券项目。']) {
      const result = scoreRelevance({ title: '专项债靠前发力', text: `${national}${local}`, language: 'zh', claims });
      expect(result.isRegionalDevelopment, local).toBe(true);
    }
  });

  it('leaves a county news item that names its county without the suffix, and the nation once, to its words', () => {
    const result = scoreRelevance({
      title: '攸县这个产业园，半年签下18个项目',
      text: '今年上半年，攸县高新技术产业开发区新签约项目18个，合同引资额96.4亿元，建成全国首个零碳标准厂房示范区。园区新建标准厂房32万平方米，盘活闲置土地860亩。',
      language: 'zh',
      claims: [...figures('count', 'count', 1), ...figures('money', 'CNY', 1), ...figures('area', 'm2', 1), ...figures('area', 'mu', 1)],
    });
    expect(result.signals).not.toContain('no place below the nation named (counts against)');
    expect(result.isRegionalDevelopment).toBe(true);
  });
});

describe('scoreRelevance: lottery notices', () => {
  it('does not take a provincial lottery sales notice for development news, for all its 全省, cities and 公益金', () => {
    const result = scoreRelevance({
      title: '2024年全省福利彩票销售情况公告',
      text:
        '2024年，全省共销售福利彩票112.36亿元，同比增长6.8%，其中双色球41.25亿元、刮刮乐29.14亿元。郑州市18.62亿元、洛阳市9.87亿元。' +
        '全省共有销售站点8650个，带动就业2.1万人。全年筹集公益金32.85亿元，其中上缴中央财政16.43亿元，按规定用于养老服务。' +
        '全年共产生双色球一等奖126注，单张最高中奖金额100万元。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 8), ...figures('count', 'count', 3)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.some((s) => s.startsWith('lottery terms (count against)'))).toBe(true);
  });

  it('reads 一等奖 as an award, not a draw: a science prize does not count against a power-grid story', () => {
    const result = scoreRelevance({
      title: '嘉兴电力绿色变电站获科技进步一等奖',
      text: '嘉兴供电公司建设的110千伏绿色变电站工程获省科技进步一等奖，工程节约土地12亩。',
      language: 'zh',
      claims: figures('area', 'mu', 1),
    });
    expect(result.signals.some((s) => s.startsWith('lottery terms'))).toBe(false);
  });
});

describe('scoreRelevance: everyday words that hold a genre word', () => {
  it('does not read the 中超 of 其中超过 as football, nor the 售价 of 零售价 and 销售价格 as a product review', () => {
    const result = scoreRelevance({
      title: '兰陵县农产品价格监测周报',
      text: '本周全县蔬菜零售价每斤3.2元，大蒜销售价格每斤4.6元。全县规上农业企业86家，其中超过亿元的12家。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 2), ...figures('count', 'count', 2)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it('does not read the 个股 of a count of shareholders or shares (9个股东村, 3个股份经济合作社) as a stock wrap', () => {
    const result = scoreRelevance({
      title: '某镇强村公司收益分配方案公示',
      text: '公司可分配利润577.8万元，其中420万元按持股比例向9个股东村分红；全镇另有3个股份经济合作社，村集体经济收入全部超过80万元。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 3), ...figures('count', 'count', 2)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it('still counts 中超, 售价 and 个股 where they stand alone', () => {
    const result = scoreRelevance({
      title: '中超第28轮：成都蓉城主场2比1取胜',
      text: '中超联赛第28轮，成都蓉城主场迎战对手。新款球衣售价399元。当日A股个股涨多跌少。',
      language: 'zh',
      claims: figures('money', 'CNY', 1),
    });
    expect(result.signals.find((s) => s.startsWith('sports terms'))).toContain('中超');
    expect(result.signals.find((s) => s.startsWith('product terms'))).toContain('售价');
    expect(result.signals.find((s) => s.startsWith('markets terms'))).toContain('个股');
  });
});

describe("scoreRelevance: a county bureau's short item", () => {
  it('takes a two-paragraph item on 机插秧 or on 乡村人才 for development news', () => {
    for (const [title, text] of [
      ['浦城：早稻机插秧进度过九成', '连日来，浦城县抢抓晴好天气推进早稻机插秧，全县已完成机插秧面积5.8万亩，占早稻种植面积的92%。今年全县投入插秧机430台，为种粮大户提供代插服务，农机作业费每亩降低15元。'],
      ['浦城县启动乡村人才振兴“百人计划”', '浦城县近日启动乡村人才振兴“百人计划”，三年内引进和培养农业技术、电商运营等乡村人才300名。县财政每年安排专项资金800万元，对新引进的农业技术人才给予每人每月2000元生活补贴。'],
    ]) {
      const result = scoreRelevance({ title, text, language: 'zh', claims: [...figures('money', 'CNY', 2), ...figures('count', 'count', 1)] });
      expect(result.isRegionalDevelopment, title).toBe(true);
    }
  });
});

describe('scoreRelevance: accident and crime reports', () => {
  it("does not take a county's road accident for development news, for all its 县委、县政府, 交通 and 整治", () => {
    const result = scoreRelevance({
      title: '泰和县一货车与客车相撞 造成3人死亡',
      text:
        '10月12日7时许，G105国道泰和县马市镇路段发生一起货车与客车相撞的较大道路交通事故，造成3人死亡、5人受伤。事故发生后，' +
        '县委、县政府主要负责人赶赴现场指挥救援，伤者被送往县人民医院救治。县政府随即部署全县道路交通安全隐患排查整治，' +
        '排查隐患路段21处，查处超限车辆14辆，约谈运输企业8家。',
      language: 'zh',
      claims: [...figures('count', 'person', 2), ...figures('count', 'count', 3), ...figures('money', 'CNY', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.some((s) => s.startsWith('incidents terms (count against)'))).toBe(true);
  });

  it("does not count a statistical bulletin's 死亡人口 and 死亡率 against it", () => {
    const result = scoreRelevance({
      title: '宜兴市2024年国民经济和社会发展统计公报',
      text: '年末全市常住人口128.6万人，全年出生人口7820人，出生率6.1‰；死亡人口9260人，死亡率7.2‰。全市地区生产总值2386亿元，增长5.6%。',
      language: 'zh',
      claims: [...figures('count', 'person', 3), ...figures('money', 'CNY', 1), ...figures('percent', 'percent', 1)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });
});

describe('scoreRelevance: travel guides', () => {
  it('does not take a travel guide to a county for development news, for all its county, villages and yuan', () => {
    const result = scoreRelevance({
      title: 'A weekend in Xidi and Hongcun: a guide',
      text:
        'The ancient villages of Yi county in southern Anhui province are best seen in autumn. Getting there: high-speed trains from ' +
        'Hangzhou reach Huangshan North in about 90 minutes, and a taxi to Hongcun costs about 150 yuan. Tickets are 104 yuan. ' +
        'Where to stay: village guesthouses cost 300 to 600 yuan a night. What to eat: try the stinky mandarin fish. ' +
        'Local officials say the county is building a new visitor center.',
      language: 'en',
      claims: [...figures('money', 'CNY', 5), ...figures('duration', 'hour', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.some((s) => s.startsWith('travel terms (count against)'))).toBe(true);
  });
});

describe("scoreRelevance: a phone's storage and a county's", () => {
  it("does not count the storage of a solar base or a fruit county's cold storage as a phone's", () => {
    const result = scoreRelevance({
      title: 'Desert base adds 2 GW of solar with storage',
      text:
        'A solar base outside Hami in Xinjiang switched on 2 GW of panels on Tuesday. Storage is meant to smooth the output: ' +
        'each megawatt of solar must come with 0.4 MW of storage. In the county to the east, farmers opened cold storage for 30,000 tonnes of melons.',
      language: 'en',
      claims: [...figures('power', 'kW', 3), ...figures('weight', 't', 1)],
    });
    expect(result.signals.filter((s) => s.startsWith('product terms'))).toEqual([]);
  });

  it("still counts a phone's internal storage and storage options against it", () => {
    const result = scoreRelevance({
      title: 'Phone review: bright screen, long battery',
      text: 'The phone comes in three storage options, with 256GB of internal storage, a 6.7-inch display and a 5,000mAh battery.',
      language: 'en',
      claims: [],
    });
    expect(result.signals.find((s) => s.startsWith('product terms'))).toContain('storage options');
  });
});

describe("scoreRelevance: a harvest's season and a league's", () => {
  it("takes a county's harvest brief for development news, its season no league's", () => {
    const result = scoreRelevance({
      title: 'Xuwen pineapples reach more buyers through livestreams',
      text:
        'Xuwen county in Guangdong province harvested 760,000 tonnes of pineapples from 350,000 mu this season. Online sales reached ' +
        '1.8 billion yuan as livestreamers sold fruit straight from the fields, the county government said. A cold-chain center ' +
        'completed in March cut losses to less than 5 percent, and growers received 2.6 yuan per kilogram.',
      language: 'en',
      claims: [...figures('weight', 't', 2), ...figures('area', 'mu', 1), ...figures('money', 'CNY', 2), ...figures('percent', 'percent', 1)],
    });
    expect(result.signals.some((s) => s.startsWith('sports terms'))).toBe(false);
    expect(result.isRegionalDevelopment).toBe(true);
  });

  it("still counts a league's regular season against a match report", () => {
    const result = scoreRelevance({
      title: 'Guangdong beat Liaoning in the regular season finale',
      text: 'Guangdong scored 14 points in the last quarter of the regular season finale to beat Liaoning, and the coach praised his league leaders.',
      language: 'en',
      claims: figures('count', 'count', 1),
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('sports terms'))).toContain('regular season');
  });
});

describe('scoreRelevance: court judgments and penalty decisions', () => {
  it("does not take a court's judgment on a village land contract for development news, for all its 土地, 耕地 and 亩", () => {
    const result = scoreRelevance({
      title: '原告王某与被告赵某土地承包经营权流转合同纠纷一审民事判决书',
      text:
        '原告王某系某村村民，依法承包该村耕地8亩。2020年3月，原告与被告签订土地流转合同，约定将8亩耕地流转给被告种植蔬菜，' +
        '流转费每亩每年700元。被告自2023年起未支付流转费，并在耕地上建设大棚用房。本院认为，被告改变土地农业用途，' +
        '原告请求解除合同，本院予以支持。判决如下：被告于判决生效之日起十日内支付原告土地流转费11200元。如不服本判决，可提起上诉。',
      language: 'zh',
      claims: [...figures('area', 'mu', 2), ...figures('money', 'CNY/mu', 1), ...figures('money', 'CNY', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.some((s) => s.startsWith('legal terms (count against)'))).toBe(true);
  });

  it("does not take an environment bureau's penalty decision against a factory in a development zone for development news", () => {
    const result = scoreRelevance({
      title: '某市生态环境局行政处罚决定书',
      text:
        '当事人：某化工有限公司，地址：某县经济开发区化工园区。经查，你公司年产3万吨项目产生的危险废物8.2吨未按规定贮存，' +
        '污水处理设施出水超标排放。你公司的上述违法行为违反了《中华人民共和国固体废物污染环境防治法》，我局决定对你公司作出行政处罚：' +
        '罚款人民币21万元。如不服本处罚决定，可在六十日内向市人民政府申请行政复议。',
      language: 'zh',
      claims: [...figures('weight', 't', 2), ...figures('money', 'CNY', 1)],
      issuer: '某市生态环境局',
    });
    expect(result.isRegionalDevelopment).toBe(false);
  });

  it('still takes a land-expropriation notice, whose last line gives the owners their right to 行政复议', () => {
    const result = scoreRelevance({
      title: '某县人民政府征收土地预公告',
      text:
        '因某县经济开发区产业园建设需要，拟征收某镇某村集体土地12.6公顷。征收范围内暂停新建、改建房屋和改变土地用途。' +
        '被征收土地的农村集体经济组织和农户对征收补偿安置方案有异议的，可申请听证；对征收决定不服的，可依法申请行政复议或者提起行政诉讼。',
      language: 'zh',
      claims: figures('area', 'ha', 1),
    });
    expect(result.isRegionalDevelopment).toBe(true);
  });
});

describe('scoreRelevance: vaccination notices', () => {
  it("does not take a county's flu-vaccination notice for policy news, though the county pays for the old people's jabs", () => {
    const result = scoreRelevance({
      title: '关于做好2025年冬季流感疫苗接种工作的通知',
      text:
        '经县政府研究同意，将65周岁及以上老年人免费接种流感疫苗纳入全县民生实事项目，所需资金由县财政承担，预计惠及3.6万人。' +
        '全县设接种单位18个，自费接种的每剂次收费不超过128元。县疾控中心负责疫苗配送，各乡镇要组织村委会做好摸底登记。',
      language: 'zh',
      claims: [...figures('count', 'person', 1), ...figures('count', 'count', 1), ...figures('money', 'CNY', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.some((s) => s.startsWith('health terms (count against)'))).toBe(true);
  });
});

describe("scoreRelevance: a hospital's fee list and a company's prospectus", () => {
  it("does not take a county hospital's fee list for policy news, though it cites a provincial 改革 方案 and the 医保局", () => {
    const result = scoreRelevance({
      title: '某县人民医院关于调整部分医疗服务价格的公示',
      text:
        '根据省医疗服务价格改革实施方案和县医疗保障局的通知，我院自3月1日起调整部分医疗服务项目价格：普通门诊诊察费由每次10元调整为15元，' +
        '住院诊察费由每日20元调整为28元，一级护理费由每日26元调整为32元，床位费不变。本次共调整项目86项，预计全年减轻患者负担约120万元。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 7), ...figures('count', 'item', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.some((s) => s.startsWith('health terms (count against)'))).toBe(true);
  });

  it("does not count a county medical alliance's lower cost per stay against it", () => {
    const result = scoreRelevance({
      title: '某县紧密型县域医共体建设成效明显',
      text: '县域内住院患者次均费用6380元，下降5.2%，县域就诊率达到91%，全县乡镇卫生院全部达到服务能力基本标准。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 1), ...figures('percent', 'percent', 2)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it("does not take a county company's prospectus for development news, for all its 募投项目 on 亩 of 用地 in a 开发区", () => {
    const result = scoreRelevance({
      title: '某智能装备股份有限公司首次公开发行股票招股说明书摘要',
      text:
        '发行人注册地位于某县经济开发区。报告期内公司营业收入分别为8.6亿元、10.2亿元和11.5亿元，加权平均净资产收益率分别为17.7%、19.8%和19.0%。' +
        '本次发行募集资金将投资于年产50万套核心部件扩产项目，总投资5.9亿元，新增用地约86亩；保荐人（主承销商）为某证券股份有限公司。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 4), ...figures('percent', 'percent', 3), ...figures('area', 'mu', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.some((s) => s.startsWith('markets terms (count against)'))).toBe(true);
  });
});

describe("scoreRelevance: a broker's note", () => {
  it("does not take an analyst's note on a cement maker for development news, though it names a province and its infrastructure", () => {
    const result = scoreRelevance({
      title: 'Anhui cement maker: volumes bottoming; downgrade to Hold',
      text:
        'We cut our target price to HK$23.40. Net profit fell 26% to 7.7 billion yuan as cement prices dropped 68 yuan per tonne. ' +
        'Infrastructure investment in Anhui province grew only 4.4%, and local government special bonds are going to repay arrears ' +
        'rather than to new projects. We lower our 2025 earnings estimate by 12%; the shares trade at 0.6 times book value with a dividend yield of 5.4%.',
      language: 'en',
      claims: [...figures('money', 'CNY', 2), ...figures('money', 'HKD', 1), ...figures('percent', 'percent', 4)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.some((s) => s.startsWith('markets terms (count against)'))).toBe(true);
  });
});

describe("scoreRelevance: a listed bank's results", () => {
  it("does not take a note on a county's rural commercial bank for development news, though it lends to the county's farms and firms", () => {
    const result = scoreRelevance({
      title: 'Jiangyin Rural Commercial Bank: loan growth at home holds up; keep Hold',
      text:
        'Net profit attributable to shareholders rose 3.8% to 1.41 billion yuan in the first nine months, as the net interest margin narrowed ' +
        'by 15 basis points to 1.62%. Loans grew 6.9% to 131.5 billion yuan; most are made in Jiangyin, a county-level city in Wuxi, Jiangsu province, ' +
        'to small businesses, farmers and manufacturing firms in the county and its rural townships. The provision coverage ratio slipped to 405%, ' +
        'and the core tier-1 capital ratio was 10.1%. We trim our earnings per share forecasts by 2%; the shares closed at 4.05 yuan on Friday.',
      language: 'en',
      claims: [...figures('money', 'CNY', 3), ...figures('percent', 'percent', 7)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.some((s) => s.startsWith('markets terms (count against)'))).toBe(true);
  });
});

describe('scoreRelevance: medical-insurance benefits, fire-safety inspections and singles\' mixers', () => {
  it("does not take a county's medical-insurance benefits notice for policy news, though it is sent to the 乡镇人民政府 with 财政 and 政策", () => {
    const result = scoreRelevance({
      title: '某县医疗保障局关于2027年度城乡居民医保待遇标准的通知',
      text:
        '各乡镇人民政府、街道办事处：经县人民政府同意，2027年度城乡居民医保个人缴费每人每年400元，财政补助不低于700元。' +
        '住院起付线：乡镇卫生院200元，县级医院500元，市级医院800元。政策范围内费用乡镇卫生院报销90%，县级医院报销85%，' +
        '年度最高支付限额30万元；合规费用超过1.5万元的部分由大病保险再报销60%至80%。门诊慢特病起付线每年600元。全县参保率稳定在97%以上。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 9), ...figures('percent', 'percent', 6)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.some((s) => s.startsWith('health terms (count against)'))).toBe(true);
  });

  it("does not count the 医保 savings of a county medical alliance against it", () => {
    const result = scoreRelevance({
      title: '某县医共体新院区主体完工',
      text: '新院区总投资12.6亿元，设计床位1200张。今年前10个月，县域内就诊率提高到92%，为医保基金节省支出约6800万元，参保群众外转就医减少。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 2), ...figures('count', 'count', 1), ...figures('percent', 'percent', 1)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it("does not take a county fire-safety inspection bulletin for development news, though it checked the 工业园区's firms and 厂房", () => {
    const result = scoreRelevance({
      title: '某县消防救援大队关于冬季消防安全专项检查情况的通报',
      text:
        '县消防救援大队会同县应急管理局对全县工业园区、经济开发区企业开展消防安全检查，共检查企业860家、厂房146栋，发现火灾隐患1320处，' +
        '当场整改1010处。部分企业消防设施未定期维护，园区内17个项目工地消防车通道被占用。县委、县政府要求各乡镇人民政府月底前完成整改。',
      language: 'zh',
      claims: figures('count', 'count', 6),
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.some((s) => s.startsWith('incidents terms (count against)'))).toBe(true);
  });

  it("counts nothing against a park's new fire station, its engines and its crews", () => {
    const result = scoreRelevance({
      title: '某经济开发区特勤消防站主体封顶',
      text: '特勤消防站总投资6800万元，占地25亩，将配备消防车18辆、专职消防员60名，园区消防救援力量将覆盖全部45平方公里规划区。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 1), ...figures('area', 'mu', 1), ...figures('count', 'count', 2)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it("does not take a singles' mixer for development news, though places are kept for a 工业园区's workers and its 人才", () => {
    const result = scoreRelevance({
      title: '2026年单身青年交友联谊活动报名公告',
      text:
        '为帮助我县单身青年拓宽婚恋交友渠道，留住本地人才，县总工会、团县委决定举办联谊活动。本次招募单身青年200名，' +
        '其中为县工业园区企业职工预留80名，为乡村教师和乡镇干部预留40名。去年共举办活动6场，牵手成功86对。',
      language: 'zh',
      claims: figures('count', 'person', 5),
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.some((s) => s.startsWith('dating terms (count against)'))).toBe(true);
  });

  it("counts nothing against a county's 乡贤联谊会 of investors", () => {
    const result = scoreRelevance({
      title: '某县在外乡贤联谊会招商推介会签约项目12个',
      text: '推介会现场签约项目12个，总投资86亿元，乡贤联谊会会员企业投资占六成。',
      language: 'zh',
      claims: [...figures('count', 'count', 1), ...figures('money', 'CNY', 1), ...figures('percent', 'percent', 1)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });
});

describe("scoreRelevance: a listed company's general meeting", () => {
  it("does not take an industrial-park developer's AGM notice for development news, though one resolution buys land in a development zone", () => {
    const result = scoreRelevance({
      title: 'NOTICE OF ANNUAL GENERAL MEETING',
      text:
        'NOTICE IS HEREBY GIVEN that the annual general meeting of the Company will be held in Hong Kong for the following purposes: ' +
        'to declare a final dividend of HK$0.15 per share; to grant a general mandate to the directors to issue shares not exceeding 20% of the issued shares; ' +
        'and to approve the acquisition of land use rights to 620 mu of industrial land in the Wuhu Economic and Technological Development Zone, ' +
        'Anhui province, for RMB 0.9 billion. A member may appoint a proxy; the register of members will be closed for five days.',
      language: 'en',
      claims: [...figures('money', 'HKD', 1), ...figures('money', 'CNY', 1), ...figures('area', 'mu', 1), ...figures('percent', 'percent', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.some((s) => s.startsWith('markets terms (count against)'))).toBe(true);
  });
});

describe('scoreRelevance: blood drives, funeral price lists and obituaries', () => {
  it("does not take a blood drive for development news, though a 工业园区's firms send their workers and the county gives its totals", () => {
    const result = scoreRelevance({
      title: '无偿献血活动走进县经济开发区',
      text:
        '县经济开发区9家企业职工踊跃参加无偿献血，当天共有240人成功献血，采集血液8.1万毫升。市中心血站工作人员介绍，' +
        '今年以来全县累计献血3100人次，同比增长9.5%，临床用血全部来自无偿献血。县卫生健康局负责人表示，将在各乡镇设置流动献血点。',
      language: 'zh',
      claims: [...figures('count', 'person', 2), ...figures('volume', 'L', 1), ...figures('percent', 'percent', 1), ...figures('count', 'count', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('health terms (count against)'))).toContain('献血');
  });

  it("does not take a funeral home's price list for policy news, though the county's 发展和改革 body issues it to the 乡镇人民政府", () => {
    const result = scoreRelevance({
      title: '某县发展和改革委员会关于调整殡葬服务收费标准的通知',
      text:
        '各乡镇人民政府、县直有关单位：经县政府同意，现调整殡葬服务收费标准。遗体接运每具次260元，遗体存放每具每天60元，' +
        '遗体火化每具500元，骨灰寄存每格每年80元，告别厅每场300元。对城乡低保对象免除基本殡葬服务费用，所需资金由县财政安排，' +
        '政策自明年1月1日起实施。',
      language: 'zh',
      claims: figures('money', 'CNY', 6),
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.some((s) => s.startsWith('funeral terms (count against)'))).toBe(true);
  });

  it("counts nothing against a county's public cemetery, its 骨灰堂, its 火化率 and its 殡仪馆's extension", () => {
    const result = scoreRelevance({
      title: '某县公益性公墓和殡仪馆改扩建项目开工',
      text:
        '项目总投资4600万元，新建公益性公墓占地92亩、墓穴1.5万个、骨灰堂1座，殡仪馆改扩建面积6800平方米。' +
        '项目建成后将遏制散埋乱葬，全县火化率将由78%提高到95%，推进殡葬改革和乡村人居环境整治。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 1), ...figures('area', 'mu', 1), ...figures('count', 'count', 2), ...figures('area', 'm2', 1), ...figures('percent', 'percent', 2)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
    expect(result.isRegionalDevelopment).toBe(true);
  });

  it("does not take an obituary of a county's industrialist for development news, for all his firm's billions and the county he built in", () => {
    const result = scoreRelevance({
      title: 'Valve maker who put Yongjia county on the map dies at 79',
      text:
        'Zheng Dahai, who founded a valve workshop in Yongjia county, Zhejiang province, with 2,000 yuan in 1982, died on Monday. ' +
        'His company grew to 8,000 employees and 9.2 billion yuan in annual revenue, and he gave 150 million yuan to schools in the county. ' +
        'He is survived by his wife and two sons. A memorial service will be held on Saturday.',
      language: 'en',
      claims: [...figures('money', 'CNY', 3), ...figures('count', 'person', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.some((s) => s.startsWith('funeral terms (count against)'))).toBe(true);
  });
});

describe("scoreRelevance: 同比分别 and a match's 比分", () => {
  it('does not read a match score in 同比分别, 环比分别 or 占比分别', () => {
    const result = scoreRelevance({
      title: '某县前三季度规上工业增加值和固定资产投资稳步增长',
      text:
        '前三季度，全县规上工业增加值和固定资产投资同比分别增长8.2%和10.6%，环比分别提高1.1个和0.8个百分点，' +
        '工业投资和民间投资占比分别为46%和58%。',
      language: 'zh',
      claims: figures('percent', 'percent', 6),
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it('still counts the 比分 of a match report against it', () => {
    const result = scoreRelevance({
      title: '主场球队2比1逆转取胜',
      text: '上半场比分落后的主队在下半场连进两球，最终以2比1取胜，主教练赛后表示球员打出了斗志。',
      language: 'zh',
      claims: [],
    });
    expect(result.signals.find((s) => s.startsWith('sports terms'))).toContain('比分');
  });
});

describe('scoreRelevance: urban renewal', () => {
  it("takes a city's report on its old estates, back lanes and parks for development news", () => {
    const result = scoreRelevance({
      title: '岳阳市中心城区城市体检结果公布',
      text:
        '体检显示，中心城区建成区面积96.4平方公里，2000年底前建成的老旧小区312个，尚未改造的还有88个。人均公园绿地面积12.9平方米，' +
        '今年新建口袋公园16个，改造背街小巷43条，城区内涝积水点由24处减少到11处，完整社区覆盖率为31.5%。',
      language: 'zh',
      claims: [...figures('area', 'km2', 1), ...figures('area', 'm2', 1), ...figures('count', 'count', 6), ...figures('percent', 'percent', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(true);
  });

  it('reads a bureau by its full name, which holds neither 住建 nor 发改', () => {
    const result = scoreRelevance({
      title: '通知',
      text: '市住房和城乡建设局、市发展和改革委员会联合印发通知。',
      language: 'zh',
      claims: [],
    });
    expect(result.signals.find((s) => s.startsWith('government bodies'))).toMatch(/城乡建设.*发展和改革|发展和改革.*城乡建设/);
  });
});

describe('scoreRelevance: the issuer', () => {
  const notice = {
    title: '关于2025年第四季度重点项目建设进展情况的通报',
    text: '第四季度全县新开工重点项目12个，完成投资8.6亿元，占年度计划的92%。',
    language: 'zh' as const,
    claims: [...figures('count', 'count', 1), ...figures('money', 'CNY', 1), ...figures('percent', 'percent', 1)],
  };

  it('reads a bureau in the byline or source line as evidence, which the body leaves out', () => {
    const without = scoreRelevance(notice);
    const issued = scoreRelevance({ ...notice, issuer: '来源：浦城县发展和改革局' });
    expect(issued.relevance).toBeGreaterThan(without.relevance);
    expect(issued.signals).toContain('issued by: 发展和改革');
  });

  it("reads nothing in a reporter's byline, nor the policy words of a bureau's name", () => {
    expect(scoreRelevance({ ...notice, issuer: '记者 周敏 通讯员 陈静' })).toEqual(scoreRelevance(notice));
    expect(scoreRelevance({ ...notice, issuer: '项目规划科' })).toEqual(scoreRelevance(notice));
  });
});

describe("scoreRelevance: a school's fitness tests, a high school's gaokao results and a household's charges", () => {
  it("does not take a county's pupil fitness-test results for development news, though the 县财政 paid for 乡村 schools' tracks", () => {
    const result = scoreRelevance({
      title: '某县发布中小学生体质健康测试结果',
      text:
        '全县86所中小学的9.8万名学生参加测试，合格率92.6%，优良率比上年提高3.1个百分点。测试项目包括肺活量、50米跑和坐位体前屈。' +
        '全县学生近视率为51.2%，肥胖率为13.9%。县教育局负责人介绍，今年县财政投入520万元实施乡村学校塑胶跑道改造项目。',
      language: 'zh',
      claims: [...figures('count', 'count', 1), ...figures('count', 'person', 1), ...figures('percent', 'percent', 4), ...figures('money', 'CNY', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('exams terms (count against)'))).toContain('近视率');
  });

  it("does not take a county high school's gaokao results for development news, though the county government paid for its buildings", () => {
    const result = scoreRelevance({
      title: 'County high school celebrates record gaokao results',
      text:
        'Lixin No 1 High School in Lixin county, Bozhou, Anhui province, said 1,120 of its 1,390 candidates scored above the ' +
        'first-tier cutoff line, and its top scorer ranked among the top 30 in the province. The county government has spent ' +
        '45 million yuan on a new teaching building and dormitories, and local officials visited the school on Tuesday.',
      language: 'en',
      claims: [...figures('count', 'person', 2), ...figures('money', 'CNY', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.some((s) => s.startsWith('exams terms (count against)'))).toBe(true);
  });

  it("does not take a household gas-price hearing notice for policy news, though the county's 发展和改革 body issues it", () => {
    const result = scoreRelevance({
      title: '关于召开某县居民生活用管道天然气价格调整听证会的公告',
      text:
        '根据政府制定价格听证办法，县发展和改革局定于12月20日召开听证会。全县乡镇和城区居民用户约5.2万户，经成本监审，' +
        '门站价格上涨后，拟将第一档气价由每立方米2.90元调整为3.20元，第一档年用气量为0至400立方米。听证参加人共13名，' +
        '其中人大代表、政协委员4名。',
      language: 'zh',
      issuer: '某县发展和改革局',
      claims: [...figures('count', 'household', 1), ...figures('money', 'CNY', 2), ...figures('volume', 'm3', 1), ...figures('count', 'person', 2)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.some((s) => s.startsWith('charges terms (count against)'))).toBe(true);
  });

  it('does not take a pension contribution-base notice for policy news, though it is sent to the 乡镇人民政府 and the 开发区管委会', () => {
    const result = scoreRelevance({
      title: '关于公布2027年度城镇职工基本养老保险个人缴费基数上下限的通知',
      text:
        '各乡镇人民政府，县经济开发区管委会，县直各单位：根据全省城镇单位就业人员平均工资，2027年度个人缴费基数下限为4300元/月，' +
        '上限为21500元/月。灵活就业人员可在上下限之间自主选择缴费基数，缴费比例为20%，其中8%记入个人账户。' +
        '单位缴费比例为16%，由县财政、县人力资源和社会保障局负责实施。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 2), ...figures('percent', 'percent', 3)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('charges terms (count against)'))).toContain('缴费基数');
  });

  it("counts nothing against a county's water and gas works with their prices, a land hearing, a job-support policy or a work report's 体质健康", () => {
    const result = scoreRelevance({
      title: '某县城乡供水一体化和管道天然气进村工程完工',
      text:
        '工程总投资2.6亿元，铺设供水管网320公里、燃气管道86公里，全县农村居民生活用水实行城乡同网同价，水价与城区一致。' +
        '征收土地前依法召开听证会。县人社局对吸纳就业的参保单位和灵活就业人员给予社保补贴，全县学生体质健康达标率提高到93%。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 1), ...figures('length', 'km', 2), ...figures('percent', 'percent', 1)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
    expect(result.isRegionalDevelopment).toBe(true);
  });

  it('does not read the 民生 of a work report in 居民生活, and still reads it alone', () => {
    const household = scoreRelevance({ title: '通知', text: '居民生活用气价格调整。', language: 'zh', claims: [] });
    expect(household.signals.some((s) => s.includes('民生'))).toBe(false);
    const livelihood = scoreRelevance({ title: '通知', text: '县财政民生支出增长。', language: 'zh', claims: [] });
    expect(livelihood.signals.find((s) => s.startsWith('policy and development terms'))).toContain('民生');
  });
});

describe("scoreRelevance: a sports event's economic impact and its matches", () => {
  it('takes the county-economy story of a village basketball league for development news, for all its 比赛 and 球队', () => {
    const result = scoreRelevance({
      title: '台江“村BA”拉动县域经济 暑期接待游客86万人次',
      text:
        '今年暑期，台江县台盘村“村BA”举办比赛124场，48支球队参赛，观众场场爆满。据县文体旅游局统计，全县接待游客86万人次，' +
        '同比增长31.2%，实现旅游综合收入9.6亿元；新增餐饮、住宿等经营主体412户，带动脱贫人口就业1300余人。' +
        '赛事期间，县里签约文旅项目6个，总投资12.5亿元；周边村民开起农家乐，户均增收800元。',
      language: 'zh',
      claims: [...figures('count', 'count', 6), ...figures('percent', 'percent', 1), ...figures('money', 'CNY', 3)],
    });
    expect(result.signals.some((s) => s.startsWith('sports terms (count against)'))).toBe(true);
    expect(result.isRegionalDevelopment).toBe(true);
  });

  it('still takes a match report of the same league for sport', () => {
    const result = scoreRelevance({
      title: '“村BA”半决赛：台盘村队92比85逆转夺冠热门',
      text:
        '昨晚，台盘村球场座无虚席。比赛上半场，台盘村队一度落后12分，下半场连续三个三分球追平比分，最终以92比85逆转，' +
        '挺进决赛。全场比赛，球队主力得分28分、篮板11个，教练赛后表示，球员们打出了斗志。',
      language: 'zh',
      claims: figures('count', 'count', 2),
    });
    expect(result.isRegionalDevelopment).toBe(false);
  });
});

describe("scoreRelevance: a school exchange, and a bank's 个人大额", () => {
  it("does not take a local paper's story of a Chinese county's pupils on a school exchange for development news", () => {
    const result = scoreRelevance({
      title: 'Students from a Chinese county spend a week in Kearney',
      text:
        'Twenty high school students from Changxing county in Zhejiang province arrived on Sunday for a sister-city ' +
        'visit. They are staying with 18 host families and attending classes, with two teachers as chaperones. ' +
        'The friendship committee raised $6,000 for the trip, and the county signed its partnership agreement in 2011.',
      language: 'en',
      claims: [...figures('count', 'person', 2), ...figures('money', 'USD', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('schooling terms (count against)'))).toContain('host families');
  });

  it("counts nothing against a county's sister-county investment story or a vocational school training a park's workers", () => {
    const result = scoreRelevance({
      title: 'Sister county firms invest 1.2 billion yuan in Jiashan',
      text:
        'Six projects from its German sister county were signed in Jiashan county, Zhejiang province. The county ' +
        'vocational school will train 300 students a year for the plants in the economic development zone.',
      language: 'en',
      claims: [...figures('money', 'CNY', 1), ...figures('count', 'person', 1)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it("does not read a people's congress (人大) in a bank's 个人大额存单, and still reads it alone", () => {
    const bank = scoreRelevance({ title: '公告', text: '个人大额存单起存金额20万元。', language: 'zh', claims: [] });
    expect(bank.signals.some((s) => s.includes('人大'))).toBe(false);
    const congress = scoreRelevance({ title: '公告', text: '县人大常委会审议预算。', language: 'zh', claims: [] });
    expect(congress.signals.find((s) => s.startsWith('government bodies'))).toContain('人大');
  });
});

describe("scoreRelevance: a county's flood-season works and a storm warning", () => {
  it("takes a county's flood-control preparations (levees, reservoirs, stores, funds) for development news, for all its 降雨", () => {
    const result = scoreRelevance({
      title: '都昌县完成汛前检查 防汛物资储备到位',
      text:
        '记者从县防汛抗旱指挥部获悉，全县26座水库均已落实安全度汛措施，排查堤防隐患点85处，已整改79处。县级仓库储备编织袋' +
        '15万条、救生衣1800件、冲锋舟12艘。据预测，今年汛期降雨偏多，县里安排防汛经费420万元，完成堤防除险加固36公里，' +
        '修复水毁工程14处；去年汛期转移群众2100人，无人员伤亡。',
      language: 'zh',
      claims: [...figures('count', 'count', 7), ...figures('money', 'CNY', 1), ...figures('length', 'km', 1)],
    });
    expect(result.signals.some((s) => s.startsWith('weather terms (count against)'))).toBe(true);
    expect(result.isRegionalDevelopment).toBe(true);
  });

  it('still takes a rainstorm warning that names 防汛 and its reservoirs for weather', () => {
    const result = scoreRelevance({
      title: '江西发布暴雨黄色预警 鄱阳湖周边需防范强降雨',
      text:
        '省气象台今日发布暴雨黄色预警，预计今天夜间到明天，九江、上饶等地有大到暴雨，累计降雨量80至120毫米，并伴有雷阵雨和' +
        '大风。省防汛抗旱指挥部提醒，各地水库要加强巡查，沿河群众注意天气预报，做好防汛准备，避免山洪造成伤亡。',
      language: 'zh',
      claims: figures('length', 'm', 1),
    });
    expect(result.isRegionalDevelopment).toBe(false);
  });
});

describe("scoreRelevance: a public institution's recruitment notice and a library's reading report", () => {
  it("does not take a county's 事业单位 recruitment notice, with posts in its 经济开发区 and 乡村振兴 centres, for development news", () => {
    const result = scoreRelevance({
      title: '某县2026年县直事业单位公开招聘工作人员公告',
      text:
        '根据《事业单位人事管理条例》，经县委、县政府同意，县委组织部决定公开招聘工作人员40名，其中县经济开发区服务中心6名、' +
        '县投资促进中心4名、县乡村振兴服务中心4名，具体见《招聘岗位计划表》。开考比例不低于1∶3。聘用人员试用期6个月，' +
        '月工资约4800元，笔试费每人40元。',
      language: 'zh',
      claims: [...figures('count', 'person', 4), ...figures('money', 'CNY', 2), ...figures('duration', 'month', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('exams terms (count against)'))).toContain('招聘岗位');
  });

  it("counts nothing against a county's education story that found its teachers by 公开招聘", () => {
    const result = scoreRelevance({
      title: '某县新建改扩建学校12所',
      text: '今年全县投入资金3.2亿元，新建改扩建学校12所，县教育局通过公开招聘、“特岗计划”等渠道补充教师276名。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 1), ...figures('count', 'count', 1), ...figures('count', 'person', 1)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it("does not take a county library's annual reading report, with its branches in every 乡镇, for development news", () => {
    const result = scoreRelevance({
      title: '2026年度全民阅读报告发布 全县人均借阅图书1.8册',
      text:
        '县图书馆全年接待读者42.6万人次，同比增长15.2%；外借图书28.3万册次，全县人均借阅图书1.8册，新增持证读者6120人，' +
        '馆藏总量46.8万册。全县已建成乡镇分馆19个、农家书屋246个，实现通借通还。负责人表示，明年将开展阅读推广活动300场。',
      language: 'zh',
      claims: [...figures('count', 'person', 3), ...figures('percent', 'percent', 1), ...figures('count', 'count', 4)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('reading terms (count against)'))).toContain('借阅');
  });

  it("counts nothing against a county's work report that builds libraries, 城市书房 and 农家书屋", () => {
    const result = scoreRelevance({
      title: '十件民生实事全部完成',
      text: '全县新建城市书房8个、改造提升农家书屋120个，县图书馆新馆建成开放，建筑面积1.2万平方米，总投资9600万元。',
      language: 'zh',
      claims: [...figures('count', 'count', 2), ...figures('area', 'm2', 1), ...figures('money', 'CNY', 1)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });
});

describe("scoreRelevance: a court's enforcement report, a county road race and a panda reserve", () => {
  it("does not take a county court's enforcement report, for all its 营商环境 and 涉企 cases, for development news", () => {
    const result = scoreRelevance({
      title: '某市法院通报执行工作情况 执行到位金额9.86亿元',
      text:
        '今年以来，市法院共受理执行案件8632件，执结8125件，结案率94.1%，执行到位金额9.86亿元，同比增长12.4%。该院开展' +
        '“护航民营经济”专项行动，优化法治化营商环境，执结涉企案件2316件，允许企业继续使用被查封的厂房和设备。全年发布失信' +
        '被执行人名单1864人次，限制高消费4312人次，司法拘留126人。相关负责人表示，将联合自然资源等部门提高财产查控效率。',
      language: 'zh',
      claims: [...figures('count', 'count', 6), ...figures('money', 'CNY', 2), ...figures('percent', 'percent', 2)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('legal terms (count against)'))).toContain('执行案件');
  });

  it("counts nothing against a county's business-environment story whose policies are 执行到位 and whose bids have 评审结果", () => {
    const result = scoreRelevance({
      title: '某县优化营商环境 新签约项目32个',
      text: '全县推动惠企政策执行到位，兑现奖补资金1.2亿元；产业园区标准厂房招租评审结果公示后，新签约项目32个，总投资86亿元。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 2), ...figures('count', 'count', 1)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it("does not take an English report of a county's marathon, with its prize money and spending, for development news", () => {
    const result = scoreRelevance({
      title: 'Kenyan runner wins county marathon as 15,000 race through the valleys',
      text:
        "The winner finished in 2 hours, 11 minutes, breaking the course record, in the mountainous county in Zhejiang province. " +
        'About 15,000 runners took part in the full marathon, the half marathon and a 6-kilometer fun run. The winner collected ' +
        '200,000 yuan in prize money. The county culture and tourism bureau put visitors\' spending at about 86 million yuan.',
      language: 'en',
      claims: [...figures('count', 'person', 1), ...figures('money', 'CNY', 2), ...figures('length', 'km', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('sports terms (count against)'))).toContain('prize money');
  });

  it("does not take an English story of a county's panda reserve, its cubs and its visitors, for development news", () => {
    const result = scoreRelevance({
      title: 'Giant panda reserve in a Sichuan county draws record crowds as cubs make public debut',
      text:
        'Twin giant panda cubs made their first public appearance at the nature reserve in the county, Sichuan province. ' +
        'The reserve received 38,600 visitors in November, up 42 percent, and ticket sales reached 2.3 million yuan. ' +
        'The reserve covers 390 square kilometers. Keepers said the cubs sleep 18 hours a day; a panda keeper feeds the cubs six times a day.',
      language: 'en',
      claims: [...figures('count', 'person', 1), ...figures('percent', 'percent', 1), ...figures('money', 'CNY', 1),
        ...figures('area', 'km2', 1), ...figures('duration', 'hour', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('animals terms (count against)'))).toContain('cubs');
  });

  it("counts nothing against a county's ecological protection story about its giant pandas and nature reserve", () => {
    const result = scoreRelevance({
      title: 'County restores 12,000 hectares of giant panda habitat',
      text:
        'The county has restored 12,000 hectares of wildlife habitat in the nature reserve, part of the Giant Panda National Park, ' +
        'and hired 860 local villagers as forest keepers, each paid 12,000 yuan a year from ecological compensation funds.',
      language: 'en',
      claims: [...figures('area', 'ha', 2), ...figures('count', 'person', 1), ...figures('money', 'CNY', 1)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it("counts nothing against a county tourism release that lists a marathon among its events", () => {
    const result = scoreRelevance({
      title: 'County tourism revenue rises 18 percent',
      text: 'The county received 9.6 million visitors, and a marathon and a tea festival drew about 300,000 of them, the tourism bureau said.',
      language: 'en',
      claims: [...figures('count', 'person', 2), ...figures('percent', 'percent', 1)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });
});

describe("scoreRelevance: a hospital's year in figures, a walker's guide and a mountain race's results", () => {
  it("does not take a county hospital's year of patients, for its paragraph on a new campus, for development news", () => {
    const result = scoreRelevance({
      title: '某县中医院今年服务患者超50万人次',
      text:
        '今年1至11月，该院门急诊量达48.2万人次，同比增长8.6%；出院患者2.1万人次，完成手术9800台次。平均住院日缩短至7.1天，' +
        '预约诊疗率达到65%，门诊患者平均候诊时间缩短至20分钟，住院患者满意度为95.8%。该院今年赴乡镇开展义诊36场次。' +
        '该院新院区项目总投资4.8亿元，用地约100亩，正在推进建设。',
      language: 'zh',
      claims: [...figures('count', 'person', 4), ...figures('percent', 'percent', 3), ...figures('money', 'CNY', 1),
        ...figures('area', 'mu', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('health terms (count against)'))).toContain('门急诊量');
  });

  it("counts nothing against a county's 医共体 reform story that gives its 门诊, 住院, 手术 and 平均住院日", () => {
    const result = scoreRelevance({
      title: '县域医共体改革见成效',
      text:
        '县医院医生常驻乡镇卫生院坐诊，基层门诊量同比增长14%，在乡镇开展手术1400余台；平均住院日缩短至7.3天，' +
        '住院患者次均费用下降5%，县域内就诊率提高到92%。县财政安排医共体建设资金3.2亿元，新建村卫生室46个。',
      language: 'zh',
      claims: [...figures('percent', 'percent', 3), ...figures('count', 'count', 2), ...figures('money', 'CNY', 1)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it("does not take an English walker's guide to a county's rice terraces, with its routes, fares and tickets, for development news", () => {
    const result = scoreRelevance({
      title: 'Walking the rice terraces: three routes through the county hills',
      text:
        'The terraces of the county, some 66 square kilometers of them, turn gold before the harvest. The classic route ' +
        'links two villages, about 8 km in four hours; by 10 am the viewpoints fill with tour groups. A cable car to the ' +
        'highest viewpoint costs 100 yuan, and entry to the scenic area 95 yuan. Guesthouses charge 180 to 400 yuan.',
      language: 'en',
      claims: [...figures('length', 'km', 1), ...figures('duration', 'hour', 1), ...figures('money', 'CNY', 4),
        ...figures('area', 'km2', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('travel terms (count against)'))).toContain('viewpoints');
  });

  it("counts nothing against a county tourism release on the trails, cable car and guesthouses it has built", () => {
    const result = scoreRelevance({
      title: 'County invests 320 million yuan in terrace tourism',
      text:
        'The county has built 46 km of trails and a 2.1-km cable car in the terrace scenic area, and 120 guesthouses ' +
        'run by villagers now offer 2,300 beds, the county tourism bureau said.',
      language: 'en',
      claims: [...figures('money', 'CNY', 1), ...figures('length', 'km', 2), ...figures('count', 'count', 2)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it("does not take an English report of a county's mountain race, without a half marathon or prize money, for development news", () => {
    const result = scoreRelevance({
      title: 'Kenyan wins county mountain marathon',
      text:
        'The Kenyan crossed the line in 2 hours 38 minutes in the county, Zhejiang province, and a local teacher took the ' +
        "women's race. The winners each took home 50,000 yuan. Some 800 volunteers staffed 14 aid stations for 6,000 finishers. " +
        'The county tourism bureau estimated that runners spent 36 million yuan over the weekend.',
      language: 'en',
      claims: [...figures('duration', 'hour', 1), ...figures('money', 'CNY', 2), ...figures('count', 'person', 3)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('sports terms (count against)'))).toContain('crossed the line');
  });
});

describe("scoreRelevance: a job fair's notice, a listed company's announcement, a miner's report and a broker's note", () => {
  it("does not take a county's job-fair notice, with the 经济开发区's firms and their posts, for development news", () => {
    const result = scoreRelevance({
      title: '某县冬季返乡人员专场招聘会公告',
      text:
        '为促进返乡人员就近就业，县人力资源和社会保障局定于12月20日举办专场招聘会。本次共有参会企业86家，提供就业岗位3200余个，' +
        '其中县经济开发区重点企业42家。普工招聘420人，包吃住；技术工实行计件工资；叉车司机持证上岗。求职者请携带身份证及简历。' +
        '现场提供创业担保贷款、职业技能培训补贴等政策咨询。',
      language: 'zh',
      claims: [...figures('count', 'count', 4), ...figures('count', 'person', 3), ...figures('money', 'CNY', 3)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('exams terms (count against)'))).toContain('求职者');
  });

  it("counts nothing against a county's employment story that gives its 招聘会, 用工需求 and 月薪", () => {
    const result = scoreRelevance({
      title: '县经济开发区今年新增就业岗位5800个',
      text:
        '今年以来，县人社局组织园区专场招聘会12场，帮助企业招工2300多人；12月份全县重点企业用工需求环比增长6.4%。' +
        '开发区普工月薪已涨至5500元，县财政安排稳岗补贴860万元。',
      language: 'zh',
      claims: [...figures('count', 'count', 2), ...figures('count', 'person', 1), ...figures('money', 'CNY', 2)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it("does not take a listed company's announcement of its plant's delay in a county's 工业园区 for development news", () => {
    const result = scoreRelevance({
      title: '关于部分募集资金投资项目延期的公告',
      text:
        '本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。本次延期的募集资金投资项目为' +
        '“年产5万吨改性塑料项目”，实施地点为某县工业园区，项目规划用地约150亩，已建成厂房4.2万平方米。' +
        '该项目达到预定可使用状态日期由2026年12月调整为2027年12月，项目投资总额不变。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 6), ...figures('area', 'mu', 1), ...figures('area', 'm2', 1), ...figures('percent', 'percent', 2)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('markets terms (count against)'))).toContain('虚假记载');
  });

  it("counts nothing against a county's 国企改革 story whose firms set up a 董事会 and raise money", () => {
    const result = scoreRelevance({
      title: '县属国有企业改革三年行动完成',
      text:
        '县属一级企业由14家整合为6家，全部建立董事会，县城投集团取得AA主体信用评级，为县城更新项目募集资金12亿元。',
      language: 'zh',
      claims: [...figures('count', 'count', 2), ...figures('money', 'CNY', 1)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it("does not take an English miner's quarterly report on its county gold mine for development news", () => {
    const result = scoreRelevance({
      title: 'Miner reports third-quarter production from its county gold mine',
      text:
        'The company milled 181,900 tonnes of ore at its mine in the county, Henan province, at a head grade of 3.42 grams ' +
        'per tonne, and produced 18,310 ounces of gold at a cash cost of $842 per ounce and an all-in sustaining cost of ' +
        '$1,216. The mill expansion, approved by local authorities, is budgeted at $38 million. This release contains ' +
        'forward-looking statements.',
      language: 'en',
      claims: [...figures('weight', 't', 1), ...figures('count', 'count', 1), ...figures('money', 'USD', 3)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('markets terms (count against)'))).toContain('all-in sustaining cost');
    // An ore's grade is no recipe's grams.
    expect(result.signals.find((s) => s.startsWith('recipe terms'))).toBeUndefined();
  });

  it("counts nothing against an English story of a county's mine restoration, with its tonnes and tailings", () => {
    const result = scoreRelevance({
      title: 'County turns closed gold mine into a forest park',
      text:
        'The county has removed 1.2 million tonnes of tailings from its closed gold mines and planted 860 hectares of ' +
        'forest, investing 320 million yuan, the county natural resources bureau said.',
      language: 'en',
      claims: [...figures('weight', 't', 1), ...figures('area', 'ha', 1), ...figures('money', 'CNY', 1)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it("does not take an English broker's note on developers' sales in lower-tier cities for development news, even naming a province", () => {
    const result = scoreRelevance({
      title: 'China Property: lower-tier cities still searching for a floor',
      text:
        'Contracted sales of the top 100 developers fell 14.2% year on year. Several cities, including Ganzhou in Jiangxi ' +
        'province, have lowered down payments to 15% and offer local government subsidies, yet land sale investment fell 38%. ' +
        'Developers trade at 0.3x price-to-book. We maintain Underweight on the lower-tier names, with price targets of HK$14.60.',
      language: 'en',
      claims: [...figures('percent', 'percent', 4), ...figures('money', 'HKD', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('markets terms (count against)'))).toContain('contracted sales');
  });

  it("counts nothing against an English story of a city's land sales, developers and unsold homes", () => {
    const result = scoreRelevance({
      title: 'City sells 12 residential plots as developers return',
      text:
        'The city sold 12 residential plots for 8.6 billion yuan in November, and developers bought 41 percent of them; ' +
        'unsold inventory fell to 18 months, the municipal natural resources bureau said.',
      language: 'en',
      claims: [...figures('count', 'count', 1), ...figures('money', 'CNY', 1), ...figures('percent', 'percent', 1)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });
});

describe("scoreRelevance: a court's auction notice, a hotel's opening release and an auction house's sale", () => {
  it("does not take a county court's notice auctioning a debtor's industrial land and plant for development news", () => {
    const result = scoreRelevance({
      title: '某县人民法院关于拍卖某机械有限公司土地使用权及厂房的公告',
      text:
        '本院在执行申请执行人某县农村商业银行与被执行人某机械有限公司借款合同纠纷一案中，将在司法拍卖网络平台公开拍卖被执行人位于县经济开发区' +
        '的国有建设用地使用权及地上厂房。土地用途为工业用地，使用权类型为出让，土地面积18600平方米，厂房建筑面积9200平方米。' +
        '起拍价1680万元，保证金160万元。标的物以现状拍卖，本院不负责清场，过户税费由买受人承担。',
      language: 'zh',
      claims: [...figures('area', 'm2', 2), ...figures('money', 'CNY', 2)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('legal terms (count against)'))).toContain('司法拍卖');
  });

  it("counts nothing against a land bureau's notice listing an industrial parcel, with its 竞买人, 起始价 and 保证金", () => {
    const result = scoreRelevance({
      title: '某县国有建设用地使用权挂牌出让公告',
      text:
        '经县人民政府批准，县自然资源和规划局决定以挂牌方式出让1宗国有建设用地使用权。地块位于县经济开发区，出让面积26800平方米，' +
        '土地用途为工业用地，出让年限50年，起始价1206万元，竞买保证金241万元，增价幅度10万元。竞买人须于规定时间内提交竞买申请，' +
        '竞得人须在5个工作日内签订出让合同。',
      language: 'zh',
      claims: [...figures('area', 'm2', 1), ...figures('duration', 'year', 1), ...figures('money', 'CNY', 3)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it("does not take an English hotel's opening release in a county for development news", () => {
    const result = scoreRelevance({
      title: 'Grand Lake Hotel opens in Deqing county',
      text:
        'The hotel in Deqing county, Zhejiang province, has 210 guest rooms and 24 suites, with rates from RMB 1,200 per night. ' +
        'It has a 1,000-square-meter ballroom, 2,400 square meters of event space and an infinity pool, and employs 300 staff.',
      language: 'en',
      claims: [...figures('count', 'count', 3), ...figures('area', 'm2', 2), ...figures('money', 'CNY', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('travel terms (count against)'))).toContain('guest rooms');
  });

  it("counts nothing against an English county tourism story on a resort project's investment and beds", () => {
    const result = scoreRelevance({
      title: 'County signs 2-billion-yuan lakeside resort project',
      text:
        'The county signed a 2-billion-yuan resort project on 300 mu of land, with two hotels and 1,200 beds, and expects ' +
        '500 jobs and 300 million yuan of tourism revenue a year, the county culture and tourism bureau said.',
      language: 'en',
      claims: [...figures('money', 'CNY', 2), ...figures('area', 'mu', 1), ...figures('count', 'count', 2)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it("does not take an English auction house's tea sale in a county for development news", () => {
    const result = scoreRelevance({
      title: 'Pu-erh cakes top 50,000 yuan at Menghai county sale',
      text:
        'Of the 64 lots that went under the hammer in Menghai county, Yunnan province, 58 were sold, a clearance rate of ' +
        '90.6 percent. The top hammer price was 52,000 yuan for a 357-gram cake, and the auctioneer added a buyer\'s premium ' +
        'of 12 percent. Turnover reached 1.8 million yuan.',
      language: 'en',
      claims: [...figures('count', 'count', 2), ...figures('percent', 'percent', 2), ...figures('money', 'CNY', 2)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('markets terms (count against)'))).toContain('hammer price');
  });

  it("counts nothing against an English county's land auction with its bidders and premium", () => {
    const result = scoreRelevance({
      title: 'County auctions six industrial plots for 186 million yuan',
      text:
        'Six industrial plots were sold at auction in the county, drawing 14 bidders; the winning bids carried a premium ' +
        'of 8.6 percent over the starting price, the county natural resources bureau said.',
      language: 'en',
      claims: [...figures('count', 'count', 2), ...figures('money', 'CNY', 1), ...figures('percent', 'percent', 1)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });
});

describe("scoreRelevance: a charity's collection", () => {
  it("does not take a county charity's collection day, with its firms', offices' and cadres' gifts in 万元, for development news", () => {
    const result = scoreRelevance({
      title: '某县慈善总会“慈善一日捐”活动募集善款215万元',
      text:
        '县直机关、乡镇和爱心企业共186家单位参与，全县干部职工踊跃捐款。其中企业捐款126万元，机关事业单位捐款58万元，' +
        '农民专业合作社捐款9万元。善款将用于资助困难大学新生120名，每人3000元，救助大病患者约80人。县慈善总会负责人表示，' +
        '所有善款收支情况将定期公示。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 6), ...figures('count', 'count', 2), ...figures('count', 'person', 2)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('charity terms (count against)'))).toContain('善款');
  });

  it("counts nothing against a county's 共同富裕 story that names its 慈善 and 公益 works", () => {
    const result = scoreRelevance({
      title: '县推进共同富裕示范区建设',
      text:
        '今年全县村集体经济收入全部超过50万元，新建公益性公墓3处；县里发展慈善事业，设立乡村振兴公益基金2000万元，' +
        '带动农户增收1.2亿元。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 3), ...figures('count', 'count', 1)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });
});

describe("scoreRelevance: a university's ranking story and a shipping line's port-call advisory", () => {
  it("does not take an English story of a provincial university's world ranking for development news", () => {
    const result = scoreRelevance({
      title: 'Provincial university climbs 40 places in global ranking',
      text:
        'The university, the largest in the province, rose 40 places to 280th in the latest world university rankings. ' +
        'The share of its papers among the most cited 10 percent reached 14 percent. It has 70,000 students, including ' +
        '25,000 postgraduates and 2,000 international students, and the provincial government has given it 10 billion yuan ' +
        'since 2017. It will admit 500 more undergraduates next year.',
      language: 'en',
      claims: [...figures('count', 'count', 5), ...figures('percent', 'percent', 1), ...figures('money', 'CNY', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('schooling terms (count against)'))).toContain('university rankings');
  });

  it("counts nothing against an English county story on a vocational college's new campus, its students and graduates", () => {
    const result = scoreRelevance({
      title: 'County opens 1.2-billion-yuan vocational college campus',
      text:
        'The county built the campus on 500 mu of land for 12,000 students, and the university of the province will run ' +
        'two joint programs there. Last year 3,000 graduates of the college found jobs in the county industrial park, ' +
        'the county education bureau said.',
      language: 'en',
      claims: [...figures('money', 'CNY', 1), ...figures('area', 'mu', 1), ...figures('count', 'count', 3)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it("does not take an English shipping line's advisory of a new port call at a county-level city's port for development news", () => {
    const result = scoreRelevance({
      title: 'Customer Advisory: new direct call at Taicang Port',
      text:
        'From week 51 our service adds a weekly call at Taicang Port, with four vessels of 1,100 TEU each and 120 reefer ' +
        'plugs per vessel. First vessel: voyage 2651N, ETD 18 December. Berthing windows are Thursday to Friday; cargo ' +
        'cut-off is 18 hours before berthing. Free time is 7 days, after which demurrage is USD 25 per TEU per day. ' +
        'A feeder barge runs to the Suzhou Industrial Park inland terminal three times a week.',
      language: 'en',
      claims: [...figures('count', 'count', 3), ...figures('duration', 'hour', 2), ...figures('money', 'USD', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('travel terms (count against)'))).toContain('demurrage');
  });

  it("counts nothing against an English county's port story with its berths, TEU, port calls and transit times", () => {
    const result = scoreRelevance({
      title: 'County port opens two new container berths',
      text:
        'The county port opened two 50,000-tonne container berths built for 2.6 billion yuan, lifting its capacity to ' +
        '1.2 million TEU. Eleven shipping lines now call at the port, and the transit time to Busan has been cut to two ' +
        'days, the county port and logistics bureau said.',
      language: 'en',
      claims: [...figures('count', 'count', 2), ...figures('money', 'CNY', 1), ...figures('duration', 'day', 1)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });
});

describe("scoreRelevance: an airline's route launch to a county airport and a chess open in a county town", () => {
  it("does not take an English airline's release of a new route to a county airport for development news", () => {
    const result = scoreRelevance({
      title: 'Airline launches new route to county airport, three flights a week',
      text:
        'The airline today opened its route to the airport of the county, in the prefecture of the autonomous region. ' +
        'The route will be flown three times a week by an aircraft with 90 economy seats. Introductory one-way fares ' +
        'start at 690 yuan, taxes excluded, and each passenger may check in 20 kilograms of baggage free. The airline ' +
        'expects a load factor of about 75 percent, and says the county is the gateway to its ski resorts and the local ' +
        'economy will gain. Schedules are subject to government approval.',
      language: 'en',
      claims: [...figures('count', 'count', 2), ...figures('money', 'CNY', 1), ...figures('length', 'km', 2)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('travel terms (count against)'))).toContain('fares');
  });

  it("counts nothing against an English county airport's expansion story with its runway, routes, flights and passengers", () => {
    const result = scoreRelevance({
      title: 'County airport to double terminal as passengers top 600,000',
      text:
        'The county will spend 1.4 billion yuan extending the runway of its airport to 3,200 meters and building a ' +
        '30,000-square-meter terminal. The airport handled 620,000 passengers last year on 14 routes, with 40 flights a ' +
        'day in the peak season, and the county transport bureau expects 1.5 million a year by 2030.',
      language: 'en',
      claims: [...figures('money', 'CNY', 1), ...figures('length', 'm', 1), ...figures('area', 'm2', 1), ...figures('count', 'count', 3)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it('does not take an English chess open in a county town, its grandmasters and prize pool, for development news', () => {
    const result = scoreRelevance({
      title: 'County hosts chess open as 246 players chase 800,000-yuan prize pool',
      text:
        'Grandmasters and schoolchildren played in the county this week, in the prefecture and province. The open drew ' +
        'eleven grandmasters and 19 international masters among 138 entrants, and the county sports bureau put up the ' +
        'prize pool with sponsors. The local government hopes the event brings visitors.',
      language: 'en',
      claims: [...figures('count', 'count', 4), ...figures('money', 'CNY', 2)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('sports terms (count against)'))).toContain('prize pool');
  });

  it("counts nothing against an English story of a county's chess and esports industry park", () => {
    const result = scoreRelevance({
      title: 'County builds esports and chess industry park on 300 mu',
      text:
        'The county has set aside 300 mu of land for an esports and chess industry park, with investment of 2 billion ' +
        'yuan. Forty companies have signed up, and the park is expected to employ 3,000 people, the county commerce ' +
        'bureau said.',
      language: 'en',
      claims: [...figures('area', 'mu', 1), ...figures('money', 'CNY', 1), ...figures('count', 'person', 1)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });
});

describe("scoreRelevance: a county's consumer-price report and a county hospital's annual report", () => {
  it("does not take a county statistics bureau's CPI report for development news, without 涨幅 or a weather word", () => {
    const result = scoreRelevance({
      title: '2026年9月某县居民消费价格变动情况',
      text:
        '9月份，全县居民消费价格总指数（CPI）同比上涨0.5%，环比下降0.2%。其中，城市上涨0.6%，农村上涨0.3%。食品烟酒类价格' +
        '下降0.7%，交通和通信类下降1.4%，粮食价格基本稳定。据对城区农贸市场的监测，猪肉每斤14元，鸡蛋每斤4元，大白菜每斤1元。' +
        '附注：居民消费价格指数反映城乡居民购买的生活消费品和服务价格的变动，全县CPI调查涵盖8大类、268个基本分类。',
      language: 'zh',
      claims: [...figures('percent', 'percent', 8), ...figures('money', 'CNY', 3), ...figures('count', 'count', 2)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('charges terms (count against)'))).toContain('居民消费价格');
  });

  it("still takes a county's 统计公报 whose price paragraph names the CPI and its categories", () => {
    const result = scoreRelevance({
      title: '某县2025年国民经济和社会发展统计公报',
      text:
        '初步核算，全年全县地区生产总值386.2亿元，比上年增长5.6%。规模以上工业增加值增长7.1%，固定资产投资增长4.8%，' +
        '其中工业投资增长12.3%，新开工亿元以上项目46个。全年居民消费价格（CPI）比上年上涨0.4%，其中食品烟酒类下降0.8%，' +
        '交通通信类下降1.5%，居住类上涨0.3%。全县一般公共预算收入21.6亿元，农村居民人均可支配收入增长6.5%。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 2), ...figures('percent', 'percent', 10), ...figures('count', 'count', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(true);
  });

  it("does not take an English county hospital's annual report, its emergency visits, bed occupancy and day surgery, for development news", () => {
    const result = scoreRelevance({
      title: "County People's Hospital: 2025 Annual Report",
      text:
        'The Grade III hospital serves the county and its townships in the province, leading a medical alliance with ' +
        'township health centers and village clinics. It had 1,200 beds and handled 1.5 million outpatient and emergency ' +
        'visits. The bed occupancy rate was 90 percent; surgeons performed 30,000 operations, 12,000 of them minimally ' +
        'invasive, and the day surgery center treated 3,000 patients. Of the patients surveyed, 97 percent were satisfied. ' +
        'Revenue was 1.5 billion yuan, and work continued on a new inpatient building.',
      language: 'en',
      claims: [...figures('count', 'count', 6), ...figures('percent', 'percent', 2), ...figures('money', 'CNY', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('health terms (count against)'))).toContain('bed occupancy');
  });

  it("counts nothing against an English story of a county medical alliance's beds, outpatients, inpatients and surgeries", () => {
    const result = scoreRelevance({
      title: 'County medical alliance brings surgery to township health centers',
      text:
        'The county has spent 680 million yuan on its medical alliance, adding 400 beds at township health centers. ' +
        'Outpatient visits at the centers rose 18 percent, inpatients treated there grew to 21,000 and surgeries to 3,400, ' +
        'while treated wastewater from the new county hospital campus is discharged into the municipal sewers.',
      language: 'en',
      claims: [...figures('money', 'CNY', 1), ...figures('count', 'count', 3), ...figures('percent', 'percent', 1)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });
});

describe("scoreRelevance: an explorer's drilling results at a county prospect and a teacher's job advert for a county school", () => {
  it("does not take an English explorer's drilling results at a county prospect, its assays and Competent Person, for development news", () => {
    const result = scoreRelevance({
      title: 'Explorer intersects 14 metres at 6.8 g/t gold at its county prospect',
      text:
        'The company reports assay results from the second phase of drilling at its gold prospect in the county, in the ' +
        'province. One hole intersected 14 metres at 6.8 g/t gold from 86 metres downhole; the zone extends 120 metres ' +
        'down dip over a strike length of 650 metres, and core recovery averaged 96%. Assays are pending for four holes. ' +
        'The licence covers 18.6 square kilometres and is held with a provincial geological team. The information is based ' +
        'on work by a Competent Person, and a maiden JORC resource is planned.',
      language: 'en',
      claims: [...figures('length', 'm', 6), ...figures('percent', 'percent', 1), ...figures('area', 'km2', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('markets terms (count against)'))).toContain('downhole');
  });

  it("counts nothing against an English story of a county's mineral survey, its drilling, prospects and gold", () => {
    const result = scoreRelevance({
      title: 'County geological survey finds new gold prospect after drilling 12,000 meters',
      text:
        'The county natural resources bureau said the provincial geological team drilled 12,000 meters at three prospects ' +
        'this year and found a gold deposit of an estimated 18 tonnes. The county will spend 60 million yuan on exploration ' +
        'roads and restore 200 mu of old mine land.',
      language: 'en',
      claims: [...figures('length', 'm', 1), ...figures('weight', 't', 1), ...figures('money', 'CNY', 1), ...figures('area', 'mu', 1)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it("does not take an English recruiter's advert for a foreign teacher at a county school, its pay, flat and visa, for development news", () => {
    const result = scoreRelevance({
      title: 'Teach English in a county in the province – public middle school',
      text:
        'We are recruiting two native English-speaking teachers for a public middle school in the county, a county of ' +
        'about 450,000 people in the province. Teaching load: 16 lessons a week. Salary: 14,000 to 17,000 yuan a month, a ' +
        'free apartment of about 60 square meters and a flight allowance of up to 8,000 yuan. You need a bachelor\'s ' +
        'degree, a 120-hour TEFL certificate and a clean criminal record. The school provides a Z visa; send your CV.',
      language: 'en',
      claims: [...figures('count', 'person', 2), ...figures('money', 'CNY', 3), ...figures('area', 'm2', 1), ...figures('duration', 'hour', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('exams terms (count against)'))).toContain('teaching load');
  });

  it("counts nothing against an English story of a county's talent policy, its teachers, salaries, apartments and visas", () => {
    const result = scoreRelevance({
      title: 'County offers apartments and subsidies to bring 500 teachers to its schools',
      text:
        'The county education bureau will recruit 500 teachers this year and pay a settling-in subsidy of 30,000 yuan, ' +
        'with a rent-free apartment of 80 square meters for five years. Foreign experts at the county vocational school ' +
        'get help with visas and a salary top-up of 2,000 yuan a month, the county talent office said.',
      language: 'en',
      claims: [...figures('count', 'person', 1), ...figures('money', 'CNY', 2), ...figures('area', 'm2', 1), ...figures('duration', 'year', 1)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });
});

describe("scoreRelevance: what a person pays in tax, to a provident fund and for water, and a forest fire-prevention notice", () => {
  it("does not take a county tax bureau's notice of the yearly income-tax settlement, its deductions and refunds, for development news", () => {
    const result = scoreRelevance({
      title: '某县税务局关于办理2026年度个人所得税综合所得汇算清缴的通告',
      text:
        '现将我县办理个人所得税综合所得汇算清缴有关事项通告如下。纳税人可补充申报专项附加扣除：子女教育每个子女每月2000元，' +
        '赡养老人每月3000元，住房租金每月800元。汇算需补税但综合所得收入全年不超过12万元的，无需办理。纳税人可前往县政务服务中心' +
        '税务窗口办理。去年全县4.3万人获得退税3260万元。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 6), ...figures('count', 'person', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('charges terms (count against)'))).toContain('汇算清缴');
  });

  it("counts nothing against a county's talent policy that refunds 个人所得税 and its tax-cut story's 纳税人", () => {
    const result = scoreRelevance({
      title: '某县出台人才新政　个人所得税地方留成部分全额奖励',
      text:
        '县委人才办介绍，对新引进的高层次人才，按其缴纳个人所得税地方留成部分给予全额奖励，最高50万元。今年以来全县为纳税人' +
        '减免税费3.2亿元，惠及企业1860家。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 2), ...figures('count', 'count', 1)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it("does not take a housing provident fund's annual report, what its members pay in, take out and borrow, for development news", () => {
    const result = scoreRelevance({
      title: '某市住房公积金管理中心某县分中心2025年住房公积金报告',
      text:
        '2025年，实缴单位4126家，实缴职工9.64万人，缴存额21.86亿元；缴存余额68.75亿元。2.87万名缴存职工提取住房公积金' +
        '15.62亿元。发放个人住房贷款3268笔、17.94亿元，个人住房贷款率89.1%。提取贷款风险准备金0.12亿元，城市廉租住房建设' +
        '补充资金0.66亿元上缴市财政。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 6), ...figures('count', 'count', 2), ...figures('percent', 'percent', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('charges terms (count against)'))).toContain('缴存余额');
  });

  it("counts nothing against a county's housing policy that raises its 住房公积金 loan limit", () => {
    const result = scoreRelevance({
      title: '某县出台促进房地产市场平稳健康发展八条措施',
      text:
        '县住建局介绍，首套住房公积金贷款最高额度由60万元提高至80万元，多子女家庭再上浮20%；在县城购买新建商品住房的，' +
        '给予每平方米200元购房补贴。全县今年计划筹集保障性住房1200套，推进城中村改造3个片区。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 3), ...figures('percent', 'percent', 1), ...figures('count', 'count', 2)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it("does not take an English water company's tariff notice, its tiers, typical bill and shared meters, for development news", () => {
    const result = scoreRelevance({
      title: 'Notice on adjusting residential water prices in the county',
      text:
        'Dear customers, with the approval of the county development and reform bureau, the company will adjust the price ' +
        'of tap water for residential customers in the county, in the province. Tiered prices: up to 216 cubic meters a ' +
        'year, 2.85 yuan per cubic meter; above 300 cubic meters, 8.55 yuan. Residential customers on a shared meter pay ' +
        '3.10 yuan. A typical bill for a family of three will rise by 57.6 yuan a year.',
      language: 'en',
      claims: [...figures('volume', 'm3', 2), ...figures('money', 'CNY', 4)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('charges terms (count against)'))).toContain('tiered prices');
  });

  it("counts nothing against an English story of a county's rural water project, its customers, water bills and hearing", () => {
    const result = scoreRelevance({
      title: 'County rural water project brings tap water to 120,000 villagers',
      text:
        'The county will spend 860 million yuan on two water plants and 1,200 kilometers of pipes for 86 villages. After a ' +
        'public hearing, the tariff was set at 2.6 yuan per cubic meter; a survey of customers found that the average water ' +
        'bill would take 1.9% of household income.',
      language: 'en',
      claims: [...figures('money', 'CNY', 2), ...figures('length', 'km', 1), ...figures('count', 'count', 1), ...figures('percent', 'percent', 1)],
    });
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it("does not take a county's forest fire-prevention notice, its season, the fire it forbids and the 火情 to report, for development news", () => {
    const result = scoreRelevance({
      title: '某县人民政府关于2026—2027年度森林防火期的通告',
      text:
        '全县森林防火期为11月1日至次年4月30日，其中1月15日至3月31日为戒严期。全县林地面积22.86万公顷，设立检查站48处。' +
        '防火期内禁止野外用火，禁止烧荒、烧秸秆。全县1260名生态护林员、32支扑火队全员在岗。发现森林火情，请立即报警；' +
        '违反规定野外用火的，处200元以上3000元以下罚款。',
      language: 'zh',
      claims: [...figures('area', 'ha', 1), ...figures('count', 'count', 3), ...figures('money', 'CNY', 2)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('incidents terms (count against)'))).toContain('野外用火');
  });

  it("counts nothing against a county's forestry story that names its 森林防火 work and its 护林员 jobs", () => {
    const result = scoreRelevance({
      title: '某县林下经济产值突破20亿元',
      text:
        '全县发展林下种植、养殖面积12.6万亩，带动农户增收1.8亿元。县财政安排专项资金3000万元用于森林防火和林区道路建设，' +
        '选聘脱贫人口担任生态护林员1260名，人均年增收1万元。',
      language: 'zh',
      claims: [...figures('area', 'mu', 1), ...figures('money', 'CNY', 3), ...figures('count', 'person', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(true);
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });
});

describe("scoreRelevance: a traffic police's notices and tallies, a conscription notice and a civilised-city assessment", () => {
  it("does not take a county's plate-number restriction notice, agreed by the 人民政府, for development news", () => {
    const result = scoreRelevance({
      title: '关于对城区部分道路实施机动车尾号限行的通告',
      text:
        '为缓解城区交通拥堵，改善大气环境，经县人民政府同意，决定实施机动车尾号限行。限行时间为工作日7时至20时，限行范围为' +
        '环城路以内道路。按号牌尾号每日限行两个号码；新能源汽车、公共汽车不受限行措施限制。违反限行规定的，处100元罚款，记3分。' +
        '限行期间，城区公交增开班次，新建停车场3处、公共停车泊位1200个。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 1), ...figures('count', 'count', 3), ...figures('duration', 'hour', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('incidents terms (count against)'))).toContain('尾号限行');
  });

  it("counts nothing against a county's road works that ease the 城区's 交通拥堵 with new bus lines, parking and 新能源 buses", () => {
    const result = scoreRelevance({
      title: '某县投资4.6亿元实施城区交通畅通工程',
      text:
        '为缓解城区交通拥堵，全县今年实施道路畅通工程12项，打通断头路8条、改造交叉口23处，新建公共停车泊位3200个，新增新能源' +
        '公交车60辆、公交线路5条，并在货车限行的老城区外新建物流分拨中心，占地120亩。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 1), ...figures('count', 'count', 6), ...figures('area', 'mu', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(true);
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it("does not take an English county police campaign's tally of drink-drivers and speeders for development news", () => {
    const result = scoreRelevance({
      title: 'County police catch 1,286 drivers in winter road safety campaign',
      text:
        'The traffic police brigade of the county, in the province, checked 42,000 vehicles at 24 checkpoints on county and ' +
        'township roads. Of the drivers caught, 63 were driving after drinking and 19 were driving while drunk, with a blood ' +
        'alcohol content of 80 milligrams per 100 milliliters or more; drunk drivers face criminal charges. Drivers caught ' +
        'speeding were fined up to 2,000 yuan. Fines totaled 428,600 yuan. Officers visited 112 villages to give talks.',
      language: 'en',
      claims: [...figures('count', 'count', 7), ...figures('money', 'CNY', 2)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('incidents terms (count against)'))).toContain('blood alcohol');
  });

  it("counts nothing against an English story of a county's rural roads, their road safety work and its traffic police's cameras", () => {
    const result = scoreRelevance({
      title: 'County upgrades 1,200 km of rural roads',
      text:
        'The county invested 860 million yuan this year in upgrading 1,200 kilometers of rural roads, speeding up bus links to ' +
        '186 villages. Road safety barriers and helmets for delivery riders were funded, and the traffic police added smart ' +
        'cameras at checkpoints on township roads, the county transport bureau said.',
      language: 'en',
      claims: [...figures('money', 'CNY', 1), ...figures('length', 'km', 1), ...figures('count', 'count', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(true);
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it('does not take a county conscription notice, its recruits’ allowance paid by the 县财政, for development news', () => {
    const result = scoreRelevance({
      title: '某县2027年上半年征兵公告',
      text:
        '征集对象以大学生为重点，男性青年年龄为18至22周岁，身高160厘米以上，右眼裸眼视力不低于4.6。义务兵家庭优待金按照上年度' +
        '全县农村居民人均可支配收入的1.5倍发放，每人每年不低于2.8万元，由县财政统一支付；大学生入伍的，给予学费补偿。' +
        '对拒服兵役的，依法给予处罚。',
      language: 'zh',
      claims: [...figures('length', 'm', 1), ...figures('money', 'CNY', 1), ...figures('duration', 'year', 2)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('exams terms (count against)'))).toContain('义务兵');
  });

  it("counts nothing against a county's work report that counts its 退役军人's jobs and its 双拥模范县 title", () => {
    const result = scoreRelevance({
      title: '某县2026年政府工作报告（摘要）',
      text:
        '全年完成固定资产投资186亿元，增长8.2%。新建标准厂房36万平方米。帮助退役军人就业创业1260人，连续三次获评省级双拥模范县，' +
        '建成退役军人服务站218个。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 1), ...figures('percent', 'percent', 1), ...figures('area', 'm2', 1), ...figures('count', 'person', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(true);
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it("does not take a civilised-city campaign's assessment bulletin, 全市's towns scored on their residents' conduct, for development news", () => {
    const result = scoreRelevance({
      title: '关于第三季度文明城市创建工作测评情况的通报',
      text:
        '市创文办委托第三方机构对全市12个镇（街道）、48个市直单位和186个点位进行实地测评。存在问题的点位63个，背街小巷类点位' +
        '问题率为41.7%。一是部分公共场所仍有乱扔烟头、随地吐痰现象；二是部分小区存在飞线充电、楼道堆物问题，涉及17个小区。' +
        '各镇（街道）要于11月10日前完成整改，整改结果报市创文办。',
      language: 'zh',
      claims: [...figures('count', 'count', 6), ...figures('percent', 'percent', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('civility terms (count against)'))).toContain('创文办');
  });

  it("counts nothing against a county's renewal of its 背街小巷 and 农贸市场 for the 文明城市 it has become, nor a 人居环境 ranking's 点位", () => {
    const result = scoreRelevance({
      title: '某县投入2.3亿元改造背街小巷和农贸市场',
      text:
        '继成功创建全国文明城市后，县里今年投入2.3亿元，改造背街小巷86条、农贸市场6个，新增停车泊位1800个。县农村人居环境' +
        '整治考评组抽查全县17个镇的点位486处，问题比上季度减少129处。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 1), ...figures('count', 'count', 5)],
    });
    expect(result.isRegionalDevelopment).toBe(true);
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });
});

describe("scoreRelevance: marriage statistics, a points-based hukou list, a crop-protection prescription and an earthquake report", () => {
  it("does not take a county civil-affairs bureau's marriage statistics, its couples and their ages, for development news", () => {
    const result = scoreRelevance({
      title: '某县2026年1—10月婚姻登记情况分析',
      text:
        '今年1—10月，全县婚姻登记机关共办理各类婚姻登记业务6428件，同比下降3.6%。其中，结婚登记3862对，离婚登记1214对，同比增长2.1%。' +
        '男方平均初婚年龄为30.4岁，女方为28.6岁。婚龄在5年以内的离婚登记386对；在30日离婚冷静期内撤回申请的297对。婚姻登记“跨省通办”' +
        '实施以来，平均办理时间压缩至20分钟以内，全县政务服务“一网通办”事项覆盖婚姻登记全流程。下一步，县民政局将深化改革，推进' +
        '婚俗改革，全县13个乡镇（街道）均设立婚姻家庭辅导室，县财政安排专项资金用于基层服务能力建设。',
      language: 'zh',
      claims: [...figures('count', 'count', 6), ...figures('percent', 'percent', 2), ...figures('duration', 'year', 3)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('dating terms (count against)'))).toContain('婚姻登记');
  });

  it("counts nothing against a county's 乡村振兴 story that curbs 高价彩礼 by 婚俗改革, nor a land reform's 颁证仪式", () => {
    const result = scoreRelevance({
      title: '某县乡村振兴示范村建设投入3.2亿元',
      text:
        '全县今年投入3.2亿元建设乡村振兴示范村28个，村集体经济收入全部超过50万元。各村推进移风易俗和婚俗改革，' +
        '遏制高价彩礼，倡导新人婚事简办。县里还举行宅基地使用权颁证仪式，为1260户农户发放不动产权证书。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 2), ...figures('count', 'count', 2)],
    });
    expect(result.isRegionalDevelopment).toBe(true);
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it('does not take a points-based hukou list, its applicants ranked by their points, for development news', () => {
    const result = scoreRelevance({
      title: '某市公安局关于2027年第一批新居民积分落户拟落户人员名单的公示',
      text:
        '本批次共安排积分落户指标1200个，其中人才积分落户指标200个。全市共有3862人提交申请，积分总分在186分以上的1200人列入拟落户名单，' +
        '同分人员按连续缴纳社会保险年限排序。加分项目：参加志愿服务每满50小时加2分；减分项目：受过行政拘留处罚的，每次减50分。' +
        '经公示无异议的，拟落户人员可将户口迁入本人合法产权住房或社区公共集体户，实施分批办理。积分落户工作由市公安局会同市人力资源' +
        '和社会保障局、市住房和城乡建设局组织实施，人才项目、高层次人才引进项目申报人员另行办理。',
      language: 'zh',
      claims: [...figures('count', 'count', 4), ...figures('count', 'person', 3), ...figures('duration', 'hour', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('exams terms (count against)'))).toContain('拟落户');
  });

  it("counts nothing against a county's urbanisation plan that opens 落户 and its 积分落户 to the people who move in", () => {
    const result = scoreRelevance({
      title: '某县新型城镇化实施方案印发',
      text:
        '方案提出，全面放开县城落户限制，取消积分落户，力争三年新增落户人口3万人。县财政每年安排新型城镇化专项资金2亿元，' +
        '新建保障性住房1800套，对新落户人口购买首套住房的给予每平方米200元补贴。',
      language: 'zh',
      claims: [...figures('count', 'person', 1), ...figures('money', 'CNY', 2), ...figures('count', 'count', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(true);
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it("does not take a county's crop-protection prescription, its formulations, doses and water, for development news", () => {
    const result = scoreRelevance({
      title: '某县2026年小麦“一喷三防”技术指导意见',
      text:
        '当前，全县132.6万亩小麦进入抽穗扬花期。据县植保植检站调查，白粉病平均病株率3.6%，赤霉病预计发生面积约40万亩。每亩选用45%' +
        '戊唑·咪鲜胺水乳剂20至25毫升，或25%氰烯菌酯悬浮剂100毫升，加10%吡虫啉可湿性粉剂20克，兑水30公斤均匀喷雾。喷药后6小时内遇雨' +
        '应及时补喷；同一药剂每季使用不超过2次，防止产生抗药性。各乡镇要组织种粮大户和新型农业经营主体开展统防统治，县农业农村局已' +
        '组织植保无人机860架，计划完成作业120万亩以上，推进实施，保障粮食安全。',
      language: 'zh',
      claims: [...figures('area', 'mu', 2), ...figures('percent', 'percent', 4), ...figures('count', 'count', 2)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('agronomy terms (count against)'))).toContain('兑水');
  });

  it("counts nothing against a county's spraying campaign, its 统防统治, drones, 药剂 and the diseases it prevents", () => {
    const result = scoreRelevance({
      title: '某县启动小麦“一喷三防” 作业面积将达126万亩次',
      text:
        '县财政统筹补助资金1420万元，对全县小麦实施“一喷三防”全覆盖，其中统防统治面积不低于90万亩。当前赤霉病发生风险偏高，县里按照' +
        '每亩12元的标准提供药剂补助，统一采购杀菌剂、杀虫剂286吨。全县调集植保无人机412架，组建专业化防治服务组织37个。县农业农村局' +
        '组织42名农技人员分包22个镇街，确保粮食稳产增产，保障粮食安全。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 2), ...figures('area', 'mu', 2), ...figures('count', 'count', 2)],
    });
    expect(result.isRegionalDevelopment).toBe(true);
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it('does not take an English report of an earthquake in a county, its epicenter, aftershocks and damaged houses, for development news', () => {
    const result = scoreRelevance({
      title: '5.2-magnitude quake jolts county in Yunnan, no deaths reported',
      text:
        'A 5.2-magnitude earthquake jolted the county in the autonomous prefecture of Yunnan province on Monday, according to the ' +
        'China Earthquake Networks Center (CENC). The epicenter was monitored at a depth of 10 km, the CENC said. Seven people ' +
        'suffered minor injuries, the county government said. The quake damaged 1,362 houses in four townships, and power was cut ' +
        'to 12 villages. The provincial department and the Ministry of Finance allocated 20 million yuan for relief work, local ' +
        'authorities said. Twenty-three aftershocks had been recorded by noon.',
      language: 'en',
      claims: [...figures('count', 'count', 5), ...figures('length', 'km', 1), ...figures('money', 'CNY', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('incidents terms (count against)'))).toContain('epicenter');
  });

  it("counts nothing against an English story of a county rebuilt after an earthquake, its temporary shelters and worst-hit villages", () => {
    const result = scoreRelevance({
      title: 'Two years after the quake, county moves families into new homes',
      text:
        'Two years after a magnitude-6.2 earthquake struck the county in Gansu province, 12,000 rural homes have been rebuilt with ' +
        '4.6 billion yuan of investment, and the last families have left their temporary shelters. The worst-hit villages were ' +
        'moved away from slopes prone to landslides, and a 1.2-square-kilometer industrial park now employs 3,000 people, the county ' +
        'government said.',
      language: 'en',
      claims: [...figures('count', 'count', 2), ...figures('money', 'CNY', 1), ...figures('area', 'km2', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(true);
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });
});

describe("scoreRelevance: an environment bureau's monthly air-quality report and an earthquake report", () => {
  it("does not take a county's monthly air-quality report, with 全县's monitoring stations and 环境, for development news", () => {
    const result = scoreRelevance({
      title: '10月份全县环境空气质量状况',
      text:
        '10月，我县环境空气质量优良天数为25天，优良天数比例为80.6%；其中轻度污染4天，中度污染2天。PM2.5平均浓度为41微克/立方米，' +
        '同比上升5.1%；二氧化氮为27微克/立方米；臭氧日最大8小时平均浓度为102微克/立方米。全县8个乡镇空气质量自动监测站中，' +
        '优良天数比例最高的为82.1%。入冬后不利气象条件增多，请广大群众减少户外活动，做好健康防护。',
      language: 'zh',
      issuer: '市生态环境局某县分局',
      claims: [...figures('duration', 'day', 4), ...figures('percent', 'percent', 3), ...figures('count', 'count', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('weather terms (count against)'))).toContain('臭氧');
  });

  it("counts nothing against a county park's green retrofit, with its 优良天数, PM2.5 and 轻度污染 days and its monitoring stations", () => {
    const result = scoreRelevance({
      title: '某县工业园区推进绿色低碳改造 空气质量优良天数比例达86.2%',
      text:
        '今年以来，县经济开发区投入1.6亿元实施园区绿色低碳改造项目28个，完成工业企业深度治理46家，淘汰燃煤锅炉120台，' +
        '新建集中供热管网12公里，建成空气质量自动监测站8个。1至10月，全县空气质量优良天数比例达86.2%，同比提高4.1个百分点；' +
        'PM2.5平均浓度下降9.3%，轻度污染天数减少11天。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 1), ...figures('count', 'count', 3), ...figures('percent', 'percent', 2), ...figures('length', 'km', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(true);
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it("does not take an English report of an earthquake in a county, with its prefecture, province and local authorities, for development news", () => {
    const result = scoreRelevance({
      title: 'Magnitude-4.8 quake hits county, no deaths reported',
      text:
        'A magnitude-4.8 earthquake struck the county in the prefecture of the province early on Sunday. The epicenter, at a ' +
        'depth of 8 kilometers, was 15 km from the county seat. Two people suffered minor injuries and 31 houses were damaged in ' +
        'three townships, local authorities said. Some 2,600 residents spent the night in 900 tents, and 12 aftershocks followed.',
      language: 'en',
      claims: [...figures('length', 'km', 2), ...figures('count', 'count', 6)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('incidents terms (count against)'))).toContain('epicenter');
  });

  it("counts nothing against an English story of a county rebuilt after an earthquake, with quake-proof, seismic-resistant homes", () => {
    const result = scoreRelevance({
      title: 'County rebuilds after earthquake with 3.2 billion yuan of investment',
      text:
        'The county has invested 3.2 billion yuan in rebuilding since the earthquake of 2022, the county government said. Some ' +
        '8,600 rural homes were rebuilt to seismic-resistant standards, and a quake-proof industrial park of 1,200 mu now houses ' +
        '46 companies in the province. Roads of 320 km link its 18 townships.',
      language: 'en',
      claims: [...figures('money', 'CNY', 1), ...figures('count', 'count', 3), ...figures('area', 'mu', 1), ...figures('length', 'km', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(true);
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });
});

describe("scoreRelevance: a bus company's route notice", () => {
  it("does not take a county bus company's route notice, with 交通, 新能源 buses and a 建设路, for development news", () => {
    const result = scoreRelevance({
      title: '关于调整城区公交5路运营线路的公告',
      text:
        '为方便市民出行，5路公交线路延伸至高铁站，线路全长由9.6公里增至14.2公里，新增站点4个。首班6:30，末班20:00。因解放路施工，' +
        '临时绕行建设路，原站点候车的乘客请到建设路临时站点乘车，首末班时间不变。票价每人次2元，使用交通卡享8折优惠，投入新能源' +
        '公交车16辆。请乘客提前规划出行路线，先下后上，共同营造文明乘车环境。',
      language: 'zh',
      claims: [...figures('length', 'km', 2), ...figures('count', 'count', 2), ...figures('money', 'CNY', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('travel terms (count against)'))).toContain('首班');
  });

  it("counts nothing against a county's transit works that extend its last buses, shorten intervals and build bus shelters", () => {
    const result = scoreRelevance({
      title: '某县投资1.2亿元推进城乡公交一体化',
      text:
        '县里今年投资1.2亿元推进城乡公交一体化建设，新开通城乡公交线路12条，通达全县186个行政村，新建公交首末站3座、候车亭260个，' +
        '新增新能源公交车80辆。城区公交发车间隔缩短至10分钟，末班车延长至22时，老年人免费乘车。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 1), ...figures('count', 'count', 5), ...figures('duration', 'hour', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(true);
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });
});

describe('scoreRelevance: a fishing ban, a factory listing and a waterbird census', () => {
  it("does not take a county's fishing-ban notice, the methods and nets it forbids and the catch it seizes, for development news", () => {
    const result = scoreRelevance({
      title: '某县人民政府关于加强长江禁捕管理的通告',
      text:
        '为保护长江水生生物资源，现就加强我县禁捕水域管理通告如下：长江某县段长约38.6公里，自2021年1月1日起实行为期10年的常年禁捕。' +
        '禁止使用电鱼、毒鱼、炸鱼以及地笼、迷魂阵等禁用渔具，禁止收购、销售非法捕捞渔获物。在县农业农村局公布的垂钓区，实行“一人一杆、' +
        '一线一钩”，单人单日渔获物不超过2.5公斤。违反本通告的，由渔政执法机构没收渔获物、渔具，罚款最高可达5万元，以促进渔业资源恢复。',
      language: 'zh',
      issuer: '某县人民政府',
      claims: [...figures('length', 'km', 1), ...figures('duration', 'year', 1), ...figures('weight', 'kg', 1), ...figures('money', 'CNY', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('legal terms (count against)'))).toContain('电鱼');
  });

  it("counts nothing against a county's resettlement of its 退捕渔民, their boats and nets bought back and its 垂钓 base", () => {
    const result = scoreRelevance({
      title: '某县退捕渔民转产就业率达98%',
      text:
        '长江禁捕以来，县里累计投入补偿资金1.26亿元，回收渔船860艘、渔具2.3万件，1320名退捕渔民全部纳入社会保障。县农业农村局' +
        '引导渔民发展稻虾共作1.2万亩，新建休闲垂钓基地3个，渔政协助巡护员岗位安置186人，转产就业率达98%，户均年增收1.1万元。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 2), ...figures('count', 'count', 5), ...figures('area', 'mu', 1), ...figures('percent', 'percent', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(true);
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it("does not take an agent's English listing of a factory to let in a development zone for development news", () => {
    const result = scoreRelevance({
      title: 'FOR LEASE | Single-storey factory, Some Port Development Zone, Jiangsu',
      text:
        'Listing ID: TC-IND-26117\n- Floor area: 6,800 sq m on 15 mu of industrial land\n- Clear height 10.5 m; two 10-tonne cranes\n' +
        '- Power: 1,250 kVA transformer\n- Rent: RMB 28 per sq m per month\n- Minimum lease 3 years; 3 months\' deposit\n' +
        '- 5 km to the expressway\nSuits machinery or auto parts. Viewings by appointment.',
      language: 'en',
      claims: [...figures('area', 'm2', 1), ...figures('area', 'mu', 1), ...figures('length', 'm', 1), ...figures('money', 'CNY', 1), ...figures('duration', 'year', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('markets terms (count against)'))).toContain('listing id');
  });

  it("counts nothing against a county park's English release on its factories for lease, their floor loading and rent-free years", () => {
    const result = scoreRelevance({
      title: 'Some county industrial park cuts factory rents to draw investment',
      text:
        'The county development zone has 420,000 square meters of standard factory space available for lease at 12 yuan per square meter a month, ' +
        'depending on floor loading and crane capacity. Manufacturing companies that sign for five years are rent-free for the first two years, ' +
        'the zone’s investment bureau said. Some 46 companies moved in this year, bringing 2.3 billion yuan of investment.',
      language: 'en',
      claims: [...figures('area', 'm2', 1), ...figures('money', 'CNY', 2), ...figures('count', 'count', 1), ...figures('duration', 'year', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(true);
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it('does not take an English report of a winter waterbird count on a lake, its flocks and counties, for development news', () => {
    const result = scoreRelevance({
      title: 'Lake winter count finds 724,600 waterbirds',
      text:
        'The annual census of wintering waterbirds on the lake counted 724,600 birds of 71 species, the provincial forestry bureau said on ' +
        'Monday. Some 63 survey teams covered 19 sub-lakes in 12 counties over three days. The largest flocks, more than 90,000 birds, ' +
        'were on the mudflats of a county where water stood 1.6 meters below the average.',
      language: 'en',
      claims: [...figures('count', 'count', 5), ...figures('length', 'm', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('animals terms (count against)'))).toContain('waterbirds');
  });

  it("counts nothing against an English story of a county's wetland restoration, its migratory birds and birdwatching visitors", () => {
    const result = scoreRelevance({
      title: 'Lakeside county restores 3,200 hectares of wetland',
      text:
        'The county has spent 860 million yuan since 2021 returning 3,200 hectares of farmland and fish ponds to wetland, the county government ' +
        'said. Migratory birds now winter in the nature reserve, and birdwatching brought 420,000 visitors and 310 million yuan of tourism income ' +
        'this year, with 1,200 villagers employed as rangers and in homestays.',
      language: 'en',
      claims: [...figures('money', 'CNY', 2), ...figures('area', 'ha', 1), ...figures('count', 'count', 2)],
    });
    expect(result.isRegionalDevelopment).toBe(true);
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });
});

describe("scoreRelevance: an art show's opening and a soil scientist's abstract", () => {
  it("does not take a county's calligraphy and painting show, the works it called for and shows, for development news", () => {
    const result = scoreRelevance({
      title: '某县第六届书画摄影作品展开幕',
      text:
        '11月28日，由县委宣传部、县文联主办的书画摄影作品展在县文化馆开幕。展览自6月启动征稿，共收到全县18个乡镇作者投稿1360余件，' +
        '展出书法、国画、摄影作品286件，农民书画爱好者作品占到四成以上。参展作者中年龄最大的86岁。展厅面积约1200平方米，乡村题材作品' +
        '占三成。展览将持续至12月20日，免费开放，周一闭馆。全县现有书画爱好者3万余人，县委、县政府每年举办乡村文化活动40余场。',
      language: 'zh',
      claims: [...figures('count', 'count', 6), ...figures('percent', 'percent', 2), ...figures('area', 'm2', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('entertainment terms (count against)'))).toContain('征稿');
  });

  it("counts nothing against a county's 书画 trade, its painters, 笔会 and 展厅 in a new 文化产业园", () => {
    const result = scoreRelevance({
      title: '某县书画产业年交易额突破10亿元',
      text:
        '县里投资2.6亿元建成书画文化产业园，占地86亩，入驻书画经营企业和画廊320家，展厅面积1.2万平方米。全县从事书画创作和经营的' +
        '农民超过3万人，国画、书法作品通过电商销往全国，今年书画交易额突破10亿元，带动农户户均增收1.8万元。县里每年举办书画笔会40余场。',
      language: 'zh',
      claims: [...figures('money', 'CNY', 3), ...figures('area', 'mu', 1), ...figures('area', 'm2', 1), ...figures('count', 'count', 2)],
    });
    expect(result.isRegionalDevelopment).toBe(true);
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });

  it("does not take a soil scientist's English abstract on a county's cropland, its samples and statistics, for development news", () => {
    const result = scoreRelevance({
      title: 'Spatial variability of soil organic carbon in the farmland of a county, North China Plain',
      text:
        'We collected 426 topsoil samples across the 12 townships of the county, Shandong Province, on a 1 km grid. Soil organic carbon ' +
        'ranged from 4.2 to 18.6 g/kg, with a coefficient of variation of 28.4%. Fields under straw return for more than 10 years held ' +
        '1.8 g/kg more, and random forest models explained 62% of the variance in the county’s agriculture soils.',
      language: 'en',
      claims: [...figures('count', 'count', 2), ...figures('percent', 'percent', 2), ...figures('duration', 'year', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(false);
    expect(result.signals.find((s) => s.startsWith('agronomy terms (count against)'))).toContain('random forest');
  });

  it("counts nothing against an English story of a county's farmland upgrade, its soil organic matter, topsoil and straw return", () => {
    const result = scoreRelevance({
      title: 'County upgrades 120,000 mu of farmland',
      text:
        'The county invested 360 million yuan to turn 120,000 mu of farmland into high-standard fields this year, the county agriculture bureau ' +
        'said. Soil testing on every plot showed organic matter rising from 18.2 g/kg to 21.6 g/kg after straw return and deep plowing of the ' +
        'topsoil, and grain yields rose by 8 percent, adding 260 yuan per mu to farmers’ income.',
      language: 'en',
      claims: [...figures('money', 'CNY', 2), ...figures('area', 'mu', 1), ...figures('percent', 'percent', 1)],
    });
    expect(result.isRegionalDevelopment).toBe(true);
    expect(result.signals.filter((s) => s.includes('count against'))).toEqual([]);
  });
});

describe('scoreRelevance: a place named only by the office that signs the text', () => {
  it("takes an English post whose zone is named only in its poster's name for regional news, not a text naming no place", () => {
    const input = {
      title: 'What a year for Haian, Jiangsu! Our 2026 in numbers',
      text:
        '46 new projects signed, total investment CNY 38.6 billion\n1,200 mu of industrial land delivered\n' +
        '520,000 sq m of standard factories ready to move in\nIndustrial output up 14.3%\n' +
        'Our one-stop team gets most approvals done within 20 working days.',
      language: 'en' as const,
      claims: [...figures('count', 'count', 1), ...figures('money', 'CNY', 1), ...figures('area', 'mu', 1), ...figures('area', 'm2', 1), ...figures('percent', 'percent', 1)],
    };
    expect(scoreRelevance({ ...input, issuer: 'Haian High-tech Zone Investment Promotion Office' }).isRegionalDevelopment).toBe(true);
    // Unsigned, it names no place below the nation in words (Haian and Jiangsu are names, not a county or a province).
    expect(scoreRelevance(input).signals).toContain('no place below the nation named (counts against)');
  });
});
