/**
 * The toolbar popup: what the extension found on the current page and the ways on from there
 * (save, side panel, library, settings). Every state of the page has its own message: loading,
 * analysing, not analysed yet (click-only mode), skipped site, no article, error, unavailable.
 */
import { LibraryBig, LoaderCircle, PanelRightOpen, Save, Settings as SettingsIcon } from 'lucide';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openDashboard, openSidePanel } from '../utils/background/pages';
import { t } from '../utils/i18n';
import type { PageState } from '../utils/messages';
import { sendToPage } from '../utils/messaging';
import { injectContentScript } from '../utils/panels/page-view';
import type { Settings } from '../utils/settings';
import { usePageView, useSettings } from './hooks';
import { Icon } from './Icon';
import { Analysing, LiveAnnouncement, Loading, NotAnalysed, NotRunning, Note, Problem } from './PageStates';
import { PageSummary } from './PageSummary';

interface PopupProps {
  tabId: number | null;
  settings: Settings;
}

type Action = { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; error: string };

export function Popup({ tabId, settings: initialSettings }: PopupProps) {
  const settings = useSettings(initialSettings);
  const view = usePageView(tabId);
  const [action, setAction] = useState<Action>({ kind: 'idle' });

  const run = async (work: () => Promise<{ ok: true } | { ok: false; error: string } | void>) => {
    setAction({ kind: 'busy' });
    try {
      const outcome = await work();
      setAction(outcome && !outcome.ok ? { kind: 'failed', error: outcome.error } : { kind: 'idle' });
    } catch (error) {
      setAction({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };
  const analyse = () => tabId !== null && run(() => sendToPage(tabId, { type: 'analyse-now' }));
  const save = () => tabId !== null && run(() => sendToPage(tabId, { type: 'save-page' }));

  return (
    <div class="popup">
      <header class="bar">
        <img src="/icon/32.png" width="20" height="20" alt="" />
        <h1>{t('extName')}</h1>
        <button type="button" class="icon-button" onClick={() => void browser.runtime.openOptionsPage()} title={t('popup_open_options')}>
          <Icon icon={SettingsIcon} label={t('popup_open_options')} />
        </button>
      </header>
      <LiveAnnouncement view={view} />
      <main aria-busy={view === null || view.kind === 'loading'}>
        {view === null || view.kind === 'loading' ? (
          <Loading />
        ) : view.kind === 'unavailable' ? (
          <NotRunning
            canStart={view.canInject && tabId !== null}
            busy={action.kind === 'busy'}
            onStart={() => tabId !== null && void run(() => injectContentScript(tabId))}
          />
        ) : (
          <PageBody state={view.state} settings={settings} busy={action.kind === 'busy'} onAnalyse={analyse} onSave={save} />
        )}
        {action.kind === 'failed' && <Problem alert message={t('common_error', action.error)} />}
      </main>
      <footer class="actions">
        <button
          type="button"
          disabled={tabId === null}
          onClick={() =>
            void run(async () => {
              await openSidePanel({ tabId: tabId ?? undefined });
              // The panel now shows what the popup did; a popup left open would cover it.
              window.close();
            })
          }
        >
          <Icon icon={PanelRightOpen} />
          {t('popup_open_side_panel')}
        </button>
        <button
          type="button"
          onClick={() => void run(() => openDashboard(view?.kind === 'ready' ? view.state.savedArticleIds[0] : undefined))}
        >
          <Icon icon={LibraryBig} />
          {t('popup_open_dashboard')}
        </button>
      </footer>
    </div>
  );
}

function PageBody({
  state,
  settings,
  busy,
  onAnalyse,
  onSave,
}: {
  state: PageState;
  settings: Settings;
  busy: boolean;
  onAnalyse: () => void;
  onSave: () => void;
}) {
  switch (state.status) {
    case 'analysing':
      return <Analysing progress={state.progress} />;
    case 'idle':
    case 'skipped':
      return <NotAnalysed skipped={state.status === 'skipped'} busy={busy} onAnalyse={onAnalyse} />;
    case 'error':
      return <Problem message={t('popup_page_error', state.error ?? '')} />;
    case 'done':
      if (state.articles.length === 0) return <Note message={t('popup_no_article')} />;
      return (
        <>
          {state.articles.length > 1 && <p class="muted">{t('popup_articles', state.articles.length)}</p>}
          {state.articles.map((article) => (
            <PageSummary key={article.index} article={article} colors={settings.colors} />
          ))}
          <div class="save-row">
            {state.savedArticleIds.length > 0 ? (
              <p class="saved">{t('popup_saved')}</p>
            ) : (
              <button type="button" class="primary" onClick={onSave} disabled={busy}>
                <Icon icon={busy ? LoaderCircle : Save} class={busy ? 'spin' : undefined} />
                {busy ? t('popup_saving') : t('popup_save')}
              </button>
            )}
          </div>
        </>
      );
  }
}
