/**
 * Which frame of a tab speaks for its page. The loader runs in every frame worth reading
 * (utils/in-page/frame-gate.ts), so some county-government and e-paper pages, whose article sits in an
 * `<iframe>`, have it in a subframe while the top frame holds only the site's shell. Requests for the
 * page (popup, side panel, context menu) must reach the frame that holds the article, and the badge
 * must count that frame's figures: a request sent to the whole tab would be answered by whichever
 * frame replied first.
 *
 * The rule (`chooseFrame`): the top frame wins whenever it holds an article, so a page whose article
 * is in the top document behaves exactly as without frames; otherwise the subframe whose articles hold
 * the most regional-development figures (then the most articles, then the first to report); with no
 * article anywhere, the first frame whose quick look found a possible article and that was not analysed
 * yet (click-only mode: the frame "Analyse now" should reach), top frame first; else the top frame.
 *
 * The record lives in `storage.session` as well as in memory: the service worker stops after half a
 * minute idle, and a reader opens the popup long after the page reported. It starts afresh when the tab
 * goes to a new address and goes when the tab closes; a frame that no longer answers (a reload gives
 * subframes new ids) is dropped when a request to it fails, and a frame that reports again replaces its entry.
 */
import type { ContentRequest, PageSummary } from '../messages';
import { FrameUnreachable, sendToTab } from '../messaging';

export const TOP_FRAME = 0;

/** What one frame of a tab has told the background. */
export interface FrameRecord {
  /** The frame's latest summary, once it reported one. */
  summary?: PageSummary;
  /** Its loader's quick look found the page may hold an article (it asked for the analysis unasked). */
  mayHoldArticle?: boolean;
  /** Order of first report in the tab: ties go to the earlier frame. */
  seen: number;
}

/** A tab's frames by frame id (string keys: the record is stored as JSON). */
export type TabFrames = Record<string, FrameRecord>;

const articlesIn = (record: FrameRecord | undefined): number => record?.summary?.articles ?? 0;

/** The frame that speaks for the tab's page (see the rule above). */
export function chooseFrame(frames: TabFrames): number {
  if (articlesIn(frames[TOP_FRAME]) > 0) return TOP_FRAME;
  const entries = Object.entries(frames).map(([id, record]) => ({ id: Number(id), record }));
  const byClaims = entries
    .filter(({ record }) => articlesIn(record) > 0)
    .sort(
      (a, b) =>
        (b.record.summary?.relevantClaims ?? 0) - (a.record.summary?.relevantClaims ?? 0) ||
        articlesIn(b.record) - articlesIn(a.record) ||
        a.record.seen - b.record.seen,
    );
  if (byClaims.length) return byClaims[0].id;
  // A frame analysed and found to hold no article is no longer a candidate: the page speaks for itself.
  const mayHold = (record: FrameRecord | undefined) => record?.mayHoldArticle === true && record.summary?.status !== 'done';
  if (mayHold(frames[TOP_FRAME])) return TOP_FRAME;
  const candidates = entries.filter(({ record }) => mayHold(record)).sort((a, b) => a.record.seen - b.record.seen);
  return candidates.length ? candidates[0].id : TOP_FRAME;
}

/** Where the record is kept between service-worker restarts (`browser.storage.session`). */
export interface FrameStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyOf = (tabId: number) => `frames:${tabId}`;

/** What is kept per tab: the top frame's address (without its #fragment) and the frames that reported. */
interface TabRecord {
  address?: string;
  frames: TabFrames;
}

const seenOrder = (frames: TabFrames, frameId: number) => frames[frameId]?.seen ?? Object.keys(frames).length;

/** The per-tab record of frames, kept in memory and in the store. */
export class PageFrames {
  private readonly tabs = new Map<number, Promise<TabRecord>>();

  constructor(private readonly store: FrameStore | null) {}

