/**
 * The corpus's news pages (tests/fixtures/pages) with the built extension: what each page promises
 * in its NAME.expect.json, checked against what the extension actually drew (CSS highlights) and
 * the toolbar badge. Texts are compared with whitespace removed, as the fixtures' README says.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, launchExtensionBrowser, screenshotPath, waitForBadge, type ExtensionBrowser } from './support/extension-browser';
import { fixturesDir, pointAtHighlight } from './support/inpage';
import { pageState } from './support/panels';
import { startStaticServer, type StaticServer } from './support/static-server';

interface Expectation {
  isRegionalDevelopment: boolean;
  articles: Array<{ title: string; byline?: string; date?: string; editor?: string; regions?: Array<{ code: string }> }>;
  mustHighlight: string[];
  mustNotHighlight: string[];
  loadsAfterMs?: number;
  settlesAfterMs?: number;
  /** Most analyses the page may get within a time after it opens, however often its script rewrites its text. */
  analyses?: { withinMs: number; max: number };
  /** Figures whose unit the page's CSS draws, each with its text in the DOM: all a highlight can cover. */
  cssCompleted?: Record<string, string>;
  /** Figures shown as the value of a read-only or disabled form field: read, but no highlight reaches a control's value. */
  formFields?: string[];
  /**
   * Figures hidden at load that a click on the page's own control shows (展开全文, or a 阅读模式 that rewrites the whole
   * document): drawn after the click. `cardBeside`: a figure shown before the click whose card the reader opens before
   * it and again after it, next to the figure both times (a rewrite of the root takes our card's host with it).
   */
  revealedByClick?: { click: string; mustHighlight: string[]; cardBeside?: string };
  /** Figures hidden at load that the page's script shows once the reader scrolls to `scrollTo` (a selector). */
  revealedByScroll?: { scrollTo: string; mustHighlight: string[] };
  /**
   * A link the page follows itself, as Turbo Drive does (`click`, a selector): a new address at once, the next page's
   * body in the old one's place later. Then the page is read as the next page: its title and figures, none of before.
   */
  visitByClick?: { click: string; title: string; mustHighlight: string[] };
  /** The page's article is in this frame of the page's own (an e-paper's content frame). */
  inFrame?: string;
  /**
   * The page's article is the document of its `<iframe srcdoc>`, whose address is `about:srcdoc`: read by the command
   * line, not in the browser, so not a page of this test. The content script is not declared for about: frames
   * (`matchAboutBlank`): that would load it into every ad's about:blank frame as well, about 1.2 ms of script each (a
   * page of twenty such frames: 60 against 36 ms), a cost to every page with ads for a rare layout.
   */
  inSrcdocFrame?: boolean;
  /**
   * A figure whose claim card must open next to it when the reader clicks its highlight: on a page whose body is
   * zoomed (`zoom: 1.25`, a 长辈版) or scaled (`transform: scale()`, an accessibility toolbar's 放大) the card's box
   * is compared with the highlight's as the reader sees both.
   */
  cardBeside?: string;
  /**
   * An edit typed into the page's `contenteditable` article (a CMS preview): the test selects `select` inside `into` (or
   * puts the caret at its end) and types `type` key by key. The highlights and the analysis follow the edited text,
   * and our redraws never disturb the typing: the typed text lands whole, and the caret stays right after it.
   */
  typedEdit?: { into: string; select?: string; type: string; mustHighlight: string[]; mustNotHighlight: string[] };
}

const pagesDir = resolve(fixturesDir, 'pages');
const pages = readdirSync(pagesDir)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''))
  .map((name) => ({ name, expect: JSON.parse(readFileSync(resolve(pagesDir, `${name}.expect.json`), 'utf8')) as Expectation }))
  .filter((p) => !p.expect.inSrcdocFrame);

/**
 * Whitespace removed, and an exponent's superscript digits as the digits the page's source holds: the analysis reads
 * `10<sup>6</sup>` as `10⁶`, as it shows, where a highlight's text and an expectation hold the DOM's `106`.
 */
const squash = (s: string) => s.replace(/\s+/g, '').replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]/g, (c) => (c === '⁻' ? '-' : String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c))));

/**
 * The text a reader sees in each of our claim highlights (not the status, colour or focus ones): a range's text
 * without what the page hides inside it (an anti-copy page's `display:none` or `font-size:0` noise digits) and
 * without characters that show nothing (zero-width spaces, soft hyphens). A collapsed range, whose text the page
 * rewrote since it was drawn, reads ''.
 */
