// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { buildComparisonIndex, compareMetric } from '../utils/comparison/compare';
import { makeArticle, makeClaim } from '../tests/unit/support/records';
import { CompareTable } from './CompareTable';

describe('CompareTable', () => {
  it('draws a headline figure the body repeats as one row that says so, and page text as text', () => {
    const title = '射洪签约项目总投资42.3亿元';
    const text = `${title}\n总投资42.3亿元，其中<img src=x onerror=alert(1)>工业项目30亿元。`;
    const money = (id: string, start: number, value: number) =>
      makeClaim('shehong', id, { start, text: `${value}亿元`, value: value * 1e8, unit: 'CNY', kind: 'money', subject: '总投资', sentence: text.split('\n')[1] });
    const library = {
      articles: [makeArticle('shehong', { title, text })],
      claims: [money('head', title.indexOf('42.3'), 42.3), money('body', text.indexOf('42.3', title.length), 42.3), money('other', text.indexOf('30亿元'), 30)],
      annotations: [],
    };
    const comparison = compareMetric(buildComparisonIndex(library), { kind: 'money', family: 'CNY', words: '' });
    document.body.innerHTML = '<div id="root"></div>';
    const root = document.getElementById('root')!;
    render(<CompareTable comparison={comparison} onOpenArticle={() => undefined} />, root);

    const rows = [...root.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-claim-id'));
    expect(rows.sort()).toEqual(['body', 'other']);
    const body = root.querySelector('tr[data-claim-id="body"]')!;
    expect(body.textContent).toContain('also in the headline');
    expect(root.querySelector('tr[data-claim-id="other"]')!.textContent).not.toContain('also in the headline');
    expect(root.querySelector('img')).toBeNull();
  });
});
