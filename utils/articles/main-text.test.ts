import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlDocuments } from './testdata/html-document';
import { analyseText } from '../pipeline';
import { articleText, findArticles, highestHeadingRank, quickCheck, replaceBlocks } from './main-text';

const load = htmlDocuments();

const page = (name: string) => load(readFileSync(join(__dirname, 'testdata', 'pages', name), 'utf8'));
const demo = () => load(readFileSync(join(__dirname, '..', '..', 'public', 'demo', 'zhejiang-page.html'), 'utf8'));

describe('quickCheck', () => {
  it('passes article pages and fails pages without running text', () => {
    expect(quickCheck(page('portal.html')).passes).toBe(true);
    expect(quickCheck(page('epaper.html')).passes).toBe(true);
    expect(quickCheck(page('wire-en.html')).passes).toBe(true);
    expect(quickCheck(page('app-page.html')).passes).toBe(false);
  });

  it('passes an ecology story with one strong development word and many everyday ones', () => {
    const doc = load(`<html><body><article><h1>开化：钱江源头护一泓清水</h1>
      <p>作为钱塘江的源头，开化县森林覆盖率达到80.9%，出境水质常年保持Ⅰ类水标准。钱江源国家公园体制试点区面积约252平方公里。</p>
      <p>近年来，开化累计投入生态保护修复资金12.6亿元，完成河道综合治理186公里，关停搬迁沿河养殖场320余家。</p>
      <p>生态优势正在转化为发展优势。去年，开化接待游客1650万人次，旅游总收入达到168亿元，带动农户增收约1.2万元/户。开化还计划新建生态产品加工园区800亩。</p>
      </article></body></html>`);
    expect(quickCheck(doc).passes).toBe(true);
  });

  it('counts a development word once whatever its case, and a longer term before a shorter one it contains', () => {
    const filler = 'The team published the figures on Monday and described them at a briefing for reporters. ';
    const english = (words: string) => load(`<html><body><article><p>${words} ${filler.repeat(5)}</p></article></body></html>`);
    // "Industrial Park" and "industrial park" are one word (not also "industrial"); "State Council" makes two.
    expect(quickCheck(english('The Industrial Park and the industrial park grew.'))).toMatchObject({ vocabularyHits: 1, passes: false });
    expect(quickCheck(english('The Industrial Park grew and the State Council met.'))).toMatchObject({ vocabularyHits: 2, passes: true });
  });

  it('passes a Traditional-Chinese development article, whose words are the vocabulary\'s in the other script', () => {
    const doc = load(`<html><body><article><h1>南沙明珠灣起步區今年投資逾180億元</h1>
      <p>廣州南沙區政府昨日舉行新聞發布會，宣布推出12項便利港澳居民發展的新措施，明珠灣起步區今年將有38個重點項目動工。</p>
      <p>南沙將把青年創新工場擴建至3萬平方米，產業園區規劃面積約23平方公里，計劃完成投資逾180億元，較去年增加15%。</p>
      </article></body></html>`);
    expect(quickCheck(doc).passes).toBe(true);
  });

  it('passes a print view whose article is one hard-wrapped <pre> (no paragraph elements at all)', () => {
    const doc = load(`<html><body><div class="title">崇仁县输变电产业集群营收突破400亿元</div>
      <pre>　　今年以来，崇仁县坚持把输变电产业作为“一号产业”来抓，产业集
群发展态势良好。1—4月，全县输变电产业实现营业收入136.8亿
元，同比增长15.2%。

　　县里盘活闲置低效用地1860亩，新建标准厂房32万平方米，园区新引进项目27个，总投资96.5亿元。</pre></body></html>`);
    expect(quickCheck(doc)).toMatchObject({ passes: true, paragraphs: 1 });
  });

  it('fails a sports report, which has text but no development vocabulary', () => {
    expect(quickCheck(page('sports.html'))).toMatchObject({ passes: false, vocabularyHits: 0 });
  });
});

