import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentArticles, settledArticles } from './segment';

const fixture = (path: string) => readFileSync(join(__dirname, '..', '..', path), 'utf8');
const testText = (name: string) => readFileSync(join(__dirname, 'testdata', name), 'utf8');

describe('segmentArticles on the seed newspaper page', () => {
  const text = fixture('tests/fixtures/seed-zhejiang-page.txt');
  const expected = JSON.parse(fixture('tests/fixtures/seed-zhejiang-page.articles.json')) as Array<{ title_start: number }>;
  const articles = segmentArticles(text);

  it('finds exactly the four articles, each starting at its headline', () => {
    expect(articles.map((a) => a.start)).toEqual(expected.map((e) => e.title_start));
    expect(articles.map((a) => a.titleSpan.start)).toEqual(expected.map((e) => e.title_start));
  });

  it('reads the exact titles and bylines', () => {
    expect(articles.map((a) => a.title)).toEqual([
      '产业强区新年“第一拼”，临安如何打好“空间仗”？',
      '吴兴区激发乡村振兴新活力 导师帮带 蓄势赋能',
      '嘉兴电力发布浙江首个绿色变电站评价规范',
      '仙居：服务提升做乘法 营商环境再优化',
    ]);
    expect(articles.map((a) => a.byline)).toEqual(['刘倩言 董锦', '沈宇', '何平', '徐子渊 李广']);
  });

  it('marks captions and credits, including a caption laid out inside a paragraph', () => {
    const excluded = articles.flatMap((a) => a.excluded.map((s) => [s.kind, text.slice(s.start, s.end)]));
    expect(excluded).toEqual(
      expect.arrayContaining([
        ['caption', '青山湖科技城'],
        ['credit', '(图片由杭州市规划和自然资源局临安分局提供)'],
        ['caption', '青山湖科技城核心区'],
        ['caption', '吴兴区埭镇的下沈港生态廊道 何伟卫 摄'],
        ['caption', '嘉兴首个“模块化2.0”变电站110千伏花园变电站 柳睿蓉 摄'],
        ['caption', '仙居县企业综合服务中心为企业提供“引领贷”赋能增值服务。'],
        ['credit', '(图片由仙居县委改革办提供)'],
      ]),
    );
    // Subheadings and body lines broken by the layout stay body text.
    const excludedText = excluded.map(([, t]) => t);
    expect(excludedText).not.toContain('打好“空间仗” 螺蛳壳里做道场');
    expect(excludedText.some((t) => t.includes('1000亩'))).toBe(false);
  });
});

