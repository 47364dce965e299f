/**
 * The article stage of the pipeline without the gazetteer: segment the text, then for each article
 * its language, claims (captions, credits and bylines dropped), metadata and relevance. Regions come
 * from a resolver the caller passes in, so the content script can run this without bundling the
 * gazetteer (utils/pipeline.ts passes the real one for the command line, background and dashboard).
 */
import type { Claim } from '../quantities/types';
import { extractClaims } from '../quantities';
import { readCompanions } from './companion';
import { detectLanguage } from './language';
import { scoreRelevance } from './relevance';
import { segmentArticles, startsInExcluded, type ArticleSegment, type Span } from './segment';
import type { AnalysisResult, ArticleAnalysis, Region } from './types';

/** What a region resolver sees of one article: its text (offsets relative to it) and where the title and lead are. */
export interface RegionQuery {
  text: string;
  title: string;
  /** The first paragraph, relative to `text`. */
  lead?: Span;
  /** Captions, credits and bylines, relative to `text`: place names there say less about the article. */
  excluded: Span[];
  language: 'zh' | 'en';
}

export type RegionResolver = (query: RegionQuery) => Region[];

export interface AnalyseOptions {
  findRegions?: RegionResolver;
}

/** The article's text with captions, credits, bylines and furniture blanked out (same length, same offsets). */
function bodyText(text: string, segment: ArticleSegment): string {
  let out = '';
  let at = segment.start;
  for (const span of segment.excluded) {
    out += text.slice(at, span.start) + ' '.repeat(span.end - span.start);
    at = span.end;
  }
  return out + text.slice(at, segment.end);
}

function analyseSegment(text: string, segment: ArticleSegment, options: AnalyseOptions): ArticleAnalysis {
  const own = text.slice(segment.start, segment.end);
  const language = detectLanguage(own);
  const claims: Claim[] = extractClaims(own, { language })
    .map((c) => ({ ...c, start: c.start + segment.start, end: c.end + segment.start }))
    // A figure never runs from one table cell into the next (a row's number 2 and 张桥镇 in the next cell): the
    // page's own reading keeps a figure inside one block, and a tab is where a text's cells meet.
    .filter((c) => !startsInExcluded(c, segment.excluded) && !c.text.includes('\t'));
  const relative = (s: Span): Span => ({ start: s.start - segment.start, end: s.end - segment.start });
  const regions =
    options.findRegions?.({
      text: own,
      title: segment.title,
      lead: segment.lead && relative(segment.lead),
      excluded: segment.excluded.map(relative),
      language,
    }) ?? [];
  const { relevance, isRegionalDevelopment, signals } = scoreRelevance({
    text: bodyText(text, segment),
    title: segment.title,
    language,
    claims,
    regions,
    issuer: [segment.byline, segment.source].filter(Boolean).join('\n'),
  });
  const article: ArticleAnalysis = {
    title: segment.title,
    start: segment.start,
    end: segment.end,
    language,
    relevance,
    isRegionalDevelopment,
    regions,
    claims,
    signals,
  };
  if (segment.byline) article.byline = segment.byline;
  if (segment.date) article.date = segment.date;
  if (segment.source) article.source = segment.source;
  if (segment.editor) article.editor = segment.editor;
  return article;
}

export function analyseArticles(text: string, options: AnalyseOptions = {}): AnalysisResult {
  const segments = segmentArticles(text);
  const articles = segments.map((segment) => analyseSegment(text, segment, options));
  readCompanions(articles, segments.map((s) => s.companion === true));
  return { articles };
}
