/**
 * Splits the text of a page (a newspaper page with several articles, a portal page, a plain
 * article) into articles. Newspapers and news sites lay an article out the same way: a short
 * headline line, a byline (names, or a source/date line) right under it, sometimes with a photo and
 * its caption between the two, then paragraphs. A short line that is *not* followed by a byline is
 * a subheading or a caption, never a new article. That one rule does most of the work; captions and
 * credits are then recognised so that their figures are not reported as the article's claims.
 */
import {
  bylineInMeta,
  bylineOf,
  classifyLine,
  dateIn,
  editorIn,
  endsSentence,
  inlineQuotes,
  isClosingByline,
  isArticleTag,
  isHeaderMeta,
  isLabelledByline,
  isOutletName,
  sourceIn,
  type LineKind,
} from './line-kinds';
import { toSimplified } from '../hanzi/traditional';

/** What a line is within its article. */
export type LineRole = 'headline' | 'subtitle' | 'body' | 'caption' | Exclude<LineKind, 'text'>;

/** Parts of an article that are not its body: figures found there are not the article's claims. */
export type ExcludedKind = 'byline' | 'caption' | 'credit' | 'meta' | 'furniture';

export interface Span {
  start: number;
  end: number;
}

export interface ArticleSegment extends Span {
  title: string;
  /** Where the title sits in the text (empty span when the article has no headline). */
  titleSpan: Span;
  byline?: string;
  date?: string;
  source?: string;
  /** The editor named in the credits (责任编辑：…, Editor: …); never the byline. */
  editor?: string;
  /** The first paragraph, where an article names what it is about. */
  lead?: Span;
  /**
   * A piece printed under the article before it and about it (短评, 编后, 记者手记, under its label): it is read
   * with that news (see companion.ts), whose date it shares and whose closing credits follow it.
   */
  companion?: true;
  /** Captions, credits, bylines, meta lines and page furniture inside [start, end). */
  excluded: Array<Span & { kind: ExcludedKind }>;
}

/** What the page says beside its text. */
export interface SegmentOptions {
  /**
   * The page's own headline (its h1, as Readability names it from the page and its document title). Where it stands
   * a few short lines over the line a byline hangs its headline on, it is the headline and the lines between are its
   * standfirst: a sentence-case headline over points in sentence case (a live blog's, a BBC summary), which the
   * text alone cannot tell from a headline over its deck.
   */
  headline?: string;
}

interface Line extends Span {
  text: string;
  role: LineRole;
}

/** Longest headline we accept, in characters: Chinese headlines are short, English ones use more letters. */
const MAX_HEADLINE_ZH = 60;
const MAX_HEADLINE_EN = 160;
/** A caption is a phrase, not a paragraph. */
const MAX_CAPTION = 50;
/** Body text before the first headline that counts as an article of its own (the rest of one from a previous page). */
const MIN_PREAMBLE_BODY = 200;
/** A line that is only a date. */
const MAX_DATE_LINE = 16;
/** An English line this long under a headline is its standfirst, not the headline. */
const MIN_DEK = 80;
/** Lines (captions, credits, a subtitle, a second meta line) allowed between a headline and its byline. */
const MAX_HEADER_GAP = 4;

/** Lines end at \n, \r\n or \r; a final line break opens no empty line after it. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  // The next \r at or after the current line (searched again only once passed: no rescans of the text).
  let cr = text.indexOf('\r');
  for (let from = 0; ; ) {
    if (cr >= 0 && cr < from) cr = text.indexOf('\r', from);
    const lf = text.indexOf('\n', from);
    const stop = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    const raw = text.slice(from, stop < 0 ? text.length : stop);
    const trimmed = raw.trim();
    // Leading space: none when the line starts with its first non-space character (the usual case, no copy).
    const lead = trimmed === '' ? raw.length : raw.charCodeAt(0) === trimmed.charCodeAt(0) ? 0 : raw.length - raw.trimStart().length;
    const start = from + lead;
    lines.push({ start, end: start + trimmed.length, text: trimmed, role: roleOfKind(classifyLine(trimmed)) });
    if (stop < 0) break;
    from = stop + (text.charCodeAt(stop) === 13 && text.charCodeAt(stop + 1) === 10 ? 2 : 1);
    if (from >= text.length) break;
  }
  return lines;
}

function roleOfKind(kind: LineKind): LineRole {
  return kind === 'text' ? 'body' : kind;
}

const HANZI = /[\u3400-\u9fff]/;
const ENGLISH_WORD = /[A-Za-z]{2,}/g;
const ENDS_CLAUSE = /[。；;，,：:]$/;
/**
 * A report's section number (一、, （一）, 1., 2.1 Background). Not a decimal that opens a headline glued to its unit or
 * word (5.2-magnitude quake jolts …, 1.2bn yuan for …, 3.5% growth …): a section's number stands apart from its words.
 */
const SECTION_HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．](?!\d+-?[A-Za-z%])\s*\S)/;
const SEMICOLON = /[;；]/g;
const CONTACT = /\d{3,4}-\d{7,8}|热线|电话|邮箱|地址[:：]|Tel[:.]|E-?mail/i;
const ABBREVIATION_END = /\b(Co|Ltd|Inc|St)\.$/;
const SUBTITLE_DASH = /^(——|—|--)/;

function isLatin(text: string): boolean {
  return !HANZI.test(text);
}

/** How many times the character `ch` occurs in `text`. */
function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** Whether `text` has at least `n` Chinese characters (counting stops there). */
function hasHanzi(text: string, n: number): boolean {
  for (let i = 0, found = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff && ++found >= n) return true;
  }
  return false;
}

/** Short, a phrase rather than a sentence (a question or exclamation is fine), and not page furniture. */
function looksLikeHeadline(line: Line): boolean {
  if (line.role !== 'body' && line.role !== 'caption') return false;
  const max = isLatin(line.text) ? MAX_HEADLINE_EN : MAX_HEADLINE_ZH;
  if (line.text.length < 4 || line.text.length > max) return false;
  // A row of table cells (索引号 ⇥ 410181-… ⇥ 发布机构 ⇥ …, a metadata table over a notice), or of labelled fields
  // (留言对象：… 留言类型：…), heads no article.
  if (line.text.includes('\t') || isFieldRow(line.text)) return false;
  // Words, not a counter ("积分 8620", "帖子 2135"): four Chinese characters or three English words at least.
  if (!hasHanzi(line.text, 4) && (line.text.match(ENGLISH_WORD) ?? []).length < 3) return false;
  if (ENDS_CLAUSE.test(line.text)) return false;
  // Section headings of a report or notice (四、挂牌时间, （一）, 1.) and field lists (a; b; c) head no article.
  if (SECTION_HEADING.test(line.text) || isFieldList(line.text)) return false;
  // A list's heading (相关新闻, 参考资料, Related stories) heads the list, not an article.
  if (LIST_HEADING.test(line.text)) return false;
  // Contact lines (招商热线：0579-88888123) close articles; they head none.
  if (CONTACT.test(line.text)) return false;
  // A sentence of body text ending in a full stop is not a headline; "?" and "!" are.
  if (line.text.endsWith('.') && !ABBREVIATION_END.test(line.text)) return false;
  // One sentence at most; exclamations are a headline's own (重磅！…正式投产！).
  const stops = countOf(line.text, '。');
  return stops <= 1 && stops + countOf(line.text, '！') + countOf(line.text, '？') <= 3;
}

/**
 * A list of fields or items parted by semicolons (a; b; c). One semicolon between two clauses of an English headline
 * is no list: in title case, a rating agency's (Fitch Affirms Xinyi Urban Construction Investment at 'BBB-'; Outlook
 * Stable); in sentence case, a research note's, each clause of three words or more (…: Occupancy back above 90%; 1H26
 * beat, maintain BUY).
 */
function isFieldList(text: string): boolean {
  const semicolons = text.match(SEMICOLON)?.length ?? 0;
  return semicolons > 1 || (semicolons === 1 && !(isLatin(text) && (isTitleCase(text) || isTwoClauseHeadline(text))));
}

/** Fewest English words of each clause of a headline in sentence case that a semicolon parts. */
const MIN_CLAUSE_WORDS = 3;
function isTwoClauseHeadline(text: string): boolean {
  return text.split(SEMICOLON).every((clause) => (clause.match(ENGLISH_WORD) ?? []).length >= MIN_CLAUSE_WORDS);
}

function isSubtitle(line: Line): boolean {
  return line.role === 'body' && (SUBTITLE_DASH.test(line.text) || IN_BRACKETS.test(line.text) || DOCUMENT_NUMBER.test(line.text)) && line.text.length <= MAX_HEADLINE_ZH;
}

/**
 * A document's number alone on its line under a notice's or policy's title (宁政办规〔2024〕3号, 国办发[2024]12号):
 * it says which document this is, as a subtitle does; it heads nothing.
 */
const DOCUMENT_NUMBER = /^[\u4e00-\u9fff]{1,12}\s*[〔［\[（(【]\s*(?:19|20)\d{2}\s*[〕］\]）)】]\s*第?\s*\d{1,4}\s*号$/;

/** A line wholly in brackets under a headline: an issue or edition note (（2025年第46期　监测时段：…）), no headline. */
const IN_BRACKETS = /^[（(][^（）()]+[）)]$/;

