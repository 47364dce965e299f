/**
 * The article detector over every hand-labelled fixture in tests/fixtures (written by the corpus
 * helper, not tuned here): text articles with their expected class, titles, bylines, starts and
 * regions, and HTML pages with what must and must not be found on them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText } from '../charset/decode';
import { analyseText } from '../pipeline';
import { attachDeclarativeShadowRoots } from './declarative-shadow';
import { articleText, findArticles } from './main-text';
import { inlineSrcdocFrames } from './srcdoc-frame';
import { writeScriptedHtml } from './written-by-script';

const fixtures = join(__dirname, '..', '..', 'tests', 'fixtures');
const read = (path: string) => readFileSync(path, 'utf8');
/**
 * Whitespace removed, and an exponent's superscript digits as the digits the page's source holds: the article text
 * writes `10<sup>6</sup>` as `10⁶`, as it shows, and an expectation as the DOM's text, `106`.
 */
const squash = (s: string) => s.replace(/\s+/g, '').replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]/g, (c) => (c === '⁻' ? '-' : String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c))));

interface RegionExpect {
  code: string;
  name: string;
}

interface ArticleFileExpect {
  isRegionalDevelopment: boolean;
  titles?: string[];
  bylines?: string[];
  regions?: RegionExpect[];
  articleRegions?: RegionExpect[][];
  captions?: string[];
}

const articleFiles = readdirSync(join(fixtures, 'articles'))
  .filter((f) => f.endsWith('.txt') && !f.endsWith('.traps.txt'))
  .map((f) => f.replace(/\.txt$/, ''));

describe.each(articleFiles)('tests/fixtures/articles/%s', (name) => {
  const base = join(fixtures, 'articles', name);
  const text = read(`${base}.txt`);
  const expected = JSON.parse(read(`${base}.expect.json`)) as ArticleFileExpect;
  const { articles } = analyseText(text);

  it(`is ${expected.isRegionalDevelopment ? '' : 'not '}regional-development news`, () => {
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.map((a) => a.isRegionalDevelopment)).toEqual(articles.map(() => expected.isRegionalDevelopment));
  });

  if (expected.titles)
    it('splits into its articles with their titles, bylines and starts', () => {
      expect(articles.map((a) => a.title)).toEqual(expected.titles);
      if (expected.bylines?.length) expect(articles.map((a) => a.byline)).toEqual(expected.bylines);
      if (existsSync(`${base}.articles.json`)) {
        const starts = (JSON.parse(read(`${base}.articles.json`)) as Array<{ title_start: number }>).map((a) => a.title_start);
        expect(articles.map((a) => a.start)).toEqual(starts);
      }
    });

  if (expected.regions)
    it('names the main county or city first', () => {
      // Per article where the file gives them; the first region must be the article's county or its prefecture.
      const perArticle = expected.articleRegions ?? [expected.regions!];
      perArticle.forEach((want, i) => {
        expect(want.map((r) => r.code)).toContain(articles[i].regions[0]?.code);
      });
    });

  if (expected.captions)
    it('reports no claim inside a photo caption or credit', () => {
      const claims = articles.flatMap((a) => a.claims);
      for (const caption of expected.captions!) {
        const at = text.indexOf(caption);
        expect(at).toBeGreaterThanOrEqual(0);
        expect(claims.filter((c) => c.start >= at && c.end <= at + caption.length)).toEqual([]);
      }
    });
});

interface PageExpect {
  isRegionalDevelopment: boolean;
  loadsAfterMs?: number;
  /** The article is written into the page by an inline script of literals as it loads (document.write). */
  writtenByScript?: boolean;
  /** Figures whose number a script counts up after load: the HTML holds 0, and no script runs here. */
  animatedTexts?: string[];
  articles: Array<{ title: string; byline?: string; editor?: string; regions?: RegionExpect[] }>;
  mustHighlight: string[];
  mustNotHighlight: string[];
  hiddenTexts?: string[];
  /** The article is in this frame of the page's own: the frame's content script reads the framed page. */
  inFrame?: string;
  /**
   * The page's script gives a component its shadow root, whose slots lay the article out: no script runs here, so the
   * light DOM is read in its own order (the body before the headline), its figures but not its header.
   */
  shadowByScript?: boolean;
}

const windows: Window[] = [];
afterAll(async () => {
  await Promise.all(windows.map((w) => w.happyDOM.close()));
});

const pageFiles = readdirSync(join(fixtures, 'pages'))
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''));

describe.each(pageFiles)('tests/fixtures/pages/%s.html', (name) => {
  const expected = JSON.parse(read(join(fixtures, 'pages', `${name}.expect.json`))) as PageExpect;
  // Scripts stay off, as on a page the content script reads before they run.
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  windows.push(window);
  // The page's bytes by the charset it declares (a county site's GB2312), as the command line reads them.
  window.document.write(decodeText(readFileSync(join(fixtures, 'pages', expected.inFrame ?? `${name}.html`)), true));
  // What an inline script of literals writes as the page loads (document.write), as the browser's parser writes it
  // before the content script reads the page, and as the command line writes it in (cli/html.ts).
  writeScriptedHtml(window.document as unknown as Document);
  // A browser's parser attaches declarative shadow roots; happy-dom's does not, and the command line does it after.
  attachDeclarativeShadowRoots(window.document as unknown as Document);
  // An article's body in an `<iframe srcdoc>` is the page's own text, read where the frame stands (as cli/html.ts).
  inlineSrcdocFrames(window.document as unknown as Document);
  const pages = findArticles(window.document as unknown as Document);
  const texts = pages.map(articleText);
  const articles = texts.flatMap((t) => analyseText(t).articles);

  if (expected.loadsAfterMs) {
    it('holds no article before its script has run', () => {
      expect(pages).toEqual([]);
    });
    return;
  }

  if (!expected.isRegionalDevelopment) {
    it('is not taken for a regional-development article', () => {
      expect(articles.filter((a) => a.isRegionalDevelopment)).toEqual([]);
    });
    return;
  }

  if (!expected.shadowByScript) it('finds its articles with titles, bylines and main regions', () => {
    expect(articles.map((a) => a.title)).toEqual(expected.articles.map((a) => a.title));
    expected.articles.forEach((want, i) => {
      expect(articles[i].isRegionalDevelopment).toBe(true);
      // Bylines as printed; a page may print more after the name ("By Shi Fang in Ningbo"). A page of one article
      // completes its byline from the page's own (Readability's), as the command line does (cli/claims.ts).
      const byline = articles[i].byline ?? (pages.length === 1 && articles.length === 1 ? pages[0].byline : undefined);
      // (Whitespace aside: the page's text may set names apart by ideographic spaces, the command line by spaces.)
      if (want.byline) expect(squash(byline ?? '').startsWith(squash(want.byline)), byline).toBe(true);
      if (want.editor) expect(articles[i].editor).toBe(want.editor);
      if (want.regions) expect(want.regions.map((r) => r.code)).toContain(articles[i].regions[0]?.code);
    });
  });

  it('keeps every figure of the article text and leaves out hidden text and page furniture', () => {
    const all = squash(texts.join(''));
    const animated = new Set(expected.animatedTexts ?? []);
    for (const figure of expected.mustHighlight) if (!animated.has(figure)) expect(all).toContain(squash(figure));
    for (const hidden of expected.hiddenTexts ?? []) expect(all).not.toContain(squash(hidden));
    const claimTexts = articles.flatMap((a) => a.claims.map((c) => squash(c.text)));
    for (const text of expected.mustNotHighlight) expect(claimTexts).not.toContain(squash(text));
  });
});