describe('segmentArticles on other layouts', () => {
  it('splits an e-paper page with two articles, a photo between them', () => {
    const articles = segmentArticles(testText('epaper-zh.txt'));
    expect(articles.map((a) => [a.title, a.byline])).toEqual([
      ['德清盘活低效用地 腾出发展新空间', '本报记者 陈晓 通讯员 孙立'],
      ['安吉推进乡村振兴项目建设', '本报记者 林芳'],
    ]);
  });

  it('reads a portal page: headline under the breadcrumb, source and date, related links as furniture', () => {
    const text = testText('portal-zh.txt');
    const [article, ...rest] = segmentArticles(text);
    expect(rest).toEqual([]);
    expect(article.title).toBe('遂宁射洪：锂电产业园新增供地超千亩');
    expect(article.source).toBe('四川日报');
    expect(article.date).toBe('2023-11-28');
    const furniture = article.excluded.filter((s) => s.kind === 'furniture').map((s) => text.slice(s.start, s.end));
    expect(furniture).toContain('遂宁船山区：老旧小区改造惠及3万户居民');
    expect(furniture).toContain('版权所有：四川日报网 川ICP备05000000号');
  });

  it('reads a page typed in full-width digits: its date line is a date line, its title as the page writes it', () => {
    const text = [
      '当前位置：首页 > 工作动态',
      '岳西县２０２４年高标准农田建设项目通过县级初验',
      '发布时间：２０２４－０６－１８　１６：２５　　信息来源：岳西县农业农村局　　作者：汪德明　　浏览次数：１３６７',
      '据了解，岳西县今年共下达高标准农田建设任务３．２万亩，其中新建２．６万亩、改造提升６０００亩，项目总投资９６００万元，亩均投入３０００元。',
      '项目区内共完成土地平整８６０亩，新修和改造田间道路１２６．５公里，建设生产桥涵２１８座，耕地质量稳步提升。',
    ].join('\n\n');
    const [article, ...rest] = segmentArticles(text);
    expect(rest).toEqual([]);
    expect([article.title, article.date, article.source]).toEqual(['岳西县２０２４年高标准农田建设项目通过县级初验', '2024-06-18', '岳西县农业农村局']);
    expect(text.slice(article.titleSpan.start, article.titleSpan.start + article.title.length)).toBe(article.title);
  });

  it('reads a reprint: the original title line is meta, the byline keeps its outlet', () => {
    const [article] = segmentArticles(testText('reprint-zh.txt'));
    expect(article.title).toBe('宁波北仑：港产城融合 打造先进制造业基地');
    expect(article.byline).toBe('浙江日报记者 周航');
    expect(article.source).toBe('浙江日报');
    expect(article.date).toBe('2023-11-20');
  });

  it('reads English bylines and wire datelines', () => {
    const [wire] = segmentArticles(testText('wire-en.txt'));
    expect([wire.title, wire.byline, wire.source, wire.date]).toEqual([
      'Suining turns idle plots into industrial parks',
      'By Shi Fang in Suining, Sichuan',
      'China Daily',
      '2023-11-28',
    ]);
    const [xinhua] = segmentArticles(testText('xinhua-en.txt'));
    expect(xinhua.source).toBe('Xinhua');
  });

  it('splits a page of briefs that open with 本报讯 and close with their byline in brackets', () => {
    const text = [
      '清远日报 2024年12月3日 星期二 A05 县区新闻',
      '',
      '英德红茶产业综合产值突破130亿元',
      '',
      '本报讯 记者从英德市农业农村局获悉，今年英德茶园面积达到17.8万亩。（记者 李文 通讯员 邓小红）',
      '',
      '佛冈58个项目集中动工',
      '',
      '本报讯 日前，佛冈县举行第四季度重点项目集中动工活动，总投资逾120亿元。（记者 陈志强）',
    ].join('\n');
    expect(segmentArticles(text).map((a) => [a.title, a.byline])).toEqual([
      ['英德红茶产业综合产值突破130亿元', '记者 李文 通讯员 邓小红'],
      ['佛冈58个项目集中动工', '记者 陈志强'],
    ]);
  });

  it('reads the reporters in a newspaper dateline that opens the first paragraph', () => {
    const text = [
      '某县高标准农田项目通过验收',
      '',
      '本报讯（记者 陈晓东 通讯员 李文涛）12月18日，某县高标准农田建设项目通过验收，建设面积12.6万亩。',
      '',
      '项目区年新增粮食产能约1260万公斤。',
    ].join('\n');
    expect(segmentArticles(text).map((a) => [a.title, a.byline])).toEqual([['某县高标准农田项目通过验收', '记者 陈晓东 通讯员 李文涛']]);
    const evening = '老旧小区改造惠及居民1.2万户\n\n长沙晚报掌上长沙11月26日讯（全媒体记者 刘燕 通讯员 周婷）今年共实施改造项目47个。';
    expect(segmentArticles(evening)[0].byline).toBe('全媒体记者 刘燕 通讯员 周婷');
  });

  it('takes the reporters of a 本报讯 dateline over the outlet a header names alone, which becomes the source', () => {
    const body = '本报讯（记者 罗晓梅 通讯员 钟立新）2023年，长汀稀土工业园区实现规上工业产值312亿元，同比增长13.6%，入驻企业146家。';
    for (const header of ['闽西日报\n2024-03-06 07:58\n福建', '闽西日报 2024-03-06 07:58 福建']) {
      const [article] = segmentArticles(['长汀：稀土产业园去年实现产值312亿元', header, body].join('\n'));
      expect(article, header).toMatchObject({ byline: '记者 罗晓梅 通讯员 钟立新', source: '闽西日报', date: '2024-03-06' });
    }
    // An account's own post, whose text names no reporter, stays the account's.
    const post = segmentArticles(['兰溪：杨梅上市首周销售额破千万', '兰溪发布 2024-06-05 18:30 浙江', '6月5日，兰溪杨梅正式上市，首周销售额达1260万元。'].join('\n'));
    expect(post[0].byline).toBe('兰溪发布');
  });

  it('leaves a dateline out of the body text, as a byline', () => {
    const text = '滁州光伏产业一季度产值增长31.5%\n\n新华网合肥4月18日电（记者 程远）今年一季度，滁州光伏产业实现产值386亿元。';
    const [article] = segmentArticles(text);
    expect(article.excluded.map((s) => [s.kind, text.slice(s.start, s.end)])).toEqual([['byline', '新华网合肥4月18日电（记者 程远）']]);
  });

  it('does not take a contact line above a closing source line for a headline', () => {
    const text = '兰溪光膜小镇二期完工\n\n兰溪发布 2024-03-05 18:30 浙江\n\n近日，兰溪光膜小镇二期项目主体工程全面完工，新增厂房18.5万平方米。\n\n兰溪投资促进中心招商热线：0579-88888123\n\n来源：兰溪发布\n编辑：王晓燕';
    const articles = segmentArticles(text);
    expect(articles.map((a) => [a.title, a.byline])).toEqual([['兰溪光膜小镇二期完工', '兰溪发布']]);
  });

  it('takes the account from a post header marked 原创 and dated in Chinese, as from one dated with dashes', () => {
    const text = '霞浦海带迎来收获季\n\n原创　霞浦发布　霞浦发布　2026年5月8日 19:02　福建\n\n近日，霞浦县海带进入收获期，全县海带养殖面积达到6.2万亩。';
    const articles = segmentArticles(text);
    expect(articles.map((a) => [a.title, a.byline])).toEqual([['霞浦海带迎来收获季', '霞浦发布']]);
  });

  it('keeps a brief without byline as one titled article', () => {
    const articles = segmentArticles(testText('brief-zh.txt'));
    expect(articles).toHaveLength(1);
    expect(articles[0].title).toBe('安吉县出让两宗工业用地');
  });

  it('does not take subheadings for new articles', () => {
    const text = [
      '开发区今年新增用地3000亩',
      '',
      '记者 王强',
      '',
      '今年以来，开发区加快项目建设，新增用地3000亩。',
      '',
      '盘活存量 提升效益',
      '',
      '开发区共盘活低效用地1200亩，亩均税收提高到30万元。',
      '',
      '优化服务 招商引资',
      '',
      '全年签约项目56个，总投资达到320亿元。',
    ].join('\n');
    const articles = segmentArticles(text);
    expect(articles).toHaveLength(1);
    expect(articles[0].end).toBe(text.length);
  });

  it('finds the headline over a share bar and a photo carousel between the date line and the body', () => {
    const text = [
      '黔中网>>贵州频道>>市州',
      '盘州：老矿区蹚出转型新路 煤电产业链产值将突破600亿元',
      '2024年05月21日08:32 | 来源：黔中网－贵州频道',
      '分享到：微信微博QQ空间 小字号',
      '盘州市红果经济开发区一角。黔中网记者 张晓 摄',
      '上一张',
      '1/4',
      '下一张',
      '黔中网盘州5月21日电 （张晓、李婷）今年1至4月，盘州市规模以上工业增加值同比增长9.6%。',
    ].join('\n');
    const [article, ...rest] = segmentArticles(text);
    expect(rest).toEqual([]);
    expect([article.title, article.date, article.source, article.byline]).toEqual([
      '盘州：老矿区蹚出转型新路 煤电产业链产值将突破600亿元',
      '2024-05-21',
      '黔中网－贵州频道',
      '张晓、李婷',
    ]);
  });

  it('reads the byline under a header that holds a site name, a toolbar and a quote box', () => {
    const text = [
      '宜宾动力电池产业产值突破千亿元 三江新区再签5个重大项目',
      '2024年06月12日 08:46',
      '证券时报网',
      'A-A+收藏评论(128)',
      '天宜锂业 (sz300960)',
      '6.82 -0.08 -1.16%',
      '证券时报记者 刘文静',
      '6月11日，四川宜宾三江新区集中签约5个动力电池产业链项目，总投资达215亿元。',
      '相关股票',
      '天宜锂业',
      '-1.16%',
    ].join('\n');
    const [article] = segmentArticles(text);
    expect([article.byline, article.date, article.source]).toEqual(['证券时报记者 刘文静', '2024-06-12', '证券时报网']);
    expect(text.slice(article.lead!.start, article.lead!.end)).toMatch(/^6月11日/);
    const furniture = article.excluded.filter((s) => s.kind === 'furniture').map((s) => text.slice(s.start, s.end));
    expect(furniture).toEqual(['6.82 -0.08 -1.16%', '相关股票', '天宜锂业', '-1.16%']);
  });

  it('takes the headline above a standfirst of several bullet points, and the date from the line under them', () => {
    const text = [
      'China / Economy',
      'Hengqin bets on Macau firms to fill its island zone',
      'Zhuhai island zone offers a 15 per cent corporate tax rate to draw Macau investors',
      'More than 6,000 Macau-funded firms have registered, but many have yet to open an office',
      'Lily Chan',
      'Published: 9:00pm, 3 Jun 2024',
      'The zone, which covers about 106 square kilometres, offers a 15 per cent corporate income tax rate.',
    ].join('\n');
    const [article, ...rest] = segmentArticles(text);
    expect(rest).toEqual([]);
    expect([article.title, article.date]).toEqual(['Hengqin bets on Macau firms to fill its island zone', '2024-06-03']);
  });

  it("takes a loan document's country-and-project line for its title, under the cover's report kind, numbers and date", () => {
    const text = [
      'Report and Recommendation of the President to the Board of Directors',
      '',
      'Project Number: 51234-002',
      'Loan Number: 4610-PRC',
      'March 2026',
      '',
      'Proposed Loan',
      "People's Republic of China: Gansu Tianshui Rural Roads Project",
      '',
      '1. I submit for your approval the following report and recommendation on a proposed loan of $120 million.',
    ].join('\n');
    const [article, ...rest] = segmentArticles(text);
    expect(rest).toEqual([]);
    expect([article.title, article.start]).toEqual(["People's Republic of China: Gansu Tianshui Rural Roads Project", text.indexOf('People')]);
  });

  it("takes a World Bank project's name ending in its ID for the title, under the Bank's name and the report's kind", () => {
    const text = [
      'The World Bank',
      'Implementation Status & Results Report',
      'Gansu Tianshui Rural Roads Improvement Project (P181234)',
      '',
      'EAST ASIA AND PACIFIC | China | Transport Global Practice | Seq No: 4 | ARCHIVED on 12-Jun-2026',
      '',
      'As of May 31, 2026, US$42.1 million of the US$120 million loan had been disbursed.',
    ].join('\n');
    const [article, ...rest] = segmentArticles(text);
    expect(rest).toEqual([]);
    expect([article.title, article.start]).toEqual(['Gansu Tianshui Rural Roads Improvement Project (P181234)', text.indexOf('Gansu')]);
    // A line naming a project without its ID is no such title: the cover's first line stays the headline.
    expect(segmentArticles(text.replace(' (P181234)', ''))[0].title).toBe('The World Bank');
  });

  it("takes a wiki article's short title over the site's tagline for the headline", () => {
    const text = [
      'Enshi',
      'From Wikipedia, the free encyclopedia',
      'Enshi is a county-level city in Hubei province, China, and the seat of its prefecture.',
      '',
      'Economy',
      'In 2025 the city had 1,260 enterprises above designated size.',
    ].join('\n');
    const [article, ...rest] = segmentArticles(text);
    expect(rest).toEqual([]);
    expect([article.title, article.start]).toEqual(['Enshi', 0]);
  });

  it("takes the line under a journal's masthead for the title, the authors with their marks for the byline, and leaves the affiliations out", () => {
    const text = [
      'Journal of Rural Studies 112 (2027) 103377',
      '',
      'Contents lists available at ScienceDirect',
      'Journal of Rural Studies',
      'journal homepage: www.elsevier.com/locate/jrurstud',
      '',
      'Village collectives and farmland transfer: evidence from Jiashan county',
      'Li Na a, Tom Becker b,*',
      'a College of Economics, Nanjing Agricultural University, Nanjing 210095, China',
      'b Institute of Agricultural Economics, Kiel University, Germany',
      '',
      'A B S T R A C T',
      'We study 312 village collectives in Jiashan, where 41% of farmland changed hands after 2018.',
    ].join('\n');
    const [article, ...rest] = segmentArticles(text);
    expect(rest).toEqual([]);
    expect([article.title, article.byline]).toEqual(['Village collectives and farmland transfer: evidence from Jiashan county', 'Li Na a, Tom Becker b,*']);
    expect(article.excluded.some((e) => e.kind === 'meta' && text.slice(e.start, e.end).startsWith('a College'))).toBe(true);
    // Without the masthead, the first line is the title, as in any untitled text.
    expect(segmentArticles(text.replace('journal homepage: www.elsevier.com/locate/jrurstud', '').replace('Contents lists available at ScienceDirect', ''))[0].title).toBe(
      'Journal of Rural Studies 112 (2027) 103377',
    );
  });

  it("takes a social post's first line for the title and its poster for the byline, over its followers and its age", () => {
    const text = [
      'Some County Investment Promotion Bureau',
      '2,416 followers',
      '1w · 🌐',
      '',
      '🚀 What a year for our county! Our 2026 in numbers 👇',
      '',
      '✅ 46 new projects signed, total investment CNY 38.6 billion',
      '✅ 1,200 mu of industrial land delivered to investors this year, and more on the way.',
      '',
      '👍 186 · 23 comments · 9 reposts',
    ].join('\n');
    const [article, ...rest] = segmentArticles(text);
    expect(rest).toEqual([]);
    expect([article.title, article.byline, article.start]).toEqual([
      'What a year for our county! Our 2026 in numbers',
      'Some County Investment Promotion Bureau',
      text.indexOf('What a year'),
    ]);
    // A post's age with its audience (3d • Edited • 🌐) heads it as well; a name over a line of text heads nothing.
    expect(segmentArticles(text.replace('1w · 🌐', '3d • Edited • 🌐'))[0].byline).toBe('Some County Investment Promotion Bureau');
    expect(segmentArticles(text.replace('1w · 🌐', 'Posted this week'))[0].title).toBe('Some County Investment Promotion Bureau');
  });

  it("takes an excerpt's own title under a publication's running head and its chapter's label", () => {
    const text = [
      'European Business in China Position Paper 2026/2027',
      'Local Business Environment',
      '',
      'Nanjing Chapter',
      '',
      "Kunshan's customs reform: faster clearance, more paperwork",
      '',
      'Overview',
      '',
      'Kunshan, a county-level city under Suzhou, cut customs clearance for imports to 18 hours in 2025, from 31 hours in 2023.',
      '',
      '198\tEuropean Business in China Position Paper 2026/2027',
    ].join('\n');
    const [article, ...rest] = segmentArticles(text);
    expect(rest).toEqual([]);
    expect(article.title).toBe("Kunshan's customs reform: faster clearance, more paperwork");
    // A first line the text does not print again at a page's foot is no running head: it stays the title.
    expect(segmentArticles(text.replace(/\n198\t.*$/, ''))[0].title).toBe('European Business in China Position Paper 2026/2027');
  });

  it('takes the headline over its translation in the other script, however short the translation (a 双语 page)', () => {
    const text = [
      '当前位置：英语点津 > 双语新闻',
      '双语：安溪茶产业全链条产值突破300亿元',
      "Anxi's tea industry chain tops 30 billion yuan",
      '来源：中国日报网 作者：林晓东 2024-05-21 14:30',
      'The total output value of the tea industry chain in Anxi county reached 30.2 billion yuan last year, up 6.8 percent.',
      '去年安溪茶产业全链条产值达302亿元，同比增长6.8%。',
    ].join('\n');
    const [article, ...rest] = segmentArticles(text);
    expect(rest).toEqual([]);
    expect([article.title, article.byline, article.date]).toEqual(['双语：安溪茶产业全链条产值突破300亿元', '林晓东', '2024-05-21']);
    // A short English line under an English headline is no translation: the nearer line stays the headline.
    const [english] = segmentArticles(['World news', 'Anxi tea output tops 30 billion yuan', 'By Lin Xiaodong', 'May 21, 2024', text.split('\n')[4]].join('\n'));
    expect(english.title).toBe('Anxi tea output tops 30 billion yuan');
  });

  it('takes an English office alone under the headline, over the date, for the byline', () => {
    const text = [
      'Statistical Communique of Guizhou Province on the 2025 National Economic and Social Development',
      '',
      'Guizhou Provincial Bureau of Statistics',
      'March 6, 2026',
      '',
      'I. General Overview',
      '',
      'Preliminary estimates show that the province\'s GDP reached 2.31 trillion yuan in 2025, up 5.4 percent.',
    ].join('\n');
    const [article, ...rest] = segmentArticles(text);
    expect(rest).toEqual([]);
    expect([article.title, article.byline, article.date]).toEqual([
      'Statistical Communique of Guizhou Province on the 2025 National Economic and Social Development',
      'Guizhou Provincial Bureau of Statistics',
      '2026-03-06',
    ]);
  });

  it("takes the author's name alone over the date for the byline when a standfirst stands between it and the headline", () => {
    const english = [
      'After the Blight: A Jiangxi County Bets on Oranges Again',
      '',
      'Years after a disease wiped out most of its groves, Xunwu is growing citrus on terraced hillsides once more.',
      '',
      'Fan Yiling',
      'Dec 01, 2026',
      '',
      'XUNWU, Jiangxi — Liu Guohua was 31 when the disease reached his village and killed 2,400 trees.',
    ].join('\n');
    const [article, ...rest] = segmentArticles(english);
    expect(rest).toEqual([]);
    expect([article.title, article.byline, article.date]).toEqual(['After the Blight: A Jiangxi County Bets on Oranges Again', 'Fan Yiling', '2026-12-01']);
    const chinese = [
      '寻乌脐橙重回山坡',
      '黄龙病毁掉大半果园多年以后，寻乌县在梯田上重新种起脐橙，三年新种果树120万株，还学会了通过直播把果子卖到全国各地，带动全县两万多户果农增收致富，让昔日的荒山重新变成了金山银山。',
      '范依玲',
      '2026年12月1日',
      '寻乌县三标乡的刘国华今年51岁，种了20年脐橙。',
    ].join('\n');
    const [zh] = segmentArticles(chinese);
    expect([zh.title, zh.byline, zh.date]).toEqual(['寻乌脐橙重回山坡', '范依玲', '2026-12-01']);
  });

  it("takes a research note's authors, two names on one line over the date, for its byline", () => {
    const text = [
      'Research Note',
      '',
      "Coal, Land and Debt: Yulin's Fiscal Squeeze in Five Charts",
      '',
      'Clara Whitfield, Tang Jiayi',
      'November 27, 2026',
      '',
      "Yulin, the coal and gas prefecture in northern Shaanxi, is one of China's richest inland cities on paper.",
    ].join('\n');
    const [article] = segmentArticles(text);
    expect([article.title, article.byline, article.date]).toEqual(["Coal, Land and Debt: Yulin's Fiscal Squeeze in Five Charts", 'Clara Whitfield, Tang Jiayi', '2026-11-27']);
  });

  it("takes the Economist's short headline over its rubric (a sentence with no full stop) and its date with an ordinal day", () => {
    const text = [
      'China | Rust-belt finance',
      '',
      'Where the money ran out',
      '',
      "A broke city in the north-east shows how far Beijing's debt clean-up has to go",
      '',
      'Dec 3rd 2026 | HEGANG',
      '',
      'THE HEATING plant in Suibin county burns coal bought on credit, and the county owes it 46m yuan.',
    ].join('\n');
    const [article, ...rest] = segmentArticles(text);
    expect(rest).toEqual([]);
    expect([article.title, article.date]).toEqual(['Where the money ran out', '2026-12-03']);
  });

  it('takes the byline under a standfirst too long for a headline, and the headline above the standfirst', () => {
    const dek =
      'Yiwu, a trading hub four hours from Shanghai, has drawn more than 200 export firms from the coast since 2021, lured by cheaper warehouses, lower wages and a direct freight rail link to Europe';
    const text = [
      'Why coastal exporters are moving their warehouses to an inland county',
      '',
      dek,
      'Lily Chan in Yiwu',
      'Published: 7:00am, 30 Nov 2026',
      '',
      'Three years ago the firm ran its warehouse in Ningbo with 400 workers; today it employs 650 in Yiwu.',
    ].join('\n');
    expect(dek.length).toBeGreaterThan(160);
    const [article, ...rest] = segmentArticles(text);
    expect(rest).toEqual([]);
    expect([article.title, article.byline, article.date]).toEqual([
      'Why coastal exporters are moving their warehouses to an inland county',
      'Lily Chan in Yiwu',
      '2026-11-30',
    ]);
    // The standfirst is the article's text, not its byline or furniture.
    expect(article.excluded.some((s) => s.start === text.indexOf(dek))).toBe(false);
  });

  it('does not take a paragraph over a byline for a standfirst when no headline stands above it', () => {
    const text = [
      'Macau gaming revenue climbs 24 per cent in May to 20.2 billion patacas, the highest since the pandemic began, as visitors returned in numbers not seen since 2019, officials said on Monday.',
      'The zone, which covers about 106 square kilometres, offers a 15 per cent corporate income tax rate to firms in encouraged industries, and a cap on personal tax.',
      'Lily Chan in Zhuhai',
      'Published: 9:00pm, 3 Jun 2024',
      'More than 6,000 Macau-funded firms have registered in the zone since it opened, but many have yet to open an office.',
    ].join('\n');
    expect(segmentArticles(text).map((a) => a.title)).toEqual(['']);
  });

  it('leaves out everything under a paywall teaser: the pitch, however long its lines, and the related stories', () => {
    const text = [
      'Hengqin bets on Macau firms to fill its island zone',
      'By Lily Chan',
      'Fixed-asset investment on the island reached 41.6 billion yuan last year.',
      'This article is for subscribers',
      'Join 120,000 readers who get the Post\'s China briefing 6 days a week, in your inbox before breakfast.',
      'More on this',
      'Macau gaming revenue climbs 24 per cent in May to 20.2 billion patacas, the highest since the pandemic began',
    ].join('\n');
    const [article] = segmentArticles(text);
    const furniture = article.excluded.filter((s) => s.kind === 'furniture').map((s) => text.slice(s.start, s.end));
    expect(furniture).toEqual(text.split('\n').slice(3));
  });

  it('takes the reporters and the date from the meta lines at the end when the header gives none', () => {
    const text = [
      '长兴一季度集中签约12个项目 总投资86.5亿元',
      '原创 长兴融媒 长兴发布',
      '4月17日，长兴县2024年一季度重大项目集中签约活动在县新能源小镇举行，现场签约项目12个。',
      '来源：长兴县融媒体中心 记者 王佳琪 通讯员 陈晓',
      '编辑：沈悦 | 审核：钱建国',
    ].join('\n');
    expect(segmentArticles(text)[0].byline).toBe('记者 王佳琪 通讯员 陈晓');
    const notice = ['睢宁县2024年度国有建设用地供应计划', '全县计划供应国有建设用地3260亩，比上年增加6.2%。', '睢宁县自然资源和规划局', '2024年3月28日'].join('\n');
    const [plan] = segmentArticles(notice);
    expect([plan.byline, plan.date]).toEqual(['睢宁县自然资源和规划局', '2024-03-28']);
  });

  it('takes an account’s or author’s name alone over the date line for the byline, not the headline', () => {
    const text = [
      '攸县这个产业园，半年签下18个项目',
      '攸县融媒',
      '2024-07-02 10:15',
      '·湖南',
      '今年上半年，攸县高新技术产业开发区新签约项目18个，合同引资额达到96.4亿元。',
    ].join('\n');
    const [article, ...rest] = segmentArticles(text);
    expect(rest).toEqual([]);
    expect([article.title, article.byline, article.date]).toEqual(['攸县这个产业园，半年签下18个项目', '攸县融媒', '2024-07-02']);
    // Over a byline, a short line is no second author: the byline stays the reporter's.
    const epaper = ['德清盘活低效用地 腾出发展新空间', '亩均论英雄', '本报记者 陈晓', '今年以来，德清县盘活低效工业用地1260亩。'].join('\n');
    expect(segmentArticles(epaper).map((a) => a.byline)).toEqual(['本报记者 陈晓']);
  });

  it('reads the byline and date of a byline row whose separators are drawn by CSS, and leaves out promos and related links', () => {
    const text = [
      'Yulin Bets on Coal-to-Chemicals Despite Carbon Curbs',
      'The Shaanxi city has lined up 15 coal chemical projects worth 212 billion yuan, even as Beijing tightens limits',
      'By Zhao RuolinJul 02, 2024 08:15 PMEconomy',
      'Yulin signed 15 coal chemical projects with total investment of 212 billion yuan in the first half of the year.',
      'Contact reporter Zhao Ruolin (ruolinzhao@example.com)',
      'Download our app to receive breaking news alerts. Get our weekly free Must-Read newsletter, read by 300,000 professionals.',
      'Related: Ordos Approves 8 Hydrogen Projects Worth 45 Billion Yuan',
    ].join('\n');
    const [article] = segmentArticles(text);
    expect([article.title, article.byline, article.date]).toEqual(['Yulin Bets on Coal-to-Chemicals Despite Carbon Curbs', 'By Zhao Ruolin', '2024-07-02']);
    const furniture = article.excluded.filter((s) => s.kind === 'furniture').map((s) => text.slice(s.start, s.end));
    expect(furniture).toEqual(text.split('\n').slice(4));
  });

  it('does not take a row of a metadata table over a notice for a headline', () => {
    const text = [
      '索引号\t410181-0123-2024-00561\t发布机构\t巩义市工业和信息化局',
      '文号\t巩工信〔2024〕27号\t成文日期\t2024-06-03',
      '巩义市公布2023年度工业企业“亩均效益”综合评价结果',
      '发布时间：2024-06-03 09:30 信息来源：巩义市工业和信息化局',
      '近日，巩义市公布2023年度工业企业“亩均效益”综合评价结果，全市共有1286家企业参评。',
    ].join('\n');
    expect(segmentArticles(text).map((a) => a.title)).toEqual(['巩义市公布2023年度工业企业“亩均效益”综合评价结果']);
  });

  it('returns nothing for blank text', () => {
    expect(segmentArticles('  \n\n ')).toEqual([]);
  });
});

