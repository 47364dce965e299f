/**
 * Table-driven tests of the Chinese engine on sentences in the style of county and city development news
 * (land supply, parks, investment projects, rural revitalisation, business environment), written for
 * these tests. Each row: the text, the claim text expected in it, and its value, unit, qualifier and change.
 */
import { describe, expect, it } from 'vitest';
import { extractChineseClaims } from './zh';
import type { Approx, Change } from './types';

type Row = [text: string, claim: string, value: number, unit: string, approx?: Approx, change?: Change];

function find(text: string, claim: string) {
  const claims = extractChineseClaims(text);
  const at = text.indexOf(claim);
  return { claims, hit: claims.find((c) => c.start === at && c.text === claim) };
}

function expectClaim([text, claim, value, unit, approx = 'exact', change]: Row) {
  const { claims, hit } = find(text, claim);
  expect(hit, `${claim} in ${text}; found ${claims.map((c) => c.text).join(', ')}`).toBeDefined();
  expect(hit!.value).toBeCloseTo(value, 6);
  expect(hit!.unit).toBe(unit);
  expect(hit!.approx).toBe(approx);
  expect(hit!.change).toBe(change);
}

describe('numerals in claims', () => {
  it.each<Row>([
    ['全县新增建设用地1,250亩。', '1,250亩', 1250, 'mu'],
    ['完成投资１２．５亿元。', '１２．５亿元', 1.25e9, 'CNY'],
    ['森林覆盖率达到６８．２％。', '６８．２％', 68.2, 'percent'],
    ['锚定“工业做地一万亩”目标。', '一万亩', 10000, 'mu'],
    ['建立了两个标准厂房。', '两个', 2, 'count'],
    ['廿五家企业签约入驻。', '廿五家', 25, 'count'],
    ['收储土地三万五千平方米。', '三万五千平方米', 35000, 'm2'],
    ['人均补助3万5千元。', '3万5千元', 35000, 'CNY/person'],
    ['实际利用外资1.2亿美元。', '1.2亿美元', 1.2e8, 'USD'],
    ['带动就业十几万人。', '十几万人', 100000, 'person', 'at_least'],
    ['惠及五百多家企业。', '五百多家', 500, 'count', 'at_least'],
    ['安置农户1000余户。', '1000余户', 1000, 'household', 'at_least'],
    ['产值一千零二十三亿元。', '一千零二十三亿元', 102.3e9, 'CNY'],
    ['约占全国的三分之一。', '三分之一', 100 / 3, 'percent', 'approx'],
    ['百分之六十的村实现增收。', '百分之六十', 60, 'percent'],
    ['超过三成企业扩大投资。', '三成', 30, 'percent', 'at_least'],
    ['企业八成一线员工来自本地。', '八成', 80, 'percent'],
    ['不良率控制在千分之五以内。', '千分之五', 5, 'permille', 'at_most'],
    ['一百五十万元奖励资金到位。', '一百五十万元', 1.5e6, 'CNY'],
    ['项目用时一年半。', '一年半', 1.5, 'year'],
  ])('%s → %s', (...row) => expectClaim(row));
});

describe('units and counters', () => {
  it.each<Row>([
    ['规划面积12.8平方公里。', '12.8平方公里', 12.8, 'km2'],
    ['核心区3.6平方千米。', '3.6平方千米', 3.6, 'km2'],
    ['新建厂房25万平方米。', '25万平方米', 250000, 'm2'],
    ['门店面积120平米。', '120平米', 120, 'm2'],
    ['绿地面积8000㎡。', '8000㎡', 8000, 'm2'],
    ['退化林修复450公顷。', '450公顷', 450, 'ha'],
    ['园区占地3.2km2。', '3.2km2', 3.2, 'km2'],
    ['新建道路15公里。', '15公里', 15, 'km'],
    ['新打机井215眼，修建泵站48座。', '215眼', 215, 'count'],
    ['新建标准化养殖池24口，配套管网3.2公里。', '24口', 24, 'count'],
    ['安装太阳能路灯420盏。', '420盏', 420, 'count'],
    ['集装箱吞吐量达4.6万标箱。', '4.6万标箱', 46000, 'count'],
    ['存栏蛋鸡3.5万羽，年出栏肉鸭1200万羽。', '1200万羽', 1.2e7, 'count'],
    ['全市实有经营主体21.8万户，其中企业6.4万户。', '21.8万户', 218000, 'count'],
    ['全市实有经营主体21.8万户，其中企业6.4万户。', '6.4万户', 64000, 'count'],
    ['规模以上工业企业112户。', '112户', 112, 'count'],
    ['兑现“亩均论英雄”奖励资金1.28亿元。', '1.28亿元', 1.28e8, 'CNY'],
    ['全市亩均税收达到41.3万元。', '41.3万元', 413000, 'CNY/mu'],
    ['现场有3位专家，排名上升后新增5位会员。', '5位', 5, 'person'],
    ['带动企业周边农户2000户增收。', '2000户', 2000, 'household'],
    ['河道清淤12万立方米。', '12万立方米', 120000, 'm3'],
    ['年产钢材30万吨。', '30万吨', 300000, 't'],
    ['年产值42.3亿元。', '42.3亿元', 4.23e9, 'CNY'],
    ['德方投资8000万欧元。', '8000万欧元', 8e7, 'EUR'],
    // A Korean investor's won keeps its currency, as the yen does.
    ['韩方追加投资420亿韩元。', '420亿韩元', 4.2e10, 'KRW'],
    ['韓方追加投資420億韓元。', '420億韓元', 4.2e10, 'KRW'],
    ['为期3个月的挂职锻炼。', '3个月', 3, 'month'],
    ['审批时间缩短至34天。', '34天', 34, 'day'],
    ['竞得人须在合同签订之日起30日内缴清价款。', '30日', 30, 'day', 'at_most'],
    ['请在收到答复后15日以内反馈。', '15日', 15, 'day', 'at_most'],
    ['公示期为30日，如有异议请书面反馈。', '30日', 30, 'day'],
    ['举办为期15日的培训。', '15日', 15, 'day'],
    ['企业开办压缩至0.5个工作日。', '0.5个工作日', 0.5, 'day'],
    ['实现半个工作日办结。', '半个工作日', 0.5, 'day'],
    ['装机容量50兆瓦。', '50兆瓦', 50, 'MW'],
    ['装机容量120万千瓦。', '120万千瓦', 1.2e6, 'kW'],
    ['年发电量5500万千瓦时。', '5500万千瓦时', 5.5e7, 'kWh'],
    // Kilowatt-hours as Chinese standards write them, with a middle dot (not 1860万kW, a power).
    ['年发电量约1860万kW·h。', '1860万kW·h', 1.86e7, 'kWh', 'approx'],
    // GWh is none of the spec's codes: kWh, as in English.
    ['储能电池产能达260吉瓦时。', '260吉瓦时', 2.6e8, 'kWh'],
    ['年产储能电池系统5GWh。', '5GWh', 5e6, 'kWh'],
    ['新增装机容量3吉瓦。', '3吉瓦', 3, 'GW'],
    ['光伏装机200MW。', '200MW', 200, 'MW'],
    ['电压等级为110千伏。', '110千伏', 110, 'kV'],
    ['已有企业779家。', '779家', 779, 'count'],
    ['梳理事项205项。', '205项', 205, 'item'],
    ['选聘导师15名。', '15名', 15, 'person'],
    ['搬迁农户386户。', '386户', 386, 'household'],
    ['建成桥梁3座。', '3座', 3, 'count'],
    ['出让地块两宗。', '两宗', 2, 'count'],
    ['要经过14道检测。', '14道', 14, 'count'],
    ['设置道口警示桩2600根。', '2600根', 2600, 'count'],
    ['骨灰堂可存放骨灰8000格。', '8000格', 8000, 'count'],
    ['每天生产茶饮料36万瓶。', '36万瓶', 360000, 'count'],
    // Trays of seedlings (育秧盘); 一盘棋 ("one chessboard", acting as one) is no count.
    ['年育秧能力达到15万盘。', '15万盘', 150000, 'count'],
    ['国庆期间每晚要卖出600多碗。', '600多碗', 600, 'count', 'at_least'],
    ['每年开展两次巡查，二次分红另行公示。', '两次', 2, 'count'],
    ['接待游客860万人次。', '860万人次', 8.6e6, 'person'],
    // As Word-pasted text spaces its figures (&nbsp;186.4&nbsp;万亩).
    ['建成高标准农田\u00a0186.4\u00a0万亩。', '186.4\u00a0万亩', 1.864e6, 'mu'],
    ['亩均税收32.5万元。', '32.5万元', 325000, 'CNY/mu'],
    ['投资强度450万元/亩。', '450万元/亩', 4.5e6, 'CNY/mu'],
    ['户均增收1.2万元/户。', '1.2万元/户', 12000, 'CNY/household', 'exact', 'increase'],
    ['农村居民人均可支配收入38625元。', '38625元', 38625, 'CNY/person'],
    ['常住人口35.2万，城镇化率62%。', '35.2万', 352000, 'person'],
  ])('%s → %s', (...row) => expectClaim(row));
});

