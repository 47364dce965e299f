// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseForLibrary, textOfFile, UnreadableFileError } from './analysed-file';

const seed = readFileSync(resolve(__dirname, '../../tests/fixtures/seed-zhejiang-page.txt'), 'utf8');
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('analysing a text for the library', () => {
  it('turns the seed e-paper text into four saved articles with the file as source', () => {
    const { saved } = analyseForLibrary(seed, 'seed-zhejiang-page.txt', 1000);
    expect(saved).toHaveLength(4);
    for (const { article, claims } of saved) {
      expect(article.source).toBe('file');
      expect(article.site).toBe('seed-zhejiang-page.txt');
      for (const claim of claims) {
        expect(claim.articleId).toBe(article.id);
        // Saved offsets point into the article's own text.
        expect(article.text.slice(claim.start, claim.end)).toBe(claim.text);
      }
    }
    expect(new Set(saved.map((s) => s.article.id)).size).toBe(4);
    expect(saved.flatMap((s) => s.claims).length).toBeGreaterThan(20);
    const first = saved[0];
    expect(first.claims.some((c) => c.text === '1000亩' && c.unit === 'mu' && c.value === 1000)).toBe(true);
    expect(first.article.regions.map((r) => r.name)).toContain('临安区');
  });

  it('reads HTML files as laid-out text and refuses binary or unknown files', () => {
    const text = textOfFile('page.html', '<html><body><h1>标题</h1><script>var x=1</script><p>出让工业用地1000亩。</p></body></html>', parseHtml);
    expect(text).toContain('标题');
    expect(text).toContain('出让工业用地1000亩。');
    expect(text).not.toContain('var x');
    expect(textOfFile('notes.txt', '一万亩', parseHtml)).toBe('一万亩');
    expect(() => textOfFile('scan.pdf', '%PDF-1.7', parseHtml)).toThrow(UnreadableFileError);
    expect(() => textOfFile('odd.txt', 'ab\u0000cd', parseHtml)).toThrow(UnreadableFileError);
  });
});