describe('findArticles', () => {
  it('returns the page’s own elements for a portal article, without navigation, sidebar or footer', () => {
    const doc = page('portal.html');
    const [article, ...rest] = findArticles(doc);
    expect(rest).toEqual([]);
    expect(article.method).toBe('readability');
    expect(article.blocks.every((b) => doc.body.contains(b))).toBe(true);
    const text = articleText(article);
    expect(text.startsWith('遂宁射洪：锂电产业园新增供地超千亩')).toBe(true);
    expect(text).toContain('新增工业用地供应1260亩');
    expect(text).not.toMatch(/热点推荐|版权所有|分享到|登录/);
    expect(article.source).toBe('四川在线');
  });

  it("reads a unit the page's CSS draws after a number, as the browser shows it; not a list's counter", () => {
    const paragraph = '<p>今年以来，天台县坚持稳中求进工作总基调，全力推动经济回升向好，主要指标增速高于全市平均水平，工业经济持续向好。</p>';
    const doc = load(
      `<html><head><style>.v::after { content: attr(data-unit); } .num.yi::after { content: '亿元'; } ol li::before { content: counter(m) "．"; }</style></head>` +
        `<body><article><h1>天台县上半年经济运行稳中有进</h1>${paragraph}<div><span class="v" data-unit="亿元">186.4</span><span>地区生产总值</span></div>` +
        `<p>规上工业增加值<span class="num yi">52.7</span>，同比增长<b class="v" data-unit="%">9.4</b>，<b class="v" data-unit="家"><span class="countup">37</span></b>家企业 <b class="v" data-unit="x"><span>37</span> </b></p><ol><li>完成河道整治23.5公里。</li></ol>${paragraph}</article></body></html>`,
    );
    const text = articleText(findArticles(doc)[0]);
    expect(text).toContain('186.4亿元');
    expect(text).toContain('规上工业增加值52.7亿元，同比增长9.4%，37家家企业 37');
    expect(text).toContain('\n完成河道整治23.5公里。');
  });

  it('takes a huge page’s one <article> as it is, without Readability, and leaves its navigation and footer out', () => {
    const paragraph = '今年以来，射洪市新增工业用地供应1260亩，锂电产业园完成固定资产投资42.3亿元，同比增长18.6%。';
    const paragraphs = Array.from({ length: 2500 }, () => `<p>${paragraph}</p>`).join('');
    const doc = load(
      `<html><head><title>锂电产业园 - 四川在线</title></head><body><nav><a href="/">首页</a><a href="/c">登录</a></nav>` +
        `<article><h1>遂宁射洪：锂电产业园新增供地超千亩</h1>${paragraphs}</article><footer><p>版权所有 四川在线</p></footer></body></html>`,
    );
    const [article, ...rest] = findArticles(doc);
    expect(rest).toEqual([]);
    expect(article.method).toBe('marked');
    expect(article.root.tagName).toBe('ARTICLE');
    expect(article.title).toBe('遂宁射洪：锂电产业园新增供地超千亩');
    expect(article.blocks).toHaveLength(2501);
    const text = articleText(article);
    expect(text.startsWith('遂宁射洪：锂电产业园新增供地超千亩\n\n今年以来')).toBe(true);
    expect(text).not.toMatch(/版权所有|登录/);
  });

  it('on a huge page’s one <article>, keeps as blocks the nearest block of each text a reader sees, in the order of their text', () => {
    const paragraph = '今年以来，射洪市新增工业用地供应1260亩，锂电产业园完成固定资产投资42.3亿元，同比增长18.6%。';
    const paragraphs = (n: number) => Array.from({ length: n }, () => `<p>${paragraph}</p>`).join('');
    const doc = load(
      `<html><body><article id="root">导语直接写在文章里<h1 id="h">遂宁射洪：锂电产业园新增供地超千亩</h1>` +
        `<div id="outer"><p id="first">${paragraph}</p>外层自己的文字<span>（记者 <b>王林</b>）</span><section><p id="inner">${paragraph}</section></div>` +
        `<nav><p>导航</p></nav><p hidden>隐藏</p><div aria-hidden="true"><p>也隐藏</p></div><p style="display: none">不显示</p>` +
        `<ul id="links"><li><a href="/1">相关阅读一</a></li></ul><p id="linked">文中有<a href="/x">一个链接</a>的一段长文字${paragraph}</p>` +
        `<p id="mostly-links"><a href="/a">链接甲链接甲</a>与<a href="/b">链接乙链接乙</a></p><script>var x = "5000亩";</script>` +
        `${paragraphs(2500)}</article></body></html>`,
    );
    const [article] = findArticles(doc);
    expect(article.method).toBe('marked');
    const named = article.blocks.slice(0, 7).map((b) => b.id || b.tagName);
    // The article's own text first (its root), the outer div after its first paragraph, whose text comes
    // first; no furniture, hidden or script text; a list item of links and a block mostly of links left out.
    expect(named).toEqual(['root', 'h', 'first', 'outer', 'inner', 'linked', 'P']);
    expect(article.blocks).toHaveLength(2506);
  });

  it('leaves out a closed popover (a 名词解释 tip its button opens), as the reader sees the page', () => {
    const paras = [
      '<p>今年以来，嘉善县深化“标准地”<button popovertarget="tip">?</button>改革，截至7月底，全县已出让工业用地23宗、1860亩，平均出让周期缩短至45天。</p>',
      '<div popover id="tip">名词解释：工业项目亩均投资一般不低于300万元、亩均税收不低于30万元。</div>',
      '<p>在新出让的地块中，亩均投资强度达到526万元，亩均税收承诺值48万元，均高于全市平均水平，县里还对12个项目实行“拿地即开工”。</p>',
      '<p>与此同时，嘉善县持续推进低效用地再开发，今年累计整治低效工业用地4200亩，腾出发展空间2600亩，盘活存量建设用地1.2万亩。</p>',
      '<p>县自然资源和规划局相关负责人表示，下半年将再推出“标准地”800亩以上，力争全年工业用地供应总量突破2800亩，保障重大产业项目落地。</p>',
    ];
    const doc = load(`<html><body><article><h1>嘉善县“标准地”改革再提速</h1>${paras.join('')}</article></body></html>`);
    const text = articleText(findArticles(doc)[0]);
    expect(text).toContain('1860亩');
    expect(text).toContain('526万元');
    expect(text).not.toContain('300万元');
  });

  it("reads a progress or meter bar as the bar the reader sees, not its fallback text (which may be stale)", () => {
    const para = '<p>今年1至6月，武义县126个重点项目累计完成投资86.4亿元，完成年度计划的56.8%，高于时序进度6.8个百分点。</p>';
    const doc = load(
      `<html><body><article><h1>武义县重点项目上半年完成投资86.4亿元</h1>${para}` +
        `<div>温泉度假区综合开发项目<progress value="64" max="100">完成进度58%</progress>完成年度计划64%</div>` +
        `<div>污水管网改造<meter value="0.83">0.79</meter>完成年度计划83%</div>` +
        `<p>从产业看，工业项目完成投资31.2亿元，同比增长18.5%；交通项目完成投资14.7亿元，武义至永康快速路已完成路基工程9.6公里。</p>` +
        `<p>民生项目方面，新建保障性租赁住房1260套，新增义务教育学位2400个，改造城镇老旧小区18个，惠及居民3200户。</p>` +
        `<p>县发改局有关负责人表示，下半年将聚焦土地、资金、能耗等要素保障，实行专班推进、挂图作战，加快推动已开工项目形成实物工作量，确保全年完成重点项目投资152亿元以上。</p>` +
        `<p>据介绍，今年武义县还将谋划储备一批重大产业项目和基础设施项目，力争新增省重点项目8个以上，为全县经济高质量发展提供有力支撑。</p></article></body></html>`,
    );
    const text = articleText(findArticles(doc)[0]);
    expect(text).toContain('完成年度计划64%');
    expect(text).toContain('完成年度计划83%');
    expect(text).not.toContain('58%');
    expect(text).not.toContain('0.79');
  });

  it('reads a closed <details> section as its summary alone, as the reader sees it; an open one whole', () => {
    const lead = '<p>今年以来，霍山县坚持稳中求进工作总基调，上半年全县实现地区生产总值136.8亿元，同比增长6.7%，增速高于全市平均水平。</p>';
    const doc = load(
      `<html><body><article><h1>霍山县2024年上半年经济运行情况</h1>${lead}` +
        `<details open><summary>一、农业生产稳中有增</summary><p>上半年，全县完成农林牧渔业总产值21.4亿元，同比增长3.9%。</p></details>` +
        `<details><summary>二、工业生产加快回升</summary><p>上半年，全县规模以上工业增加值同比增长8.6%，规上工业企业达到218户。</p></details>` +
        // Text directly in the closed section, in no element of its own, is folded away too.
        `<details><summary>三、固定资产投资</summary>上半年，全县固定资产投资同比增长11.2%，在建亿元以上项目76个。</details>` +
        `</article></body></html>`,
    );
    const text = articleText(findArticles(doc)[0]);
    expect(text).toContain('21.4亿元');
    expect(text).toContain('二、工业生产加快回升');
    expect(text).not.toContain('8.6%');
    expect(text).toContain('三、固定资产投资');
    expect(text).not.toContain('11.2%');
  });

  it('still asks Readability on a huge page whose <article> is only a part of it', () => {
    const paragraph = '今年以来，射洪市新增工业用地供应1260亩，锂电产业园完成固定资产投资42.3亿元，同比增长18.6%。';
    // Long paragraphs: few nodes for Readability to score, the page's text still over the huge-page line.
    const many = (n: number) => Array.from({ length: n }, () => `<p>${paragraph.repeat(10)}</p>`).join('');
    const doc = load(`<html><body><article><h1>一则短讯</h1>${many(2)}</article><div id="main">${many(250)}</div></body></html>`);
    expect(findArticles(doc)[0].method).not.toBe('marked');
  });

  it('keeps an article cut into <section>s under h2 subheads whole, and stories side by side apart', () => {
    const para = (n: number) => `<p>今年以来，湄潭县新增茶园${n}万亩，全县茶产业综合产值达到180亿元，带动茶农人均增收5000元，茶叶出口额同比增长31.5%。</p>`;
    const section = (h: string, n: number) => `<section class="part"><h2>${h}</h2>${para(n)}${para(n + 1)}${para(n + 2)}</section>`;
    const sections = load(`<html><body><article><h1>一片叶子富了一方百姓</h1><div class="meta">2024-09-12 来源：遵义日报</div>
      ${section('一、种得好', 1)}${section('二、卖得好', 3)}${section('三、链得长', 5)}</article></body></html>`);
    const found = findArticles(sections);
    expect(found).toHaveLength(1);
    expect(articleText(found[0])).toContain('一片叶子富了一方百姓');
    expect(articleText(found[0])).toContain('三、链得长');
    // The same blocks with no heading over them are an e-paper page's stories, each its own article.
    const stories = load(`<html><body><div class="sheet">${section('兰陵蔬菜', 1)}${section('费县木业', 3)}${section('沂水文旅', 5)}</div></body></html>`);
    expect(findArticles(stories)).toHaveLength(3);
  });

  it('falls back to the densest element on an e-paper page split by <br>', () => {
    const doc = page('epaper.html');
    const [article] = findArticles(doc);
    const text = articleText(article);
    expect(text).toContain('至此全县今年已盘活存量建设用地2150亩。\n“这些土地');
    expect(text).not.toContain('第01版');
    const [analysed] = analyseText(text).articles;
    expect(analysed.title).toBe('德清盘活低效用地 腾出发展新空间');
    expect(analysed.byline).toBe('本报记者 陈晓 通讯员 孙立');
    expect(analysed.regions[0].code).toBe('330521');
  });

  it('leaves out a list of links to other stories that Readability keeps inside the article (a post’s 往期推荐)', () => {
    const paragraph = (n: number) =>
      `<p>今年一季度，长兴新能源产业实现规上工业产值${n}亿元，同比增长14.2%，全县新增规上工业企业38家，完成工业投资47.8亿元，增速居全市第一，新签约项目总投资86.5亿元。</p>`;
    const doc = load(`<html><body><div id="js_content"><h1>长兴一季度集中签约12个项目</h1>
      ${[186, 187, 188, 189].map(paragraph).join('')}
      <section class="past"><p>往期推荐</p><a href="#">长兴这个村年接待游客超50万人次</a><a href="#">4.2亿元！长兴又一民生工程开工</a></section>
      <p>一段较长的正文里有<a href="#">一个链接</a>，它仍是正文：长兴县今年计划新增工业用地1260亩，设立总规模20亿元的新能源产业基金，对设备投资超过5000万元的项目给予补助，单个项目最高不超过1000万元，以此吸引更多项目落地。</p>
      </div></body></html>`);
    const [article] = findArticles(doc);
    const text = articleText(article);
    expect(text).not.toContain('50万人次');
    expect(text).toContain('往期推荐');
    expect(text).toContain('1260亩');
  });

  it('puts back the byline row Readability drops from under a standfirst', () => {
    const paragraph = (n: number) =>
      `<p>Yulin signed ${n} coal chemical projects with total investment of 212 billion yuan in the first half of the year, the city's development and reform commission said, and the projects will use about 4,800 hectares of land in the Yushen Industrial Zone.</p>`;
    const doc = load(`<html><body><div class="story"><h1>Yulin Bets on Coal-to-Chemicals Despite Carbon Curbs</h1>
      <p class="dek">The Shaanxi city has lined up 15 coal chemical projects worth 212 billion yuan, even as Beijing tightens limits on energy-hungry industry</p>
      <div class="byline-row"><span>By Zhao Ruolin</span><span>Jul 02, 2024 08:15 PM</span><span>Economy</span></div>
      ${[15, 16, 17, 18].map(paragraph).join('')}
      </div></body></html>`);
    const [article] = findArticles(doc);
    const text = articleText(article);
    expect(text).toContain('By Zhao RuolinJul 02, 2024');
    const [analysed] = analyseText(text).articles;
    expect([analysed.byline, analysed.date]).toEqual(['By Zhao Ruolin', '2024-07-02']);
  });

  it('reads a table as the page\'s text map does: a row on one line, its cells apart by tabs', () => {
    const doc = load(`<html><body><div class="content"><h1>富平县2024年度高标准农田建设项目（第一批）拟立项的公示</h1>
      <p>经乡镇申报、县级审核，拟将庄里镇等4个镇的高标准农田建设项目列入2024年度第一批立项计划，新建高标准农田4.35万亩，总投资8700万元。现将有关情况公示如下，公示期间如有异议，请以书面形式反映。</p>
      <table><tr><th>序号</th><th>项目名称</th><th>建设规模</th></tr><tr><td>1</td><td>庄里镇高标准农田建设项目</td><td>1.2万亩</td></tr></table>
      <p>项目建成后，项目区新增和改善灌溉面积3.6万亩，新增节水能力280万立方米，亩均粮食产能提高80公斤以上，带动农户增收。</p>
      </div></body></html>`);
    const [article] = findArticles(doc, { force: true });
    expect(articleText(article)).toContain('\n\n序号\t项目名称\t建设规模\n1\t庄里镇高标准农田建设项目\t1.2万亩\n\n');
  });

  it('puts back a headline set in <font> and <b> inside a layout table\'s cell, named by a title joined with --', () => {
    const doc = load(`<html><head><title>大田县高山茶产业园一期工程建成投产--大田县人民政府网</title></head><body><table><tr><td>
      <table><tr><td align="center"><font size="5" color="#0033CC"><b>大田县高山茶产业园一期工程建成投产</b></font></td></tr>
      <tr><td align="center"><font color="#999999">发布时间：2024年05月21日&nbsp;&nbsp;来源：大田县融媒体中心&nbsp;&nbsp;作者：林清泉</font></td></tr>
      <tr><td><font size="3">&nbsp;&nbsp;&nbsp;&nbsp;5月20日，大田县高山茶产业园一期工程正式建成投产。该项目位于屏山乡，总投资3.6亿元，占地286亩，建成标准化加工厂房8.2万平方米，年加工干毛茶可达4500吨。<br><br>
      &nbsp;&nbsp;&nbsp;&nbsp;目前全县茶园面积达12.6万亩，其中高优生态茶园9.8万亩，从事茶叶生产的农户2.3万户。2023年，全县干毛茶产量1.9万吨，茶产业综合产值突破86亿元，同比增长12.5%。</font></td></tr>
      </table></td></tr></table></body></html>`);
    const [article] = findArticles(doc, { force: true });
    expect(articleText(article)).toMatch(/^大田县高山茶产业园一期工程建成投产\n\n发布时间：2024年05月21日/);
    expect(analyseText(articleText(article)).articles[0]).toMatchObject({ title: '大田县高山茶产业园一期工程建成投产', byline: '林清泉', date: '2024-05-21' });
  });

  it('reads figures as the reader sees them through an anti-copy page\'s noise, as the page\'s text map does', () => {
    const doc = load(`<html><head><style>.jammer { display: none; }</style></head><body><div class="content"><h1>寻乌县废弃矿区治理成效明显</h1>
      <p>近年来，寻乌县累计投入生态修复资金1<span style="display:none">9</span>2.6亿元，治理废弃矿山14<font class="jammer">73</font>.2平方公里，植被覆盖率提高到9<span style="font-size:0">0</span>5.1%，全县修复区新增果园3.5&#8203;万亩。</p>
      <p>光伏电站每年可为村集体带来租金收入2&shy;40万元，引进企业2<span style="font-size:0px">7</span>3家，带动2000余名群众在家门口就业，<span style="font-size:0">x<b style="font-size:16px">全县</b></span>今年计划再修复矿山3.6平方公里。</p>
      </div></body></html>`);
    const [article] = findArticles(doc, { force: true });
    const text = articleText(article);
    for (const figure of ['12.6亿元', '14.2平方公里', '95.1%', '3.5万亩', '240万元', '23家', '，全县今年']) expect(text).toContain(figure);
  });

  it('keeps a table\'s cells in their grid columns under merged cells, as the page\'s text map does', () => {
    const doc = load(`<html><body><div class="content"><h1>2024年上半年长垣市国民经济运行情况</h1>
      <p>根据地区生产总值统一核算结果，上半年全市实现地区生产总值312.6亿元，按不变价格计算，同比增长6.1%。分产业看，第一产业增加值18.4亿元，增长3.2%；第二产业增加值146.8亿元，增长7.4%。</p>
      <table><thead><tr><th rowspan="2">指标</th><th rowspan="2">单位</th><th colspan="2">2024年1—6月</th></tr><tr><th>绝对数</th><th>比上年同期增长（%）</th></tr></thead>
      <tbody><tr><td>一般公共预算收入</td><td>亿元</td><td>16.92</td><td>4.1</td></tr><tr><td rowspan="2">起重装备</td><td>营业收入（亿元）</td><td>186.3</td><td></td></tr><tr><td>增速（%）</td><td>9.6</td><td>6.6</td></tr></tbody></table>
      <p>上半年，全市社会消费品零售总额108.5亿元，同比增长5.7%，限额以上单位餐饮收入增长12.4%，消费市场加快恢复。</p>
      </div></body></html>`);
    const [article] = findArticles(doc, { force: true });
    expect(articleText(article)).toContain(
      '\n\n指标\t单位\t2024年1—6月\n\t\t绝对数\t比上年同期增长（%）\n一般公共预算收入\t亿元\t16.92\t4.1\n起重装备\t营业收入（亿元）\t186.3\n\t增速（%）\t9.6\t6.6\n\n',
    );
  });

  it('reads a <br> inside a body cell of one short entry as a space, as the page\'s text map does', () => {
    const doc = load(`<html><body><div class="content"><h1>2024年1—5月嵊州市主要经济指标</h1>
      <p>1—5月，全市经济运行总体平稳、稳中有进。规模以上工业增加值同比增长7.4%，增速比1—4月提高0.6个百分点；全市实现社会消费品零售总额186.5亿元。</p>
      <table><tr><th>指标名称</th><th>1—5月</th></tr><tr><td>规模以上工业增加值</td><td>98.36<br>亿元</td></tr><tr><td>新设市场主体</td><td>4286<br>户</td></tr></table>
      <p>分区域看，四个重点乡镇（街道）工业产值均实现增长，崇仁镇固定资产投资降幅较1—4月收窄。</p>
      </div></body></html>`);
    const [article] = findArticles(doc, { force: true });
    expect(articleText(article)).toContain('\n\n指标名称\t1—5月\n规模以上工业增加值\t98.36 亿元\n新设市场主体\t4286 户\n\n');
  });

  it('writes an exponent in a <sup> as it shows and leaves a note mark out, as the page\'s text map does', () => {
    const doc = load(`<html><body><article><h1>Ninghai pumped-storage plant fills its upper reservoir</h1>
      <p>The upper reservoir of the Ninghai pumped-storage power station in Zhejiang province finished its first filling on Monday, holding 8.6 × 10<sup>6</sup> m<sup>3</sup> of water, the plant's operator said.</p>
      <p>The station has four reversible units of 350 megawatts each.<sup>1</sup> The project flooded 1.86 km<sup>2</sup> of hillside during its construction.</p>
      </article></body></html>`);
    const [article] = findArticles(doc, { force: true });
    const text = articleText(article);
    for (const figure of ['8.6 × 10⁶ m³ of water', 'each. The project', '1.86 km² of hillside']) expect(text).toContain(figure);
  });

  it('writes an index in a <sub> as it shows, as the page\'s text map does', () => {
    const doc = load(`<html><body><article><h1>当涂县钢铁企业完成超低排放改造</h1>
      <p>当涂县2家长流程钢铁企业完成超低排放改造，今年以来全县累计减排CO<sub>2</sub>1.6万吨，SO<sub>2</sub>排放量下降18.6%，PM<sub>2.5</sub>平均浓度同比下降6.5%。</p>
      <p>全县对27处废弃矿山实施生态修复，修复面积386.5hm<sup>2</sup>，新增林地约1.2万亩，总投资2.3亿元。</p>
      </article></body></html>`);
    const [article] = findArticles(doc, { force: true });
    const text = articleText(article);
    for (const figure of ['减排CO₂1.6万吨', 'SO₂排放量', 'PM₂.₅平均', '386.5hm²']) expect(text).toContain(figure);
  });

  it('gives each <article> of a page that holds several its own root', () => {
    const doc = demo();
    const articles = findArticles(doc);
    expect(articles.map((a) => a.root.tagName)).toEqual(['ARTICLE', 'ARTICLE', 'ARTICLE', 'ARTICLE']);
    const analysed = analyseText(articleText(articles[1])).articles;
    expect(analysed.map((a) => [a.title, a.byline, a.regions[0]?.code])).toEqual([
      ['吴兴区激发乡村振兴新活力 导师帮带 蓄势赋能', '沈宇', '330502'],
    ]);
  });

  it('reads an English wire story with its metadata', () => {
    const [article] = findArticles(page('wire-en.html'));
    expect(article.title).toBe('Suining turns idle plots into industrial parks');
    expect(article.source).toBe('China Daily');
    const [analysed] = analyseText(articleText(article)).articles;
    expect(analysed.language).toBe('en');
    expect(analysed.regions[0].code).toBe('510900');
  });

  it('finds nothing on a page that is not an article, unless forced', () => {
    expect(findArticles(page('app-page.html'))).toEqual([]);
    expect(findArticles(page('sports.html'))).toEqual([]);
    const forced = findArticles(page('sports.html'), { force: true });
    expect(analyseText(articleText(forced[0])).articles[0].isRegionalDevelopment).toBe(false);
  });
});

