/**
 * The analysis script: wires the page and the browser to the in-page session (utils/in-page).
 * It is not in the manifest as a content script: the loader (content.ts), which runs on every page,
 * loads it into pages that may hold an article (utils/in-page/analysis-script.ts), and hands it the
 * settings and the popup's and side panel's requests (utils/in-page/handover). It mounts our shadow-root UI only when there is
 * something to show, follows single-page navigation, and cleans up when the extension is reloaded or
 * updated (invalidated context).
 */
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '../components/ClaimCard.css?inline';
import { renderClaimCardLayer, type ClaimCardLayerProps } from '../components/ClaimCardLayer';
import { currentLocale, initI18n } from '../utils/i18n';
import { InPageSession, type SessionServices, type SessionUi } from '../utils/in-page/session';
import { cancelInheritedZoom, keepHostOnRoot } from '../utils/in-page/card-host';
import { takeHandover } from '../utils/in-page/handover';
import { summarizePage } from '../utils/in-page/page-summary';
import { sendToBackground } from '../utils/messaging';
import { watchSettings } from '../utils/settings';
import { OWN_UI_ATTRIBUTE } from '../utils/text-map';

export default defineContentScript({
  registration: 'runtime',
  // As in the loader: the stand-down signal stays a DOM event, never a message to the page's listeners.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Loaded twice, or by hand without the loader: there is nothing to attach to. Loaded for an automatic
    // analysis the settings then declined: nothing to do (the reader's "Analyse now" loads a fresh copy).
    const handover = takeHandover();
    if (!handover || !(await handover.allowed)) return;
    const [settings, skipped] = await Promise.all([handover.settings, handover.skipped]);
    await initI18n(settings.language);
    const session = new InPageSession({
      doc: document,
      settings,
      services,
      ui: lazyUi(ctx),
      locale: currentLocale(),
      signal: ctx.signal,
    });
    ctx.onInvalidated(watchSettings((next) => session.applySettings(next)));
    // A new address is a new page, but a new #fragment (a table of contents link) is not.
    let address = location.href.split('#')[0];
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      const next = location.href.split('#')[0];
      if (next === address) return;
      address = next;
      session.navigated();
    });
    const started = session.start(skipped, { quickLookPassed: handover.quickLookPassed });
    handover.attach(session.handlers());
    await started;
  },
});

const services: SessionServices = {
  reportState: async (state) => void (await sendToBackground({ type: 'page-state-changed', summary: summarizePage(state) })),
  analyseEnglish: (text) => sendToBackground({ type: 'analyse-english', text }),
  resolveRegions: (query) => sendToBackground({ type: 'resolve-regions', ...query }),
  findSaved: (url, canonicalUrl) => sendToBackground({ type: 'find-saved-articles', url, canonicalUrl }),
  save: (saved) => sendToBackground({ type: 'save-article', saved }),
  deleteAnnotation: (id) => sendToBackground({ type: 'delete-annotation', id }),
};

/**
 * Our shadow root, created on first use: a page without figures never gets our element. Renders
 * requested while it is being created are kept, and the latest one is drawn once it exists.
 */
function lazyUi(ctx: ContentScriptContext): SessionUi {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let creating = false;
  let pending: ClaimCardLayerProps | null = null;
  return {
    host: () => ui?.shadowHost ?? null,
    render(props) {
      if (ui?.mounted) {
        // The page may have rewritten its root since the last card (a 阅读模式), taking our host with the rest.
        keepHostOnRoot(ui.shadowHost, document);
        // The page may have zoomed its root since the last card (a 长辈版 switched on by its script).
        cancelInheritedZoom(ui.mounted);
        renderClaimCardLayer(ui.mounted, props);
        return;
      }
      pending = props;
      if (creating) return;
      creating = true;
      void createShadowRootUi(ctx, {
        name: 'figure-finder-ui',
        position: 'inline',
        // On the root, after the body: a page that enlarges its body (a 长辈版's `zoom`, an accessibility toolbar's
        // `transform: scale()`) would enlarge and move a fixed card inside it (card-host.ts).
        anchor: 'html',
        append: 'last',
        css: cardCss,
        // Keys typed in the card (a note) must not reach the page's own shortcuts.
        isolateEvents: true,
        onMount(container, _shadow, host) {
          host.setAttribute(OWN_UI_ATTRIBUTE, 'card');
          cancelInheritedZoom(container);
          return container;
        },
      }).then((created) => {
        ui = created;
        ui.mount();
        if (pending && ui.mounted) renderClaimCardLayer(ui.mounted, pending);
        pending = null;
      });
    },
  };
}
