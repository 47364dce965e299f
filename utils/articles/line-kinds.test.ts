import { describe, expect, it } from 'vitest';
import { bylineInMeta, bylineOf, classifyLine, dateIn, editorIn, inlineQuotes, isClosingByline, isHeaderMeta, isOutletName, sourceIn } from './line-kinds';

describe('bylineOf: the byline as printed', () => {
  it.each([
    ['刘倩言 董锦', '刘倩言 董锦'],
    ['沈宇', '沈宇'],
    ['本报记者 刘倩言 通讯员 董锦', '本报记者 刘倩言 通讯员 董锦'],
    ['本报记者刘倩言', '本报记者刘倩言'],
    ['■新华社记者 张三 李四', '新华社记者 张三 李四'],
    ['欧阳晓明', '欧阳晓明'],
    ['文/图 陈晨', '文/图 陈晨'],
    ['By Shi Fang', 'By Shi Fang'],
    ['Prepared by Marta Ruiz, Chen Jing and David Osei', 'Prepared by Marta Ruiz, Chen Jing and David Osei'],
    ['By SHI FANG in Suining, Sichuan | China Daily | Updated: 2023-11-28 07:45', 'By SHI FANG in Suining, Sichuan'],
    ['Shanghai Daily | Yang Meiping | 10:12 UTC+8, 2024-09-14', 'Yang Meiping'],
    ['新华日报·交汇点记者 姚依依', '新华日报·交汇点记者 姚依依'],
    ['By Global Times Published: Mar 18, 2024 10:42 PM', 'By Global Times'],
    // The parts of a byline row whose separators are drawn by CSS run together in the page's text.
    ['By Zhao RuolinJul 02, 2024 08:15 PMEconomy', 'By Zhao Ruolin'],
    // The outlet in brackets, then the time (People's Daily Online).
    ["By Lin Xiaoyu (People's Daily Online) 16:42, November 03, 2026", 'By Lin Xiaoyu'],
    // A name and the writer's role (Nikkei), or the official who delivers a report.
    ['HIROSHI TANAKA, Nikkei staff writer', 'HIROSHI TANAKA, Nikkei staff writer'],
    ['Li Wei, China Daily correspondent', 'Li Wei, China Daily correspondent'],
    // Singapore's papers capitalise the role; Taiwan's give it after a slash.
    ['Tan Wei Ling, China Correspondent', 'Tan Wei Ling, China Correspondent'],
    ['By Chen Yi-ting / Staff reporter', 'By Chen Yi-ting / Staff reporter'],
    ['Shen Lihua, Acting Magistrate of Deqing County', 'Shen Lihua, Acting Magistrate of Deqing County'],
    // The head of a government under its work report's title, with or without the government's name before the role.
    ['寿光市人民政府市长 刘振华', '寿光市人民政府市长 刘振华'],
    ['镇长　吴海燕', '镇长　吴海燕'],
    ['乡长 周立军', '乡长 周立军'],
    ['石门乡人民政府乡长 周立军', '石门乡人民政府乡长 周立军'],
    // A think tank's authors, each with a researcher's title; the FT's two reporters, each where they filed from.
    ['Helen Marsh, Senior Economist, and Zhou Tianyi, Research Analyst', 'Helen Marsh, Senior Economist, and Zhou Tianyi, Research Analyst'],
    ['Marton Kiss in Debrecen and Edward White in Changxing', 'Marton Kiss in Debrecen and Edward White in Changxing'],
    // AFP joins a second reporter with "with", surnames in capitals.
    ['By Bo ZHANG with Laura KIM in Beijing', 'By Bo ZHANG with Laura KIM in Beijing'],
    // A blog theme's "Written by", after an empty "Posted by" and before the reading time on the same line.
    ['Posted by Written by Zhang Yue and Giulia Interesse Reading Time: 6 minutes', 'Written by Zhang Yue and Giulia Interesse'],
    ['Written by Dezan Shira & Associates Reading Time: 4 minutes', 'Written by Dezan Shira & Associates'],
    // "by" in lower case, with the date after a bar on the same row.
    ['by Chen Yuqing | December 1, 2026', 'by Chen Yuqing'],
    // A policy forum's author label, each author with an institution after a comma.
    ['Author: Wang Yiting, Zhejiang University', 'Author: Wang Yiting, Zhejiang University'],
    ['Authors: Li Na, Peking University and Tom Hart, ANU', 'Authors: Li Na, Peking University and Tom Hart, ANU'],
  ])('%s → %s', (line, byline) => {
    expect(bylineOf(line)).toBe(byline);
  });

  it.each(['导师帮带 蓄势赋能', '产业强区', '打好“空间仗” 螺蛳壳里做道场', '青山湖科技城', 'By the end of 2023, the city had 30 parks.', 'Prepared by the county finance bureau for the 2026 budget.', 'Zhang Wei, director of the county bureau, said the park would open in May.', 'Exports rose, the China Correspondent said.', 'Helen Marsh, the economist, and Zhou Tianyi agree', 'Exports in Debrecen and imports in Changxing', 'By Monday with heavy rain in Anhui, the river had risen.', 'Written by hand, the ledger lists 30 parks.', 'Author: the county government, 2025', 'Authors: see the list below', 'by Zhang Wei.', 'by Suining City and its counties', '镇长表示'])(
    '%s is not a byline',
    (line) => {
      expect(bylineOf(line)).toBeNull();
    },
  );

  it('finds the byline inside a portal info bar', () => {
    expect(bylineInMeta('2024-06-12 08:35:17 来源：湖州日报 记者 沈佳怡 通讯员 费晓东 阅读 3.2万')).toBe('记者 沈佳怡 通讯员 费晓东');
    expect(bylineInMeta('2024-10-09 10:26 来源：四川农村日报 作者：邓雪梅 浏览量：1562')).toBe('邓雪梅');
    expect(bylineInMeta('2023年11月20日 来源：浙江日报')).toBeUndefined();
    // A role with a colon, run on from the outlet's span, names before the time's span.
    expect(bylineInMeta('来源：歙县融媒体中心记者：方慧敏　汪子涵2024-06-12 16:05')).toContain('方慧敏 汪子涵');
  });

  it('tells a closing byline in brackets', () => {
    expect(isClosingByline('（记者 张三 通讯员 李四）')).toBe(true);
    expect(isClosingByline('刘倩言 董锦')).toBe(false);
  });
});

