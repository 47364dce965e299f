/**
 * Builders for what a page reports (utils/messages.ts PageState) in tests: a figure, an article of
 * figures, and the page around them.
 */
import type { PageArticle, PageClaim, PageState } from '../../../utils/messages';

export function pageClaim(id: string, dismissed = false): PageClaim {
  return {
    id, origin: 'engine', dismissed, start: 0, end: 4, text: '1000亩', value: 1000, unit: 'mu', kind: 'area',
    approx: 'exact', siValue: 666666.67, siUnit: 'm2', subject: '', sentence: '临安盘活1000亩',
  };
}

export function pageArticle(isRegionalDevelopment: boolean, claims: PageClaim[]): PageArticle {
  return {
    index: 0, title: 'T', start: 0, end: 10, language: 'zh', relevance: isRegionalDevelopment ? 0.8 : 0.1,
    isRegionalDevelopment, regions: [], claims, countsByKind: { area: claims.length },
  };
}

export const pageState = (articles: PageArticle[], status: PageState['status'] = 'done'): PageState => ({
  url: 'https://news.example/1', title: 'T', status, articles, savedArticleIds: [], orphans: [],
});