describe('hard-wrapped print text', () => {
  it('keeps every wrapped line of a paragraph as body text, figures included', () => {
    const text = [
      'Desert solar base grows',
      '',
      'By Li Jing in Ordos',
      '',
      'The first phase of the base, with an installed',
      'capacity of 2 gigawatts, was connected to the',
      'grid in December 2022. A second project of 3',
      'GW is under construction, and the whole base',
      'is designed to reach 16 GW, local officials said.',
    ].join('\n');
    const [article] = segmentArticles(text);
    expect(article.excluded.filter((span) => span.kind === 'caption')).toEqual([]);
  });
});

describe('settledArticles: the first articles of a text still being read', () => {
  const texts = [
    fixture('tests/fixtures/seed-zhejiang-page.txt'),
    ...readdirSync(join(__dirname, 'testdata')).filter((f) => f.endsWith('.txt')).map(testText),
    ...readdirSync(join(__dirname, '../../tests/fixtures/articles')).filter((f) => f.endsWith('.txt')).map((f) => fixture(`tests/fixtures/articles/${f}`)),
  ];
  // Pages of several articles one after another, as a long e-paper or portal page reads: every text of
  // the corpus once, in runs of a few, each run in the corpus order and reversed.
  const runs: string[] = [];
  for (let i = 0; i < texts.length; i += 6) {
    const run = texts.slice(i, i + 6);
    runs.push(run.join('\n\n'), [...run].reverse().join('\n'));
  }

  it('gives, for the text cut at any line or inside one, exactly the first articles of the whole text', () => {
    let settled = 0;
    for (const text of runs) {
      const whole = segmentArticles(text);
      const cuts = [...text.matchAll(/\n/g)].flatMap((m) => [m.index, m.index - 3]).filter((cut) => cut > 0);
      for (const cut of cuts) {
        const first = settledArticles(text.slice(0, cut));
        expect(first, `cut at ${cut}`).toEqual(whole.slice(0, first.length));
        settled += first.length;
      }
    }
    // Not a vacuous check: most cuts settle some articles.
    expect(settled).toBeGreaterThan(runs.length * 100);
    // Thousands of cuts, each segmented: about 15 s on a busy 2-core machine, twice that when it is crowded.
  }, 120_000);

  it('waits for the lines after a possible headline before settling the article above it', () => {
    // "本报讯…" under a headline-like line opens an article, until the next line shows a photo credit:
    // then it is the photo's caption, and the first article goes on.
    const text = [
      '临安打好空间仗',
      '记者 刘倩言',
      '临安区今年计划出让工业用地1000亩，盘活低效用地3000亩，为产业项目腾出发展空间。',
      '青山湖科技城建设提速',
      '本报讯 科技城核心区',
      '(图片由杭州市规划和自然资源局临安分局提供)',
      '科技城核心区新建厂房25万平方米，今年将有12个项目竣工投产。',
    ].join('\n');
    const whole = segmentArticles(text);
    expect(whole).toHaveLength(1);
    for (let cut = 1; cut <= text.length; cut++) expect(settledArticles(text.slice(0, cut)), `cut at ${cut}`).toEqual([]);
  });

  it('settles the first articles of the seed page once a few lines of the next one follow', () => {
    const text = fixture('tests/fixtures/seed-zhejiang-page.txt');
    const whole = segmentArticles(text);
    expect(settledArticles(text)).toEqual(whole.slice(0, whole.length - 1));
    expect(settledArticles(text.slice(0, whole[1].start + 10))).toEqual([]);
  });
});

