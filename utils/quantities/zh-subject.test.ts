import { describe, expect, it } from 'vitest';
import { extractChineseClaims } from './zh';

/** Each figure's text and subject, in order. */
const subjects = (text: string) => extractChineseClaims(text).map((c) => [c.text, c.subject]);

describe('subjects of Chinese figures', () => {
  it('names the measure before 由 for both the earlier and the new level', () => {
    expect(subjects('企业诉求平均办结时间由7天缩短到3天。')).toEqual([
      ['7天', '企业诉求平均办结时间'],
      ['3天', '企业诉求平均办结时间'],
    ]);
    expect(subjects('板下植被覆盖率由不足15%提高到45%以上。')).toEqual([
      ['15%', '板下植被覆盖率'],
      ['45%', '板下植被覆盖率'],
    ]);
    expect(subjects('全市葡萄种植面积已由2015年的不足8万亩扩大到目前的15.6万亩。')).toEqual([
      ['8万亩', '葡萄种植面积'],
      ['15.6万亩', '葡萄种植面积'],
    ]);
  });

  it('leaves out 平均 before a change, keeps the 均 of a rate word, and the 按 of 按时', () => {
    expect(subjects('改革后，企业物流成本平均下降约12%。')).toEqual([['12%', '企业物流成本']]);
    expect(subjects('入股农户分红户均达到3200元。')).toEqual([['3200元', '入股农户分红户均']]);
    expect(subjects('园区企业用电成本亩均降低约1.5万元。')).toEqual([['1.5万元', '园区企业用电成本亩均']]);
    expect(subjects('按时办结率98.6%，按期交付率达到95%。')).toEqual([
      ['98.6%', '按时办结率'],
      ['95%', '按期交付率'],
    ]);
  });

  it('gives a converted amount (合, 折合) the subject of the figure it converts', () => {
    expect(subjects('出让面积2.68万平方米（合40.2亩），土地用途为商务金融用地。')).toEqual([
      ['2.68万平方米', '出让面积'],
      ['40.2亩', '出让面积'],
    ]);
  });

  it('gives a change or a listed figure with no words of its own the subject of the figure before it', () => {
    expect(subjects('实现旅游总收入约195亿元，分别同比增长12%和15.6%。')).toEqual([
      ['195亿元', '旅游总收入'],
      ['12%', '旅游总收入'],
      ['15.6%', '旅游总收入'],
    ]);
    expect(subjects('配套建设储能电站15万千瓦/30万千瓦时。').map(([, s]) => s)).toEqual(['配套建设储能电站', '配套建设储能电站']);
  });

  it('gives a power the noun named after it and its energy as one pair (…万千瓦/…万千瓦时的储能电站)', () => {
    expect(subjects('该旗还将配套建设20万千瓦/80万千瓦时的储能电站。')).toEqual([
      ['20万千瓦', '储能电站'],
      ['80万千瓦时', '储能电站'],
    ]);
    expect(subjects('园区新建300MW/600MWh独立储能项目一座。').map(([, s]) => s)).toEqual(['独立储能项目', '独立储能项目']);
    // Nothing after the pair: the words before it still name both.
    expect(subjects('储能规模1兆瓦/2兆瓦时，每年可发电约300万千瓦时。').slice(0, 2).map(([, s]) => s)).toEqual(['储能规模', '储能规模']);
  });

  it('keeps an earlier figure that describes the counted thing (以上, 的, a bare noun)', () => {
    expect(subjects('其中10亿元以上项目8个、5亿元至10亿元项目7个。').filter(([t]) => t.endsWith('个'))).toEqual([
      ['8个', '10亿元以上项目'],
      ['7个', '5亿元至10亿元项目'],
    ]);
    // (总投资 after a count is of the things counted: the first Chinese subjects round.)
    expect(subjects('现场签约项目16个总投资87.5亿元。')[1]).toEqual(['87.5亿元', '现场签约项目总投资']);
    expect(subjects('建成年产值超10亿元的产业强镇23个。')[1]).toEqual(['23个', '年产值超10亿元的产业强镇']);
  });

  it('names the action and who must take it for a time limit (…内开工建设)', () => {
    expect(subjects('竞得人须在交地之日起6个月内开工建设、24个月内竣工投产。')).toEqual([
      ['6个月', '竞得人开工建设期限'],
      ['24个月', '竣工投产期限'],
    ]);
  });

  it('reads past 以 before the figure (以起始价…成交), but not 以上 in a name', () => {
    expect(subjects('该地块以起始价4020万元成交。')).toEqual([['4020万元', '起始价']]);
    expect(subjects('其中规模以上企业63家。')).toEqual([['63家', '规模以上企业']]);
  });

  it('takes the noun after an area or count when the words before are no measure', () => {
    expect(subjects('她家种了3亩茉莉花。')).toEqual([['3亩', '茉莉花']]);
    expect(subjects('实现全区20平方公里工业用地底线规模目标。')).toEqual([['20平方公里', '工业用地底线规模目标']]);
    expect(subjects('本次共出让两宗地块位于开发区内。')).toEqual([['两宗', '地块']]);
  });

  it('names what is given after a verb of giving, with whom it is given to', () => {
    expect(subjects('对年纳税额超过100万元的企业给予最高50万元的奖励。')[1]).toEqual(['50万元', '纳税额超过100万元的企业奖励']);
  });

  it('takes a one-character place counted after the figure, and stops the counted thing at its verb', () => {
    expect(subjects('全县15个镇（街道）、118个建制村。')).toEqual([
      ['15个', '镇（街道）'],
      ['118个', '建制村'],
    ]);
    expect(subjects('共有三家竞买人参与报价。')).toEqual([['三家', '竞买人']]);
  });

  it('reads the subject of a figure inside a quotation from the quotation', () => {
    expect(subjects('临安分局锚定“工业做地一万亩”三年行动计划不动摇。')[0]).toEqual(['一万亩', '工业做地']);
  });

  it('does not cut a measure\'s name at a verb inside it (覆盖率) or at a numeral word (上一批次)', () => {
    expect(subjects('全县森林覆盖率达到81.46%。')).toEqual([['81.46%', '森林覆盖率']]);
    expect(subjects('成交总价1.344亿元，比上一批次增加2860万元。')).toEqual([
      ['1.344亿元', '成交总价'],
      ['2860万元', '成交总价比上一批次增加'],
    ]);
  });

  it('names a field by its label when the figure stands alone after the colon', () => {
    expect(subjects('地块编号：2024P15\n出让面积：35862.4平方米\n出让年限：50年\n建筑密度：≥40%\n起始价：2690万元')).toEqual([
      ['35862.4平方米', '出让面积'],
      ['50年', '出让年限'],
      ['40%', '建筑密度'],
      ['2690万元', '起始价'],
    ]);
  });

  it('gives a conversion or a change the subject of the figure before it, in text without sentence ends', () => {
    expect(subjects('土地位置：安海镇曾埭村\n出让面积：35862.4平方米（合53.79亩）\n土地用途：工业用地').map(([, s]) => s)).toEqual([
      '出让面积',
      '出让面积',
    ]);
    expect(subjects('▶ 地区生产总值\n612.5亿元\n↑5.8%').map(([, s]) => s)).toEqual(['地区生产总值', '地区生产总值']);
  });

  it('names a share said with 占 alone by the figure before it', () => {
    expect(subjects('其中65岁及以上人口25.16万人，占22.4%，比上年末提高0.7个百分点。').map(([, s]) => s)).toEqual([
      '65岁及以上人口',
      '65岁及以上人口占比',
      '65岁及以上人口占比比上年末提高',
    ]);
  });
});