describe('findArticles: an info line above the headline', () => {
  it('puts the line Readability drops back in front of the headline, for its date and editor', () => {
    const para = (n: number) =>
      `<p>The Horgos port handled ${n} freight trains in the quarter, while its trade value reached 28.4 billion yuan and cleared cargo for logistics firms in the development zone across the border.</p>`;
    const doc = load(`<html><body><div class="main"><div class="header">
      <div class="info">Source: Xinhua | 2024-04-22 16:38:05 | Editor: Liu Yan</div>
      <h1>Horgos border port handles record freight as China-Europe trains boom</h1></div>
      <div id="detailContent">${[1873, 1900, 2100, 2300].map(para).join('')}</div></div></body></html>`);
    const [article] = findArticles(doc, { force: true });
    const text = articleText(article);
    expect(text.startsWith('Source: Xinhua | 2024-04-22 16:38:05 | Editor: Liu Yan')).toBe(true);
    expect(analyseText(text).articles[0]).toMatchObject({ date: '2024-04-22', editor: 'Liu Yan' });
  });
});

describe('findArticles: credits after the article\'s box', () => {
  it('closes the article with a 责编 line that follows its container, not with one past a heading', () => {
    const para = (n: number) => `<p>近年来，恭城坚持把月柿作为富民强县的主导产业来抓，全县月柿种植面积达${n}万亩，今年鲜果产量预计达68万吨，带动4.3万户果农增收。</p>`;
    const page = (between: string) =>
      load(`<html><body><div class="m-article"><h1>恭城月柿“甜”了瑶乡</h1><div class="m-info">2024年10月29日 09:16 来源：人民网-广西频道</div>
        <div class="m-body">${[22, 23, 24, 25].map(para).join('')}</div><div class="m-more">阅读全文</div></div>
        ${between}<div class="m-edit">（责编：黄艳、李明）</div></body></html>`);
    const [article] = findArticles(page(''), { force: true });
    expect(analyseText(articleText(article)).articles[0].editor).toBe('黄艳');
    const [other] = findArticles(page('<div class="next"><h2>荔浦芋头年产值突破30亿元</h2></div>'), { force: true });
    expect(articleText(other)).not.toContain('责编');
  });
});

