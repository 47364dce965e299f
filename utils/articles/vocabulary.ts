/**
 * The words that make an article read as regional-development / public-policy news, and the words
 * of the number-heavy genres that must not (sports, product reviews, recipes, entertainment). One
 * table, read by relevance.ts; each hit is shown to the reader as a reason.
 *
 * Market reports and weather forecasts are number-heavy too, and share words with development news
 * (投资, 企业), so they have tables of their own. So do exam and recruitment notices (score lines,
 * 公务员 post counts): they are issued by provincial bodies (省委组织部, 全省) and speak of 改革 and
 * 农村 quotas, yet say nothing about a place's development. So do accident, fire and crime reports (a county's
 * 县委、县政府 at the scene, the 交通 of 交通事故, an 整治 campaign after it) and travel guides (a county's trains,
 * tickets and guesthouses, in the reader's own itinerary). So do court judgments and penalty decisions (a village's 耕地
 * in 亩 and its rent per 亩 in a land-contract case, a factory in a 开发区 fined for its waste) and vaccination notices
 * (全县, 县政府 and 县财政 paying for the old people's jabs as a 民生实事), medical-insurance benefit notices (the 起付线 and
 * 报销比例 of each grade of hospital, issued to the 乡镇人民政府 and 街道办事处), fire-safety inspection bulletins (全县's
 * 工业园区 firms and 厂房 checked for 火灾隐患) and singles' mixers (团县委 reserving places for a 工业园区's workers).
 * So do blood drives (a 工业园区's workers giving blood, the 全县 totals) and funeral notices (a 殡葬 price list sent
 * to the 乡镇人民政府 under the county 发展和改革 body's name, an obituary of a county's industrialist and his billions).
 * So do a school's fitness tests (全县's pupils, a 县财政 budget for 乡村 schools' tracks) and what a household or a person
 * pays: a gas-price hearing notice from the county's 发展和改革 body, a pension notice of contribution bases sent to the
 * 乡镇人民政府 and the 经济开发区管委会. So does a school exchange (a local paper's story of a Chinese county's pupils
 * staying with host families, the county and its province named in every paragraph), a public institution's recruitment
 * notice (posts in the 经济开发区服务中心, issued by the 县委组织部) and a library's reading report (全县's loans, its branches in
 * every 乡镇). So does a zoo's or a panda reserve's visitor story (a county and its province, the reserve's square
 * kilometers, ticket sales in million yuan). So do a hospital's year in figures (its 门急诊量 and 出院患者, with a paragraph on its
 * new campus's 投资 and 用地), a walker's guide to a county's terraces (its routes, viewpoints and fares) and a mountain race's
 * results told without a half marathon or prize money (who crossed the line first, the finishers and the aid stations).
 * So do a job fair's notice (the 经济开发区's firms and their posts), a listed company's announcement of its plant in a county's
 * 工业园区, a listed miner's report on its county mine and a broker's note on the cities where developers' sales fell.
 * So does a charity's collection (全县's firms, 合作社 and 干部 giving, every gift in 万元).
 * So do a university's ranking story (its city, its province and the provincial government's billions for it) and a
 * shipping line's advisory of a new port call (a county-level city's port, its berths and TEU, told to the shippers who book).
 * So do an airline's launch of a route to a county airport (its county, prefecture and the approval of its schedule, told
 * to the traveller who buys the seat) and a chess open in a county town (the county sports bureau's prize pool).
 * So do a tax bureau's notice of the yearly income-tax settlement (全县's taxpayers, their deductions in 元 a month), a
 * housing provident fund's annual report (what its members pay in, take out and borrow, in 亿元 and 笔), a water company's
 * tariff notice (the county's approval of each tier's price per cubic meter) and a forest fire-prevention 通告 (全县's
 * 公顷 of forest, its checkpoints and rangers, sent under the 县人民政府's name).
 * So do a traffic police's notices and tallies (a plate-number restriction agreed by the 人民政府, a county's winter
 * campaign against drink-driving), a conscription notice (the 县财政's allowance for 全县's recruits) and a civilised-city
 * campaign's assessment bulletin (全市's towns and offices scored on their residents' conduct).
 * So do a civil-affairs bureau's marriage statistics (全县's couples, their ages and the 跨省通办 of their registrations), a
 * points-based hukou list (全市's applicants ranked for 落户 by their points), a crop-protection prescription (全县's 万亩 of
 * wheat and the doses to spray on them) and an earthquake report (a county, its townships and villages, the houses damaged
 * and the ministries' relief money).
 * So do a fishing ban's 通告 (the 县人民政府 and its 渔业 in it), an agent's listing of a factory to let (a development zone's
 * industrial land in 亩), a waterbird count (the counties around the lake and the provincial forestry bureau), an art show's
 * opening (全县's 乡镇 and 农民 sending their works) and a soil scientist's paper (a county's cropland and townships).
 *
 * Weights: 3 for terms that almost only occur in development and land policy news (工业用地, 出让,
 * 招商), 2 for policy and government words, 1 for common words that lean that way (发展, 建设).
 */

import { longestFirst } from '../quantities/longest-first';

export type TermGroup =
  | 'policy' | 'government' | 'sports' | 'product' | 'recipe' | 'entertainment' | 'markets' | 'weather' | 'exams'
  | 'lottery' | 'incidents' | 'travel' | 'legal' | 'health' | 'dating' | 'funeral' | 'charges' | 'schooling' | 'reading'
  | 'animals' | 'charity' | 'civility' | 'agronomy' | 'neutral';

export interface TermTable {
  group: TermGroup;
  language: 'zh' | 'en';
  weight: number;
  terms: string[];
}

export const OFF_TOPIC_GROUPS: TermGroup[] = [
  'sports', 'product', 'recipe', 'entertainment', 'markets', 'weather', 'exams', 'lottery', 'incidents', 'travel', 'legal',
  'health', 'dating', 'funeral', 'charges', 'schooling', 'reading', 'animals', 'charity', 'civility', 'agronomy',
];

/**
 * Terms as the source of one regular-expression alternation, longest first: an alternation takes the
 * first term that fits, so 产业园区 must come before 产业园. The terms are plain words (vocabulary.test.ts
 * keeps regex syntax out of them), so they are joined as they are.
 */
export function alternation(terms: readonly string[]): string {
  return longestFirst(terms, (term) => term).join('|');
}