describe('subjects in cells of prose and of levels reached from an average', () => {
  it('names a figure in a table cell of prose by the cell’s own words, and a bare cell by its row and column', () => {
    const table = '序号\t项目名称\t建设内容及规模\t衔接资金（万元）\n1\t黄桃产业基地项目\t新建黄桃基地600亩，配套建设冷库1座\t420\n';
    expect(subjects(table)).toEqual([
      ['600亩', '新建黄桃基地'],
      ['1座', '配套建设冷库'],
      ['420', '黄桃产业基地项目衔接资金'],
    ]);
  });

  it('names both levels of 由平均…减至… by the measure', () => {
    expect(subjects('申请材料由平均18.4份减至7.6份。').map(([, s]) => s)).toEqual(['申请材料', '申请材料']);
  });

  it('names both levels of 由…降至… by the measure, and 下降到 still whole', () => {
    expect(subjects('管网漏损率由28%降至9.5%以下。').map(([, s]) => s)).toEqual(['管网漏损率', '管网漏损率']);
    expect(subjects('产品不良率由万分之八降到万分之二。').map(([, s]) => s)).toEqual(['产品不良率', '产品不良率']);
    expect(subjects('水土流失率由31.5%下降到6.82%。').map(([, s]) => s)).toEqual(['水土流失率', '水土流失率']);
  });
});

