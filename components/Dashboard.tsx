/**
 * The library dashboard: tabs for the library (search, filters, article detail), comparison,
 * "Analyze a text", and export and import. The location
 * hash holds the view and the open article: #article=ID, #view=compare, #view=analyze, #view=exchange.
 */
import { ArrowLeftRight, ChartColumn, Library as LibraryIcon, LoaderCircle, RotateCw, ScanText } from 'lucide';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { currentLocale } from '../utils/i18n';
import { loadSettings, parseSettings, saveSettings } from '../utils/settings';
import { s, type StringKey } from './dashboard-strings';
import { Icon } from './Icon';
import { LibraryView } from './LibraryView';
import { useLazy } from './useLazy';
import { Toast, type Notice } from './Toast';
import { useLibrary } from './useLibrary';

type View = 'library' | 'compare' | 'analyze' | 'exchange';

interface Route {
  view: View;
  articleId: string | null;
}

export function parseRoute(hash: string): Route {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const articleId = params.get('article');
  const view = params.get('view');
  if (articleId) return { view: 'library', articleId };
  if (view === 'compare' || view === 'analyze' || view === 'exchange') return { view, articleId: null };
  return { view: 'library', articleId: null };
}

function routeHash(route: Route): string {
  if (route.articleId) return `#article=${encodeURIComponent(route.articleId)}`;
  return route.view === 'library' ? '#' : `#view=${route.view}`;
}

const TABS: Array<{ view: View; label: StringKey; icon: typeof LibraryIcon }> = [
  { view: 'library', label: 'tabLibrary', icon: LibraryIcon },
  { view: 'compare', label: 'tabCompare', icon: ChartColumn },
  { view: 'analyze', label: 'tabAnalyze', icon: ScanText },
  { view: 'exchange', label: 'tabExchange', icon: ArrowLeftRight },
];

export function Dashboard({ libraryName }: { libraryName?: string }) {
  const library = useLibrary(libraryName);
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const [notice, setNotice] = useState<Notice | null>(null);

  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = useCallback((next: Route) => {
    history.replaceState(null, '', routeHash(next) === '#' ? location.pathname : routeHash(next));
    setRoute(next);
  }, []);
  const openArticle = useCallback((id: string) => go({ view: 'library', articleId: id }), [go]);

  const tabs = TABS;
  const onTabKey = (event: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.view === route.view);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length];
    go({ view: next.view, articleId: null });
    document.getElementById(`tab-${next.view}`)?.focus();
  };

  // The analysis pipeline (engine, gazetteer), chart.js and the exchange formats with their schemas are
  // most of the page's code; loading them only when their tab opens keeps the library list's first paint fast.
  const CompareView = useLazy(() => import('./CompareView').then((m) => m.CompareView), route.view === 'compare');
  const AnalyzeText = useLazy(() => import('./AnalyzeText').then((m) => m.AnalyzeText), route.view === 'analyze');
  const ExchangePanel = useLazy(() => import('./ExchangePanel').then((m) => m.ExchangePanel), route.view === 'exchange');
  const loadingView = (
    <p class="empty" role="status">
      <Icon icon={LoaderCircle} class="spin" /> {s('loading')}
    </p>
  );

  const { state } = library;
  return (
    <div class="dashboard">
      <header class="dashboard-header">
        <h1>{s('appName')}</h1>
        <div role="tablist" aria-label={s('views')} onKeyDown={onTabKey}>
          {tabs.map((tab) => {
            const selected = route.view === tab.view;
            return (
              <button
                key={tab.view}
                id={`tab-${tab.view}`}
                role="tab"
                type="button"
                aria-selected={selected ? 'true' : 'false'}
                aria-controls="dashboard-panel"
                tabIndex={selected ? 0 : -1}
                onClick={() => go({ view: tab.view, articleId: tab.view === 'library' ? route.articleId : null })}
              >
                <Icon icon={tab.icon} /> {s(tab.label)}
              </button>
            );
          })}
        </div>
      </header>
      <main>
        <div id="dashboard-panel" role="tabpanel" aria-labelledby={`tab-${route.view}`}>
        {state.status === 'loading' ? (
          <p class="empty" role="status">
            <Icon icon={LoaderCircle} class="spin" /> {s('loading')}
          </p>
        ) : state.status === 'error' ? (
          <div role="alert" class="empty error">
            <p>{state.message}</p>
            <button type="button" onClick={() => void library.reload()}>
              <Icon icon={RotateCw} /> {s('retry')}
            </button>
          </div>
        ) : route.view === 'compare' ? (
          CompareView ? <CompareView library={library} onOpenArticle={openArticle} /> : loadingView
        ) : route.view === 'analyze' ? (
          AnalyzeText ? <AnalyzeText library={library} notify={setNotice} onOpenArticle={openArticle} /> : loadingView
        ) : route.view === 'exchange' ? (
          ExchangePanel ? (
            <ExchangePanel
              db={state.db}
              locale={currentLocale()}
              loadSettings={loadSettings}
              restoreSettings={(restored) => saveSettings(parseSettings(restored))}
              onLibraryChanged={() => void library.reload()}
            />
          ) : (
            loadingView
          )
        ) : (
          <LibraryView library={library} selectedId={route.articleId} onSelect={openArticle} notify={setNotice} />
        )}
        </div>
      </main>
      <Toast notice={notice} onClose={() => setNotice(null)} />
    </div>
  );
}