describe('findArticles: a headline in a table cell of an old CMS layout', () => {
  const cms = (docTitle: string) =>
    load(`<html><head><title>${docTitle}</title></head><body><table><tr><td>某县人民政府</td></tr><tr><td><table>
      <tr><td class="tit">某县今年新建高标准农田8.6万亩</td></tr>
      <tr><td class="inf">发布日期：2024-06-12 来源：县农业农村局 浏览次数：356</td></tr>
      <tr><td class="con">
        <p>6月11日，记者从县农业农村局获悉，今年该县计划新建高标准农田8.6万亩，总投资2.58亿元，项目涉及12个乡镇，目前已完成年度任务的93%。</p>
        <p>项目按照“田成方、渠相通、路相连、旱能灌、涝能排”的标准建设，亩均投入1500元，新建和疏浚沟渠36.2公里，新建泵站148座，修建田间道路41.5公里。</p>
        <p>县农业农村局负责人介绍，项目建成后，可新增和改善灌溉面积6.3万亩，预计每年可增加粮食产能1200万斤，惠及农户3.4万户。</p>
      </td></tr></table></td></tr></table></body></html>`);

  it('takes the cell whose text is the document title without its section and site for the headline', () => {
    const [article] = findArticles(cms('某县今年新建高标准农田8.6万亩 - 部门动态 - 某县人民政府'));
    const text = articleText(article);
    expect(text.startsWith('某县今年新建高标准农田8.6万亩\n')).toBe(true);
    expect(text).toContain('发布日期：2024-06-12');
    expect(analyseText(text).articles[0].title).toBe('某县今年新建高标准农田8.6万亩');
  });

  it('reads no cell as the headline when the document title has no separator to end it', () => {
    const [article] = findArticles(cms('某县人民政府'));
    expect(articleText(article)).not.toContain('某县今年新建高标准农田8.6万亩\n发布日期');
  });
});

