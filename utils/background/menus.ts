/**
 * The context menu: "Analyse this page" (shown only in click-only mode, where nothing runs until
 * the reader asks) and "Add as figure" on a selection (a figure the engine missed). A click is
 * passed to the content script of the frame concerned, which owns that document.
 */
import { browser, type Browser } from 'wxt/browser';
import { t } from '../i18n';
import { sendToTab } from '../messaging';
import type { Settings } from '../settings';
import { sendToArticleFrame, type PageFrames } from './frames';

export const MENU_ANALYSE_PAGE = 'analyse-page';
export const MENU_ADD_FIGURE = 'add-figure';

/** (Re)creates the menu in the interface language; call after install and when settings change. */
export async function buildMenus(settings: Settings): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ANALYSE_PAGE,
    title: t('menu_analyse_page'),
    contexts: ['page'],
    visible: !settings.autoDetect,
  });
  browser.contextMenus.create({ id: MENU_ADD_FIGURE, title: t('menu_add_figure'), contexts: ['selection'] });
}

/**
 * "Analyse this page" goes to the frame that holds (or may hold) the page's article, as the popup's
 * button does; "Add as figure" to the frame the selection is in, which only that frame can read.
 */
export async function onMenuClicked(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined, frames: PageFrames): Promise<void> {
  if (tab?.id === undefined) return;
  if (info.menuItemId === MENU_ANALYSE_PAGE) await sendToArticleFrame(frames, tab.id, { type: 'analyse-now' });
  else if (info.menuItemId === MENU_ADD_FIGURE) await sendToTab(tab.id, { type: 'add-selection-as-claim' }, info.frameId ?? 0);
}