describe('classifyLine', () => {
  it.each([
    ['何伟卫 摄', 'credit'],
    ['(图片由杭州市规划和自然资源局临安分局提供)', 'credit'],
    ['[Photo/Xinhua]', 'credit'],
    // A feature's picture credit under its byline, said in full.
    ['Photographs by Lu Chen for Rest of World', 'credit'],
    ['Illustration by Ma Qing', 'credit'],
    ['吴兴区埭镇的下沈港生态廊道 何伟卫 摄', 'captionWithCredit'],
    // The credit right after the caption's full stop, with no space.
    ['茶叶加工产业园内，一条全自动红茶生产线每天可加工鲜叶15吨。受访者供图', 'captionWithCredit'],
    ['瑶里镇的高山茶园。汪建华 摄', 'captionWithCredit'],
    ['Workers at the industrial park in Suining. (Xinhua/Li Ming)', 'captionWithCredit'],
    // A credit after a copyright sign ends an English caption; a copyright notice is page furniture.
    ['Barges at a steel mill on the Yangtze in Jiangyin © Liu Mei/Financial Daily', 'captionWithCredit'],
    ['Workers assemble battery packs at a plant in Hefei © Getty Images', 'captionWithCredit'],
    ['© 2024 The Financial Daily Ltd. All rights reserved.', 'furniture'],
    ['Support · Legal & Privacy · © The Financial Daily Ltd 2024. FD is a trademark.', 'furniture'],
    ['来源：四川日报 2023-11-28 09:12', 'meta'],
    ['2024-06-12 08:35:17         来源：湖州日报         记者 沈佳怡 通讯员 费晓东         阅读 3.2万', 'meta'],
    ['2023年11月20日 来源：浙江日报', 'meta'],
    // An e-paper's page header: the comma after the weekday opens no clause.
    ['CHINA DAILY | Tuesday, December 1, 2026 | PAGE 9 | REGIONS', 'meta'],
    ['版权所有：四川日报网 川ICP备05000000号', 'furniture'],
    // A Hong Kong paper's author line; a rule of asterisks under a government release's headline.
    ['撰文：陳嘉欣', 'meta'],
    // A reading-time label is the page's (閱讀時間 is read folded to Simplified): its minutes are no figure of the article.
    ['阅读时间：4分钟', 'meta'],
    // A government release's own header line, and its issuing office's label.
    ['屏东县政府新闻稿', 'meta'],
    ['发布单位：屏东县政府农业处', 'meta'],
    // A work bulletin's masthead and its issue number alone on their lines, over the headline.
    ['常宁市油茶产业发展工作简报', 'meta'],
    ['第9期', 'meta'],
    ['2026年第12期', 'meta'],
    ['阅读时长：3分钟', 'meta'],
    ['Reading time: 5 min', 'meta'],
    ['******************************************************************', 'furniture'],
    ['* * *', 'furniture'],
    // An official reply's distribution line after its signature and date.
    ['抄送：县政协提案委，县政府督查室。', 'furniture'],
    // Breadcrumbs, market quotes and advert labels are page furniture however short and headline-like.
    ['黔中网>>贵州频道>>市州', 'furniture'],
    ['您当前的位置：首页 > 政务公开 > 自然资源', 'furniture'],
    // Two crumbs make a trail when the first is the site's home (an embassy's news page).
    ['Home > Embassy News', 'furniture'],
    ['首页 > 要闻', 'furniture'],
    ['6.82 -0.08 -1.16%', 'furniture'],
    ['上证指数 3052.31 +12.84 +0.42%', 'furniture'],
    ['广告 【开户】新客专享理财年化收益最高3.5%，开户即送88元红包 >>', 'furniture'],
    ['Subscribe from HK$38 a month, cancel anytime.', 'furniture'],
    ['Related: Ordos Approves 8 Hydrogen Projects Worth 45 Billion Yuan', 'furniture'],
    ['Download our app to receive breaking news alerts. Get our weekly free Must-Read newsletter, read by 300,000 professionals.', 'furniture'],
    ['Related projects include a 120-hectare logistics park.', 'text'],
    // A forum user's signature and join date are the user's.
    ['签名：考公第3年，加油！', 'furniture'],
    ['注册时间 2023-1-15', 'furniture'],
    ['企业注册时间压缩至0.5个工作日。', 'text'],
    // A statistics row (one value, one change) is no quote; 广告 inside a sentence is no advert label.
    ['规上工业增加值 612.5 +5.8%', 'text'],
    ['广告创意产业园今年新增入驻企业36家。', 'text'],
    ['南浔>古镇旅游持续升温', 'text'],
    // A process written with arrows is text (its figures are claims), not a trail of links.
    ['办理流程：线上申请→并联审批→1天办结', 'text'],
    // A portal's date line ends with a toolbar's count in brackets, not with a sentence.
    ['2024年06月12日 08:46 证券时报网 A-A+收藏评论(128)', 'meta'],
    ['产业强区，牵一发而动全身。', 'text'],
    // A video player's controls: 全屏 would read as a name (全 is a surname), the time counter as figures.
    ['全屏', 'furniture'],
    ['倍速 1.0x', 'furniture'],
    ['00:00 / 03:26', 'furniture'],
    ['全明', 'byline'],
    // A portal's date line whose year is a separate element from the month and day.
    ['2024 04/18 09:12:05       来源：新华网       字体：小中大', 'meta'],
    ['全年完成 2024 项，占 3/4', 'text'],
    // A table row whose lot number spells a date (PLYSQ-2026-02-01) is a row of figures, not a dated header line.
    ['1\tPLYSQ-2026-02-01\t平罗县水务投资有限公司\t宁夏瑞泰新材料有限公司\t82\t5\t0.52\t213.2', 'text'],
    ['', 'blank'],
  ])('%s → %s', (line, kind) => {
    expect(classifyLine(line)).toBe(kind);
  });
});

