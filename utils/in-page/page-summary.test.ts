import { describe, expect, it } from 'vitest';
import { pageArticle, pageClaim, pageState } from '../../tests/unit/support/page-state';
import { summarizePage } from './page-summary';

describe('summarizePage', () => {
  it('counts articles, and figures in regional-development articles only, without dismissed ones, and nothing before the analysis is done', () => {
    const page = pageState([pageArticle(true, [pageClaim('a'), pageClaim('b'), pageClaim('c', true)]), pageArticle(false, [pageClaim('d')])]);
    expect(summarizePage(page)).toEqual({ url: 'https://news.example/1', title: 'T', status: 'done', relevantClaims: 2, articles: 2 });
    expect(summarizePage({ ...page, status: 'analysing' }).articles).toBe(0);
    expect(summarizePage({ ...page, status: 'analysing' }).relevantClaims).toBe(0);
  });

  it('carries the error, and none of the claims themselves', () => {
    const summary = summarizePage({ ...pageState([pageArticle(true, [pageClaim('a')])], 'error'), error: 'Cannot read the page' });
    expect(summary).toEqual({ url: 'https://news.example/1', title: 'T', status: 'error', error: 'Cannot read the page', relevantClaims: 0, articles: 0 });
  });
});