/** True when blank lines separate the k-th non-blank line from the non-blank lines before and after it. */
function standsApart(nonBlank: number[], k: number): boolean {
  const before = k === 0 || nonBlank[k - 1] < nonBlank[k] - 1;
  const after = k + 1 >= nonBlank.length || nonBlank[k + 1] > nonBlank[k] + 1;
  return before && after;
}

/** Sentence-ending marks (。！？!?) in a line. */
function sentenceEnds(text: string): number {
  return countOf(text, '。') + countOf(text, '！') + countOf(text, '？') + countOf(text, '!') + countOf(text, '?');
}

/** Marks captions that have no credit of their own, from where they stand. */
function markCaptions(lines: Line[], nonBlank: number[]): void {
  for (let k = 0; k < nonBlank.length; k++) {
    const line = lines[nonBlank[k]];
    if (line.role !== 'body') continue;
    const prev = k > 0 ? lines[nonBlank[k - 1]] : undefined;
    const next = k + 1 < nonBlank.length ? lines[nonBlank[k + 1]] : undefined;
    const short = line.text.length <= MAX_CAPTION;
    // The line just above a photo credit is the photo's caption.
    if (short && next?.role === 'credit' && sentenceEnds(line.text) <= 1) line.role = 'caption';
    // A phrase right after a credit belongs to the same picture.
    else if (short && !endsSentence(line.text) && (prev?.role === 'credit' || prev?.role === 'captionWithCredit'))
      line.role = 'caption';
    // A phrase that cuts a sentence in two ("…要讲方 / 青山湖科技城 / 法。…") was laid out inside the paragraph: a
    // caption. The line above is part of a sentence (it has a comma), not a headline. Blank lines must set it
    // apart on both sides: in hard-wrapped print text every line cuts a sentence and none is a caption.
    else if (
      short &&
      standsApart(nonBlank, k) &&
      !endsSentence(line.text) &&
      prev?.role === 'body' &&
      !endsSentence(prev.text) &&
      (prev.text.includes('，') || prev.text.includes(',')) &&
      prev.text.length > line.text.length &&
      next?.role === 'body'
    )
      line.role = 'caption';
  }
}

/**
 * The heading of a list of other stories or documents (相关新闻, 延伸阅读, 相关文件 on a 解读 page, More on this), or of
 * a question page's other answers and questions (更多回答, 相关问题).
 */
const LIST_HEADING =
  /^(相关新闻|相关阅读|相关链接|相关报道|相关文件|相关解读|相关政策|相关股票|相关个股|推荐阅读|热点推荐|延伸阅读|更多新闻|更多回答|相关问题|参考资料|参考文献|References|Related stories|Related news|Related articles|Related topics|More on this(?: story| topic)?|Most popular|Most read|Read more|Recommended(?: for you)?|You may also like)\s*[:：]?$/i;
/**
 * The heading of a poll or survey set among the paragraphs (网友调查：你觉得…？, 投票, Quick poll: …): its options,
 * their shares and vote counts, the number who took part and its closing date follow, none of them article text.
 */
const POLL_HEADING = /^(?:网友|读者|在线|有奖|民意|小)?(?:调查|投票|问卷|投票调查)(?:\s*[:：|｜]\s*\S.{0,60})?$|^(?:Quick |Reader |Our )?(?:Poll|Survey)(?:\s*:\s*\S.{0,120})?$/i;
/** Lines of a poll at most (a few options, each with its share and count, and a footer). */
const MAX_POLL_LINES = 20;

/**
 * Marks a poll's lines as furniture: from its heading, the short lines that are no prose, until a paragraph or
 * the header of another article (a line over a byline or a header meta line).
 */
function markPolls(lines: Line[], nonBlank: number[]): void {
  for (let k = 0; k < nonBlank.length; k++) {
    const heading = lines[nonBlank[k]];
    if (heading.role !== 'body' || !POLL_HEADING.test(heading.text)) continue;
    heading.role = 'furniture';
    for (let j = k + 1; j < nonBlank.length && j <= k + MAX_POLL_LINES; j++) {
      const line = lines[nonBlank[j]];
      const next = lines[nonBlank[j + 1]];
      if (line.text.length > MAX_FURNITURE_LINE || CHINESE_SENTENCE.test(line.text) || line.role === 'byline') break;
      if (line.role === 'meta' && isHeaderMeta(line.text)) break;
      if (next && (next.role === 'byline' || (next.role === 'meta' && isHeaderMeta(next.text)))) break;
      line.role = 'furniture';
      k = j;
    }
  }
}

/** Lines after which an article is over: the editor's name, a "related stories" list, the copyright. */
const ARTICLE_END = new RegExp(
  `^[（(【\\[]?\\s*(编辑|责任编辑|责编|校对|审核|终审|初审|复审|编审|Editor)\\s*[:：]|${LIST_HEADING.source}|^Contact (?:the )?(?:reporter|editor)s?\\b|版权所有|Copyright|©`,
  'i',
);
/**
 * A paragraph of Chinese prose: a sentence closed by its full stop (or ！？), a closing quote after it allowed.
 * Related-story links are headlines, which end without one.
 */
const CHINESE_SENTENCE = /[\u3400-\u9fff][^。！？]*[。！？][”’」』）)]*$/;
/** Longest line after an end marker still taken for list furniture rather than text. */
const MAX_FURNITURE_LINE = 60;

/**
 * A paywall's teaser, where a page stops showing the article: what follows it until the next headline is
 * the subscription pitch and the site's lists, however long its lines (the pitch is written in sentences).
 */
const PAYWALL = /^(?:This (?:article|story|content) is (?:only )?(?:for|available to) (?:subscribers|members)|(?:Subscribe|Sign in|Log in) to (?:continue|keep) reading|To continue reading|本文为付费内容|订阅后(?:继续)?阅读|开通会员(?:后)?(?:继续)?阅读|付费阅读|剩余\d{1,2}%未读)/i;

/**
 * After an end marker, the short lines until the next headline are page furniture (related-story
 * links, the footer), even though each looks like a line of text; after a paywall, all of them.
 */
function markTrailingFurniture(lines: Line[], nonBlank: number[]): void {
  // 'list': after a list heading only, which may be a card of links set inside the body (延伸阅读): the article
  // goes on if a paragraph of prose follows the list.
  let ended: 'no' | 'list' | 'end' | 'paywall' = 'no';
  // Under a list heading, until the next headline or paragraph: a date line there is a listed story's.
  let inList = false;
  // A paragraph of the article's text read since its headline: an end marker before any (a copyright watermark laid
  // over the text, 版权所有 禁止转载, a 禁止转载 notice at the top) ends nothing, as nothing has been said yet.
  let prose = false;
  for (const i of nonBlank) {
    const line = lines[i];
    if (line.role === 'headline') {
      ended = 'no';
      prose = false;
    }
    if (line.role === 'headline' || (inList && line.role === 'body' && CHINESE_SENTENCE.test(line.text))) inList = false;
    else if (LIST_HEADING.test(line.text)) inList = true;
    else if (inList && line.role === 'meta') line.role = 'furniture';
    if (line.role === 'headline') continue;
    if (PAYWALL.test(line.text)) {
      ended = 'paywall';
      line.role = 'furniture';
    } else if (ended === 'list' && line.role === 'body' && CHINESE_SENTENCE.test(line.text)) ended = 'no';
    // (A caption's credit after a copyright sign, … © Liu Mei/Financial Daily, credits a photo, not the page.)
    else if (ARTICLE_END.test(line.text) && line.role !== 'captionWithCredit') {
      // Once over (an editor line, a paywall), the article stays over.
      if (ended === 'no' || ended === 'list') ended = LIST_HEADING.test(line.text) ? 'list' : prose ? 'end' : ended;
      // A list's heading ("More on this", 相关股票) is no more article text than the list.
      if (line.role === 'body' || line.role === 'caption') line.role = 'furniture';
    } else if (
      ended !== 'no' &&
      (line.role === 'body' || line.role === 'caption') &&
      (ended === 'paywall' || line.text.length <= MAX_FURNITURE_LINE)
    )
      line.role = 'furniture';
    if (line.role === 'body' && line.text.length > MAX_FURNITURE_LINE) prose = true;
  }
}

/**
 * Lines that open an article's first paragraph: 本报讯, 新华社杭州11月5日电, 【新华社】, and English
 * wire datelines ("CHONGQING, Nov. 27 (Xinhua) --"). The line above such a paragraph is its headline,
 * as the briefs on an e-paper page have no byline under the headline (theirs closes the paragraph).
 */