/**
 * The development and government words: all that the loader's quick look (quick-check.ts) reads. They are a table
 * apart from the off-topic genres so that the loader, which runs in every page, does not carry those.
 */
export const DEVELOPMENT_TABLES: TermTable[] = [
  {
    group: 'policy', language: 'zh', weight: 3,
    terms: [
      '产业园', '工业园', '用地', '出让', '招商', '乡村振兴', '营商环境', '开发区', '高新区', '经开区', '产业链', '重大项目',
      '固定资产投资', '基础设施', '新型工业化', '城镇化', '共同富裕', '高质量发展', '民营经济', '政务服务', '标准地',
      '腾笼换鸟', '低效', '集体经营性', '耕地', '土地', '拆迁', '征收', '城市更新', '旧城改造', '棚户区', '保障性住房',
      '特色小镇', '产业强', '招引', '签约', '开工', '投产', '达产', '亩均', '亩产', '村集体', '集体经济', '增值化改革',
      '审批', '规划', '示范区', '试验区', '自贸区', '新区', '片区', '园区', '厂房', '供地', '宅基地', '补短板', '一体化',
      '高标准农田', '特色产业', '地区生产总值', '规上工业', '规模以上', '种植面积', '种植户', '产业集群', '产业化',
      // Aquaculture, the farming of coastal and lake counties, in the words farming has above.
      '养殖面积', '养殖户',
      // A county's economy and its visitors, what a sports event's or a festival's economic-impact story counts in
      // place of projects and land (its match words, 比赛 and 球队, count against it).
      '县域经济', '接待游客', '旅游收入', '旅游综合收入',
    ],
  },
  {
    group: 'policy', language: 'zh', weight: 1,
    terms: [
      '发展', '建设', '改革', '政策', '经济', '产业', '企业', '项目', '工程', '创新', '推进', '实施', '试点', '示范', '行动',
      '目标', '民生', '就业', '增收', '农业', '农村', '农民', '村民', '文旅', '旅游', '生态', '环境', '治理', '能源', '电网',
      '变电站', '绿色低碳', '碳排放', '交通', '公路', '铁路', '水利', '投资', '融资', '财政', '税收', '人才', '党建',
      '种植', '产值', '产量', '农户', '合作社', '基地', '冷链', '仓储', '农产品', '增加值', '同比增长', '带动', '龙头企业',
      '养殖', '渔业', '渔民', '主产区', '整治', '新能源', '光伏', '风电', '装机容量', '储能', '清洁能源',
      // The countryside and its grain, machines and subsidies: a county bureau's two-paragraph item on 机插秧 or on
      // 乡村人才 (乡村振兴 with a word between) says little else.
      '乡村', '粮食', '种粮', '农机', '补贴', '专项资金',
      // Who a county's economy is made of and who it lifts: the firms and shops (经营主体) and the households out of poverty.
      '经营主体', '脱贫',
      // The city's pipes and old estates, the everyday words of urban works.
      '改造', '污水', '管网', '排水', '内涝', '中心城区',
    ],
  },
  {
    // Urban renewal, the city's counterpart of 乡村振兴: what a 城市体检, an old-estate programme or a district's
    // work report measures. A city report on its estates and parks says little else (no 项目, 招商 or 用地).
    group: 'policy', language: 'zh', weight: 3,
    terms: ['老旧小区', '城中村', '完整社区', '背街小巷', '口袋公园', '建成区', '人居环境'],
  },
  {
    // Flood control as a county's own works and duties: the levees and reservoirs it reinforces, what it stores and
    // spends before the flood season. Such an item speaks of the rain it prepares for (降雨, counted against as a
    // weather word), and a warning of a storm names 防汛 too, but a warning has the forecast's words many times over.
    group: 'policy', language: 'zh', weight: 2,
    terms: ['防汛', '抗旱', '度汛', '堤防', '水库', '除险加固', '水毁'],
  },
  {
    group: 'government', language: 'zh', weight: 2,
    terms: [
      '省委', '市委', '县委', '区委', '镇党委', '党委', '党支部', '人民政府', '省政府', '市政府', '县政府', '区政府', '镇政府',
      '管委会', '发改委', '发改局', '自然资源', '住建', '经信', '商务局', '农业农村', '生态环境局', '改革办', '组织部',
      '人大', '政协', '街道办', '村委会', '负责人', '干部', '书记', '县长', '市长', '区长', '镇长', '全省', '全市', '全县', '全区',
      // The bureaus' full names, which hold neither 住建 nor 发改 (住房和城乡建设局, 发展和改革局).
      '城乡建设', '发展和改革',
    ],
  },
  {
    group: 'policy', language: 'en', weight: 3,
    terms: [
      'industrial park', 'land supply', 'land use', 'rural revitalization', 'business environment', 'infrastructure',
      'development zone', 'high-tech zone', 'economic zone', 'investment', 'urbanization', 'poverty alleviation',
      'common prosperity', 'high-quality development', 'five-year plan', 'private economy', 'industrial chain',
      'arable land', 'farmland', 'land transfer', 'plots', 'hectares', 'mu of', 'county', 'counties', 'township',
      'prefecture', 'industrial base', 'pilot zone', 'free trade zone', 'manufacturing', 'industrial',
    ],
  },
  {
    group: 'policy', language: 'en', weight: 1,
    terms: [
      'development', 'construction', 'project', 'projects', 'policy', 'policies', 'reform', 'economy', 'economic',
      'enterprises', 'companies', 'industry', 'industries', 'rural', 'village', 'villages', 'villagers', 'farmers',
      'agriculture', 'tourism', 'ecological', 'green', 'energy', 'power grid', 'transport', 'railway', 'highway',
      'jobs', 'employment', 'income', 'billion yuan', 'million yuan', 'GDP', 'innovation', 'solar',
      // A farm county's harvest and how it reaches buyers, as 种植, 冷链 and 农产品 say it in Chinese.
      'harvest', 'harvested', 'growers', 'cold chain', 'cold-chain', 'e-commerce',
      // Land developed for potash, lithium and solar parks; the salt in them is no recipe's (a longer term wins).
      'salt lake', 'salt lakes', 'salt flats',
    ],
  },
  {
    group: 'policy', language: 'en', weight: 2,
    terms: [
      'province', 'district', 'approval', 'approvals', 'output value', 'per capita', 'disposable income',
      'fixed-asset investment', 'industrial output', 'signed', 'square kilometers', 'square kilometres', 'logistics',
      'expressway', 'high-speed railway', 'cooperatives', 'homestays', 'grain', 'standard factory', 'business license',
      // Power generation, as the western provinces' deserts and salt flats are developed for it.
      'new energy', 'clean energy', 'installed capacity', 'photovoltaic', 'solar power', 'wind power', 'power station',
      'power plant', 'energy storage', 'battery storage', 'ultra-high voltage',
    ],
  },
  {
    group: 'government', language: 'en', weight: 2,
    terms: [
      'government', 'provincial', 'municipal', 'authorities', 'officials', 'official', 'Party secretary',
      'Communist Party', 'CPC', 'committee', 'administration', 'bureau', 'ministry', 'State Council', 'local',
    ],
  },
];

