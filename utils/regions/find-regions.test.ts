import { describe, expect, it } from 'vitest';
import type { RegionQuery } from '../articles/analyse';
import { findRegions } from './find-regions';
import { getGazetteer } from './gazetteer';

/** A query for a text whose first line is its headline and second paragraph its lead. */
function query(text: string, language: 'zh' | 'en' = 'zh'): RegionQuery {
  const title = text.split('\n')[0];
  const leadStart = text.indexOf('\n\n') + 2;
  const leadEnd = text.indexOf('\n', leadStart);
  return { text, title, lead: { start: leadStart, end: leadEnd < 0 ? text.length : leadEnd }, excluded: [], language };
}

const codes = (text: string, language: 'zh' | 'en' = 'zh') => findRegions(query(text, language)).map((r) => r.code);

describe('the gazetteer', () => {
  it('holds the hierarchy with GB/T 2260 codes, including divisions created after 2021', () => {
    const g = getGazetteer();
    expect(g.byCode.get('330112')?.path).toEqual(['浙江省', '杭州市', '临安区']);
    expect(g.byCode.get('330113')?.name).toBe('临平区');
    expect(g.byCode.get('500000')?.level).toBe('province');
    // The statistical office's development zones are not divisions.
    expect([...g.byCode.values()].some((d) => d.name.endsWith('经济技术开发区'))).toBe(false);
  });
});

