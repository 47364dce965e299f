/**
 * A commentary printed under the news it is about (短评, 编后, 记者手记: segment.ts marks it a companion) is
 * part of that report: when the news is regional-development news, so is a companion that gives figures,
 * however few of the vocabulary's words its three paragraphs use.
 */
import type { ArticleAnalysis } from './types';

/** Reads each companion piece with the article before it; `companions[i]` says whether article i is one. */
export function readCompanions(articles: ArticleAnalysis[], companions: readonly boolean[]): void {
  for (let i = 1; i < articles.length; i++) {
    const news = articles[i - 1];
    const piece = articles[i];
    if (!companions[i] || !news.isRegionalDevelopment || piece.isRegionalDevelopment || piece.claims.length === 0) continue;
    piece.isRegionalDevelopment = true;
    piece.relevance = Math.max(piece.relevance, news.relevance);
    piece.signals = [...(piece.signals ?? []), `commentary on: ${news.title}`];
  }
}
