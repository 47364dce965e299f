/**
 * What the background service worker does for each BackgroundRequest. The work itself lives in
 * other modules (the English engine, the gazetteer, the library store), passed in as `services`,
 * so this table only translates messages into calls and outcomes.
 */
import type { RegionQuery } from '../articles/analyse';
import { detectLanguage } from '../articles/language';
import type { Region } from '../articles/types';
import { currentLocale, fetchLocale, type Locale } from '../i18n';
import type { BackgroundHandlers } from '../messaging';
import type { Claim } from '../quantities/types';
import type { AnnotationRecord, ClaimRecord, SavedArticle } from '../store/types';
import { clearBadge, showPageBadge } from './badge';
import { sendToArticleFrame, type PageFrames } from './frames';
import { injectAnalysis } from './inject';
import { openDashboard, openSidePanel } from './pages';

export interface BackgroundServices {
  /** English claims run here: compromise is too large to load into every page. */
  analyseEnglish(text: string): Promise<Claim[]> | Claim[];
  /** Which frame of each tab holds its article (utils/background/frames.ts). */
  frames: PageFrames;
  /** The gazetteer runs here for the same reason. */
  resolveRegions(query: RegionQuery): Promise<Region[]> | Region[];
  library: {
    saveArticle(saved: SavedArticle): Promise<unknown>;
    findSavedArticles(url: string, canonicalUrl: string): Promise<SavedArticle[]>;
    putAnnotation(annotation: AnnotationRecord): Promise<unknown>;
    deleteAnnotation(id: string): Promise<unknown>;
    putClaim(claim: ClaimRecord): Promise<unknown>;
  };
}

type Outcome = { ok: true } | { ok: false; error: string };

/**
 * Store writes report failure (a full disk, a quota) as an outcome the page can show, not a crash;
 * in the reader's language when the error carries one (the store's StorageFullError does).
 */
async function outcome(work: () => Promise<unknown>): Promise<Outcome> {
  try {
    await work();
    return { ok: true };
  } catch (error) {
    const userMessage = (error as { userMessage?: Partial<Record<Locale, string>> } | null)?.userMessage?.[currentLocale()];
    return { ok: false, error: userMessage ?? (error instanceof Error ? error.message : String(error)) };
  }
}

export function createBackgroundHandlers(services: BackgroundServices): BackgroundHandlers {
  return {
    'page-state-changed': ({ summary }, sender) =>
      outcome(async () => {
        if (sender.tab?.id === undefined) return;
        // The badge speaks for the page: it shows the frame that holds the article (the top frame unless a subframe does).
        const shown = await services.frames.report(sender.tab.id, sender.frameId ?? 0, summary);
        if (shown) await showPageBadge(sender.tab.id, shown);
      }),
    'may-hold-article': (_, sender) =>
      outcome(async () => {
        if (sender.tab?.id !== undefined) await services.frames.mayHoldArticle(sender.tab.id, sender.frameId ?? 0);
      }),
    'load-analysis': (_, sender) => outcome(() => injectAnalysis(sender.tab?.id, sender.frameId)),
    'analyse-english': ({ text }) => services.analyseEnglish(text),
    'resolve-regions': ({ title, text, lead, excluded, language }) =>
      services.resolveRegions({ title, text, lead, excluded: excluded ?? [], language: language ?? detectLanguage(text) }),
    'save-article': ({ saved }) => outcome(() => services.library.saveArticle(saved)),
    'find-saved-articles': ({ url, canonicalUrl }) => services.library.findSavedArticles(url, canonicalUrl),
    'put-annotation': ({ annotation }) => outcome(() => services.library.putAnnotation(annotation)),
    'delete-annotation': ({ id }) => outcome(() => services.library.deleteAnnotation(id)),
    'put-claim': ({ claim }) => outcome(() => services.library.putClaim(claim)),
    'send-to-page': ({ tabId, request }) => sendToArticleFrame(services.frames, tabId, request),
    'open-side-panel': (_, sender) => outcome(() => openSidePanel({ tabId: sender.tab?.id, windowId: sender.tab?.windowId })),
    'open-dashboard': ({ articleId }) => outcome(() => openDashboard(articleId)),
    'get-locale-messages': ({ dir }) => fetchLocale(dir),
  };
}

/**
 * A tab that goes to a new address loses the old page's badge and frames (utils/background/frames.ts,
 * `navigated`). Chrome reports a subframe's navigation (an ad that reloads) and a reload as the tab
 * "loading" as well, without an address: the badge then stays, and a reloaded page reports again.
 */
export async function followTabNavigation(frames: PageFrames, tabId: number, change: { url?: string }): Promise<void> {
  if (change.url === undefined) return;
  if (await frames.navigated(tabId, change.url)) await clearBadge(tabId);
}