describe('subjects past a bracket, a class word and an earlier figure after 由 (the sixteenth Chinese held-out set)', () => {
  it('names a figure right after a note in brackets by the words before the note', () => {
    expect(subjects('本季度共抽查行政村（社区）102个。')).toEqual([['102个', '本季度共抽查行政村']]);
    expect(subjects('新建产地冷藏保鲜仓（以下简称产地仓）23座。')).toEqual([['23座', '新建产地冷藏保鲜仓']]);
  });

  it('names both levels of X由…降至… by X when the earlier level is a figure', () => {
    expect(subjects('冷链运费由每吨280元降至每吨195元。').map(([, s]) => s)).toEqual(['冷链运费', '冷链运费']);
  });

  it('reads the noun after 级 or 来 that end a figure’s words (百亿级产业集群, 两年来培训…), not after 来自 or 级别', () => {
    expect(subjects('打造百亿级产业集群。')).toEqual([['百亿', '产业集群']]);
    expect(subjects('两年来培训冷链技术人员640人次。')[0]).toEqual(['两年', '培训冷链技术人员']);
  });
});

describe('jobs named with their verb (the eighteenth Chinese held-out set)', () => {
  it('keeps 新增/带动/实现 before 就业, where the verb is half of the measure, but cuts it before a longer object', () => {
    expect(subjects('全县城镇新增就业6842人。')).toEqual([['6842人', '城镇新增就业']]);
    expect(subjects('扶持创业2140人，带动就业6520人。')[1]).toEqual(['6520人', '带动就业']);
    expect(subjects('完成城镇新增就业6842人。')).toEqual([['6842人', '城镇新增就业']]);
    expect(subjects('新增高标准农田改造提升面积1.2万亩。')).toEqual([['1.2万亩', '高标准农田改造提升面积']]);
  });
});

describe('the 约 of a verb (the nineteenth Chinese held-out set)', () => {
  it('keeps 约 that ends 节约 or 签约, where it is half of the verb, and strips 约 as "about"', () => {
    expect(subjects('一年能节约80万元。')).toEqual([['80万元', '一年能节约']]);
    expect(subjects('外资项目新签约42个。')).toEqual([['42个', '外资项目新签约']]);
    expect(subjects('总投资约42亿元。')).toEqual([['42亿元', '总投资']]);
  });
});

