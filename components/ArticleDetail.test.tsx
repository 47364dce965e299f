// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeArticle, makeClaim, makeNote } from '../tests/unit/support/records';
import { initI18n } from '../utils/i18n';
import type { SavedArticle } from '../utils/store/types';
import { ArticleDetail, valueWithUnit } from './ArticleDetail';
import type { Library } from './useLibrary';

// The dashboard's own strings are in code; only the interface language is read from i18n.
const noFiles = async () => ({});

describe('a figure’s value in the library', () => {
  beforeEach(() => {
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
  });
  afterEach(async () => {
    await initI18n('en', noFiles);
  });

  it('names the unit in the interface language, not the article’s', async () => {
    await initI18n('en', noFiles);
    expect(valueWithUnit(1000, 'mu')).toBe('1,000 mu');
    expect(valueWithUnit(756061, 'm2')).toBe('756,061 m²');
    expect(valueWithUnit(3542870922, 'CNY')).toBe('3,542,870,922 yuan');
    expect(valueWithUnit(61.48, 'percent')).toBe('61.48%');
    // A generic counter (个, 家, 座) has no English word: the number alone, not 个.
    expect(valueWithUnit(110, 'count')).toBe('110');
    await initI18n('zh-CN', noFiles);
    expect(valueWithUnit(1000, 'mu')).toBe('1,000亩');
    expect(valueWithUnit(110, 'count')).toBe('110个');
  });
});

/** An article with one claim the reader marked wrong (corrected, with evidence) and a free note citing a document by name. */
function checkedArticle(evidenceUrl = 'https://www.linan.gov.cn/art/2024/3/18/art_1.html'): SavedArticle {
  const claim = makeClaim('a1', 'c1');
  return {
    article: makeArticle('a1'),
    claims: [claim],
    annotations: [
      makeNote('a1', 'n1', { claimId: 'c1', status: 'wrong', correctedValue: 1280, evidenceUrl }),
      makeNote('a1', 'n2', { note: '见区政府工作报告', status: 'disputed', correctedValue: 42.3, evidenceUrl: '区政府工作报告（2024）' }),
    ],
  };
}

describe('the fact-check in the library', () => {
  const noWrite = (async () => ({ ok: true, value: undefined })) as unknown as Library['write'];
  let root: HTMLElement;
  beforeEach(async () => {
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
    await initI18n('en', noFiles);
    document.body.innerHTML = '<div id="root"></div>';
    root = document.getElementById('root')!;
  });
  afterEach(async () => {
    render(null, root);
    await initI18n('en', noFiles);
  });
  const show = (saved: SavedArticle) => act(() => render(<ArticleDetail saved={saved} write={noWrite} notify={() => undefined} />, root));
  const statusCell = () => root.querySelector('.claims-table tbody td:nth-child(4)')!;

  it('shows the corrected value in the figure’s unit and the evidence as a link that opens a new tab safely', () => {
    show(checkedArticle());
    expect(statusCell().querySelector('.status')!.textContent).toBe('Wrong');
    expect(statusCell().querySelector('.fact-check')!.textContent).toContain('Corrected value: 1,280 mu');
    const link = statusCell().querySelector<HTMLAnchorElement>('.fact-check a')!;
    expect(link.getAttribute('href')).toBe('https://www.linan.gov.cn/art/2024/3/18/art_1.html');
    expect(link.target).toBe('_blank');
    expect(link.rel.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
    // Its name says where it goes and that it opens a new tab.
    expect(link.textContent).toBe('www.linan.gov.cn/art/2024/3/18/art_1.html');
    expect(link.querySelector('[role=img]')!.getAttribute('aria-label')).toBe('(opens in a new tab)');
  });

  it('shows the fact-check of every note where its status is, and evidence that is no web address as text', () => {
    show(checkedArticle());
    const notes = [...root.querySelectorAll('.notes-list li')];
    expect(notes[0].querySelector('.fact-check')!.textContent).toContain('Corrected value: 1,280 mu');
    // A note on selected text has no unit: the number alone.
    expect(notes[1].querySelector('.fact-check')!.textContent).toBe('Corrected value: 42.3Evidence link: 区政府工作报告（2024）');
    expect(notes[1].querySelector('a')).toBeNull();
  });

  it('never makes a link of an address that could run script', () => {
    for (const evidence of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'JaVaScRiPt:alert(1)', ' vbscript:msgbox(1)']) {
      show(checkedArticle(evidence));
      expect(root.querySelector('.fact-check a'), evidence).toBeNull();
      expect(statusCell().querySelector('.evidence-address')!.textContent).toBe(evidence.trim());
    }
  });

  it('shows the latest verdict of a figure several notes judge, whatever their order', () => {
    const saved = checkedArticle();
    const older = makeNote('a1', 'n1', { claimId: 'c1', status: 'wrong', correctedValue: 1280, updatedAt: 2_000 });
    const newer = makeNote('a1', 'n0', { claimId: 'c1', status: 'verified', updatedAt: 3_000 });
    for (const annotations of [[older, newer], [newer, older]]) {
      show({ ...saved, annotations });
      expect(statusCell().querySelector('.status')!.textContent).toBe('Verified');
      expect(root.querySelectorAll('.notes-list li')).toHaveLength(2);
    }
  });

  it('shows nothing more for a figure with a bare status', () => {
    const saved = checkedArticle();
    saved.annotations = [makeNote('a1', 'n1', { claimId: 'c1', status: 'verified' })];
    show(saved);
    expect(statusCell().textContent).toBe('Verified核对国土局公告');
    expect(root.querySelector('.fact-check')).toBeNull();
  });

  it('writes it the Chinese way in Chinese, with the full-width colon in screen-reader labels too', async () => {
    await initI18n('zh-CN', noFiles);
    show(checkedArticle());
    expect(statusCell().querySelector('.fact-check')!.textContent).toBe('更正值：1,280亩证据链接：www.linan.gov.cn/art/2024/3/18/art_1.html');
    expect(statusCell().querySelector('.fact-check [role=img]')!.getAttribute('aria-label')).toBe('（在新标签页中打开）');
    const labels = [...root.querySelectorAll('button [role=img]')].map((icon) => icon.getAttribute('aria-label'));
    expect(labels).toEqual(['不是数据：1000亩', '删除：核对国土局公告', '删除：见区政府工作报告']);
  });
});