describe('findArticles: a headline in a div no heading selector names, the document title the headline alone', () => {
  const mobile = (docTitle: string) =>
    load(`<html><head><title>${docTitle}</title></head><body><div class="app-bar">闽西日报 打开APP</div><div class="wrap">
      <div class="headline">长汀：稀土产业园去年实现产值312亿元</div>
      <div class="who"><span>闽西日报</span><span>2024-03-06 07:58</span><span>福建</span></div>
      <div class="fold">
        <p>本报讯（记者 罗晓梅 通讯员 钟立新）2023年，长汀稀土工业园区实现规上工业产值312亿元，同比增长13.6%，园区入驻企业达到146家，其中规上企业68家。</p>
        <p>稀土永磁材料是园区的“当家产品”。去年园区钕铁硼磁材产量达到2.6万吨，占全省的42%，稀土发光材料、稀土催化材料等下游产品产量分别增长18.2%和24.5%。</p>
        <p>项目建设持续加力。去年园区新开工项目23个，完成投资58.7亿元；总投资45亿元的高性能稀土永磁电机项目一期已投产，年产电机200万台。</p>
      </div></div></body></html>`);

  it('puts the headline and the date row back when an element before the body holds the whole document title', () => {
    const [article] = findArticles(mobile('长汀：稀土产业园去年实现产值312亿元'));
    const text = articleText(article);
    expect(text.startsWith('长汀：稀土产业园去年实现产值312亿元\n')).toBe(true);
    expect(analyseText(text).articles[0]).toMatchObject({ title: '长汀：稀土产业园去年实现产值312亿元', date: '2024-03-06' });
  });

  it('takes no element for the headline when the title is the site’s name', () => {
    const [article] = findArticles(mobile('闽西日报'));
    expect(articleText(article).startsWith('本报讯')).toBe(true);
  });
});

