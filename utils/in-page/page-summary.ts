/**
 * What a page tells the rest of the extension every time its state changes: little enough to send
 * on every change, even on a page of thousands of figures. The background sets the badge from it;
 * an open popup or side panel takes it as the cue to ask the page for its whole state.
 */
import type { PageState, PageSummary } from '../messages';

/** Figures in the page's regional-development articles, leaving out those the reader dismissed. */
export function relevantClaimCount(state: PageState): number {
  if (state.status !== 'done') return 0;
  return state.articles
    .filter((article) => article.isRegionalDevelopment)
    .reduce((sum, article) => sum + article.claims.filter((claim) => !claim.dismissed).length, 0);
}

export function summarizePage(state: PageState): PageSummary {
  return {
    url: state.url,
    title: state.title,
    status: state.status,
    ...(state.error ? { error: state.error } : {}),
    relevantClaims: relevantClaimCount(state),
    articles: state.status === 'done' ? state.articles.length : 0,
  };
}