/** The number-heavy genres that count against an article (OFF_TOPIC_GROUPS); only the analysis reads them. */
export const OFF_TOPIC_TABLES: TermTable[] = [
  {
    group: 'sports', language: 'zh', weight: 3,
    terms: [
      '比赛', '比分', '进球', '射门', '联赛', '球队', '球员', '主场', '客场', '赛季', '决赛', '半决赛', '夺冠', '亚军',
      '主教练', '教练', '得分', '篮板', '助攻', '替补', '中超', 'CBA', 'NBA', '奥运', '世界杯', '击败',
      '逆转', '上半场', '下半场', '加时', '犯规', '点球', '赛后', '战绩', '胜负', '积分榜', '选手', 
    ],
  },
  {
    group: 'product', language: 'zh', weight: 3,
    terms: [
      '手机', '续航', '屏幕', '处理器', '像素', '摄像头', '镜头', '售价', '起售', '评测', '上手', '跑分', '内存',
      '快充', '机身', '配色', '旗舰', '性价比', '刷新率', '毫安', '英寸', '测评', '耳机', '续航时间', '百公里加速', '马力', '扭矩',
      '轴距', '车型', '试驾',
    ],
  },
  {
    group: 'recipe', language: 'zh', weight: 3,
    terms: [
      '食材', '步骤', '生抽', '老抽', '料酒', '翻炒', '焯水', '腌制', '切块', '切片', '大火', '小火', '中火', '出锅',
      // Onions, ginger, garlic and eggs in their kitchen forms: as crops and farm produce (大葱, 生姜, 大蒜, 鸡蛋价格)
      // they are what an agricultural county's news is about.
      '烤箱', '预热', '面粉', '蛋液', '葱花', '姜片', '姜丝', '蒜末', '蒜瓣', '调味', '淀粉', '食用油', '锅中', '搅拌', '装盘', '口感',
    ],
  },
  {
    group: 'entertainment', language: 'zh', weight: 3,
    terms: [
      '电影', '票房', '上映', '影片', '主演', '导演', '演员', '综艺', '演唱会', '歌手', '专辑', '粉丝', '热搜', '剧集',
      '电视剧', '首映', '剧情', '档期', '影院', '观众', '偶像', '出道',
      // An art show's opening: the works it called for and shows, who sent them, when the hall is closed, though the
      // 县委宣传部 and the 文联 run it and 全县's 乡镇 and 农民 send their pictures. Not 书画, 国画, 笔会 or 展厅, which a
      // county's 书画 trade and the 文化馆 it builds count among their sales and works.
      '征稿', '参展作者', '参展作品', '展出作品', '闭馆',
    ],
  },
  {
    group: 'sports', language: 'en', weight: 3,
    terms: [
      // Not a bare 'season', which is a harvest's, a tourist town's and a flu's as often as a league's.
      'match', 'regular season', 'preseason', 'postseason', 'league', 'scored', 'goals', 'rebounds', 'assists', 'coach', 'championship', 'tournament',
      'victory', 'defeated', 'semifinal', 'playoff', 'playoffs', 'halftime', 'striker', 'midfielder', 'teammates',
      'quarterback', 'innings', 'medal', 'Olympic', 'World Cup', 'stadium', 'title',
      // A road race's report: its distances, records and purses. Not a bare marathon, which a county's tourism release
      // lists among its events, nor runners (runners-up).
      'half marathon', 'fun run', 'prize money', 'course record', 'finish line', 'finishing time', 'personal best',
      // Its results told in other words: who crossed the line first in the men's or women's race, its finishers and
      // aid stations. A race's economic-impact release counts runners and their spending, not these.
      'crossed the line', 'finishers', "men's race", "women's race", 'aid station', 'aid stations',
      // A chess or esports event: its grandmasters and its prize pool. Not chess or esports alone, whose town, industry
      // park and clubs a county may build as an industry.
      'prize pool', 'grandmaster', 'grandmasters', 'international master', 'international masters',
    ],
  },
  {
    group: 'product', language: 'en', weight: 3,
    terms: [
      'smartphone', 'battery', 'display', 'screen', 'processor', 'chipset', 'camera', 'megapixel',
      // A phone's storage is internal and comes in options; a bare 'storage' is as often the cold storage of a fruit
      // county or the battery storage of a solar base ("4 GW of solar with storage").
      'internal storage', 'expandable storage', 'storage options', 'storage variant', 'storage variants', 'cloud storage',
      'RAM', 'charging', 'specs', 'refresh rate', 'mAh', 'inch', 'laptop', 'headphones', 'price tag',
    ],
  },
  {
    group: 'recipe', language: 'en', weight: 3,
    terms: [
      'recipe', 'ingredients', 'tablespoon', 'tablespoons', 'teaspoon', 'teaspoons', 'cup', 'cups', 'grams', 'oven',
      'preheat', 'bake', 'stir', 'simmer', 'boil', 'salt', 'sugar', 'flour', 'butter', 'garlic', 'onion', 
    ],
  },
  {
    group: 'entertainment', language: 'en', weight: 3,
    terms: [
      'film', 'movie', 'directed', 'box office', 'premiere', 'starring', 'actor', 'actress', 'album', 'concert', 'singer',
      'celebrity', 'fans', 'episode', 'streaming', 'Hollywood', 'grossed', 'sequel', 'audiences', 'cinemas',
    ],
  },
  {
    group: 'markets', language: 'zh', weight: 3,
    terms: [
      'A股', '沪指', '深成指', '创业板指', '上证指数', '深证成指', '恒生指数', '收盘', '开盘', '涨停', '跌停', '涨幅', '跌幅', '个股',
      '股价', '市值', '成交额', '北向资金', '主力资金', '券商', '基金经理', '大盘', '港股', '美股', '收涨', '收跌', '涨超', '跌超',
      '净利润', '财报', '上市公司', '每股收益', '营收', '分析师', '二手房', '楼市', '房价', '挂牌量', '成交均价',
      '首付', '户型', '朝向', '精装', '房源', '经纪人', '月供', '满五唯一', '学区', '业主诚心',
      // A listed company's annual report: a new plant in a development zone is one line of it, the results the rest.
      '年度报告', '归属于上市公司股东', '非经常性损益', '现金红利', '每10股', '股东户数', '毛利率', '二级市场', '收报',
      // A developer's sales advertisement: a plot in 亩 and a floor area in 万平方米, sold by the flat.
      '售楼处', '预售许可证', '楼盘', '洋房', '得房率', '样板间', '认购', '总房款', '备案均价',
      // A company's prospectus: its new plant on 亩 of 用地 in a 开发区 is one 募投项目 of the listing.
      '招股说明书', '首次公开发行', '保荐人', '保荐机构', '主承销商', '募投项目', '每股面值', '净资产收益率',
      // A listed company's announcement (its code and short name, the board's pledge against 虚假记载, 误导性陈述 and 重大遗漏):
      // a plant's delay on 亩 of 用地 in a county's 工业园区 is told to its shareholders. Not 董事会 or 募集资金 alone, which a
      // county's 国企改革 and a 乡贤's gift to his village may speak of.
      '证券代码', '证券简称', '虚假记载', '误导性陈述', '重大遗漏', '预定可使用状态',
    ],
  },
  {
    group: 'weather', language: 'zh', weight: 3,
    terms: [
      '气温', '降雨', '降水', '冷空气', '暴雨', '台风', '最高气温', '最低气温', '摄氏度', '气象台', '天气预报', '阵雨', '雷阵雨',
      '降雪', '寒潮预警', '大风', '多云', '晴转',
      // An environment bureau's monthly air-quality report, a forecast's neighbour: the pollutants it measures and the
      // advice it gives when they rise, though it counts 全县's monitoring stations and 环境. Not 空气质量, 优良天数, PM2.5 or
      // 轻度污染, whose days a county's 生态环境状况公报 and work report count among the results of their 治理.
      '中度污染', '重度污染', '臭氧', '二氧化氮', '户外活动', '健康防护',
    ],
  },
  {
    group: 'exams', language: 'zh', weight: 3,
    terms: [
      '考生', '高考', '中考', '分数线', '录取', '招生', '志愿填报', '填报志愿', '考场', '准考证', '报考', '招录', '考试录用',
      '公务员', '笔试', '申论', '竞争比',
      // A public institution's recruitment notice: its posts in the 经济开发区服务中心 and 乡村振兴服务中心, issued by the 县委组织部
      // with 县委、县政府's consent. Not 公开招聘 alone, by which a county's education story says it found its teachers.
      '公开招聘工作人员', '招聘岗位', '开考比例', '岗位计划表', '事业单位人事', '聘用人员', '试用期',
      // A job fair's notice: the firms of the 经济开发区 that come, their posts and pay, what the job seeker brings. Not 招聘会,
      // 用工需求 or 月薪, which a county's employment story and a work report's 稳就业 paragraph give as its results.
      '求职者', '参会企业', '简历', '包吃住', '计件工资', '持证上岗',
      // A school's fitness tests: its pupils' 肺活量 and 近视率, though the 县财政 pays for 乡村 schools' tracks. Not a bare
      // 体质健康, whose 达标率 a work report's list of 民生 figures may give in passing.
      '体质健康测试', '体质测试', '体测', '肺活量', '坐位体前屈', '近视率', '肥胖率',
      // A conscription notice: who may be called up (their age, height and eyesight), the 义务兵's family allowance and the
      // student's fee refund, though the 县财政 pays it and 全县's rural income sets it. Not 退役军人 or 双拥, whose jobs and
      // 双拥模范县 title a county's work report counts.
      '征兵', '应征', '入伍', '义务兵', '兵役', '征集对象',
      // A points-based hukou list (积分落户 公示): the applicants ranked by their points for schooling, skills and years of
      // residence and social insurance, the cut-off and the ties, as a recruitment's 公示 ranks its candidates. Not 落户 or
      // 积分落户 alone, which a county's 新型城镇化 plan opens (放开落户限制) and counts (新增落户人口).
      '拟落户', '积分总分', '同分人员', '加分项目', '减分项目',
    ],
  },
  {
    // A county high school's gaokao results: its first-tier rate and top scorers, though the county government paid for
    // its dormitories. Not 'first-tier', which cities and suppliers are as often.
    group: 'exams', language: 'en', weight: 3,
    terms: [
      'gaokao', 'college entrance exam', 'college entrance exams', 'college entrance examination', 'entrance exam',
      'entrance exams', 'cutoff line', 'cutoff score', 'examinees', 'test takers', 'top scorer', 'top scorers',
      // A recruiter's advert for a foreign teacher at a county school: the teacher's pay, flat and visa, though it names the
      // county, its prefecture and province and the jobs. Not teachers, salary, apartment or visa alone, which a county's
      // schooling and talent-policy stories give; nor paid leave, which a county's childbirth-support policy gives.
      'TEFL', 'TESOL', 'native speaker', 'native speakers', 'native English-speaking', 'teaching load', 'flight allowance',
      'criminal record', 'your CV', 'Z visa',
    ],
  },
  {
    // Accidents, fires and crimes in a named county: the leaders at the scene and the 整治 campaign after it do not
    // make the report development news. Not a bare 事故, which a work report's 安全事故 holds.
    group: 'incidents', language: 'zh', weight: 3,
    terms: [
      '交通事故', '事故发生', '肇事', '伤者', '受伤', '遇难', '伤亡', '死亡', '火灾', '起火', '失火', '嫌疑人', '溺水',
      // A fire-safety inspection's bulletin: the firms, 厂房 and 工业园区 it checked are the places hazards were found, not
      // development. Not 消防 alone, whose stations, engines and crews a park builds as its infrastructure.
      '火灾隐患', '消防安全', '消防设施', '消防通道', '消防车通道',
      // A forest fire-prevention 通告: the season's dates, the fire it forbids in the open, the 火情 to report and the crews
      // to put it out, though it counts 全县's 公顷 of forest and its checkpoints. Not 森林防火 or 护林员 alone, which a
      // county's work report lists among its safety work and its ecological jobs for poor households.
      '野外用火', '火情', '扑火', '防火期', '戒严期', '森林火灾', '烧荒',
      // A traffic police's notice or tally speaks to drivers: the plates barred on each weekday and where, the offences
      // caught and what they cost, though it names the roads of the 城区 and the 人民政府 that agreed to it. Not 交通, 拥堵,
      // 限行 alone or 新能源汽车, which a county's road works, its bus lines and its car industry give.
      '尾号限行', '号牌尾号', '限行区域', '限行时段', '限行时间', '限行范围', '限行规定', '限行措施',
      '交通违法', '酒后驾驶', '醉酒驾驶', '酒驾', '醉驾', '超速行驶',
    ],
  },
  {
    group: 'incidents', language: 'en', weight: 3,
    terms: [
      'crash', 'collision', 'injured', 'fatalities', 'death toll', 'suspects', 'fire broke out', 'firefighters',
      // A traffic police campaign's tally: the drink-drivers and speeders caught and the blood alcohol that makes a crime of
      // it, though it names the county, its province, its townships and villages and the bureau. Not traffic police, road
      // safety, helmets or checkpoints, which a county's rural-road works and its smart-traffic project give, nor speeding
      // alone (speeding up a project).
      'drunk driving', 'drink-driving', 'drink driving', 'drunk drivers', 'drink-drivers', 'driving while drunk',
      'driving after drinking', 'blood alcohol', 'caught speeding', 'traffic violations', 'traffic offences',
      'traffic offenses',
      // An earthquake report: the seismic network's reading (the epicenter, its depth, the aftershocks), the injured and the
      // houses it damaged, though it names the county, its prefecture, townships and villages and the ministries' relief
      // money. Not earthquake, quake or magnitude alone, which a county's rebuilding after a quake names, nor temporary
      // shelters or the worst-hit villages, which such a story rehouses, nor landslides, which a rural-road or
      // land-restoration project guards against.
      'epicenter', 'epicentre', 'aftershock', 'aftershocks', 'jolted', 'jolts', 'Earthquake Networks Center', 'CENC',
      'focal depth', 'minor injuries',
    ],
  },
  {
    // A travel guide to a county speaks to the visitor: how to get there, where to stay, what to eat. A tourism
    // bureau's release counts visits and revenue instead.
    group: 'travel', language: 'zh', weight: 3,
    terms: [
      '攻略', '自驾游', '住宿推荐', '必吃', '必去', '出行贴士', '游玩路线', '交通指南',
      // A bus company's route notice speaks to the rider too: the first bus, where to wait while a street is dug up, how to
      // board, though it speaks of 交通, 新能源 buses and a 建设路. Not 末班车 or 发车间隔, which a county's night-economy and
      // transit stories extend and shorten, nor 候车亭 or 乘车, which its bus shelters and free rides give.
      '首班', '首末班', '临时站点', '先下后上', '文明乘车',
    ],
  },
  {
    group: 'travel', language: 'en', weight: 3,
    terms: [
      'getting there', 'how to get there', 'where to go', 'where to stay', 'where to eat', 'what to eat', 'what to see',
      'itinerary', 'taxi', 'travel tips',
      // A walker's guide: its routes, the views on them and the crowds to beat there. Not trails or a cable car, which a
      // county's tourism works build, nor guesthouses or a scenic area, whose beds and visits its tourism release counts.
      'hikers', 'hiking route', 'hiking routes', 'viewpoint', 'viewpoints', 'tour groups',
      // A hotel's opening release sells its rooms to the guest: suites, the rate per night, the spa's pool and the
      // ballroom. Not a resort or hotels, whose investment and beds a county's tourism news counts.
      'guest rooms', 'suites', 'per night', 'ballroom', 'infinity pool', 'event space',
      // A shipping line's customer advisory is a timetable for cargo: a service's port rotation, the vessel's voyage and
      // ETD, the cut-offs before berthing, reefer plugs and the demurrage after free time. Not TEU, berths, a port call
      // or a transit time, which a county's port, dry port and rail-sea freight news count as its logistics.
      'port rotation', 'voyage', 'ETD', 'cut-off', 'cut-offs', 'berthing window', 'berthing windows', 'reefer', 'reefers',
      'reefer plugs', 'demurrage',
      // An airline's route-launch release sells the seats: one-way and round-trip fares, taxes excluded, the baggage
      // allowance, economy seats and the load factor it hopes for. Not flights, routes, passengers or a runway, which a
      // county airport's expansion and its traffic figures give.
      'one-way', 'round-trip', 'fares', 'airfare', 'airfares', 'taxes excluded', 'baggage', 'economy seats', 'load factor',
    ],
  },
  {
    // A lottery's sales notice is issued province by province (全省, each city's sales, 公益金 for 养老) and reads like
    // a finance report; its games and draws say what it is. Not 一等奖, which is also a science or design award.
    group: 'lottery', language: 'zh', weight: 3,
    terms: ['彩票', '福彩', '体彩', '双色球', '大乐透', '七乐彩', '刮刮乐', '即开型', '开奖', '中奖', '奖池', '彩民', '投注'],
  },
  {
    // A court's judgment and an authority's penalty decision speak of a case: its parties, the facts found, the fine
    // and the ways to appeal. A land-contract case is about 亩 of 耕地 and a penalty about a plant in a 开发区, but the
    // reader follows the case, not the place's development. Not 行政复议 or 行政诉讼 alone, which close every 征收
    // decision, nor 罚款, which an inspection campaign's report gives; 书记员 is the court's clerk, not a party 书记.
    group: 'legal', language: 'zh', weight: 3,
    terms: [
      '原告', '被告', '判决', '判令', '本院', '审理终结', '诉讼请求', '上诉', '审判员', '审判长', '书记员', '行政处罚', '处罚决定',
      '违法事实', '违法行为', '陈述申辩', '罚款人民币',
      // A court's work report counts its cases (执行案件 received and 执结, 结案率, the money 执行到位) and its measures against
      // debtors; it speaks of 营商环境 and 涉企 cases, but the reader follows the court. Not 执行到位 alone (政策执行到位)
      // nor 审结 (评审结果, 初审结果).
      '执行案件', '执结', '结案率', '执行到位金额', '被执行人', '限制高消费', '司法拘留', '拒不执行', '服判息诉',
      // A court's auction notice sells a debtor's land use right and plant (工业用地, 出让, 平方米 and 万元) to settle a
      // case: the 申请执行人 who asked for it, the 司法拍卖 platform, the 买受人 who pays. Not 竞买人, 起拍价 or 保证金,
      // which a land bureau's own 出让 notice gives (its winner is the 竞得人, not a 买受人).
      '司法拍卖', '申请执行人', '买受人', '现状拍卖',
      // A fishing ban's 通告 speaks of what the law forbids on the water: the ways of killing fish (电鱼, 毒鱼, 炸鱼), the
      // nets it bans (地笼, 迷魂阵), the angler's limit of one rod and one hook, and the catch it seizes, though it is sent
      // under the 县人民政府's name with the 农业农村局 and the county's 渔业. Not 禁捕, 禁渔, 退捕, 渔政, 渔船 or 渔具, which a
      // county's resettlement of its 退捕渔民 (their boats and nets bought back, their new jobs) reports, nor 垂钓, whose
      // bases a county builds for its visitors.
      '渔获物', '电鱼', '毒鱼', '炸鱼', '地笼', '迷魂阵', '一人一杆', '一线一钩',
    ],
  },
  {
    // A charity's collection day counts the gifts of the county's firms, offices and cadres in 万元 and what the fund will
    // pay each student and patient. Not 慈善 or 公益 alone, which a county's 共同富裕 story and its 公益性 works name.
    group: 'charity', language: 'zh', weight: 3,
    terms: ['善款', '捐款', '慈善总会', '一日捐'],
  },
  {
    // A civilised-city campaign's assessment bulletin scores 全市's towns, offices and 点位 on the residents' conduct (the
    // cigarette ends, the spitting, the cables charging e-bikes from windows), as 测评 and 得分 say. Not 文明城市 or 创建
    // alone, whose title a county's work report counts among its year's results, nor 背街小巷 or 农贸市场, whose renewal is
    // urban development; nor 考评 or 点位, by which a county's 农村人居环境整治 ranking counts its villages' works.
    group: 'civility', language: 'zh', weight: 3,
    terms: ['创文办', '实地测评', '测评体系', '乱扔烟头', '随地吐痰', '飞线充电', '楼道堆物'],
  },
  {
    // A crop-protection prescription (a 农业农村局's 技术指导意见 for spraying wheat) tells the farmer which formulation to
    // mix with how much water, when to spray again and how to keep pests from resisting, though it counts 全县's 万亩 and the
    // drones the 乡镇 organise. Not 一喷三防, 统防统治, 植保无人机, 药剂, 杀菌剂 or a disease's name, which a county's
    // spraying campaign reports with its 补助资金, the area done and the harvest saved.
    group: 'agronomy', language: 'zh', weight: 3,
    terms: ['可湿性粉剂', '悬浮剂', '水乳剂', '微乳剂', '乳油', '兑水', '抗药性', '补喷', '病株率'],
  },
  {
    // A soil scientist's paper on a county's cropland: the soil organic carbon in its samples, and the statistics that map
    // it (the coefficient of variation, geostatistics, random forest models), though it names the county, its townships
    // and its province. Not soil organic matter, topsoil, g/kg or straw return, which a county's farmland upgrade reports
    // as its results, nor keywords or an abstract, which a journal article on a county's industrial land has too.
    group: 'agronomy', language: 'en', weight: 3,
    terms: [
      'soil organic carbon', 'soil samples', 'topsoil samples', 'coefficient of variation', 'random forest', 'geostatistics',
      'geostatistical', 'corresponding author',
    ],
  },
  {
    group: 'legal', language: 'en', weight: 3,
    terms: ['plaintiff', 'plaintiffs', 'defendant', 'defendants', 'verdict', 'lawsuit', 'the court ruled', 'appeal court'],
  },
  {
    // Vaccination and disease-control notices (who may be jabbed, where and at what price) and a hospital's fee list
    // (诊察费 per visit, 护理费 per day). Not 医院, 卫生院, 门诊 or 住院, whose buildings and alliances (医共体) are a
    // county's public works and reform, nor 次均费用, which such a reform brings down.
    group: 'health', language: 'zh', weight: 3,
    terms: [
      '疫苗', '接种', '流感', '疾控', '剂次', '留观', '免疫规划', '传染病', '核酸', '诊察费', '诊查费', '挂号费', '床位费', '护理费',
      // A medical-insurance benefits notice: what each grade of hospital reimburses, above which deductible and up to which
      // cap. Not 医保 or 参保 alone, which a 医共体 reform's savings and a work report's coverage rate give.
      '起付线', '起付标准', '最高支付限额', '大病保险', '慢特病', '门诊统筹', '定点医疗机构',
      // A blood drive: the firms of the 工业园区 whose workers give blood and the county's totals in 毫升 are no
      // development; no county's project or programme speaks of giving blood.
      '献血', '采血', '血站', '用血',
      // A hospital's year in figures: its 门急诊量 and 出院 patients, how long they wait and how satisfied they are, its free
      // clinics. A paragraph on its new campus (投资, 用地) does not make it development news. Not 门诊, 住院, 手术 or 平均住院日,
      // which a 医共体 reform's story gives as its results.
      '门急诊量', '门急诊人次', '出院患者', '出院病人', '出院人次', '候诊时间', '预约诊疗', '患者满意度', '义诊',
    ],
  },
  {
    group: 'health', language: 'en', weight: 3,
    terms: [
      'vaccine', 'vaccines', 'vaccination', 'vaccinated', 'influenza', 'flu season',
      // A hospital's year in figures, as 门急诊量, 患者满意度 and 义诊 say it in Chinese: its emergency visits, bed occupancy,
      // day and minimally invasive surgery, the patients surveyed. A paragraph on its new inpatient building does not
      // make it development news. Not beds, outpatients, inpatients or surgeries, which a county medical alliance's
      // reform gives as its results, nor discharged, which a sewage plant's water is.
      'emergency visits', 'bed occupancy', 'day surgery', 'minimally invasive', 'patients surveyed', 'patient satisfaction',
      'free clinics',
    ],
  },
  {
    // A singles' mixer run by the county's youth league and trade union: its places reserved for a 工业园区's workers and
    // its 人才 to keep are no development. Not 联谊 alone, which a county's 乡贤联谊会 of investors holds.
    group: 'dating', language: 'zh', weight: 3,
    terms: [
      '相亲', '婚恋', '交友', '单身青年', '单身男女', '单身职工', '脱单', '牵手成功', '红娘',
      // A civil-affairs bureau's marriage statistics: the couples who married and divorced, their ages at first marriage,
      // the divorces withdrawn in the cooling-off period, though it counts 全县's registrations and speaks of 跨省通办 and
      // 婚俗改革. Not 结婚 or 离婚 alone, nor 彩礼 or 婚俗改革, which a 乡村振兴 story's 移风易俗 gives, nor 颁证仪式, at which
      // a land reform hands out its 宅基地 and 林权 certificates.
      '婚姻登记', '结婚登记', '离婚登记', '初婚年龄', '离婚冷静期', '婚龄',
    ],
  },
  {
    group: 'dating', language: 'en', weight: 3,
    terms: ['matchmaking', 'matchmaker', 'blind date', 'blind dates', 'speed dating'],
  },
  {
    // A funeral home's price list (each service per body, per day, per year) and an obituary (a life in figures: the
    // founder's first 3,000 yuan, his firm's billions, his gifts to schools). Not 殡葬, 火化, 骨灰 or 公墓, whose
    // cemeteries and halls a county builds as public works and whose 火化率 its reform raises, nor a bare 殡仪馆, which
    // such a project moves or extends.
    group: 'funeral', language: 'zh', weight: 3,
    terms: ['殡葬服务收费', '遗体接运', '遗体存放', '遗体火化', '遗体整容', '骨灰寄存', '丧葬用品', '告别厅'],
  },
  {
    // What a household or a person pays: a utility's price hearing (the tiers of a household's gas, the gate price, the
    // cost audit) and a pension scheme's contribution bases. Issued by the county's 发展和改革 body or sent to the
    // 乡镇人民政府 and the 管委会, they set a bill, not a place's development. Not 水价, 管道天然气 or 听证会 alone, which a
    // water or gas works and a land-expropriation hearing give, nor 参保单位 or 灵活就业, which a job-support policy helps.
    group: 'charges', language: 'zh', weight: 3,
    terms: [
      '价格听证', '听证参加人', '阶梯气价', '阶梯电价', '居民用气', '用气量', '门站价格', '成本监审', '缴费基数', '缴费比例',
      '缴费档次', '记入个人账户',
      // A statistics bureau's consumer-price report: the CPI, its eight categories and the 元 per 斤 of pork and cabbage,
      // with 全县, 农村 (the rural index) and 粮食 (an item) its only local words. A 统计公报, a quarterly brief or a work
      // report names the CPI once in its price paragraph or its targets, among dozens of development words.
      '居民消费价格', 'CPI',
      // A tax bureau's notice of the yearly settlement of a person's income tax: its deductions per child, per elderly parent
      // and per month of rent, and who owes or is refunded. Not 个人所得税 or 纳税人 alone, which a county's talent policy
      // refunds and its tax-cut story counts.
      '汇算清缴', '专项附加扣除', '综合所得',
      // A housing provident fund's annual report: the employers and employees who pay in, what they take out and borrow,
      // the fund's loan ratio and reserves. Not 住房公积金 or 公积金 alone, whose loan limits a county's talent and housing
      // policy raises and whose deposits its work report counts, nor 增值收益, which a land reform's villages share.
      '缴存职工', '实缴单位', '实缴职工', '缴存余额', '个贷率', '个人住房贷款率', '贷款风险准备金', '缴存基数',
    ],
  },
  {
    // What a household pays for its water, power or gas, in English: a utility's tariff notice to its customers, its
    // tiers, the typical bill and the shared meters of old compounds, issued with the county's approval after a hearing.
    // Not a water bill, which a rural water project weighs against a household's income, nor customers, public hearings
    // or prices per cubic meter alone, which a county's water works and its land expropriation give.
    group: 'charges', language: 'en', weight: 3,
    terms: [
      'dear customers', 'residential customers', 'tiered prices', 'tiered pricing', 'price tiers', 'typical bill',
      'monthly bill', 'monthly bills', 'shared meter', 'shared meters', 'meter reading', 'meter readings', 'price hearing',
    ],
  },
  {
    // A school exchange: pupils of a sister city's or county's school staying with host families, their teachers and
    // chaperones. A local paper names the county, its province and the committee that runs the exchange, but the
    // story is the visit. Not sister city or sister county, whose pacts bring a county's investment too, nor students
    // alone, whom a vocational school trains for a park's jobs.
    group: 'schooling', language: 'en', weight: 3,
    terms: [
      'host family', 'host families', 'exchange student', 'exchange students', 'student exchange', 'school exchange',
      'chaperone', 'chaperones', 'high school students',
      // A university's place in a world ranking: its scores, most-cited papers, undergraduates, postgraduates and
      // international students, though it names its city and province and the provincial government's billions for it.
      // Not a university, a college, students or graduates, whose campus a county builds and whose jobs it counts.
      'university ranking', 'university rankings', 'most cited', 'highly cited', 'undergraduates', 'postgraduates',
      'international students',
    ],
  },
  {
    group: 'schooling', language: 'zh', weight: 3,
    terms: ['交换生', '寄宿家庭', '带队老师', '带队教师'],
  },
  {
    // A library's reading report: its visits, loans and holdings, its readers by age and what they borrow, though
    // it counts 全县's branches in every 乡镇 and speaks of 同比增长. Not 图书馆, 城市书房 or 农家书屋, which a county builds
    // as public works and lists among its 民生实事.
    group: 'reading', language: 'zh', weight: 3,
    terms: ['借阅', '馆藏', '读者证', '持证读者', '阅读推广', '通借通还', '借书', '册次'],
  },
  {
    group: 'funeral', language: 'en', weight: 3,
    terms: ['obituary', 'dies at', 'passed away', 'survived by', 'memorial service'],
  },
  {
    group: 'lottery', language: 'en', weight: 3,
    terms: ['lottery', 'lotteries', 'jackpot', 'Powerball', 'lotto'],
  },
  {
    group: 'markets', language: 'en', weight: 3,
    terms: [
      'stocks', 'Nasdaq', 'Dow Jones', 'S&P 500', 'Shanghai Composite', 'Hang Seng', 'index closed', 'closed up',
      'closed down', 'trading volume', 'bond yields', 'investors sold', 'market cap', 'stock price', 'share price',
      // A broker's note on a listed company: the cement maker's volumes hang on a province's infrastructure, but the
      // note is about the shares.
      'target price', 'price target', 'earnings estimate', 'earnings estimates', 'dividend yield', 'payout ratio',
      'book value', 'equity research', 'EPS',
      // A listed bank's results: a county's rural commercial bank lends to the county's farms and firms, but its
      // margin, provisions and capital are the shareholders' news. Not non-performing loans, which a county's
      // finance report and a story on a city's lenders give.
      'net interest margin', 'provision coverage', 'core tier-1', 'tier-1 capital', 'earnings per share',
      'attributable to shareholders', 'shares closed',
      // A listed company's notice of its general meeting: the land it buys in a development zone is one resolution among
      // the dividend, the directors, the proxies and the share mandates.
      'annual general meeting', 'extraordinary general meeting', 'proxy', 'proxies', 'register of members',
      'general mandate', 'final dividend', 'interim dividend', 'ordinary resolution', 'ordinary resolutions',
      'special resolution', 'share registrar', 'shares in issue', 'issued shares',
      // A listed miner's production report: its county mine's ore grade, ounces and costs, told to investors. Not tonnes,
      // a mine or tailings, which a county's mine restoration and its mining industry's story give.
      'ounce', 'ounces', 'head grade', 'cash cost', 'all-in sustaining cost', 'qualified person', 'mineral resource estimate',
      'forward-looking statements', 'forward-looking information',
      // A listed explorer's drilling results at a county prospect: its assays, metres downhole and the Competent Person
      // (the JORC Code's qualified person), told to investors. Not drilling, a prospect or gold, which a county's mineral
      // survey gives; nor intercept or drill holes, which a sponge city's and a geothermal well's stories may.
      'downhole', 'assays', 'assay results', 'JORC', 'competent person', 'strike length', 'down dip', 'core recovery',
      // A broker's note on developers: their contracted sales, valuations and ratings, though it names the cities where
      // sales fell and their subsidies. Not developers, land sales or inventory, which a city's land and housing story gives.
      'contracted sales', 'price targets', 'price-to-book', 'underweight', 'overweight',
      // An auction house's sale of tea, wine or art: lots under the hammer, hammer prices, the buyer's premium. Not
      // bidders, an auction or a premium, which a county's land auction gives.
      'hammer price', 'hammer prices', 'under the hammer', 'auctioneer', 'auctioneers', "buyer's premium", 'clearance rate',
      // An agent's listing of a factory to let, as 房源 and 经纪人 say a flat's in Chinese: its listing number, the clear
      // height under the roof, the shortest lease the landlord takes and the months of rent held as a deposit, viewings by
      // appointment. Not for lease, rent-free, floor loading or a rent per square meter a month, which a park's release
      // and a story on its rents give.
      'listing id', 'clear height', 'minimum lease', "months' deposit", "month's deposit", 'months’ deposit', 'month’s deposit',
      'viewings', 'sublet', 'subletting',
    ],
  },
  {
    // A zoo's or a panda reserve's visitor story: its cubs and their keepers. Not giant panda, nature reserve or
    // wildlife, which a county's ecological protection and its national park are; nor a bare keeper (forest keepers).
    group: 'animals', language: 'en', weight: 3,
    terms: [
      'cub', 'cubs', 'zoo', 'zoos', 'zookeeper', 'zookeepers', 'panda keeper', 'panda keepers',
      // A wildlife census: the waterbirds counted on a lake in winter and the flocks on its mudflats, though it names the
      // counties around the lake and the provincial forestry bureau. Not migratory birds, birdwatching, wetland or a
      // nature reserve, which a county's wetland restoration and its eco-tourism count among their results.
      'waterbird', 'waterbirds', 'waterfowl', 'flocks', 'wintering birds', 'bird census', 'bird count',
    ],
  },
  {
    group: 'weather', language: 'en', weight: 3,
    terms: [
      'temperatures', 'rainfall', 'degrees Celsius', 'cold front', 'typhoon', 'rainstorm', 'snowfall', 'showers',
      'meteorological',
    ],
  },
];

