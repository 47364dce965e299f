// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseForLibrary, textOfFile, UnreadableFileError } from './analysed-file';

const seed = readFileSync(resolve(__dirname, '../../tests/fixtures/seed-zhejiang-page.txt'), 'utf8');
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const utf8 = (text: string) => new TextEncoder().encode(text);

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
    const text = textOfFile('page.html', utf8('<html><body><h1>标题</h1><script>var x=1</script><p>出让工业用地1000亩。</p></body></html>'), parseHtml);
    expect(text).toContain('标题');
    expect(text).toContain('出让工业用地1000亩。');
    expect(text).not.toContain('var x');
    expect(textOfFile('notes.txt', utf8('一万亩'), parseHtml)).toBe('一万亩');
    expect(() => textOfFile('scan.pdf', utf8('%PDF-1.7'), parseHtml)).toThrow(new UnreadableFileError('scan.pdf', 'not-text'));
    expect(() => textOfFile('odd.txt', utf8('ab\u0000cd'), parseHtml)).toThrow(UnreadableFileError);
  });

  it('reads files saved in a Chinese locale as the command line does: GBK text, a GB2312 page, UTF-16 from Notepad', () => {
    // 临安区新建高标准农田1000亩。 in GBK.
    const linan = Buffer.from('c1d9b0b2c7f8d0c2bda8b8dfb1ead7bcc5a9ccef31303030c4b6a1a3', 'hex');
    expect(textOfFile('notes.txt', linan, parseHtml)).toBe('临安区新建高标准农田1000亩。');
    const page = Buffer.concat([utf8('<html><head><meta charset="gb2312"></head><body><p>'), linan, utf8('</p></body></html>')]);
    expect(textOfFile('page.htm', page, parseHtml)).toContain('临安区新建高标准农田1000亩。');
    const notepad = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('临安区新建高标准农田1000亩。', 'utf16le')]);
    expect(textOfFile('notes.txt', notepad, parseHtml)).toBe('临安区新建高标准农田1000亩。');
  });

  it('refuses text in a character set it cannot tell, saying so rather than showing garbled text', () => {
    // 臺北市 in Big5.
    const refusal = (() => {
      try {
        textOfFile('taipei.txt', Buffer.from('bb4fa55fa5ab', 'hex'), parseHtml);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(UnreadableFileError);
    expect((refusal as UnreadableFileError).reason).toBe('charset');
  });
});
