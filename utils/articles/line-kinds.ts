/**
 * What one line of page text is, judged from the line alone: a byline, a photo credit, a caption
 * that carries its credit, a meta line (source, date, editor), page furniture (copyright, share
 * buttons), or plain text. Context (which short line is a headline, which is a caption) is decided
 * in segment.ts, which sees the neighbours.
 */
import { PINYIN_SURNAMES } from '../regions/pinyin';
import { isChineseName } from './names';

export type LineKind = 'blank' | 'byline' | 'credit' | 'captionWithCredit' | 'meta' | 'furniture' | 'text';

/** Words that stand beside names in a byline (本报记者 刘倩言 通讯员 董锦, 文/图 张三). */
const BYLINE_ROLES = [
  '本报记者', '本报通讯员', '本报讯', '记者', '见习记者', '特约记者', '首席记者', '融媒体记者', '全媒体记者',
  '通讯员', '实习生', '作者', '撰文', '执笔', '文', '图', '文图', '文/图', '摄影', '摄', '报道', '编译', '整理', '采写', '视频',
  // The head of a government who delivers its work report, named under the report's title (镇长　吴海燕).
  '省长', '市长', '县长', '区长', '镇长', '乡长',
];

const roleSet = new Set(BYLINE_ROLES);
/** An outlet or office before the role: 浙江日报记者, 新华日报·交汇点记者, 寿光市人民政府市长. */
/** A newsroom named before its reporters: 樟树市融媒体中心 记者 熊志刚. */
const OUTLET = /^[\u4e00-\u9fff·]{2,14}(?:融媒体中心|新闻中心|报社|电视台|日报|晚报|新闻网)$/;
const OUTLET_ROLE = /^[\u4e00-\u9fff·]{2,16}(记者|通讯员|特约记者|见习记者|市长|县长|区长|镇长|乡长|书记|主任|局长|厅长|省长)$/;

/** Decorations newspapers put before a byline. */
const BYLINE_DECORATION = /^[■□◎●○★☆◆◇▲△▶►|｜\s]+/;

/** Text that only ever credits a picture: (图片由…提供), 何伟卫 摄, 新华社记者 张三 摄, Photo: ..., [Photo/Xinhua]. */
const CREDIT_PATTERNS: RegExp[] = [
  /^[（(【\[]?\s*(图片|照片|图|资料图片|配图|视频)\s*(由|来源|来自|源自|[:：/／])[^）)】\]]{0,40}[）)】\]]?$/,
  /^[（(【\[]?[^。！？!?]{0,30}(供图|提供图片|图片提供)[）)】\]]?$/,
  /^[（(]?\s*((新华社|中新社|本报)?(记者|通讯员|特约摄影)?\s*)?[\u4e00-\u9fff]{2,4}(\s+[\u4e00-\u9fff]{2,4}){0,3}\s*(摄|摄影|供图)[）)]?$/,
  // (Photographs by … for Rest of World, Illustration by …: a feature's picture credit under its byline.)
  /^[（(\[]?\s*(photo|photograph|image|picture|illustration|credit)s?\s*(by|:|\/)\s*[^.]{0,60}[)\]]?$/i,
  /^[(\[]\s*(xinhua|reuters|ap|afp|cfp|vcg|ic|photo provided|provided)[^)\]]{0,60}[)\]]$/i,
];

/** Every credit pattern above needs one of these (a picture word, 摄, or Latin letters): a cheap first test. */
const CREDIT_CUE = /[图照视摄A-Za-z]/;

/** A credit at the end of a caption line: "吴兴区埭镇的下沈港生态廊道 何伟卫 摄", "... (Xinhua/Li Ming)". */
const TRAILING_CREDIT = [
  // After a space, or right after the caption's full stop (…每天可加工鲜叶15吨。受访者供图).
  /(?:\s|(?<=[。！？]))(新华社记者\s*|记者\s*|通讯员\s*)?[\u4e00-\u9fff]{2,4}(\s+[\u4e00-\u9fff]{2,4}){0,3}\s*(摄|摄影|供图)[）)]?$/,
  /[（(]\s*(图片|照片)?\s*由[^）)]{1,40}提供\s*[）)]$/,
  /[（(]\s*(新华社|中新社)?\s*(记者)?\s*[\u4e00-\u9fff]{2,4}\s*(摄|摄影)\s*[）)]$/,
  /[(\[]\s*(Xinhua|Reuters|AP|AFP|CFP|VCG|Photo|Provided)\s*[/:]?[^)\]]{0,50}[)\]]$/,
];

/** Every trailing credit above ends in one of these characters. */
const TRAILING_CREDIT_END = new Set(['摄', '影', '图', '）', ')', ']']);