const OPENING = /^(?:本报讯|本报[\u4e00-\u9fff]{1,6}讯|[\u4e00-\u9fff]{2,12}(?:社|台|网|报)[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日(?:电|讯)|【[^】]{1,20}(?:讯|电)】|[A-Z][A-Z .'-]{2,30},(?: [A-Z][A-Za-z .]+,)? [A-Z][a-z]{2,4}\.? \d{1,2} \((?:Xinhua|Reuters|AP|AFP|China Daily)\)\s*(?:--|—|–))/;

/**
 * An office or account that issues a text: 孝义市统计局, 晋江市自然资源局, 樟树市融媒体中心, 宜都发布, a survey team
 * (县政协经济委员会调研组), up to three on one line (于都县统计局　于都县第七次全国人口普查领导小组办公室), and in English
 * Guizhou Provincial Bureau of Statistics, Hangzhou Municipal People's Government.
 */
const ISSUER =
  /^(?:[\u4e00-\u9fff]{2,18}(?:局|委员会|办公室|人民政府|政府|融媒体中心|新闻中心|发布|调研组)[ \u3000]*){1,3}$|^(?:[A-Z][A-Za-z'’-]+ ){1,5}(?:Bureau|Commission|Department|Office|Administration|Government)(?: of(?: [A-Z][A-Za-z'’-]+| and){1,5})?$/;

/** A field of a notice or data sheet: a short label and its value (发行规模：6.5亿元, 项目单位：…). */
const FIELD_LINE = /^[\u4e00-\u9fff]{2,6}[：:]\s*\S/;
/** Two labelled fields or more on one line, their items apart by spaces (留言对象：弥勒市委书记　留言类型：建言). */
const FIELD_ROW = /^[\u4e00-\u9fff]{2,6}[：:][^\s：:]{1,20}\s+[\u4e00-\u9fff]{2,6}[：:]\S/;
/** A field whose value is a date (发行时间：2025年8月14日): a data sheet's, which is the text, not a header's line. */
const DATED_FIELD = /^[\u4e00-\u9fff]{2,6}[：:]\s*(?:19|20)\d{2}/;
/** Longest line of a block of fields, and most lines of one passed between a headline and its date line. */
const MAX_FIELD_LINE = 40;
const MAX_FIELD_LINES = 8;

const SENTENCE_STOP = /[。！？]/;

function isFieldRow(text: string): boolean {
  return FIELD_ROW.test(text) && !SENTENCE_STOP.test(text) && text.replace(SPACES, ' ').length <= MAX_HEADLINE_ZH;
}

const SPACES = /\s+/g;

/** A short labelled field, no sentence (网友：红河山里人, 留言领域：交通), or a row of them. */
function isShortField(line: Line | undefined): boolean {
  if (!line || line.role !== 'body' || line.text.length > MAX_FIELD_LINE || SENTENCE_STOP.test(line.text)) return false;
  return FIELD_LINE.test(line.text) || isFieldRow(line.text);
}

/**
 * Whether the k-th non-blank line belongs to a block of labelled fields (留言对象：… / 留言类型：… / 留言领域：…, a
 * message board's or a document's particulars, with a status tag among them): a row of fields, or a field beside
 * another. A single field is not enough: a headline may put a place before its colon (平江：小辣条做成…).
 */
function inFieldBlock(lines: Line[], nonBlank: number[], k: number): boolean {
  const line = lines[nonBlank[k]];
  if (!isShortField(line)) return false;
  if (isFieldRow(line.text)) return true;
  const neighbour = (step: number) => {
    let n = k + step;
    while (n >= 0 && n < nonBlank.length && isArticleTag(lines[nonBlank[n]].text)) n += step;
    return lines[nonBlank[n]];
  };
  return isShortField(neighbour(-1)) || isShortField(neighbour(1));
}

/** A reply's time under the office that replies (回复时间：2024-04-02 15:06), on a message board or in a Q&A. */
const REPLY_TIME = /^(?:回复|答复|办理|处理)(?:时间|日期)\s*[:：]/;

/**
 * A name alone on a line: an author, or a public account (攸县融媒), in Chinese or as an English name (Lily Chan), or
 * up to three English names, as a research note's authors (Clara Whitfield, Tang Jiayi; Li Wen and Mark Hale).
 */
const AUTHOR_NAME = /^(?:[\u4e00-\u9fff·]{2,8}|[A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2}(?:(?:, | and | & |, and )[A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2}){0,2})$/;

/** Lines that may stand between a headline and its byline: captions, credits, a subtitle, other meta lines. */
const HEADER_GAP_ROLES: LineRole[] = ['credit', 'captionWithCredit', 'byline', 'meta'];

/** Marks as headline the headline-like line just above `k` (over captions and meta), if there is one. */
function markHeadlineAbove(lines: Line[], nonBlank: number[], k: number, headlines: number[], pageHeadline?: string): void {
  // Lone marks passed on the way up (a verified account's V beside its name): they stand between no two lines.
  let marks = 0;
  // Lines of a block of fields passed on the way up (and status tags among them), which count as one meta line.
  let fields = 0;
  const anchor = lines[nonBlank[k]].text;
  for (let j = k - 1, gap = 0; j >= 0 && gap - Math.max(0, fields - 1) <= MAX_HEADER_GAP; j--, gap++) {
    const line = lines[nonBlank[j]];
    if (line.role === 'headline') return;
    if (line.role === 'body' && LONE_MARK.test(line.text)) {
      marks++;
      continue;
    }
    // The particulars of a message or document between its headline and its date line, in labelled fields
    // (留言对象：… / 留言类型：… / 网友：…, or a row of them), with a status tag (已办理): passed like meta lines. Not
    // when the date is itself a field's value (a notice's data sheet, 发行时间：2025年8月14日): the fields are its text.
    if (
      fields < MAX_FIELD_LINES &&
      !DATED_FIELD.test(anchor) &&
      ((line.role === 'furniture' && isArticleTag(line.text) && fields > 0) || inFieldBlock(lines, nonBlank, j))
    ) {
      fields++;
      continue;
    }
    // A line taken for a caption only from where it stands may well be this byline's headline.
    if (line.role === 'caption' && looksLikeHeadline(line)) {
      line.role = 'headline';
      headlines.push(nonBlank[j]);
      return;
    }
    if (HEADER_GAP_ROLES.includes(line.role) || isSubtitle(line)) {
      if (isSubtitle(line)) line.role = 'subtitle';
      continue;
    }
    // The issuing office under a report's or notice's title (孝义市统计局, then the date), the paper alone on its line
    // over its reporters (an info row's items one a line: 上饶日报 / 记者 … / the time), or the author's or account's name
    // alone on its line right over the date (攸县融媒, Lily Chan): the longer line above is the headline, or, for the
    // author's name, a standfirst under the headline (Sixth Tone: headline, dek, Fan Yiling, the date).
    const above = j > 0 ? lines[nonBlank[j - 1]] : undefined;
    // Offices that sign a notice jointly, one a line over the date, under its last sentence (中共…县委人才工作领导小组办公室 /
    // …县人力资源和社会保障局 / 2026年11月10日): a signature, however much the upper office's name looks like a headline.
    if (gap === 0 && ISSUER.test(line.text) && isDateOnly(anchor)) {
      let top = j - 1;
      while (top >= 0 && ISSUER.test(lines[nonBlank[top]].text)) top--;
      if (top >= 0 && top < j - 1 && SENTENCE_END.test(lines[nonBlank[top]].text)) {
        for (let h = top + 1; h <= j; h++) lines[nonBlank[h]].role = 'byline';
        return;
      }
    }
    if (line.role === 'body' && above) {
      const underHeadline = looksLikeHeadline(above);
      const headOverStandfirst = !underHeadline && j > 1 ? headlineOverStandfirst(lines, nonBlank, j - 1) : null;
      // (Over a byline, a short line is a subtitle, not a second author.)
      const overDate = gap === marks && lines[nonBlank[k]].role === 'meta';
      const author = overDate && AUTHOR_NAME.test(line.text) && above.text.length > line.text.length;
      // A release's kind on its own line over the date (Press Release, News Release) names no author.
      if (underHeadline && DOCUMENT_KIND.test(line.text)) {
        line.role = 'meta';
        continue;
      }
      if (underHeadline && (ISSUER.test(line.text) || author || isOutletName(line.text))) {
        line.role = 'byline';
        continue;
      }
      if (headOverStandfirst !== null && author) {
        line.role = 'byline';
        for (let h = headOverStandfirst + 1; h < j; h++) lines[nonBlank[h]].role = 'subtitle';
        lines[nonBlank[headOverStandfirst]].role = 'headline';
        headlines.push(nonBlank[headOverStandfirst]);
        return;
      }
    }
    // An office's name over a date alone, under the text, signs a notice (富平县农业农村局 / 2024年6月3日), and over a
    // reply's time it signs a reply to the message above (弥勒市交通运输局 / 回复时间：…): no headline.
    if (gap === 0 && ISSUER.test(line.text) && (isDateOnly(anchor) || REPLY_TIME.test(anchor))) {
      line.role = 'byline';
      return;
    }
    // A standfirst too long to be a headline, right over the byline (an SCMP dek of 200 characters, a 导语): the
    // shorter headline-like line above it is the headline. Read as a subtitle, its figures stay the article's.
    if (
      gap === 0 && j > 0 &&
      (isLongStandfirst(line, lines[nonBlank[j - 1]]) || isSummaryStandfirst(lines, nonBlank, j) || isRubric(line, lines[nonBlank[j - 1]])) &&
      !inLinkList(lines, nonBlank, j - 1)
    ) {
      line.role = 'subtitle';
      continue;
    }
    // A story linked from a list (推荐阅读 over a card's headline and its date, 相关新闻 over dated links) heads
    // no article of this page, however much its date line looks like a header. (Over reporters' names, the
    // line is a headline even after a sidebar's list: links carry dates, not bylines.)
    const listed = lines[nonBlank[k]].role === 'meta' && inLinkList(lines, nonBlank, j);
    // A date among a notice's fields (债券期限：15年 / 票面利率：2.18% / 付息方式：… / 发行时间：2025年8月14日) dates a
    // field, not a story: the field above it is no headline. (A headline may have a place before ：, 平江：…, and
    // a breadcrumb over it, 当前位置：首页 > 视频, which is furniture, not a field; but not a run of fields.)
    const isField = (n: number) => n >= 0 && lines[nonBlank[n]].role !== 'furniture' && FIELD_LINE.test(lines[nonBlank[n]].text);
    const inFields = FIELD_LINE.test(line.text) && isField(j - 1) && isField(j - 2);
    if ((looksLikeHeadline(line) || repeatsLastCrumb(line, above)) && !listed && !inFields) {
      // An English standfirst (a long dek, or a few bullet points of one) sits under the headline: the
      // shorter line above it is the headline. Under a headline in title case, a standfirst in sentence case is one
      // however short its points.
      let head = j;
      const titled = titleCaseHeadlineAbove(lines, nonBlank, j);
      if (titled !== null) {
        for (let h = titled + 1; h <= j; h++) lines[nonBlank[h]].role = 'subtitle';
        head = titled;
      }
      while (titled === null) {
        const dek = lines[nonBlank[head]];
        const above = head > 0 ? lines[nonBlank[head - 1]] : undefined;
        if (!above || above.role !== 'body' || !looksLikeHeadline(above)) break;
        // A headline's translation right under it, in the other script (a 双语 page's English headline under its
        // Chinese one), is its subtitle however short: the headline is the line the page sets first.
        const translation = head === j && isLatin(dek.text) !== isLatin(above.text);
        if (!translation && (!isLatin(dek.text) || dek.text.length <= MIN_DEK)) break;
        if (!translation && head === j && above.text.length >= dek.text.length) break;
        dek.role = 'subtitle';
        head--;
      }
      const own = pageHeadline === undefined ? null : pageHeadlineAbove(lines, nonBlank, head, pageHeadline);
      if (own !== null) {
        for (let h = own + 1; h <= head; h++) lines[nonBlank[h]].role = 'subtitle';
        head = own;
      }
      lines[nonBlank[head]].role = 'headline';
      headlines.push(nonBlank[head]);
    }
    return;
  }
}

/**
 * A release's or report's kind, printed on its own line between headline and date (UNDP's Press Release, ADB's News
 * Release, the OECD's Country note, a Policy brief): it names no author, and the headline is the line above it.
 */
const DOCUMENT_KIND = /^(?:(?:Press|News|Media) (?:Release|Advisory|Statement)|(?:Country|Policy|Briefing|Technical) (?:Note|Brief)|Fact ?sheet)$/i;
const CRUMB_SEPARATOR = /\s*(?:>>?|»|›|＞)\s*/;

/**
 * A development bank's document names its project after the borrowing country and a colon (People's Republic of
 * China: Hunan Xinhua County Rural Water Supply and Sanitation Project; China, People's Republic of: …).
 */
const LOAN_DOCUMENT_TITLE = /^(?:The )?(?:People['’]s Republic of China|China, People['’]s Republic of|PRC)\s*:\s*[A-Z][^.;:!?]{10,150}\b(?:Project|Program|Programme|Facility)(?:\s*\([A-Z]?\d+\))?$/;
/**
 * A World Bank document names its project without the country and ends the name with the project's ID (Gansu Huining
 * Rural Water Supply Improvement Project (P178215)), under a cover of the Bank's name and the report's kind
 * (Implementation Status & Results Report). On the first line, with no cover, it is found as any headline is.
 */
const WORLD_BANK_PROJECT_TITLE = /^[A-Z][^.;:!?]{10,150}\b(?:Project|Program|Programme)\s*\(P\d{6}\)$/;
/** Lines of a cover (the report's kind, its numbers, date, "Proposed Loan") looked at above such a title. */
const MAX_COVER_LINES = 8;

/**
 * The title of a loan document (an ADB report and recommendation, a World Bank appraisal) among its first lines, under
 * the cover's report kind, project and loan numbers, date and "Proposed Loan": the headline; the cover above it is
 * the document's header, and its date line anchors no headline of its own.
 */
function markLoanDocumentTitle(lines: Line[], nonBlank: number[], headlines: number[]): void {
  const k = nonBlank
    .slice(0, MAX_COVER_LINES + 1)
    .findIndex((i, n) => lines[i].role === 'body' && (LOAN_DOCUMENT_TITLE.test(lines[i].text) || (n > 0 && WORLD_BANK_PROJECT_TITLE.test(lines[i].text))));
  if (k < 0) return;
  for (let j = 0; j < k; j++) if (lines[nonBlank[j]].role === 'body' || lines[nonBlank[j]].role === 'byline') lines[nonBlank[j]].role = 'meta';
  lines[nonBlank[k]].role = 'headline';
  headlines.push(nonBlank[k]);
}

/** A wiki's line under the page's title: From Wikipedia, the free encyclopedia. */
const WIKI_TAGLINE = /^From (?:Wikipedia|Wikivoyage|Wikinews|Baidu Baike|[A-Z][a-z]+pedia)(?:, the free [a-z ]{4,20})?$/;

/**
 * A wiki article opens with its title and, under it, the site's tagline (From Wikipedia, the free encyclopedia): the
 * title is the headline, however short (Enping), and the tagline its header.
 */
function markWikiTitle(lines: Line[], nonBlank: number[], headlines: number[]): void {
  if (nonBlank.length < 2 || !WIKI_TAGLINE.test(lines[nonBlank[1]].text.trim()) || lines[nonBlank[0]].role !== 'body') return;
  lines[nonBlank[1]].role = 'meta';
  lines[nonBlank[0]].role = 'headline';
  headlines.push(nonBlank[0]);
}

/** A journal's masthead line over an article's title: Elsevier's "Contents lists available at ScienceDirect", "journal homepage: …". */
const JOURNAL_MASTHEAD = /^(?:Contents lists available at\s+\S|journal homepage\s*:\s*\S)/i;
/** Lines of a journal's masthead (its citation line, name and homepage) looked at above the title. */
const MAX_MASTHEAD_LINES = 6;
/** One author with affiliation marks after the name: Zhou Meiqi a,*, Peter Hartmann b, Li Na 1,2. */
const MARKED_AUTHOR = String.raw`[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}\s?(?:[a-z\d]|[*†])(?:,\s?(?:[a-z\d]|[*†]))*`;
/** A journal article's authors, each with the marks of an affiliation (Xu Lingfeng a, Zhou Meiqi a,*, Peter Hartmann b). */
const MARKED_AUTHORS = new RegExp(`^${MARKED_AUTHOR}(?:(?:, | and | & |, and )${MARKED_AUTHOR})*$`);
/** An affiliation under the authors, after its mark: a School of Public Affairs, Zhejiang University, Hangzhou …. */
const MARKED_AFFILIATION = /^(?:[a-z\d]|[*†])\s+[A-Z][^.;!?]{5,200}$/;

/**
 * A journal article copied from its publisher's page opens with the journal's masthead (the citation line, "Contents
 * lists available at ScienceDirect", the journal's name, "journal homepage: …"): the line after it is the title, the
 * authors with their affiliation marks under it the byline, and the affiliations header lines, not text (a
 * university's city is not the article's place).
 */
function markJournalTitle(lines: Line[], nonBlank: number[], headlines: number[]): void {
  const first = nonBlank.slice(0, MAX_MASTHEAD_LINES + 1);
  const k = first.findLastIndex((i) => JOURNAL_MASTHEAD.test(lines[i].text)) + 1;
  if (k === 0 || k >= nonBlank.length || !looksLikeHeadline(lines[nonBlank[k]])) return;
  for (let j = 0; j < k; j++) if (lines[nonBlank[j]].role === 'body' || lines[nonBlank[j]].role === 'byline') lines[nonBlank[j]].role = 'meta';
  lines[nonBlank[k]].role = 'headline';
  headlines.push(nonBlank[k]);
  if (k + 1 >= nonBlank.length || !MARKED_AUTHORS.test(lines[nonBlank[k + 1]].text)) return;
  lines[nonBlank[k + 1]].role = 'byline';
  for (let j = k + 2; j < nonBlank.length && MARKED_AFFILIATION.test(lines[nonBlank[j]].text); j++) lines[nonBlank[j]].role = 'meta';
}

/** An account's count of its followers under its name on a social network (2,416 followers, 1.2K followers). */
const FOLLOWER_COUNT = /^[\d,.]+\s?[KkMm]?\+?\s+followers$/i;
/**
 * A feed post's age and audience under its poster's name, as LinkedIn and Facebook print them (1w · 🌐, 3d • Edited • 🌐,
 * 5h ·): when it was posted, never a figure (1w is no width).
 */
const FEED_POST_AGE = /^\d{1,2}\s?(?:s|m|h|d|w|mo|y|yr)\s*[·•](?:\s*Edited\s*[·•])?(?:\s*\p{Extended_Pictographic}\uFE0F?)?$/u;
/** Lines of a post's header above its age: the poster's name, its tagline (Government Administration), its followers. */
const MAX_POSTER_LINES = 3;
/** Longest poster's name: a person's, a firm's or an office's, never a sentence. */
const MAX_POSTER_NAME = 80;

/**
 * A social network's post opens with its header: the poster's name, its tagline and follower count, the post's age
 * (Haian High-tech Zone Investment Promotion Office / 2,416 followers / 1w · 🌐). The name is the byline, the rest
 * header lines, and the post's first line, its hook (What a year for Haian, Jiangsu!), the headline: a post has no other.
 */
function markSocialPostTitle(lines: Line[], nonBlank: number[], headlines: number[]): void {
  const k = nonBlank.slice(1, MAX_POSTER_LINES + 1).findIndex((i) => FEED_POST_AGE.test(lines[i].text.trim())) + 1;
  if (k === 0 || k + 1 >= nonBlank.length) return;
  const poster = lines[nonBlank[0]];
  const hook = lines[nonBlank[k + 1]];
  if (poster.role !== 'body' || poster.text.trim().length > MAX_POSTER_NAME || /[.。!?！？]$/.test(poster.text.trim())) return;
  if (hook.role !== 'body' || !looksLikeHeadline(hook)) return;
  poster.role = 'byline';
  for (let j = 1; j <= k; j++) lines[nonBlank[j]].role = 'meta';
  hook.role = 'headline';
  headlines.push(nonBlank[k + 1]);
}

/** A field of a listed company's issuer block (Company name: …, Representative: …, Contact: …). */
const ISSUER_FIELD = /^(?:Company name|Name of (?:listed )?company|Representative|Contact|Inquiries)\s*:/i;
/** A disclosure's title: Notice Regarding …, Notice Concerning …, Announcement of …. */
const DISCLOSURE_TITLE = /^(?:Notice|Announcement)s?\s+(?:Regarding|Concerning|of|on|about)\s+[A-Z][^.;:!?]{10,150}$/;
/** Lines of an issuer block (date, name, representative, code, contact, phone) looked at above such a title. */
const MAX_ISSUER_LINES = 10;

/**
 * A listed company's disclosure (a Tokyo Stock Exchange timely disclosure in English) opens with its issuer block: the
 * date, `Company name:`, `Representative:`, the securities code, `Contact:`. The first title under it (Notice Regarding
 * …) is the headline, and the block is its header, as a loan document's cover is.
 */
function markDisclosureTitle(lines: Line[], nonBlank: number[], headlines: number[]): void {
  const first = nonBlank.slice(0, MAX_ISSUER_LINES + 1);
  const k = first.findIndex((i) => lines[i].role === 'body' && DISCLOSURE_TITLE.test(lines[i].text));
  if (k < 0 || !first.slice(0, k).some((i) => ISSUER_FIELD.test(lines[i].text))) return;
  for (let j = 0; j < k; j++) if (lines[nonBlank[j]].role === 'body' || lines[nonBlank[j]].role === 'byline') lines[nonBlank[j]].role = 'meta';
  lines[nonBlank[k]].role = 'headline';
  headlines.push(nonBlank[k]);
}

/**
 * A short line under a breadcrumb trail that repeats its last crumb (Home > Invest in Wuzhi > Investment Guide, then
 * Investment Guide) is the page's headline, however few its words.
 */
function repeatsLastCrumb(line: Line, above: Line | undefined): boolean {
  if (line.role !== 'body' || above?.role !== 'furniture') return false;
  const crumbs = above.text.trim().split(CRUMB_SEPARATOR);
  return crumbs.length >= 3 && crumbs.at(-1) === line.text.trim();
}

const squashSpaces = (text: string) => text.replace(SPACES, '');

/**
 * The page's own headline (`pageHeadline`, spaces removed) a few lines over the line `head`, with only short lines
 * between (points of a standfirst, no paragraph and no other headline): its line number, or null.
 */
function pageHeadlineAbove(lines: Line[], nonBlank: number[], head: number, pageHeadline: string): number | null {
  if (squashSpaces(lines[nonBlank[head]].text) === pageHeadline) return null;
  for (let h = head - 1; h >= 0 && h >= head - MAX_STANDFIRST_LINES; h--) {
    const line = lines[nonBlank[h]];
    if (line.role !== 'body') return null;
    if (squashSpaces(line.text) === pageHeadline) return looksLikeHeadline(line) ? h : null;
    if (!looksLikeHeadline(line)) return null;
  }
  return null;
}

/** A line of one or two marks and no word (V, ✓, ·): a verified account's badge, an icon. */
const LONE_MARK = /^[^\u3400-\u9fffA-Za-z]{1,2}$|^[A-Za-z]$/;

/** Words a title-case headline leaves in lower case. */
const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'off', 'on', 'onto', 'over', 'per', 'than', 'to', 'up', 'via', 'vs', 'with']);
const LATIN_WORD = /[A-Za-z][A-Za-z'’-]*/g;

/** An English line in title case: its words after the first, minor words aside, capitalised (four in five at least). */
function isTitleCase(text: string): boolean {
  const words = (text.match(LATIN_WORD) ?? []).slice(1).filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
  return words.length >= 2 && words.filter((w) => w[0] !== w[0].toLowerCase()).length >= words.length * 0.8;
}

/** Fewest words of a title-case headline right over a single line (Special Report: Rural Revitalization is a label). */
const MIN_TITLE_WORDS = 5;
function wordCount(text: string): number {
  return (text.match(LATIN_WORD) ?? []).length;
}

/** Parts of a kicker line, a section and a series: China Macro | Chart of the Week. */
const KICKER_PARTS = /\s[|｜]\s/;

/** Points of a standfirst looked over for the title-case headline above them. */
const MAX_STANDFIRST_LINES = 4;

/**
 * The title-case headline above the standfirst line `j` (a point in sentence case), over the standfirst's other
 * points: "Kunshan Bets on Display Panels …" over "City near Shanghai put 18.5 billion yuan into …"; null when
 * there is none.
 */
function titleCaseHeadlineAbove(lines: Line[], nonBlank: number[], j: number): number | null {
  const point = lines[nonBlank[j]];
  if (!isLatin(point.text) || isTitleCase(point.text)) return null;
  for (let h = j - 1; h >= 0 && h >= j - MAX_STANDFIRST_LINES; h--) {
    const line = lines[nonBlank[h]];
    if (line.role !== 'body' || !isLatin(line.text)) return null;
    // A kicker in parts (China Macro | Chart of the Week: a section and its series) labels the headline under it.
    if (KICKER_PARTS.test(line.text)) return null;
    // (Right over one line, a few title-case words are a section label or kicker over a headline in sentence case.)
    if (isTitleCase(line.text)) return looksLikeHeadline(line) && (h < j - 1 || wordCount(line.text) >= MIN_TITLE_WORDS) ? h : null;
    if (line.text.length > MAX_STANDFIRST_EN) return null;
    // A few words in sentence case are no point of a standfirst but a topic label, under the series' (The Big Read /
    // Chinese business & finance / the headline): the line under them is the headline.
    if (wordCount(line.text) < MIN_TITLE_WORDS) return null;
  }
  return null;
}

/** The headline over the standfirst line `s` (a long dek, or points in sentence case under a title-case headline), or null. */
function headlineOverStandfirst(lines: Line[], nonBlank: number[], s: number): number | null {
  if (s > 0 && isLongStandfirst(lines[nonBlank[s]], lines[nonBlank[s - 1]])) return s - 1;
  return titleCaseHeadlineAbove(lines, nonBlank, s);
}

/** Longest standfirst between a headline and its byline, in characters (a paragraph is longer). */
const MAX_STANDFIRST_EN = 400;
const MAX_STANDFIRST_ZH = 160;
const LATIN_SENTENCE_END = /[.!?](?=\s|$)/g;
/** A line that ends as a sentence does: a full stop (or ! ?) and any closing quote after it. */
const SENTENCE_END = /[。！？.!?][”’」』）)"']*$/;

/** Fewest words of an English rubric under its headline, and of the headline over it (a kicker has fewer). */
const MIN_RUBRIC_WORDS = 10;
const MIN_RUBRIC_HEADLINE_WORDS = 4;

/**
 * Whether `line`, right over the date, is a rubric under the headline `above`, as the Economist prints them: a
 * sentence of ten words or more in sentence case and with no full stop ("A broke city in the north-east shows how far
 * Beijing's debt clean-up has to go") under a headline-like line at most half as long ("Where the money ran out").
 */
function isRubric(line: Line, above: Line): boolean {
  if (line.role !== 'body' || above.role !== 'body' || !isLatin(line.text) || !isLatin(above.text)) return false;
  if (isTitleCase(line.text) || SENTENCE_END.test(line.text) || wordCount(line.text) < MIN_RUBRIC_WORDS) return false;
  return looksLikeHeadline(above) && wordCount(above.text) >= MIN_RUBRIC_HEADLINE_WORDS && above.text.length * 2 <= line.text.length;
}

/**
 * Whether `line`, right over a byline, is the standfirst under the headline `above`: too long for a headline
 * but one or two sentences, no longer than a standfirst, under a headline-like line shorter than itself.
 */
function isLongStandfirst(line: Line, above: Line): boolean {
  const latin = isLatin(line.text);
  if (line.role !== 'body' || above.role !== 'body') return false;
  if (line.text.length <= (latin ? MAX_HEADLINE_EN : MAX_HEADLINE_ZH)) return false;
  const sentences = latin ? (line.text.match(LATIN_SENTENCE_END) ?? []).length : sentenceEnds(line.text);
  if (line.text.length > (latin ? MAX_STANDFIRST_EN : MAX_STANDFIRST_ZH) || sentences > 2) return false;
  return looksLikeHeadline(above) && above.text.length < line.text.length;
}

/**
 * Whether the j-th non-blank line, right over a byline, is a summary of one or two sentences under the headline
 * above it (…浮梁用五年时间把全县茶园面积扩大到20.5万亩，茶产业综合产值突破60亿元。), short enough for a headline but
 * ending as a sentence does: so when the headline opens the text, no sentence of prose standing in the few lines over
 * it (a quote's speaker over his words in a transcript is no headline over a standfirst), and no field of a form
 * (留言编号：…) is the line above.
 */
function isSummaryStandfirst(lines: Line[], nonBlank: number[], j: number): boolean {
  const line = lines[nonBlank[j]];
  const above = j > 0 ? lines[nonBlank[j - 1]] : undefined;
  if (!above || line.role !== 'body' || above.role !== 'body' || looksLikeHeadline(line) || !SENTENCE_END.test(line.text)) return false;
  if (sentenceEnds(line.text) + (line.text.match(LATIN_SENTENCE_END) ?? []).length > 2 || line.text.length > (isLatin(line.text) ? MAX_HEADLINE_EN : MAX_HEADLINE_ZH)) return false;
  if (!looksLikeHeadline(above) || above.text.length >= line.text.length || FIELD_LINE.test(above.text)) return false;
  for (let h = j - 2; h >= 0 && h >= j - 1 - MAX_HEADER_GAP; h--) {
    const before = lines[nonBlank[h]];
    if (before.role === 'body' && SENTENCE_END.test(before.text)) return false;
  }
  return true;
}

/** Lines of a list (links, their dates and counts) looked over for the list's heading. */
const MAX_LIST_LINES = 12;

/**
 * Whether the k-th non-blank line is an item of a list of other stories: a list heading (推荐阅读, 相关新闻,
 * Related stories) stands above it with only the list's short lines between, no paragraph of prose.
 */
function inLinkList(lines: Line[], nonBlank: number[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - MAX_LIST_LINES; j--) {
    const line = lines[nonBlank[j]];
    if (LIST_HEADING.test(line.text)) return true;
    if (line.role === 'headline' || line.text.length > MAX_FURNITURE_LINE || CHINESE_SENTENCE.test(line.text)) return false;
  }
  return false;
}

/** A line that is a date and nothing more (2024年6月3日). */
function isDateOnly(text: string): boolean {
  return text.length <= MAX_DATE_LINE && dateIn(text) !== undefined;
}

/** The issuing office of a report's header line that also dates it (邹平市统计局　2024年10月28日). */
function issuerBeforeDate(text: string): string | undefined {
  const parts = /^(\S+)\s+(\S.*)$/.exec(text);
  return parts && ISSUER.test(parts[1]) && isDateOnly(parts[2]) ? parts[1] : undefined;
}

/** Whether body text follows line `k` (over other header lines): a footer's source line has none after it. */
function bodyFollows(lines: Line[], nonBlank: number[], k: number): boolean {
  for (let j = k + 1; j < nonBlank.length && j <= k + MAX_HEADER_GAP; j++) {
    const line = lines[nonBlank[j]];
    if (line.role === 'body' || line.role === 'caption') return !ARTICLE_END.test(line.text);
    if (line.role === 'meta' && !isHeaderMeta(line.text)) return false;
    // A share bar or a breadcrumb under the source line (分享到：微信 微博) is no footer's end: look past it.
    if (line.role === 'furniture' && !ARTICLE_END.test(line.text)) continue;
    if (!HEADER_GAP_ROLES.includes(line.role)) return false;
  }
  return false;
}

/**
 * "Source: Kunshan Bureau of Statistics" under a chart's or table's title: an English source line with no date
 * credits a figure; a story's header that names its source dates it (Source: Xinhua | 2024-04-22 …) or names a
 * news outlet (Source: Xinhua, Source: China Daily).
 */
const FIGURE_SOURCE = /^(?:Sources?|Data)\s*:/i;
const NEWS_OUTLET = /^(?:Sources?|Data)\s*:\s*(?:Xinhua|China Daily|Global Times|CGTN|China News|People's Daily|Reuters|AP|AFP|Bloomberg|[A-Z][A-Za-z]+ (?:Daily|Times|Post|News))\b/;
function isFigureSource(text: string): boolean {
  return FIGURE_SOURCE.test(text) && !NEWS_OUTLET.test(text) && dateIn(text) === undefined;
}

/**
 * Whether the header meta line `k` is a research note's dateline between its kicker and its headline (CHINA |
 * INDUSTRIAL PROPERTY | RESULTS REVIEW / Equity Research | 26 November 2026 / the headline / its authors): a kicker in
 * parts over it, and under it a headline-like line with a byline right under that. It dates the headline under it,
 * and closes no headline above.
 */
function isDatelineUnderKicker(lines: Line[], nonBlank: number[], k: number): boolean {
  const [kicker, headline, byline] = [lines[nonBlank[k - 1]], lines[nonBlank[k + 1]], lines[nonBlank[k + 2]]];
  return !!kicker && !!headline && !!byline && isLatin(kicker.text) && KICKER_PARTS.test(kicker.text)
    && looksLikeHeadline(headline) && byline.role === 'byline' && !isClosingByline(byline.text);
}

/** Finds the headlines: the lines that bylines, header meta lines and opening paragraphs hang under. */
function markHeadlines(lines: Line[], nonBlank: number[], pageHeadline?: string): number[] {
  const headlines: number[] = [];
  markLoanDocumentTitle(lines, nonBlank, headlines);
  markDisclosureTitle(lines, nonBlank, headlines);
  markWikiTitle(lines, nonBlank, headlines);
  markJournalTitle(lines, nonBlank, headlines);
  markSocialPostTitle(lines, nonBlank, headlines);
  for (let k = 0; k < nonBlank.length; k++) {
    const anchor = lines[nonBlank[k]];
    const isHeaderLine =
      (anchor.role === 'byline' && !isClosingByline(anchor.text)) ||
      (anchor.role === 'meta' && isHeaderMeta(anchor.text) && !isFigureSource(anchor.text));
    if (isHeaderLine && bodyFollows(lines, nonBlank, k) && !(anchor.role === 'meta' && isDatelineUnderKicker(lines, nonBlank, k))) markHeadlineAbove(lines, nonBlank, k, headlines, pageHeadline);
    else if (anchor.role === 'body' && OPENING.test(anchor.text) && k > 0) {
      const above = lines[nonBlank[k - 1]];
      if (above.role !== 'headline' && looksLikeHeadline(above)) {
        above.role = 'headline';
        headlines.push(nonBlank[k - 1]);
      }
    }
  }
  return headlines.sort((a, b) => a - b);
}

const EXCLUDED: Record<string, ExcludedKind> = {
  byline: 'byline',
  caption: 'caption',
  captionWithCredit: 'caption',
  credit: 'credit',
  meta: 'meta',
  furniture: 'furniture',
};

const TRAILING_EMOJI = /[\p{Extended_Pictographic}\uFE0F\u200D]+$/u;
const LEADING_EMOJI = /^(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*)+/u;

/**
 * The second line of an English headline hard-wrapped in plain text (a research note's "Danyang eyewear: lens makers
 * run hot, city bets on a new" / "optics park"): right under a headline that ends on no stop, a shorter line that opens
 * in lower case and closes the block.
 */
function wrappedTitleEnd(lines: Line[], headline: number): Line | undefined {
  const title = lines[headline];
  const next = lines[headline + 1];
  const after = lines[headline + 2];
  if (!next || next.role === 'blank' || next.role === 'headline' || (after && after.role !== 'blank')) return undefined;
  if (!/[a-z]$/i.test(title.text) || !/^[a-z][a-z ,'-]*$/.test(next.text) || next.text.length >= title.text.length) return undefined;
  return next;
}

function buildArticle(lines: Line[], from: number, to: number, headline: number | null): ArticleSegment | null {
  const own = lines.slice(from, to).filter((l) => l.role !== 'blank');
  if (own.length === 0) return null;
  const titleLine = headline !== null ? lines[headline] : undefined;
  const wrapped = headline !== null ? wrappedTitleEnd(lines, headline) : undefined;
  if (wrapped) wrapped.role = 'headline';
  // Posts decorate their titles with emoji (🚀 What a year…, …正式投产！🔥); the title is the words, and the article starts
  // at them.
  const decoration = titleLine === own[0] ? (LEADING_EMOJI.exec(titleLine.text)?.[0].length ?? 0) : 0;
  const article: ArticleSegment = {
    start: own[0].start + decoration,
    end: own[own.length - 1].end,
    title: titleLine ? `${titleLine.text.slice(decoration)}${wrapped ? `\n${wrapped.text}` : ''}`.replace(TRAILING_EMOJI, '').trim() : '',
    titleSpan: titleLine ? { start: titleLine.start + decoration, end: (wrapped ?? titleLine).end } : { start: own[0].start, end: own[0].start },
    excluded: [],
  };
  let inHeader = true;
  let leadText = '';
  let bylineIsIssuer = false;
  let previous: Line | undefined;
  for (const line of own) {
    // The issuing office alone under a report's title (仁寿县统计局), with no date line to mark it: its byline.
    if (line.role === 'body' && inHeader && previous === titleLine && titleLine && !article.byline && ISSUER.test(line.text)) line.role = 'byline';
    previous = line;
    const kind = EXCLUDED[line.role];
    if (kind) article.excluded.push({ start: line.start, end: line.end, kind });
    // A live market quote inside a sentence is the portal's, not the article's.
    else for (const quote of inlineQuotes(line.text)) article.excluded.push({ start: line.start + quote.start, end: line.start + quote.end, kind: 'furniture' });
    // The outlet alone on a line of the header, beside the date (证券时报网): the article's source.
    if (line.role === 'body' && inHeader && line !== titleLine && isOutletName(line.text)) article.source ??= line.text;
    if (line.role === 'body' && line !== titleLine && opensBody(line.text)) {
      if (inHeader) {
        article.lead = { start: line.start, end: line.end };
        leadText = line.text;
      }
      inHeader = false;
    }
    if (line.role === 'byline' && (inHeader || isClosingByline(line.text))) {
      const names = bylineOf(line.text);
      // An office or newsroom alone on its line (腾冲市融媒体中心 over 段晓丽 赵凯) is the byline only until the
      // reporters' names come: then it is the source.
      if (!article.byline || (bylineIsIssuer && names)) {
        if (bylineIsIssuer && article.byline) article.source ??= article.byline;
        article.byline = names ?? line.text;
        bylineIsIssuer = !names;
      }
    }
    if (line.role === 'meta' && inHeader && !article.byline) {
      const names = bylineInMeta(line.text);
      article.byline = names ?? accountName(line.text) ?? issuingSource(line.text);
      bylineIsIssuer = !names && article.byline !== undefined && (ISSUER.test(article.byline) || isOutletName(article.byline));
    }
    // (An outlet or office standing for the byline, 闽西日报 over the date in a mobile page's header, gives way to the
    // reporters its 本报讯 dateline names, and becomes the source.)
    if (line.role === 'body' && (!article.byline || bylineIsIssuer)) {
      const dateline = DATELINE_REPORTERS.exec(line.text);
      const names = datelineByline(line.text) ?? closingByline(line.text);
      if (names && article.byline) article.source ??= article.byline;
      if (names) bylineIsIssuer = false;
      article.byline = names ?? article.byline;
      // The dateline (新华网合肥4月18日电（记者 …）) says where the story was filed and who wrote it, not what it is
      // about: like a byline, it is not body text (its city is not the article's region).
      if (dateline && article.byline === dateline[1]) article.excluded.push({ start: line.start, end: line.start + dateline[0].length, kind: 'byline' });
    }
    if (line.role !== 'headline') article.editor ??= editorIn(line.text);
    if (line.role === 'byline' || line.role === 'meta') {
      if (inHeader) article.date ??= dateIn(line.text);
      // (A chart's or table's source is the figure's, not the article's.)
      if (!isFigureSource(line.text)) article.source ??= sourceIn(line.text);
    }
  }
  // Reporters credited under the text (记者：段晓丽 赵凯), where the header named none or only the newsroom.
  if (!article.byline || bylineIsIssuer) {
    const credit = own.find((l) => l.role === 'byline' && isLabelledByline(l.text));
    // Or in a source line under the text, under an account that posted it (（来源：丽水日报　记者 应晓东 …）).
    const inSource = credit || !article.byline ? undefined : own.find((l) => l.role === 'meta' && sourceIn(l.text) && bylineInMeta(l.text));
    if (credit) {
      if (article.byline) article.source ??= article.byline;
      article.byline = bylineOf(credit.text) ?? credit.text;
    } else if (inSource) {
      article.source ??= article.byline;
      article.byline = bylineInMeta(inSource.text);
    }
  }
  // A notice is signed at its end: the issuing office over the date (晋江市自然资源局 / 2024年7月19日).
  for (let k = 0; !article.byline && k + 1 < own.length; k++)
    if (ISSUER.test(own[k].text) && isDateOnly(own[k + 1].text)) {
      article.byline = own[k].text;
      article.date ??= dateIn(own[k + 1].text);
    }
  // Posts and some portals credit the reporters at the end (来源：长兴县融媒体中心 记者 王佳琪), and an English
  // standfirst may stand between the headline and the "Published:" line: their meta lines still say who and when.
  for (const line of own) {
    if (line.role !== 'meta') continue;
    article.byline ??= bylineInMeta(line.text) ?? issuerBeforeDate(line.text);
    if (isHeaderMeta(line.text)) article.date ??= dateIn(line.text);
  }
  if (article.lead && !article.source) article.source = wireSource(leadText);
  article.source ??= outletOfByline(article.byline);
  // In text order (a dateline's span is pushed after the quotes of its line), as readers of the spans expect.
  article.excluded.sort((a, b) => a.start - b.start);
  return article;
}

/** Clause and sentence marks, which a paragraph has and a header's labels lack. */
const CLAUSE_MARK = /[，,。；;！？!?]/;

/**
 * A line of body text that starts the article's body, rather than a label left in its header: a site
 * name (证券时报网), a toolbar (A- A+ 收藏 评论(128)), a quote box's name (天宜锂业 (sz300960)), a section tag.
 */
function opensBody(text: string): boolean {
  // (A row of labelled fields is a header's, however long its spaces make it.)
  return (text.length > MAX_CAPTION || CLAUSE_MARK.test(text)) && !isFieldRow(text);
}

/**
 * "新华社南宁5月8日电（记者黄庆文、覃星星）记者从…", "本报讯（记者 陈晓东 通讯员 李文涛）12月18日…",
 * "长沙晚报掌上长沙11月26日讯（全媒体记者 刘燕）…": the reporters named in a wire or newspaper dateline.
 */
const DATELINE_REPORTERS = /^[^（(。，]{2,30}[电讯]\s*[（(]([^）)]{2,40})[）)]/;
function datelineByline(line: string): string | undefined {
  const inner = DATELINE_REPORTERS.exec(line)?.[1];
  return inner && bylineOf(inner) ? inner : undefined;
}

/** "…带动11万名茶农增收。（记者 李文 通讯员 邓小红）": the byline in brackets that closes a brief's paragraph. */
const CLOSING_BRACKETS = /[（(]([^（）()]{2,40})[）)]$/;
const REPORTER_ROLE = /记者|通讯员|实习生/;
function closingByline(line: string): string | undefined {
  const inner = CLOSING_BRACKETS.exec(line)?.[1];
  return inner && REPORTER_ROLE.test(inner) && bylineOf(inner) ? inner : undefined;
}

/** "赣鄱新闻记者 钟文杰", "新华社记者 …": the outlet its reporters are named with (本报, "this paper", names none). */
const OUTLET_BEFORE_ROLE = /^([\u4e00-\u9fff·]{2,12}?)(?:首席|特约|见习|全媒体|融媒体)?记者/;
function outletOfByline(byline: string | undefined): string | undefined {
  const outlet = byline && OUTLET_BEFORE_ROLE.exec(byline)?.[1];
  return outlet && !outlet.startsWith('本') && isOutletName(outlet) ? outlet : undefined;
}

/** "来源：兴义发布": a government account or newsroom as the source is the text's author too. */
function issuingSource(line: string): string | undefined {
  const source = sourceIn(line);
  return source && ISSUER.test(source) ? source : undefined;
}

/**
 * "兰溪发布 2024-03-05 18:30 浙江", "原创　连江发布　连江发布　2026年11月26日 18:30　福建": a public account's post header
 * names the account, its author (原创 marks the post as the account's own).
 */
const ACCOUNT_HEADER = /^(?:原创\s+)?([^\s:：|｜\d]{2,12})(?:\s+\1)?\s+(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}/;
function accountName(line: string): string | undefined {
  return ACCOUNT_HEADER.exec(line)?.[1];
}

/** "SUINING, Sichuan, Dec. 1 (Xinhua) -- ...": the agency of an English wire story's dateline. */
const WIRE_DATELINE = /^[A-Z][A-Z .,'-]+[^()]{0,40}\((Xinhua|Reuters|AP|AFP|Bloomberg)\)\s*(--|—|–|-)/;
function wireSource(text: string): string | undefined {
  return WIRE_DATELINE.exec(text)?.[1];
}

/** The label over a commentary or note printed with the news it is about (短评, 【编后】, 记者手记). */
const COMPANION_LABEL = /^[【\[]?\s*(?:短评|快评|点评|微评|短论|时评|编后|编后语|编后记|记者手记|采访手记|记者观察)\s*[】\]]?$/;

/** A name too short for a headline: 永康市, 方岩. */
const SHORT_NAME = /^[\u3400-\u9fff]{2,3}$/;
/** Lines after an entry's name looked at for the paragraph that opens with it (a description, tools, a note between). */
const MAX_ENTRY_GAP = 4;
/** Shortest opening paragraph of an entry (a review note or a description line is shorter). */
const MIN_ENTRY_PARAGRAPH = 40;

/**
 * An encyclopedia entry's title, its name alone on the first line (永康市), too short to pass for a headline: an
 * entry's first paragraph opens with its name (永康市，浙江省辖县级市，…), which a section label or a site's name
 * over a text does not do.
 */
function entryName(lines: Line[], own: number[]): number | null {
  const first = own.length > 0 ? lines[own[0]] : undefined;
  if (!first || first.role !== 'body' || !SHORT_NAME.test(first.text)) return null;
  const opens = own
    .slice(1, 1 + MAX_ENTRY_GAP)
    .map((i) => lines[i])
    .find((l) => l.role === 'body' && l.text.length > MIN_ENTRY_PARAGRAPH);
  return opens?.text.startsWith(first.text) ? own[0] : null;
}

/** The first item of a site's menu. */
const MENU_HOME = /^(?:首页|网站首页|主页|返回首页|Home)$/i;

/** Lines looked at for the headline of an article that has no byline under it (a site name may come first). */
const MAX_LEADING_LINES = 3;

/**
 * A publication's running head (European Business in China Position Paper 2026/2027) over a report's excerpt: the
 * text prints it again at a page's foot, beside the page number (212 ⇥ European Business in China …). It names the
 * publication, not the article.
 */
function isRunningHead(lines: Line[], own: number[], k: number): boolean {
  const text = lines[own[k]].text.trim();
  return own.slice(k + 1).some((i) => {
    const other = lines[i].text.trim();
    return other !== text && other.endsWith(text) ? /^\d{1,4}\s+$/.test(other.slice(0, -text.length)) : other.startsWith(text) && /^\s+\d{1,4}$/.test(other.slice(text.length));
  });
}

/**
 * The headline of a text with no byline or meta line to anchor one: among its first lines, a
 * headline-like line with no full stop that a longer paragraph follows.
 */
function untitledHeadline(lines: Line[], own: number[]): number | null {
  const entry = entryName(lines, own);
  if (entry !== null) return entry;
  // Header lines above the headline (a bulletin's masthead, its issue number, the office and date) are not counted.
  let leading = 0;
  let underRunningHead = false;
  for (let k = 0; leading < MAX_LEADING_LINES && k < own.length - 1; k++) {
    const line = lines[own[k]];
    if (line.role === 'meta' || line.role === 'byline') continue;
    if (isRunningHead(lines, own, k)) {
      underRunningHead = true;
      continue;
    }
    leading++;
    // A site's name over its menu (知识问答社区 / 首页 / 发现) is the masthead.
    if (MENU_HOME.test(lines[own[k + 1]].text)) continue;
    // A paragraph follows within four lines (an author's line or a data sheet's fields may stand between).
    const next = own.slice(k + 1, k + 5);
    const p = next.findIndex((i) => (lines[i].role === 'body' || lines[i].role === 'caption') && lines[i].text.length > line.text.length && !looksLikeHeadline(lines[i]));
    // Under a publication's running head, its chapter's label stands over the excerpt's title (Local Business
    // Environment / Nanjing Chapter / Taicang's one-window reform: …): a longer headline-like line before the paragraph
    // is the headline.
    const longerTitle = underRunningHead && p >= 0 && next.slice(0, p).some((i) => looksLikeHeadline(lines[i]) && lines[i].text.length > line.text.length);
    const paragraph = next.some((i) => (lines[i].role === 'body' || lines[i].role === 'caption') && lines[i].text.length > line.text.length);
    if (looksLikeHeadline(line) && !line.text.includes('。') && paragraph && !longerTitle) return own[k];
  }
  return null;
}

/** The articles in `text`, in order, with offsets into `text`. */
export function segmentArticles(text: string, options: SegmentOptions = {}): ArticleSegment[] {
  const folded = linesReading(text);
  return inTextScript(text, folded, articlesOf(readLines(folded, options)));
}

const FULL_WIDTH_DIGIT = /[０-９]/g;
/** From a full-width digit to its ASCII one. */
const FULL_WIDTH_OFFSET = 0xff10 - 0x30;

/**
 * The text the line rules read: in Simplified (來源 is 来源, 記者 is 记者), and with full-width digits as ASCII ones
 * (a county site typed in full-width forms dates its article 发布时间：２０２４－０６－１８). Both folds are one character
 * for one, so offsets found in it are the text's own.
 */
function linesReading(text: string): string {
  return toSimplified(text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - FULL_WIDTH_OFFSET)));
}

/**
 * The articles' title, byline and source as `text` writes them, for articles read from `folded`, its fold
 * (linesReading): each is cut from `text` where it stands in `folded` (a byline put together from names apart stays folded).
 */
function inTextScript(text: string, folded: string, articles: ArticleSegment[]): ArticleSegment[] {
  if (folded === text) return articles;
  for (const article of articles) {
    const original = (value: string) => {
      const at = folded.indexOf(value, article.start);
      return at >= 0 && at < article.end ? text.slice(at, at + value.length) : value;
    };
    article.title = text.slice(article.titleSpan.start, article.titleSpan.start + article.title.length);
    if (article.byline) article.byline = original(article.byline);
    if (article.source) article.source = original(article.source);
    if (article.editor) article.editor = original(article.editor);
  }
  return articles;
}

/**
 * Non-blank lines after a line whose text can still change the line's role. A byline or header meta
 * line looks MAX_HEADER_GAP lines ahead for body text (bodyFollows), whose role as a caption may hang
 * on the line after it (markCaptions), and then marks a headline up to MAX_HEADER_GAP + 1 lines above
 * itself (markHeadlineAbove). Every other rule looks back, or at the line itself.
 */
const LOOKAHEAD_LINES = 2 * MAX_HEADER_GAP + 2;

/**
 * The first articles of `text`, the beginning of a longer text, that the rest of it cannot change: the
 * same articles, with the same offsets, that `segmentArticles` finds in the whole text. An article is
 * settled once the headline of the one after it is followed by enough lines to be sure of it (the last
 * line of `text` may be cut short and counts for nothing). Lets a long page's first articles be
 * analysed and drawn before the rest of its text is read.
 */
export function settledArticles(text: string, options: SegmentOptions = {}): ArticleSegment[] {
  const folded = linesReading(text);
  const { lines, nonBlank, headlines } = readLines(folded, options);
  // The last non-blank line whose role the rest of the text cannot change, and the articles ending at or before it.
  const lastSettled = nonBlank[nonBlank.length - 2 - LOOKAHEAD_LINES] ?? -1;
  const settled = headlines.filter((h) => h <= lastSettled).length;
  if (settled === 0) return [];
  // The article under the last settled headline may go on past the text: it is left out.
  return inTextScript(text, folded, articlesOf({ lines, nonBlank, headlines: headlines.slice(0, settled) }).slice(0, -1));
}

interface ReadLines {
  lines: Line[];
  nonBlank: number[];
  /** Line numbers of the headlines, in order. */
  headlines: number[];
}

/** The lines of `text`, each with its role in its article. */
function readLines(text: string, { headline }: SegmentOptions = {}): ReadLines {
  const lines = splitLines(text);
  const nonBlank = lines.map((_, i) => i).filter((i) => lines[i].role !== 'blank');
  markCaptions(lines, nonBlank);
  markPolls(lines, nonBlank);
  const headlines = markHeadlines(lines, nonBlank, headline ? squashSpaces(toSimplified(headline)) : undefined);
  markTrailingFurniture(lines, nonBlank);
  return { lines, nonBlank, headlines };
}

function articlesOf({ lines, nonBlank, headlines }: ReadLines): ArticleSegment[] {
  const articles: ArticleSegment[] = [];
  const firstHeadline = headlines[0] ?? lines.length;
  const preambleBody = lines
    .slice(0, firstHeadline)
    .filter((l) => l.role === 'body')
    .reduce((n, l) => n + l.text.length, 0);
  // A header line printed above its headline (Source: Xinhua | 2024-04-22 16:38:05 | Editor: Liu Yan) is that
  // article's, not the end of the one before.
  // The non-blank line before line i (i itself non-blank): the previous line that is not blank.
  const lineAbove = (i: number) => {
    let j = i - 1;
    while (j >= 0 && lines[j].role === 'blank') j--;
    return j;
  };
  const headerAbove = (i: number) => {
    const j = lineAbove(i);
    // (A date alone there may as well close the article before: a notice's signature.)
    return j >= 0 && lines[j].role === 'meta' && isHeaderMeta(lines[j].text) && !isDateOnly(lines[j].text) ? j : undefined;
  };
  // A post's poster, the text's first line, over the post's header lines and its first line (markSocialPostTitle).
  const posterAbove = (h: number) => {
    let j = lineAbove(h);
    while (j >= 0 && lines[j].role === 'meta') j = lineAbove(j);
    return j >= 0 && lines[j].role === 'byline' && lineAbove(j) < 0 ? lines[j].text.trim() : undefined;
  };
  const above = headlines.map(headerAbove);
  if (headlines.length === 0 || preambleBody >= MIN_PREAMBLE_BODY) {
    const title = untitledHeadline(lines, nonBlank.filter((i) => i < firstHeadline));
    const article = buildArticle(lines, title ?? 0, above[0] ?? firstHeadline, title);
    const header = title === null ? undefined : headerAbove(title);
    if (article) articles.push(withHeaderAbove(article, header === undefined ? undefined : lines[header]));
  }
  headlines.forEach((h, i) => {
    const built = buildArticle(lines, h, above[i + 1] ?? headlines[i + 1] ?? lines.length, h);
    if (!built) return;
    const header = above[i];
    const article = withHeaderAbove(built, header === undefined ? undefined : lines[header]);
    article.byline ??= posterAbove(h);
    const news = articles.at(-1);
    const j = lineAbove(h);
    if (news && j >= 0 && COMPANION_LABEL.test(lines[j].text)) {
      article.companion = true;
      article.date ??= news.date;
      article.source ??= news.source;
      // The credits under the commentary close the whole report.
      news.editor ??= article.editor;
    }
    articles.push(article);
  });
  return articles;
}

/** The article with what the header line above its headline says and the article itself does not. */
function withHeaderAbove(article: ArticleSegment, header: Line | undefined): ArticleSegment {
  if (!header) return article;
  article.date ??= dateIn(header.text);
  article.source ??= sourceIn(header.text);
  article.editor ??= editorIn(header.text);
  article.byline ??= bylineInMeta(header.text);
  return article;
}

/**
 * A figure written in a caption, credit or byline is not the article's. One whose number stands in the body and
 * whose unit runs onto the next line is (a data card's "2.1" over "万人", and 万人 reads like a name).
 */
export function startsInExcluded(claim: Span, excluded: readonly Span[]): boolean {
  return excluded.some((span) => claim.start >= span.start && claim.start < span.end);
}
