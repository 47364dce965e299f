/**
 * The part of the in-page experience that runs on every page: read the settings, take the quick
 * look (utils/articles/quick-check), and only on a page that may hold an article (or when the
 * reader asks) load the analysis script, which holds the engine, Readability and the card UI. Until
 * then it answers the popup and side panel itself, reports the page's state, and watches, cheaply,
 * for an article that arrives later. It must stay small: every page the reader opens parses it.
 */
import { quickCheck } from '../articles/quick-check';
import type { ContentHandlers } from '../messaging';
import type { ContentRequest, PageState } from '../messages';
import { isSkippedSite, type Settings } from '../settings';
import { watchPage, type PageWatch } from './dom-watch';
import { offerHandover, withdrawHandover } from './handover';

export interface LoaderServices {
  reportState(state: PageState): Promise<void>;
  /**
   * Has the analysis script injected into this frame; it attaches through the handover. `automatic`:
   * the loader asks before it has read the settings, so the background injects only if they allow
   * automatic analysis of this page. Resolves whether the script was injected.
   */
  loadAnalysis(request: { automatic: boolean }): Promise<boolean>;
}

export interface LoaderOptions {
  doc: Document;
  /** Still being read from storage: the quick look and the request to load do not wait for it. */
  settings: Promise<Settings>;
  services: LoaderServices;
  signal: AbortSignal;
}

export class PageLoader {
  private readonly doc: Document;
  private settings: Settings | null = null;
  private readonly settingsRead: Promise<Settings>;
  private readonly services: LoaderServices;
  private readonly signal: AbortSignal;
  private status: PageState['status'] = 'idle';
  private error: string | undefined;
  private analysis: ContentHandlers | null = null;
  private loading: Promise<ContentHandlers | null> | null = null;
  private loadingAutomatically = false;
  private watch: PageWatch | null = null;

  constructor(options: LoaderOptions) {
    this.doc = options.doc;
    this.settingsRead = options.settings.then((settings) => (this.settings ??= settings));
    this.services = options.services;
    this.signal = options.signal;
    this.signal.addEventListener('abort', () => this.stopWatching(), { once: true });
  }

  /**
   * On a page that may hold an article, asks for the analysis at once, leaving the settings to the
   * background: the reader sees highlights one storage read sooner. Otherwise, once the settings are
   * known: automatic mode takes the quick look (and keeps watching); click mode or a skipped site
   * reports, and waits to be asked.
   */
  start(): void {
    const mayHoldArticle = this.mayHoldArticle();
    if (mayHoldArticle && this.settings?.autoDetect !== false && !this.skipped()) {
      void this.load({ automatic: true }, true).then((analysis) => {
        if (!analysis && this.status !== 'error') return this.startWithSettings(mayHoldArticle);
      });
      return;
    }
    void this.startWithSettings(mayHoldArticle);
  }

  /** `mayHoldArticle`: what the quick look just said, so it is not taken twice. */
  private async startWithSettings(mayHoldArticle: boolean): Promise<void> {
    await this.settingsRead;
    if (this.signal.aborted || this.analysis || this.loading) return;
    if (this.skipped()) this.status = 'skipped';
    else if (this.settings?.autoDetect) return this.look(mayHoldArticle);
    await this.report();
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
  }

  /** A single-page navigation before the analysis was loaded (after that, the analysis follows it). */
  navigated(): void {
    if (this.analysis || this.loading) return;
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
      'get-page-state': forward('get-page-state', () => this.state()),
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
    };
  }

  /** Before the settings are read, no site counts as skipped (the background checks the list). */
  private skipped(): boolean {
    return this.settings !== null && isSkippedSite(this.doc.location.href, this.settings.skipSites);
  }

  private mayHoldArticle(): boolean {
    return this.doc.body !== null && quickCheck(this.doc).passes;
  }

  /** The quick look: load the analysis, or report "no article" and watch for one arriving. */
  private look(mayHoldArticle?: boolean): void {
    if (this.analysis || this.loading || this.signal.aborted) return;
    if (mayHoldArticle ?? this.mayHoldArticle()) {
      void this.load({ automatic: false }, true);
      return;
    }
    this.status = 'done';
    void this.report();
    if (!this.watch && this.doc.body) {
      this.watch = watchPage(this.doc.body, { signal: this.signal, onChange: () => this.look() });
    }
  }

  /**
   * Offers the handover and has the analysis script injected. Resolves its handlers once attached,
   * or null when the background declined an automatic request (settings say no) or the load failed
   * (then the state reports the error, and asking again retries).
   */
  private load(request: { automatic: boolean }, quickLookPassed = false): Promise<ContentHandlers | null> {
    this.stopWatching();
    // The reader asked while an automatic request is out: if the settings decline that one, ask again.
    if (this.loading && this.loadingAutomatically && !request.automatic) {
      return this.loading.then((analysis) => analysis ?? this.load(request));
    }
    if (!this.loading) this.loadingAutomatically = request.automatic;
    this.loading ??= new Promise<ContentHandlers | null>((resolve) => {
      offerHandover({
        settings: this.settingsRead,
        skipped: this.settingsRead.then(() => this.status === 'skipped' || this.skipped()),
        quickLookPassed,
        attach: (handlers) => {
          this.analysis = handlers;
          resolve(handlers);
        },
      });
      this.services.loadAnalysis(request).then(
        (injected) => {
          if (injected) return;
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