describe('a card of related links inside the body', () => {
  const text = [
    '嘉善：示范区“水乡客厅”今年将完成投资38.6亿元',
    '东方新知记者 俞佳慧',
    '2024-05-16 14:22 来源：东方新知',
    '',
    '5月15日，记者从长三角生态绿色一体化发展示范区嘉善片区获悉，今年“水乡客厅”将实施重点项目46个，年度计划投资38.6亿元。',
    '',
    '延伸阅读',
    '示范区五周年：三年推进重点项目108个，总投资超3000亿元',
    '',
    '生态是“水乡客厅”的底色。',
    '',
    '近三年，嘉善累计投入水环境治理资金17.3亿元，清淤河道260公里。',
    '',
    '责任编辑：李晓',
    '',
    '热新闻',
    '杭州地铁三期规划获批，新增线路总长约160公里',
    '周末去过一次，从上海开车过去不到一个小时。',
  ].join('\n');
  const [article] = segmentArticles(text);
  const excluded = article.excluded.map((x) => text.slice(x.start, x.end));

  it('leaves out the card, and takes the short paragraphs after it for body text', () => {
    expect(excluded).toEqual(expect.arrayContaining(['延伸阅读', '示范区五周年：三年推进重点项目108个，总投资超3000亿元']));
    expect(excluded).not.toContain('生态是“水乡客厅”的底色。');
    expect(excluded).not.toContain('近三年，嘉善累计投入水环境治理资金17.3亿元，清淤河道260公里。');
  });

  it('still ends the article at the editor line, whatever prose follows it', () => {
    expect(excluded).toEqual(
      expect.arrayContaining(['杭州地铁三期规划获批，新增线路总长约160公里', '周末去过一次，从上海开车过去不到一个小时。']),
    );
  });
});

describe('a notice signed at its end', () => {
  const text = [
    '关于富平县2024年度高标准农田建设项目（第一批）拟立项的公示',
    '发布时间：2024-06-03 16:40　来源：县农业农村局',
    '',
    '经乡镇申报、县级审核，拟将庄里镇等4个镇的高标准农田建设项目列入2024年度第一批立项计划，新建高标准农田4.35万亩。',
    '',
    '联系人：王建军　　联系电话：0913-8212345',
    '',
    '富平县农业农村局',
    '',
    '2024年6月3日',
    '',
    '附件：',
    '',
    '1. 富平县2024年度高标准农田建设项目（第一批）立项清单.pdf（286KB）',
  ].join('\n');

  it('is one article: the office over the date signs it, whatever follows (附件), and heads nothing', () => {
    const articles = segmentArticles(text);
    expect(articles.map((a) => a.title)).toEqual(['关于富平县2024年度高标准农田建设项目（第一批）拟立项的公示']);
    expect(articles[0].excluded.map((x) => text.slice(x.start, x.end))).toContain('富平县农业农村局');
  });

  it('is one article when two offices sign it jointly, one a line over the date: the upper office heads nothing', () => {
    const joint = [
      '关于印发《德清县支持青年人才创业若干措施》的通知',
      '',
      '各乡镇人民政府、街道办事处，县级有关单位：',
      '',
      '《德清县支持青年人才创业若干措施》已经县政府同意，现印发给你们，请认真贯彻执行。',
      '',
      '中共德清县委人才工作领导小组办公室',
      '德清县财政局',
      '2025年3月2日',
      '',
      '德清县支持青年人才创业若干措施',
      '',
      '一、对在我县首次创办企业的青年人才，给予一次性创业补贴2万元，并提供最长3年的免费办公场地。',
    ].join('\n');
    const articles = segmentArticles(joint);
    expect(articles.map((a) => a.title)).toEqual(['关于印发《德清县支持青年人才创业若干措施》的通知']);
    const excluded = articles[0].excluded.map((x) => joint.slice(x.start, x.end));
    expect(excluded).toEqual(expect.arrayContaining(['中共德清县委人才工作领导小组办公室', '德清县财政局']));
  });

  it('still takes an office under a title, over the date, for the issuer in the header', () => {
    const header = ['孝义市2023年国民经济和社会发展统计公报', '孝义市统计局', '2024年3月5日', '', '2023年，全市地区生产总值完成556.3亿元，比上年增长5.1%，规模以上工业增加值增长6.2%。'].join('\n');
    const [article] = segmentArticles(header);
    expect(article.title).toBe('孝义市2023年国民经济和社会发展统计公报');
    expect(article.byline).toBe('孝义市统计局');
  });

  it('takes the office that dates a report on the same line for its issuer', () => {
    const header = ['邹平市前三季度经济运行情况简析', '', '邹平市统计局　2024年10月28日', '', '今年以来，全市经济运行总体平稳，1—3季度全市实现地区生产总值612.37亿元，同比增长6.4%。'].join('\n');
    const [article] = segmentArticles(header);
    expect(article).toMatchObject({ title: '邹平市前三季度经济运行情况简析', byline: '邹平市统计局', date: '2024-10-28' });
  });

  it('takes an office alone under the title for the issuer, with no date under it', () => {
    const header = ['仁寿县2024年人口发展和就业情况分析', '', '仁寿县统计局', '', '一、人口总量基本稳定', '', '2024年末，全县常住人口为112.36万人，比上年末减少0.42万人。'].join('\n');
    const [article] = segmentArticles(header);
    expect(article).toMatchObject({ title: '仁寿县2024年人口发展和就业情况分析', byline: '仁寿县统计局' });
    expect(article.excluded.map((x) => header.slice(x.start, x.end))).toContain('仁寿县统计局');
  });

  it('takes two offices on one line, or a survey team, under the title for the issuer', () => {
    const census = ['于都县第七次全国人口普查公报（第一号）', '', '于都县统计局　于都县第七次全国人口普查领导小组办公室', '', '2021年6月10日', '', '根据第七次全国人口普查结果，全县常住人口为906418人，与2010年相比增加了27126人。'].join('\n');
    expect(segmentArticles(census)[0]).toMatchObject({ title: '于都县第七次全国人口普查公报（第一号）' });
    const survey = ['关于推进我县县域商业体系建设的调研报告', '', '县政协经济委员会调研组', '', '县域商业是县域经济的重要组成部分，全县现有商贸企业1260家，社会消费品零售总额完成186.5亿元。'].join('\n');
    expect(segmentArticles(survey)[0]).toMatchObject({ title: '关于推进我县县域商业体系建设的调研报告', byline: '县政协经济委员会调研组' });
  });

  it('reads a date among a notice\'s fields as a field: the field above it heads nothing', () => {
    const text = [
      '如皋港区物流园基础设施项目专项债券信息披露',
      '',
      '根据地方政府专项债券管理有关规定，现将有关情况披露如下。',
      '',
      '发行规模：6.5亿元',
      '票面利率：2.18%',
      '付息方式：每半年付息一次，到期一次性偿还本金',
      '发行时间：2025年8月14日',
      '',
      '项目总投资12.6亿元，其中专项债券资金6.5亿元。',
    ].join('\n');
    expect(segmentArticles(text).map((a) => [a.title, a.start])).toEqual([['如皋港区物流园基础设施项目专项债券信息披露', 0]]);
  });

  it('still takes a place-led headline under a breadcrumb for the headline (平江：…)', () => {
    const text = ['当前位置：首页 > 视频 > 平江新闻', '平江：小辣条做成200亿元大产业', '发布时间：2024-05-22 19:40 来源：平江县融媒体中心', '', '辣条是很多人儿时的记忆。如今，平江县的休闲食品产业年产值已突破200亿元。'].join('\n');
    expect(segmentArticles(text).map((a) => a.title)).toEqual(['平江：小辣条做成200亿元大产业']);
  });
});

