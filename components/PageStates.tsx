/**
 * The states a page can be in before there are claims to show, worded the same in the popup and the
 * side panel: loading, not started (no content script yet), cannot run, not analysed (click-only or
 * skipped site), analysing, error.
 */
import { CircleAlert, Info, LoaderCircle, Play } from 'lucide';
import { formatNumber, t, type MessageKey } from '../utils/i18n';
import type { AnalysisProgress } from '../utils/messages';
import type { PageView } from '../utils/panels/page-view';
import { Icon } from './Icon';

export function Loading({ label = 'common_loading' }: { label?: MessageKey }) {
  return (
    <p class="status">
      <Icon icon={LoaderCircle} class="spin" />
      {t(label)}
    </p>
  );
}

/**
 * The page is being analysed. On a long page, how far the analysis has got: a bar (indeterminate while the page is
 * still being read) and the figures found so far. The live region announces only the start (see `announce`).
 */
export function Analysing({ progress }: { progress?: AnalysisProgress }) {
  if (!progress) return <Loading label="popup_analysing" />;
  const percent = progress.share === undefined ? undefined : Math.floor(progress.share * 100);
  return (
    <div class="status">
      <Icon icon={LoaderCircle} class="spin" />
      <div class="analysis-progress">
        <p>{percent === undefined ? t('popup_analysing') : t('popup_analysing_share', percent)}</p>
        <progress max={100} value={percent} aria-label={t('popup_analysing')} />
        <p class="muted">{t('popup_figures_so_far', formatNumber(progress.figures))}</p>
      </div>
    </div>
  );
}

/** No content script answered: offer to start it on a web page, explain otherwise. */
export function NotRunning({ canStart, busy, onStart }: { canStart: boolean; busy: boolean; onStart(): void }) {
  if (canStart) {
    return (
      <div class="status">
        <Icon icon={Info} />
        <div>
          <p>{t('popup_not_started')}</p>
          <button type="button" class="primary" onClick={onStart} disabled={busy}>
            <Icon icon={Play} />
            {t('popup_analyse')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="status status-error">
      <Icon icon={CircleAlert} />
      <div>
        <p>{t('popup_unavailable')}</p>
        <p class="muted">{t('popup_unavailable_hint')}</p>
      </div>
    </div>
  );
}

/** The page was not analysed: click-only mode (`idle`) or a site the reader skips. */
export function NotAnalysed({ skipped, busy, onAnalyse }: { skipped: boolean; busy: boolean; onAnalyse(): void }) {
  return (
    <div class="status">
      <Icon icon={Info} />
      <div>
        <p>{skipped ? t('popup_skipped') : t('popup_idle')}</p>
        <button type="button" class="primary" onClick={onAnalyse} disabled={busy}>
          <Icon icon={Play} />
          {skipped ? t('popup_analyse_anyway') : t('popup_analyse')}
        </button>
      </div>
    </div>
  );
}

/** An error. `alert`: the failure of something the reader just did, announced at once. */
export function Problem({ message, alert = false }: { message: string; alert?: boolean }) {
  return (
    <p class="status status-error" role={alert ? 'alert' : undefined}>
      <Icon icon={CircleAlert} />
      {message}
    </p>
  );
}

export function Note({ message }: { message: string }) {
  return (
    <p class="status">
      <Icon icon={Info} />
      {message}
    </p>
  );
}

/**
 * One short sentence for screen readers when the page's state changes (read from a small live
 * region, so a whole summary is not read out again on every update).
 */
export function announce(view: PageView | null): string {
  if (view === null || view.kind === 'loading') return t('common_loading');
  if (view.kind === 'unavailable') return view.canInject ? t('popup_not_started') : t('popup_unavailable');
  const { state } = view;
  switch (state.status) {
    case 'analysing':
      return t('popup_analysing');
    case 'idle':
      return t('popup_idle');
    case 'skipped':
      return t('popup_skipped');
    case 'error':
      return t('popup_page_error', state.error ?? '');
    case 'done': {
      if (state.articles.length === 0) return t('popup_no_article');
      const figures = state.articles.reduce((sum, article) => sum + article.claims.filter((claim) => !claim.dismissed).length, 0);
      return t('popup_figures', formatNumber(figures));
    }
  }
}

export function LiveAnnouncement({ view }: { view: PageView | null }) {
  return (
    <p class="visually-hidden" role="status" aria-live="polite">
      {announce(view)}
    </p>
  );
}