describe('adverbs and particles at a subject’s edges (the twenty-fourth Chinese held-out set)', () => {
  it('strips 仅 (僅) before a figure, as other adverbs of degree', () => {
    expect(subjects('园区距高速出口仅5公里。')).toEqual([['5公里', '园区距高速出口']]);
    expect(subjects('全镇冷链物流企业仅3家。')).toEqual([['3家', '冷链物流企业']]);
    expect(subjects('園區距高速出口僅5公里。')).toEqual([['5公里', '園區距高速出口']]);
  });

  it('cuts the 了 of a completed verb with the verb (设立了, 建成了), not leaving it to start the subject', () => {
    expect(subjects('县里设立了农业产业发展专项资金5000万元。')).toEqual([['5000万元', '农业产业发展专项资金']]);
  });

  it('takes no one-character adverb before a verb of giving (再给予, 另给予) for the one who receives', () => {
    expect(subjects('验收合格的，再给予最高10万元的建设奖励。')).toEqual([['10万元', '建设奖励']]);
  });
});

describe('policy names with 以 and the denominators of rates (the twenty-fifth Chinese held-out set)', () => {
  it('keeps the 以 of a policy named 以…代… (以工代赈, 以奖代补), which is no agent\'s "with"', () => {
    expect(subjects('今年争取以工代赈资金5280万元。')).toEqual([['5280万元', '争取以工代赈资金']]);
    expect(subjects('县财政下达以奖代补资金1260万元。')).toEqual([['1260万元', '县财政下达以奖代补资金']]);
    expect(subjects('某公司以2130万元竞得。')[0][1]).not.toContain('以');
  });

  it('strips a rate\'s 每亩 / 每人 / 每户 / 每秒 before its figure, which the unit already says', () => {
    expect(subjects('复耕补助按每亩150元标准发放。')).toEqual([['150元', '复耕补助']]);
    expect(subjects('户厕改造按每户1800元补助。')).toEqual([['1800元', '户厕改造']]);
    expect(subjects('成交价每亩18.5万元。')).toEqual([['18.5万元', '成交价']]);
    // A flow's 每秒, before the figure or before its qualifier (m3/s says it).
    expect(subjects('节制闸设计过闸流量达每秒850立方米。')).toEqual([['850立方米', '节制闸设计过闸流量']]);
    expect(subjects('沧水最大入湖流量每秒约1200立方米。')).toEqual([['1200立方米', '沧水最大入湖流量']]);
  });
});

describe('verbs before a short object and measures said in a 的 phrase (the first Chinese subjects round)', () => {
  it('keeps a verb of adding, building or signing before a short object, which says which of the things are counted', () => {
    expect(subjects('全年新增床位220张。')).toEqual([['220张', '全年新增床位']]);
    expect(subjects('会上集中签约项目16个。')).toEqual([['16个', '会上集中签约项目']]);
    expect(subjects('园区已建成标准厂房20万平方米。')).toEqual([['20万平方米', '园区已建成标准厂房']]);
  });

  it('still drops a verb that only says the thing is had or reached (实现, 完成, 共有) before a noun of three characters or more', () => {
    expect(subjects('全市共有陶瓷企业186家。')).toEqual([['186家', '陶瓷企业']]);
    expect(subjects('公司实现营业收入3120万元。')).toEqual([['3120万元', '营业收入']]);
  });

  it('gives a measure said in a 的 phrase (总投资, 占地, 总规模, 长) to the noun the phrase describes', () => {
    expect(subjects('总投资23.6亿元的家具博览中心项目已完成主体工程。')).toEqual([['23.6亿元', '家具博览中心项目总投资']]);
    expect(subjects('明年将新建一座占地约15亩的农产品冷链仓储中心。')).toEqual([['15亩', '农产品冷链仓储中心占地']]);
    expect(subjects('市里设立了总规模20亿元的产业基金。')).toEqual([['20亿元', '产业基金总规模']]);
    expect(subjects('项目共安装单机容量6.25兆瓦的风机16台。')[0]).toEqual(['6.25兆瓦', '风机单机容量']);
    expect(subjects('建成11个室外篮球场和一条长2.4公里的环湖健身步道。')[1]).toEqual(['2.4公里', '环湖健身步道长']);
    // In Traditional characters too (單機, 裝: the engine's Traditional pairs carry them).
    expect(subjects('項目共安裝單機容量6.25兆瓦的風機16台。')[0]).toEqual(['6.25兆瓦', '風機單機容量']);
  });

  it('leaves a measure before a figure with no 的 after it, or a 的 phrase of another kind, as it was', () => {
    expect(subjects('特勤消防站总投资6800万元。')).toEqual([['6800万元', '特勤消防站总投资']]);
    expect(subjects('对亩均税收低于5万元的企业开展整治。')[0][1]).not.toMatch(/^企业/);
  });
});

