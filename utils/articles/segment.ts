/**
 * Splits the text of a page (a newspaper page with several articles, a portal page, a plain
 * article) into articles. Newspapers and news sites lay an article out the same way: a short
 * headline line, a byline (names, or a source/date line) right under it, sometimes with a photo and
 * its caption between the two, then paragraphs. A short line that is *not* followed by a byline is
 * a subheading or a caption, never a new article. That one rule does most of the work; captions and
 * credits are then recognised so that their figures are not reported as the article's claims.
 */
import {
  bylineOf,
  classifyLine,
  dateIn,
  endsSentence,
  isClosingByline,
  isHeaderMeta,
  sourceIn,
  type LineKind,
} from './line-kinds';

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
  /** The first paragraph, where an article names what it is about. */
  lead?: Span;
  /** Captions, credits, bylines, meta lines and page furniture inside [start, end). */
  excluded: Array<Span & { kind: ExcludedKind }>;
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
/** Lines (captions, credits, a subtitle, a second meta line) allowed between a headline and its byline. */
const MAX_HEADER_GAP = 4;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]*(\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const raw = m[0].replace(/[\r\n]+$/, '');
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    const start = m.index + lead;
    lines.push({ start, end: start + trimmed.length, text: trimmed, role: roleOfKind(classifyLine(trimmed)) });
    if (m[0].length === 0 || re.lastIndex >= text.length) break;
  }
  return lines;
}

function roleOfKind(kind: LineKind): LineRole {
  return kind === 'text' ? 'body' : kind;
}

function isLatin(text: string): boolean {
  return !/[\u3400-\u9fff]/.test(text);
}

/** Short, a phrase rather than a sentence (a question or exclamation is fine), and not page furniture. */
function looksLikeHeadline(line: Line): boolean {
  if (line.role !== 'body' && line.role !== 'caption') return false;
  const max = isLatin(line.text) ? MAX_HEADLINE_EN : MAX_HEADLINE_ZH;
  if (line.text.length < 4 || line.text.length > max) return false;
  if (/[。；;，,：:]$/.test(line.text)) return false;
  // A sentence of body text ending in a full stop is not a headline; "?" and "!" are.
  if (/[.]$/.test(line.text) && !/\b(Co|Ltd|Inc|St)\.$/.test(line.text)) return false;
  return (line.text.match(/[。！？]/g) ?? []).length <= 1;
}

function isSubtitle(line: Line): boolean {
  return line.role === 'body' && /^(——|—|--)/.test(line.text) && line.text.length <= MAX_HEADLINE_ZH;
}

/** Marks captions that have no credit of their own, from where they stand. */
function markCaptions(lines: Line[], nonBlank: number[]): void {
  for (let k = 0; k < nonBlank.length; k++) {
    const line = lines[nonBlank[k]];
    if (line.role !== 'body') continue;
    const prev = k > 0 ? lines[nonBlank[k - 1]] : undefined;
    const next = k + 1 < nonBlank.length ? lines[nonBlank[k + 1]] : undefined;
    const short = line.text.length <= MAX_CAPTION;
    const sentences = (line.text.match(/[。！？!?]/g) ?? []).length;
    // The line just above a photo credit is the photo's caption.
    if (short && sentences <= 1 && next?.role === 'credit') line.role = 'caption';
    // A phrase right after a credit belongs to the same picture.
    else if (short && !endsSentence(line.text) && (prev?.role === 'credit' || prev?.role === 'captionWithCredit'))
      line.role = 'caption';
    // A phrase that cuts a sentence in two ("…要讲方 / 青山湖科技城 / 法。…") was laid out inside the paragraph: a caption.
    else if (
      short &&
      !endsSentence(line.text) &&
      prev?.role === 'body' &&
      !endsSentence(prev.text) &&
      prev.text.length > line.text.length &&
      next?.role === 'body'
    )
      line.role = 'caption';
  }
}