describe('findArticles: a document title that puts the site first', () => {
  it('takes no masthead for a headline', () => {
    const doc = load(`<html><head><title>台州日报 - 第03版：经济 - 2024年11月08日</title></head><body>
      <div class="logo">台州日报</div>
      <div class="con">
        <p>今年前三季度，温岭泵与电机产业集群实现产值248.6亿元，同比增长12.7%，全年有望突破320亿元，集群内规上企业达到1380家。</p>
        <p>温岭市经信局负责人介绍，今年以来全市新增智能化技改项目126个，完成技改投资58.3亿元，新建数字化车间和智能工厂42家。</p>
        <p>下一步，温岭将加快建设泵与电机产业创新服务综合体，力争到2026年集群产值突破400亿元，培育百亿级企业2家。</p>
      </div></body></html>`);
    for (const article of findArticles(doc)) expect(articleText(article).startsWith('台州日报\n')).toBe(false);
  });
});

describe('findArticles: an <aside> beside the article\'s <main>', () => {
  const body = [22, 23, 24, 25]
    .map((n) => `<p>崇义县有毛竹林48万亩，其中丰产竹林${n}万亩。县里引进竹加工企业42家，去年竹产业综合产值达到65.7亿元，同比增长12.4%，竹农每亩竹林年均增收600元。</p>`)
    .join('');
  const pick =
    '<div class="label">编辑推荐</div><h2>瑞金：红色旅游“五一”假期接待游客86万人次</h2><div>2024-05-06　来源：瑞金市融媒体中心</div>' +
    '<p>“五一”假期，瑞金市各红色旅游景区游人如织。据统计，假期5天全市共接待游客86万人次，实现旅游综合收入4.3亿元，同比分别增长18.2%和21.6%。</p>';

  it('leaves a recommended story in a sidebar aside out of the article and finds no second article', () => {
    const doc = load(
      `<html><body><div class="layout"><main><h1>崇义：毛竹林里“长”出绿色产业链</h1><div>2024-05-09 09:40 来源：赣南日报</div>${body}</main>` +
        `<aside class="pick">${pick}</aside></div></body></html>`,
    );
    const articles = findArticles(doc, { force: true });
    expect(articles).toHaveLength(1);
    const text = articleText(articles[0]);
    expect(text).toContain('65.7亿元');
    expect(text).not.toMatch(/编辑推荐|86万人次|4\.3亿元/);
  });
});

