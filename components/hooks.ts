/** Preact hooks shared by the popup and the side panel. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { watchPage, type PageView } from '../utils/panels/page-view';
import { watchSettings, type Settings } from '../utils/settings';

/** The tab's page state, kept current; `null` tabId (no tab to show) stays loading-free and empty. */
export function usePageView(tabId: number | null): PageView | null {
  const [view, setView] = useState<PageView | null>(null);
  useEffect(() => {
    setView(null);
    if (tabId === null) return undefined;
    return watchPage(tabId, setView);
  }, [tabId]);
  return view;
}

/** Settings as the page started with them, then as any other page changes them. */
export function useSettings(initial: Settings): Settings {
  const [settings, setSettings] = useState(initial);
  useEffect(() => watchSettings(setSettings), []);
  return settings;
}

/** The tab to show: `initial`, then (when `follow`) whichever tab becomes active in this window. */
export function useActiveTab(initial: number | null, follow: boolean): number | null {
  const [tabId, setTabId] = useState(initial);
  useEffect(() => {
    if (!follow) return undefined;
    let windowId: number | undefined;
    void browser.windows.getCurrent().then((current) => (windowId = current.id));
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [follow]);
  return tabId;
}