describe('qualifiers, ranges and changes', () => {
  it.each<Row>([
    ['总投资约50亿元。', '50亿元', 5e9, 'CNY', 'approx'],
    ['近五年最高水平。', '五年', 5, 'year', 'approx'],
    ['建筑高度150米左右。', '150米', 150, 'm', 'approx'],
    ['产值超100亿元。', '100亿元', 1e10, 'CNY', 'at_least'],
    ['用地超过800亩。', '800亩', 800, 'mu', 'at_least'],
    ['逾百家企业参展。', '百家', 100, 'count', 'at_least'],
    ['园区已集聚企业百余家。', '百余家', 100, 'count', 'at_least'],
    ['从业人员逾万人。', '万人', 10000, 'person', 'at_least'],
    ['带动万余名群众就业。', '万余名', 10000, 'person', 'at_least'],
    // 户 after 市场主体 counts firms, not families: a plain count (the corpus README's convention).
    ['惠及市场主体1.2万户次。', '1.2万户次', 12000, 'count'],
    ['播种面积稳定在45万亩以上。', '45万亩', 450000, 'mu', 'at_least'],
    ['亩均税收不到10万元。', '10万元', 1e5, 'CNY/mu', 'at_most'],
    ['失业率控制在3%以内。', '3%', 3, 'percent', 'at_most'],
    ['投资强度不低于每亩600万元。', '600万元', 6e6, 'CNY/mu', 'at_least'],
    ['建筑密度：≥40%。', '40%', 40, 'percent', 'at_least'],
    // A notice's field: the label before the colon names the rate (亩均税收：≥30万元), not only a label in the clause.
    ['亩均固定资产投资：≥320万元\n亩均税收：≥30万元', '320万元', 3.2e6, 'CNY/mu', 'at_least'],
    ['亩均固定资产投资：≥320万元\n亩均税收：≥30万元', '30万元', 3e5, 'CNY/mu', 'at_least'],
    ['出让面积：31206平方米\n起始价：1260万元', '1260万元', 1.26e7, 'CNY'],
    ['确保3个月内开工。', '3个月', 3, 'month', 'at_most'],
    ['项目提前办结率提升60%。', '60%', 60, 'percent', 'exact', 'increase'],
    ['同比增长12.3%。', '12.3%', 12.3, 'percent', 'exact', 'increase'],
    ['能耗下降3.2个百分点。', '3.2个百分点', 3.2, 'percent', 'exact', 'decrease'],
    ['分别增长23%和31%。', '31%', 31, 'percent', 'exact', 'increase'],
    ['亩均税收38.6万元，较上年提高近5.5万元。', '5.5万元', 55000, 'CNY/mu', 'approx', 'increase'],
    ['失业率下降至3.2%。', '3.2%', 3.2, 'percent'],
    ['两级补助合计最高可达25万元/台。', '25万元', 250000, 'CNY', 'at_most'],
    ['单个项目奖励最多可达200万元。', '200万元', 2e6, 'CNY', 'at_most'],
    ['带动周边农户增收1890万元。', '1890万元', 1.89e7, 'CNY', 'exact', 'increase'],
    ['果品错峰销售期延长了2个月。', '2个月', 2, 'month', 'exact', 'increase'],
    ['经济总量迈上1800亿元台阶。', '1800亿元', 1.8e11, 'CNY', 'at_least'],
    ['以不到全市2%的土地面积，贡献了全市近45%的税收。', '2%', 2, 'percent', 'at_most'],
    ['以不到全市2%的土地面积，贡献了全市近45%的税收。', '45%', 45, 'percent', 'approx'],
    ['增速高于全省0.5个百分点。', '0.5个百分点', 0.5, 'percent'],
    ['企业达到3426家，比去年底净增318家。', '318家', 318, 'count', 'exact', 'increase'],
    ['现在种梨，一亩能收入1万多元。', '1万多元', 10000, 'CNY/mu', 'at_least'],
    ['一年收入不过800元。', '800元', 800, 'CNY', 'at_most'],
    ['不过，园区仍有3家企业停产。', '3家', 3, 'count'],
    ['增速比上半年加快0.4个百分点。', '0.4个百分点', 0.4, 'percent', 'exact', 'increase'],
    ['增速较一季度放缓0.6个百分点。', '0.6个百分点', 0.6, 'percent', 'exact', 'decrease'],
    ['加快推进12个重点项目建设。', '12个', 12, 'count'],
    // A bound set elsewhere: 不足/未达到 and the figure it is a share of, before the number.
    ['仍有14个项目完成投资不足年度计划的60%。', '60%', 60, 'percent', 'at_most'],
    ['投资强度未达到约定指标80%的，收回土地。', '80%', 80, 'percent', 'at_most'],
    ['对未达到标准的12家企业限期整改。', '12家', 12, 'count'],
    // More or fewer than a base is a change; 差不多 is no comparison (it is about, a hedge).
    ['在建项目167个，比去年同期多12个。', '12个', 12, 'count', 'exact', 'increase'],
    ['签约项目较上月少3个。', '3个', 3, 'count', 'exact', 'decrease'],
    ['园区差不多300家企业。', '300家', 300, 'count', 'approx'],
    ['通关时间比全省平均水平多4.2小时。', '4.2小时', 4.2, 'hour'],
    // 高出 likewise: above an earlier time is a rise, above another place's average a comparison.
    ['稻飞虱虫量比去年同期高出28%。', '28%', 28, 'percent', 'exact', 'increase'],
    ['亩均税收高出全市平均水平约40%。', '40%', 40, 'percent', 'approx'],
    ['贷款余额比年初增加61.4亿元，同比多增8.2亿元。', '8.2亿元', 8.2e8, 'CNY', 'exact', 'increase'],
    // A change and the level it reached, not a range.
    ['税收占比提高2.1个百分点至77.6%。', '2.1个百分点', 2.1, 'percent', 'exact', 'increase'],
    ['税收占比提高2.1个百分点至77.6%。', '77.6%', 77.6, 'percent'],
    // A bare figure listed before one with a unit takes that unit; the change is not the comparison's.
    ['增速分别高于全国、全省1.6和0.6个百分点。', '1.6', 1.6, 'percent'],
    ['出口和进口分别为3.2、4.5亿元。', '3.2', 3.2e8, 'CNY'],
    // 每亩 reaches over a list of what the payment covers.
    ['每亩补助鱼苗、鸭苗款300元。', '300元', 300, 'CNY/mu'],
  ])('%s → %s', (...row) => expectClaim(row));

  it.each([
    ['每亩出让价10至20万元。', '10至20万元', 1e5, 2e5, 'CNY/mu'],
    ['地块面积10-20亩。', '10-20亩', 10, 20, 'mu'],
    ['项目投资5亿元至10亿元。', '5亿元至10亿元', 5e8, 1e9, 'CNY'],
    ['收入比重达到20%—30%。', '20%—30%', 20, 30, 'percent'],
    ['工期3到5年。', '3到5年', 3, 5, 'year'],
  ])('range %s → %s', (text, claim, low, high, unit) => {
    const { hit } = find(text, claim);
    expect(hit).toBeDefined();
    expect(hit!.value).toBe(low);
    expect(hit!.range).toEqual({ low, high });
    expect(hit!.unit).toBe(unit);
  });
});

describe('text from web pages and PDFs', () => {
  it.each<Row>([
    ['超额\n\n完成年度出让1000亩工业用地的目标。', '1000亩', 1000, 'mu'],
    ['新增厂房面积12.6万\n\n平方米。', '12.6万\n\n平方米', 126000, 'm2'],
    ['标准厂房项目总投资46\n亿元，已入驻企业213\n家。', '46\n亿元', 4.6e9, 'CNY'],
    ['标准厂房项目总投资46\n亿元，已入驻企业213\n家。', '213\n家', 213, 'count'],
    ['今年以来全县累计新建成各类标准厂房12\n8.6万平方米，入驻率超过九成。', '12\n8.6万平方米', 1286000, 'm2'],
    ['实现产值100亿元\n以上。', '100亿元', 1e10, 'CNY', 'at_least'],
  ])('%j → %j', (...row) => expectClaim(row));
});

describe('not claims', () => {
  it.each([
    ['2023年，临安盘活存量用地。', '2023年'],
    ['2023年1至10月，涉企纠纷化解率上升。', '2023年1至10月'],
    ['截至11月30日，已完成年度计划。', '11月30日'],
    ['请于9月23日内完成报名。', '9月23日'],
    ['每月15日内报送数据。', '15日'],
    ['请于15日前报送材料。', '15日前'],
    ['截至2023年底，任务全部完成。', '2023年底'],
    ['自第一次党代会以来。', '第一次'],
    ['本月接待的第3波投资商。', '第3波'],
    ['两县在全省考核中分列第3、4名。', '4名'],
    ['两个项目分别获得第一、二名。', '二名'],
    ['综合排名第3至5位的县。', '5位'],
    ['首个村集体经营性建设用地入市。', '首个'],
    ['完成总量暂列全市前三。', '前三'],
    ['前三名企业获得奖励。', '前三名'],
    ['前10个月，全市完成投资。', '前10个月'],
    ['今年前5个月接待游客86万人次。', '前5个月'],
    ['在德化县三班镇的一家陶瓷企业里。', '三班'],
    ['赤乌八年（245年）始置永康县。', '八年'],
    ['赤乌八年（245年）始置永康县。', '245年'],
    ['民国二十六年(1937年)建成公路。', '1937年'],
    ['依托5G技术推进建设。', '5G'],
    ['嘉兴首个“模块化2.0”变电站。', '2.0'],
    ['“十四五”时期重点项目。', '十四五'],
    ['这片“九山半水半分田”的土地。', '九山半水半分田'],
    ['实现涉企事项“一站式”办理。', '一站式'],
    ['持续深化“三证齐发”改革。', '三证齐发'],
    ['双方“一拍即合”。', '一拍即合'],
    ['正在建设一批新项目。', '一批'],
    ['月映桥村只是一个缩影。', '一个缩影'],
    ['实现“快审批”和“零超时”。', '零超时'],
    ['开展“双招双引”活动。', '双招双引'],
    ['存量“三块地”盘活任务已完成。', '三块地'],
    ['一年前这里还是废弃的矿山。', '一年前'],
    ['引进了一家龙头企业。', '一家'],
    ['一根根毛竹运下山。', '一根'],
    ['全面推行“最多跑一次”改革。', '一次'],
    ['三天两头往企业跑。', '三天两头'],
    ['政策多年一成不变。', '一成'],
    ['咨询电话：0571-88886666。', '0571-88886666'],
    ['联系人手机13812345678。', '13812345678'],
    ['文号为临政发〔2024〕12号。', '〔2024〕12号'],
    ['汽车零部件产业集群。', '零部件'],
    ['阅读 10万+', '10万+'],
    ['新建110千伏花园变电站。', '110千伏'],
    ['G60科创走廊建设。', 'G60'],
    ['上半年经济运行平稳。', '上半年'],
    ['其中数十家为高新技术企业。', '数十家'],
    ['开通“7×24小时”自助服务。', '7×24小时'],
    ['综合考评位列第7位，较上年前移3位。', '3位'],
    ['发布时间：2024-11-22 08:35 人民网', '35 人'],
    ['更新时间 2024-03-05 18:30\n\n家门口的好工作', '30\n\n家'],
    ['1 年产50万套智能家居项目 沭阳经济技术开发区', '1 年'],
    ['营商环境排名较上年提升了2个位次。', '2个'],
    ['发布时间 2024-11-22 08:35\n\n眼下正值采摘季。', '35'],
    ['全县有4A级景区3个。', '4A'],
    ['对进度排名后3位的项目约谈。', '3位'],
    ['三次产业结构调整为4.6∶49.3∶46.1。', '三次'],
    ['全市有46个村开展二次分红。', '二次'],
    ['实施二次供水设施改造。', '二次'],
    ['报名截止日期为15日。', '15日'],
    ['1、2号楼已经封顶。', '1'],
    ['2023、2024年连续获评。', '2023'],
    ['一家三口之家年收入。', '三口'],
    ['坚持全县一盘棋，统筹推进。', '一盘'],
    ['累计盘活低效用地1200亩。', '盘'],
  ])('%s: %s', (text, trap) => {
    const a = text.indexOf(trap);
    const b = a + trap.length;
    const hits = extractChineseClaims(text).filter((c) => c.start < b && a < c.end);
    expect(hits.map((c) => c.text)).toEqual([]);
  });
});