describe('a measure named alone after a count (the first Chinese subjects round)', () => {
  it('is of the things counted just before it in the sentence (总投资, 面积, 投资, 库容)', () => {
    expect(subjects('累计签约项目86个，总投资超过320亿元。')[1]).toEqual(['320亿元', '累计签约项目总投资']);
    expect(subjects('已收储厂房9处、面积8.4万平方米。')[1]).toEqual(['8.4万平方米', '已收储厂房面积']);
    expect(subjects('其中工业项目13个、投资68.9亿元，现代服务业项目4个、投资11.2亿元。')).toEqual([
      ['13个', '工业项目'],
      ['68.9亿元', '工业项目投资'],
      ['4个', '现代服务业项目'],
      ['11.2亿元', '现代服务业项目投资'],
    ]);
  });

  it('is not what a count right before it counts (签约项目16个总投资87.5亿元)', () => {
    expect(subjects('现场签约项目16个总投资87.5亿元')).toEqual([
      ['16个', '现场签约项目'],
      ['87.5亿元', '现场签约项目总投资'],
    ]);
  });

  it('is left alone after a figure that is no count (总投资6800万元，占地25亩)', () => {
    expect(subjects('特勤消防站总投资6800万元，占地25亩。')[1]).toEqual(['25亩', '占地']);
  });
});

describe('a change named with the words that say it (the first Chinese subjects round)', () => {
  it('takes the thing that changed and the words of the change: its base and its verb', () => {
    expect(subjects('全县粮食播种面积38.6万亩，比上年增加0.4万亩。')[1]).toEqual(['0.4万亩', '粮食播种面积比上年增加']);
    expect(subjects('实现综合产值58.6亿元，同比增长11.3%。')[1]).toEqual(['11.3%', '综合产值同比增长']);
    expect(subjects('焦炭产量1290.4万吨，增长7.2%。')[1]).toEqual(['7.2%', '焦炭产量增长']);
  });

  it('leaves a change after another change, and a figure that is no change, with the subject before as it was', () => {
    expect(subjects('存款余额1286.4亿元，较年初增加96.8亿元，同比增长9.7%。').map(([, s]) => s)).toEqual([
      '存款余额',
      '存款余额较年初增加',
      '存款余额较年初增加',
    ]);
    expect(subjects('该地块出让面积约4.02万平方米，合60.3亩。')[1]).toEqual(['60.3亩', '该地块出让面积']);
  });
});

describe('a verb of giving after a count, and 向 before it (the first Chinese subjects round)', () => {
  it('takes no verb of giving after a count (发放) for what it counts, and no 向 for who it is', () => {
    expect(subjects('抽查发现，向不符合条件的42人发放创业补贴。')).toEqual([['42人', '不符合条件']]);
  });
});

describe('a short note in brackets after a counted noun (the first Chinese subjects round)', () => {
  it('keeps the note that widens the noun (村（社区）, 乡镇（街道）) with it', () => {
    expect(subjects('全市323个村（社区）集体经济收入全部超过10万元。')[0]).toEqual(['323个', '村（社区）']);
    expect(subjects('覆盖16个乡镇（街道）、387个行政村。')[0]).toEqual(['16个', '乡镇（街道）']);
  });

  it('takes no note right after the counter (42台（套）) for the noun', () => {
    expect(subjects('县农机服务中心组织42台（套）农机开展代耕代种。')).toEqual([['42台', '县农机服务中心组织']]);
  });
});

