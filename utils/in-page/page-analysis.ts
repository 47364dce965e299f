/**
 * The page's text, split into articles, with their claims: the pipeline step the content script
 * runs. Chinese claims come from the engine right here; English text goes to the background, where
 * the English engine (compromise, ~377 KB) lives so Chinese pages never load it.
 */
import type { ArticleAnalysis, Region } from '../articles/types';
import { detectLanguage } from '../quantities';
import type { Claim } from '../quantities/types';
import { extractChineseClaims } from '../quantities/zh';

export interface AnalysisServices {
  analyseEnglish(text: string): Promise<Claim[]>;
  resolveRegions(title: string, text: string): Promise<Region[]>;
}

/**
 * Articles of the page text. Until article detection (utils/articles) is wired in, the page's
 * whole text is one article, counted as relevant when it holds figures.
 */
export async function analyseText(text: string, title: string, services: AnalysisServices): Promise<ArticleAnalysis[]> {
  if (!text.trim()) return [];
  const language = detectLanguage(text);
  const claims = language === 'zh' ? extractChineseClaims(text) : await services.analyseEnglish(text);
  const regions = claims.length ? await services.resolveRegions(title, text).catch(() => [] as Region[]) : [];
  return [
    {
      title,
      start: 0,
      end: text.length,
      language,
      relevance: claims.length ? 1 : 0,
      isRegionalDevelopment: claims.length > 0,
      regions,
      claims: claims.sort((a, b) => a.start - b.start),
    },
  ];
}
