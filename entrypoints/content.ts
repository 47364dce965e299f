/**
 * The loader, the only script in every page: takes the quick look and, on a page that may hold an
 * article or when the reader asks, loads the analysis script (analysis.content.ts; see
 * utils/in-page/analysis-script.ts). Kept small on purpose: most pages are not articles, and every page
 * pays for parsing this file. The logic lives in utils/in-page/loader.ts.
 *
 * It runs in frames too, where some sites show their article, but starts there only in a frame a
 * reader could read an article in (utils/in-page/frame-gate.ts); the background sends the popup's,
 * side panel's and menu's requests to the frame that holds the article (utils/background/frames.ts).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
// Our highlights' default look, in every page from the start (see utils/highlights/styles.ts).
import '../utils/highlights/highlights.css';
import { frameVerdict, startWhenReadable } from '../utils/in-page/frame-gate';
import { loadAnalysisScript } from '../utils/in-page/analysis-script';
import { PageLoader } from '../utils/in-page/loader';
import { whenParsed, whileParsing } from '../utils/in-page/page-timing';
import { summarizePage } from '../utils/in-page/page-summary';
import { routeContentMessages, sendToBackground } from '../utils/messaging';
import { loadSettings } from '../utils/settings';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  // Started before the page is parsed, to look while a long page is parsed and again at the parse's end
  // (utils/in-page/page-timing.ts): a `document_end` script waits for the browser's first layout of the whole
  // page, which on a long page takes long.
  runAt: 'document_start',
  // WXT tells an older copy of this script to stand down with a DOM event; its extra window.postMessage
  // would reach the page's own message listeners on every page load.
  noScriptStartedPostMessage: true,
  main(ctx) {
    let loader: PageLoader | null = null;
    const started = () => (loader ??= startLoader(ctx));
    // A long page, or one arriving slowly, is looked at while it is parsed, so that the analysis script is
    // ready when the parse ends (in a frame the gate lets in from the start: the top frame, a large one).
    if (frameVerdict(window) === 'read') whileParsing(window, ctx.signal, () => started().lookEarly());
    whenParsed(window, ctx.signal, () => startWhenReadable(window, ctx.signal, () => started().start()));
  },
});

/** The loader with its message routes and navigation listener; `start` it once the document is parsed. */
function startLoader(ctx: ContentScriptContext): PageLoader {
  const loader = new PageLoader({
    doc: document,
    readSettings: loadSettings,
    signal: ctx.signal,
    services: {
      reportState: async (state) => void (await sendToBackground({ type: 'page-state-changed', summary: summarizePage(state) })),
      loadAnalysis: loadAnalysisScript,
      frameMayHoldArticle: () => void sendToBackground({ type: 'may-hold-article' }).catch(() => undefined),
    },
  });
  ctx.onInvalidated(routeContentMessages(loader.handlers()));
  // A new address is a new page, but a new #fragment (a table of contents link) is not.
  let address = location.href.split('#')[0];
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    const next = location.href.split('#')[0];
    if (next === address) return;
    address = next;
    loader.navigated();
  });
  return loader;
}