describe('dateIn', () => {
  it.each([
    ['2023年11月20日 来源：浙江日报', '2023-11-20'],
    ['来源：四川日报 2023-11-28 09:12', '2023-11-28'],
    ['Updated: Nov 28, 2023', '2023-11-28'],
    ['发布时间：2023/1/5', '2023-01-05'],
    ['By Zhao RuolinJul 02, 2024 08:15 PMEconomy', '2024-07-02'],
    ['2024 04/18 09:12:05       来源：新华网', '2024-04-18'],
    // Taiwan's calendar (read folded to Simplified): year 113 of the Republic is 2024.
    ['发布单位：屏东县政府农业处　　发布日期：113年11月6日', '2024-11-06'],
    ['民国112年3月1日', '2023-03-01'],
    // A page typed in full-width forms (its digits read as ASCII ones before the line rules): the separators stay.
    ['发布时间：2024－06－18　16：25　信息来源：岳西县农业农村局', '2024-06-18'],
    ['2024／6／18', '2024-06-18'],
  ])('%s → %s', (line, date) => {
    expect(dateIn(line)).toBe(date);
  });

  it('reads no date inside an identifier whose parts spell one (a lot number, a tender number)', () => {
    expect(dateIn('标的编号：PLYSQ-2026-02-01')).toBeUndefined();
    expect(dateIn('项目编号：ZB-2024-06-12-003')).toBeUndefined();
    expect(dateIn('项目编号：2024-06-12-003')).toBeUndefined();
    expect(dateIn('发布时间：2024-06-12')).toBe('2024-06-12');
  });
});