describe('claim fields', () => {
  it('fills span, base value, subject and sentence', () => {
    const text = '开头一句。2023年，临安已完成高耗低效企业整治销号779家，以方便整体规划。下一句。';
    const [c] = extractChineseClaims(text);
    expect(c).toMatchObject({
      text: '779家', value: 779, unit: 'count', kind: 'count', approx: 'exact', siValue: 779, siUnit: 'count',
      subject: '高耗低效企业整治销号', sentence: '2023年，临安已完成高耗低效企业整治销号779家，以方便整体规划。',
    });
    expect(text.slice(c.start, c.end)).toBe('779家');
  });

  it('takes the counted noun after a counter as the subject', () => {
    expect(extractChineseClaims('推动建立了两个标准厂房。')[0].subject).toBe('标准厂房');
  });

  it('converts mu to square metres exactly', () => {
    const [c] = extractChineseClaims('出让工业用地1500亩。');
    expect(c.siUnit).toBe('m2');
    expect(c.siValue).toBe(1e6);
  });

  it('returns claims in text order and joins sentences broken across lines', () => {
    const claims = extractChineseClaims('新建厂房5万平方米，\n入驻企业12家。');
    expect(claims.map((c) => c.text)).toEqual(['5万平方米', '12家']);
    expect(claims[1].sentence).toBe('新建厂房5万平方米，入驻企业12家。');
  });

  it('keeps a figure in a table row (tab-separated cells) to its row, which has no sentence end', () => {
    const table = '临安区工业用地出让情况\n地块\t面积\t投资\n青山湖1号地块\t120亩\t3亿元\n龙岗坞2号地块\t80亩\t2亿元\n合计\t200亩\t5亿元';
    const claims = extractChineseClaims(table);
    expect(claims.map((c) => c.text)).toEqual(['120亩', '3亿元', '80亩', '2亿元', '200亩', '5亿元']);
    expect(claims[2].sentence).toBe('龙岗坞2号地块 80亩 2亿元');
    expect(claims[4].sentence).toBe('合计 200亩 5亿元');
  });

  it('names a table figure by its row label and its column header', () => {
    const table = '临安区工业用地出让情况\n地块\t出让面积\t总投资\n青山湖1号地块\t120亩\t3亿元\n合计\t200亩\t5亿元';
    expect(extractChineseClaims(table).map((c) => `${c.text} ${c.subject}`)).toEqual([
      '120亩 青山湖1号地块出让面积', '3亿元 青山湖1号地块总投资', '200亩 合计出让面积', '5亿元 合计总投资',
    ]);
    // No header row above (every row holds figures): the row label alone.
    expect(extractChineseClaims('青山湖1号地块\t120亩\t3亿元').map((c) => c.subject)).toEqual(['青山湖1号地块', '青山湖1号地块']);
    // A tab in running text is no table.
    expect(extractChineseClaims('一、\t出让工业用地1000亩。')[0].subject).toBe('出让工业用地');
  });

  it('reads bare numbers in a table in the unit their column header gives', () => {
    const table = '地块\t出让面积（亩）\t总投资（万元）\t占比（%）\t序号\n青山湖1号地块\t120\t3,500\t12.5\t1\n龙岗坞2号地块\t80.5亩\t2000\t7\t2\n数据截至2023年底。\n备注\t99';
    const claims = extractChineseClaims(table);
    expect(claims.map((c) => [table.slice(c.start, c.end), c.value, c.unit, c.subject])).toEqual([
      ['120', 120, 'mu', '青山湖1号地块出让面积'],
      ['3,500', 35_000_000, 'CNY', '青山湖1号地块总投资'],
      ['12.5', 12.5, 'percent', '青山湖1号地块占比'],
      ['80.5亩', 80.5, 'mu', '龙岗坞2号地块出让面积'], // the cell's own unit, as the engine reads it
      ['2000', 20_000_000, 'CNY', '龙岗坞2号地块总投资'],
      ['7', 7, 'percent', '龙岗坞2号地块占比'],
    ]);
    expect(claims[1].siValue).toBe(35_000_000);
    expect(claims[1].sentence).toBe('青山湖1号地块 120 3,500 12.5 1');
    // No unit in the header (序号), a row after the table ended (备注 99): no figure.
  });

  it('reads a column of amounts per day or year as the amounts, as prose leaves /日 outside the span', () => {
    const table = '项目\t库容（万吨）\t日处理能力（吨/日）\t年吞吐量（万吨/年）\t租金（元/亩）\n冷链基地\t6\t1200\t35\t800';
    expect(extractChineseClaims(table).map((c) => [c.text, c.value, c.unit])).toEqual([
      ['6', 60_000, 't'],
      ['1200', 1200, 't'],
      ['35', 350_000, 't'],
      ['800', 800, 'CNY/mu'], // a rate per mu keeps its /亩
    ]);
  });

  it('reads bare numbers in the unit a 单位 line above the table gives', () => {
    const table = '单位：万元\n产业\t2023年\t2024年\n汽车零部件\t2,057,120\t2,312,480\n\n单位：亩\n序号\t地块位置\t出让面积\t容积率\n1\t河沥园区东城大道以东\t126.5\t≥1.2';
    const claims = extractChineseClaims(table);
    expect(claims.map((c) => [c.text, c.value, c.unit, c.subject])).toEqual([
      ['2,057,120', 20_571_200_000, 'CNY', '汽车零部件2023年'],
      ['2,312,480', 23_124_800_000, 'CNY', '汽车零部件2024年'],
      ['126.5', 126.5, 'mu', '河沥园区东城大道以东出让面积'],
    ]);
  });

  it('takes no unit for a row number from the next cell, even where a name opens with a counter', () => {
    const table = '序号\t村名\t持股比例\t分红（万元）\n4\t张陆湾村\t10.0%\t42.0\n1\t元谋县骨干冷链物流基地\t1200吨';
    expect(extractChineseClaims(table).map((c) => c.text)).toEqual(['10.0%', '42.0', '1200吨']);
  });

  it('reads bare numbers in the unit their row gives in a 单位 column', () => {
    const table = '指标\t单位\t2023年\t2024年\n地区生产总值\t亿元\t612.5\t648.2\n常住人口\t万人\t86.3\t86.9';
    expect(extractChineseClaims(table).map((c) => [c.text, c.value, c.unit, c.subject])).toEqual([
      ['612.5', 61_250_000_000, 'CNY', '地区生产总值2023年'],
      ['648.2', 64_820_000_000, 'CNY', '地区生产总值2024年'],
      ['86.3', 863_000, 'person', '常住人口2023年'],
      ['86.9', 869_000, 'person', '常住人口2024年'],
    ]);
  });

  it('reads no bare number without a header row naming its unit', () => {
    expect(extractChineseClaims('地块\t面积\n青山湖1号地块\t120')).toEqual([]);
    expect(extractChineseClaims('青山湖1号地块\t120\t3500')).toEqual([]);
  });
});

describe('traditional characters (Hong Kong, Macao and Taiwan text)', () => {
  it.each<Row>([
    ['今年共出讓工業用地約36.8公頃，出讓金逾52億元。', '36.8公頃', 36.8, 'ha', 'approx'],
    ['今年共出讓工業用地約36.8公頃，出讓金逾52億元。', '52億元', 5.2e9, 'CNY', 'at_least'],
    ['園區新增用地1,200畝，按年增長8.5%。', '8.5%', 8.5, 'percent', 'exact', 'increase'],
    ['空置率較去年上升1.6個百分點。', '1.6個百分點', 1.6, 'percent', 'exact', 'increase'],
    ['入駐企業較高峰期減少近兩成。', '兩成', 20, 'percent', 'approx', 'decrease'],
    ['新設企業412家，註冊資本約1.5萬億元。', '1.5萬億元', 1.5e12, 'CNY', 'approx'],
    ['特區政府向項目注資約12億澳門元。', '12億澳門元', 1.2e9, 'MOP', 'approx'],
    ['該集團斥資新台幣38億元興建新廠。', '38億元', 3.8e9, 'TWD'],
    ['會員企業去年營收約新台幣2.4兆元，年增3.1%。', '2.4兆元', 2.4e12, 'TWD', 'approx'],
    ['會員企業去年營收約新台幣2.4兆元，年增3.1%。', '3.1%', 3.1, 'percent', 'exact', 'increase'],
    ['廠房租金每平方公尺每月約人民幣22元。', '22元', 22, 'CNY/m2', 'approx'],
    ['新發展區樓面面積約180萬平方呎。', '180萬平方呎', 1.8e6, 'sqft', 'approx'],
    ['興建占地約1.6萬坪的廠房。', '1.6萬坪', 16000, 'ping', 'approx'],
    ['申請須在14個工作天內完成審批。', '14個工作天', 14, 'day', 'at_most'],
    ['住宅售價按年升2.8%，零售銷貨額按月跌1.6%。', '2.8%', 2.8, 'percent', 'exact', 'increase'],
    ['住宅售價按年升2.8%，零售銷貨額按月跌1.6%。', '1.6%', 1.6, 'percent', 'exact', 'decrease'],
    ['該公司營收年成長21.3%，出口年衰退3.9%。', '21.3%', 21.3, 'percent', 'exact', 'increase'],
    ['該公司營收年成長21.3%，出口年衰退3.9%。', '3.9%', 3.9, 'percent', 'exact', 'decrease'],
  ])('%j → %j', (...row) => expectClaim(row));

  it('reports spans, text, sentence and subject of the original text', () => {
    const text = '港資企業累計達1.26萬家，較去年同期增長近兩成。';
    const claims = extractChineseClaims(text);
    expect(claims.map((c) => [c.start, c.text])).toEqual([[text.indexOf('1.26萬家'), '1.26萬家'], [text.indexOf('兩成'), '兩成']]);
    expect(claims[0].sentence).toBe(text);
    expect(claims[0].subject).toBe('港資企業');
  });

  it('takes 首 before a number of months or quarters for a period, not a duration', () => {
    expect(extractChineseClaims('今年首10個月共出讓經營性用地9宗。').map((c) => c.text)).toEqual(['9宗']);
  });
});

