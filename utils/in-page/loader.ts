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
import { offerHandover } from './handover';

export interface LoaderServices {
  reportState(state: PageState): Promise<void>;
  /** Has the analysis script injected into this frame; it attaches through the handover. */
  loadAnalysis(): Promise<void>;
}

export interface LoaderOptions {
  doc: Document;
  settings: Settings;
  services: LoaderServices;
  signal: AbortSignal;
}

export class PageLoader {
  private readonly doc: Document;
  private settings: Settings;
  private readonly services: LoaderServices;
  private readonly signal: AbortSignal;
  private status: PageState['status'] = 'idle';
  private error: string | undefined;
  private analysis: ContentHandlers | null = null;
  private loading: Promise<ContentHandlers> | null = null;
  private watch: PageWatch | null = null;

  constructor(options: LoaderOptions) {
    this.doc = options.doc;
    this.settings = options.settings;
    this.services = options.services;
    this.signal = options.signal;
    this.signal.addEventListener('abort', () => this.stopWatching(), { once: true });
  }

  /** Automatic mode: look now. Click mode or a skipped site: report, and wait to be asked. */
  start(): void {
    if (this.skipped()) this.status = 'skipped';
    else if (this.settings.autoDetect) return this.look();
    void this.report();
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
        const analysis = await this.load().catch(() => null);
        return analysis ? analysis['analyse-now'](request) : { ok: false, error: this.error ?? 'The analysis could not be loaded' };
      }),
      'save-page': forward('save-page', notAnalysed),
      'scroll-to-claim': forward('scroll-to-claim', notAnalysed),
      'open-claim-card': forward('open-claim-card', notAnalysed),
      'set-claim-status': forward('set-claim-status', notAnalysed),
      'add-selection-as-claim': forward('add-selection-as-claim', notAnalysed),
    };
  }

  private skipped(): boolean {
    return isSkippedSite(this.doc.location.href, this.settings.skipSites);
  }

  /** The quick look: load the analysis, or report "no article" and watch for one arriving. */
  private look(): void {
    if (this.analysis || this.loading || this.signal.aborted) return;
    if (this.doc.body && quickCheck(this.doc).passes) {
      void this.load().catch(() => undefined);
      return;
    }
    this.status = 'done';
    void this.report();
    if (!this.watch && this.doc.body) {
      this.watch = watchPage(this.doc.body, { signal: this.signal, onChange: () => this.look() });
    }
  }

  private load(): Promise<ContentHandlers> {
    this.stopWatching();
    this.loading ??= new Promise<ContentHandlers>((resolve, reject) => {
      offerHandover({
        settings: this.settings,
        skipped: this.status === 'skipped' || this.skipped(),
        attach: (handlers) => {
          this.analysis = handlers;
          resolve(handlers);
        },
      });
      this.services.loadAnalysis().catch((error: unknown) => {
        this.loading = null;
        this.status = 'error';
        this.error = error instanceof Error ? error.message : String(error);
        void this.report();
        reject(error);
      });
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
