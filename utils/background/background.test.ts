import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageArticle, pageClaim, pageState } from '../../tests/unit/support/page-state';
import type { ContentRequest, PageArticle } from '../messages';
import { routeBackgroundMessages, sendToBackground, sendToPage } from '../messaging';
import type { SavedArticle } from '../store/types';
import { summarizePage } from '../in-page/page-summary';
import { badgeText } from './badge';
import { PageFrames } from './frames';
import { createBackgroundHandlers, followTabNavigation, type BackgroundServices } from './handlers';
import { MENU_ADD_FIGURE, MENU_ADD_NOTE, MENU_ANALYSE_PAGE, onMenuClicked } from './menus';
import { dashboardUrl } from './pages';

const saved: SavedArticle[] = [];
const services: BackgroundServices = {
  frames: new PageFrames(null),
  analyseEnglish: () => [],
  resolveRegions: () => [],
  library: {
    saveArticle: async (s) => {
      if (s.article.id === 'full') throw new Error('The disk is full');
      saved.push(s);
    },
    findSavedArticles: async (_url, canonicalUrl) => saved.filter((s) => s.article.canonicalUrl === canonicalUrl),
    putAnnotation: async () => undefined,
    deleteAnnotation: async () => undefined,
    putClaim: async () => undefined,
  },
};

describe('the badge', () => {
  it.each([
    [0, ''],
    [7, '7'],
    [999, '999'],
    [1200, '999+'],
  ])('shows %i as %j', (count, text) => expect(badgeText(count)).toBe(text));
});