describe('currencies named before the number', () => {
  it.each<Row>([
    ['专项资金规模达人民币20亿元。', '20亿元', 2e9, 'CNY'],
    ['投入研发经费约人民币86亿元。', '86亿元', 8.6e9, 'CNY', 'approx'],
    ['项目总投资港币3000万元。', '3000万元', 3e7, 'HKD'],
    ['企业营收约新台币1,260亿元。', '1,260亿元', 1.26e11, 'TWD', 'approx'],
  ])('%j → %j', (...row) => expectClaim(row));

  it('reads 兆 as a trillion only before money (兆瓦 stays mega-watts)', () => {
    expect(find('营收合计约1.9兆元。', '1.9兆元').hit).toMatchObject({ value: 1.9e12, unit: 'CNY' });
    expect(find('装机容量200兆瓦。', '200兆瓦').hit).toMatchObject({ value: 200, unit: 'MW' });
  });
});

describe('procurement and policy wording', () => {
  it.each<Row>([
    ['工期：180日历天。', '180日历天', 180, 'day'],
    ['代理服务费按标准下浮20%收取。', '20%', 20, 'percent', 'exact', 'decrease'],
    ['租金按评估价上浮5%确定。', '5%', 5, 'percent', 'exact', 'increase'],
    ['库存去化周期约为14个月。', '14个月', 14, 'month', 'approx'],
    ['对单个项目最高补助500万元。', '500万元', 5e6, 'CNY', 'at_most'],
    ['对新认定的企业最高可奖励100万元。', '100万元', 1e6, 'CNY', 'at_most'],
    ['永久基本农田保护面积不低于省下达的86.5万亩。', '86.5万亩', 865000, 'mu', 'at_least'],
    ['企业自筹资金不少于合同约定的15%。', '15%', 15, 'percent', 'at_least'],
    // A share of a named whole with its 的 after the figure: 按照不低于…%的比例.
    ['县级财政按照不低于保费15%的比例安排配套资金。', '15%', 15, 'percent', 'at_least'],
    ['按照不超过总投资20%的比例给予补助。', '20%', 20, 'percent', 'at_most'],
  ])('%j → %j', (...row) => expectClaim(row));
});

describe('plan tables', () => {
  const table = [
    '表2　主要指标',
    '类别\t指标\t2025年\t2030年\t年均增长（%）\t属性',
    '经济\t地区生产总值（亿元）\t1250\t1700左右\t6.5左右\t预期性',
    '\t城镇化率（%）\t68.2\t72\t〔3.8〕\t预期性',
    '民生\t居民人均可支配收入（元）\t41200\t53000\t5.2\t预期性',
    '\t城镇调查失业率（%）\t<5.5\t<5.5\t—\t预期性',
  ].join('\n');
  const claims = extractChineseClaims(table);
  const at = (cell: string, from = 0) => claims.find((c) => c.start === table.indexOf(cell, from));

  it('reads a bare cell in the unit of its row label, with the qualifier the cell writes', () => {
    expect(at('1250')).toMatchObject({ text: '1250', value: 1.25e11, unit: 'CNY', approx: 'exact' });
    expect(at('1700')).toMatchObject({ text: '1700', value: 1.7e11, unit: 'CNY', approx: 'approx' });
    expect(at('68.2')).toMatchObject({ value: 68.2, unit: 'percent' });
    expect(at('5.5')).toMatchObject({ text: '5.5', value: 5.5, unit: 'percent', approx: 'at_most' });
  });

  it('reads a five-year total in brackets, and a column of growth as changes', () => {
    expect(at('3.8')).toMatchObject({ text: '3.8', value: 3.8, unit: 'percent', change: 'increase' });
    expect(at('6.5')).toMatchObject({ value: 6.5, unit: 'percent', approx: 'approx', change: 'increase' });
  });

  it('takes a per-capita row label for a rate per person', () => {
    expect(at('41200')).toMatchObject({ value: 41200, unit: 'CNY/person' });
  });

  it('names a figure by its indicator and column, past the category column and without the unit', () => {
    expect(at('1250')?.subject).toBe('地区生产总值2025年');
    expect(at('68.2')?.subject).toBe('城镇化率2025年');
  });

  it('names a figure by the column that names its row, past the columns that class it (a 绩效目标表, a project list)', () => {
    const targets = [
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值',
      '产出指标\t数量指标\t新建供水管网长度\t≥120公里\t126.4公里',
      '效益指标\t社会效益指标\t受益人口\t≥3万人\t3.2万人',
    ].join('\n');
    expect(extractChineseClaims(targets).map((c) => [c.text, c.approx, c.subject])).toEqual([
      ['120公里', 'at_least', '新建供水管网长度年度指标值'],
      ['126.4公里', 'exact', '新建供水管网长度实际完成值'],
      ['3万人', 'at_least', '受益人口年度指标值'],
      ['3.2万人', 'exact', '受益人口实际完成值'],
    ]);
    const projects = '序号\t类别\t项目名称\t总投资（万元）\n1\t交通\t绕城公路改建工程\t12800';
    expect(extractChineseClaims(projects).map((c) => [c.text, c.subject])).toEqual([['12800', '绕城公路改建工程总投资']]);
  });

  it('reports nothing for years, placeholders and the attribute column', () => {
    expect(claims.map((c) => c.text)).toEqual(['1250', '1700', '6.5', '68.2', '72', '3.8', '41200', '53000', '5.2', '5.5', '5.5']);
  });
});

describe('Taiwan press releases and the eighth held-out set', () => {
  it('reads a digit of percent after 成, not a numeral that starts a word', () => {
    expectClaim(['占全台农业总产值约一成三。', '一成三', 13, 'percent', 'approx']);
    expectClaim(['占比一成三左右', '一成三', 13, 'percent', 'approx']);
    expectClaim(['外销占九成以上', '九成', 90, 'percent', 'at_least']);
  });

  it('reads digits after 数 (人数, 户数) as a figure, and 数十 as vague', () => {
    expectClaim(['园区就业人数3,450人，其中青年约占六成。', '3,450人', 3450, 'person']);
    expect(extractChineseClaims('引进数十家企业').map((c) => c.text)).toEqual([]);
  });

  it('reads ROC years as years, not as durations of a hundred years and more', () => {
    const text = '發布日期：113年11月6日。縣府今日公布112年農業統計，預計115年6月完工。';
    expect(extractChineseClaims(text).map((c) => c.text)).toEqual([]);
    expectClaim(['这座老桥已有112年历史', '112年', 112, 'year']);
    // An article cut below its release date: its dollars say it is Taiwan's, and so are its years.
    expect(extractChineseClaims('115年目標媒合租屋1,200戶，每戶補貼新臺幣5,000元。').map((c) => c.text)).toEqual(['1,200戶', '5,000元']);
  });

  it('reads a bare 元 as Taiwan dollars in a text that names them and never the renminbi', () => {
    expectClaim(['產值達新臺幣712.6億元，較前一年增加約38億元。', '38億元', 3.8e9, 'TWD', 'approx', 'increase']);
    expectClaim(['台商投資人民幣5億元，另有2億元用於研發，新台幣3億元。', '2億元', 2e8, 'CNY']);
  });

  it('reads 最高可申请 before the amount as a ceiling', () => {
    expectClaim(['结训后最高可申请新台币200万元创业贷款', '200万元', 2e6, 'TWD', 'at_most']);
    expectClaim(['每戶每月最高補貼租金新臺幣5,000元', '5,000元', 5000, 'TWD/household', 'at_most']);
    expectClaim(['每户每月最高补贴租金1500元', '1500元', 1500, 'CNY/household', 'at_most']);
    expectClaim(['最高可申请200万元贴息贷款', '200万元', 2e6, 'CNY', 'at_most']);
  });
});