describe('the scope and time a subject opens with (the second Chinese subjects round)', () => {
  it('leaves out the whole of a place (全县, 全市, 全镇) and this year (今年) before what is measured', () => {
    expect(subjects('全县森林覆盖率达到81.46%。')).toEqual([['81.46%', '森林覆盖率']]);
    expect(subjects('今年全市新设经营主体2.3万户。')).toEqual([['2.3万户', '新设经营主体']]);
    expect(subjects('2024年全区规上工业总产值突破800亿元。')).toEqual([['800亿元', '规上工业总产值']]);
    expect(subjects('今年以来累计为肉牛接种疫苗42万头。')).toEqual([['42万头', '累计为肉牛接种疫苗']]);
    expect(subjects('2024年以来出厂水水质检测合格率达到100%。')).toEqual([['100%', '出厂水水质检测合格率']]);
  });

  it('keeps a place named in part (全县 is left out, 县城 and 县级 are not) and other years (去年, 明年)', () => {
    expect(subjects('县城常住人口达到45万人。')).toEqual([['45万人', '县城常住人口']]);
    expect(subjects('明年计划新增标准厂房30万平方米。')).toEqual([['30万平方米', '明年计划新增标准厂房']]);
  });
});

describe('a target (the second Chinese subjects round)', () => {
  it('names a figure after 力争 in its sentence as a target, without 力争 and its year', () => {
    expect(subjects('力争到2027年油茶综合产值突破70亿元，带动就业3万人。')).toEqual([
      ['70亿元', '油茶综合产值目标'],
      ['3万人', '带动就业目标'],
    ]);
    expect(subjects('开发区力争规上工业营业收入突破800亿元。')).toEqual([['800亿元', '规上工业营业收入目标']]);
  });

  it('leaves a level reached, and a figure before 力争, as they were', () => {
    expect(subjects('油茶综合产值达到52亿元，力争明年突破70亿元。')[0]).toEqual(['52亿元', '油茶综合产值']);
    expect(subjects('全年接待游客182.6万人次。')).toEqual([['182.6万人次', '全年接待游客']]);
  });
});

describe('a clause that names nothing (the second Chinese subjects round)', () => {
  it('is of what its sentence opens by naming before 为 or 是, when no figure comes before it', () => {
    expect(subjects('公示期为2026年12月2日至12月8日，共7天。')).toEqual([['7天', '公示期']]);
    expect(subjects('征求意见时间为11月30日至12月14日，共15个工作日。')).toEqual([['15个工作日', '征求意见时间']]);
  });

  it('still takes the subject of a figure before it in the sentence', () => {
    expect(subjects('该地块出让面积约4.02万平方米，合60.3亩。')[1]).toEqual(['60.3亩', '该地块出让面积']);
  });
});

describe('a share of a whole (the second Chinese subjects round)', () => {
  it('is of the level said before it in the sentence, past a change between them', () => {
    expect(subjects('开发区完成固定资产投资87.6亿元，占年度目标的91.2%。')[1]).toEqual(['91.2%', '固定资产投资占年度目标']);
    expect(subjects('过夜游客63.8万人次，同比增长15.3%，占游客总数的34.2%。')[2]).toEqual(['34.2%', '过夜游客占游客总数']);
  });

  it('leaves 占地 (land taken, no share) and a share after a share as they were', () => {
    expect(subjects('项目总投资6800万元，占地25亩。')[1]).toEqual(['25亩', '占地']);
    expect(subjects('工业投资占全部投资的61.2%，占全市的20%。')[1]).toEqual(['20%', '占全市']);
  });
});