/**
 * Everyday words that hold a genre's word across their own word boundary: 其中超过 holds the football league 中超,
 * 同比分别, 环比分别 and 占比分别 (the common 比 of two figures, then 分别) a match's 比分,
 * 零售价 and 销售价格 hold a product's 售价, 回收报废 (of old cars) a market's 收报, and a statistical bulletin's 死亡人口
 * and 死亡率 the 死亡 of an accident, and a count of shareholders or shares (9个股东村, 3个股份经济合作社) the 个股 of a stock
 * wrap; in English, an ore's grade in grams per tonne holds the grams of a recipe. Two hold a government or development
 * word instead: 居民生活 (用水, 用气: a household's supply and its bill) holds the 民生 of a work report, and a bank's
 * 个人大额 (存单, 转账) the 人大 of a people's congress.
 * Being longer, they keep the shorter word from counting (relevance.ts counts the longer of two nested terms of different
 * groups), and they count for nothing themselves.
 */
export const NEUTRAL_TABLES: TermTable[] = [
  {
    group: 'neutral', language: 'zh', weight: 0,
    terms: [
      '其中超', '比分别', '零售价', '销售价格', '销售价', '死亡人口', '死亡率', '回收报废', '居民生活', '个人大额', '个股东', '个股份',
    ],
  },
  {
    group: 'neutral', language: 'en', weight: 0,
    terms: ['grams per tonne', 'grams per ton'],
  },
];

/** Every table. Marked pure so that a bundle which reads only DEVELOPMENT_TABLES (the loader's) drops the rest. */
export const TERM_TABLES: TermTable[] = /* @__PURE__ */ DEVELOPMENT_TABLES.concat(OFF_TOPIC_TABLES, NEUTRAL_TABLES);