describe('the editor', () => {
  it('is read from the credits, apart from the byline, and is never taken for it', () => {
    const text = [
      '三穗县：一只鸭子“游”出12亿元产业链',
      '2024-04-12 09:30 来源：三穗县融媒体中心',
      '',
      '三穗县把鸭产业作为农业主导产业来抓，全县建成标准化养殖场86个，鸭产业综合产值达12.3亿元，同比增长16.8%。',
      '',
      '编辑：杨雪',
      '审核：吴国平',
    ].join('\n');
    const [article] = segmentArticles(text);
    expect(article.editor).toBe('杨雪');
    expect(article.byline).not.toBe('杨雪');
    expect(article.excluded.map((x) => text.slice(x.start, x.end))).toContain('编辑：杨雪');
  });

  it('keeps the reporters as the byline when the credits name both', () => {
    const text = [
      '德清“标准地”改革再提速 今年出让工业用地2860亩',
      '记者 沈佳怡 通讯员 费晓东',
      '',
      '今年德清计划出让“标准地”2860亩，较去年增长12.6%，新开工亿元以上项目48个，亩均税收达到32.5万元。',
      '',
      '责任编辑：王宇 | 分享到：微信 微博',
    ].join('\n');
    const [article] = segmentArticles(text);
    expect(article.byline).toBe('记者 沈佳怡 通讯员 费晓东');
    expect(article.editor).toBe('王宇');
  });
});

describe('a recommended-story card with its own date line inside the body', () => {
  const text = [
    '南康家具：从“木匠之乡”走向全球市场',
    '赣鄱新闻记者 钟文杰 通讯员 刘芳',
    '2024-06-04 07:30',
    '据统计，2023年南康家具产业集群产值达2860亿元，同比增长8.5%。',
    '推荐阅读',
    '赣州国际陆港今年开行中欧班列突破300列',
    '2024-05-28 · 阅读 2.1万',
    '南康区还建成家具产业数字化平台，接入企业1800多家。',
    '责任编辑：胡晓燕',
    '相关新闻',
    '赣州一季度GDP增长6.2%',
    '赣鄱新闻 · 2024-04-20',
    '瑞金新建标准厂房15万平方米',
    '赣鄱新闻 · 2024-05-09',
  ].join('\n');
  const articles = segmentArticles(text);
  const excluded = articles[0].excluded.map((x) => text.slice(x.start, x.end));

  it('is one article: the card heads none, nor do the listed stories under 相关新闻', () => {
    expect(articles.map((a) => a.title)).toEqual(['南康家具：从“木匠之乡”走向全球市场']);
  });

  it('leaves the card out and keeps the paragraph after it', () => {
    expect(excluded).toEqual(expect.arrayContaining(['推荐阅读', '赣州国际陆港今年开行中欧班列突破300列', '2024-05-28 · 阅读 2.1万']));
    expect(excluded).not.toContain('南康区还建成家具产业数字化平台，接入企业1800多家。');
  });

  it('still finds an article whose headline and byline follow a sidebar\'s list', () => {
    const page = ['Most popular', 'Hainan duty-free sales hit 16.8 bln yuan', 'Beijing adds 330 km of cycling lanes', 'Desert county in Ningxia herds its way to prosperity', 'By Li Jing in Yanchi', 'In Yanchi county, in northwest China\'s Ningxia Hui Autonomous Region, herders raise 1.2 million sheep a year.'];
    expect(segmentArticles(page.join('\n')).map((a) => a.title)).toEqual(['Desert county in Ningxia herds its way to prosperity']);
  });

  it('takes no date from a listed story', () => {
    const undated = segmentArticles(text.replace('2024-06-04 07:30', '来源：赣鄱新闻'));
    expect(undated[0].date).toBeUndefined();
  });
});

describe('a newsroom over its reporters', () => {
  it('gives the reporters as the byline and the newsroom as the source', () => {
    const [article] = segmentArticles(
      ['腾冲：中药材种植面积突破28万亩', '腾冲市融媒体中心', '段晓丽 赵凯', '2024-06-18 10:25', '6月17日，记者从腾冲市农业农村局获悉，全市中药材种植面积达28.6万亩。'].join('\n'),
    );
    expect(article).toMatchObject({ byline: '段晓丽 赵凯', source: '腾冲市融媒体中心', date: '2024-06-18' });
  });

  it('takes a paper alone on its line under the headline, over the reporters, for the source, not the headline', () => {
    // A web app's info row (上饶日报 | 记者 … | time) whose items are flex items, one line each.
    const [article] = segmentArticles(
      ['县区', '铅山县：河红茶“红”了茶乡 今年茶园面积扩至8.6万亩', '上饶日报', '记者 王晓琳　通讯员 程立新', '2024-06-12 09:30', '初夏时节，走进铅山县紫溪乡的高山茶园，层层茶垄绿意盎然，采茶工正在抢摘夏茶。'].join('\n'),
    );
    expect(article).toMatchObject({ title: '铅山县：河红茶“红”了茶乡 今年茶园面积扩至8.6万亩', byline: '记者 王晓琳　通讯员 程立新', source: '上饶日报', date: '2024-06-12' });
  });

  it('takes the reporters credited under the text when the header names only the newsroom', () => {
    const [article] = segmentArticles(
      ['腾冲：中药材种植面积突破28万亩', '腾冲市融媒体中心 2024-06-18 10:25', '6月17日，记者从腾冲市农业农村局获悉，全市中药材种植面积达28.6万亩。', '记者：段晓丽 赵凯', '责任编辑：李春梅'].join('\n'),
    );
    expect(article).toMatchObject({ byline: '段晓丽 赵凯', editor: '李春梅' });
  });
});

describe('an info line printed above the headline', () => {
  it('gives the article its date, source and editor', () => {
    const [article] = segmentArticles(
      [
        'Source: Xinhua | 2024-04-22 16:38:05 | Editor: Liu Yan',
        'Horgos border port handles record freight as China-Europe trains boom',
        'URUMQI, April 22 (Xinhua) -- The Horgos port handled 1,873 freight trains in the first quarter of this year.',
      ].join('\n'),
    );
    expect(article).toMatchObject({ title: 'Horgos border port handles record freight as China-Europe trains boom', date: '2024-04-22', source: 'Xinhua', editor: 'Liu Yan' });
  });
});

describe('a date alone between two articles', () => {
  it('stays with the notice it signs', () => {
    const text = [
      '关于2024年度工业用地供应计划的公告',
      '来源：富平县自然资源局',
      '根据《土地管理法》有关规定，现将我县2024年度工业用地供应计划公告如下，计划供应工业用地560亩。',
      '富平县自然资源局',
      '2024年6月3日',
      '富平县新建标准厂房12万平方米',
      '来源：富平县融媒体中心',
      '记者从县工信局获悉，全县今年新建标准厂房12万平方米，已有8家企业签约入驻。',
    ].join('\n');
    const [notice, news] = segmentArticles(text);
    expect(notice.end).toBeGreaterThan(text.indexOf('2024年6月3日'));
    expect(news.date).toBeUndefined();
  });
});

describe('a commentary printed under the news it is about', () => {
  const text = [
    '临泽县新能源并网装机规模突破300万千瓦',
    '来源：张掖日报 2024-05-09 09:16',
    '本报讯（记者 韩雪莲）截至4月底，全县新能源并网装机规模达到312万千瓦。',
    '短评',
    '让戈壁滩长出“绿色动能”',
    '□ 周文博',
    '从一片荒芜的戈壁到312万千瓦的新能源装机，临泽的实践说明，资源禀赋只有转化为产业优势，才能成为发展动能。',
    '编辑：赵静　审核：孙立新',
  ].join('\n');
  const [news, comment] = segmentArticles(text);

  it('is an article of its own, a companion of the news, with the news\' date and source', () => {
    expect(comment).toMatchObject({ title: '让戈壁滩长出“绿色动能”', byline: '周文博', companion: true, date: '2024-05-09', source: '张掖日报' });
    expect(news.companion).toBeUndefined();
  });

  it('shares the credits under it with the news', () => {
    expect(news.editor).toBe('赵静');
  });
});