describe('finance, energy and labour reports (the ninth held-out set)', () => {
  it('reads basis points as hundredths of a percentage point', () => {
    expectClaim(['企业贷款加权平均利率同比下降46个基点', '46个基点', 0.46, 'percent', 'exact', 'decrease']);
    expectClaim(['利率较同类产品低50BP，期限3年', '50BP', 0.5, 'percent']);
    expectClaim(['平均利率下行25bps。', '25bps', 0.25, 'percent', 'exact', 'decrease']);
    expectClaim(['贷款利率下调了十五个基点', '十五个基点', 0.15, 'percent', 'exact', 'decrease']);
    expectClaim(['不良率较年初下降21个BP。', '21个BP', 0.21, 'percent', 'exact', 'decrease']);
    // Letters after BP make it a word or a code of its own.
    expect(extractChineseClaims('与30BPX合作').map((c) => c.text)).toEqual([]);
  });

  it('counts sessions with 期 after digits, never a project phase or a period', () => {
    expectClaim(['开展职业技能培训156期，培训1.12万人次', '156期', 156, 'count']);
    expect(extractChineseClaims('项目一期、二期工程已投产，三期正在建设').map((c) => c.text)).toEqual([]);
    expect(extractChineseClaims('在5期间完成').map((c) => c.text)).toEqual([]);
    expect(extractChineseClaims('2024年第3期简报').map((c) => c.text)).toEqual([]);
  });

  it('reads 吨标准煤 as the unit, so 以内 after it bounds the figure', () => {
    expectClaim(['能源消费总量控制在62.8万吨标准煤以内', '62.8万吨标准煤', 628000, 't', 'at_most']);
    expectClaim(['年节约标煤1.2万吨，相当于3.5万吨标煤左右', '3.5万吨标煤', 35000, 't', 'approx']);
    expectClaim(['吨钢综合能耗降至548千克标准煤左右', '548千克标准煤', 548, 'kg', 'approx']);
  });

  it('reads a credit line or guarantee after 最高 as a ceiling', () => {
    expectClaim(['单户最高授信300万元，利率优惠', '300万元', 3e6, 'CNY', 'at_most']);
    expectClaim(['最高担保1000万元', '1000万元', 1e7, 'CNY', 'at_most']);
  });

  it('reads 至少/最少 before a verb of having or doing as a floor', () => {
    expectClaim(['近三年至少完成过1项类似工程业绩', '1项', 1, 'item', 'at_least']);
    expectClaim(['每个村最少配备2名网格员', '2名', 2, 'person', 'at_least']);
    expectClaim(['至少需要3个月', '3个月', 3, 'month', 'at_least']);
    expectClaim(['完成过1项类似工程业绩', '1项', 1, 'item']);
  });

  it('reads a bid ceiling (最高投标限价, 最高限价) as at most', () => {
    expectClaim(['本项目最高投标限价为3,520.00万元，工期300日历天', '3,520.00万元', 35_200_000, 'CNY', 'at_most']);
    expectClaim(['第二标段最高限价：1,286万元', '1,286万元', 12_860_000, 'CNY', 'at_most']);
    expectClaim(['预算金额为3,600万元', '3,600万元', 36_000_000, 'CNY']);
  });

  it('reads a monthly indicator table: 单位：亿元、% gives the amounts and the growth column, a minus is a decrease', () => {
    const table = '单位：亿元、%\n指标\t10月\t1—10月\t同比增长\n工业总产值\t186.42\t1723.65\t8.3\n税收收入（万元）\t41085\t526390\t-1.8\n用电量（亿千瓦时）\t—\t40.87\t-2.6';
    expect(extractChineseClaims(table).map((c) => [c.text, c.value, c.unit, c.change])).toEqual([
      ['186.42', 18_642_000_000, 'CNY', undefined],
      ['1723.65', 172_365_000_000, 'CNY', undefined],
      ['8.3', 8.3, 'percent', 'increase'],
      ['41085', 410_850_000, 'CNY', undefined],
      ['526390', 5_263_900_000, 'CNY', undefined],
      ['1.8', 1.8, 'percent', 'decrease'],
      ['40.87', 4_087_000_000, 'kWh', undefined],
      ['2.6', 2.6, 'percent', 'decrease'],
    ]);
    expect(extractChineseClaims('单位：亿元\n指标\t1—10月\n其中：工业投资\t86.4')[0]?.subject).toBe('工业投资1—10月');
  });

  it('reads 削减 and 消减 as decreases, like 缩减', () => {
    expectClaim(['化学需氧量排放量削减3.2%', '3.2%', 3.2, 'percent', 'exact', 'decrease']);
    expectClaim(['氨氮排放量消减4.1%', '4.1%', 4.1, 'percent', 'exact', 'decrease']);
  });

  it('reports no weight or head count for a transport turnover in 吨公里 or 人公里', () => {
    expect(extractChineseClaims('完成货运周转量1.2亿吨公里，旅客周转量3.2亿人公里。').map((c) => c.text)).toEqual([]);
    expectClaim(['运输货物12万吨，公路里程86公里', '12万吨', 120000, 't']);
  });
});

describe('bulletins, policies and features (the eleventh held-out set)', () => {
  const range = (text: string, claim: string) => extractChineseClaims(text).find((c) => c.text === claim)?.range;

  it('reads two neighbouring numerals with their unit as a range, the multiplier written once for both', () => {
    expectClaim(['今年的订单比去年多了三四成', '三四成', 30, 'percent', 'exact', 'increase']);
    expect(range('今年的订单比去年多了三四成', '三四成')).toEqual({ low: 30, high: 40 });
    expect(range('以前出厂价两三百元', '两三百元')).toEqual({ low: 200, high: 300 });
    expect(range('熟练工月收入六七千元', '六七千元')).toEqual({ low: 6000, high: 7000 });
    expectClaim(['户均年收入十五六万元', '十五六万元', 150000, 'CNY/household']);
    expect(range('户均年收入十五六万元', '十五六万元')).toEqual({ low: 150000, high: 160000 });
    expect(range('常住的只有七八十户', '七八十户')).toEqual({ low: 70, high: 80 });
    expect(range('二三十个百分点的差距', '二三十个百分点')).toEqual({ low: 20, high: 30 });
    expect(range('总投资三四十亿元', '三四十亿元')).toEqual({ low: 3e9, high: 4e9 });
    expectClaim(['一亩地收入不过五六千元', '五六千元', 5000, 'CNY/mu', 'at_most']);
    expect(range('两三千瓦的机组', '两三千瓦')).toEqual({ low: 2, high: 3 });
  });

  it('reads no pair that is vague, descending, a name or without a unit', () => {
    for (const text of ['七八十年代', '一两个月就能办完', '三五成群', '十四五时期', '三四五六', '七八年代', '排名第三四名', '前三四名'])
      expect(extractChineseClaims(text).map((c) => c.text), text).toEqual([]);
  });

  it('reads 来 after a round number as about', () => {
    expectClaim(['有二百来户在做羊绒生意', '二百来户', 200, 'household', 'approx']);
    expectClaim(['开发周期缩短到十来天', '十来天', 10, 'day', 'approx']);
    expectClaim(['引进30来家企业', '30来家', 30, 'count', 'approx']);
    // Not after a number that is not round, nor before a word that is no unit.
    expect(extractChineseClaims('三来一补企业').map((c) => c.text)).toEqual([]);
    expect(extractChineseClaims('有200来自外地').map((c) => c.text)).toEqual([]);
  });

  it('reads 来 before the multiplier too (六百来万元), and 个 said between a numeral and 亿 (两个多亿)', () => {
    expectClaim(['为企业节省财务成本六百来万元', '六百来万元', 6e6, 'CNY', 'approx', 'decrease']);
    expectClaim(['年产值三十来亿元', '三十来亿元', 3e9, 'CNY', 'approx']);
    expectClaim(['总投资大概是两个多亿，明年交付', '两个多亿', 2e8, 'CNY', 'at_least']);
    // Money, as a bare 亿 said with 个 always is, with or without a word for money before it.
    expectClaim(['这个项目投了三个亿', '三个亿', 3e8, 'CNY']);
    expectClaim(['一个多亿的贷款', '一个多亿', 1e8, 'CNY', 'at_least']);
    expectClaim(['一年要花十几个亿的资金', '十几个亿', 1e9, 'CNY', 'at_least']);
    // Not after a number that is not round; and 个 before 万 counts something (5个万亩基地: five bases of 10,000 mu).
    expect(extractChineseClaims('35来万元').map((c) => c.text)).toEqual([]);
    expectClaim(['建成5个万亩基地', '5个', 5, 'count']);
  });

  it('reads 一个多月 as more than a month, while 一个 alone stays the article', () => {
    expectClaim(['由过去的一个多月缩短到十来天', '一个多月', 1, 'month', 'at_least']);
    expect(extractChineseClaims('一个月后').map((c) => c.text)).toEqual([]);
  });

  it('reads 三班倒 as the shift system, not a count of shifts', () => {
    expect(extractChineseClaims('工人三班倒都忙不过来').map((c) => c.text)).toEqual([]);
    expectClaim(['开通公交线路12班', '12班', 12, 'count']);
  });

  it('reads a counter before 式 as a design, not a count (三格式化粪池), and still counts the tanks', () => {
    expect(extractChineseClaims('对偏远自然村采用三格式化粪池加人工湿地的方式处理').map((c) => c.text)).toEqual([]);
    expect(extractChineseClaims('新建三格式化粪池1200座，建成人工湿地23处').map((c) => c.text)).toEqual(['1200座', '23处']);
  });

  it('reads a bound past its （含）, as the end of a range or before 以上', () => {
    expectClaim(['设备投资5000万元（含）至2亿元的，按5%给予奖励', '5000万元（含）至2亿元', 5e7, 'CNY']);
    expect(range('设备投资5000万元（含）至2亿元的', '5000万元（含）至2亿元')).toEqual({ low: 5e7, high: 2e8 });
    expectClaim(['10亿元（含）以上的，按8%给予奖励', '10亿元', 1e9, 'CNY', 'at_least']);
    expectClaim(['50亩(不含)以下的地块', '50亩', 50, 'mu', 'at_most']);
  });

  it('reads 不高于 before a longer 的-phrase as a bound', () => {
    expectClaim(['租金不高于同地段市场租金的90%', '90%', 90, 'percent', 'at_most']);
  });

  it('reads 涨 and 跌 alone as a rise and a fall, and 净增 across the noun it counts', () => {
    expectClaim(['黄瓜批发价环比跌11.4%', '11.4%', 11.4, 'percent', 'exact', 'decrease']);
    expectClaim(['尖椒批发价环比涨4.3%', '4.3%', 4.3, 'percent', 'exact', 'increase']);
    expectClaim(['净增经营主体2.19万户', '2.19万户', 21900, 'count', 'exact', 'increase']);
    expectClaim(['净减落后产能企业12家', '12家', 12, 'count', 'exact', 'decrease']);
    expectClaim(['经营主体2.19万户', '2.19万户', 21900, 'count']);
  });

  it('reads 增加 across the income it adds to as a rise, but not 增加值 (value added)', () => {
    expectClaim(['每个村每年可增加集体经济收入8万元以上', '8万元', 80000, 'CNY', 'at_least', 'increase']);
    expectClaim(['可为泰顺增加地方财政收入8000万元', '8000万元', 8e7, 'CNY', 'exact', 'increase']);
    expectClaim(['规上工业增加值302.7亿元', '302.7亿元', 3.027e10, 'CNY']);
    expectClaim(['增加就业岗位120个', '120个', 120, 'count']);
  });

  it('counts 辆次 and 台次 whole', () => {
    expectClaim(['惠及车辆1246辆次', '1246辆次', 1246, 'count']);
    expectClaim(['出动机械45台次', '45台次', 45, 'count']);
  });

  it('reads 亩次 (a field sprayed or ploughed once per pass) whole, as an area in 亩', () => {
    expectClaim(['完成病虫害统防统治52.6万亩次', '52.6万亩次', 526000, 'mu']);
    expectClaim(['机械深翻作业3800亩次，比去年增加600亩次', '600亩次', 600, 'mu', 'exact', 'increase']);
  });

  it('reads no per-mu rate in a reward programme named after a per-mu measure', () => {
    expectClaim(['单个项目亩均效益奖励最高500万元', '500万元', 5e6, 'CNY', 'at_most']);
    expectClaim(['亩均税收达到30万元的，每亩奖励1万元', '1万元', 1e4, 'CNY/mu']);
    expectClaim(['亩均奖励5万元', '5万元', 5e4, 'CNY/mu']);
  });

  it('reads a tier that names no measure in the measure of the tier before it', () => {
    const tiers = '亩均税收达到30万元的，每亩奖励1万元；达到50万元的，每亩奖励2万元；超过80万元的，每亩奖励3万元。';
    expectClaim([tiers, '50万元', 5e5, 'CNY/mu']);
    expectClaim([tiers, '80万元', 8e5, 'CNY/mu', 'at_least']);
    // Tiers of a plain amount stay plain, and so does a figure after a rate that is no tier.
    expectClaim(['年纳税额达到500万元的，奖励10万元；达到1000万元的，奖励20万元。', '1000万元', 1e7, 'CNY']);
    expectClaim(['亩均税收30万元，达到1000万元', '1000万元', 1e7, 'CNY']);
  });
});