describe('sourceIn', () => {
  it.each([
    ['来源：四川日报 2023-11-28 09:12', '四川日报'],
    ['2024年06月12日 08:46 证券时报网 A-A+收藏评论(128)', '证券时报网'],
    ['2024-06-12 08:35 湖州日报', '湖州日报'],
    // An info bar's items as separate elements: their text runs together.
    ['来源：福建日报发布时间：2024-02-06 08:30浏览量：2871', '福建日报'],
    ['来源：宁德网2024-02-06', '宁德网'],
    ['来源：21世纪经济报道 2024-02-06', '21世纪经济报道'],
    // The reporter's role, then the name, after the outlet: the outlet alone is the source.
    ['2024-02-21 10:05:32来源：眉山日报记者 罗晓燕', '眉山日报'],
    ['来源：新华社 记者 张三', '新华社'],
    ['Source: XinhuaEditor: Zhang Long2024-08-21 15:12:40', 'Xinhua'],
  ])('%s → %s', (line, source) => {
    expect(sourceIn(line)).toBe(source);
  });

  it('takes no word after the time for an outlet unless it names one', () => {
    expect(sourceIn('2024-04-18 18:30 浙江')).toBeUndefined();
    expect(sourceIn('2024-06-12 08:35 阅读 3521')).toBeUndefined();
  });
});

