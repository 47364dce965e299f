import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { PageFrames } from '../utils/background/frames';
import { createBackgroundHandlers, followTabNavigation, type BackgroundServices } from '../utils/background/handlers';
import { libraryServices } from '../utils/background/library';
import { buildMenus, onMenuClicked } from '../utils/background/menus';
import { initI18n } from '../utils/i18n';
import { routeBackgroundMessages } from '../utils/messaging';
import { extractEnglishClaims } from '../utils/quantities/en';
import { findRegions } from '../utils/regions/find-regions';
import { loadSettings, watchSettings, type Settings } from '../utils/settings';

// Which frame of each tab holds its article; kept in session storage, which outlives the worker's restarts.
const frames = new PageFrames(browser.storage.session ?? null);

// The reader's settings: read when the worker starts, then kept current by watchSettings.
let currentSettings: Promise<Settings>;

// Wires browser events to utils/: message routing, the badge, the context menu. Holds no domain logic.
export default defineBackground(() => {
  currentSettings = loadSettings();
  routeBackgroundMessages(createBackgroundHandlers(services));
  browser.tabs.onUpdated.addListener((tabId, change) => void followTabNavigation(frames, tabId, change));
  browser.tabs.onRemoved.addListener((tabId) => frames.closed(tabId));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    onMenuClicked(info, tab, frames).catch((error: unknown) => console.warn('Figure Finder: menu action failed', error));
  });
  browser.runtime.onInstalled.addListener(() => void currentSettings.then(applySettings));
  watchSettings((settings) => {
    currentSettings = Promise.resolve(settings);
    void applySettings(settings);
  });
  // The worker restarts often; messages it sends (store errors) follow the chosen language.
  void currentSettings.then((settings) => initI18n(settings.language));
});

async function applySettings(settings: Settings): Promise<void> {
  await initI18n(settings.language);
  await buildMenus(settings);
}

const services: BackgroundServices = {
  frames,
  analyseEnglish: extractEnglishClaims,
  resolveRegions: findRegions,
  library: libraryServices,
};
