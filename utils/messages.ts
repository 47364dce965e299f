/**
 * The typed messages between the content script, the background service worker and the extension's
 * pages (popup, side panel, dashboard). One union per direction, so a handler's `switch` is checked
 * by the compiler. Payloads are plain JSON: they cross process boundaries.
 * Send and route them with utils/messaging (`sendToBackground`, `sendToTab`, `routeContentMessages`).
 *
 * Click-only mode (settings.autoDetect false): the content script is still declared for every page,
 * but on start it only reads the settings, reports `status: 'idle'` (or `'skipped'` for a site in
 * the skip list) and waits for `analyse-now` from the popup, the side panel or the context menu.
 * Chosen over injecting with `scripting.executeScript` on the action click because one code path
 * then serves both modes, single-page navigations keep working after the first click, and the
 * popup can tell "not analysed yet" apart from "cannot run here". The popup still injects the
 * script with `scripting.executeScript` into tabs that have none (opened before installation).
 */
import type { ArticleAnalysis, Region } from './articles/types';
import type { Claim, ClaimKind, Language } from './quantities/types';
import type { AnnotationRecord, ClaimRecord, SavedArticle } from './store/types';

/** What the content script knows about its page, as the popup and side panel show it. */
export interface PageState {
  url: string;
  title: string;
  /**
   * `idle` before analysis (click-only mode), `analysing`, `done`, `error`, or `skipped` (site in the
   * skip list). The content script reports every change with `page-state-changed`: the background
   * sets the badge from it and the popup and side panel redraw.
   */
  status: 'idle' | 'analysing' | 'done' | 'error' | 'skipped';
  error?: string;
  /** While a long page is analysed (`analysing`): how far the analysis has got. */
  progress?: AnalysisProgress;
  articles: PageArticle[];
  /** Saved already? Then its library id. */
  savedArticleIds: string[];
  /** Notes and claims saved earlier that could not be placed on the page again. */
  orphans: Array<AnnotationRecord | ClaimRecord>;
}

/** How far the analysis of a long page has got, as the popup and side panel show it. */
export interface AnalysisProgress {
  /** Figures found so far in the regional-development articles analysed so far. */
  figures: number;
  /** The share (0–1) of the page's articles' text analysed; absent while the page is still being read. */
  share?: number;
}

/** A page's state in brief (utils/in-page/page-summary.ts): what `page-state-changed` carries. */
export interface PageSummary {
  url: string;
  title: string;
  status: PageState['status'];
  error?: string;
  /** Figures in its regional-development articles the reader has not dismissed: the badge. */
  relevantClaims: number;
  /**
   * Articles found (0 before the analysis). Lets the background tell which frame of a tab holds the
   * article (utils/background/frames.ts). Optional: summaries from before it count as none.
   */
  articles?: number;
}

/** An article on the page with its claims, as ids the side panel can point back at. */
export interface PageArticle extends Omit<ArticleAnalysis, 'claims'> {
  /** Index of the article on the page (0-based). */
  index: number;
  claims: PageClaim[];
  countsByKind: Partial<Record<ClaimKind, number>>;
  /** The reader's free notes on this article's text (notes on claims sit on their PageClaim). */
  notes?: AnnotationRecord[];
}

export interface PageClaim extends Claim {
  /** Stable within the page: the saved ClaimRecord id once saved. */
  id: string;
  origin: 'engine' | 'reader';
  dismissed?: boolean;
  annotation?: AnnotationRecord;
}

/** Sent to the background service worker. */
export type BackgroundRequest =
  | { type: 'page-state-changed'; summary: PageSummary }
  /**
   * From the loader content script of a frame whose quick look found a possible article, whether or
   * not the settings let it be analysed unasked: in click-only mode, "Analyse now" goes to that frame.
   */
  | { type: 'may-hold-article' }
  /**
   * From the loader, where it cannot import the analysis script itself (utils/in-page/analysis-script.ts):
   * inject it into the sending frame. The loader has applied the settings already.
   */
  | { type: 'load-analysis' }
  | { type: 'analyse-english'; text: string }
  /**
   * The gazetteer runs in the background. The optional fields are those of utils/articles/analyse's
   * RegionQuery (offsets relative to `text`); without them the whole text counts and the language is
   * detected.
   */
  | {
      type: 'resolve-regions';
      title: string;
      text: string;
      lead?: { start: number; end: number };
      excluded?: Array<{ start: number; end: number }>;
      language?: Language;
    }
  | { type: 'save-article'; saved: SavedArticle }
  /** Every saved article of the page (an e-paper page holds several), most recently updated first. */
  | { type: 'find-saved-articles'; url: string; canonicalUrl: string }
  | { type: 'put-annotation'; annotation: AnnotationRecord }
  | { type: 'delete-annotation'; id: string }
  | { type: 'put-claim'; claim: ClaimRecord }
  /**
   * From an extension page (popup, side panel): pass `request` to the frame of tab `tabId` that holds
   * its article (the top frame unless a subframe does), and return that frame's reply.
   */
  | { type: 'send-to-page'; tabId: number; request: ContentRequest }
  | { type: 'open-side-panel' }
  | { type: 'open-dashboard'; articleId?: string }
  /**
   * A locale's interface messages (public/_locales/DIR/messages.json), for a content script whose
   * reader chose a language other than the browser's: pages cannot fetch the extension's files.
   */
  | { type: 'get-locale-messages'; dir: string };

export type BackgroundResponse<T extends BackgroundRequest['type']> = T extends 'analyse-english'
  ? Claim[]
  : T extends 'resolve-regions'
    ? Region[]
    : T extends 'find-saved-articles'
      ? SavedArticle[]
      : T extends 'get-locale-messages'
        ? Record<string, { message: string }>
        : T extends 'send-to-page'
            ? ContentResponse<ContentRequest['type']>
            : { ok: true } | { ok: false; error: string };

/** Sent from the popup, side panel or background (context menu) to the content script of a tab. */
export type ContentRequest =
  | { type: 'get-page-state' }
  | { type: 'analyse-now' }
  | { type: 'save-page' }
  | { type: 'scroll-to-claim'; claimId: string }
  | { type: 'open-claim-card'; claimId: string }
  | { type: 'set-claim-status'; claimId: string; status: AnnotationRecord['status'] }
  /** Context menu "Add as figure" on a selection: the content script reads the selection itself. */
  | { type: 'add-selection-as-claim' }
  /** Context menu "Add a note" on a selection: opens the note card there, its field focused. */
  | { type: 'add-selection-as-note' };

/** `get-page-state` answers with the page's state; every other request with an outcome. */
export type ContentResponse<T extends ContentRequest['type']> = T extends 'get-page-state'
  ? PageState
  : { ok: true } | { ok: false; error: string };