describe('trade briefs, plans and service lists (the fifteenth held-out set)', () => {
  it('reads a cut with what it cuts between the verb and the figure as a decrease, and the next object of its list', () => {
    expectClaim(['预计每年可降低企业物流和仓储成本1.1亿元以上', '1.1亿元', 1.1e8, 'CNY', 'at_least', 'decrease']);
    expectClaim(['节省材料复印、交通等费用约120万元', '120万元', 1.2e6, 'CNY', 'approx', 'decrease']);
    expectClaim(['累计减少跑动约4.1万次', '4.1万次', 41000, 'count', 'approx', 'decrease']);
    const list = '减少二氧化碳排放约178万吨、二氧化硫排放约510吨。';
    expectClaim([list, '510吨', 510, 't', 'approx', 'decrease']);
    expectClaim(['全年可削减化学需氧量126吨、氨氮18.4吨', '18.4吨', 18.4, 't', 'exact', 'decrease']);
    // Time saved is the duration itself; a level reached or a 的-phrase is no object of a cut.
    expectClaim(['每个项目节省前期时间约4个月', '4个月', 4, 'month', 'approx']);
    expectClaim(['库存降低到1200吨', '1200吨', 1200, 't']);
    expectClaim(['降低成本的措施12条', '12条', 12, 'count']);
  });

  it('reads an arrow before a figure as its change', () => {
    expectClaim(['地区生产总值\n612.5亿元\n↑5.8%', '5.8%', 5.8, 'percent', 'exact', 'increase']);
    expectClaim(['一般公共预算收入　↓3.6%', '3.6%', 3.6, 'percent', 'exact', 'decrease']);
  });

  it('reads the peak of a day as an upper bound', () => {
    expectClaim(['最高单日通行2150辆次', '2150辆次', 2150, 'count', 'at_most']);
    expectClaim(['最高单日客流达到14.2万人次', '14.2万人次', 142000, 'person', 'at_most']);
    expectClaim(['单日最高接待游客4.2万人次', '4.2万人次', 42000, 'person', 'at_most']);
    expectClaim(['日均通行1260辆次', '1260辆次', 1260, 'count']);
  });

  it('reads 不高于 across a 的-phrase of up to thirteen characters', () => {
    expectClaim(['租金不高于同地段同品质市场租金的90%', '90%', 90, 'percent', 'at_most']);
  });

  it('reads money for each 名 or 位 as a rate per person', () => {
    expectClaim(['每名边民每日互市进口商品免税额度为8000元', '8000元', 8000, 'CNY/person']);
    expectClaim(['每位学员补贴1500元', '1500元', 1500, 'CNY/person']);
  });

  it('reads money for each student (每生) as a rate per person, not money for each thing made (每生产)', () => {
    expectClaim(['按每生每月300元给予补助', '300元', 300, 'CNY/person']);
    expectClaim(['每生产1吨钢材补贴20元', '20元', 20, 'CNY']);
  });

  it('reads 涨幅 as a rise, and a change past a rate word (增收户均)', () => {
    expectClaim(['居民消费价格涨幅3%左右', '3%', 3, 'percent', 'approx', 'increase']);
    expectClaim(['带动农户增收户均3000元以上', '3000元', 3000, 'CNY/household', 'at_least', 'increase']);
  });

  it('reads 约为…的N倍 as about', () => {
    expectClaim(['新设数约为注销数的2倍', '2倍', 2, 'times', 'approx']);
  });
});

describe('bounds named after the figure', () => {
  it('reads 的最低/的下限 after a figure as a floor and 的最高/的上限 as a ceiling', () => {
    expectClaim(['占衔接资金的66.3%，高于省定55%的最低比例要求', '55%', 55, 'percent', 'at_least']);
    expectClaim(['单个项目补助不超过项目总投资，以50万元的上限为准', '50万元', 5e5, 'CNY', 'at_most']);
    expectClaim(['完成投资21.3亿元的项目', '21.3亿元', 21.3e8, 'CNY']);
  });
});

describe('features and speeches (the fifteenth held-out set, second part)', () => {
  it('reads 一年多 as more than a year, but not 一年多次', () => {
    expectClaim(['从签约到投产只用了一年多时间', '一年', 1, 'year', 'at_least']);
    expect(extractChineseClaims('茶叶一年多次采摘').map((c) => c.text)).toEqual([]);
    expect(extractChineseClaims('一年前签约').map((c) => c.text)).toEqual([]);
  });

  it('reads 出头 after a figure as a little more than it', () => {
    expectClaim(['一亩纯收入4000元出头', '4000元', 4000, 'CNY/mu', 'at_least']);
  });

  it('counts fry and fingerlings in 尾', () => {
    expectClaim(['年繁育优质虾苗80亿尾', '80亿尾', 8e9, 'count']);
  });
});

describe('a change before 在, a floor before a saving', () => {
  it('reads a change verb before 在 and a range', () => {
    expectClaim(['从业人员人均年增收在3000元至5000元不等', '3000元至5000元', 3000, 'CNY/person', 'exact', 'increase']);
    expectClaim(['项目分布在10个乡镇', '10个', 10, 'count']);
  });

  it('reads 至少节省了 before a duration as at least', () => {
    expectClaim(['比自己建厂至少节省了一年半时间', '一年半', 1.5, 'year', 'at_least']);
  });
});

describe('half, money classes, quarters and price moves (the sixteenth Chinese held-out set)', () => {
  it('reads 一半 as a share of 50% where a qualifier or 了 makes it a measure', () => {
    expectClaim(['新能源装备配套企业已有近一半落户园区周边', '一半', 50, 'percent', 'approx']);
    expectClaim(['农户中有一半以上常年在外务工', '一半', 50, 'percent', 'at_least']);
    expectClaim(['审批时限较改革前缩短了一半', '一半', 50, 'percent', 'exact', 'decrease']);
    expect(extractChineseClaims('一半是海水，一半是火焰').map((c) => c.text)).toEqual([]);
  });

  it('reads 百亿级 / 千亿元 as a class or an amount of money, but not 百亿产业, a name', () => {
    expectClaim(['围绕两大主导产业打造百亿级产业集群', '百亿', 1e10, 'CNY', 'at_least']);
    expectClaim(['引进投资千亿元的项目', '千亿元', 1e11, 'CNY']);
    expect(extractChineseClaims('一只龙虾撬动百亿产业').map((c) => c.text)).toEqual([]);
    // 数百亿元, 上百亿元, 几千亿元: vague magnitudes, as 数十家 and 上百人 are.
    expect(extractChineseClaims('行业规模达数百亿元，带动上百亿元投资，撬动几千亿元市场').map((c) => c.text)).toEqual([]);
    expectClaim(['带动近百亿元投资', '百亿元', 1e10, 'CNY', 'approx']);
  });

  it('reads N个季度 as three months each, not a count; 一个季度 and 前三个季度 stay words and periods', () => {
    expectClaim(['连续两个季度排名后3位的，取消评优资格', '两个季度', 6, 'month']);
    expect(extractChineseClaims('前三个季度完成投资').map((c) => c.text)).toEqual([]);
    expect(extractChineseClaims('用一个季度完成整改').map((c) => c.text)).toEqual([]);
  });

  it('reads 加价 as a rise and 降价 as a cut', () => {
    expectClaim(['对D类企业实行差别化电价，每千瓦时加价0.1元', '0.1元', 0.1, 'CNY', 'exact', 'increase']);
    expectClaim(['节能家电平均降价300元', '300元', 300, 'CNY', 'exact', 'decrease']);
  });

  it('reads 增加收入 before a figure as 增收 is read', () => {
    expectClaim(['建成后每年能给村集体增加收入15万元', '15万元', 150000, 'CNY', 'exact', 'increase']);
  });
});