describe('findRegions', () => {
  it('resolves a short form to its full division with path', () => {
    expect(findRegions(query('临安如何打好空间仗\n\n临安今年出让工业用地1000亩。\n临安还盘活了存量用地。'))).toEqual([
      { name: '临安区', code: '330112', level: 'county', path: ['浙江省', '杭州市', '临安区'] },
    ]);
  });

  it('resolves towns to their county code, keeping their own name', () => {
    const regions = findRegions(query('吴兴区推进乡村振兴\n\n日前，湖州市吴兴区埭溪镇月映桥村迎来投资商。'));
    expect(regions[0].code).toBe('330502');
    expect(regions).toContainEqual({ name: '埭溪镇', code: '330502', level: 'town', path: ['浙江省', '湖州市', '吴兴区', '埭溪镇'] });
  });

  it('resolves a Taiwan county to the province code, keeping its own name (it has no code of its own)', () => {
    const regions = findRegions(query('屏东县农业总产值创新高\n\n屏东县政府今日公布农业统计，全县农业总产值再创新高。'));
    expect(regions[0]).toEqual({ name: '屏东县', code: '710000', level: 'town', path: ['台湾省', '屏东县'] });
    // 金门县 and 连江县 stay Fujian's divisions of those names.
    expect(codes('连江县推进乡村振兴\n\n连江县今年新建农村公路。')[0]).toBe('350122');
  });

  it('ranks the headline place first, most specific before its parents', () => {
    expect(codes('仙居：营商环境再优化\n\n2023年以来，台州市仙居县推进改革。仙居企业综合服务中心对外开放。')[0]).toBe('331024');
    expect(codes('嘉兴电力发布浙江首个绿色变电站评价规范\n\n国网嘉兴供电公司开展绿色建造。嘉兴电力将申报行业标准。')).toEqual([
      '330400',
      '330000',
    ]);
  });

  it('does not take everyday words for places', () => {
    // 青山 (青山区), 城关 (城关区), 新区, 朝阳 (朝阳区/市/县), 振兴 (振兴区), 互助 (互助县), 资源 (资源县).
    const text =
      '青山绿水间的新区建设\n\n城关镇所在的新区按照朝阳产业规划，推进乡村振兴。民营企业互助联盟成立。\n自然资源局负责人介绍了供地情况。';
    expect(codes(text)).toEqual([]);
  });

  it('does not take a bay named after a city for the city', () => {
    // 杭州湾 is the bay; the zone on its shore is in 上虞区 of 绍兴.
    expect(codes('杭州湾上虞经济技术开发区2024年工作总结\n\n2024年，开发区实现规上工业总产值1286.4亿元。上虞区将继续推进。')).not.toContain('330100');
  });

  it("does not take a lake named after a county for the county, though its lakeside quarter stays the city's", () => {
    // 鄱阳湖 is the lake 湖口县 (Jiujiang) lies on, 洪泽湖 the lake beside 泗洪县: neither is 鄱阳县 or 洪泽区.
    const hukou = codes('湖口县关于加强长江禁捕管理的通告\n\n长江湖口段和鄱阳湖湖口水域实行常年禁捕。鄱阳湖水位持续走低。');
    expect(hukou[0]).toBe('360429');
    expect(hukou).not.toContain('361128');
    expect(codes('泗洪大新庄遗址考古发掘简报\n\n遗址位于泗洪县梅花镇，东距洪泽湖约12公里。')).not.toContain('320813');
    // The county itself, named before anything but a lake, is still read, and so is a city's 湖滨 quarter.
    expect(codes('鄱阳县推进湖区移民安置\n\n鄱阳今年安置移民1200户，鄱阳县财政投入2.6亿元。')[0]).toBe('361128');
    expect(codes('宿迁湖滨新区招商签约\n\n宿迁湖滨新区签约项目12个。')).toContain('321300');
  });

  it('does not read a two-character county name inside a word', () => {
    // 范县 (Henan) inside 示范县; 将乐 is in Fujian.
    expect(codes('将乐：林票改革让青山生金\n\n三明市将乐县获评全国林业改革示范县，将乐森林覆盖率达到81%。')).toEqual(['350428', '350400']);
  });

  it('does not read a county name that starts with a number\'s unit (7天全县 is no 天全县)', () => {
    expect(codes('沂水县假日经济升温\n\n沂水县国庆假期7天全县接待游客52万人次。')).not.toContain('511825');
  });

  it('takes a town only where the article names its county or city', () => {
    // 开发区 is also the name of town-level units in several counties.
    expect(codes('兰溪光膜小镇二期完工\n\n兰溪经济开发区光膜小镇二期完工。兰溪市将继续招商，开发区新增厂房18万平方米。')).toEqual(['330781']);
  });

  it('picks the one of several same-named places that fits the rest of the article', () => {
    expect(codes('北京朝阳区出让商业用地\n\n北京市朝阳区今年出让商业用地5宗。')).toContain('110105');
    expect(codes('朝阳区出让商业用地\n\n朝阳区今年出让商业用地5宗。')).toEqual([]);
    expect(codes('吉林推进乡村振兴\n\n吉林今年新建高标准农田。')).toEqual(['220000']);
  });

  it('reads a short form that is also an everyday word (大丰: 大丰收) only in an article that names the place in full', () => {
    const named = '沪苏大丰共建产业园\n\n盐城市大丰区与上海共建的产业园今年投产。大丰制造的零部件销往上海，在大丰的农场也供应上海。';
    const mentions = findRegions(query(named));
    expect(mentions[0]?.code).toBe('320904');
    expect(codes('秋粮喜获大丰收\n\n今年粮食大丰收，大丰收的喜悦写在农民脸上。')).not.toContain('320904');
  });

  it("reads such a short form before its development zone's name (江山经济开发区) as the place, and not where several places share it", () => {
    const notice = '江山经济开发区“标准地”控制性指标公示\n\n江山经济开发区管委会会同市自然资源和规划局确定了2宗工业用地的控制性指标。';
    expect(codes(notice)).toEqual(['330881']);
    // Without the zone's name the everyday word stays a word (锦绣江山), and 城关 is several districts' short form.
    expect(codes('锦绣江山展新颜\n\n经济开发区的厂房里一片繁忙，大好江山尽收眼底。')).not.toContain('330881');
    expect(codes('城关经济开发区新签项目\n\n城关经济开发区今年新签项目12个。')).toEqual([]);
  });

  it('puts the county a story stands in before a province-level city it names more often, when its city is named too', () => {
    const text =
      '沪苏大丰产业集聚区：上海“飞地”里的新产业\n\n走进盐城市大丰区的产业集聚区，来自上海的企业正在安装设备。\n' +
      '集聚区累计引进上海项目186个，上海企业实现产值286亿元。上海研发、本地制造的模式正在形成，农产品供应上海。大丰区发改委负责人介绍了情况。';
    expect(codes(text).slice(0, 2)).toEqual(['320904', '310000']);
    // A county of another province whose city the article never names is a word read as a place (豫西山区 → 西山区).
    expect(codes('河南发布寒潮预警\n\n河南省气象台发布寒潮预警，豫西山区最低气温零下8度。河南全省降温。')[0]).toBe('410000');
  });

  it("takes the place of a speaker's line under the headline when the text names no other (临泉县委书记　张三)", () => {
    const text = '在全县重点项目建设推进会上的讲话\n\n临泉县委书记　张三\n\n同志们：今年全县谋划重点项目120个，全县上下要形成合力。';
    const line = { start: text.indexOf('临泉'), end: text.indexOf('张三') + 2 };
    const speech = { ...query(text), lead: undefined, excluded: [line] };
    expect(findRegions(speech).map((r) => r.code)).toEqual(['341221']);
    // Where the text names its own place, a place in a byline or credit is in passing, as before.
    const elsewhere = `${text}\n岳西县今年谋划重点项目80个，岳西县重点项目开工率达到九成。`;
    expect(findRegions({ ...speech, text: elsewhere }).map((r) => r.code)).toEqual(['340828']);
  });

  it('reads no name across the word its last character begins (畅通城乡, 建成县城, 形成县域)', () => {
    const text = '关于推进县域商业体系建设的调研报告\n\n县域商业是畅通城乡经济循环的重要载体。\n全县建成县城综合商贸服务中心3个，形成县域物流配送体系。';
    expect(codes(text)).toEqual([]);
    // A county's own town and its town-and-country are still the county: 沛县城区, 沛县城乡.
    expect(codes('沛县城区新增停车泊位2000个\n\n沛县城区今年新增停车泊位2000个，沛县城乡公交实现全覆盖。')[0]).toBe('320322');
    expect(codes('礼县城关镇新建农贸市场\n\n礼县城关镇新建农贸市场一处，礼县城关镇年内投用。')[0]).toBe('621226');
  });

  it('reads a full name whose short form is an everyday word as that word right after an office (局会同县财政局)', () => {
    const text = '岳西县高标准农田建设项目通过县级初验\n\n岳西县农业农村局会同县财政局、县自然资源和规划局组成验收组。\n县政府会同县直有关部门开展督查。';
    expect(codes(text)).toEqual(['340828']);
    // The county itself, at the start of a sentence or after a comma, is still the county.
    expect(codes('会同县新建高标准农田2万亩\n\n会同县财政局下达资金3000万元，会同县今年新建高标准农田2万亩。')[0]).toBe('431225');
  });

  it('reads 和 and 会同 between two of the county\'s own bodies as "and", not as 和县 or 会同县', () => {
    const text = '涡阳县医共体扩容工程开工\n\n涡阳县以县人民医院和县中医院为牵头单位，县中医院康复楼和县妇幼保健院迁建同步推进。' +
      '县消防救援大队会同县应急管理局开展检查。';
    expect(codes(text)).toEqual(['341621']);
    // A place or a list before it means the county.
    expect(codes('马鞍山市和县新建标准厂房\n\n马鞍山市和县今年新建标准厂房12万平方米。')).toContain('340523');
    expect(codes('怀化市会同县油茶产业提质\n\n怀化市会同县新增油茶林1.2万亩。')).toContain('431225');
  });

  it('takes the one county a report speaking of 我县 names, once, by its short form', () => {
    const text = '关于推进我县县域商业体系建设的调研报告\n\n今年5月，县政协组织调研组对我县县域商业进行了调研。\n全县网络零售额38.5亿元，郸城红薯等农产品销往全国。';
    expect(codes(text)).toEqual(['411625']);
    // A county named for its example, with its province or beside another, is not the report's own.
    expect(codes(text.replace('郸城红薯等', '学习浙江安吉的经验，'))).toEqual([]);
    expect(codes(text.replace('郸城红薯等', '学习安吉、德清的经验，'))).toEqual([]);
  });

  it('drops a place named once in passing', () => {
    const text = '吴兴区激发乡村振兴新活力\n\n吴兴区月映桥村发展美妆产业。\n村书记带着上海过来的投资商考察。吴兴区还建设了一批新项目。';
    expect(codes(text)).toEqual(['330502']);
  });

  it('reads English and pinyin names', () => {
    expect(codes('Suining turns idle plots into industrial parks\n\nSuining, a city in Sichuan province, converted land. Suining attracted projects.', 'en')).toEqual([
      '510900',
      '510000',
    ]);
    expect(codes('Chongqing opens logistics hub\n\nCHONGQING -- Chongqing opened a hub.', 'en')).toEqual(['500000']);
    expect(codes('Ningbo port sets record\n\nNingbo in Zhejiang province handled more cargo.', 'en')[0]).toBe('330200');
  });

  it('lists the divisions the leading place lies in most specific first, a prefecture named once in passing too', () => {
    const text = 'Council backs seed plant\n\nZhengding County in Hebei province will build a seed plant. Zhengding, a county just north of Shijiazhuang, grows wheat. Hebei farmers and Hebei firms supply it. Zhengding sells seed.';
    expect(codes(text, 'en')).toEqual(['130123', '130100', '130000']);
  });

  it('reads a wire dateline as where the story was filed when the lead names a place outside it', () => {
    const text = 'Flowers sold online\n\nNANJING, Dec. 1 (Xinhua) -- A grower in Shuyang County, east China\'s Jiangsu Province, sells azaleas. Shuyang has 46,000 online stores.';
    expect(codes(text, 'en')).toEqual(['321322', '320000']);
  });

  it("reads a government release's dateline in ordinary case, the date after it, as where it was filed", () => {
    const text =
      "Shuangfeng county opens logistics hub\n\nChangsha, Nov 29 (Hunan Provincial People's Government) — A hub opened on Friday " +
      'in Shuangfeng county, Loudi. Shuangfeng has 23 logistics firms.';
    expect(codes(text, 'en')).not.toContain('430100');
    // Changsha at the start of a line with no date after it is the story's place.
    expect(codes('Changsha opens metro line\n\nChangsha, the capital of Hunan province, opened its seventh metro line.', 'en')[0]).toBe('430100');
  });

  it('reads a name written with Township or Town after it as a township, there and elsewhere in the text', () => {
    const text = 'Chip park expansion approved\n\nThe Baoshan expansion in Hsinchu will add land. Land in Baoshan Township sold fast. Taiwan Power will supply it, and parks across Taiwan grew.';
    expect(codes(text, 'en')).toEqual(['710000']);
    // Without the township word, Baoshan is the city in Yunnan.
    expect(codes('Baoshan opens a coffee park\n\nBaoshan in Yunnan province opened a park. Baoshan farmers grow coffee.', 'en')[0]).toBe('530500');
  });

  it('reads county names in pinyin, with or without the apostrophe', () => {
    expect(codes("Lin’an district frees up land\n\nLin'an district in Hangzhou supplied 1,000 mu of industrial land.", 'en')[0]).toBe('330112');
    expect(codes('Xianju improves services\n\nXianju county in Taizhou opened a service center.', 'en')[0]).toBe('331024');
  });

  it('reads a name in the possessive, with a straight or a curly apostrophe, as a mention in passing', () => {
    const text = 'Jiangyin’s steel dynasties bet on hydrogen\n\nFor decades the chimneys of Jiangyin’s riverside were a barometer of the building boom.';
    expect(codes(text, 'en')).toEqual(['320281']);
    expect(codes("Caoxian's Hanfu makers thrive\n\nCaoxian's workshops sell Hanfu online.", 'en')).toEqual(['371721']);
    // The place the headline is about ranks above the one its possessive names.
    const moving = "Why Shenzhen's makers are moving to Longnan\n\nLongnan, a county-level city in Jiangxi province, drew 150 firms from Shenzhen's Bao'an district.";
    expect(codes(moving, 'en')[0]).toBe('360783');
  });

  it("reads a place that owns its counties or villages in the possessive as the story's place, not in passing", () => {
    const text =
      "Land sales: Jiangsu's counties take the deepest hit\n\nOur tally of 41 county governments in Jiangsu shows land revenue down.\n\nPizhou: down 52 percent.\n\nPizhou's land price fell.";
    expect(codes(text, 'en')[0]).toBe('320000');
  });

  it('reads a county-level city by its customary English name, which is no pinyin of its Chinese one', () => {
    const text = "Horgos port handles record freight\n\nThe Khorgos port in northwest China's Xinjiang Uygur Autonomous Region handled more trains.";
    expect(codes(text, 'en').slice(0, 2)).toEqual(['654004', '650000']);
    const golmud = "Salt lake turned solar base in Golmud, NW China's Qinghai\n\nGolmud, a city in northwest China's Qinghai Province, has built solar parks.";
    expect(codes(golmud, 'en')[0]).toBe('632801');
  });

  it('puts the county of the lead before the province of the headline', () => {
    const text =
      'Desert county in Ningxia herds its way to prosperity\n\nIn Yanchi county, in northwest China\'s Ningxia Hui Autonomous Region, herders raise sheep. Yanchi restored grassland.';
    expect(codes(text, 'en').slice(0, 2)).toEqual(['640323', '640000']);
  });

  it('reads the place of a wire dateline printed in capitals, and no other word in capitals', () => {
    const text = 'A Jiangxi County Bets on Oranges Again\n\nXUNWU, Jiangxi — Liu Guohua was 31 when the disease reached his village.';
    expect(codes(text, 'en').slice(0, 2)).toEqual(['360734', '360000']);
    expect(codes('Oranges again\n\nNINGBO — Exports rose.', 'en')[0]).toBe('330200');
    // Not at the start of a line, or not before a comma or dash: capitals are emphasis or an acronym.
    expect(codes('Oranges again\n\nThe county of XUNWU grows oranges in Jiangxi.', 'en')).not.toContain('360734');
  });

  it('reads a pinyin county name that is also an everyday Chinese word only before its division word', () => {
    // 民权 ("civil rights") is left out of the Chinese short forms; "Minquan county" can only be the county.
    expect(codes("Minquan county's cold chain park grows\n\nMinquan county in Henan province makes freezers.", 'en')[0]).toBe('411421');
    expect(codes('Freezer makers gather\n\nMinquan makers in Henan province sell freezers. Henan exports more.', 'en')).not.toContain('411421');
  });

  it('reads a one-character county written whole (Caoxian) or before its division word (Cao county)', () => {
    expect(codes("Caoxian's Hanfu makers thrive\n\nCaoxian county in East China's Shandong province sells Hanfu online.", 'en')[0]).toBe('371721');
    expect(codes('Hanfu makers thrive\n\nCao county in Shandong province sells Hanfu online. Cao county grows.', 'en')[0]).toBe('371721');
  });

  it('keeps a city named in English beside a neighbour that most mentions are of (Zhuhai beside Macau)', () => {
    const text = [
      'Hengqin bets on Macau firms to fill its island zone',
      '',
      'The zone on Hengqin island in Zhuhai has registered 6,120 Macau-funded businesses, up 18 per cent.',
      'Macau residents working there pay tax at 15 per cent, and Macau firms get cheaper rent.',
      'A rail link connects the zone with Macau, and Macau universities run labs there.',
    ].join('\n');
    expect(codes(text, 'en')).toEqual(expect.arrayContaining(['820000', '440400']));
  });

  it('reads places written in traditional characters', () => {
    expect(codes('東莞台商轉型升級\n\n廣東東莞的台資企業約3,600家，東莞市政府今年推出專項資金。')[0]).toBe('441900');
    expect(codes('廣州南沙新區建設提速\n\n廣州市南沙區今年出讓產業用地。南沙區簽約項目。')[0]).toBe('440115');
  });

  it('takes a Hong Kong district for Hong Kong (a government release never names the SAR)', () => {
    const text = [
      'Government announces land disposal',
      '',
      'The Government today announced the land disposal programme for the new development area in Yuen Long.',
      'The sites lie across the boundary from the Shenzhen Park, in Futian District, Shenzhen. The Shenzhen Park covers 3 sq km and the Hong Kong Park 0.9 sq km.',
    ].join('\n');
    expect(codes(text, 'en')[0]).toBe('810000');
  });

  it('does not take the Xinhua news agency for Xinhua county', () => {
    const text = "Yiwu market goes global\n\nHANGZHOU, Sept. 20 (Xinhua) -- Yiwu in Zhejiang province sells goods. Source: Xinhua. Yiwu grows.";
    expect(codes(text, 'en')).not.toContain('431322');
    expect(codes('Farmers thrive\n\nXinhua county in Hunan province grows tea. Xinhua county exports it.', 'en')[0]).toBe('431322');
  });

  it('does not take a person’s given name for a place', () => {
    // 吉安 is "Ji'an" or "Jian"; Wang Jian is a person.
    expect(codes('Officials visit factories\n\nWang Jian, an official in Zhejiang, visited Hangzhou factories.', 'en')).not.toContain('360800');
  });

  it('does not take a given name after a post and a surname for a district (副主任李卫东, not Pingdingshan’s 卫东区)', () => {
    const text = '一拖发布电动拖拉机\n\n洛阳一拖在洛阳经济技术开发区发布新品，经开区管委会副主任李卫东出席。李卫东表示，经开区将支持企业。';
    expect(codes(text)).not.toContain('410403');
    expect(codes(text)).toContain('410300');
  });

  it('settles a shared pinyin name by the province the article names, so that villages named like counties elsewhere stay villages', () => {
    // Wuyuan is 婺源 (Jiangxi) and 五原 (Inner Mongolia); Jiangling and Huangling are villages here, counties in Hubei and Shaanxi.
    const text =
      'Wuyuan in spring\n\nThe hills of Wuyuan county in northeastern Jiangxi province turn yellow in March.\n' +
      'Trains reach Wuyuan Station in three hours. Jiangling is the classic viewpoint; go to Huangling instead, or leave Jiangling early.';
    const found = codes(text, 'en');
    expect(found[0]).toBe('361130');
    expect(found).not.toContain('421024');
    expect(found).not.toContain('610632');
  });

  it('reads a county\'s pinyin that names a place of another province (Yangpu, Hainan\'s port zone) as no place there', () => {
    const text = [
      'Hainan free trade port live: island-wide special customs operations begin',
      '',
      'Yangpu port handles 3,400 containers on the first morning. Mark Ellis reports from Yangpu, in Danzhou.',
      'Cranes at the Yangpu terminal have been busy since dawn. Hainan island became one customs area, and Haikou cleared the first truck.',
      'The first ship left Yangpu at 9am. Sanya malls had 21,000 shoppers.',
    ].join('\n');
    const found = codes(text, 'en');
    expect(found).not.toContain('310110');
    expect(['460000', '460100', '460400']).toContain(found[0]);
    // A rail's headline that names Shanghai (weighed as excluded text) puts no part of the article there.
    const rail = `${text}\nMost viewed\nShanghai port volume tops 50 million containers`;
    const railAt = rail.indexOf('Most viewed');
    expect(findRegions({ ...query(rail, 'en'), excluded: [{ start: railAt, end: rail.length }] }).map((r) => r.code)).not.toContain('310110');
    // Where the article names Shanghai, Yangpu is its district.
    expect(codes('Yangpu district opens a startup park\n\nYangpu district in Shanghai opened a park. Yangpu firms moved in.', 'en')[0]).toBe('310110');
  });

  it('takes 老城区 and 新城区 for any city\'s old and new town, and for the district only where its province is named', () => {
    const text = '常德市发布城市体检报告\n\n常德市住房和城乡建设局发布体检报告。\n老城区仍有12个社区没有口袋公园，新城区学校不足。常德市将逐一整改。';
    expect(codes(text)).toEqual(['430700']);
    expect(codes('洛阳市老城区改造老街\n\n洛阳市老城区今年改造老街3条。老城区居民受益。')).toContain('410302');
  });

  it('takes names written on right after a county named in full, and not inside it, for parts of that county', () => {
    // 信丰县老城区嘉定片区: the county's old town and one of its quarters, not Luoyang's 老城区 nor Shanghai's 嘉定区.
    const text = '信丰县老城区嘉定片区房屋征收补偿方案\n\n县人民政府拟对老城区嘉定片区实施房屋征收。\n\n信丰县人民政府';
    expect(codes(text)[0]).toBe('360722');
    expect(codes(text)).not.toContain('310114');
  });

  it('keeps the city first when its lead lists several of its districts, and a single district before its city', () => {
    const several = '常德市发布城市体检报告\n\n体检覆盖中心城区武陵区、鼎城区，共查找问题212个。常德市将逐一整改。常德市住建局负责。';
    expect(codes(several)[0]).toBe('430700');
    const one = '常德市发布城市体检报告\n\n武陵区完成老旧小区改造40个。常德市将推广经验。常德市住建局负责。';
    expect(codes(one)[0]).toBe('430702');
  });

  it('takes a place that only locates something else for a mention in passing: a distance\'s point, a firm\'s home, an airport', () => {
    const steppe = [
      'Server halls fill up on the steppe',
      '',
      'On a plateau 350km north-west of Beijing, Ulanqab, a city in Inner Mongolia, hosts 38 data centre projects. A Beijing-based operator runs the largest.',
      'Ulanqab has 11.8GW of wind and solar capacity. Beijing named it a computing hub.',
    ].join('\n');
    expect(codes(steppe, 'en')[0]).toBe('150900');
    const guide = [
      'Land, power and labour for investors',
      '',
      'Wuzhi County lies in Jiaozuo, Henan Province, 22 km from Zhengzhou and 48 km from Zhengzhou Xinzheng International Airport.',
      'Wuzhi has two stations on the line to Zhengzhou.',
    ].join('\n');
    const found = codes(guide, 'en');
    expect(found[0]).toBe('410823');
    expect(found).not.toContain('410184');
    // Named as a place, the city counts as before.
    expect(codes('Zhengzhou opens a logistics park\n\nZhengzhou opened a park of 2 square kilometers.', 'en')[0]).toBe('410100');
  });

  it('reads an everyday English word that is also a county\'s pinyin as the place only with its division word', () => {
    const guide = 'Investment Guide\n\nWuzhi County lies in Jiaozuo, Henan Province, 22 km from Zhengzhou.\nWuzhi has two stations.';
    expect(codes(guide, 'en')).not.toContain('632523');
    expect(codes(guide, 'en')[0]).toBe('410823');
    expect(codes('Yuan Slips as Exporters Sell\n\nThe yuan weakened in Shanghai trading on Monday.', 'en')).not.toContain('341503');
    expect(codes('Guide County builds a solar park\n\nGuide County in Qinghai will build a 200 MW solar park.', 'en')[0]).toBe('632523');
    // The division word in an apposition after the name names the place too; a person's office after a comma does not.
    expect(codes('LGFV misses coupon\n\nMile, a county-level city in Yunnan, missed a payment. Mile has 560,000 people.', 'en')[0]).toBe('532504');
    expect(codes('Council meets\n\nDean, a city official in Yunnan, spoke.', 'en')).not.toContain('532504');
  });

  it('weighs a place in a reporting credit under the text as a mention in passing', () => {
    const text = [
      'Lithium miners cut output in Yichun',
      '',
      'Yichun, in Jiangxi province, produced less lithium carbonate this quarter.',
      'Traders in Shanghai said prices fell. A Shanghai fund sold shares, and Beijing named a new target.',
      'Additional reporting by Li Na in Beijing',
      '(Reporting by Helen Zhou in Beijing; Editing by Tom Hale)',
    ].join('\n');
    const found = codes(text, 'en');
    expect(found.indexOf('310000')).toBeLessThan(found.indexOf('110000'));
  });
});