describe('a measure named alone after the thing it measures (the second Chinese subjects round)', () => {
  it('is of the thing an earlier clause of the sentence names: before 位于 or 是, a list item, after a verb of building', () => {
    expect(subjects('龙游县体育公园位于城北新区，规划用地面积约320亩，总投资4.6亿元。')[1]).toEqual(['4.6亿元', '龙游县体育公园总投资']);
    expect(subjects('6.高性能膜材料项目，总投资8.5亿元，计划明年3月开工；')).toEqual([['8.5亿元', '高性能膜材料项目总投资']]);
    expect(subjects('该消防站是园区重点基础设施项目之一，总投资6800万元，占地25亩。').map(([, s]) => s)).toEqual([
      '消防站总投资',
      '消防站占地',
    ]);
  });

  it('is left alone when no earlier clause names a thing (a speaker, a time)', () => {
    expect(subjects('记者从会上获悉，总投资3.78亿元。')).toEqual([['3.78亿元', '总投资']]);
  });
});

describe('the third Chinese subjects round', () => {
  it('leaves out 现有 (now has) and the adverb 共 (in all) before what is counted, not 共 of 共建, 共享, 共有', () => {
    expect(subjects('全镇现有竹木加工企业320余家。')).toEqual([['320余家', '竹木加工企业']]);
    expect(subjects('今年共培训高素质农民1860人次。')).toEqual([['1860人次', '培训高素质农民']]);
    expect(subjects('今年共建“飞地”园区3个。')).toEqual([['3个', '共建飞地园区']]);
    // (共有 is a verb of having, which keeps a short object: left to the leading verbs.)
    expect(subjects('全县共有水库42座。')).toEqual([['42座', '共有水库']]);
  });

  it('leaves out 共计 (in all) whole, and keeps the 共 of a noun (共富工坊, 共青团员, 共产党员, 共治项目)', () => {
    expect(subjects('全县共计完成造林3.5万亩。')).toEqual(subjects('全县完成造林3.5万亩。'));
    expect(subjects('全市共计发放补贴1200万元。')).toEqual(subjects('全市发放补贴1200万元。'));
    expect(subjects('全市共富工坊达到120家。')).toEqual([['120家', '共富工坊']]);
    expect(subjects('全市共青团员1.2万名。')).toEqual([['1.2万名', '共青团员']]);
    expect(subjects('全县共产党员3.2万名。')).toEqual([['3.2万名', '共产党员']]);
    expect(subjects('全区共治项目32个。')).toEqual([['32个', '共治项目']]);
  });

  it('gives a plot (地块) named in an earlier clause its measures said alone (出让面积, 出让年限), its code uncut', () => {
    expect(subjects('XZ2025-07号地块位于城南新区春江路西侧，出让面积26480平方米，出让年限50年。')).toEqual([
      ['26480平方米', 'XZ2025-07号地块出让面积'],
      ['50年', 'XZ2025-07号地块出让年限'],
    ]);
  });

  it('gives a thing named in an earlier clause its 总库容 and 总建筑面积', () => {
    expect(subjects('下水库位于石门村，总库容860万立方米。')).toEqual([['860万立方米', '下水库总库容']]);
    expect(subjects('城西文化中心位于滨江路，总建筑面积3.2万平方米。')).toEqual([['3.2万平方米', '城西文化中心总建筑面积']]);
  });

  it('gives a field label (出让面积：) no thing from an earlier line: its record is named by a heading', () => {
    expect(subjects('地块位置：城东工业园区，纬二路以南\n出让面积：18600平方米')).toEqual([['18600平方米', '出让面积']]);
  });
});

