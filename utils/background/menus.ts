/**
 * The context menu: "Analyse this page" (shown only in click-only mode, where nothing runs until
 * the reader asks), and on a selection "Add as figure" (a figure the engine missed) and "Add a note". A
 * click is passed to the content script of the frame concerned, which owns that document. The menu is
 * also how a keyboard user reaches these (Shift+F10 or the menu key on text selected with caret
 * browsing): the toolbar drawn over a selection is not in the page's Tab order.
 */
import { browser, type Browser } from 'wxt/browser';
import { t } from '../i18n';
import { sendToTab } from '../messaging';
import type { Settings } from '../settings';
import { sendToArticleFrame, type PageFrames } from './frames';

export const MENU_ANALYSE_PAGE = 'analyse-page';
export const MENU_ADD_FIGURE = 'add-figure';
export const MENU_ADD_NOTE = 'add-note';

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
  browser.contextMenus.create({ id: MENU_ADD_NOTE, title: t('menu_add_note'), contexts: ['selection'] });
}

/**
 * "Analyse this page" goes to the frame that holds (or may hold) the page's article, as the popup's
 * button does; "Add as figure" and "Add a note" to the frame the selection is in, which only that frame can read.
 */
export async function onMenuClicked(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined, frames: PageFrames): Promise<void> {
  if (tab?.id === undefined) return;
  if (info.menuItemId === MENU_ANALYSE_PAGE) await sendToArticleFrame(frames, tab.id, { type: 'analyse-now' });
  else if (info.menuItemId === MENU_ADD_FIGURE) await sendToTab(tab.id, { type: 'add-selection-as-claim' }, info.frameId ?? 0);
  else if (info.menuItemId === MENU_ADD_NOTE) await sendToTab(tab.id, { type: 'add-selection-as-note' }, info.frameId ?? 0);
}