describe('the outlet its reporters are named with', () => {
  const sourceOf = (byline: string) =>
    segmentArticles(['南康家具：从“木匠之乡”走向全球市场', byline, '2024-06-04 07:30', '据统计，2023年南康家具产业集群产值达2860亿元，同比增长8.5%。'].join('\n'))[0].source;

  it('is the source when no line names one', () => {
    expect(sourceOf('赣鄱新闻记者 钟文杰 通讯员 刘芳')).toBe('赣鄱新闻');
    expect(sourceOf('新华社记者 张三')).toBe('新华社');
  });

  it('is no source when it is 本报 or the byline names no outlet', () => {
    expect(sourceOf('本报记者 钟文杰')).toBeUndefined();
    expect(sourceOf('记者 钟文杰')).toBeUndefined();
  });
});

describe('a self-media article whose info row holds its IP province and a 原创 tag', () => {
  const text = [
    '沭阳：60万亩花木撑起260亿元产业',
    '2024-05-16 10:23',
    '发布于：江苏省',
    '原创',
    '初夏时节，走进沭阳县新河镇，连片的苗圃一眼望不到头。',
    '沭阳是全国知名的花木之乡。目前，全县花木种植面积稳定在60万亩，从业人员超过30万人。',
  ].join('\n');

  it('keeps the headline over the date, with neither the province nor the tag for headline or byline', () => {
    const articles = segmentArticles(text);
    expect(articles.map((a) => [a.title, a.byline, a.date])).toEqual([['沭阳：60万亩花木撑起260亿元产业', undefined, '2024-05-16']]);
  });
});

describe('a TV news item with its player bar and transcript', () => {
  const text = [
    '平江：小辣条做成200亿元大产业',
    '发布时间：2024-05-22 19:40来源：平江县融媒体中心播放量：1.6万',
    '▶00:00 / 03:12标清全屏',
    '本期节目：《平江新闻》2024年5月22日',
    '文字稿',
    '【导语】',
    '辣条是很多人儿时的记忆。如今，平江县的休闲食品产业年产值已突破200亿元。',
    '【同期声】',
    '平江县某食品有限公司生产部经理 李娟',
    '我们今年又新上了2条生产线，用工比去年多了300多人。',
    '记者：刘洋　曾敏',
    '摄像：黄磊',
    '编辑：吴丹',
  ].join('\n');

  it('reads one article: the transcript label is no byline, the reporters under it are, the play count ends the source', () => {
    const articles = segmentArticles(text);
    expect(articles.map((a) => a.title)).toEqual(['平江：小辣条做成200亿元大产业']);
    expect(articles[0].byline?.replace(/\s+/g, ' ')).toBe('刘洋 曾敏');
    expect(articles[0].source).toBe('平江县融媒体中心');
    expect(articles[0].editor).toBe('吴丹');
  });
});

describe('a policy interpretation followed by its 相关文件 and 相关解读 lists', () => {
  const text = [
    '《长丰县支持草莓产业高质量发展若干政策》问答解读',
    '发布时间：2024-02-28 10:15 信息来源：县农业农村局阅读次数：2315【字体：大 中 小】',
    '问：《政策》出台的背景是什么？',
    '答：长丰是“中国草莓之乡”，全县草莓种植面积达到22万亩，年产量约38万吨。',
    '解读机关：长丰县农业农村局　解读人：张立新',
    '【打印本页】【关闭窗口】',
    '相关文件',
    '长丰县人民政府办公室关于印发《长丰县支持草莓产业高质量发展若干政策》的通知 2024-02-26',
    '相关解读',
    '一图读懂｜长丰县2024年稳经济若干措施（共28条） 2024-01-30',
  ].join('\n');

  it('finds one article, its source ended at the read count, and no article under the lists', () => {
    const articles = segmentArticles(text);
    expect(articles.map((a) => [a.title, a.source, a.date])).toEqual([
      ['《长丰县支持草莓产业高质量发展若干政策》问答解读', '县农业农村局', '2024-02-28'],
    ]);
  });
});

describe('an encyclopedia entry', () => {
  const summary = '永康市，浙江省辖县级市，由金华市代管，位于浙江省中部，总面积1049平方千米。截至2023年末，永康市户籍人口62.1万人。';

  it('is titled by its name, too short for a headline, when its first paragraph opens with it', () => {
    const text = ['永康市', '浙江省金华市代管县级市', '编辑讨论收藏', '本词条由科学百科词条编写与应用工作项目审核。', summary].join('\n\n');
    expect(segmentArticles(text).map((a) => [a.title, a.start])).toEqual([['永康市', 0]]);
  });

  it('is not a short label or site name over a text that does not open with it', () => {
    const text = ['人民网', '永康五金产业年产值突破1500亿元', summary].join('\n\n');
    expect(segmentArticles(text).map((a) => a.title)).toEqual(['永康五金产业年产值突破1500亿元']);
  });
});

describe('an entry closed by its list of references', () => {
  const text = [
    '永康：五金之都的社会事业',
    '本报记者 李明',
    '截至2023年末，永康市共有各级各类学校186所，在校学生14.2万人；医疗卫生机构612个，卫生技术人员7830人。[2]',
    '历史文化',
    '编辑播报',
    '永康有“百工之乡”之称，永康锡雕、永康鼓词等列入国家级非物质文化遗产代表性项目名录。方岩为国家4A级旅游景区。[9]',
    '参考资料',
    '行政区划简介．永康市人民政府［引用日期2024-05-12］',
    '2023年永康市国民经济和社会发展统计公报．永康市统计局．2024-03-22［引用日期2024-05-12］',
    '永康县志（1991年版）．浙江人民出版社．1991',
  ].join('\n\n');

  it('reads the references as a list, no article of their own (dated as they are)', () => {
    expect(segmentArticles(text).map((a) => a.title)).toEqual(['永康：五金之都的社会事业']);
  });
});

describe('a poll set among the paragraphs', () => {
  const text = [
    '仙桃：无纺布产业年产值突破500亿元',
    '2024-06-12 08:35:12　来源：湖北日报',
    '326 跟贴　1986 参与',
    '彭场镇是仙桃无纺布产业的发源地，如今全镇已聚集无纺布企业400多家，年产值达到218亿元。',
    '网友调查：你觉得县域特色产业最需要补哪块短板？',
    '技术研发',
    '46%',
    '2158票',
    '品牌营销',
    '54%',
    '2460票',
    '已有4618人参与',
    '截止时间：2024-06-30',
    '为推动产业转型，仙桃近三年累计投入技改资金23.5亿元，建成省级以上企业技术中心14家。',
    '责任编辑：李佳',
  ].join('\n');

  it('is furniture, and neither its participants nor its closing date head an article', () => {
    const [article, ...rest] = segmentArticles(text);
    expect(rest).toEqual([]);
    expect([article.title, article.date, article.editor]).toEqual(['仙桃：无纺布产业年产值突破500亿元', '2024-06-12', '李佳']);
    const furniture = article.excluded.filter((s) => s.kind === 'furniture').map((s) => text.slice(s.start, s.end));
    expect(furniture).toEqual(['326 跟贴　1986 参与', ...text.split('\n').slice(4, 13)]);
  });

  it('ends at the next paragraph, which stays text', () => {
    const [article] = segmentArticles(text);
    const paragraph = text.indexOf('为推动产业转型');
    expect(article.excluded.some((s) => s.start === paragraph)).toBe(false);
  });

  it('stops before the header of another article', () => {
    const page = ['网友调查：你支持吗？', '支持', '62%', '临泽：戈壁滩上建起5万亩高效农业园区', '本报记者 周文博', '记者日前从临泽县获悉，全县已建成高效农业园区5万亩。'].join('\n');
    expect(segmentArticles(page).map((a) => a.title)).toEqual(['临泽：戈壁滩上建起5万亩高效农业园区']);
  });
});

describe('an English headline in title case over a standfirst in sentence case', () => {
  const text = [
    'China Economy',
    'Kunshan Bets on Display Panels as Laptop Assembly Drifts Away',
    'City near Shanghai put 18.5 billion yuan into new-display projects in 2023',
    'Notebook output has fallen by a third since its peak in 2017',
    'By Helen Zhou and Mark Tan',
    'June 4, 2024 at 6:00 AM GMT+8',
    'Kunshan, the county-level city west of Shanghai, is betting its next decade on display panels, officials said.',
    'Moving Up the Chain',
    'New-display industry output in Kunshan',
    'Source: Kunshan Bureau of Statistics',
    'The shift shows up in investment: Kunshan put 18.5 billion yuan into new-display projects in 2023.',
  ].join('\n');

  it('takes the title-case line for the headline, however short the standfirst\'s points', () => {
    const [article] = segmentArticles(text);
    expect([article.title, article.byline, article.date]).toEqual([
      'Kunshan Bets on Display Panels as Laptop Assembly Drifts Away',
      'By Helen Zhou and Mark Tan',
      '2024-06-04',
    ]);
  });

  it('reads a chart\'s undated source line as no header: no second article, no source for the article', () => {
    const articles = segmentArticles(text);
    expect(articles).toHaveLength(1);
    expect(articles[0].source).toBeUndefined();
  });

  it('keeps a headline in sentence case under a short title-case label', () => {
    const page = ['Rural Revitalization Special Report', 'Yiwu traders move their warehouses inland as rents rise', 'By Lily Chan', 'Rents in Yiwu rose 12 percent last year, traders said.'].join('\n');
    expect(segmentArticles(page).map((a) => a.title)).toEqual(['Yiwu traders move their warehouses inland as rents rise']);
  });

  it('still takes a news outlet named alone as the source', () => {
    const page = ['Horgos port handles record freight trains as Central Asia trade grows', 'Source: Xinhua', 'The port handled 1,873 trains last year, officials said.'].join('\n');
    expect(segmentArticles(page).map((a) => [a.title, a.source])).toEqual([['Horgos port handles record freight trains as Central Asia trade grows', 'Xinhua']]);
  });

  it('still reads a dated source line as a header', () => {
    const page = ['Horgos port handles record freight trains', 'Source: Xinhua | 2024-04-22 16:38:05', 'URUMQI, April 22 (Xinhua) -- The port handled 1,873 trains.'].join('\n');
    expect(segmentArticles(page).map((a) => [a.title, a.source])).toEqual([['Horgos port handles record freight trains', 'Xinhua']]);
  });
});

