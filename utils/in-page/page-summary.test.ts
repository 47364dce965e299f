import { describe, expect, it } from 'vitest';
import type { PageArticle, PageClaim, PageState } from '../messages';
import { summarizePage } from './page-summary';

function claim(id: string, dismissed = false): PageClaim {
  return {
    id, origin: 'engine', dismissed, start: 0, end: 4, text: '1000亩', value: 1000, unit: 'mu', kind: 'area',
    approx: 'exact', siValue: 666666.67, siUnit: 'm2', subject: '', sentence: '临安盘活1000亩',
  };
}
function article(isRegionalDevelopment: boolean, claims: PageClaim[]): PageArticle {
  return {
    index: 0, title: 'T', start: 0, end: 10, language: 'zh', relevance: isRegionalDevelopment ? 0.8 : 0.1,
    isRegionalDevelopment, regions: [], claims, countsByKind: { area: claims.length },
  };
}
const state = (articles: PageArticle[], status: PageState['status'] = 'done'): PageState => ({
  url: 'https://news.example/1', title: 'T', status, articles, savedArticleIds: [], orphans: [],
});

describe('summarizePage', () => {
  it('counts figures in regional-development articles only, without dismissed ones, and nothing before the analysis is done', () => {
    const page = state([article(true, [claim('a'), claim('b'), claim('c', true)]), article(false, [claim('d')])]);
    expect(summarizePage(page)).toEqual({ url: 'https://news.example/1', title: 'T', status: 'done', relevantClaims: 2 });
    expect(summarizePage({ ...page, status: 'analysing' }).relevantClaims).toBe(0);
  });

  it('carries the error, and none of the claims themselves', () => {
    const summary = summarizePage({ ...state([article(true, [claim('a')])], 'error'), error: 'Cannot read the page' });
    expect(summary).toEqual({ url: 'https://news.example/1', title: 'T', status: 'error', error: 'Cannot read the page', relevantClaims: 0 });
  });
});