/** Source, date and editor lines of an article's header or footer. */
const META_LABEL =
  /^[（(【\[]?\s*(来源|稿源|来源于|信息来源|出处|原标题|转自|转载自|本文转自|本文来源|作者|撰文|撰稿|编辑|责任编辑|责编|校对|审核|终审|初审|复审|编审|发布时间|发布日期|发布于|IP属地|发布单位|发布机关|发稿单位|发表时间|更新时间|时间|日期|浏览次数|阅读时间|阅读时长|预计阅读|阅读|点击|字号|Source|Editor|Updated|Published|Posted|Date|Author|Reading time)\s*[:：|｜]/i;

const DATE_ZH = /(19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;
/** A date of the Republic of China calendar, as Taiwan writes them: 113年11月6日 (= 2024), 民國113年. */
const DATE_ROC = /(?:民国\s*)?(?<![\d.])(1\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const ROC_YEAR_ONE = 1911;
/**
 * A release's own header line, above its headline: 屏東縣政府新聞稿, 某某局新闻发布; a bulletin's masthead too
 * (常宁市油茶产业发展工作简报), which names the series its issue's items appear in, not any one of them.
 */
const RELEASE_HEADER = /^[\u4e00-\u9fff]{2,16}(?:新闻稿|新闻发布|新闻公报|简报)$/;
/** A bulletin's issue number alone on its line under its masthead (第9期, 2026年第9期, 总第112期). */
const ISSUE_NUMBER = /^(?:(?:19|20)\d{2}\s*年\s*)?总?第\s*\d{1,4}\s*期$/;
/**
 * Its parts apart by a hyphen, slash or point, half- or full-width (2024－06－18 on a page typed in full-width forms).
 * Not inside an identifier that spells a date among its parts (a traded lot's 标的编号 PLYSQ-2026-02-01, a tender's
 * ZB-2024-06-12-003): a letter or digit and a hyphen before it, or another hyphen and digits after its whole day (the
 * lookahead holds the day's digits, so 2024-06-1 is not read out of 2024-06-12-003).
 */
const DATE_NUM = /(?<![A-Za-z\d][-－])((?:19|20)\d{2})[-/.－／．](\d{1,2})[-/.－／．](?=(\d{1,2}))\3(?![-－]\d)/;
/**
 * A date whose year is set apart from the month and day (2024 04/18 09:12:05), as portals print it when the year
 * and the day are separate elements. The time after it (or the line's end) tells it from a year and a fraction.
 */
const DATE_YEAR_APART = /((?:19|20)\d{2})\s+(\d{1,2})\/(\d{1,2})(?=\s+\d{1,2}:\d{2}|\s*$)/;
/**
 * An English date. The month may follow a lower-case letter with no space: a byline row's parts are separate
 * elements whose separators are drawn by CSS, and their text runs together ("By Zhao RuolinJul 02, 2024").
 */
const DATE_EN =
  /(?:\b|(?<=[a-z]))(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(19|20)\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(19|20)\d{2}\b/;

/**
 * Page furniture that is never article text: copyright, licences, share and print buttons, lists, account chrome,
 * and an official document's distribution line after its signature (抄送：…, 抄报：…).
 */
const FURNITURE =
  /(^(?:抄送|抄报)[：:]|点击蓝字|点击上方|关注我们|阅读原文|长按识别|二维码|版权所有|Copyright|©|ICP备|ICP证|网安备|公网安备|违法和不良信息举报|举报电话|联系我们|关于我们|免责声明|分享到|扫一扫|Copy link|打印本页|关闭窗口|【打印】|【关闭】|上一篇|下一篇|相关新闻|相关阅读|相关链接|推荐阅读|热点推荐|相关股票|相关个股|All rights reserved|Share this|Related stories|Related news|Related topics|Read more|Subscribe (?:now|today|from|for)|Already a subscriber|Unlock (?:unlimited|full) access|Download (?:our|the) app|Sign up for (?:our|the)|(?:free|weekly|daily)\b[^.]{0,20}\bnewsletter|\bJoin (?:over |more than )?[\d,.]+\s?[KkMm]?\+? (?:other )?(?:readers|subscribers)\b|\b(?:read|trusted) by (?:over |more than )?[\d,.]+\s?[KkMm]?\+? (?:readers|subscribers|executives|professionals|investors|decision-makers)\b)/i;

/** Last characters of a line that ends a sentence or a quotation. */
const TERMINAL = new Set('。！？!?；;…」』”"’)）】].');

/** A line ends a sentence (or a quotation), so the next line starts afresh. */
export function endsSentence(line: string): boolean {
  return line !== '' && TERMINAL.has(line[line.length - 1]);
}

/** Sentence punctuation and digits, which no byline holds (brackets aside: a closing byline is wrapped in them). */
const NOT_IN_BYLINE = /[。，！？；：:,!?“”"《》\d]/;
const BRACKETS = /[（）()]/;
const NAME_SEPARATORS = /[\s\u3000\u00a0、|｜/／]+/;

/** Names and role words of a Chinese byline, or null when the line is not one. */
function chineseByline(line: string): string[] | null {
  const bare = line.replace(BYLINE_DECORATION, '').trim();
  if (bare.length < 2 || bare.length > 48) return null;
  // Bylines hold no sentence punctuation; the slash of 文/图 and separators between names are fine.
  if (NOT_IN_BYLINE.test(bare) || BRACKETS.test(bare)) return null;
  const tokens = bare.split(NAME_SEPARATORS).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 8) return null;
  const names: string[] = [];
  for (const token of tokens) {
    if (roleSet.has(token)) continue;
    // A role written against the name: 本报记者刘倩言, 记者张三.
    if (OUTLET_ROLE.test(token) || OUTLET.test(token)) continue;
    const role = BYLINE_ROLES.find((r) => r.length >= 2 && token.startsWith(r) && isChineseName(token.slice(r.length)));
    const name = role ? token.slice(role.length) : token;
    if (!isChineseName(name)) return null;
    names.push(name);
  }
  return names.length > 0 ? names : null;
}

/**
 * "By Shi Fang", "By SHI FANG in Suining, Sichuan | China Daily | Updated: 2023-12-01"; "Prepared by …" is how
 * IMF and World Bank working papers name their authors; Taiwan's English papers give the role after a slash
 * ("By Lisa Wang / Staff reporter"). AFP joins its second reporter with "with" ("By Bo ZHANG with Laura KIM in Beijing").
 * Blog themes write "Written by …", with the reading time on the same line (split off by BYLINE_PARTS).
 */
const ENGLISH_BYLINE =
  /^(?:Prepared\s+by|Written\s+by|By)\s+([A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){0,3})(?:\s*(?:,|and|&|with)\s*([A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){0,3}))*(?:\s+in\s+[A-Z][^|]{0,40})?(?:\s+\/\s+[A-Z][A-Za-z ,]{2,60})?\s*(?:[|｜].*)?$/;

/**
 * "Posted by Written by Zhang Yue …": a theme's "Posted by" whose name field is empty, before the real byline's label.
 */
const EMPTY_POSTED_BY = /^Posted\s+by\s+(?=(?:Written\s+by|By)\s)/;
/**
 * Bars and dots between byline, paper and time, a time label on the same line ("By Global Times Published: …",
 * "Written by … Reading Time: 6 minutes"),
 * or a date run into the name where the row's separators are drawn by CSS ("By Zhao RuolinJul 02, 2024").
 */
const BYLINE_PARTS = /\s*[|｜·•]\s*|\s+(?=(?:Published|Updated|Posted|Reading [Tt]ime)\s*:)|(?<=[a-z])(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)|\s+(?=\([A-Z][^()]{2,40}\)\s*\d)/;
/**
 * "HIROSHI TANAKA, Nikkei staff writer", "Li Wei, China Daily correspondent", "Tan Wei Ling, China Correspondent" (the
 * role capitalised, as Singapore's papers print it): a name and the writer's role. Think tanks sign their posts the
 * same way, a researcher's title after each name ("Helen Marsh, Senior Economist, and Zhou Tianyi, Research Analyst").
 */
const NAME_WITH_ROLE = String.raw`[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){1,3},\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?:[Ss]taff\s+|[Ss]enior\s+|[Cc]hief\s+)?(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Cc]olumnist|[Cc]ontributor|[Ee]conomist|[Aa]nalyst|[Rr]esearcher|[Ss]trategist|[Ff]ellow)s?`;
/**
 * "Author: Wang Yiting, Zhejiang University", "Authors: Li Na, Peking University and Tom Hart, ANU": a policy forum labels
 * its authors, each with an institution after a comma.
 */
const AUTHOR_NAME = String.raw`[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){1,3}(?:,\s+[A-Z][A-Za-z&'’ .-]{1,60}?)?`;
const AUTHOR_LABEL = new RegExp(`^Authors?:\\s+${AUTHOR_NAME}(?:(?:,\\s+|\\s+and\\s+|\\s+&\\s+)${AUTHOR_NAME})*$`);
const NAME_AND_ROLE = new RegExp(`^${NAME_WITH_ROLE}(?:,?\\s+and\\s+${NAME_WITH_ROLE})?$`);
/** "Shen Lihua, Acting Magistrate of Deqing County": the official who delivers a report or speech, its author. */
const NAME_AND_OFFICE = /^[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2},\s+(?:Acting\s+|Deputy\s+|Executive\s+)?(?:Magistrate|Mayor|Governor|Party Secretary|Director|Chairman|Chairwoman|Chairperson|Head)\b[^.;:!?\d]{0,60}$/;
/**
 * "Kevin Liang, CFA / Zoe Xu": a broker's analysts, two to four names between slashes, one at least with a professional
 * designation after it (which tells them from a menu's "About Us / Contact Us").
 */
const ANALYST_NAMES = /^(?=.*, (?:CFA|CPA|PhD|FRM|CAIA)\b)[A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2}(?:, (?:CFA|CPA|PhD|FRM|CAIA))?(?: \/ [A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2}(?:, (?:CFA|CPA|PhD|FRM|CAIA))?){1,3}$/;
const NOT_A_PAPER = /Daily|News|Times|Post|Xinhua/;
const FILED_FROM = /^([A-Z][a-z]+(?: [A-Z][a-z]+){1,2}) in [A-Z][A-Za-z ,]{2,40}$/;
/**
 * "Marton Kiss in Debrecen and Edward White in Changxing": two reporters, each with where they filed from, as the FT
 * signs a story reported in two places. The pair is a byline whatever the names.
 */
const FILED_FROM_TWO = /^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2} in [A-Z][a-z]+(?: [A-Z][a-z]+)? and [A-Z][a-z]+(?: [A-Z][a-z]+){1,2} in [A-Z][a-z]+(?: [A-Z][a-z]+)?$/;
const LATIN_LETTER = /[A-Za-z]/;

/** "Yang Meiping": a name in pinyin, surname first, as English-language Chinese papers print it. */
const PINYIN_NAME = /^[A-Z][a-z]{1,6}(?:\s[A-Z][a-z]{1,12}){1,2}$/;

/**
 * The byline as printed (本报记者 刘倩言 通讯员 董锦, By Shi Fang in Suining, Sichuan), without
 * decorations, brackets and what follows a "|" (paper, update time); or null when the line is none.
 * "Shanghai Daily | Yang Meiping | 10:12, 2024-09-14" gives the name between the bars.
 */
export function bylineOf(line: string): string | null {
  const text = line.trim().replace(EMPTY_POSTED_BY, '');
  if (text.length > 120) return null;
  // Reporters after a label and its colon, as credits under the text print them (记者：段晓丽 赵凯).
  if (REPORTER_LABEL.test(text)) {
    const names = text.replace(REPORTER_LABEL, '').replace(REPORTER_LABELS, '$1 ').trim();
    return chineseByline(names) ? names : null;
  }
  // Without Latin letters only a Chinese byline is possible, and sentence punctuation or a digit rules that out
  // (as chineseByline would, after the same steps): most lines of text stop here.
  if (NOT_IN_BYLINE.test(text) && !LATIN_LETTER.test(text)) return null;
  const segments = text.split(BYLINE_PARTS);
  // Some sites print "by" in lower case ("by Chen Yuqing | December 1, 2026"): taken only with the row's other parts
  // after a bar, so that a line of hard-wrapped prose that opens on "by" and names someone is no byline.
  if (ENGLISH_BYLINE.test(segments.length > 1 ? segments[0].replace(/^by\b/, 'By') : segments[0])) return segments[0];
  if (NAME_AND_ROLE.test(text) || NAME_AND_OFFICE.test(text) || ANALYST_NAMES.test(text) || AUTHOR_LABEL.test(text)) return text;
  if (segments.length >= 3 && (DATE_NUM.test(text) || DATE_EN.test(text))) {
    const name = segments.find((s) => PINYIN_NAME.test(s) && !NOT_A_PAPER.test(s));
    if (name) return name;
  }
  // "Iris Cheng in Guangzhou": a name with a Chinese surname and where it was filed, without "By".
  const filed = FILED_FROM.exec(segments[0]);
  if ((filed && filed[1].split(' ').some((w) => PINYIN_SURNAMES.has(w))) || FILED_FROM_TWO.test(segments[0])) return segments[0];
  const bare = text.replace(BYLINE_DECORATION, '').trim();
  if (chineseByline(bare)) return bare;
  const inner = unwrapped(bare);
  return inner && chineseByline(inner) ? inner : null;
}

/** A reporters' credit line starts with its label: 记者：…, 通讯员：…. */
const REPORTER_LABEL = /^(?:记者|通讯员|实习生)\s*[:：]/;
const REPORTER_LABELS = /(记者|通讯员|实习生)\s*[:：]\s*/g;

/** A credit line naming the reporters after a label (记者：段晓丽 赵凯), which pages print under the text. */
export function isLabelledByline(line: string): boolean {
  return REPORTER_LABEL.test(line.trim()) && bylineOf(line) !== null;
}

/** The inside of a line wholly in brackets, as bylines at an article's end are: （记者 张三）. */
const WRAPPED = /^[（(]\s*(.+?)\s*[）)]$/;
function unwrapped(line: string): string | null {
  const m = WRAPPED.exec(line);
  return m ? m[1] : null;
}

/** A byline in brackets closes an article; it never sits under a headline. */
export function isClosingByline(line: string): boolean {
  return unwrapped(line.trim()) !== null && bylineOf(line) !== null;
}

/** A photo credit standing alone on its line. */
export function isCredit(line: string): boolean {
  return line.length <= 80 && CREDIT_CUE.test(line) && CREDIT_PATTERNS.some((p) => p.test(line));
}

/**
 * An English caption's credit after a copyright sign, as the FT, the Economist and agencies print it (… wharves
 * © Liu Mei/Financial Daily, … © Getty Images): a name or two, no year, after a caption of some words. A copyright
 * line (© 2024 The Financial Daily Ltd. All rights reserved.) has a year or a sentence after the sign.
 */
const COPYRIGHT_CREDIT = /\S.{19,}\s©\s*[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3}(?:\s?\/\s?[A-Z][A-Za-z.'’&-]*(?: [A-Z][A-Za-z.'’&-]*){0,3})?$/;

/** A caption that ends with its photo credit. */
export function hasTrailingCredit(line: string): boolean {
  if (line.length > 140) return false;
  // The sign first: the pattern tries every start in the line, and this test runs on every line of the page.
  return (TRAILING_CREDIT_END.has(line[line.length - 1]) && TRAILING_CREDIT.some((p) => p.test(line))) || (line.includes('©') && COPYRIGHT_CREDIT.test(line));
}

const SPACES = /\s+/g;
const INFO_BAR_LABEL = /(来源|作者|记者|编辑|Source|By )\s*[:：]?/;
const SENTENCE_STOP = /[。！？]/;
const CLAUSE_AFTER_COMMA = /[，,]\s*\S{8,}/;

export function isMetaLine(raw: string): boolean {
  const line = raw.replace(SPACES, ' ');
  if (line.length > 120) return false;
  if (META_LABEL.test(line) || RELEASE_HEADER.test(line) || ISSUE_NUMBER.test(line) || MONTH_STAMP.test(line)) return true;
  // Credits after a label of their own ([纠错]【责任编辑：王楠】): a short line, no sentence.
  if (line.length <= MAX_CREDITS_ONLY && !SENTENCE_STOP.test(line) && editorIn(line)) return true;
  const hasDate = hasDateIn(line);
  // A portal's info bar: "2024-06-12 08:35 来源：湖州日报 记者 沈佳怡 阅读 3.2万".
  if (hasDate && INFO_BAR_LABEL.test(line) && !SENTENCE_STOP.test(line)) return true;
  // "2023-12-01 10:20 浙江日报", "浙江日报 2023年12月01日 第3版": a short line that is mostly a date. A count in
  // brackets at its end is a toolbar's (评论(128)), not the close of a sentence.
  return (
    hasDate && line.length <= 60 && !endsSentence(line.replace(COUNT_AT_END, '')) && !CLAUSE_AFTER_COMMA.test(line.replace(WEEKDAY_COMMA, '').replace(COMMA_BEFORE_DATE, ''))
  );
}

/** A profile's or report's stamp that dates it by month alone (Updated November 2026, Published March 2025). */
const MONTH_STAMP = /^(?:Last )?(?:Updated|Published|Posted|Revised)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d{2}$/i;

/** The comma after a weekday in an English date line (CHINA DAILY | Tuesday, December 1, 2026 | PAGE 9) starts no clause. */
const WEEKDAY_COMMA = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,/g;

/** The comma before an English date (Updated 3:18 AM GMT+8, December 1, 2026: a wire's stamp) starts no clause. */
const COMMA_BEFORE_DATE = /,(?=\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}\b)/g;

const COUNT_AT_END = /\s*[（(]\d+[)）]$/;
/** Longest line of credits alone (【纠错】【责任编辑：王楠】 SF104). */
const MAX_CREDITS_ONLY = 60;

function hasDateIn(line: string): boolean {
  return DATE_ZH.test(line) || DATE_NUM.test(line) || DATE_EN.test(line) || DATE_YEAR_APART.test(line) || DATE_ROC.test(line);
}

/** The byline inside a meta line: "… 来源：杭州日报 记者 陈思远", "作者：邓雪梅". */
export function bylineInMeta(raw: string): string | undefined {
  // An info bar's items may run together (作者：孟凡超发布时间：…): the next label ends the names.
  const line = raw.replace(/\s+/g, ' ').replace(NEXT_LABEL, ' ');
  const author = /(?:作者|撰文|文)\s*[:：/／]\s*([\u4e00-\u9fff·]{2,4}(?:[ 、，,][\u4e00-\u9fff·]{2,4}){0,3})/.exec(line);
  if (author) {
    // Names up to the first word that is not one (作者：邓雪梅 浏览量：1562).
    const names = author[1].split(/[ 、，,]/);
    while (names.length > 0 && !bylineOf(names.join(' '))) names.pop();
    if (names.length > 0) return names.join(' ');
  }
  // A role may name several reporters (记者 郭晓东 李雪); the names run up to the first word that is not one
  // (… 通讯员 费晓东 阅读 3.2万).
  // The role may take a colon (记者：方慧敏 汪子涵), run on from the outlet before it (…融媒体中心记者：方慧敏).
  const roles = /(?:(?:本报|特约|见习|全媒体)?(?:记者|通讯员)\s?[:：]?\s?[\u4e00-\u9fff]{2,4}(?: [\u4e00-\u9fff]{2,4})*\s?)+/.exec(line);
  if (!roles) return undefined;
  const words = roles[0].trim().split(' ');
  while (words.length > 0 && !bylineOf(words.join(' '))) words.pop();
  return words.length > 0 ? words.join(' ') : undefined;
}

/**
 * The start of an info bar's next field, right after the previous one's value: a label and its colon, or a count's
 * label and its number without one (`记者 陆文涛阅读 3.6万`, the spans' margins their only separator).
 */
const NEXT_LABEL = /(?<=[^\s:：])(?=(?:来源|发布时间|发布日期|发表时间|更新时间|时间|日期|责任编辑|编辑|(?:浏览|阅读|点击|播放|访问)(?:量|次数|数)?|字号|字体)\s*[:：]|(?:浏览|阅读|点击|播放|访问)(?:量|次数|数)?\s*\d)/g;

/** Longest line read for credits: a line of credits is short, a paragraph that mentions an editor is not one. */
const MAX_CREDIT_LINE = 120;

/**
 * The article's editor in a credits line: 责任编辑：刘洋 审核：陈刚, 【纠错】【责任编辑：王楠】, 编辑：沈悦 | 审核：…,
 * （责编：李四）, Source: Xinhua | Editor: Liu Xin. Other desks' editors (图片编辑, 美术编辑, 本版编辑: the page's, on
 * an e-paper page) are not the article's. The name ends where the next label or an editor's code starts.
 */
const EDITOR = /(?:责任编辑|责编|(?<![\u4e00-\u9fff])编辑)\s*[:：]\s*([\u4e00-\u9fff·]{2,8})|(?:\b|(?<=[a-z]))Editor\s*:\s*([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})/;
const RESPONSIBLE_EDITOR = /(?:责任编辑|责编)\s*[:：]\s*([\u4e00-\u9fff·]{2,8})/;
/** Labels that may follow an editor's name with no space between (责任编辑：李晓图片编辑：吴佳). */
const NEXT_CREDIT = /(?:图片|美术|视频|文字|值班|实习|特约)?编辑|责编|校对|审核|审校|终审|初审|复审|编审|监制|出品|统筹|来源|作者|记者|通讯员|摄影|设计|制作|排版|版式/;

export function editorIn(line: string): string | undefined {
  // Most lines name no editor: two substring looks before the pattern.
  if (line.length > MAX_CREDIT_LINE || (!line.includes('编') && !line.includes('Editor'))) return undefined;
  // A credits line may name a desk editor before the responsible one (编辑：孙悦　责编：李明): the 责编 is the article's.
  const m = RESPONSIBLE_EDITOR.exec(line) ?? EDITOR.exec(line);
  if (!m) return undefined;
  if (m[2]) return m[2];
  const next = NEXT_CREDIT.exec(m[1]);
  const name = next ? m[1].slice(0, next.index) : m[1];
  return name.length >= 2 && name.length <= 4 ? name : undefined;
}

const DEADLINE = /截止(?:时间|日期)\s*[:：]|\bDeadline\s*:/i;

/** A meta line that opens an article (source, date, author) rather than closing it (editor, proof-reader). */
export function isHeaderMeta(line: string): boolean {
  if (!isMetaLine(line) || /^[（(【\[]?\s*(编辑|责任编辑|责编|校对|审核|终审|初审|复审|编审|Editor)\s*[:：]/i.test(line)) return false;
  // A deadline (截止时间：2024-06-30, 报名截止日期：…) dates a poll or an application, not the article.
  if (DEADLINE.test(line)) return false;
  // An editor's credit without a date closes an article ([纠错]【责任编辑：…】); a header line with a date may name one.
  return !editorIn(line) || hasDateIn(line);
}

/**
 * A breadcrumb trail (首页 > 区县 > 蓬溪, 黔中网>>贵州频道>>市州, 您当前的位置：…): where the page sits in the
 * site, never its headline, even though it is short and has no full stop. A trail of two crumbs is one only when it
 * starts from the site's home (Home > Embassy News, 首页 > 要闻): a headline may hold one arrow (南浔>古镇旅游持续升温).
 */
const BREADCRUMB =
  /^(?:当前位置|您的位置|您当前的位置|所在位置|位置)\s*[:：]|^[^。！？.!?]{1,20}(?:\s*(?:>>?|»|›|＞)\s*[^。！？.!?>»›＞]{1,20}){2,}$|^(?:首页|网站首页|主页|[Hh]ome(?:page)?)\s*(?:>>?|»|›|＞)\s*[^。！？.!?>»›＞]{1,20}$/;

/**
 * A market quote: a price, its signed change and the change in per cent, after a name or code, as
 * ticker strips and quote boxes print them (上证指数 3052.31 +12.84 +0.42%, 6.82 -0.08 -1.16%). Prose
 * states a change in words (增长/下降, up/down); a statistics table row has one value and one change,
 * so a row of a name, a value and a signed percentage alone is not taken for a quote.
 */
const QUOTE = /^(?:[^\d\s。，,]{1,12}\s*(?:[（(][A-Za-z]{0,2}\d{5,6}[)）])?\s+)?\d+(?:\.\d+)?\s+[+\-−]\d+(?:\.\d+)?\s+[+\-−]\d+(?:\.\d+)?%$/;

/**
 * A live quote a finance portal puts after a listed company's name in the text: its code in brackets, then the
 * price and the signed change, in per cent, perhaps after the amount (瑞川锂电（002812.SZ）23.71 +1.07%,
 * (sh603615) 41.20 -0.25 -0.53%). The portal's market data, not the article's figures.
 */
const INLINE_QUOTE = /[（(]\s*(?:(?:sz|sh|bj|hk)\s*)?\d{5,6}(?:\s*\.\s*(?:SZ|SH|SS|BJ|HK))?\s*[)）]\s*\d+(?:\.\d+)?\s*(?:[+\-−]\d+(?:\.\d+)?\s*)?(?:[+\-−]\d+(?:\.\d+)?|0(?:\.0+)?)%/gi;

/** Where a line of text holds a live market quote (see INLINE_QUOTE): offsets into the line. */
export function inlineQuotes(line: string): Array<{ start: number; end: number }> {
  return [...line.matchAll(INLINE_QUOTE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** An advert's label in front of its text (广告 【开户】…, Advertisement, Sponsored: …). */
const ADVERT = /^(?:广告|推广|赞助|Advertisement|Sponsored|AD)(?:\s|[:：|｜]|$)/;

/** A link to another story inside the article's column: "Related: Ordos Approves …", 相关阅读：…. */
const RELATED_LINK = /^(?:Related|See also|Also read|Read also|相关阅读|延伸阅读|相关新闻|相关报道)\s*[:：]\s*\S/i;

/**
 * A forum user's signature and the date they joined (签名：…, 注册时间 2023-1-15, Joined: 2019-03-02): the
 * user's, never an article's headline or publication date.
 */
const FORUM_USER = /^(?:个性)?签名\s*[:：]|^(?:注册时间|注册于|加入时间|Joined)\s*[:：]?\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}$/i;

/** A rule drawn with symbols under a headline or between sections (*****, =====, ———, * * *). */
const RULE = /^(?:[*=_~\-—–·•#+]\s?){3,}$/;

/**
 * A tag a platform sets beside the headline or the time (原创, 独家, 置顶), or a message board's status of the
 * message (已办理, 已回复), alone on its line where the tag is an element of its own: never a byline (原 is a
 * surname) nor a headline.
 */
const ARTICLE_TAG = /^(?:原创|独家|首发|置顶|精选|热门|已办理|已回复|已答复|办理中|已受理|已解决)$/;

export function isArticleTag(line: string): boolean {
  return ARTICLE_TAG.test(line.trim());
}

export function isFurniture(line: string): boolean {
  if (line.length > 160) return false;
  return (
    FURNITURE.test(line) || BREADCRUMB.test(line) || QUOTE.test(line) || ADVERT.test(line) || RELATED_LINK.test(line) || RULE.test(line) || ARTICLE_TAG.test(line)
  );
}

/**
 * A video player's controls (全屏, 倍速 1.0x, 00:00 / 03:26): page furniture. Tested before bylines, as a
 * two-character label may read as a name (全屏: 全 is a surname). A control bar whose buttons are separate
 * elements with no space between them reads as one run (▶00:00 / 03:12标清全屏), as the command line sees it; a
 * play icon counts only in such a run (alone on its line it is left as the text it was: it says nothing).
 */
const CONTROL =
  // A reader bar's length of the text and of its reading (本文共1860字，收听约5分钟; 本文约3600字，阅读需要9分钟), and
  // an English page's reading time.
  '(?:本文|全文)(?:共|约)*\\s*\\d[\\d,]*\\s*字|(?:收听|阅读|听完|读完)(?:需要|需|约|时长|时间)*\\s*\\d+\\s*分钟' +
  // An English page's reading time (4 minute read, 6 min read, 5-minute read, 3 MIN READ).
  '|\\d{1,3}\\s*-?\\s*(?:[Mm]in(?:ute)?s?|MIN(?:UTE)?S?)\\.?\\s+(?:[Rr]ead|READ)' +
  '|(?:网页全屏|退出全屏|全屏|画中画|静音|取消静音|播放|暂停|重播|倍速|清晰度|高清|标清|超清|弹幕|听新闻|听全文|收听|语音播报|音频播报|语音朗读)(?:\\s*\\d(?:\\.\\d+)?[xX×])?' +
  '|\\d(?:\\.\\d+)?[xX×]|\\d{1,2}:\\d{2}(?::\\d{2})?\\s*\\/\\s*\\d{1,2}:\\d{2}(?::\\d{2})?';
const PLAY_ICON = '[▶►❚⏸⏵⏯]*';
/**
 * A post's age as a live blog or a feed stamps it (14m ago, 2h ago, Updated 3 hours ago), with the clock time the
 * page may run on after it (14m ago12.05 CST, 1h ago · 11:20 AM): when, never a figure (14m is no length).
 */
const POST_AGE =
  /^(?:(?:Updated|Posted|Published)\s+)?\d{1,3}\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\s+ago(?:\s*[·•|]?\s*\d{1,2}[.:]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:[A-Z]{2,5}|GMT[+-]\d{1,2}))?)?$/;
const PLAYER_CONTROL = new RegExp(`^${PLAY_ICON}(?:${CONTROL})(?:[\\s，,、|｜·]*${PLAY_ICON}\\s*(?:${CONTROL}))*$`);

/**
 * A counter of the page's own (阅读 2.3万, 点赞 1236, 评论(36), 2,316 shares, 1.2K views): how many read or liked
 * the page, never a figure of the article, though 2.3万 reads as one.
 */
const COUNTER =
  '(?:(?:阅读|阅读量|浏览|浏览量|点击|点击量|播放|播放量|观看|评论|点赞|赞|赞同|收藏|分享|转发|在看|跟贴|跟帖|参与|关注者|被浏览|粉丝|获赞|Views?|Likes?|Shares?|Comments?|Reads?|Restacks?|Reposts?|Retweets?|Replies|Bookmarks?)\\s*[:：]?\\s*[（(]?\\d[\\d,.]*\\s*[万千KkMmWw]?\\+?\\s*[)）]?(?:次|人|条)?' +
  // The number first, as portals print their comment counts (326 跟贴　1986 参与), and as a question-and-answer
  // site its answers' (查看全部 126 个回答, 2,315 人赞同了该回答, 1,024 赞同 · 213 评论).
  '|(?:查看)?(?:全部)?\\s*\\d[\\d,.]*\\s*[万千]?\\+?\\s*(?:跟贴|跟帖|参与|人参与|条评论|评论|阅读|点赞|转发|收藏|个回答|条回答|条回复|人赞同了该回答|人赞同|赞同|人关注|关注者|粉丝|获赞)' +
  '|\\d[\\d,.]*\\s*[KkMm]?\\+?\\s*(?:views?|likes?|shares?|comments?|reads?|restacks?|claps?|reposts?|retweets?|replies|bookmarks?))';
/** A video's length as its player's caption gives it: 视频时长 02:15, 时长：3:26. */
const DURATION = '(?:视频)?时长\\s*[:：]?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?';
/**
 * The icon a counter's button may carry in its text (⟲ 12 Restacks), which may stand for the label (♡ 214, 👍 1.2万):
 * a pictograph, never a currency or maths sign ($1,200 and +5.8% are figures).
 */
const ICON = '[\\p{So}⟲⟳]\\uFE0F?\\s*';
const ICON_COUNT = `${ICON}\\d[\\d,.]*\\s*[万千KkMmWw]?\\+?`;
/** A toolbar's buttons among its counters, with no count (…58 条评论 分享 收藏 喜欢). */
const ACTION = '(?:分享|收藏|喜欢|举报|转发|评论|点赞|赞同)';
const COUNTER_ITEM = `(?:(?:${ICON})?(?:${COUNTER}|${DURATION})|${ICON_COUNT}|${ACTION})`;
/**
 * A row of a page's counters, with the video's length among them (视频时长 02:15　播放 12.6万次, ♡ 214 ⟲ 12 Restacks),
 * apart by spaces or a dot (1,024 赞同 · 213 评论), or by nothing where its items are elements side by side
 * (58 条评论分享收藏喜欢, as a reader without styles runs them together); at least one of them a count.
 */
const COUNTER_ROW = new RegExp(`^${COUNTER_ITEM}(?:\\s*(?:[·•]\\s*)?${COUNTER_ITEM})*$`, 'iu');
const isCounterRow = (text: string) => COUNTER_ROW.test(text) && /\d/.test(text);
/**
 * A counter's label alone on its line, its number on the next (a profile's or a question's number board: 关注者 over
 * 1,286): never a byline, though 关注者 reads as a name (关 is a surname).
 */
const COUNTER_LABEL = /^(?:关注者|被浏览|浏览量|阅读量|播放量|粉丝|获赞|赞同)$/;
/** Characters of no width a page puts in its text (a zero-width space before a count, a byte-order mark). */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
/** Longest row of counters read (a few items). */
const MAX_COUNTER_LINE = 60;

export function classifyLine(line: string): LineKind {
  const text = line.replace(ZERO_WIDTH, '').trim();
  if (text === '') return 'blank';
  if (PLAYER_CONTROL.test(text) || POST_AGE.test(text) || ARTICLE_TAG.test(text) || COUNTER_LABEL.test(text) || (text.length <= MAX_COUNTER_LINE && isCounterRow(text))) return 'furniture';
  if (isCredit(text)) return 'credit';
  if (bylineOf(text)) return 'byline';
  if (hasTrailingCredit(text)) return 'captionWithCredit';
  // Before the meta test: a join date is a date, but no article's.
  if (FORUM_USER.test(text)) return 'furniture';
  if (isMetaLine(text)) return 'meta';
  if (isFurniture(text)) return 'furniture';
  return 'text';
}

/** The publication date in a meta or byline line, as YYYY-MM-DD where the line gives all three parts. */
export function dateIn(line: string): string | undefined {
  const zh = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(line);
  if (zh) return iso(zh[1], zh[2], zh[3]);
  const roc = DATE_ROC.exec(line);
  if (roc) return iso(String(Number(roc[1]) + ROC_YEAR_ONE), roc[2], roc[3]);
  const num = DATE_NUM.exec(line) ?? DATE_YEAR_APART.exec(line);
  if (num) return iso(num[1], num[2], num[3]);
  const en = DATE_EN.exec(line);
  if (en) {
    // The Economist's day is an ordinal (Dec 3rd 2026), which Date does not parse.
    const parsed = new Date(`${en[0].replace(/\./g, '').replace(/(\d)(?:st|nd|rd|th)\b/, '$1')} UTC`);
    if (!Number.isNaN(parsed.getTime())) return parsed.toISOString().slice(0, 10);
  }
  return undefined;
}

function iso(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * Where the next field of an info bar starts when its items are separate elements with no space between them
 * (来源：福建日报发布时间：2024-02-06): a label and its colon, or a date; or the reporter's role after the outlet, whose
 * name comes after a space (来源：眉山日报记者 罗晓燕).
 */
const NEXT_FIELD = /(?<=[\u4e00-\u9fff]{2})(?:本报|特约|首席)?(?:记者|通讯员)$|(?:(?:发布|发表|更新)?(?:时间|日期)|作者|责任编辑|编辑|记者|通讯员|(?:浏览|阅读|点击|播放|访问)(?:量|次数|数)?|字号|字体)[:：].*$|(?:19|20)\d{2}(?:[-/.－／．年]|\s*$).*$/;

/**
 * "Source: Dangshan County Information Office": capitalised words one space apart (of, and, for between them), up to
 * the next field (two spaces, a bar, Published:, Font size).
 */
const ENGLISH_SOURCE =
  /\bSource\s*:\s*([A-Z][\w'’.&-]*(?: (?:(?:of|and|for|the|on) )?(?!(?:Published|Updated|Posted|Editor|By|Font|Date|Print|Share)\b)[A-Z][\w'’.&-]*){0,6})/;

const GLUED_ENGLISH_LABEL = /(?<=[a-z])(?:Editor|Published|Updated|Posted|Date)$/;

/** The source named in a meta or byline line: 来源：浙江日报, "| China Daily |", (Xinhua). */
export function sourceIn(line: string): string | undefined {
  // An English source is a name of several words (Source: China Daily, Source: Zhejiang Provincial Department of Commerce).
  const named = ENGLISH_SOURCE.exec(line);
  // An info bar's spans may run together (Source: XinhuaEditor: Zhang Long): the next label is no part of the name.
  if (named) return named[1].replace(GLUED_ENGLISH_LABEL, '');
  const labelled = /(?:来源|稿源|来源于|信息来源|出处|Source)\s*[:：]\s*([^\s|｜,，]{2,30})/i.exec(line);
  if (labelled) return labelled[1].replace(NEXT_FIELD, '') || undefined;
  const english = /[|｜]\s*(China Daily|Xinhua|Global Times|CGTN|Shanghai Daily|People's Daily|[A-Z][A-Za-z]+ Daily)\s*(?:[|｜]|$)/.exec(line);
  if (english) return english[1];
  // A portal's date line names the outlet without a label, right after the time: "2024年06月12日 08:46 证券时报网".
  const afterTime = /\d{1,2}:\d{2}(?::\d{2})?\s+([\u4e00-\u9fff·]{2,14})(?=\s|$)/.exec(line);
  if (afterTime && isOutletName(afterTime[1])) return afterTime[1];
  return undefined;
}

/** The name of a paper, site or newsroom: 证券时报网, 湖州日报, 长兴县融媒体中心, 新华社. */
const OUTLET_NAME = /^[\u4e00-\u9fff·]{1,12}(?:网|报|日报|晚报|时报|新闻|新闻网|电视台|广播电视台|融媒体中心|融媒|新闻中心|客户端|社)$/;

export function isOutletName(text: string): boolean {
  return text.length <= 14 && OUTLET_NAME.test(text);
}