describe('findRegions: a town name several counties share', () => {
  const names = (text: string) => findRegions(query(text)).map((r) => `${r.code}${r.name}`);

  it("reads it in the county the article names, not in another county of the same city (泗县经济开发区 is not 砀山's)", () => {
    // Of 宿州's counties only 砀山 has a town named 经济开发区; the article names 泗县 and never 砀山.
    const text = '泗县输变电工程投运\n\n工程将为草沟镇及泗县经济开发区东区供电。泗县今年新建线路326公里。';
    expect(names(text)).toEqual(['341324泗县', '341324草沟镇']);
    // 舒城县 is named, so its own 城关镇 is meant, not 霍邱's or another county's of 六安.
    expect(names('舒城县城关镇公墓项目开工\n\n舒城县城关镇公益性公墓项目开工，城关镇将新建骨灰堂1座。')).toContain('341523城关镇');
  });

  it('still reads a town its city vouches for where the article names no county, and none where the city has two', () => {
    // 屏山镇 is in other provinces too, but of 宿州's counties only in 泗县.
    expect(names('宿州市屏山镇新建污水管网\n\n宿州市屏山镇新建污水管网12公里，屏山镇受益农户1200户。')).toContain('341324屏山镇');
    // 太平镇 is in two of 清远's districts: no one of them is meant.
    expect(names('清远市新增高标准农田\n\n清远市太平镇新增高标准农田2000亩。')).toEqual(['441800清远市']);
  });
});

