/**
 * Injecting the analysis script (entrypoints/analysis.content.ts) into the frame whose loader asked,
 * where the loader could not import it itself (see utils/in-page/analysis-script.ts).
 * `scripting.executeScript` with a file works in MV3 Chrome and in Firefox; the file is the one WXT
 * builds for a content script registered at runtime.
 */
import { browser } from 'wxt/browser';
import { ANALYSIS_SCRIPT } from '../in-page/analysis-script';

export async function injectAnalysis(tabId: number | undefined, frameId = 0): Promise<void> {
  if (tabId === undefined) throw new Error('Only a page in a tab can load the analysis');
  // Without injectImmediately the browser holds the script until the page is idle; the loader asks
  // once the document is parsed, and the reader should not wait for the page's images and timers.
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ANALYSIS_SCRIPT], injectImmediately: true });
}
