/** Preact hooks shared by the popup and the side panel. */
import { useEffect, useState } from 'preact/hooks';
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