function visibleClaimTexts(page: Page | Frame): Promise<string[]> {
  return page.evaluate(() => {
    const noWidth = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
    const shown = (text: Text) => {
      const el = text.parentElement;
      return !!el && el.checkVisibility({ visibilityProperty: true }) && parseFloat(getComputedStyle(el).fontSize) > 0;
    };
    const out: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('ff-') || /^ff-(status|color|focus)/.test(name)) continue;
      for (const r of highlight as Highlight) {
        const range = r as Range;
        const root = range.commonAncestorContainer;
        const texts: Text[] = [];
        if (root.nodeType === Node.TEXT_NODE) texts.push(root as Text);
        else {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) texts.push(n as Text);
        }
        const parts = texts.filter(shown).map((t) => t.data.slice(t === range.startContainer ? range.startOffset : 0, t === range.endContainer ? range.endOffset : t.length));
        out.push(range.collapsed ? '' : parts.join('').replace(noWidth, ''));
      }
    }
    return out;
  });
}

/** The end of the address of the frame holding the page's article, if a frame does. */
function articleFrame(promise: Expectation): string | undefined {
  return promise.inFrame;
}

/** The highlights drawn in the page and, for a page whose article is in a frame of its own, in that frame. */
async function drawnIn(page: Page, frameUrlEnd?: string): Promise<string[]> {
  const frame = frameUrlEnd ? page.frames().find((f) => f.url().endsWith(frameUrlEnd)) : undefined;
  return [...(await visibleClaimTexts(page)), ...(frame ? await visibleClaimTexts(frame) : [])];
}

/** The figures the content script's analysis read (its claims' texts), whitespace removed. */
async function analysedClaimTexts(browser: ExtensionBrowser, page: Page, frameUrlEnd?: string): Promise<string[]> {
  const state = await pageState(browser, page, frameUrlEnd);
  return state.articles.flatMap((a) => a.claims.map((c) => squash(c.text)));
}

/** Whether a figure (squashed) is inside one of the texts (squashed). */
const covered = (texts: string[], figure: string) => texts.some((t) => t.includes(figure));

/** The visible highlights of the page, whitespace removed. */
async function drawnNow(page: Page): Promise<string[]> {
  return (await visibleClaimTexts(page)).map(squash);
}

/** Which of the figures the page has not drawn (yet). */
async function undrawn(page: Page, figures: string[]): Promise<string[]> {
  const drawn = await drawnNow(page);
  return figures.map(squash).filter((w) => !covered(drawn, w));
}

/**
 * Clicks the highlight of `figure` and checks that the claim card opens next to it, as the reader sees both (the page
 * does not scroll while the card opens): just below or just above the figure, and across it.
 */
async function expectCardBeside(page: Page, figure: string, shot: string): Promise<void> {
  const point = await pointAtHighlight(page, figure);
  await page.mouse.click(point.x, point.y);
  const card = page.locator('figure-finder-ui section.card');
  await card.waitFor();
  // The highlight's box as the reader sees it (the page does not scroll while the card opens).
  const drawnAt = await page.evaluate((text) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('ff-') || /^ff-(status|color|focus)/.test(name)) continue;
      for (const r of highlight as Highlight) {
        if ((r as Range).toString() !== text) continue;
        const { left, right, top, bottom } = (r as Range).getClientRects()[0];
        return { left, right, top, bottom };
      }
    }
    return null;
  }, figure);
  const box = (await card.boundingBox())!;
  await page.screenshot({ path: await screenshotPath(shot) });
  expect(drawnAt).not.toBeNull();
  const { left, right, top, bottom } = drawnAt!;
  // Just below the figure or just above it (the card keeps a gap of 8 px, which the page's zoom may enlarge), and across it.
  const near = (gap: number) => gap >= -1 && gap <= 20;
  expect(near(box.y - bottom) || near(top - (box.y + box.height)), JSON.stringify({ drawnAt, box })).toBe(true);
  expect(box.x, JSON.stringify({ drawnAt, box })).toBeLessThanOrEqual(left + 1);
  expect(box.x + box.width, JSON.stringify({ drawnAt, box })).toBeGreaterThanOrEqual(right - 1);
}

