// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentHandlers } from '../messaging';
import type { PageState } from '../messages';
import { analysesAutomatically, DEFAULT_SETTINGS, type Settings } from '../settings';
import { takeHandover, type Handover } from './handover';
import { PageLoader } from './loader';

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
const story = readFileSync(join(__dirname, '../articles/testdata/portal-zh.txt'), 'utf8');
const articleHtml = story
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => `<p>${line}</p>`)
  .join('');

/** The analysis script's side of the handover, answering as a loaded session would. */
function analysisHandlers(log: string[]): ContentHandlers {
  const ok = { ok: true } as const;
  return {
    'get-page-state': () => ({ url: 'analysed', title: '', status: 'done', articles: [], savedArticleIds: [], orphans: [] }),
    'analyse-now': () => (log.push('analyse-now'), ok),
    'save-page': () => ok,
    'scroll-to-claim': () => ok,
    'open-claim-card': () => ok,
    'set-claim-status': () => ok,
    'add-selection-as-claim': () => ok,
    'add-selection-as-note': () => ok,
  };
}

describe('PageLoader', () => {
  let controller: AbortController;
  let reports: PageState[];
  let loads: Handover[];
  let log: string[];
  let failLoad: Error | null;
  /** What the loader asked of the extension, in order. */
  let requests: Array<'may-hold-article' | 'load'>;
  let settingsReads: number;

  beforeEach(() => {
    controller = new AbortController();
    reports = [];
    loads = [];
    log = [];
    failLoad = null;
    requests = [];
    settingsReads = 0;
    document.body.innerHTML = '<nav><a href="/">首页</a></nav><p>登录</p>';
  });
  afterEach(() => controller.abort());

  /** A loader whose settings arrive `settingsDelay` ms after it starts (storage is slower than the quick look). */
  function loader(changes: Partial<Settings> = {}, settingsDelay = 5): PageLoader {
    const settings = { ...DEFAULT_SETTINGS, ...changes };
    return new PageLoader({
      doc: document,
      readSettings: () => {
        settingsReads++;
        return new Promise((resolve) => setTimeout(() => resolve(settings), settingsDelay));
      },
      signal: controller.signal,
      services: {
        reportState: async (state) => void reports.push(state),
        frameMayHoldArticle: () => void requests.push('may-hold-article'),
        loadAnalysis: async () => {
          requests.push('load');
          if (failLoad) throw failLoad;
          // The loaded script takes the loader's offer and, if allowed to start, attaches, as analysis.content.ts does.
          const handover = takeHandover();
          if (!handover) throw new Error('no handover offered');
          if (!(await handover.allowed)) return;
          loads.push(handover);
          handover.attach(analysisHandlers(log));
        },
      },
    });
  }

  it('loads nothing on a page that is not an article, and loads the analysis when an article arrives later', async () => {
    const pageLoader = loader();
    pageLoader.start();
    await settle(20);
    expect(loads).toHaveLength(0);
    expect(requests).toEqual([]);
    // Nothing asked of the extension: no settings read, no report.
    expect(settingsReads).toBe(0);
    expect(reports).toEqual([]);
    expect(await pageLoader.handlers()['get-page-state']({ type: 'get-page-state' })).toMatchObject({ status: 'done', articles: [] });

    // A busy page: its changes are looked at, the settings read once (the popup's question read them too).
    const readsBefore = settingsReads;
    document.body.insertAdjacentHTML('beforeend', '<p>广告</p>');
    await settle(700);
    document.body.insertAdjacentHTML('beforeend', '<p>推荐</p>');
    await settle(700);
    expect(settingsReads - readsBefore).toBe(1);
    expect(loads).toHaveLength(0);
    document.body.insertAdjacentHTML('beforeend', `<article>${articleHtml}</article>`);
    await settle(700);
    expect(loads).toHaveLength(1);
    expect(await loads[0].skipped).toBe(false);
    // From now on the analysis answers.
    expect(await pageLoader.handlers()['get-page-state']({ type: 'get-page-state' })).toMatchObject({ url: 'analysed' });
  });

  it('tells the popup a page that is not an article waits for a click, or is skipped, as the settings say', async () => {
    const clickOnly = loader({ autoDetect: false });
    clickOnly.start();
    expect(await clickOnly.handlers()['get-page-state']({ type: 'get-page-state' })).toMatchObject({ status: 'idle' });
    const skipping = loader({ skipSites: [location.hostname] });
    skipping.start();
    expect(await skipping.handlers()['get-page-state']({ type: 'get-page-state' })).toMatchObject({ status: 'skipped' });
  });

  it('in click-only mode stops watching at the first change and never loads the analysis by itself', async () => {
    loader({ autoDetect: false }).start();
    document.body.insertAdjacentHTML('beforeend', `<article>${articleHtml}</article>`);
    await settle(700);
    expect(settingsReads).toBe(1);
    expect(requests).toEqual([]);
    document.body.insertAdjacentHTML('beforeend', '<p>更多</p>');
    await settle(700);
    expect(settingsReads).toBe(1);
    expect(loads).toHaveLength(0);
  });

  it('on an article page tells the background the frame may hold one, and loads the analysis once the settings allow it', async () => {
    document.body.innerHTML = `<article>${articleHtml}</article>`;
    loader({}, 50).start();
    await settle(0);
    // The script loads while the settings are read, and starts once they allow it.
    expect(requests).toEqual(['may-hold-article', 'load']);
    expect(loads).toHaveLength(0);
    await vi.waitFor(() => expect(loads).toHaveLength(1));
    // The analysis gets the settings (and whether the site is skipped).
    await expect(loads[0].settings).resolves.toMatchObject({ autoDetect: true });
    await expect(loads[0].skipped).resolves.toBe(false);
  });

  it('in click-only mode waits for the reader, then loads the analysis and passes the request on', async () => {
    document.body.innerHTML = `<article>${articleHtml}</article>`;
    const pageLoader = loader({ autoDetect: false });
    pageLoader.start();
    await settle(700);
    // The settings say "click only": the script loaded but did not start; the background knows where an article may be.
    expect(requests).toEqual(['may-hold-article', 'load']);
    expect(loads).toHaveLength(0);
    expect(reports.at(-1)).toMatchObject({ status: 'idle' });
    expect(await pageLoader.handlers()['save-page']({ type: 'save-page' })).toMatchObject({ ok: false });

    await expect(pageLoader.handlers()['analyse-now']({ type: 'analyse-now' })).resolves.toEqual({ ok: true });
    expect(loads).toHaveLength(1);
    expect(log).toEqual(['analyse-now']);
  });

  it('in click-only mode, a reader who asks while the automatic request is out still gets the analysis', async () => {
    document.body.innerHTML = `<article>${articleHtml}</article>`;
    const pageLoader = loader({ autoDetect: false }, 0);
    pageLoader.start();
    await expect(pageLoader.handlers()['analyse-now']({ type: 'analyse-now' })).resolves.toEqual({ ok: true });
    expect(requests).toEqual(['may-hold-article', 'load', 'load']);
    expect(loads).toHaveLength(1);
  });

  it('on a skipped site reports skipped, and tells the analysis so when the reader asks anyway', async () => {
    document.body.innerHTML = `<article>${articleHtml}</article>`;
    const pageLoader = loader({ skipSites: [location.hostname] });
    pageLoader.start();
    // The report follows the settings, whose reply takes a few turns (longer on a busy machine).
    await vi.waitFor(() => expect(reports.at(-1)).toMatchObject({ status: 'skipped' }));
    expect(loads).toHaveLength(0);
    await pageLoader.handlers()['analyse-now']({ type: 'analyse-now' });
    expect(await loads[0].skipped).toBe(true);
  });

  describe('looking while the page is parsed (lookEarly)', () => {
    it('loads the analysis while the parse goes on, and starts it once the parsed page still holds an article', async () => {
      document.body.innerHTML = `<article>${articleHtml.slice(0, 1200)}</article>`;
      const pageLoader = loader({}, 0);
      expect(pageLoader.lookEarly()).toBe(true);
      await settle(20);
      // Loaded, not started: the page is still being parsed.
      expect(requests).toEqual(['load']);
      expect(loads).toHaveLength(0);
      expect(await pageLoader.handlers()['get-page-state']({ type: 'get-page-state' })).toMatchObject({ status: 'analysing' });
      document.body.innerHTML = `<article>${articleHtml}</article>`;
      pageLoader.start();
      await vi.waitFor(() => expect(loads).toHaveLength(1));
      expect(loads[0].quickLookPassed).toBe(true);
      // Loaded once: the look at the parse's end found the load under way.
      expect(requests).toEqual(['load', 'may-hold-article']);
    });

    it('looks no further on a page whose beginning holds no article, and leaves the look to the parse’s end', async () => {
      const pageLoader = loader({}, 0);
      expect(pageLoader.lookEarly()).toBe(false);
      await settle(20);
      expect(requests).toEqual([]);
      expect(settingsReads).toBe(0);
    });

    it('starts nothing when the whole page turns out to hold no article, and watches it as any other page', async () => {
      document.body.innerHTML = `<article>${articleHtml}</article>`;
      const pageLoader = loader({}, 0);
      expect(pageLoader.lookEarly()).toBe(true);
      // The rest of the parse: the beginning was a teaser over a list page's links.
      document.body.innerHTML = '<nav><a href="/">首页</a></nav><p>登录</p>';
      pageLoader.start();
      await vi.waitFor(() => expect(pageLoader.handlers()['get-page-state']({ type: 'get-page-state' })).resolves.toMatchObject({ status: 'done' }));
      expect(loads).toHaveLength(0);
      expect(requests).toEqual(['load']);
      // Watched: an article arriving later is loaded (a fresh load: the first script's offer was void).
      document.body.insertAdjacentHTML('beforeend', `<article>${articleHtml}</article>`);
      await vi.waitFor(() => expect(loads).toHaveLength(1), { timeout: 3000 });
    });

    it('tells the popup a page still parsed, with nothing loading, is still loading: not waiting for a click', async () => {
      const pageLoader = loader({}, 0);
      expect(pageLoader.lookEarly()).toBe(false);
      // Asked now, the popup shows the page as loading and asks again once the tab has loaded (utils/panels/page-view.ts).
      await expect(pageLoader.handlers()['get-page-state']({ type: 'get-page-state' })).rejects.toThrow(/still loading/);
      pageLoader.start();
      await expect(pageLoader.handlers()['get-page-state']({ type: 'get-page-state' })).resolves.toMatchObject({ status: 'done' });
    });

    it('leaves a single-page navigation while the page is parsed to the look at the parse’s end', async () => {
      const pageLoader = loader({}, 0);
      expect(pageLoader.lookEarly()).toBe(false);
      // The page's script changes the address while the rest is parsed; the beginning of an article is in.
      document.body.innerHTML = `<article>${articleHtml.slice(0, 1200)}</article>`;
      pageLoader.navigated();
      await settle(20);
      expect(requests).toEqual([]);
      document.body.innerHTML = `<article>${articleHtml}</article>`;
      pageLoader.start();
      await vi.waitFor(() => expect(loads).toHaveLength(1));
      expect(requests).toEqual(['may-hold-article', 'load']);
    });

    it('in click-only mode loads but does not start, and reports the page as waiting for the reader', async () => {
      document.body.innerHTML = `<article>${articleHtml}</article>`;
      const pageLoader = loader({ autoDetect: false }, 0);
      expect(pageLoader.lookEarly()).toBe(true);
      pageLoader.start();
      await vi.waitFor(() => expect(reports.at(-1)).toMatchObject({ status: 'idle' }));
      expect(loads).toHaveLength(0);
    });
  });

  it('reports an analysis that cannot be loaded as an error, and tries again when asked', async () => {
    document.body.innerHTML = `<article>${articleHtml}</article>`;
    failLoad = new Error('Cannot access contents of the page');
    const pageLoader = loader();
    pageLoader.start();
    await vi.waitFor(() => expect(reports.at(-1)).toMatchObject({ status: 'error', error: 'Cannot access contents of the page' }));
    failLoad = null;
    await expect(pageLoader.handlers()['analyse-now']({ type: 'analyse-now' })).resolves.toEqual({ ok: true });
    expect(loads).toHaveLength(1);
  });
});