describe('a long post by a verified account, its reporters credited in the closing source line', () => {
  const text = [
    '缙云烧饼一年卖出31亿元 带动2万人就业',
    '缙云发布',
    'V',
    '2024-5-18 09:30',
    '阅读 12.6万',
    '一只小小的烧饼，撑起了缙云县一个年营业额31亿元的大产业。',
    '（来源：丽水日报　记者 应晓东　通讯员 朱晓敏）',
    '转发 356',
  ].join('\n');

  it('takes the line over the account\'s name and badge for the headline', () => {
    const [article, ...rest] = segmentArticles(text);
    expect(rest).toEqual([]);
    expect([article.title, article.date]).toEqual(['缙云烧饼一年卖出31亿元 带动2万人就业', '2024-05-18']);
  });

  it('gives the reporters as the byline, not the account', () => {
    const [article] = segmentArticles(text);
    expect([article.byline, article.source]).toEqual(['记者 应晓东 通讯员 朱晓敏', '丽水日报']);
  });
});

describe('a message board page: a citizen\'s question with its particulars, and an office\'s reply', () => {
  const question = '弥勒市西三镇到东山镇的县道什么时候能拓宽？';
  const body = [
    '我是西三镇的村民。西三镇到东山镇的县道全长约26公里，但路面只有4.5米宽，很多路段两辆货车无法会车。',
    '',
    '弥勒市交通运输局',
    '回复时间：2024-04-02 15:06',
    '',
    '网友您好！西三镇至东山镇县道改扩建工程项目全长25.8公里，总投资约2.6亿元，计划今年6月开工建设。',
    '',
    '弥勒市交通运输局',
    '2024年4月2日',
  ];

  it('passes the particulars as separate fields and a status tag to the headline, and keeps the reply in the article', () => {
    // As the browser lays the tags out: each an element of its own.
    const text = [question, '留言对象：弥勒市委书记', '留言类型：建言', '留言领域：交通', '已办理', '网友：红河山里人', '2024-03-11 09:24', '留言编号：2024031100863', '', ...body].join('\n');
    const articles = segmentArticles(text);
    expect(articles.map((a) => [a.title, a.date])).toEqual([[question, '2024-03-11']]);
    expect(articles[0].end).toBe(text.length);
  });

  it('passes a row of fields on one line (as a reader without styles reads it)', () => {
    const text = [question, '', '留言对象：弥勒市委书记         留言类型：建言         留言领域：交通         已办理', '', '网友：红河山里人2024-03-11 09:24留言编号：2024031100863', '', ...body].join('\n');
    expect(segmentArticles(text).map((a) => [a.title, a.date])).toEqual([[question, '2024-03-11']]);
  });

  it('still takes a single place-led line over a date line for the headline', () => {
    const text = ['蒲江：猕猴桃出海', '2024-09-05 18:30', '', '9月4日，一批42吨蒲江红心猕猴桃从成都国际铁路港装车，经中欧班列发往荷兰。'].join('\n');
    expect(segmentArticles(text).map((a) => a.title)).toEqual(['蒲江：猕猴桃出海']);
  });
});

describe('a question page with no byline under the question', () => {
  const answer = '整治之前，浦江全县有水晶加工户2.2万家，从业人员超过20万人，大部分是家庭作坊，废水直接排进河里，全县462条溪流被称为“牛奶河”。';
  const text = ['知识问答社区', '首页', '发现', '等你来答', '县域经济浦江县产业转型', '浦江县当年为什么要大力整治水晶产业？', '关注者', '1,286', '被浏览', '386,520', '查看全部 126 个回答', answer].join('\n\n');

  it('takes neither the site’s name over its menu nor a counter’s label for the headline or a byline', () => {
    const [article] = segmentArticles(text);
    expect(article.title).not.toBe('知识问答社区');
    expect(article.byline).toBeUndefined();
  });

  it('still takes a first line over a longer paragraph for the headline where no menu follows it', () => {
    expect(segmentArticles(['浦江水晶产业十年之变', answer].join('\n\n')).map((a) => a.title)).toEqual(['浦江水晶产业十年之变']);
  });
});

describe('a summary of one sentence between the headline and the byline', () => {
  const headline = '浮梁茶的“二次出山”：一个产茶县如何把茶园变成产业园';
  const summary = '从一片茶叶到一条产业链，浮梁用五年时间把全县茶园面积扩大到20.5万亩，茶产业综合产值突破60亿元。';
  const rest = ['界观新闻记者 陈思远', '2024-05-20 07:30', '来源：界观新闻', '', '清晨五点，浮梁县瑶里镇的山雾还没有散，茶农汪建华已经背着竹篓上了山。他家承包的42亩茶园，今年春茶卖出了近30万元。'];

  it('takes the line over the summary for the headline, not a column label over both', () => {
    const text = ['区域·长篇', '', headline, '', summary, '', ...rest].join('\n');
    const [article, ...others] = segmentArticles(text);
    expect(others).toEqual([]);
    expect([article.title, article.byline, article.date]).toEqual([headline, '界观新闻记者 陈思远', '2024-05-20']);
    // The summary is the article's text: its figures are the article's.
    expect(article.excluded.some((s) => s.start === text.indexOf(summary))).toBe(false);
  });
});

describe("a policy document's number under its title", () => {
  it.each(['宁政办规〔2024〕3号', '国办发[2024]12号', '浙政发（2023）第8号'])('passes %s on the way up to the title', (number) => {
    const title = '宁国市促进工业经济高质量发展若干政策措施';
    const text = [title, '', number, '', '发布日期：2024-06-12　来源：宁国市人民政府办公室　浏览次数：2864', '', '第二条　本政策措施适用于在宁国市内依法登记注册的工业企业。市财政每年安排工业发展专项资金2亿元，统筹用于本政策措施的兑现。'].join('\n');
    const [article] = segmentArticles(text);
    expect([article.title, article.date]).toEqual([title, '2024-06-12']);
  });
});

describe('the page\'s own headline over a standfirst of points in sentence case', () => {
  const text = [
    '● LIVEHainan free trade port',
    '',
    'Hainan free trade port live: island-wide special customs operations begin',
    '',
    'Zero-tariff list widened to about 6,600 tariff lines, up from 1,900',
    '',
    'Yangpu port handles 3,400 containers on the first morning',
    '',
    'Chen Yu in Haikou and Mark Ellis in Yangpu',
    'Thu 18 Dec 2025 12.05 CST',
    '',
    'Hainan island, about 35,400 square kilometers, became one special customs area at 7am on Thursday, officials said.',
  ].join('\n');

  it('takes the last point over the byline for the headline when the page names none', () => {
    expect(segmentArticles(text).at(-1)?.title).toBe('Yangpu port handles 3,400 containers on the first morning');
  });

  it('takes the headline the page names, a few short lines up, and keeps the points as the article\'s text', () => {
    const articles = segmentArticles(text, { headline: 'Hainan free trade port live: island-wide special customs operations begin' });
    expect(articles.map((a) => [a.title, a.byline, a.date])).toEqual([
      ['Hainan free trade port live: island-wide special customs operations begin', 'Chen Yu in Haikou and Mark Ellis in Yangpu', '2025-12-18'],
    ]);
    const [article] = articles;
    const point = text.indexOf('Zero-tariff');
    expect(point).toBeGreaterThan(article.start);
    expect(article.excluded.filter((x) => x.start <= point && point < x.end)).toEqual([]);
  });

  it('keeps the headline over the byline when the page\'s headline stands above a paragraph', () => {
    const page = ['Hainan opens its ports', 'The island became one customs area on Thursday, and goods from the mainland now pass new checks at eight ports, officials said.', 'Yangpu port handles 3,400 containers', 'By Chen Yu', 'The port handled 3,400 containers by 11am, officials said.'].join('\n');
    expect(segmentArticles(page, { headline: 'Hainan opens its ports' }).map((a) => a.title)).toContain('Yangpu port handles 3,400 containers');
  });
});

describe('a copyright watermark over the text, before its first paragraph', () => {
  const lines = [
    '寻乌：废弃稀土矿区变身“绿色银行”',
    '2024-06-12 08:46　来源：赣南日报　作者：记者 刘春华',
    '赣南在线 版权所有 禁止转载赣南在线 版权所有 禁止转载',
    '本报讯　近年来，寻乌县累计投入生态修复资金12.6亿元，治理废弃矿山14.2平方公里，矿区植被覆盖率由10.2%提高到95.1%。',
    '据统计，全县修复区已新增果园3.5万亩，其中脐橙果园1.2万亩。',
    '编辑：赖小燕',
    '本网站所有内容均受版权保护，未经授权不得转载。',
    '相关新闻：会昌县新建高标准农田4.2万亩',
  ];
  const text = lines.join('\n\n');
  const furniture = () => segmentArticles(text)[0].excluded.filter((x) => x.kind === 'furniture').map((x) => text.slice(x.start, x.end));

  it('is furniture, and ends nothing: the short paragraph after it is the article\'s', () => {
    expect(furniture()).toContain(lines[2]);
    expect(furniture()).not.toContain(lines[4]);
  });

  it('while the copyright notice after the text still ends it', () => {
    expect(furniture()).toEqual(expect.arrayContaining([lines[6], lines[7]]));
  });
});