describe('news pages: highlights and badge', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(pagesDir);
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(pages.filter((p) => p.expect.isRegionalDevelopment))('$name: every promised figure highlighted, no forbidden one', async ({ name, expect: promise }) => {
    const page = await browser.context.newPage();
    const url = server.url(`/${name}.html`);
    await page.goto(url);
    const wanted = promise.mustHighlight.map(squash);
    // What a highlight can cover of each: a unit drawn by CSS is no text of the page's.
    const inFields = new Set(promise.formFields ?? []);
    const wantedDrawn = promise.mustHighlight.filter((w) => !inFields.has(w)).map((w) => squash(promise.cssCompleted?.[w] ?? w));
    const timeout = 15_000 + (promise.loadsAfterMs ?? 0) + (promise.settlesAfterMs ?? 0);
    // A promised figure counts as drawn when a highlight covers it: the engine's span may also take in the
    // counted noun ("36.2 million twenty-foot equivalent units" for "36.2 million").
    const drawnHere = async () => (await drawnIn(page, articleFrame(promise))).map(squash);
    const allDrawn = async () => {
      const drawn = await drawnHere();
      return wantedDrawn.every((w) => covered(drawn, w));
    };
    // Wait for the promised figures, or for the time a page may take; what is missing is reported below.
    await expect.poll(allDrawn, { timeout }).toBe(true).catch(() => undefined);
    // A page whose script rewrites its article after load (a count-up, a client render replacing the server's copy)
    // is read as it stands once the script is done, not as it was first drawn.
    if (promise.settlesAfterMs) await page.waitForTimeout(promise.settlesAfterMs);
    // The promised figures may be drawn before the page's other articles are: read the highlights again once
    // the content script says it is done, so that a forbidden figure drawn last is seen too.
    await expect.poll(async () => (await pageState(browser, page, articleFrame(promise)).catch(() => null))?.status, { timeout }).toBe('done');
    const drawn = await drawnHere();
    await page.screenshot({ path: await screenshotPath(`inpage-page-${name}`) });
    expect(wantedDrawn.filter((w) => !covered(drawn, w))).toEqual([]);
    // Drawn where the reader sees the figure, and read as the reader reads it: a hidden digit inside a figure is
    // no part of the analysed text, so the claim's own text is the figure as shown.
    // (Polled: on a page whose script rewrites its figures, the state may still hold the analysis before the last one.)
    const unread = async () => {
      const analysed = await analysedClaimTexts(browser, page, articleFrame(promise));
      return wanted.filter((w) => !covered(analysed, w));
    };
    await expect.poll(unread, { timeout }).toEqual([]);
    // A highlight whose text the page rewrote since (a count-up's frame, a live quote) collapses: none may be left.
    expect(drawn.filter((t) => t === '')).toEqual([]);
    // Nor in a frame of the page (a comment box): what the reader sees there is on the page too.
    const drawnInFrames = (await Promise.all(page.frames().filter((f) => f !== page.mainFrame()).map((f) => visibleClaimTexts(f).catch(() => [])))).flat().map(squash);
    expect(promise.mustNotHighlight.map(squash).filter((w) => covered([...drawn, ...drawnInFrames], w))).toEqual([]);
    expect(await waitForBadge(browser, url, (t) => t !== '')).not.toBe('');
    await page.close();
  });

  it.each(pages.filter((p) => p.expect.revealedByClick || p.expect.revealedByScroll))('$name: what a click or a scroll unfolds is read and drawn, with what was shown before', async ({ name, expect: promise }) => {
    const { mustHighlight } = (promise.revealedByClick ?? promise.revealedByScroll)!;
    const page = await browser.context.newPage();
    await page.goto(server.url(`/${name}.html`));
    await expect.poll(() => undrawn(page, promise.mustHighlight), { timeout: 15_000 }).toEqual([]);
    // A card opened and closed before the click: our UI is then on the page when the page's control rewrites it.
    const cardFigure = promise.revealedByClick?.cardBeside;
    if (cardFigure) {
      await expectCardBeside(page, cardFigure, `inpage-page-${name}-card-before`);
      await page.keyboard.press('Escape');
    }
    // The reader clicks the page's control, or scrolls down to where the rest begins (with the wheel, as a reader does).
    if (promise.revealedByClick) await page.click(promise.revealedByClick.click);
    else {
      const target = page.locator(promise.revealedByScroll!.scrollTo);
      for (let turns = 0; turns < 40 && !(await target.evaluate((el) => el.getBoundingClientRect().top < innerHeight)); turns++) await page.mouse.wheel(0, 400);
    }
    // The page's own change (a class on the body's container or the folded block, `open` on a <details>) shows the
    // folded text: the analysis follows it.
    await expect.poll(() => undrawn(page, [...promise.mustHighlight, ...mustHighlight]), { timeout: 15_000 }).toEqual([]);
    // Read, not only drawn: the panels, the badge and saving take the unfolded figures from the page's analysis.
    const unread = async () => {
      const analysed = await analysedClaimTexts(browser, page);
      return mustHighlight.map(squash).filter((w) => !covered(analysed, w));
    };
    await expect.poll(unread, { timeout: 15_000 }).toEqual([]);
    await page.screenshot({ path: await screenshotPath(`inpage-page-${name}-unfolded`) });
    // And the card opens next to its figure after the click too, on the figure's new node where the page rewrote it.
    if (cardFigure) await expectCardBeside(page, cardFigure, `inpage-page-${name}-card-after`);
    const unfolded = new Set(mustHighlight.map(squash));
    const stillForbidden = promise.mustNotHighlight.map(squash).filter((w) => !unfolded.has(w));
    const drawn = await drawnNow(page);
    expect(stillForbidden.filter((w) => covered(drawn, w))).toEqual([]);
    await page.close();
  });

  it.each(pages.filter((p) => p.expect.visitByClick))('$name: a link the page follows itself is read as the next page, none of the page before left', async ({ name, expect: promise }) => {
    const visit = promise.visitByClick!;
    const page = await browser.context.newPage();
    await page.goto(server.url(`/${name}.html`));
    await expect.poll(() => undrawn(page, promise.mustHighlight), { timeout: 15_000 }).toEqual([]);
    await page.click(visit.click);
    await expect.poll(() => undrawn(page, visit.mustHighlight), { timeout: 15_000 }).toEqual([]);
    // The panels, the badge and saving take the next page's articles: its title, its figures, none of the page before.
    const articlesRead = async () => {
      const state = await pageState(browser, page).catch(() => null);
      return state?.status === 'done' ? state.articles : null;
    };
    await expect.poll(async () => (await articlesRead())?.filter((a) => a.isRegionalDevelopment).map((a) => a.title), { timeout: 15_000 }).toEqual([visit.title]);
    const analysed = (await articlesRead())!.flatMap((a) => a.claims.map((c) => squash(c.text)));
    expect(visit.mustHighlight.map(squash).filter((w) => !covered(analysed, w))).toEqual([]);
    const before = promise.mustHighlight.map(squash);
    const drawn = await drawnNow(page);
    expect(before.filter((w) => covered([...drawn, ...analysed], w))).toEqual([]);
    await page.screenshot({ path: await screenshotPath(`inpage-page-${name}-visited`) });
    await page.close();
  });

  it.each(pages.filter((p) => p.expect.typedEdit))('$name: an edit typed into the article is followed, and typing is not disturbed', async ({ name, expect: promise }) => {
    const edit = promise.typedEdit!;
    const page = await browser.context.newPage();
    await page.goto(server.url(`/${name}.html`));
    // The figures the edit corrects are drawn before it.
    await expect.poll(() => undrawn(page, edit.mustNotHighlight), { timeout: 15_000 }).toEqual([]);
    const before = await page.locator(edit.into).evaluate((el) => el.textContent ?? '');
    // Select the text to correct (or put the caret at the end), as the editor does with the mouse, then type.
    await page.locator(edit.into).evaluate((el, select) => {
      const range = document.createRange();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let found = false;
      for (let n = walker.nextNode(); n && select && !found; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(select);
        if (at < 0) continue;
        range.setStart(n, at);
        range.setEnd(n, at + select.length);
        found = true;
      }
      if (!found) {
        range.selectNodeContents(el);
        range.collapse(false);
      }
      (el.closest('[contenteditable]') as HTMLElement).focus();
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, edit.select ?? '');
    // Key by key, with the pauses of a fast typist: each keystroke is a change of the page our watch sees.
    await page.keyboard.type(edit.type, { delay: 60 });
    const expected = edit.select ? before.replace(edit.select, edit.type) : before + edit.type;
    expect(await page.locator(edit.into).evaluate((el) => el.textContent ?? '')).toBe(expected);
    // Our redraws (after each analysis the edit starts) must leave the caret where the typing left it.
    const caretAfterTyped = () =>
      page.evaluate(({ into, typed }) => {
        const selection = getSelection()!;
        const el = document.querySelector(into)!;
        if (!selection.isCollapsed || !selection.anchorNode || !el.contains(selection.anchorNode)) return false;
        const range = document.createRange();
        range.setStart(el, 0);
        range.setEnd(selection.anchorNode, selection.anchorOffset);
        return range.toString().endsWith(typed);
      }, { into: edit.into, typed: edit.type });
    expect(await caretAfterTyped()).toBe(true);
    await expect.poll(() => undrawn(page, edit.mustHighlight), { timeout: 15_000 }).toEqual([]);
    const unread = async () => {
      const analysed = await analysedClaimTexts(browser, page);
      return edit.mustHighlight.map(squash).filter((w) => !covered(analysed, w));
    };
    await expect.poll(unread, { timeout: 15_000 }).toEqual([]);
    const gone = async () => {
      const drawn = await drawnNow(page);
      const analysed = await analysedClaimTexts(browser, page);
      return edit.mustNotHighlight.map(squash).filter((w) => covered([...drawn, ...analysed], w));
    };
    await expect.poll(gone, { timeout: 15_000 }).toEqual([]);
    // Still where the typing left it once the page has been read again and redrawn.
    expect(await caretAfterTyped()).toBe(true);
    await page.screenshot({ path: await screenshotPath(`inpage-page-${name}-typed`) });
    await page.close();
  });

  it.each(pages.filter((p) => p.expect.cardBeside))('$name: the claim card opens next to its figure', async ({ name, expect: promise }) => {
    const figure = promise.cardBeside!;
    const page = await browser.context.newPage();
    await page.goto(server.url(`/${name}.html`));
    await expect.poll(async () => (await visibleClaimTexts(page)).includes(figure), { timeout: 15_000 }).toBe(true);
    await expectCardBeside(page, figure, `inpage-page-${name}-card`);
    await page.close();
  });

  it.each(pages.filter((p) => p.expect.isRegionalDevelopment))('$name: the panels show each article with its title, byline, date, editor and main region', async ({ name, expect: promise }) => {
    const page = await browser.context.newPage();
    await page.goto(server.url(`/${name}.html`));
    // Regions arrive after the highlights (the gazetteer answers from the background): wait for them.
    const ready = async () => {
      const state = await pageState(browser, page, articleFrame(promise)).catch(() => null);
      const articles = state?.status === 'done' ? state.articles.filter((a) => a.isRegionalDevelopment) : [];
      return articles.length > 0 && articles.every((a) => a.claims.length === 0 || a.regions.length > 0) ? articles : null;
    };
    await expect.poll(ready, { timeout: 15_000 + (promise.loadsAfterMs ?? 0) + (promise.settlesAfterMs ?? 0) }).not.toBeNull();
    const articles = (await ready())!;
    expect(articles.map((a) => a.title)).toEqual(promise.articles.map((a) => a.title));
    promise.articles.forEach((want, i) => {
      const got = articles[i];
      // A byline may hold more than the names ("By Shi Fang in Ningbo", "记者 王佳琪 通讯员 陈晓").
      // (Whitespace aside, as everywhere here: a byline row may set its names apart by ideographic spaces.)
      if (want.byline) expect(squash(got.byline ?? ''), want.title).toContain(squash(want.byline));
      if (want.date) expect(got.date, want.title).toBe(want.date);
      if (want.editor) expect(got.editor, want.title).toBe(want.editor);
      if (want.regions && got.claims.length > 0) expect(want.regions.map((r) => r.code), want.title).toContain(got.regions[0]?.code);
    });
    await page.close();
  });

  it.each(pages.filter((p) => p.expect.analyses))('$name: not analysed again on every rewrite of its live text', async ({ name, expect: promise }) => {
    const { withinMs, max } = promise.analyses!;
    const url = server.url(`/${name}.html`);
    // Each analysis reports its start ('analysing') to the background: count them there, for this page's tab.
    await browser.serviceWorker.evaluate((wanted) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- chrome.* inside the worker
      const g = globalThis as any;
      g.analysesOf = { ...(g.analysesOf ?? {}), [wanted]: 0 };
      g.chrome.runtime.onMessage.addListener((message: { type?: string; summary?: { status?: string } }, sender: { tab?: { url?: string } }) => {
        if (message?.type === 'page-state-changed' && message.summary?.status === 'analysing' && sender.tab?.url === wanted) g.analysesOf[wanted]++;
      });
    }, url);
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(withinMs);
    const analyses = await browser.serviceWorker.evaluate((wanted) => (globalThis as unknown as { analysesOf: Record<string, number> }).analysesOf[wanted], url);
    expect(analyses).toBeGreaterThanOrEqual(1);
    expect(analyses).toBeLessThanOrEqual(max);
    await page.close();
  });

  it.each(pages.filter((p) => !p.expect.isRegionalDevelopment))('$name: not a development article, nothing drawn, no badge', async ({ name }) => {
    const page = await browser.context.newPage();
    const url = server.url(`/${name}.html`);
    await page.goto(url);
    // The content script reports its state when it has looked at the page; give it that long.
    await page.waitForTimeout(2500);
    expect(await visibleClaimTexts(page)).toEqual([]);
    expect(await badgeText(browser, url)).toBe('');
    await page.close();
  });
});
