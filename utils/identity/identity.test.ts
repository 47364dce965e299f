import { describe, expect, it } from 'vitest';
import { articleIdFor, canonicalizeUrl, hashText } from './identity';

describe('canonicalizeUrl', () => {
  it.each([
    ['https://news.example.cn/a/1.html?utm_source=wx&utm_medium=social', 'https://news.example.cn/a/1.html'],
    ['https://news.example.cn/a/1.html?fbclid=abc#comments', 'https://news.example.cn/a/1.html'],
    ['https://news.example.cn/a/1.html?spm=a2c4g.1&id=42&gclid=x', 'https://news.example.cn/a/1.html?id=42'],
    ['https://mp.weixin.qq.com/s?__biz=MzA&mid=2&idx=1&sn=abc&scene=21&from=timeline&isappinstalled=0#wechat_redirect', 'https://mp.weixin.qq.com/s?__biz=MzA&idx=1&mid=2&sn=abc'],
    ['https://NEWS.Example.cn:443/a?b=2&a=1', 'https://news.example.cn/a?a=1&b=2'],
    ['https://news.example.cn/a/1.html?UTM_Campaign=x', 'https://news.example.cn/a/1.html'],
    ['file:///home/me/article.html', 'file:///home/me/article.html'],
    ['not a url', 'not a url'],
  ])('%s → %s', (url, expected) => {
    expect(canonicalizeUrl(url)).toBe(expected);
  });

  it('prefers the page canonical link, resolved against the page', () => {
    expect(canonicalizeUrl('https://m.example.cn/a/1?from=app', '/news/2024/1.html?utm_source=x')).toBe('https://m.example.cn/news/2024/1.html');
    expect(canonicalizeUrl('https://m.example.cn/a/1', 'https://www.example.cn/a/1')).toBe('https://www.example.cn/a/1');
  });

  it('ignores a canonical link that points at the site home page or is not http', () => {
    expect(canonicalizeUrl('https://example.cn/a/1', 'https://example.cn/')).toBe('https://example.cn/a/1');
    expect(canonicalizeUrl('https://example.cn/a/1', 'javascript:alert(1)')).toBe('https://example.cn/a/1');
  });
});

describe('articleIdFor and hashText', () => {
  it('gives one id for one article whatever tracking it came with', () => {
    const a = articleIdFor(canonicalizeUrl('https://e.cn/a?utm_source=1'), '临安如何打好“空间仗”？');
    const b = articleIdFor(canonicalizeUrl('https://e.cn/a#top'), ' 临安如何打好“空间仗”？ ');
    expect(a).toBe(b);
    expect(a).toMatch(/^a-[0-9a-f]{14}$/);
  });

  it('tells two articles on one page apart by title', () => {
    expect(articleIdFor('https://e.cn/paper/1', '甲')).not.toBe(articleIdFor('https://e.cn/paper/1', '乙'));
  });

  it('hashes text ignoring whitespace reflow, but not edits', () => {
    expect(hashText('出让 1000亩\n\n土地')).toBe(hashText('出让 1000亩 土地'));
    expect(hashText('出让1000亩')).not.toBe(hashText('出让1200亩'));
  });
});
