/**
 * The in-page experience on one page: analyse the page, draw its claims, restore what the reader
 * saved, show cards on hover, click and keyboard, take notes and verdicts, save, and keep all of it
 * current as the page changes. The content script creates one session and wires it to the browser;
 * everything here talks to the browser only through `services` and `ui`, so it reads as one story.
 */
import type { AnnotationInput, SaveOutcome } from '../../components/AnnotationForm';
import type { Box, ClaimCardLayerProps, LayerView } from '../../components/ClaimCardLayer';
import type { CardLocale } from '../../components/ClaimCardFormat';
import { Highlighter, installClaimKeys, itemAtPoint, type HighlightItem } from '../highlights';
import { canonicalizeUrl, hashText } from '../identity';
import { t, type MessageKey } from '../i18n';
import type { ContentHandlers } from '../messaging';
import type { AnalysisProgress, PageClaim, PageState } from '../messages';
import type { Settings } from '../settings';
import type { Span } from '../articles/segment';
import type { ArticleAnalysis } from '../articles/types';
import { regionOfFigure } from '../articles/figure-region';
import type { FactCheckStatus, SavedArticle } from '../store/types';
import { buildTextMap, type TextMap } from '../text-map';
import { watchPage, type PageWatch } from './dom-watch';
import { analysePage, mayHoldArticle, resolveRegions, type AnalysisServices, type AnalysisSoFar } from './page-analysis';
import { PageModel, type ModelArticle } from './page-model';
import { changedOnlyAside, readSpans } from './text-change';

export interface SessionServices extends AnalysisServices {
  reportState(state: PageState): Promise<void>;
  /** What the reader saved from this page before: one record per article. */
  findSaved(url: string, canonicalUrl: string): Promise<SavedArticle[]>;
  save(saved: SavedArticle): Promise<SaveOutcome>;
  deleteAnnotation(id: string): Promise<SaveOutcome>;
}

export interface SessionUi {
  /** Draws the card layer with these props (mounting our shadow root on first use). */
  render(props: ClaimCardLayerProps): void;
  /** The element hosting our shadow root, once mounted: events inside it are ours. */
  host(): Element | null;
}

export interface SessionOptions {
  doc: Document;
  settings: Settings;
  services: SessionServices;
  ui: SessionUi;
  locale: CardLocale;
  signal: AbortSignal;
}

type NoteDraft = { start: number; end: number };

/** How long the pointer rests on a figure before its card opens, and off it before it closes. */
const HOVER_OPEN_MS = 150;
const HOVER_CLOSE_MS = 300;
/** Least time between two progress reports of a long analysis (see showProgress). */
const PROGRESS_REPORT_MS = 400;

export class InPageSession {
  private readonly doc: Document;
  private settings: Settings;
  private readonly services: SessionServices;
  private readonly ui: SessionUi;
  private readonly locale: CardLocale;
  private readonly signal: AbortSignal;
  private readonly highlighter: Highlighter;
  private watch: PageWatch | null = null;

  private status: PageState['status'] = 'idle';
  private error: string | undefined;
  /** How far a first analysis has got, while it runs (the popup's and side panel's progress bar). */
  private progress: AnalysisProgress | undefined;
  private progressReportedAt = -Infinity;
  private map: TextMap | null = null;
  private model: PageModel | null = null;
  private textHash = '';
  /** The spans of the page's text the claims were read from (see text-change.ts). */
  private readText: Span[] = [];
  private runId = 0;
  private running: Promise<void> | null = null;
  private changePending = false;

  // What the layer shows.
  private view: LayerView | null = null;
  private pinned = false;
  private selection: { start: number; end: number; box: Box } | null = null;
  private announcement = '';
  private navIndex = -1;
  /** The figure the keyboard is on (Alt+Shift+N, the side panel), or null. */
  private focusedClaimId: string | null = null;
  /**
   * The read-only form field of that figure, when it has no highlight to mark it (no range reaches a control's value):
   * our layer rings the field instead. Found again at each render, from the page as analysed then (a navigation or a
   * re-analysis leaves no ring on a field of the figure no more).
   */
  private focusedField: Element | null = null;
  /**
   * What the reader asked for while a first analysis is still drawing its preview (figures show, but cards cannot
   * open yet), carried out when the analysis ends: keys (the step, next or previous, and whether Enter followed) or a
   * figure of the preview clicked (its range, which follows the page's changes: the analysis reads a page that changed
   * meanwhile again, and the figure's offsets in its text move). One at a time: the last asked for is what the reader
   * wants, and Escape or a click beside the figures forgets it.
   */
  private inputWaiting: { kind: 'keys'; step: 1 | -1; open: boolean } | { kind: 'click'; range: Range } | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerInCard = false;
  private noteDraft: NoteDraft | null = null;