describe('findRegions: a zone\'s east or west part', () => {
  const names = (text: string) => findRegions(query(text)).map((r) => `${r.code}${r.name}`);

  it("reads 经开区东区 and 高新区西区 as the zone's parts, not Panzhihua's 东区 and 西区", () => {
    const text = '县政府常务会议纪要\n\n会议同意收储经开区东区地块286亩。\n经开区东区和高新区西区道路年内建成。经开区东区新增用地120亩。';
    expect(names(text).filter((n) => n.includes('东区') || n.includes('西区'))).toEqual([]);
  });

  it("still reads Panzhihua's 东区 where the text names it and no zone stands before it", () => {
    expect(names('攀枝花市东区新建钒钛产业园\n\n东区今年新建标准厂房12万平方米。东区已入驻企业36家。')).toContain('510402东区');
  });
});

describe('findRegions: a lake named after a place', () => {
  it("reads Yangcheng Lake as Kunshan's lake, not Shanxi's Yangcheng county, however often it is named", () => {
    const text =
      'Yangcheng Lake crabs go on sale\n\nCrabs from Yangcheng Lake in Kunshan, Jiangsu province, sell for 60 yuan.\n' +
      'Stalls by Yangcheng Lake sold 12,000 crabs on Saturday.';
    expect(codes(text, 'en')).not.toContain('140522');
    expect(codes(text, 'en')[0]).toBe('320583');
  });

  it('still reads Yangcheng county where the text names it as a county', () => {
    const text = 'Yangcheng county opens coal-to-hydrogen plant\n\nYangcheng county in Jincheng, Shanxi province, opened a plant.';
    expect(codes(text, 'en')[0]).toBe('140522');
  });
});
