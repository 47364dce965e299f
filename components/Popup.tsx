/**
 * The toolbar popup: what the extension found on the current page and the ways on from there
 * (save, side panel, library, settings). Every state of the page has its own message: loading,
 * analysing, not analysed yet (click-only mode), skipped site, no article, error, unavailable.
 */
import { CircleAlert, Info, LibraryBig, LoaderCircle, PanelRightOpen, Play, Save, Settings as SettingsIcon } from 'lucide';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openDashboard, openSidePanel } from '../utils/background/pages';
import { t } from '../utils/i18n';
import type { PageState } from '../utils/messages';
import { sendToTab } from '../utils/messaging';
import type { Settings } from '../utils/settings';
import { usePageView, useSettings } from './hooks';
import { Icon } from './Icon';
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
  const analyse = () => tabId !== null && run(() => sendToTab(tabId, { type: 'analyse-now' }));
  const save = () => tabId !== null && run(() => sendToTab(tabId, { type: 'save-page' }));

  return (
    <div class="popup">
      <header class="bar">
        <img src="/icon/32.png" width="20" height="20" alt="" />
        <h1>{t('extName')}</h1>
        <button type="button" class="icon-button" onClick={() => void browser.runtime.openOptionsPage()} title={t('popup_open_options')}>
          <Icon icon={SettingsIcon} label={t('popup_open_options')} />
        </button>
      </header>
      <main aria-live="polite" aria-busy={view === null || view.kind === 'loading'}>
        {view === null || view.kind === 'loading' ? (
          <p class="status">
            <Icon icon={LoaderCircle} class="spin" />
            {t('common_loading')}
          </p>
        ) : view.kind === 'unavailable' ? (
          <div class="status status-error" role="alert">
            <Icon icon={CircleAlert} />
            <div>
              <p>{t('popup_unavailable')}</p>
              <p class="muted">{t('popup_unavailable_hint')}</p>
            </div>
          </div>
        ) : (
          <PageBody state={view.state} settings={settings} busy={action.kind === 'busy'} onAnalyse={analyse} onSave={save} />
        )}
        {action.kind === 'failed' && (
          <p class="status status-error" role="alert">
            <Icon icon={CircleAlert} />
            {t('common_error', action.error)}
          </p>
        )}
      </main>
      <footer class="actions">
        <button type="button" onClick={() => void run(() => openSidePanel(undefined))}>
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
      return (
        <p class="status">
          <Icon icon={LoaderCircle} class="spin" />
          {t('popup_analysing')}
        </p>
      );
    case 'idle':
    case 'skipped':
      return (
        <div class="status">
          <Icon icon={Info} />
          <div>
            <p>{state.status === 'idle' ? t('popup_idle') : t('popup_skipped')}</p>
            <button type="button" class="primary" onClick={onAnalyse} disabled={busy}>
              <Icon icon={Play} />
              {state.status === 'idle' ? t('popup_analyse') : t('popup_analyse_anyway')}
            </button>
          </div>
        </div>
      );
    case 'error':
      return (
        <p class="status status-error" role="alert">
          <Icon icon={CircleAlert} />
          {t('popup_page_error', state.error ?? '')}
        </p>
      );
    case 'done':
      if (state.articles.length === 0) {
        return (
          <p class="status">
            <Icon icon={Info} />
            {t('popup_no_article')}
          </p>
        );
      }
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