describe('a short page title and a release\'s kind', () => {
  it('takes a short line that repeats the breadcrumb\'s last crumb for the headline', () => {
    const text = [
      'Home > Invest in Wuzhi > Investment Guide',
      '',
      'Investment Guide',
      '',
      'Updated: 2026-11-20   Source: Wuzhi County Investment Promotion Bureau',
      '',
      'Wuzhi County lies on the north bank of the Yellow River in Jiaozuo, Henan Province. The county covers 805 km2 and has 15 townships and subdistricts.',
    ].join('\n');
    const [article] = segmentArticles(text);
    expect(article?.title).toBe('Investment Guide');
    expect(article?.start).toBe(text.indexOf('\nInvestment Guide\n') + 1);
  });

  it('reads no author from a release\'s kind between the headline and the date', () => {
    const text = [
      'Min County project restores degraded slopes and raises herb growers\' incomes, UNDP says',
      '',
      'Press Release',
      '',
      'December 1, 2026',
      '',
      'Lanzhou – A five-year project to restore degraded land in Min County, Gansu Province, closed this week, the United Nations Development Programme said on Monday.',
    ].join('\n');
    const [article] = segmentArticles(text);
    expect(article?.title).toBe('Min County project restores degraded slopes and raises herb growers\' incomes, UNDP says');
    expect(article?.byline).toBeUndefined();
  });

  it('takes a report\'s kind between the headline and the date for neither headline nor author, under a series label', () => {
    const text = [
      'OECD Rural Studies',
      'Lincang, China: Making the Most of a Border Location',
      'Country note',
      'Published 27 November 2026',
      '',
      'Lincang, a prefecture-level city in south-western Yunnan, has grown faster than China as a whole over the past decade, but from a low base.',
    ].join('\n');
    const [article] = segmentArticles(text);
    expect(article?.title).toBe('Lincang, China: Making the Most of a Border Location');
    expect(article?.byline).toBeUndefined();
  });

  it('takes a rating action\'s headline, whose two clauses a semicolon parts, under the commentary\'s label', () => {
    const text = [
      'Rating Action Commentary',
      '',
      "Fitch Affirms Xinyi Urban Construction Investment at 'BBB-'; Outlook Stable",
      '',
      'Mon 30 Nov, 2026 - 10:42 PM ET',
      '',
      "Fitch Ratings - Hong Kong - 30 Nov 2026: Fitch Ratings has affirmed Xinyi Urban Construction Investment Group Co., Ltd.'s ratings at 'BBB-'. The Outlook is Stable.",
    ].join('\n');
    const [article] = segmentArticles(text);
    expect(article?.title).toBe("Fitch Affirms Xinyi Urban Construction Investment at 'BBB-'; Outlook Stable");
    expect(article?.start).toBe(text.indexOf('Fitch Affirms'));
  });

  it("takes a research note's headline of two clauses in sentence case, under its kicker and its dateline", () => {
    const text = [
      'CHINA | INDUSTRIAL PROPERTY | RESULTS REVIEW',
      'Equity Research | 26 November 2026',
      '',
      'Zhangjiagang Bonded Park Development (603719 CH): Occupancy back above 90%; 1H26 beat, maintain BUY',
      '',
      'Helen Zhou, CFA / Marcus Lee',
      '',
      '- 1H26 revenue rose 14.2% yoy to Rmb1,286mn on higher rents at the bonded logistics park and faster sales of standard factory units.',
    ].join('\n');
    const articles = segmentArticles(text);
    expect(articles.map((a) => [a.title, a.byline, a.start])).toEqual([
      ['Zhangjiagang Bonded Park Development (603719 CH): Occupancy back above 90%; 1H26 beat, maintain BUY', 'Helen Zhou, CFA / Marcus Lee', text.indexOf('Zhangjiagang')],
    ]);
  });

  it('takes no list of items parted by semicolons for a headline, in title case or not', () => {
    const text = [
      'Kunshan Briefs',
      '',
      'Roads; Bridges; Water Works',
      '',
      'December 1, 2026',
      '',
      'Kunshan opened three road projects this week, the city said on Monday, and two more will start before the spring festival.',
    ].join('\n');
    expect(segmentArticles(text)[0]?.title).not.toBe('Roads; Bridges; Water Works');
    // (Nor two short items in sentence case: a clause of a headline has three words or more.)
    expect(segmentArticles(text.replace('Roads; Bridges; Water Works', 'Roads and bridges; water'))[0]?.title).not.toBe('Roads and bridges; water');
  });

  it('takes the headline under a series label and a topic label, over a standfirst and two reporters each in a place', () => {
    const text = [
      'The Big Read',
      'Chinese business & finance',
      '',
      'From Changxing to Debrecen: a Chinese county\'s battery makers go west',
      '',
      'A county in Zhejiang that built its fortune on lead-acid batteries is exporting its industrial park model to the plains of eastern Hungary. Can it work without Chinese subsidies?',
      '',
      'Marton Kiss in Debrecen and Edward White in Changxing',
      'Published DECEMBER 2 2026',
      '',
      'On a former sugar-beet field on the southern edge of Debrecen, cranes are lifting the steel frame of the first factory of a park that will cover 226 hectares.',
    ].join('\n');
    const [article] = segmentArticles(text);
    expect(article?.title).toBe('From Changxing to Debrecen: a Chinese county\'s battery makers go west');
    expect(article?.byline).toBe('Marton Kiss in Debrecen and Edward White in Changxing');
  });

  it('takes the headline under a kicker in parts, over its authors with their titles', () => {
    const text = [
      'China Macro | Chart of the Week',
      '',
      'Kunshan\'s factories feel the electronics chill',
      '',
      'Helen Marsh, Senior Economist, and Zhou Tianyi, Research Analyst',
      '27 November 2026',
      '',
      'Kunshan, the county-level city between Suzhou and Shanghai that assembles a large share of the world\'s laptops, is losing momentum.',
    ].join('\n');
    const [article] = segmentArticles(text);
    expect(article?.title).toBe('Kunshan\'s factories feel the electronics chill');
    expect(article?.byline).toBe('Helen Marsh, Senior Economist, and Zhou Tianyi, Research Analyst');
  });

  it('keeps a feature\'s picture credit under its byline in the header, not over a second article', () => {
    const text = [
      'The county school that trains China\'s e-bike workers',
      'In Taikang, a vocational school sends most of its graduates straight onto the assembly lines down the road. Students say the jobs pay, but not for long.',
      'By Song Weiwei',
      'Photographs by Lu Chen for Rest of World',
      '1 December 2026 • 9 min read',
      '',
      'TAIKANG, China — At 7:30 every morning, a 17-year-old intern clocks in at a workshop on the edge of Taikang county, in central China\'s Henan province.',
    ].join('\n');
    const articles = segmentArticles(text);
    expect(articles.map((a) => a.title)).toEqual(['The county school that trains China\'s e-bike workers']);
    expect(articles[0]?.byline).toBe('By Song Weiwei');
  });
});


describe('a work bulletin under its masthead', () => {
  it('takes the headline under the masthead, issue number and office line, not the bulletin\'s name', () => {
    const text = [
      '宜章县林业产业发展工作简报',
      '',
      '第3期',
      '',
      '宜章县林业局办公室　　　　2026年5月12日',
      '',
      '全县新造油茶林完成年度任务',
      '',
      '今年以来，县林业局组织各乡镇新造油茶林6200亩，完成市下达年度任务的103%，低产林改造1.1万亩。',
    ].join('\n');
    const [article] = segmentArticles(text);
    expect(article?.title).toBe('全县新造油茶林完成年度任务');
    expect(article?.start).toBe(text.indexOf('全县新造油茶林完成'));
  });
});

describe('segmentArticles: a listed company\'s disclosure and a hard-wrapped note', () => {
  it('takes a disclosure\'s title under its issuer block for the headline', () => {
    const text = [
      'November 25, 2026',
      'Company name: Kawashima Precision Industries, Ltd.',
      'Representative: Takeshi Morimoto, President and Representative Director',
      '(Securities code: 6478, TSE Prime Market)',
      'Contact: Yuko Hanada, General Manager, Corporate Communications Department',
      '',
      'Notice Regarding Construction of a New Plant in Pinghu, Zhejiang Province, China',
      '',
      'Kawashima Precision Industries, Ltd. (the "Company") hereby announces that its Board of Directors resolved to construct a new plant.',
    ].join('\n');
    const [article] = segmentArticles(text);
    expect(article?.title).toBe('Notice Regarding Construction of a New Plant in Pinghu, Zhejiang Province, China');
  });

  it('takes both lines of a headline hard-wrapped in plain text, and the analysts for the byline', () => {
    const text = [
      'CHINA INDUSTRIALS | SITE VISIT NOTES | 27 Nov 2026',
      '',
      'Danyang eyewear: lens makers run hot, city bets on a new',
      'optics park',
      '',
      'Kevin Liang, CFA / Zoe Xu',
      'Jade Harbour Securities (HK) Ltd',
      '',
      "We spent two days in Danyang (Zhenjiang, Jiangsu), China's largest eyewear production base, meeting the",
      "county-level city's industry bureau and five frame workshops.",
    ].join('\n');
    const [article] = segmentArticles(text);
    expect([article?.title, article?.byline]).toEqual(['Danyang eyewear: lens makers run hot, city bets on a new\noptics park', 'Kevin Liang, CFA / Zoe Xu']);
  });
});

describe('segmentArticles: a headline that opens with a decimal', () => {
  it('takes a headline whose first figure is glued to its word (5.2-magnitude) for the headline, not a section number', () => {
    const text = [
      '5.2-magnitude quake jolts Yingjiang county in Yunnan, no deaths reported',
      '',
      'Source: Xinhua | Editor: Liu Yang | 2026-11-30',
      '',
      'KUNMING, Nov. 30 (Xinhua) -- A 5.2-magnitude earthquake jolted Yingjiang county in southwest China\'s Yunnan province at 3:47 a.m. Monday.',
      '',
      'The quake damaged 1,362 houses in four townships, local authorities said.',
    ].join('\n');
    const [article] = segmentArticles(text);
    expect(article?.title).toBe('5.2-magnitude quake jolts Yingjiang county in Yunnan, no deaths reported');
  });

  it("still reads a report's numbered section (2.1 Background) as a section, not a headline", () => {
    const text = [
      'Rural Water Supply in Minxian County: Project Completion Note',
      '',
      'Prepared by the Project Management Office',
      '',
      '2.1 Background of the county water project',
      '',
      'The county supplied piped water to 126 villages, and the project built 38 small treatment stations in its townships.',
    ].join('\n');
    const articles = segmentArticles(text);
    expect(articles.map((a) => a.title)).toEqual(['Rural Water Supply in Minxian County: Project Completion Note']);
  });
});
