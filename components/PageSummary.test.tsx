// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageArticle } from '../utils/messages';
import { DEFAULT_COLORS } from '../utils/settings';
import { PageSummary } from './PageSummary';

const article: PageArticle = {
  index: 0, title: '德清盘活低效工业用地1000亩', start: 0, end: 40, language: 'zh', relevance: 0.9, isRegionalDevelopment: true,
  regions: [], claims: [], countsByKind: {},
};

describe('PageSummary', () => {
  let root: HTMLElement;
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.i18n.getMessage = ((key: string, subs?: string[]) => [key, ...(subs ?? [])].join(':')) as typeof fakeBrowser.i18n.getMessage;
    document.body.innerHTML = '<div id="root"></div>';
    root = document.getElementById('root')!;
  });

  it('credits the article as the page does: date, reporters, outlet and editor, as text', () => {
    const credited = { ...article, date: '2024-05-08', byline: '记者 周宏伟', source: '湖州日报', editor: '刘洋<img src=x onerror=alert(1)>' };
    act(() => render(<PageSummary article={credited} colors={DEFAULT_COLORS} />, root));
    const credits = root.querySelector('.credits')!;
    expect(credits.textContent).toBe('2024-05-08 · 记者 周宏伟 · popup_source:湖州日报 · popup_editor:刘洋<img src=x onerror=alert(1)>');
    expect(credits.querySelector('img')).toBeNull();
  });

  it('shows no credits line for an article the page does not credit', () => {
    act(() => render(<PageSummary article={article} colors={DEFAULT_COLORS} />, root));
    expect(root.querySelector('.credits')).toBeNull();
    expect(root.querySelector('h2')!.textContent).toBe(article.title);
  });
});