describe('findArticles: an author card that Readability takes for the byline', () => {
  const answer = [22, 23, 24, 25]
    .map((n) => `<p>整治之前，浦江全县有水晶加工户2.2万家，从业人员超过${n}万人。整治后入园企业1268家，2023年全县水晶产业实现产值152亿元，亩均税收提高到28.6万元。</p>`)
    .join('');
  const card = (about: string) =>
    `<div class="AuthorInfo"><div class="AuthorInfo-name">水晶之乡老方</div><div class="AuthorInfo-badge">${about}</div></div>`;

  it('takes the name for the byline and leaves the line about the author out of the article', () => {
    const doc = load(`<html><body><h1>浦江县当年为什么要大力整治水晶产业？</h1>${card('浦江本地人，在开发区做过八年招商')}<div class="RichText">${answer}</div></body></html>`);
    const [article] = findArticles(doc, { force: true });
    expect(article.byline).toBe('水晶之乡老方');
    const text = articleText(article);
    expect(text).toContain('水晶之乡老方');
    expect(text).toContain('152亿元');
    expect(text).not.toContain('八年');
  });

  it('keeps a card\'s date line, which the segmenter reads', () => {
    const doc = load(`<html><body><h1>浦江县当年为什么要大力整治水晶产业？</h1>${card('2024-05-12 10:23')}<div class="RichText">${answer}</div></body></html>`);
    expect(articleText(findArticles(doc, { force: true })[0])).toContain('2024-05-12 10:23');
  });
});

describe('findArticles: a box set among the article\'s paragraphs', () => {
  const para = (n: number) =>
    `<p>The local government has set aside Rmb12bn for a hydrogen industrial park on 3,200 mu of reclaimed riverbank, and ${n} companies had signed up by May, officials in the county said on Monday.</p>`;

  it('keeps a key-figures <aside> between paragraphs (Readability drops every aside) and leaves a related-links one out', () => {
    const doc = load(
      `<html><body><article><h1>Jiangyin bets on hydrogen as property slump bites</h1>${para(21)}${para(22)}` +
        '<aside class="key-figures"><h2>Jiangyin in numbers</h2><ul><li><span>35km</span> Yangtze shoreline</li><li><span>61</span> Listed companies</li></ul></aside>' +
        `${para(23)}<aside class="related"><a href="/1">Steel exports hit eight-year high</a></aside>${para(24)}${para(25)}</article></body></html>`,
    );
    const [article] = findArticles(doc, { force: true });
    const text = articleText(article);
    expect(text).toContain('Jiangyin in numbers');
    expect(text).toContain('35km Yangtze shoreline');
    expect(text).not.toContain('eight-year high');
  });
});

