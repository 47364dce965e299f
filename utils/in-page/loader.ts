/**
 * The part of the in-page experience that runs on every page: take the quick look
 * (utils/articles/quick-check), and only on a page that may hold an article (or when the reader asks)
 * load the analysis script, which holds the engine, Readability and the card UI. Until then it
 * answers the popup and side panel itself and watches, cheaply, for an article that arrives later.
 * It must stay small and quiet: every page the reader opens runs it, and most are not articles. On
 * those it touches no extension API but its message listener (the browser sets up each API's
 * bindings in the page on first use, which measured as much as the rest of the loader's work): the
 * settings are read only when they decide something (the reader asks about the page, an article
 * arrives), and a page that is not an article is not reported (the background clears the badge
 * when a tab navigates; the popup and side panel ask the page once it has loaded).
 */
import { quickCheck } from '../articles/quick-check';
import type { ContentHandlers } from '../messaging';
import type { ContentRequest, PageState } from '../messages';
import { analysesAutomatically, isSkippedSite, type Settings } from '../settings';
import { watchPage, type PageWatch } from './dom-watch';
import { offerHandover, withdrawHandover } from './handover';

export interface LoaderServices {
  reportState(state: PageState): Promise<void>;
  /**
   * Loads the analysis script into this frame (utils/in-page/analysis-script.ts), while `allowed` (the
   * settings' answer) is still on its way; the script starts, and attaches through the handover, only
   * if it is allowed. Rejects with the reason when it could not be loaded.
   */
  loadAnalysis(allowed: Promise<boolean>): Promise<void>;
  /** Tells the background this frame's quick look found a possible article (see BackgroundRequest 'may-hold-article'). */
  frameMayHoldArticle(): void;
}

export interface LoaderOptions {
  doc: Document;
  /** Reads the settings from storage; called only when they decide something, fresh each time. */
  readSettings(): Promise<Settings>;
  services: LoaderServices;
  signal: AbortSignal;
}

export class PageLoader {
  private readonly doc: Document;
  private readonly readSettings: () => Promise<Settings>;
  private readonly services: LoaderServices;
  private readonly signal: AbortSignal;
  private status: PageState['status'] = 'idle';
  private error: string | undefined;
  private analysis: ContentHandlers | null = null;
  private loading: Promise<ContentHandlers | null> | null = null;
  private loadingAutomatically = false;
  private watch: PageWatch | null = null;
  private automaticHere = false;
  /** The quick look read shadow roots (too little text outside them): the watch follows them too. */
  private shadowRootsRead = false;
  /** Resolves once the document is parsed (`start`): an early load's analysis starts no sooner. */
  private readonly parsed: Promise<void>;
  private markParsed!: () => void;
  /** `start` was called: the loader exists from the first early look, while the page is still parsed. */
  private started = false;

  constructor(options: LoaderOptions) {
    this.doc = options.doc;
    this.readSettings = options.readSettings;
    this.services = options.services;
    this.signal = options.signal;
    this.signal.addEventListener('abort', () => this.stopWatching(), { once: true });
    this.parsed = new Promise((resolve) => (this.markParsed = resolve));
  }

  /**
   * On a page that may hold an article, loads the analysis as soon as the settings allow it (not in
   * click-only mode, not on a skipped site). Otherwise watches for an article arriving.
   */
  start(): void {
    this.started = true;
    this.markParsed();
    this.look();
  }

  /**
   * A look while the document is still being parsed (utils/in-page/page-timing.ts whileParsing): when what
   * is parsed so far may hold an article, the analysis script is loaded now, to be ready when the parse
   * ends. It starts only then, and only if the whole page still may hold an article and the settings
   * allow it; a page that turns out not to be one is watched as any other. Returns whether it loads.
   */
  lookEarly(): boolean {
    if (this.analysis || this.loading || this.signal.aborted || !this.mayHoldArticle()) return false;
    const wholePage = this.parsed.then(() => this.mayHoldArticle());
    void this.load({ automatic: true }, true, wholePage).then(async (analysis) => {
      if (analysis || this.status === 'error') return;
      return (await wholePage) ? this.declined() : this.look();
    });
    return true;
  }

  /**
   * A single-page navigation before the analysis was loaded (after that, the analysis follows it). One while the
   * page is still parsed is left to the look at the parse's end, which sees the page it led to, whole.
   */
  navigated(): void {
    if (this.analysis || this.loading || !this.started) return;
    this.status = 'idle';
    this.start();
  }

  /** Answers the popup's and side panel's requests: by the analysis once loaded, else here. */
  handlers(): ContentHandlers {
    const notAnalysed = () => ({ ok: false as const, error: 'The page is not analysed' });
    const forward =
      <K extends ContentRequest['type']>(type: K, before: ContentHandlers[K]) =>
      (request: Extract<ContentRequest, { type: K }>) =>
        this.analysis ? this.analysis[type](request) : before(request);
    return {
      'get-page-state': forward('get-page-state', () => this.settledState()),
      // The reader asked: load the analysis whatever the quick look said, and let it answer.
      'analyse-now': forward('analyse-now', async (request) => {
        const analysis = await this.load({ automatic: false });
        return analysis ? analysis['analyse-now'](request) : { ok: false, error: this.error ?? 'The analysis could not be loaded' };
      }),
      'save-page': forward('save-page', notAnalysed),
      'scroll-to-claim': forward('scroll-to-claim', notAnalysed),
      'open-claim-card': forward('open-claim-card', notAnalysed),
      'set-claim-status': forward('set-claim-status', notAnalysed),
      'add-selection-as-claim': forward('add-selection-as-claim', notAnalysed),
      'add-selection-as-note': forward('add-selection-as-note', notAnalysed),
    };
  }

