/**
 * How the loader (entrypoints/content.ts, in every page) and the analysis script
 * (entrypoints/analysis.content.ts, loaded only into pages that may hold an article) meet. Both
 * run in this extension's isolated world of the same frame, which the page's own scripts cannot
 * see, so a property of that world's globalThis is private to us. The loader keeps the only
 * message listener; once the analysis script attaches its handlers, the loader forwards to them.
 */
import type { ContentHandlers } from '../messaging';
import type { Settings } from '../settings';

export interface Handover {
  /** The settings the loader is reading (it loads the analysis before they arrive). */
  settings: Promise<Settings>;
  /** The page is on the reader's skip list (the reader asked for an analysis anyway). */
  skipped: Promise<boolean>;
  /**
   * Whether to start at all: the script is loaded while the settings are read, and an automatic load
   * they decline (click-only mode, a skipped site) must do nothing.
   */
  allowed: Promise<boolean>;
  /** The loader's quick look just found the page may hold an article: the analysis need not look again. */
  quickLookPassed: boolean;
  /** Called by the analysis script once its session exists. */
  attach(handlers: ContentHandlers): void;
}

const KEY = '__figureFinderHandover';

type Holder = { [KEY]?: Handover };

export function offerHandover(handover: Handover): void {
  (globalThis as Holder)[KEY] = handover;
}

/** The settings declined the analysis, or it could not be loaded: the offer is void. */
export function withdrawHandover(): void {
  delete (globalThis as Holder)[KEY];
}

/** The loader's offer, taken once: an analysis script loaded twice finds nothing the second time. */
export function takeHandover(): Handover | null {
  const holder = globalThis as Holder;
  const handover = holder[KEY] ?? null;
  delete holder[KEY];
  return handover;
}
