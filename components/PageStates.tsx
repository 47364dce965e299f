/**
 * The states a page can be in before there are claims to show, worded the same in the popup and the
 * side panel: loading, not started (no content script yet), cannot run, not analysed (click-only or
 * skipped site), analysing, error.
 */
import { CircleAlert, Info, LoaderCircle, Play } from 'lucide';
import { t, type MessageKey } from '../utils/i18n';
import { Icon } from './Icon';

export function Loading({ label = 'common_loading' }: { label?: MessageKey }) {
  return (
    <p class="status">
      <Icon icon={LoaderCircle} class="spin" />
      {t(label)}
    </p>
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
    <div class="status status-error" role="alert">
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

export function Problem({ message }: { message: string }) {
  return (
    <p class="status status-error" role="alert">
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
