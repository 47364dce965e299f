// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClaimCardLayerProps } from '../../components/ClaimCardLayer';
import type { ArticleAnalysis } from '../articles/types';
import type { PageState } from '../messages';
import { extractChineseClaims } from '../quantities/zh';
import { DEFAULT_SETTINGS } from '../settings';
import { buildTextMap, type TextMap } from '../text-map';
import { analysePage, type PageAnalysis } from './page-analysis';
import { InPageSession, type SessionServices } from './session';

// The analysis itself is tested in page-analysis.test.ts: here it is held open, to press keys and click while it runs.
vi.mock('../i18n', async (original) => ({ ...(await original<typeof import('../i18n')>()), t: (key: string) => key }));
vi.mock('./page-analysis', async (original) => ({ ...(await original<typeof import('./page-analysis')>()), analysePage: vi.fn() }));

const ARTICLE = '<p>园区新增供应工业用地862亩，计划总投资9.8亿元，建成后年产值可达15亿元。</p>';

/** The page read as one article, as the analysis would. */
function readPage() {
  const map = buildTextMap(document.body);
  const articles: ArticleAnalysis[] = [
    { title: '园区', start: 0, end: map.text.length, language: 'zh', relevance: 1, isRegionalDevelopment: true, regions: [], claims: extractChineseClaims(map.text) },
  ];
  return { map, articles };
}

/**
 * A session on `html` whose first analysis has drawn its preview and waits for `done()`; it ends with the page as it
 * is then (read again, as the analysis does when the page changed meanwhile).
 */
function sessionAnalysing(html: string, { autoDetect = true, share }: { autoDetect?: boolean; share?: number } = {}) {
  document.body.innerHTML = html;
  const { map, articles } = readPage();
  let began!: () => void;
  const started = new Promise<void>((resolve) => (began = resolve));
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  vi.mocked(analysePage).mockImplementation(async (_doc, _services, options) => {
    began();
    options?.onProgress?.({ map, articles, ...(share === undefined ? {} : { share }) } as unknown as Parameters<NonNullable<typeof options.onProgress>>[0]);
    await finished;
    return { ...readPage(), regionQueries: [] } satisfies PageAnalysis;
  });
  const renders: ClaimCardLayerProps[] = [];
  /** The states told to the popup and side panel. */
  const reports: PageState[] = [];
  const services: SessionServices = {
    analyseEnglish: async () => [],
    resolveRegions: async () => [],
    reportState: async (state) => void reports.push(state),
    findSaved: async () => [],
    save: async () => ({ ok: true }),
    deleteAnnotation: async () => ({ ok: true }),
  };
  const controller = new AbortController();
  sessions.push(controller);
  const session = new InPageSession({
    doc: document,
    settings: { ...DEFAULT_SETTINGS, autoDetect },
    services,
    // (Our layer is on the page once something was drawn in it, as the content script mounts it.)
    ui: { render: (props) => renders.push(props), host: () => (renders.length ? layerHost : null) },
    locale: 'zh-CN',
    signal: controller.signal,
  });
  // Without automatic detection, the reader asks (the popup's button).
  const run = autoDetect ? session.start(false, { quickLookPassed: true }) : session.start(false).then(() => session.handlers()['analyse-now']({ type: 'analyse-now' }));
  const view = () => renders[renders.length - 1]?.view ?? null;
  const done = async () => {
    finish();
    await run;
  };
  /** The box of the form field ringed as the keyboard's place, or null. */
  const ring = () => renders[renders.length - 1]?.focusedField ?? null;
  return { session, map, view, ring, started, done, reports, stop: () => controller.abort() };
}

/** The element our layer is mounted in (never in the page's own tree, so no click or key lands in it). */
const layerHost = document.createElement('figure-finder-ui');

/** Each test's sessions, ended after it (a session listens on the document). */
const sessions: AbortController[] = [];

/** Clicks the page where `text` stands (the caret and boxes a layout engine would give). */
function clickOn(map: TextMap, text: string) {
  const at = map.text.indexOf(text);
  const range = map.toRange(at, at + 1)!;
  caretAt(() => ({ offsetNode: range.startContainer, offset: range.startOffset + 1 }));
  document.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 5, clientY: 5 }));
}

/** What the layout engine answers for the caret under the pointer. */
function caretAt(answer: () => { offsetNode: Node; offset: number } | null) {
  Object.defineProperty(document, 'caretPositionFromPoint', { value: answer, configurable: true });
}

