/**
 * Loading the analysis script (entrypoints/analysis.content.ts) into the frame whose loader asks.
 *
 * In Chromium the loader imports it itself: the file is web-accessible (wxt.config.ts), and importing
 * it runs it in the loader's own isolated world, as an injection does. That skips the round trip
 * through the background, whose service worker is asleep on most visits (it sleeps after half a
 * minute without an event, and must start before it can inject anything). Measured on the seed page,
 * the first highlights came about 146 ms sooner with the worker asleep, and about 30 ms later with it
 * running, when its injection is the quicker (README, Benchmarks). Where the import is not available
 * (Firefox, which this build does not make the file web-accessible for) or fails, the background
 * injects the file with `scripting.executeScript`.
 */
import { browser } from 'wxt/browser';
import { sendToBackground } from '../messaging';

export const ANALYSIS_SCRIPT = '/content-scripts/analysis.js';

let imports = 0;

/**
 * Resolves once the analysis script has run in this frame (it then starts if `allowed`, see
 * utils/in-page/handover.ts); rejects with the reason when it could not be loaded. The import starts
 * at once, while the settings are read; the background's injection, only once they allow it.
 */
export async function loadAnalysisScript(allowed: Promise<boolean>): Promise<void> {
  if (import.meta.env.BROWSER !== 'firefox') {
    try {
      // WXT builds the script as one self-contained function call, which is also a valid module. A module
      // runs once per address: a second load (an automatic one the settings declined, then the reader's)
      // asks for a new address of the same file.
      const load = imports++;
      await import(/* @vite-ignore */ browser.runtime.getURL(ANALYSIS_SCRIPT) + (load ? `?load=${load}` : ''));
      return;
    } catch {
      // Not importable here: the background injects it instead.
    }
  }
  if (!(await allowed)) return;
  const outcome = await sendToBackground({ type: 'load-analysis' });
  if (!outcome.ok) throw new Error(outcome.error);
}