  constructor(options: SessionOptions) {
    this.doc = options.doc;
    this.settings = options.settings;
    this.services = options.services;
    this.ui = options.ui;
    this.locale = options.locale;
    this.signal = options.signal;
    this.highlighter = new Highlighter(this.doc, { kindColors: this.settings.colors });
    this.signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  /**
   * Starts: analyses now (automatic mode) or waits to be asked (click mode, skipped site).
   * `quickLookPassed`: the loader's quick look has just said the page may hold an article.
   */
  async start(skipped: boolean, { quickLookPassed = false } = {}): Promise<void> {
    this.installInteractions();
    if (skipped) {
      this.status = 'skipped';
      await this.report();
      return;
    }
    if (!this.settings.autoDetect) {
      await this.report();
      return;
    }
    await this.analyse({ force: quickLookPassed });
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    this.highlighter.setKindColors(settings.colors);
  }

  /**
   * Analyses the page (again); concurrent calls share one run, and a newer run wins. `force` skips
   * the quick look (the reader asked, or the loader's look has just passed).
   */
  analyse({ force = false } = {}): Promise<void> {
    const id = ++this.runId;
    const run = this.runAnalysis(id, force).finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }

  /**
   * One analysis: read the page and draw its claims as soon as they are known; then, without
   * holding the highlights back, ask the background for the articles' regions and for what the
   * reader saved here before, and redraw with notes, statuses and verdicts restored.
   */
  private async runAnalysis(id: number, force: boolean): Promise<void> {
    this.error = undefined;
    // Most pages are not articles: one quick look, one report, nothing else on the main thread.
    if (!force && this.doc.body && !mayHoldArticle(this.doc)) {
      this.status = 'done';
      this.model = null;
      this.map = null;
      this.textHash = '';
      this.highlighter.clear();
      this.closeCard();
      this.watchForChanges();
      await this.report();
      return;
    }
    this.status = 'analysing';
    // (A run reports its progress from its start: the clock of the run before is not its own.)
    this.progress = undefined;
    this.progressReportedAt = -Infinity;
    void this.report();
    try {
      if (!this.doc.body) throw new Error('This page has no body to read');
      // A first analysis shows its progress; a re-analysis keeps what is drawn (statuses, colours) until it ends.
      const preview = this.model ? null : new PreviewDrawing();
      const analysis = await analysePage(this.doc, this.services, {
        force: true,
        onProgress: preview
          ? (soFar) => {
              if (id !== this.runId || this.signal.aborted) return;
              this.drawPreview(preview, soFar.map, soFar.articles);
              this.showProgress(soFar);
            }
          : undefined,
      });
      if (id !== this.runId || this.signal.aborted) return;
      this.progress = undefined;
      const { map, articles } = analysis;
      const url = this.doc.location.href;
      const canonicalHref = this.doc.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.getAttribute('href');
      const page = {
        url,
        canonicalUrl: canonicalizeUrl(url, canonicalHref),
        title: this.doc.title.trim() || this.doc.location.hostname,
        site: this.doc.location.hostname,
      };
      const model = map && articles.length ? new PageModel(map.text, page, articles) : null;
      this.map = map;
      this.model = model;
      this.status = 'done';
      if (model) this.draw();
      else this.highlighter.clear();
      // After drawing: on a long page hashing the text takes a few milliseconds the reader need not wait.
      this.textHash = map ? hashText(map.text) : '';
      this.readText = readSpans(
        articles.map((a, i) => ({
          span: { start: a.start, end: a.end },
          setAside: analysis.regionQueries[i]?.excluded.map((x) => ({ start: a.start + x.start, end: a.start + x.end })) ?? [],
        })),
      );
      if (model) this.refreshView();
      else this.closeCard();
      this.runWaitingInput();
      this.watchForChanges();
      await this.report();
      if (!model) return;

      const current = () => id === this.runId && !this.signal.aborted;
      // Notes and verdicts come back as soon as the library answers; regions (slower on a long page) when known.
      const regionsKnown = resolveRegions(analysis, this.services).then((regions) => {
        if (!current()) return;
        model.articles.forEach((article, i) => (article.analysis.regions = regions[i] ?? []));
        this.refreshView();
      });
      const saved = await this.services.findSaved(page.url, page.canonicalUrl).catch(() => []);
      if (!current()) return;
      if (saved.length) {
        for (const article of saved) model.restore(article);
        this.draw();
        this.refreshView();
      }
      await regionsKnown;
      if (!current()) return;
    } catch (error) {
      if (id !== this.runId) return;
      this.status = 'error';
      this.error = error instanceof Error ? error.message : String(error);
      this.runWaitingInput();
      this.watchForChanges();
    }
    await this.report();
  }

  /**
   * Re-analyses when the page changed: an article arrived late (the quick check now passes), or
   * the analysed text was edited. The same text in new nodes (a re-render) is only redrawn.
   */
  private watchForChanges(): void {
    if (this.watch || !this.doc.body) return;
    // An analysed page may render its article, or change it, inside web components: their shadow roots are watched too.
    // (Text the analysis did not read and a class now shows: a fold opened by a scroll or a timer.)
    const read = (text: Text) => this.map?.holds(text) ?? true;
    this.watch = watchPage(this.doc.body, { signal: this.signal, onChange: () => this.pageChanged(), followShadowRoots: true, read });
  }

  private pageChanged(): void {
    if (!this.doc.body || this.signal.aborted) return;
    // A change while an analysis runs (it may wait on the background) is looked at once it ends.
    if (this.running) {
      if (!this.changePending) {
        this.changePending = true;
        void this.running.then(() => {
          this.changePending = false;
          this.pageChanged();
        });
      }
      return;
    }
    if (this.status !== 'done') return;
    if (!this.model) {
      if (mayHoldArticle(this.doc)) void this.analyse();
      return;
    }
    const fresh = buildTextMap(this.doc.body);
    // A live quote, a clock or a counter that ticks where the analysis set text aside leaves the claims where they are.
    if (hashText(fresh.text) !== this.textHash && !(this.map && changedOnlyAside(this.map.text, fresh.text, this.readText))) {
      void this.analyse();
      return;
    }
    this.map = fresh;
    this.draw();
  }

  /** A single-page navigation: what was on screen belongs to the old page. */
  navigated(): void {
    this.inputWaiting = null;
    // (The keyboard's place was on the page before: its figure's highlight goes with the rest, its field's ring too.)
    this.navIndex = -1;
    this.focusClaim(null);
    this.closeCard();
    this.highlighter.clear();
    this.model = null;
    this.map = null;
    this.textHash = '';
    if (this.settings.autoDetect && this.status !== 'skipped') void this.analyse();
    else {
      // An analysis still running read the old page: it ends unheard, as when a new one replaces it.
      this.runId++;
      this.status = this.status === 'skipped' ? 'skipped' : 'idle';
      void this.report();
    }
  }

  state(): PageState {
    if (this.model) return this.model.state(this.status, { error: this.error });
    return {
      url: this.doc.location.href,
      title: this.doc.title,
      status: this.status,
      ...(this.error ? { error: this.error } : {}),
      ...(this.status === 'analysing' && this.progress ? { progress: this.progress } : {}),
      articles: [],
      savedArticleIds: [],
      orphans: [],
    };
  }

  private async report(): Promise<void> {
    await this.services.reportState(this.state()).catch(() => undefined);
  }

  /**
   * Tells an open popup or side panel how far a long analysis has got: at most every PROGRESS_REPORT_MS, since
   * each report makes them ask for the whole state, and the analysis pauses far more often than a reader needs.
   */
  private showProgress(soFar: AnalysisSoFar): void {
    const figures = soFar.articles.filter((article) => article.isRegionalDevelopment).reduce((sum, article) => sum + article.claims.length, 0);
    this.progress = { figures, ...(soFar.share === undefined ? {} : { share: soFar.share }) };
    const now = performance.now();
    if (now - this.progressReportedAt < PROGRESS_REPORT_MS) return;
    this.progressReportedAt = now;
    void this.report();
  }

  // ---- Drawing -------------------------------------------------------------------------------

  /** Claims in the order keyboard navigation visits them (drawn ones only). */
  private navigableClaims(): PageClaim[] {
    return this.model?.allClaims().filter((c) => !c.dismissed) ?? [];
  }

  /**
   * While a long page is still being analysed: draws the claims found so far, so the reader sees them
   * at once. Cards open once the analysis is done (the model does not exist yet): a figure clicked, or
   * keys pressed, meanwhile wait for it (`inputWaiting`). Only with the
   * Highlight API: fallback marks change the DOM the analysis is reading.
   */
  private drawPreview(preview: PreviewDrawing, map: TextMap | null, articles: readonly ArticleAnalysis[]): void {
    if (!map || !this.highlighter.usesHighlightApi) return;
    this.paint(preview.add(map, articles));
  }

  /** Replaces what is drawn; the watcher ignores the page changes this makes (our style, fallback marks). */
  private paint(items: readonly HighlightItem[]): void {
    const write = () => this.highlighter.draw(items);
    if (this.watch) this.watch.ours(write);
    else write();
  }

  private draw(): void {
    if (!this.model || !this.doc.body) return;
    // Fallback marks split text nodes, so the map must be read from the DOM as it is now.
    if (!this.highlighter.usesHighlightApi) {
      this.watch ? this.watch.ours(() => this.highlighter.clear()) : this.highlighter.clear();
      this.map = buildTextMap(this.doc.body);
    }
    const map = this.map ?? buildTextMap(this.doc.body);
    const items: HighlightItem[] = [];
    for (const article of this.model.articles) {
      for (const claim of article.claims) {
        const range = map.toRange(claim.start, claim.end);
        if (!range) continue;
        items.push({ id: claim.id, range, kind: claim.kind, dismissed: claim.dismissed, status: claim.annotation?.status, color: claim.annotation?.color });
      }
      for (const note of article.notes) {
        const range = map.toRange(note.start, note.end);
        if (range) items.push({ id: note.annotation.id, range, kind: 'note', status: note.annotation.status, color: note.annotation.color });
      }
    }
    this.paint(items);
    this.renderUi();
  }

  // ---- Pointer, selection, keyboard ------------------------------------------------------------

  private installInteractions(): void {
    const opts = { signal: this.signal, passive: true } as const;
    let frame = 0;
    this.doc.addEventListener(
      'pointermove',
      (event) => {
        if (frame || this.pinned || !this.highlighter.drawn.length) return;
        const { clientX, clientY } = event;
        frame = requestAnimationFrame(() => {
          frame = 0;
          this.hoverAt(clientX, clientY);
        });
      },
      opts,
    );
    this.doc.addEventListener(
      'click',
      (event) => {
        if (this.isInsideUi(event)) return;
        const item = this.highlighter.drawn.length ? itemAtPoint(this.highlighter.drawn, this.doc, event.clientX, event.clientY, this.highlighter.shadowRoots) : null;
        if (item && !this.model && this.status === 'analysing') this.inputWaiting = { kind: 'click', range: item.range };
        else if (item) this.openItem(item.id, { pin: true, takeFocus: false });
        else {
          this.inputWaiting = null;
          if (this.view) this.closeCard();
        }
      },
      opts,
    );
    const onSelection = () => setTimeout(() => this.readSelection(), 0);
    this.doc.addEventListener('mouseup', onSelection, opts);
    this.doc.addEventListener('keyup', (e) => e.shiftKey && onSelection(), opts);
    // (Caught on the way down: a scrolling box's scroll event does not bubble, and its figures move as the window's do.)
    this.doc.addEventListener('scroll', () => this.onScroll(), { ...opts, capture: true });
    // (A resize flows the page anew: the card and the ring move with their figure as after a scroll.)
    this.doc.defaultView?.addEventListener('resize', () => this.onScroll(), opts);
    installClaimKeys(
      this.doc,
      {
        next: () => this.moveFocus(1),
        previous: () => this.moveFocus(-1),
        open: () => {
          if (this.inputWaiting?.kind === 'keys') return (this.inputWaiting.open = true);
          const claim = this.navigableClaims()[this.navIndex];
          if (!claim || this.view) return false;
          this.openItem(claim.id, { pin: true, takeFocus: true });
          return true;
        },
        // One layer at a time: a card shown on hover closes first, keeping the reader's place among the claims.
        leave: () => {
          if (this.inputWaiting) {
            this.inputWaiting = null;
            return true;
          }
          if (this.view) {
            this.closeCard();
            return true;
          }
          if (this.navIndex < 0) return false;
          this.navIndex = -1;
          this.focusClaim(null);
          this.renderUi();
          return true;
        },
        inOwnUi: (event) => this.isInsideUi(event),
      },
      this.signal,
    );
  }

  private isInsideUi(event: Event): boolean {
    const host = this.ui.host();
    return !!host && event.composedPath().includes(host);
  }

  private hoverAt(x: number, y: number): void {
    const item = itemAtPoint(this.highlighter.drawn, this.doc, x, y, this.highlighter.shadowRoots);
    clearTimeout(this.hoverTimer);
    const current = this.view?.kind === 'claim' ? this.view.claim.id : this.view?.kind === 'note' ? this.view.note?.id : undefined;
    if (item && item.id !== current) {
      this.hoverTimer = setTimeout(() => this.openItem(item.id, { pin: false, takeFocus: false }), HOVER_OPEN_MS);
    } else if (!item && this.view && !this.pinned) {
      this.hoverTimer = setTimeout(() => {
        if (!this.pointerInCard && !this.pinned) this.closeCard();
      }, HOVER_CLOSE_MS);
    }
  }

  private onScroll(): void {
    // The card sits next to its figure, and a focused field's ring on its field: after a scroll, move them along.
    if (!this.view) {
      if (this.focusedField) this.renderUi();
      return;
    }
    const id = this.view.kind === 'claim' ? this.view.claim.id : this.view.note?.id;
    const place = this.highlighter.drawn.find((i) => i.id === id)?.range ?? (this.view.kind === 'claim' ? this.fieldOf(this.view.claim.id) : null);
    if (place) this.view = { ...this.view, box: boxOf(place), takeFocus: false };
    else if (this.noteDraft && this.map) {
      const range = this.map.toRange(this.noteDraft.start, this.noteDraft.end);
      if (range) this.view = { ...this.view, box: boxOf(range), takeFocus: false };
    }
    this.renderUi();
  }

  private readSelection(): void {
    const selection = this.doc.getSelection();
    let next: typeof this.selection = null;
    if (selection && !selection.isCollapsed && selection.rangeCount && this.map && this.model) {
      const range = selection.getRangeAt(0);
      const span = this.map.spanOf(range);
      if (span && this.map.text.slice(span.start, span.end).trim()) {
        // Trim surrounding whitespace so a note or figure starts and ends on a character.
        const text = this.map.text.slice(span.start, span.end);
        const start = span.start + (text.length - text.trimStart().length);
        const end = span.end - (text.length - text.trimEnd().length);
        const rects = range.getClientRects();
        const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
        next = { start, end, box: { top: last.top, left: last.left, bottom: last.bottom, right: last.right } };
      }
    }
    if (next?.start === this.selection?.start && next?.end === this.selection?.end) return;
    this.selection = next;
    this.renderUi();
  }

  private moveFocus(step: 1 | -1): void {
    const claims = this.navigableClaims();
    if (!claims.length && this.status === 'analysing' && !this.model) {
      this.inputWaiting = { kind: 'keys', step, open: false };
      this.announcement = t('card_announce_waiting');
      this.renderUi();
      return;
    }
    if (!claims.length) {
      this.announcement = t('card_announce_none');
      this.renderUi();
      return;
    }
    this.closeCard();
    this.navIndex = this.navIndex < 0 ? (step > 0 ? 0 : claims.length - 1) : (this.navIndex + step + claims.length) % claims.length;
    const claim = claims[this.navIndex];
    this.focusClaim(claim.id);
    this.scrollToClaim(claim.id);
    this.announcement = t('card_announce_claim', [this.navIndex + 1, claims.length, claim.text, t(`kind_${claim.kind}` as MessageKey)]);
    this.renderUi();
  }

  /** Marks the figure the keyboard is on: its highlight, or (a figure in a form field) its field's ring. */
  private focusClaim(claimId: string | null): void {
    this.highlighter.focus(claimId);
    this.focusedClaimId = claimId;
  }

  /** The field to ring: the focused figure's, when no highlight marks it; null once the figure or its field is gone. */
  private ringedField(): Element | null {
    const claimId = this.focusedClaimId;
    return claimId !== null && !this.highlighter.drawn.some((i) => i.id === claimId) ? this.fieldOf(claimId) : null;
  }

  /** What the reader asked for while the analysis ran, now that the figures can be reached (or are known to be none). */
  private runWaitingInput(): void {
    const waiting = this.inputWaiting;
    this.inputWaiting = null;
    if (waiting?.kind === 'keys') {
      this.moveFocus(waiting.step);
      const claim = this.navigableClaims()[this.navIndex];
      if (waiting.open && claim) this.openItem(claim.id, { pin: true, takeFocus: true });
    } else if (waiting?.kind === 'click') {
      const span = this.map?.spanOf(waiting.range);
      const claim = span && this.navigableClaims().find((c) => c.start < span.end && span.start < c.end);
      if (claim) this.openItem(claim.id, { pin: true, takeFocus: false });
    }
  }

  private scrollToClaim(claimId: string): boolean {
    const item = this.highlighter.drawn.find((i) => i.id === claimId);
    if (!item) {
      // A figure in a read-only form field has no highlight (no range reaches a control's value): its field stands in.
      const field = this.fieldOf(claimId);
      field?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      return !!field;
    }
    const view = this.doc.defaultView;
    // In a frame (an article some sites load into the page's content frame, often as tall as the article so it
    // never scrolls itself) the page around it must scroll: scrollIntoView scrolls every ancestor, frames' too.
    if (view && view !== view.top) {
      item.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      return true;
    }
    const rect = item.range.getBoundingClientRect();
    if (view && (rect.top < 0 || rect.bottom > view.innerHeight)) {
      view.scrollBy({ top: rect.top - view.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
    }
    return true;
  }

  /**
   * The read-only form field a figure stands in, while the page shows it: one the page has removed or hidden since
   * the analysis (until the change is analysed) has no box to scroll to or place a card beside.
   */
  private fieldOf(claimId: string): Element | null {
    const claim = this.model?.findClaim(claimId)?.claim;
    const field = claim && this.map ? this.map.fieldAt(claim.start, claim.end) : null;
    return field?.isConnected && field.getClientRects().length ? field : null;
  }

  // ---- Cards ------------------------------------------------------------------------------------

  private openItem(id: string, { pin, takeFocus }: { pin: boolean; takeFocus: boolean }): boolean {
    if (!this.model) return false;
    const item = this.highlighter.drawn.find((i) => i.id === id);
    const found = this.model.findClaim(id);
    if (found) {
      const place = item?.range ?? this.map?.toRange(found.claim.start, found.claim.end) ?? this.fieldOf(id);
      if (!place) return false;
      this.view = { kind: 'claim', claim: found.claim, region: regionOfFigure(found.claim.sentence, found.article.analysis.regions), box: boxOf(place), takeFocus };
    } else {
      const note = this.model.findNote(id);
      if (!note || !item) return false;
      this.noteDraft = null;
      this.view = { kind: 'note', quote: this.model.text.slice(note.note.start, note.note.end), note: note.note.annotation, box: boxOf(item.range), takeFocus };
    }
    this.pinned = pin;
    this.renderUi();
    return true;
  }

  private closeCard(): void {
    clearTimeout(this.hoverTimer);
    this.view = null;
    this.pinned = false;
    this.noteDraft = null;
    this.pointerInCard = false;
    this.renderUi();
  }

  private renderUi(): void {
    // Nothing to show and nothing shown yet: do not mount our UI on the page at all.
    this.focusedField = this.ringedField();
    if (!this.ui.host() && !this.view && !this.selection && !this.announcement && !this.focusedField) return;
    this.ui.render({
      view: this.view,
      focusedField: this.focusedField ? boxOf(this.focusedField) : null,
      selection: this.selection?.box ?? null,
      announcement: this.announcement,
      locale: this.locale,
      onClose: () => this.closeCard(),
      onDismiss: (claimId, dismissed) => void this.dismiss(claimId, dismissed),
      onSaveAnnotation: (view, input) => this.saveAnnotation(view, input),
      onDeleteAnnotation: (view) => this.deleteAnnotation(view),
      onAddFigure: () => this.addSelectionAsClaim(),
      onAddNote: () => void this.startNote(),
      onCardPointer: (inside) => {
        this.pointerInCard = inside;
        if (inside) clearTimeout(this.hoverTimer);
        else if (!this.pinned) this.hoverTimer = setTimeout(() => !this.pinned && this.closeCard(), HOVER_CLOSE_MS);
      },
    });
  }

  // ---- Reader actions -------------------------------------------------------------------------

  addSelectionAsClaim(): SaveOutcome {
    if (!this.model || !this.selection) return { ok: false, error: t('card_selection_not_mapped') };
    const claim = this.model.addReaderClaim(this.selection.start, this.selection.end);
    if (!claim) return { ok: false, error: t('card_selection_not_mapped') };
    this.selection = null;
    this.doc.getSelection()?.removeAllRanges();
    this.draw();
    this.openItem(claim.id, { pin: true, takeFocus: true });
    void this.saveArticleOf(claim.id);
    return { ok: true };
  }

  private startNote(): SaveOutcome {
    if (!this.model || !this.selection || !this.map) return { ok: false, error: t('card_selection_not_mapped') };
    const { start, end, box } = this.selection;
    this.noteDraft = { start, end };
    this.selection = null;
    this.view = { kind: 'note', quote: this.model.text.slice(start, end), box, takeFocus: true };
    this.pinned = true;
    this.renderUi();
    return { ok: true };
  }

  private async dismiss(claimId: string, dismissed: boolean): Promise<void> {
    const article = this.model?.setDismissed(claimId, dismissed);
    if (!article) return;
    if (dismissed) this.closeCard();
    this.draw();
    if (!dismissed) this.openItem(claimId, { pin: true, takeFocus: false });
    await this.save(article);
  }

  private async saveAnnotation(view: LayerView, input: AnnotationInput): Promise<SaveOutcome> {
    if (!this.model) return { ok: false, error: 'The page is not analysed' };
    let result: { article: ModelArticle } | null = null;
    if (view.kind === 'claim') result = this.model.annotateClaim(view.claim.id, input);
    else if (view.note) result = this.model.updateNote(view.note.id, input);
    else if (this.noteDraft) {
      const added = this.model.addNote(this.noteDraft.start, this.noteDraft.end, input);
      this.noteDraft = null;
      if (added) this.view = { ...view, note: added.annotation, takeFocus: false };
      result = added;
    }
    if (!result) return { ok: false, error: 'The page is not analysed' };
    this.draw();
    this.refreshView();
    return this.save(result.article);
  }

  private async deleteAnnotation(view: LayerView): Promise<SaveOutcome> {
    if (!this.model) return { ok: false, error: 'The page is not analysed' };
    const removed = view.kind === 'claim' ? this.model.removeClaimAnnotation(view.claim.id) : view.note ? this.model.removeNote(view.note.id) : null;
    if (!removed) return { ok: true };
    this.draw();
    if (view.kind === 'note') this.closeCard();
    else this.refreshView();
    const outcome = await this.services.deleteAnnotation(removed.id).catch((e: unknown) => failure(e));
    void this.report();
    return outcome;
  }

  /** After an edit the card shows the record as stored in the model. */
  private refreshView(): void {
    if (!this.view || !this.model) return;
    // The card stays open across a re-analysis (the reader may be typing) while its figure exists.
    if (this.view.kind === 'claim') {
      const found = this.model.findClaim(this.view.claim.id);
      if (!found) return this.closeCard();
      // (The regions may have come since it opened: they are asked for after the figures are drawn.)
      this.view = { ...this.view, claim: { ...found.claim }, region: regionOfFigure(found.claim.sentence, found.article.analysis.regions), takeFocus: false };
    } else if (this.view.note) {
      const found = this.model.findNote(this.view.note.id);
      if (!found) return this.closeCard();
      this.view = { ...this.view, note: found.note.annotation, takeFocus: false };
    }
    this.renderUi();
  }

  async setClaimStatus(claimId: string, status: FactCheckStatus): Promise<SaveOutcome> {
    const result = this.model?.setClaimStatus(claimId, status);
    if (!result) return { ok: false, error: `No figure ${claimId} on this page` };
    this.draw();
    this.refreshView();
    return this.save(result.article);
  }

  private async saveArticleOf(claimId: string): Promise<SaveOutcome> {
    const found = this.model?.findClaim(claimId);
    return found ? this.save(found.article) : { ok: false, error: `No figure ${claimId} on this page` };
  }

  /** Saves one article with everything on it; the library merges it with what it holds. */
  private async save(article: ModelArticle): Promise<SaveOutcome> {
    if (!this.model) return { ok: false, error: 'The page is not analysed' };
    const saved = this.model.savedArticle(article);
    const outcome = await this.services.save(saved).catch((e: unknown) => failure(e));
    if (outcome.ok) article.savedAt = saved.article.savedAt;
    void this.report();
    return outcome;
  }

  /** Saves every article on the page that has figures or notes. */
  async savePage(): Promise<SaveOutcome> {
    if (this.running) await this.running;
    if (!this.model) return { ok: false, error: 'The page is not analysed' };
    const articles = this.model.articles.filter((a) => a.claims.length || a.notes.length);
    if (!articles.length) return { ok: false, error: 'No article with figures on this page' };
    for (const article of articles) {
      const outcome = await this.save(article);
      if (!outcome.ok) return outcome;
    }
    return { ok: true };
  }

  /** Answers the popup's and side panel's requests. */
  handlers(): ContentHandlers {
    const ok = { ok: true } as const;
    return {
      'get-page-state': () => this.state(),
      'analyse-now': async () => {
        if (this.status === 'skipped') this.status = 'idle';
        await this.analyse({ force: true });
        return this.status === 'error' ? { ok: false, error: this.error ?? 'error' } : ok;
      },
      'save-page': () => this.savePage(),
      'scroll-to-claim': ({ claimId }) => {
        if (!this.scrollToClaim(claimId)) return { ok: false, error: `No figure ${claimId} on this page` };
        this.navIndex = this.navigableClaims().findIndex((c) => c.id === claimId);
        this.focusClaim(claimId);
        this.renderUi();
        return ok;
      },
      'open-claim-card': ({ claimId }) => {
        this.scrollToClaim(claimId);
        return this.openItem(claimId, { pin: true, takeFocus: true }) ? ok : { ok: false, error: `No figure ${claimId} on this page` };
      },
      'set-claim-status': ({ claimId, status }) => this.setClaimStatus(claimId, status),
      'add-selection-as-claim': () => {
        this.readSelection();
        return this.addSelectionAsClaim();
      },
      'add-selection-as-note': () => {
        this.readSelection();
        return this.startNote();
      },
    };
  }

  /** Leaves the page as we found it. */
  destroy(): void {
    clearTimeout(this.hoverTimer);
    this.watch?.stop();
    this.highlighter.clear();
    this.view = null;
    this.selection = null;
  }
}

function boxOf(place: Range | Element): Box {
  const rects = place.getClientRects();
  const first = rects[0] ?? place.getBoundingClientRect();
  return { top: first.top, left: first.left, bottom: first.bottom, right: first.right };
}

function failure(error: unknown): SaveOutcome {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}

/** A figure drawn before the analysis ends has no claim id yet: its id is its span in the page's text. */
function previewId(start: number, end: number): string {
  return `preview-${start}-${end}`;
}

/** The claims drawn so far during a first analysis; each slice adds the articles it finished. */
class PreviewDrawing {
  private items: HighlightItem[] = [];
  private drawn: readonly ArticleAnalysis[] = [];

  add(map: TextMap, articles: readonly ArticleAnalysis[]): readonly HighlightItem[] {
    // The articles drawn are the first of these, unless the analysis started over (the page changed
    // while its beginning was drawn): then everything is drawn anew.
    const from = this.drawn.every((article, i) => articles[i] === article) ? this.drawn.length : 0;
    if (from === 0) this.items = [];
    for (const article of articles.slice(from)) {
      for (const claim of article.claims) {
        const range = map.toRange(claim.start, claim.end);
        if (range) this.items.push({ id: previewId(claim.start, claim.end), range, kind: claim.kind });
      }
    }
    this.drawn = articles;
    return this.items;
  }
}