function press(key: string, init: KeyboardEventInit = {}) {
  document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
}

beforeEach(() => {
  // The CSS Custom Highlight API, which the preview needs (fallback marks would change the DOM the analysis reads).
  Object.defineProperty(document.defaultView!, 'CSS', { value: { highlights: new Map() }, configurable: true });
  vi.stubGlobal('Highlight', class extends Set<Range> {
    priority = 0;
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  });
  // (An element laid out has boxes; one out of the document or hidden by its style has none, as in a browser.)
  vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
    const shown = this.isConnected && getComputedStyle(this).display !== 'none';
    return (shown ? [{ left: 0, right: 100, top: 40, bottom: 60 }] : []) as unknown as DOMRectList;
  });
  vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([{ left: 0, right: 100, top: 0, bottom: 20 }] as unknown as DOMRectList);
});

afterEach(() => {
  for (const controller of sessions.splice(0)) controller.abort();
  vi.unstubAllGlobals();
});

describe('InPageSession: input while a first analysis draws its preview', () => {
  it('opens the card of a figure clicked meanwhile once the analysis ends', async () => {
    const { map, view, done } = sessionAnalysing(ARTICLE);
    clickOn(map, '9.8亿元');
    expect(view()).toBeNull();
    await done();
    expect(view()).toMatchObject({ kind: 'claim', claim: { text: '9.8亿元' } });
  });

  it('moves to the first figure and opens its card when Alt+Shift+N and Enter were pressed meanwhile', async () => {
    const { view, done } = sessionAnalysing(ARTICLE);
    press('N', { altKey: true, shiftKey: true });
    press('Enter');
    expect(view()).toBeNull();
    await done();
    expect(view()).toMatchObject({ kind: 'claim', claim: { text: '862亩' } });
  });

  it('opens the card of the figure clicked when the page changed meanwhile and the analysis read it again', async () => {
    const { map, view, done } = sessionAnalysing(ARTICLE);
    clickOn(map, '9.8亿元');
    document.body.insertAdjacentHTML('afterbegin', '<p>通知：今年新开工项目42个</p>');
    await done();
    expect(view()).toMatchObject({ kind: 'claim', claim: { text: '9.8亿元' } });
  });

  it('forgets a figure clicked meanwhile when the reader presses Escape or clicks away', async () => {
    const escaped = sessionAnalysing(ARTICLE);
    clickOn(escaped.map, '9.8亿元');
    press('Escape');
    await escaped.done();
    expect(escaped.view()).toBeNull();
    escaped.stop();

    const away = sessionAnalysing(ARTICLE);
    clickOn(away.map, '9.8亿元');
    caretAt(() => null);
    document.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 500, clientY: 500 }));
    await away.done();
    expect(away.view()).toBeNull();
  });

  it('carries out the last thing the reader asked for: a click after keys opens the clicked figure', async () => {
    const { map, view, done } = sessionAnalysing(ARTICLE);
    press('N', { altKey: true, shiftKey: true });
    press('Enter');
    clickOn(map, '15亿元');
    await done();
    expect(view()).toMatchObject({ kind: 'claim', claim: { text: '15亿元' } });
  });
});

describe('InPageSession: the progress of a first analysis', () => {
  it('tells how far it has got while it runs, the figures found so far in development news, and nothing once done', async () => {
    const { session, started, done } = sessionAnalysing(ARTICLE, { share: 0.375 });
    await started;
    expect(session.state()).toMatchObject({ status: 'analysing', progress: { figures: 3, share: 0.375 } });
    await done();
    expect(session.state().status).toBe('done');
    expect(session.state().progress).toBeUndefined();
  });

  it('tells the progress of a new analysis at once, however soon after the one before told its own', async () => {
    const { session, started, done, reports } = sessionAnalysing(ARTICLE, { share: 0.375 });
    await started;
    expect(reports.at(-1)?.progress).toEqual({ figures: 3, share: 0.375 });
    // A single-page navigation right away (the new page too short for the quick look), and the reader asks for its
    // analysis: it reports its first progress as the first page's did.
    session.navigated();
    void session.handlers()['analyse-now']({ type: 'analyse-now' });
    expect(reports.at(-1)).toMatchObject({ status: 'analysing', progress: { figures: 3, share: 0.375 } });
    await done();
  });

  it('leaves the share out while the page is still being read', async () => {
    const { session, started, done } = sessionAnalysing(ARTICLE);
    await started;
    expect(session.state().progress).toEqual({ figures: 3 });
    await done();
  });
});

