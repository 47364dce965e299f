/**
 * What the popup and side panel know about a tab's page: asked from its content script
 * (`get-page-state`), and asked again each time the content script reports a change
 * (`page-state-changed` carries only a summary, so a page of thousands of figures does not copy
 * them all to the extension on every note the reader takes).
 * A page without a content script (browser pages, the extension store, tabs opened before the
 * extension was installed) is `unavailable`: a state the pages explain, not an error to hide.
 */
import { browser } from 'wxt/browser';
import type { PageState } from '../messages';
import { onPageStateChanged, sendToPage } from '../messaging';

export type PageView =
  | { kind: 'loading' }
  /** No content script answered. `canInject`: an ordinary web page, where the popup can add it. */
  | { kind: 'unavailable'; reason: string; canInject: boolean }
  | { kind: 'ready'; state: PageState };

/**
 * The tab a page shows: `?tabId=N` in its address (how a test or a pinned panel points it at a tab),
 * else the active tab of the current window.
 */
export async function targetTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Calls `onView` with the tab's page as it changes; returns a function that stops watching. */
export function watchPage(tabId: number, onView: (view: PageView) => void): () => void {
  let stopped = false;
  let latest = 0;
  const show = (view: PageView) => {
    if (!stopped) onView(view);
  };
  const ask = async () => {
    const attempt = ++latest;
    try {
      const state = await sendToPage(tabId, { type: 'get-page-state' });
      if (attempt === latest) show({ kind: 'ready', state });
    } catch (error) {
      if (attempt !== latest) return;
      // A page still loading may not have its content script yet: wait for it to finish.
      const tab = await browser.tabs.get(tabId).catch(() => null);
      if (tab?.status === 'loading') show({ kind: 'loading' });
      else {
        const reason = error instanceof Error ? error.message : String(error);
        show({ kind: 'unavailable', reason, canInject: /^(https?|file):/.test(tab?.url ?? '') });
      }
    }
  };
  const stopReports = onPageStateChanged((from) => {
    if (from === tabId) void ask();
  });
  const onUpdated = (updatedId: number, change: { status?: string }) => {
    if (updatedId !== tabId) return;
    if (change.status === 'loading') {
      latest++;
      show({ kind: 'loading' });
    } else if (change.status === 'complete') void ask();
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  show({ kind: 'loading' });
  void ask();
  return () => {
    stopped = true;
    stopReports();
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}

/**
 * Runs the manifest's content script in a tab that has none (it was open before the extension was
 * installed or updated), in every frame as the manifest declares it: an article in a frame is read
 * there too, and the script stays idle in frames too small to read in. It then reports its state
 * like any other page's.
 */
export async function injectContentScript(tabId: number): Promise<void> {
  const [declared] = browser.runtime.getManifest().content_scripts ?? [];
  if (!declared?.js?.length) throw new Error('This build declares no content script');
  const target = { tabId, allFrames: declared.all_frames === true };
  if (declared.css?.length) await browser.scripting.insertCSS({ target, files: declared.css });
  await browser.scripting.executeScript({ target, files: declared.js as never });
}
