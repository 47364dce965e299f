/**
 * The one analysis pipeline of the command line, the dashboard, the background worker and the
 * tests: text → articles (segmentation, metadata) → per article its language, claims, relevance and
 * regions. The content script uses utils/articles/analyse.ts directly, without regions, so that the
 * gazetteer (hundreds of kilobytes) stays out of it, and asks the background for them
 * (`resolve-regions` in utils/messages.ts, answered with `regionsOfArticle`).
 */
import { analyseArticles } from './articles/analyse';
import { detectLanguage } from './articles/language';
import { segmentArticles } from './articles/segment';
import type { AnalysisResult, Region } from './articles/types';
import { findRegions } from './regions/find-regions';

export interface AnalyseTextOptions {
  /** Resolve the places each article is about with the gazetteer (default true). */
  resolveRegions?: boolean;
}

export function analyseText(text: string, options: AnalyseTextOptions = {}): AnalysisResult {
  return analyseArticles(text, options.resolveRegions === false ? {} : { findRegions: (query) => findRegions(query) });
}

/** The regions of one article's text, as the background worker answers the content script. */
export function regionsOfArticle(title: string, text: string): Region[] {
  const [segment] = segmentArticles(text);
  return findRegions({
    text,
    title: segment?.title || title,
    lead: segment?.lead,
    excluded: segment?.excluded ?? [],
    language: detectLanguage(text),
  });
}