  private skipped(settings: Settings): boolean {
    return isSkippedSite(this.doc.location.href, settings.skipSites);
  }

  /** Whether the page may hold an article; remembers whether the quick look had to read shadow roots. */
  private mayHoldArticle(): boolean {
    if (this.doc.body === null) return false;
    const quick = quickCheck(this.doc);
    this.shadowRootsRead = quick.shadowRootsRead;
    return quick.passes;
  }

  /**
   * The quick look: ask for the analysis, or watch for an article arriving (a script-built page, a
   * single-page navigation). In click-only mode the first change the watch sees reads the settings
   * and ends the watch.
   */
  private look(): void {
    if (this.analysis || this.loading || this.signal.aborted) return;
    if (this.mayHoldArticle()) {
      void this.load({ automatic: true }, true).then((analysis) => {
        if (!analysis && this.status !== 'error') return this.declined();
      });
      return;
    }
    this.status = 'done';
    if (!this.watch && this.doc.body) {
      this.watch = watchPage(this.doc.body, {
        signal: this.signal,
        onChange: () => void this.pageChanged(),
        followShadowRoots: this.shadowRootsRead,
      });
    }
  }

  /**
   * Once the settings have allowed automatic analysis here they are not read again at every change of a
   * busy page: should the reader switch to click-only meanwhile, loading reads them again and declines.
   */
  private async pageChanged(): Promise<void> {
    if (!this.automaticHere) {
      const settings = await this.readSettings();
      if (this.signal.aborted) return;
      if (!analysesAutomatically(settings, this.doc.location.href)) return this.stopWatching();
      this.automaticHere = true;
    }
    this.look();
  }

  /** The settings declined an automatic analysis: say why the page waits (click-only mode, skip list). */
  private async declined(): Promise<void> {
    this.status = this.skipped(await this.readSettings()) ? 'skipped' : 'idle';
    if (this.signal.aborted || this.analysis || this.loading) return;
    await this.report();
  }

  /**
   * Offers the handover and loads the analysis script. Resolves its handlers once attached, or null
   * when the settings decline an automatic request, `mayHold` (an early load's look at the whole page)
   * says no, or the load failed (then the state reports the error, and asking again retries).
   */
  private load(request: { automatic: boolean }, quickLookPassed = false, mayHold?: Promise<boolean>): Promise<ContentHandlers | null> {
    this.stopWatching();
    // The reader asked while an automatic request is out: if the settings decline that one, ask again.
    if (this.loading && this.loadingAutomatically && !request.automatic) {
      return this.loading.then((analysis) => analysis ?? this.load(request));
    }
    if (!this.loading) this.loadingAutomatically = request.automatic;
    this.loading ??= new Promise<ContentHandlers | null>((resolve) => {
      // The script loads while the settings are read; an automatic request starts it only if they allow it.
      const settings = this.readSettings();
      const allowedBySettings = () => settings.then((read) => analysesAutomatically(read, this.doc.location.href));
      const allowed = !request.automatic ? Promise.resolve(true) : mayHold ? mayHold.then((holds) => holds && allowedBySettings()) : allowedBySettings();
      offerHandover({
        settings,
        skipped: settings.then((read) => this.skipped(read)),
        allowed,
        quickLookPassed,
        attach: (handlers) => {
          this.analysis = handlers;
          resolve(handlers);
        },
      });
      if (request.automatic && mayHold) void mayHold.then((holds) => holds && this.services.frameMayHoldArticle());
      else if (request.automatic) this.services.frameMayHoldArticle();
      Promise.all([allowed, this.services.loadAnalysis(allowed)]).then(
        ([loaded]) => {
          if (loaded) return;
          withdrawHandover();
          this.loading = null;
          resolve(null);
        },
        (error: unknown) => {
          withdrawHandover();
          this.loading = null;
          this.status = 'error';
          this.error = error instanceof Error ? error.message : String(error);
          void this.report();
          resolve(null);
        },
      );
    });
    return this.loading;
  }

  private stopWatching(): void {
    this.watch?.stop();
    this.watch = null;
  }

  /**
   * The state as the popup and side panel show it. A page found not to hold an article is `done`,
   * `idle` in click-only mode, or `skipped`: the settings are read now, when someone asks.
   */
  private async settledState(): Promise<PageState> {
    // Still parsed, with no early load under way: no state to tell yet. The popup then shows the page as loading, as
    // it did before the loader existed this early, and asks again once the tab has loaded (utils/panels/page-view.ts).
    if (!this.started && !this.loading) throw new Error('The page is still loading');
    if (this.status === 'done' && !this.loading) {
      const settings = await this.readSettings();
      if (this.skipped(settings)) return { ...this.state(), status: 'skipped' };
      if (!settings.autoDetect) return { ...this.state(), status: 'idle' };
    }
    return this.state();
  }

  private state(): PageState {
    return {
      url: this.doc.location.href,
      title: this.doc.title,
      // Between the request and the analysis script's first report, the page is being analysed.
      status: this.loading ? 'analysing' : this.status,
      ...(this.error ? { error: this.error } : {}),
      articles: [],
      savedArticleIds: [],
      orphans: [],
    };
  }

  private async report(): Promise<void> {
    await this.services.reportState(this.state()).catch(() => undefined);
  }
}