/** Lines after which an article is over: the editor's name, a "related stories" list, the copyright. */
const ARTICLE_END = /^[（(【\[]?\s*(编辑|责任编辑|责编|校对|审核|终审|初审|复审|编审|Editor)\s*[:：]|^(相关新闻|相关阅读|相关链接|相关报道|推荐阅读|热点推荐|延伸阅读|更多新闻|Related stories|Related news|Read more|You may also like)\s*[:：]?$|版权所有|Copyright|©/i;
/** Longest line after an end marker still taken for list furniture rather than text. */
const MAX_FURNITURE_LINE = 60;

/**
 * After an end marker, the short lines until the next headline are page furniture (related-story
 * links, the footer), even though each looks like a line of text.
 */
function markTrailingFurniture(lines: Line[], nonBlank: number[]): void {
  let ended = false;
  for (const i of nonBlank) {
    const line = lines[i];
    if (line.role === 'headline') ended = false;
    else if (ARTICLE_END.test(line.text)) ended = true;
    else if (ended && (line.role === 'body' || line.role === 'caption') && line.text.length <= MAX_FURNITURE_LINE)
      line.role = 'furniture';
  }
}

/** Finds the headline that a byline or header meta line hangs under, and marks it. */
function markHeadlines(lines: Line[], nonBlank: number[]): number[] {
  const headlines: number[] = [];
  for (let k = 0; k < nonBlank.length; k++) {
    const anchor = lines[nonBlank[k]];
    const anchors =
      (anchor.role === 'byline' && !isClosingByline(anchor.text)) || (anchor.role === 'meta' && isHeaderMeta(anchor.text));
    if (!anchors) continue;
    for (let j = k - 1, gap = 0; j >= 0 && gap <= MAX_HEADER_GAP; j--, gap++) {
      const line = lines[nonBlank[j]];
      if (line.role === 'headline') break;
      // A line taken for a caption only from where it stands may well be this byline's headline.
      if (line.role === 'caption' && looksLikeHeadline(line)) {
        line.role = 'headline';
        headlines.push(nonBlank[j]);
        break;
      }
      if (['credit', 'captionWithCredit', 'byline', 'meta'].includes(line.role) || isSubtitle(line)) {
        if (isSubtitle(line)) line.role = 'subtitle';
        continue;
      }
      if (looksLikeHeadline(line)) {
        line.role = 'headline';
        headlines.push(nonBlank[j]);
      }
      break;
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

function buildArticle(lines: Line[], from: number, to: number, headline: number | null): ArticleSegment | null {
  const own = lines.slice(from, to).filter((l) => l.role !== 'blank');
  if (own.length === 0) return null;
  const titleLine = headline !== null ? lines[headline] : undefined;
  const article: ArticleSegment = {
    start: own[0].start,
    end: own[own.length - 1].end,
    title: titleLine?.text ?? '',
    titleSpan: titleLine ? { start: titleLine.start, end: titleLine.end } : { start: own[0].start, end: own[0].start },
    excluded: [],
  };
  let inHeader = true;
  for (const line of own) {
    const kind = EXCLUDED[line.role];
    if (kind) article.excluded.push({ start: line.start, end: line.end, kind });
    if (line.role === 'body' && line !== titleLine) {
      if (inHeader) article.lead = { start: line.start, end: line.end };
      inHeader = false;
    }
    if (line.role === 'byline' && !article.byline && (inHeader || isClosingByline(line.text)))
      article.byline = bylineOf(line.text) ?? undefined;
    if (line.role === 'byline' || line.role === 'meta') {
      if (inHeader) article.date ??= dateIn(line.text);
      article.source ??= sourceIn(line.text);
    }
  }
  if (article.lead && !article.source) article.source = wireSource(lines, article.lead);
  return article;
}

/** "SUINING, Sichuan, Dec. 1 (Xinhua) -- ...": the agency of an English wire story's dateline. */
function wireSource(lines: Line[], lead: Span): string | undefined {
  const text = lines.find((l) => l.start === lead.start)?.text ?? '';
  return /^[A-Z][A-Z .,'-]+[^()]{0,40}\((Xinhua|Reuters|AP|AFP|Bloomberg)\)\s*(--|—|–|-)/.exec(text)?.[1];
}

/** The articles in `text`, in order, with offsets into `text`. */
export function segmentArticles(text: string): ArticleSegment[] {
  const lines = splitLines(text);
  const nonBlank = lines.map((_, i) => i).filter((i) => lines[i].role !== 'blank');
  markCaptions(lines, nonBlank);
  const headlines = markHeadlines(lines, nonBlank);
  markTrailingFurniture(lines, nonBlank);

  const articles: ArticleSegment[] = [];
  const firstHeadline = headlines[0] ?? lines.length;
  const preambleBody = lines
    .slice(0, firstHeadline)
    .filter((l) => l.role === 'body')
    .reduce((n, l) => n + l.text.length, 0);
  if (headlines.length === 0 || preambleBody >= MIN_PREAMBLE_BODY) {
    const first = nonBlank.find((i) => i < firstHeadline);
    const titled = first !== undefined && looksLikeHeadline(lines[first]) && !endsSentence(lines[first].text);
    const article = buildArticle(lines, 0, firstHeadline, titled ? first : null);
    if (article) articles.push(article);
  }
  headlines.forEach((h, i) => {
    const article = buildArticle(lines, h, headlines[i + 1] ?? lines.length, h);
    if (article) articles.push(article);
  });
  return articles;
}