describe('articleText: a description list', () => {
  it('writes each term and its description on one line, as the page map does', () => {
    const doc = load(
      '<html><body><article><h1>永康市</h1><p>永康市，浙江省辖县级市，由金华市代管，位于浙江省中部，总面积1049平方千米。截至2023年末，永康市户籍人口62.1万人，常住人口98.6万人，五金产业为全市支柱产业，地区生产总值752.6亿元。</p>' +
        '<dl><dt>面积</dt><dd>1049 km²</dd><dt>著名景点</dt><dd>方岩、石鼓寮</dd></dl><p>2023年，永康市实现地区生产总值752.6亿元，比上年增长6.3%，规模以上工业企业1480家，五金企业2万余家，市场成交额682亿元，全市公路总里程2146公里。</p></article></body></html>',
    );
    const [article] = findArticles(doc, { force: true });
    expect(articleText(article)).toContain('面积\t1049 km²\n著名景点\t方岩、石鼓寮');
  });
});

describe('findArticles: a 公示 laid out as a read-only form', () => {
  const para = '根据有关规定，宁都县自然资源局拟对2024年第二批重点项目用地进行审批，现将项目用地有关情况予以公示，接受社会监督。本批次共涉及项目3个。';
  const row = (label: string, field: string) => `<tr><th>${label}</th><td>${field}</td></tr>`;
  const html = `<html><head><title>用地批前公示</title></head><body><div class="nav"><input type="text" value="搜索"></div><div class="box"><h1>宁都县重点项目用地批前公示</h1><p>${para}</p><table>${row('项目名称', '<input readonly value="宁都县电子信息产业园标准厂房项目">')}${row('拟用地面积', '<input readonly value="97.3亩">')}${row('计划总投资', '<input disabled value="6.5亿元">')}${row('建设内容', '<textarea readonly>新建标准厂房12栋，总建筑面积15.2万平方米。</textarea>')}</table><p>${para}</p><p>公示期间如有异议，请以书面形式向宁都县自然资源局反映，联系人钟先生。</p></div></body></html>`;

  it('reads each field\'s value in its row, though Readability drops every form control', () => {
    const [article] = findArticles(load(html));
    const text = articleText(article!);
    expect(text).toContain('拟用地面积\t97.3亩\n计划总投资\t6.5亿元\n建设内容\t新建标准厂房12栋，总建筑面积15.2万平方米。');
    expect(text).not.toContain('搜索');
  });
});

describe('findArticles: an article a component lays out by its slots', () => {
  const body = [
    '今年建德计划新建草莓数字化育苗工厂2座，推广设施栽培面积5000亩，带动1.2万户农户增收。',
    '目前，全市草莓种植面积达3.2万亩，年产量6.5万吨，全产业链产值突破28亿元。',
    '建德还有8000多名草莓技术人员在全国27个省份传授种植技术，带动外地种植面积超过30万亩。',
  ];
  // The body first in the DOM, then the credits (two lines by a <br>), the headline and the meta row.
  const html = `<html><head><title>建德草莓全市种植面积达3.2万亩_建德融媒</title></head><body><rm-article><div class="content">${body.map((p) => `<p>${p}</p>`).join('')}</div>
    <div slot="credits">记者：方晓丽　通讯员：洪建平<br>编辑：邵佳　审核：叶明</div>
    <h1 slot="title">建德草莓全市种植面积达3.2万亩</h1><div slot="meta">建德融媒　2024-05-18 08:36</div></rm-article></body></html>`;
  const layout = '<slot name="title"></slot><div class="meta"><slot name="meta"></slot></div><slot></slot><div><slot name="credits"></slot></div>';

  it('reads it as its shadow root shows it: headline, meta row, body, credits', () => {
    const doc = load(html);
    doc.querySelector('rm-article')!.attachShadow({ mode: 'open' }).innerHTML = layout;
    const articles = findArticles(doc);
    expect(articles).toHaveLength(1);
    const text = articleText(articles[0]);
    expect(text.startsWith('建德草莓全市种植面积达3.2万亩\n\n建德融媒　2024-05-18 08:36\n\n今年建德')).toBe(true);
    const [article] = analyseText(text).articles;
    expect([article.title, article.date, article.editor, article.source]).toEqual(['建德草莓全市种植面积达3.2万亩', '2024-05-18', '邵佳', '建德融媒']);
    expect(article.byline).toBe('方晓丽　通讯员 洪建平');
  });

  it('reads the body where no script gave it the shadow root (the command line): not the headline alone', () => {
    const [article] = findArticles(load(html));
    expect(articleText(article)).toContain(body[2]);
  });
});

describe('findArticles on a hostile page: more blocks or headings than a function takes arguments', () => {
  // Building such a page takes minutes in happy-dom: the helpers its steps share are read at that size.
  const many = 200_000;

  it('puts a page\'s hundreds of thousands of blocks in place of its list without overflowing the stack', () => {
    const blocks = [{ tagName: 'P' }] as Element[];
    const replacement = Array.from({ length: many }, () => ({ tagName: 'P' }) as Element);
    replaceBlocks(blocks, replacement);
    expect(blocks).toHaveLength(many);
    expect(blocks[many - 1]).toBe(replacement[many - 1]);
  });

  it('finds the highest rank of hundreds of thousands of headings without overflowing the stack, none for no headings', () => {
    const headings = Array.from({ length: many }, (_, i) => ({ tagName: i === many - 1 ? 'H2' : 'H3' }) as Element);
    expect(highestHeadingRank(headings)).toBe(2);
    expect(highestHeadingRank([])).toBe(Infinity);
  });
});