describe('editorIn: the article\'s editor in a credits line', () => {
  it.each([
    ['责任编辑：刘洋 审核：陈刚', '刘洋'],
    ['责任编辑：李晓　图片编辑：吴佳　校对：刘威', '李晓'],
    ['责任编辑：李晓图片编辑：吴佳', '李晓'],
    ['【纠错】【责任编辑：王楠】', '王楠'],
    ['编辑：沈悦 | 审核：钱建国', '沈悦'],
    ['（责编：欧阳晓明）', '欧阳晓明'],
    ['责任编辑：张倩 SF138', '张倩'],
    ['Source: Xinhua | Editor: Liu Xin', 'Liu Xin'],
    // The spans of an info bar with no space between them.
    ['Source: XinhuaEditor: Zhang Long2024-08-21 15:12:40', 'Zhang Long'],
    // The desk editor before the responsible one: the 责编 is the article's editor.
    ['编辑：孙悦　责编：李明　校对：王芳', '李明'],
    ['编辑：孙悦 责任编辑：李明', '李明'],
  ])('%s → %s', (line, editor) => {
    expect(editorIn(line)).toBe(editor);
  });

  it.each(['本版编辑：金晓燕', '图片编辑：吴佳', '美术编辑：郑琳', '编辑部近日收到读者来信，反映城区停车难的问题。', '记者 王佳琪 通讯员 陈晓'])(
    '%s names no editor of the article',
    (line) => {
      expect(editorIn(line)).toBeUndefined();
    },
  );

  it('makes a line of credits a meta line that closes an article, not one that heads it', () => {
    expect(classifyLine('【纠错】【责任编辑：王楠】')).toBe('meta');
    expect(isHeaderMeta('【纠错】【责任编辑：王楠】')).toBe(false);
    expect(isHeaderMeta('2024-06-12 08:35 来源：湖州日报 编辑：张三')).toBe(true);
  });

  it('makes a stamp that dates a profile by month alone a header meta line, and no sentence that names a month', () => {
    expect(classifyLine('Updated November 2026')).toBe('meta');
    expect(isHeaderMeta('Last updated Sept. 2025')).toBe(true);
    expect(classifyLine('Output was updated in November 2026 and again in March.')).not.toBe('meta');
  });

  it('reads a wire stamp whose date follows the clock time and a comma as meta, and no clause after a comma', () => {
    expect(classifyLine('Updated 3:18 AM GMT+8, December 1, 2026')).toBe('meta');
    expect(classifyLine('Updated 9:02 PM EST, Nov. 30, 2026')).toBe('meta');
    expect(classifyLine('On December 1, 2026, officials reopened the reservoir')).not.toBe('meta');
  });

  it('reads a date line with a comma between the month and the year (a rating agency\'s: Mon 30 Nov, 2026) as meta', () => {
    expect(classifyLine('Mon 30 Nov, 2026 - 10:42 PM ET')).toBe('meta');
    expect(dateIn('30 Nov, 2026')).toBeDefined();
    expect(classifyLine('Sales rose 12% in the week to 30 Nov, and 2026 looks better still for the county')).not.toBe('meta');
  });
});

describe('a page\'s own counters and players are furniture', () => {
  it.each(['阅读 2.3万', '点赞 1236', '评论(36)', '赞 418', '2,316 shares', '1.2K views', 'Views: 3,210', '听新闻', '听新闻00:00 / 04:36', '播放 12.6万次', '观看 3.1万', '视频时长 02:15　播放 12.6万次', '时长：3:26 阅读 8652'])(
    '%s',
    (line) => {
      expect(classifyLine(line)).toBe('furniture');
    },
  );

  it.each(['查看全部 126 个回答', '2,315 人赞同了该回答', '1,024 赞同 · 213 评论', '赞同 2315', '\u200b58 条评论', '\u200b58 条评论分享收藏喜欢', '56 个回答', '关注者', '被浏览'])(
    'a question-and-answer site\'s counter: %s',
    (line) => {
      expect(classifyLine(line)).toBe('furniture');
    },
  );

  it('leaves a sentence that gives a reading figure as text', () => {
    expect(classifyLine('全年阅读推广活动吸引读者2.3万人次。')).toBe('text');
    expect(classifyLine('视频时长 02:15 全县接待游客260万人次')).not.toBe('furniture');
    expect(classifyLine('全县新增光伏用户126个，回答群众咨询2315人次。')).toBe('text');
    expect(classifyLine('分享收藏')).not.toBe('furniture');
  });
});