describe('ceilings, savings and ship classes (the seventeenth Chinese held-out set)', () => {
  it('reads 最高达 / 最多达 before a figure, or before a rate word and its figure, as at most', () => {
    expectClaim(['水田指标成交价最高达每亩18万元', '18万元', 180000, 'CNY/mu', 'at_most']);
    expectClaim(['景区单日客流最高达14.2万人次', '14.2万人次', 142000, 'person', 'at_most']);
    expectClaim(['每场培训最多达120人', '120人', 120, 'person', 'at_most']);
  });

  it('reads 节约 and what it saves (and 压降, a debt pressed down) before a figure as a decrease, but not 节约集约利用 (land used sparingly)', () => {
    expectClaim(['每年可节约水量约420万立方米', '420万立方米', 4200000, 'm3', 'approx', 'decrease']);
    expectClaim(['年节约标准煤1.2万吨', '1.2万吨', 12000, 't', 'exact', 'decrease']);
    expectClaim(['县属国企今年压降债务9.6亿元', '9.6亿元', 9.6e8, 'CNY', 'exact', 'decrease']);
    expectClaim(['节约集约利用低效用地1200亩', '1200亩', 1200, 'mu']);
    expectClaim(['坚持集约节约利用土地860亩', '860亩', 860, 'mu']);
  });

  it('reads a multiple after 翻了 as a rise (the 了 is stepped over before the verb), but not a count after 推翻', () => {
    expectClaim(['村集体收入三年翻了3倍', '3倍', 3, 'times', 'exact', 'increase']);
    expectClaim(['改种蔬菜后产值翻了两三倍', '两三倍', 2, 'times', 'exact', 'increase']);
    expectClaim(['推翻3项原有结论', '3项', 3, 'item']);
  });

  it('reads 块钱 as yuan, and 度 after 万/亿 as kilowatt-hours, but not 块 alone or an angle in 度', () => {
    expectClaim(['一年到头挣不到两千块钱', '两千块钱', 2000, 'CNY', 'at_most']);
    expectClaim(['每人补贴500块钱', '500块钱', 500, 'CNY/person']);
    expectClaim(['年上网电量1.5亿度', '1.5亿度', 1.5e8, 'kWh']);
    expectClaim(['可发电约三千万度', '三千万度', 3e7, 'kWh', 'approx']);
    expectClaim(['铺设1.2万块光伏板', '1.2万块', 12000, 'count']);
    expect(extractChineseClaims('将坡度在15度以下的旱地归并整理').map((c) => c.text)).toEqual([]);
  });

  it('reads 吨级 as a class with its class word in the span, a bound after it reaching the figure', () => {
    expectClaim(['新建5000吨级运维码头1座', '5000吨级', 5000, 't']);
    expectClaim(['可停靠10万吨级以上船舶', '10万吨级', 100000, 't', 'at_least']);
    expectClaim(['年吞吐量5000吨，', '5000吨', 5000, 't']);
  });
});

describe('paired numerals after a head, grades and per-mu gains (the eighteenth Chinese held-out set)', () => {
  it('reads a pair after a round head as a range in the next lower place (一千五六百元 is 1500 to 1600)', () => {
    expectClaim(['走公路运费要一千五六百元', '一千五六百元', 1500, 'CNY']);
    expect(find('走公路运费要一千五六百元', '一千五六百元').hit!.range).toEqual({ low: 1500, high: 1600 });
    expectClaim(['村里一年分红三万五六千元', '三万五六千元', 35000, 'CNY']);
    expectClaim(['带动一百五六十人就业', '一百五六十人', 150, 'person']);
  });

  it('reads a class number before what it grades as no figure, but keeps counts of kinds', () => {
    expect(extractChineseClaims('全县一、二类苗占比达到88.6%，三类苗占9.1%').map((c) => c.text)).toEqual(['88.6%', '9.1%']);
    expect(extractChineseClaims('断面水质达到二类水标准').map((c) => c.text)).toEqual([]);
    expectClaim(['产品分为三类，', '三类', 3, 'count']);
    expectClaim(['引进两类企业', '两类', 2, 'count']);
    expectClaim(['覆盖冰箱、洗衣机等12类产品', '12类', 12, 'count']);
  });

  it('reads 提高/提升 right before a weight or an amount of money as a change, not only before a percentage', () => {
    expectClaim(['示范田亩产提高150公斤', '150公斤', 150, 'kg', 'exact', 'increase']);
    expectClaim(['补助标准提升300元', '300元', 300, 'CNY', 'exact', 'increase']);
    expectClaim(['改造提升1.5万亩', '1.5万亩', 15000, 'mu']);
    expectClaim(['加快推进12个项目', '12个', 12, 'count']);
  });

  it('reads a weight of fuel replaced as a saving (a decrease), and 场次 as one counter', () => {
    expectClaim(['相当于替代燃油约5400吨', '5400吨', 5400, 't', 'approx', 'decrease']);
    expectClaim(['累计举办培训班142场次，', '142场次', 142, 'count']);
  });
});

describe('ceilings after a verb of getting, kinds counted after a list, savings and gains (the nineteenth Chinese held-out set)', () => {
  it('reads 最高/最多 with a verb of getting or giving and no reward word as a ceiling', () => {
    expectClaim(['A级农户最高可获得30万元纯信用额度', '30万元', 300000, 'CNY', 'at_most']);
    expectClaim(['单户最高可获50万元贷款', '50万元', 500000, 'CNY', 'at_most']);
    expectClaim(['对新引进人才最高给予20万元安家补贴', '20万元', 200000, 'CNY', 'at_most']);
    expectClaim(['最高补助50万元', '50万元', 500000, 'CNY', 'at_most']);
  });

  it('counts kinds after the list they sum up or a verb of scope, and still reads grades as no figure', () => {
    expectClaim(['涉及稻谷、玉米、大豆三类粮食。', '三类', 3, 'count']);
    expectClaim(['此次抽检涉及三类产品。', '三类', 3, 'count']);
    expect(extractChineseClaims('全县一、二类苗占比达到88.6%').map((c) => c.text)).toEqual(['88.6%']);
    expect(extractChineseClaims('河流三类水体比例提高').map((c) => c.text)).toEqual([]);
  });

  it('reads a saving right before its figure (省下, 节省, 节约) as a decrease, but not 省下达 nor time saved', () => {
    expectClaim(['走水路能省下四成多。', '四成', 40, 'percent', 'at_least', 'decrease']);
    expectClaim(['每年为企业节省3600万元。', '3600万元', 3.6e7, 'CNY', 'exact', 'decrease']);
    expectClaim(['比省下达任务多1.3万人。', '1.3万人', 13000, 'person']);
    expectClaim(['平均节省4个月。', '4个月', 4, 'month']);
    expectClaim(['每年可减排二氧化碳约6万吨。', '6万吨', 60000, 't', 'approx', 'decrease']);
    expectClaim(['实施减排项目12个。', '12个', 12, 'count']);
  });

  it('reads 多卖/多赚 (sold or earned for more) as an increase, and 新增 as one only against an earlier time', () => {
    expectClaim(['一亩地多卖三百多元。', '三百多元', 300, 'CNY/mu', 'at_least', 'increase']);
    expectClaim(['每亩多赚500元。', '500元', 500, 'CNY/mu', 'exact', 'increase']);
    expectClaim(['光伏装机较年初新增14.2万千瓦。', '14.2万千瓦', 142000, 'kW', 'exact', 'increase']);
    expectClaim(['全年新增就业1200人。', '1200人', 1200, 'person']);
  });

  it('reads the spoken jiao and fen (毛钱, 角钱, 分钱) as fractions of a yuan, but not 十分 ("very")', () => {
    expectClaim(['玉米收购价比去年低3分钱。', '3分钱', 0.03, 'CNY']);
    expectClaim(['每斤高出两毛钱。', '两毛钱', 0.2, 'CNY']);
    expect(find('每斤能多卖三四毛钱。', '三四毛钱').hit).toMatchObject({ value: 0.3, range: { low: 0.3, high: 0.4 } });
    expectClaim(['挣了十块钱。', '十块钱', 10, 'CNY']);
    expect(extractChineseClaims('企业十分钱紧。').map((c) => c.text)).toEqual([]);
  });
});

describe('bounds over a list, counters in brackets, rates per person hired, reef volumes (the twentieth Chinese held-out set)', () => {
  it('reads a bound said once before a list of figures in one unit as bounding each of them', () => {
    expectClaim(['对A、B、C类项目分别给予最高300万元、200万元、100万元资助', '200万元', 2e6, 'CNY', 'at_most']);
    expectClaim(['对A、B、C类项目分别给予最高300万元、200万元、100万元资助', '100万元', 1e6, 'CNY', 'at_most']);
    expectClaim(['对年纳税额分别超过500万元、1000万元的企业给予奖励', '1000万元', 1e7, 'CNY', 'at_least']);
    expectClaim(['两个项目分别投资3亿元、5亿元', '5亿元', 5e8, 'CNY']);
  });

  it('reads a qualifier after a counter and its alternative in brackets (10台（艘）以上)', () => {
    expectClaim(['再建设深远海养殖工船5台（艘）以上', '5台', 5, 'count', 'at_least']);
    expectClaim(['购置智能化设备20台（套）左右', '20台', 20, 'count', 'approx']);
  });

  it('reads money after 每 + a verb + one person as a rate per person, and that one person as no figure', () => {
    expectClaim(['企业每吸纳1人给予2000元补贴', '2000元', 2000, 'CNY/person']);
    expectClaim(['按每招用1名毕业生补贴1000元执行', '1000元', 1000, 'CNY/person']);
    expect(extractChineseClaims('企业每吸纳1人给予2000元补贴').map((c) => c.text)).toEqual(['2000元']);
    expectClaim(['每个村配备1名专职网格员', '1名', 1, 'person']);
  });

  it('reads 吨二氧化碳当量 whole, as 吨标准煤 is: a qualifier after it reaches the figure, the subject is before it', () => {
    expectClaim(['项目年均减排量5万吨二氧化碳当量以上', '5万吨二氧化碳当量', 50000, 't', 'at_least', 'decrease']);
    expect(find('本次共交易碳汇量3.2万吨二氧化碳当量', '3.2万吨二氧化碳当量').hit?.subject).toBe('本次共交易碳汇量');
  });

  it('reads 空方 (the volume an artificial reef encloses) as cubic metres', () => {
    expectClaim(['投放人工鱼礁3.5万空方', '3.5万空方', 35000, 'm3']);
  });

  it('reads 标方 (a gas measured at standard conditions) as cubic metres', () => {
    expectClaim(['年产氢气约2000万标方', '2000万标方', 2e7, 'm3', 'approx']);
  });

  it('reads no figure in a 万 number glued to letters it has no unit for (算力2.3万P), as in 5G', () => {
    expect(extractChineseClaims('全市算力总规模达到2.3万P，带动就业1.2万人').map((c) => c.text)).toEqual(['1.2万人']);
    expectClaim(['常住人口35.2万，', '35.2万', 352000, 'person']);
  });
});