describe('a verb said once before a 、-list of figures (the fourth Chinese subjects round)', () => {
  it('gives each later item the verb of the list (储备化肥…、农药… → 储备农药), a joined second verb too', () => {
    expect(subjects('今年，全县储备化肥3.2万吨、农药186吨、柴油420吨。')).toEqual([
      ['3.2万吨', '储备化肥'],
      ['186吨', '储备农药'],
      ['420吨', '储备柴油'],
    ]);
    expect(subjects('新建和改造农村公路86公里、桥梁12座。')).toEqual([
      ['86公里', '新建和改造农村公路'],
      ['12座', '新建和改造桥梁'],
    ]);
  });

  it('leaves an item with a verb of its own, a measure of the item before, and a list across a ，', () => {
    expect(subjects('新建农村公路12公里、改造危桥3座。')).toEqual([
      ['12公里', '新建农村公路'],
      ['3座', '改造危桥'],
    ]);
    expect(subjects('新建主变2台、总容量10万千伏安。')).toEqual([
      ['2台', '新建主变'],
      ['10万千伏安', '新建主变总容量'],
    ]);
    expect(subjects('储备化肥3.2万吨，农药186吨。')).toEqual([
      ['3.2万吨', '储备化肥'],
      ['186吨', '农药'],
    ]);
  });

  it('leaves a list of nouns that the verb takes together, with one figure for them all', () => {
    expect(subjects('引进人才、资金、技术共计3亿元。')).toEqual([['3亿元', '技术']]);
  });
});

describe('a series of figures after 分别, respectively (the fifth Chinese subjects round)', () => {
  it('gives each figure its item of the list before 分别, with the verb after 分别', () => {
    expect(subjects('排名前三的乡镇依次为石门镇、清溪镇和龙潭镇，分别新增市场主体1260户、980户和745户。')).toEqual([
      ['1260户', '石门镇新增市场主体'],
      ['980户', '清溪镇新增市场主体'],
      ['745户', '龙潭镇新增市场主体'],
    ]);
    expect(subjects('水稻、小麦、玉米分别种植12万亩、8.5万亩和3.2万亩。')).toEqual([
      ['12万亩', '水稻种植'],
      ['8.5万亩', '小麦种植'],
      ['3.2万亩', '玉米种植'],
    ]);
    expect(subjects('县人民医院和县中医院分别投资3.6亿元和2.1亿元。')).toEqual([
      ['3.6亿元', '县人民医院投资'],
      ['2.1亿元', '县中医院投资'],
    ]);
  });

  it('reads a series in full-width digits as one in ASCII digits', () => {
    expect(subjects('石门镇、清溪镇和龙潭镇分别新增市场主体１２６０户、９８０户和７４５户。')).toEqual([
      ['１２６０户', '石门镇新增市场主体'],
      ['９８０户', '清溪镇新增市场主体'],
      ['７４５户', '龙潭镇新增市场主体'],
    ]);
  });

  it('leaves a series in Chinese numerals as it was: where its verb ends, and so where each figure stands, is not known', () => {
    // (Read as a series, every figure took the first item: the verb ran on over the figures before it.)
    expect(subjects('石门镇、清溪镇和龙潭镇分别新建村级服务站三个、五个和七个。')).toEqual([
      ['三个', '清溪镇和龙潭镇分别新建村级服务站'],
      ['五个', '清溪镇和龙潭镇分别新建村级服务站'],
      ['七个', '清溪镇和龙潭镇分别新建村级服务站'],
    ]);
  });

  it('leaves a list whose parts outnumber the figures (a 和 inside a name) as it was', () => {
    expect(subjects('批发和零售业、住宿和餐饮业增加值分别增长6.2%和8.4%。')).toEqual([
      ['6.2%', '住宿和餐饮业增加值'],
      ['8.4%', '住宿和餐饮业增加值'],
    ]);
  });

  it('leaves a list whose head is said once after its last item (no verb but a filler after 分别) as it was', () => {
    expect(subjects('城镇和农村居民人均可支配收入分别达到48620元和26350元。')).toEqual([
      ['48620元', '城镇和农村居民人均可支配收入'],
      ['26350元', '城镇和农村居民人均可支配收入'],
    ]);
  });

  it('takes no items that hold figures (旅游收入28.6亿元，税收3.2亿元，同比分别增长…): the change is of the figure before', () => {
    expect(subjects('旅游收入28.6亿元，税收3.2亿元，同比分别增长12.3%和15.8%。').slice(2)).toEqual([
      ['12.3%', '税收同比分别增长'],
      ['15.8%', '税收同比分别增长'],
    ]);
  });
});