describe('background handlers', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    saved.length = 0;
    services.frames = new PageFrames(fakeBrowser.storage.session);
    routeBackgroundMessages(createBackgroundHandlers(services));
  });

  it('sets the sending tab’s badge from its page state and clears it when the tab goes to a new address, not a new #fragment', async () => {
    const page = pageState([pageArticle(true, [pageClaim('a'), pageClaim('b')])]);
    await followTabNavigation(services.frames, 3, { url: 'https://news.example/1' });
    await new Promise((replied) => {
      void fakeBrowser.runtime.onMessage.trigger({ type: 'page-state-changed', summary: summarizePage(page) }, { tab: { id: 3 } as never, frameId: 0 }, replied);
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('2');
    // A table-of-contents link, and a frame of the page loading (Chrome: the tab is "loading", no address).
    await followTabNavigation(services.frames, 3, { url: 'https://news.example/1#part-2' });
    await followTabNavigation(services.frames, 3, {});
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('2');
    await followTabNavigation(services.frames, 3, { url: 'https://news.example/2' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
  });

  it('shows the badge of the frame that holds the article: a subframe when the top frame has none, the top frame when it has one', async () => {
    const report = (frameId: number, articles: PageArticle[]) =>
      new Promise((replied) => {
        void fakeBrowser.runtime.onMessage.trigger({ type: 'page-state-changed', summary: summarizePage(pageState(articles)) }, { tab: { id: 4 } as never, frameId }, replied);
      });
    const badge = () => fakeBrowser.action.getBadgeText({ tabId: 4 });
    await report(0, []);
    expect(await badge()).toBe('');
    await report(7, [pageArticle(true, [pageClaim('a'), pageClaim('b'), pageClaim('c')])]);
    expect(await badge()).toBe('3');
    // Another frame without an article changes nothing.
    await report(9, []);
    expect(await badge()).toBe('3');
    await report(0, [pageArticle(true, [pageClaim('d')])]);
    expect(await badge()).toBe('1');
    // A new page in the tab: its frames start afresh.
    await followTabNavigation(services.frames, 4, { url: 'https://county.example/other' });
    await report(7, [pageArticle(true, [pageClaim('e'), pageClaim('f')])]);
    expect(await badge()).toBe('2');
  });

  describe('requests for the page', () => {
    const sendMessage = fakeBrowser.tabs.sendMessage;
    /** Frame ids of the tab's content scripts that answer, and what each was sent. */
    let listening: Set<number>;
    let sent: Array<[number, ContentRequest['type']]>;
    beforeEach(() => {
      listening = new Set([0, 12, 15]);
      sent = [];
      fakeBrowser.tabs.sendMessage = (async (_tabId: number, request: ContentRequest, options?: { frameId?: number }) => {
        const frameId = options?.frameId;
        if (frameId === undefined) throw new Error('sent to every frame at once');
        if (!listening.has(frameId)) throw new Error('Could not establish connection. Receiving end does not exist.');
        sent.push([frameId, request.type]);
        return request.type === 'get-page-state' ? { ...pageState([]), url: `frame ${frameId}` } : { ok: true };
      }) as never;
    });
    afterEach(() => {
      fakeBrowser.tabs.sendMessage = sendMessage;
    });
    const from = (frameId: number, request: object) =>
      new Promise((replied) => {
        void fakeBrowser.runtime.onMessage.trigger(request, { tab: { id: 5 } as never, frameId, url: 'https://county.example/' }, replied);
      });

    it('reach the top frame of a page without frames, and the article’s frame once a subframe reported one', async () => {
      expect(await sendToPage(5, { type: 'get-page-state' })).toMatchObject({ url: 'frame 0' });
      await from(0, { type: 'page-state-changed', summary: summarizePage(pageState([])) });
      await from(12, { type: 'page-state-changed', summary: summarizePage(pageState([pageArticle(true, [pageClaim('a')])])) });
      expect(await sendToPage(5, { type: 'get-page-state' })).toMatchObject({ url: 'frame 12' });
      await expect(sendToPage(5, { type: 'scroll-to-claim', claimId: 'a' })).resolves.toEqual({ ok: true });
      await onMenuClicked({ menuItemId: MENU_ANALYSE_PAGE, editable: false, pageUrl: '' }, { id: 5 } as never, services.frames);
      expect(sent.slice(1)).toEqual([
        [12, 'get-page-state'],
        [12, 'scroll-to-claim'],
        [12, 'analyse-now'],
      ]);
      // The frame went away (the page replaced it): back to the top frame.
      listening.delete(12);
      expect(await sendToPage(5, { type: 'get-page-state' })).toMatchObject({ url: 'frame 0' });
    });

    it('in click-only mode, “Analyse now” reaches the frame whose quick look found a possible article; “Add as figure” and “Add a note” the selection’s frame', async () => {
      expect(await from(15, { type: 'may-hold-article' })).toEqual({ ok: true });
      await expect(sendToPage(5, { type: 'analyse-now' })).resolves.toEqual({ ok: true });
      await onMenuClicked({ menuItemId: MENU_ADD_FIGURE, editable: false, pageUrl: '', frameId: 12 }, { id: 5 } as never, services.frames);
      await onMenuClicked({ menuItemId: MENU_ADD_NOTE, editable: false, pageUrl: '', frameId: 12 }, { id: 5 } as never, services.frames);
      expect(sent).toEqual([
        [15, 'analyse-now'],
        [12, 'add-selection-as-claim'],
        [12, 'add-selection-as-note'],
      ]);
    });
  });

  it('injects the analysis script into the asking frame, and reports a failed injection as an outcome', async () => {
    const ask = () =>
      new Promise((resolve) => {
        void fakeBrowser.runtime.onMessage.trigger({ type: 'load-analysis' }, { tab: { id: 3 } as never, frameId: 2, url: 'https://news.example/1' }, resolve);
      });
    const injected: unknown[] = [];
    const scripting = fakeBrowser.scripting;
    fakeBrowser.scripting = { executeScript: async (injection: unknown) => void injected.push(injection) } as never;
    try {
      await expect(ask()).resolves.toEqual({ ok: true });
      expect(injected).toEqual([{ target: { tabId: 3, frameIds: [2] }, files: ['/content-scripts/analysis.js'], injectImmediately: true }]);
    } finally {
      fakeBrowser.scripting = scripting;
    }
    // The fake browser has no scripting API of its own: the attempt fails, and says so.
    await expect(ask()).resolves.toMatchObject({ ok: false });
  });

  it('saves and finds articles, and reports a failed save as an outcome', async () => {
    const record = { id: 'a1', canonicalUrl: 'https://news.example/1' } as SavedArticle['article'];
    await expect(sendToBackground({ type: 'save-article', saved: { article: record, claims: [], annotations: [] } })).resolves.toEqual({ ok: true });
    await expect(sendToBackground({ type: 'find-saved-articles', url: 'x', canonicalUrl: 'https://news.example/1' })).resolves.toMatchObject([{ article: { id: 'a1' } }]);
    const full = { ...record, id: 'full' };
    await expect(sendToBackground({ type: 'save-article', saved: { article: full, claims: [], annotations: [] } })).resolves.toEqual({ ok: false, error: 'The disk is full' });
  });

  it('opens the dashboard at an article, reusing an open dashboard tab', async () => {
    await expect(sendToBackground({ type: 'open-dashboard', articleId: 'a 1' })).resolves.toEqual({ ok: true });
    await sendToBackground({ type: 'open-dashboard', articleId: 'b' });
    const tabs = (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.includes('dashboard.html'));
    expect(tabs.map((tab) => tab.url)).toEqual([dashboardUrl('b')]);
    expect(dashboardUrl('a 1')).toBe('chrome-extension://test-extension-id/dashboard.html#article=a%201');
  });
});
