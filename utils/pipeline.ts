/**
 * The one analysis pipeline of the command line, the dashboard, the background worker and the
 * tests: text → articles (segmentation, metadata) → per article its language, claims, relevance and
 * regions. The content script uses utils/articles/analyse.ts directly, without regions, so that the
 * gazetteer (hundreds of kilobytes) stays out of it.
 */
import { analyseArticles } from './articles/analyse';
import type { AnalysisResult } from './articles/types';
import { findRegions } from './regions/find-regions';

export interface AnalyseTextOptions {
  /** Resolve the places each article is about with the gazetteer (default true). */
  resolveRegions?: boolean;
}

export function analyseText(text: string, options: AnalyseTextOptions = {}): AnalysisResult {
  return analyseArticles(text, options.resolveRegions === false ? {} : { findRegions: (query) => findRegions(query) });
}
