// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { initI18n } from '../utils/i18n';
import type { PageArticle } from '../utils/messages';
import { DEFAULT_COLORS } from '../utils/settings';
import { PageSummary } from './PageSummary';
import { renderRoot } from '../tests/unit/support/render-root';

const article: PageArticle = {
  index: 0, title: '德清盘活低效工业用地1000亩', start: 0, end: 40, language: 'zh', relevance: 0.9, isRegionalDevelopment: true,
  regions: [], claims: [], countsByKind: {},
};

describe('PageSummary', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = renderRoot();
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

  describe('for screen readers', () => {
    const withRegions = { ...article, regions: [{ name: '德清县', code: '330521', level: 'county' as const, path: ['浙江省', '湖州市', '德清县'] }] };
    afterEach(async () => {
      fakeBrowser.i18n.getUILanguage = () => 'en-US';
      await initI18n('auto');
    });

    it('introduces the regions with the colon of the interface language', async () => {
      for (const [language, prefix] of [['en-US', 'popup_regions: '], ['zh-CN', 'popup_regions：']]) {
        fakeBrowser.i18n.getUILanguage = () => language;
        await initI18n('auto');
        act(() => render(<PageSummary article={withRegions} colors={DEFAULT_COLORS} />, root));
        expect(root.querySelector('.regions .visually-hidden')!.textContent, language).toBe(prefix);
      }
    });
  });
});