describe('reporters credited after a label and its colon', () => {
  it('reads the names of 记者：… and 记者：… 通讯员：…', () => {
    expect(bylineOf('记者：段晓丽 赵凯')).toBe('段晓丽 赵凯');
    expect(bylineOf('记者：段晓丽 通讯员：赵凯')).toBe('段晓丽 通讯员 赵凯');
    expect(classifyLine('记者：段晓丽 赵凯')).toBe('byline');
    // (洪 is among the hundred most common surnames.)
    expect(bylineOf('记者：方晓丽　通讯员：洪建平')).toBe('方晓丽　通讯员 洪建平');
  });

  it('takes no sentence after the label for names', () => {
    expect(bylineOf('记者：今年全市新增项目42个')).toBeNull();
  });

  it('knows a county newsroom by its app\'s name (建德融媒 for 建德市融媒体中心), which gives way to the reporters', () => {
    expect(isOutletName('建德融媒')).toBe(true);
    expect(isOutletName('融媒')).toBe(false);
  });
});

describe('bylineInMeta on an info bar whose items run together', () => {
  it('ends the names where the next label starts', () => {
    expect(bylineInMeta('来源：齐鲁观察作者：孟凡超发布时间：2024-03-12 08:00')).toBe('孟凡超');
    // A count's label with its number and no colon (阅读 3.6万) is the next field too.
    expect(bylineInMeta('2024-07-09 09:15来源：淮安日报记者 陆文涛阅读 3.6万')).toBe('记者 陆文涛');
  });

  it('reads every reporter a role names, up to the first word that is no name', () => {
    expect(bylineInMeta('2024-08-19 10:00 来源：中原观察网 记者 郭晓东 李雪')).toBe('记者 郭晓东 李雪');
    expect(bylineInMeta('2024-06-12 08:35 记者 沈佳怡 通讯员 费晓东 阅读 3.2万')).toBe('记者 沈佳怡 通讯员 费晓东');
  });
});

describe('platform tags, IP provinces and section labels beside a headline', () => {
  it.each([
    ['发布于：江苏省', 'meta'],
    ['IP属地：浙江', 'meta'],
    ['原创', 'furniture'],
    ['独家', 'furniture'],
    // A message board's status of the message, beside its particulars.
    ['已办理', 'furniture'],
    ['已回复', 'furniture'],
    // A control bar whose buttons run together, as the command line reads it; a play icon alone says nothing.
    ['▶00:00 / 03:12标清全屏', 'furniture'],
    ['▶', 'text'],
    // An audio reader's bar: its label, time counter, the text's length and the listening time.
    ['▶音频播报00:00 / 04:52本文共1860字，收听约5分钟', 'furniture'],
    ['本文约3600字，阅读需要9分钟', 'furniture'],
    ['全文共1860字，该县柑橘种植面积达到20.5万亩', 'text'],
    // An English page's reading time, alone on its line; a sentence that gives one is text.
    ['4 minute read', 'furniture'],
    ['6 min read', 'furniture'],
    ['5-minute read', 'furniture'],
    ['3 MIN READ', 'furniture'],
    ['The report is a 4 minute read for most officials.', 'text'],
    // A live blog post's age, with the clock time run on after it; an embedded post's counters.
    ['14m ago12.05 CST', 'furniture'],
    ['1h ago', 'furniture'],
    ['Updated 3 hours ago', 'furniture'],
    ['2 days ago · 11:20 AM', 'furniture'],
    ['1,284 reposts · 5,960 likes', 'furniture'],
    ['The pier was built 14m ago by the old port authority.', 'text'],
    ['The port added 14m tonnes of capacity.', 'text'],
  ])('%s → %s', (line, kind) => {
    expect(classifyLine(line)).toBe(kind);
  });

  it.each(['文字稿', '原文', '全文', '简介', '原创'])('%s is no byline, though it starts with a surname', (line) => {
    expect(bylineOf(line)).toBeNull();
  });

  it('still reads a name with the same first character', () => {
    expect(bylineOf('文晓燕')).toBe('文晓燕');
    expect(bylineOf('原野')).toBe('原野');
  });
});