  /** A frame reported its state; resolves the summary of the frame that now speaks for the page, if it reported one. */
  async report(tabId: number, frameId: number, summary: PageSummary): Promise<PageSummary | undefined> {
    const { frames } = await this.update(tabId, ({ frames }) => {
      frames[frameId] = { ...frames[frameId], summary, seen: seenOrder(frames, frameId) };
    });
    return frames[chooseFrame(frames)]?.summary;
  }

  /** A frame's quick look found a possible article. */
  async mayHoldArticle(tabId: number, frameId: number): Promise<void> {
    await this.update(tabId, ({ frames }) => {
      frames[frameId] = { ...frames[frameId], mayHoldArticle: true, seen: seenOrder(frames, frameId) };
    });
  }

  async target(tabId: number): Promise<number> {
    return chooseFrame((await this.read(tabId)).frames);
  }

  /** The frame did not answer (it was removed or navigated): stop sending to it. */
  async forgetFrame(tabId: number, frameId: number): Promise<void> {
    await this.update(tabId, ({ frames }) => {
      delete frames[frameId];
    });
  }

  /**
   * The tab's top frame went to `url` (the browser's tabs.onUpdated `url`). A new address is a new page,
   * whose frames are all new: resolves true, and the record starts afresh. A new #fragment (a table of
   * contents link) is the same page, whose frames do not report again: false, and the record stays. Only
   * the address tells: Chrome reports a subframe's navigation as the tab "loading" too, and an ad frame
   * that reloads must not make the page forget its article's frame.
   */
  async navigated(tabId: number, url: string): Promise<boolean> {
    const address = url.split('#')[0];
    let fresh = false;
    await this.update(tabId, (record) => {
      if (record.address === address) return;
      fresh = true;
      record.address = address;
      record.frames = {};
    });
    return fresh;
  }

  closed(tabId: number): void {
    this.tabs.delete(tabId);
    void this.store?.remove(keyOf(tabId)).catch(() => undefined);
  }

  /**
   * Sends to the frame that speaks for the page. A subframe that no longer answers (removed, or navigated
   * away from the article) is forgotten and the next choice tried; the top frame always ends the search,
   * so a page without frames is sent to exactly as before. An error the frame answers with is the page's
   * reply, not a missing frame, and is passed on.
   */
  async send<T>(tabId: number, send: (frameId: number) => Promise<T>): Promise<T> {
    for (;;) {
      const frameId = await this.target(tabId);
      try {
        return await send(frameId);
      } catch (error) {
        if (frameId === TOP_FRAME || !(error instanceof FrameUnreachable)) throw error;
        await this.forgetFrame(tabId, frameId);
      }
    }
  }

  private read(tabId: number): Promise<TabRecord> {
    let record = this.tabs.get(tabId);
    if (!record) {
      record = this.store
        ? this.store.get(keyOf(tabId)).then((items) => (items[keyOf(tabId)] as TabRecord | undefined) ?? { frames: {} }, () => ({ frames: {} }))
        : Promise.resolve({ frames: {} });
      this.tabs.set(tabId, record);
    }
    return record;
  }

  /** Changes are chained per tab, so two reports arriving together both land. */
  private update(tabId: number, change: (record: TabRecord) => void): Promise<TabRecord> {
    const next = this.read(tabId).then((record) => {
      const changed = { ...record, frames: { ...record.frames } };
      change(changed);
      // Not awaited: the badge and the injection need not wait for the disk. The writes go out in order.
      void this.store?.set({ [keyOf(tabId)]: changed }).catch(() => undefined);
      return changed;
    });
    this.tabs.set(tabId, next);
    return next;
  }
}

/** Passes a request to the frame of the tab that holds its article (the popup, side panel and context menu use it). */
export function sendToArticleFrame<R extends ContentRequest>(frames: PageFrames, tabId: number, request: R) {
  return frames.send(tabId, (frameId) => sendToTab(tabId, request, frameId));
}