describe('InPageSession: a figure in a read-only form field', () => {
  const FORM = '<table><tr><th>计划总投资</th><td><input readonly value="9.8亿元"></td></tr></table>' + ARTICLE;

  async function analysedForm() {
    const analysing = sessionAnalysing(FORM);
    await analysing.done();
    const handlers = analysing.session.handlers();
    const state = handlers['get-page-state']({ type: 'get-page-state' }) as PageState;
    const claimId = state.articles.flatMap((a) => a.claims).find((c) => c.text === '9.8亿元')!.id;
    return { ...analysing, handlers, claimId, field: document.querySelector('input')! };
  }

  it('is reached through its field: the side panel scrolls to it, and its card opens beside it', async () => {
    const { handlers, claimId, field, view } = await analysedForm();
    const scrolled = vi.spyOn(field, 'scrollIntoView');
    expect(handlers['scroll-to-claim']({ type: 'scroll-to-claim', claimId })).toEqual({ ok: true });
    expect(scrolled).toHaveBeenCalled();
    expect(await handlers['open-claim-card']({ type: 'open-claim-card', claimId })).toEqual({ ok: true });
    expect(view()).toMatchObject({ kind: 'claim', claim: { text: '9.8亿元' }, box: { top: 40 } });
  });

  it('is not reached once its field is removed or hidden: no card in the page\'s corner, no scroll said done', async () => {
    const removed = await analysedForm();
    removed.field.remove();
    expect(removed.handlers['scroll-to-claim']({ type: 'scroll-to-claim', claimId: removed.claimId })).toMatchObject({ ok: false });
    expect(await removed.handlers['open-claim-card']({ type: 'open-claim-card', claimId: removed.claimId })).toMatchObject({ ok: false });
    expect(removed.view()).toBeNull();
    removed.stop();

    const hidden = await analysedForm();
    hidden.field.style.display = 'none';
    expect(await hidden.handlers['open-claim-card']({ type: 'open-claim-card', claimId: hidden.claimId })).toMatchObject({ ok: false });
    expect(hidden.view()).toBeNull();
  });

  it('follows its field when a box of the page scrolls it, not the window only', async () => {
    const form = await analysedForm();
    const box = document.createElement('div');
    document.body.prepend(box);
    form.handlers['scroll-to-claim']({ type: 'scroll-to-claim', claimId: form.claimId });
    expect(form.ring()).toMatchObject({ top: 40 });
    vi.spyOn(form.field, 'getClientRects').mockReturnValue([{ left: 0, right: 100, top: 10, bottom: 30 }] as unknown as DOMRectList);
    // (A box's scroll event does not bubble to the window.)
    box.dispatchEvent(new Event('scroll'));
    expect(form.ring()).toMatchObject({ top: 10 });
  });

  it('follows its field when the window is resized and the page flows anew', async () => {
    const form = await analysedForm();
    form.handlers['scroll-to-claim']({ type: 'scroll-to-claim', claimId: form.claimId });
    vi.spyOn(form.field, 'getClientRects').mockReturnValue([{ left: 0, right: 100, top: 90, bottom: 110 }] as unknown as DOMRectList);
    window.dispatchEvent(new Event('resize'));
    expect(form.ring()).toMatchObject({ top: 90 });
  });

  it('goes with its figure: after a single-page navigation, no field the new page keeps is ringed', async () => {
    const navigating = await analysedForm();
    navigating.handlers['scroll-to-claim']({ type: 'scroll-to-claim', claimId: navigating.claimId });
    expect(navigating.ring()).not.toBeNull();
    // (A form the new page keeps, as a single-page application's shell does.)
    navigating.session.navigated();
    expect(navigating.ring()).toBeNull();
  });
});

describe('InPageSession: a single-page navigation', () => {
  it('leaves behind an analysis the reader asked for on the page before (no automatic detection to start a new one)', async () => {
    const { session, started, done, view } = sessionAnalysing(ARTICLE, { autoDetect: false });
    await started;
    press('N', { altKey: true, shiftKey: true });
    session.navigated();
    document.body.innerHTML = '<p>另一页</p>';
    await done();
    const state = session.handlers()['get-page-state']({ type: 'get-page-state' }) as PageState;
    expect(state).toMatchObject({ status: 'idle', articles: [] });
    expect(view()).toBeNull();
  });
});