describe('counters with their icon, and a newsletter\'s reader count', () => {
  it.each(['⟲ 12 Restacks', '👍 568', '1.2K claps', '♡ 214 💬 37 ⟲ 12 Restacks', "A weekly letter on China's county economies. Join 18,400 readers."])(
    '%s is furniture',
    (line) => {
      expect(classifyLine(line)).toBe('furniture');
    },
  );

  it('leaves a figure after a currency or maths sign alone', () => {
    expect(classifyLine('$1,200')).not.toBe('furniture');
    expect(classifyLine('↑1.2万')).not.toBe('furniture');
  });

  it('leaves prose about readers as text', () => {
    expect(classifyLine('The county library now has 18,400 registered readers, up 12 percent.')).toBe('text');
  });
});

describe('a portal\'s comment counts with the number first, and a newsletter read by executives', () => {
  it.each(['326 跟贴　1986 参与', '跟贴 326 条　参与 1986 人', '1.2万跟贴', 'Get our weekly briefing, read by 210,000 executives, every Tuesday.'])(
    '%s is furniture',
    (line) => {
      expect(classifyLine(line)).toBe('furniture');
    },
  );

  it('leaves a sentence with a count of participants as text', () => {
    expect(classifyLine('活动共吸引1986人参与，带动消费320万元。')).toBe('text');
    expect(classifyLine('The plan, backed by 210,000 farmers, covers 8,500 mu.')).toBe('text');
  });
});

describe('sourceIn on an English source of several words', () => {
  it.each([
    ['Source: China Daily | 2024-05-08 10:35', 'China Daily'],
    ['Source: Xinhua | 2024-04-22 16:38:05 | Editor: Liu Yan', 'Xinhua'],
    ['Source: Global Times Published: 2024-03-14', 'Global Times'],
    ['Date: 2024-02-06    Source: Dangshan County Information Office    Font size: [L] [M] [S]', 'Dangshan County Information Office'],
    ['Updated: 2026-11-18 16:20  Source: Zhejiang Provincial Department of Commerce  Print | Share', 'Zhejiang Provincial Department of Commerce'],
  ])('%s → %s', (line, source) => {
    expect(sourceIn(line)).toBe(source);
  });
});

describe('sourceIn on an info bar whose counters run into the source', () => {
  it.each([
    ['来源：平江县融媒体中心播放量：1.6万', '平江县融媒体中心'],
    ['信息来源：县农业农村局阅读次数：2315【字体：大 中 小】', '县农业农村局'],
    ['来源：某某日报访问量：1200', '某某日报'],
  ])('%s → %s', (line, source) => {
    expect(sourceIn(line)).toBe(source);
  });
});

describe('inlineQuotes: a finance portal\'s live quote after a company\'s name', () => {
  const quoted = (line: string) => inlineQuotes(line).map((q) => line.slice(q.start, q.end));

  it('finds the code, price and change, whatever the code looks like', () => {
    expect(quoted('7月18日晚间，瑞川锂电（002812.SZ）23.71+1.07%公告称，项目总投资36亿元。')).toEqual(['（002812.SZ）23.71+1.07%']);
    expect(quoted('金禾新能(sh603615) 41.20 -0.25 -0.53% 在上高县落地')).toEqual(['(sh603615) 41.20 -0.25 -0.53%']);
    expect(quoted('某港股（02318.HK）18.05 0.00%，另一只（300438.SZ）18.05 +3.32%')).toEqual(['（02318.HK）18.05 0.00%', '（300438.SZ）18.05 +3.32%']);
  });

  it('leaves a code followed by prose, and a change written in words, alone', () => {
    expect(quoted('瑞川锂电（002812.SZ）公告称，今年一季度营收增长12.5%。')).toEqual([]);
    expect(quoted('瑞川锂电（002812）2023年营收32.6亿元，同比增长18.5%。')).toEqual([]);
    expect(quoted('（2024）12号文件提出，增长5%')).toEqual([]);
  });
});

describe("bylineOf: a broker's analysts", () => {
  it('takes names between slashes when one carries a designation, and no menu', () => {
    expect(bylineOf('Kevin Liang, CFA / Zoe Xu')).toBe('Kevin Liang, CFA / Zoe Xu');
    expect(bylineOf('About Us / Contact Us')).toBeNull();
  });
});
