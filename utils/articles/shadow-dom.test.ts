// @vitest-environment happy-dom
/**
 * A page built of web components (tests/fixtures/shadow/msn-like.*): its article is in nested open shadow roots,
 * so the quick look, the article finder and the text map all read the page as it is rendered.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTextMap } from '../text-map';
import { findArticles } from './main-text';
import { quickCheck } from './quick-check';

const fixtures = join(__dirname, '..', '..', 'tests', 'fixtures', 'shadow');

describe('an article inside nested shadow roots', () => {
  beforeAll(async () => {
    const html = readFileSync(join(fixtures, 'msn-like.html'), 'utf8');
    document.title = /<title>(.*)<\/title>/.exec(html)![1];
    document.body.innerHTML = /<body>([\s\S]*)<script/.exec(html)![1];
    new Function(readFileSync(join(fixtures, 'msn-like.js'), 'utf8'))();
    // The body component renders its text a moment after it is connected.
    await new Promise((resolve) => setTimeout(resolve, 400));
  });

  it('passes the quick look on the text in the shadow roots', () => {
    const quick = quickCheck(document);
    expect(quick.passes).toBe(true);
    expect(quick.shadowChars).toBeGreaterThan(300);
  });

  it('is found, its elements are the page’s own, and its span in the text map is the rendered article', () => {
    const [article, ...others] = findArticles(document);
    expect(others).toEqual([]);
    expect(article.root.isConnected).toBe(true);
    expect(article.root.getRootNode()).not.toBe(document);
    const map = buildTextMap(document.body, { useComputedStyle: false });
    const start = map.offsetOf(article.root, 0, 'forward')!;
    const end = map.offsetOf(article.root, article.root.childNodes.length, 'backward')!;
    const text = map.text.slice(start, end);
    expect(text).toContain('全省累计出让工业用地2.1万亩');
    expect(text).toContain('入市交易金额达到9.7亿元');
    // The unslotted child is not rendered, so it is neither in the map nor in the article.
    expect(map.text).not.toContain('5000亩');
    // The headline, passed through two slots, is read where it is shown: above the body.
    expect(map.text.indexOf('盘活存量建设用地3.8万亩')).toBeLessThan(map.text.indexOf('新华社杭州电'));
  });

  it('leaves a page without shadow roots as it was: nothing read in shadow roots', () => {
    const quick = quickCheck(new DOMParser().parseFromString('<p>' + '产业园区出让工业用地'.repeat(10) + '</p>', 'text/html'));
    expect(quick.shadowChars).toBe(0);
  });
});