describe('the term of a waiver, radii and declarations (the twenty-first Chinese held-out set)', () => {
  it('reads the first years or months of a waiver as its term, while 前N个月 alone stays a period', () => {
    expectClaim(['租赁标准厂房的，前2年免收租金。', '2年', 2, 'year']);
    expectClaim(['前2年租金全免，第3年至第5年租金减半。', '2年', 2, 'year']);
    expectClaim(['为入驻企业免费提供前6个月的办公场地。', '6个月', 6, 'month']);
    expectClaim(['前3年免徵房屋稅。', '3年', 3, 'year']);
    // A share of revenue's first years are its term too.
    expectClaim(['飞地内企业缴纳的税收地方留成部分，前5年全部返还泰顺县。', '5年', 5, 'year']);
    expectClaim(['分成期限为15年，前3年景宁的分成比例不低于70%。', '3年', 3, 'year']);
    expectClaim(['前5年全部返還泰順縣。', '5年', 5, 'year']);
    for (const text of ['前10个月，全市完成投资。', '今年前5个月免税额增长12%。', '前三年厂房租金减半。', '免费赠送前100名游客。'])
      expect(extractChineseClaims(text).map((c) => c.text), text).not.toContain(text.match(/前(\S+?[月年名])/)![1]);
  });

  it('reads 范围内 after a distance as within, as 内 is', () => {
    expectClaim(['可辐射周边15公里范围内的村级网点', '15公里', 15, 'km', 'at_most']);
    expectClaim(['服务半径3公里范围以内', '3公里', 3, 'km', 'at_most']);
    expectClaim(['可輻射周邊15公里範圍內的村級網點', '15公里', 15, 'km', 'at_most']);
  });

  it('counts customs declarations and votes in 票', () => {
    expectClaim(['申报出口清单约286万票', '286万票', 2.86e6, 'count', 'approx']);
    expectClaim(['报关出口1420票', '1420票', 1420, 'count']);
    expect(extractChineseClaims('实行一票否决制').map((c) => c.text)).toEqual([]);
  });
});

describe('ages of things and print runs (the twenty-fifth Chinese held-out set)', () => {
  it('reads years after …龄 (the age of a tree or a building) as no figure, with or without a qualifier between', () => {
    for (const text of ['部分老油茶林树龄超过40年，亩产偏低。', '房龄20年以上的老旧小区', '楼龄约30年的住宅'])
      expect(extractChineseClaims(text).map((c) => c.text), text).toEqual([]);
    expectClaim(['改造提升年限超过40年的老旧管网', '40年', 40, 'year', 'at_least']);
  });

  it('reads the print run in a document footer (共印40份) as no figure, but copies handed out still count', () => {
    expect(extractChineseClaims('送：市直有关单位（共印40份）').map((c) => c.text)).toEqual([]);
    expectClaim(['共印发宣传资料3000份', '3000份', 3000, 'count']);
  });
});

describe('hedges, pylons and flows (the twenty-ninth Chinese held-out set)', () => {
  it('reads a spoken hedge (差不多, 估计) as about, and a qualifier across a copula or 了 (大概是, 差不多有, 突破了)', () => {
    expectClaim(['新增冷藏能力差不多3万吨', '3万吨', 30000, 't', 'approx']);
    expectClaim(['估计有两三百人参加', '两三百人', 200, 'person', 'approx']);
    expectClaim(['总投资大概是3亿元', '3亿元', 3e8, 'CNY', 'approx']);
    expectClaim(['这样的企业差不多有40家', '40家', 40, 'count', 'approx']);
    expectClaim(['去年产值突破了260亿元', '260亿元', 2.6e10, 'CNY', 'at_least']);
    expectClaim(['单个项目奖励最高为500万元', '500万元', 5e6, 'CNY', 'at_most']);
    expectClaim(['成交均价约为每亩52万元', '52万元', 520000, 'CNY/mu', 'approx']);
    // The hedge stays out of the subject, and a floor said by 多 is more than a hedge before it.
    expect(find('总投资大概是3亿元', '3亿元').hit?.subject).toBe('总投资');
    expectClaim(['总投资大概是两个多亿', '两个多亿', 2e8, 'CNY', 'at_least']);
    // 是, 有 and 了 after anything else are no qualifier: 增长了 is a change, 最近有 no bound.
    expectClaim(['同比增长了12%', '12%', 12, 'percent', 'exact', 'increase']);
    expectClaim(['最近有3家企业签约', '3家', 3, 'count']);
    // 只 before the copula leaves the hedge a hedge (差不多只有, "hardly more than").
    expectClaim(['自己掏的差不多只有五块钱', '五块钱', 5, 'CNY', 'approx']);
    expectClaim(['全县只有3家', '3家', 3, 'count']);
  });

  it('counts towers and pylons in 基 and the bays of a sluice in 孔 after digits, never a base, a fund or a slogan', () => {
    expectClaim(['新建110千伏线路31.5公里、新建铁塔96基，', '96基', 96, 'count']);
    expectClaim(['更换老旧铁塔23基、水泥杆140余基。', '140余基', 140, 'count', 'at_least']);
    expectClaim(['节制闸共5孔，每孔净宽8米。', '5孔', 5, 'count']);
    for (const text of ['建成3基地', '设立2基金', '建成5基站', '实现“两基”目标', '游览曲阜三孔'])
      expect(extractChineseClaims(text).map((c) => c.text), text).not.toContain(text.match(/\d基|\d孔|两基|三孔/)?.[0]);
  });

  it('reads the session of a congress within its term (十八届人大三次会议) as no count, while meetings held still count', () => {
    for (const text of ['在县十八届人大三次会议期间', '市委十二届五次全会召开', '县政协十一届三次会议开幕', '立法會第七屆三次會議'])
      expect(extractChineseClaims(text).map((c) => c.text), text).toEqual([]);
    expectClaim(['今年共召开三次会议', '三次', 3, 'count']);
    expectClaim(['届时将举办三次招聘会', '三次', 3, 'count']);
  });

  it('reads 半年 as half a year only before 内 or 以内, a deadline; alone it stays a period', () => {
    expectClaim(['半年内拿出处置方案', '半年', 0.5, 'year', 'at_most']);
    expectClaim(['力争半年以内完成整改', '半年', 0.5, 'year', 'at_most']);
    for (const text of ['半年来，全县新增市场主体', '企业半年报显示', '上半年全县完成投资'])
      expect(extractChineseClaims(text).map((c) => c.text), text).toEqual([]);
  });

  it('reads a flow in 立方米每秒, 立方米/秒 (／) or 每秒…立方米 (每秒约…) as its own unit, not a volume', () => {
    expectClaim(['设计排涝流量120立方米每秒', '120立方米每秒', 120, 'm3/s']);
    expectClaim(['单机设计流量30立方米/秒', '30立方米/秒', 30, 'm3/s']);
    expectClaim(['节制闸设计过闸流量达每秒850立方米', '850立方米', 850, 'm3/s']);
    // The full-width slash of Chinese typesetting, and 每秒 before the qualifier rather than the number.
    expectClaim(['电排站设计流量24立方米／秒', '24立方米／秒', 24, 'm3/s']);
    expectClaim(['沧水最大入湖流量每秒约1200立方米', '1200立方米', 1200, 'm3/s', 'approx']);
    expectClaim(['最大下泄流量约每秒3000立方米', '3000立方米', 3000, 'm3/s', 'approx']);
    // The symbol a design table writes, inside Chinese text.
    expectClaim(['单台额定流量约为96m³/s', '96m³/s', 96, 'm3/s', 'approx']);
    expectClaim(['设计流量120m3/s', '120m3/s', 120, 'm3/s']);
    expect(find('设计排涝流量120立方米每秒', '120立方米每秒').hit).toMatchObject({ kind: 'other', siUnit: 'm3/s' });
    // A volume stays a volume, 每秒 or not elsewhere in the clause.
    expectClaim(['土方开挖42.6万立方米', '42.6万立方米', 426000, 'm3']);
    expectClaim(['每秒钟都在流失，全年节水约420万立方米', '420万立方米', 4.2e6, 'm3', 'approx']);
  });
});

describe('floors named by number and a saving said with 省了 (the thirty-sixth Chinese held-out set)', () => {
  it('reads floors named before their height or use (二至五层层高, 六层及以上各层) as no count, while storeys still count', () => {
    for (const text of ['厂房首层层高8米，二至五层层高6米。', '六层及以上各层层高4.5米。', '七层以上各层用于研发办公。'])
      expect(extractChineseClaims(text).map((c) => c.text), text).toEqual(text.match(/\d+(\.\d+)?米/g) ?? []);
    expectClaim(['建设厂房9幢，最高18层。', '18层', 18, 'count', 'at_most']);
    expectClaim(['新建4层以上多层厂房12栋。', '4层', 4, 'count', 'at_least']);
    expectClaim(['楼高6层，层高4.5米。', '6层', 6, 'count']);
  });

  it('reads 省了 right before its figure as a saving (a decrease), as 省下 is', () => {
    expectClaim(['成本比原来还省了两成多。', '两成', 20, 'percent', 'at_least', 'decrease']);
    expectClaim(['全年共省了电费12万元。', '12万元', 120000, 'CNY', 'exact', 'decrease']);
    // (Not the province (省) before 了结 (settled) or 了解 (learned): 全省了结信访积案1.2万件 is no saving.)
    expectClaim(['全省了结信访积案1.2万件。', '1.2万件', 12000, 'item']);
    expectClaim(['据省了解全年新增用地5000亩。', '5000亩', 5000, 'mu']);
  });
});

describe('elevations with a sign (the thirty-eighth Chinese held-out set)', () => {
  it('reads a range whose ends carry a plus sign (开采标高+110米至+286米) as one range, the signs outside the span', () => {
    for (const [text, claim] of [
      ['开采标高：+110米至+286米', '110米至+286米'],
      ['开采标高＋35米～＋120米', '35米～＋120米'],
    ] as const) {
      const claims = extractChineseClaims(text);
      expect(claims.map((c) => c.text), text).toEqual([claim]);
      expect(claims[0]).toMatchObject({ unit: 'm', approx: 'exact' });
      expect(claims[0]!.change).toBeUndefined();
    }
    expect(extractChineseClaims('开采标高：+110米至+286米')[0]!.range).toEqual({ low: 110, high: 286 });
    // One elevation alone is a length, with no change for its sign.
    expectClaim(['最低开采标高+110米', '110米', 110, 'm']);
  });

  it('reads a plus sign as a range\'s only where its first number carries one too: -2%至+3% spans a change of sign', () => {
    // (Read as one range, 2% to 3%: the minus, outside a range's span, was lost.)
    expect(extractChineseClaims('预计全年利润增速在-2%至+3%之间。').map((c) => [c.text, c.value, c.range])).toEqual([
      ['-2%', -2, undefined],
      ['3%', 3, undefined],
    ]);
  });
});
