/**
 * The options page's form: automatic detection or click-only, sites to skip, highlight colours per
 * kind, interface language. Nothing is stored until every field is valid; a line in the skip list
 * that is not a host name is named in the message rather than silently dropped.
 */
import { CircleAlert, CircleCheck, RotateCcw, Save } from 'lucide';
import { useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import type { ClaimKind } from '../utils/quantities/types';
import { CLAIM_KINDS, DEFAULT_COLORS, normalizeSite, type InterfaceLanguage, type Settings } from '../utils/settings';
import { Icon } from './Icon';
import { kindLabel } from './PageSummary';

interface SettingsFormProps {
  settings: Settings;
  /** Stores the settings; rejects with a reason the form shows. */
  onSave(settings: Settings): Promise<void>;
}

type Outcome = { kind: 'none' } | { kind: 'saved' } | { kind: 'failed'; error: string };

export function SettingsForm({ settings, onSave }: SettingsFormProps) {
  const [autoDetect, setAutoDetect] = useState(settings.autoDetect);
  const [sitesText, setSitesText] = useState(settings.skipSites.join('\n'));
  const [colors, setColors] = useState<Record<ClaimKind, string>>(settings.colors);
  const [language, setLanguage] = useState<InterfaceLanguage>(settings.language);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });

  const lines = sitesText.split('\n').map((line) => line.trim()).filter(Boolean);
  const invalid = lines.filter((line) => normalizeSite(line) === null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (invalid.length > 0) {
      document.getElementById('skip-sites')?.focus();
      return;
    }
    try {
      await onSave({ autoDetect, skipSites: lines.map((line) => normalizeSite(line)!), colors, language });
      setOutcome({ kind: 'saved' });
    } catch (error) {
      setOutcome({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };
  const edited = () => setOutcome({ kind: 'none' });

  return (
    <form class="settings-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('options_detection')}</legend>
        {[true, false].map((value) => (
          <label key={String(value)} class="choice">
            <input
              type="radio"
              name="detection"
              checked={autoDetect === value}
              onChange={() => {
                setAutoDetect(value);
                edited();
              }}
            />
            {value ? t('options_auto') : t('options_click')}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>
          <label for="skip-sites">{t('options_skip_sites')}</label>
        </legend>
        <p class="muted" id="skip-sites-hint">
          {t('options_skip_hint')}
        </p>
        <textarea
          id="skip-sites"
          rows={5}
          spellcheck={false}
          value={sitesText}
          aria-invalid={invalid.length > 0}
          aria-describedby={invalid.length > 0 ? 'skip-sites-hint skip-sites-error' : 'skip-sites-hint'}
          onInput={(event) => {
            setSitesText((event.currentTarget as HTMLTextAreaElement).value);
            edited();
          }}
        />
        {invalid.length > 0 && (
          <p id="skip-sites-error" class="status status-error" role="alert">
            <Icon icon={CircleAlert} />
            {t('options_invalid_sites', invalid.join(', '))}
          </p>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('options_colors')}</legend>
        <div class="color-grid">
          {CLAIM_KINDS.map((kind) => (
            <label key={kind} class="color-choice">
              <input
                type="color"
                value={colors[kind]}
                aria-label={t('options_color_of', kindLabel(kind))}
                onInput={(event) => {
                  setColors({ ...colors, [kind]: (event.currentTarget as HTMLInputElement).value });
                  edited();
                }}
              />
              <mark style={{ background: colors[kind] }}>{kindLabel(kind)}</mark>
            </label>
          ))}
        </div>
        <button
          type="button"
          onClick={() => {
            setColors(DEFAULT_COLORS);
            edited();
          }}
        >
          <Icon icon={RotateCcw} />
          {t('options_reset_colors')}
        </button>
      </fieldset>

      <fieldset>
        <legend>
          <label for="language">{t('options_language')}</label>
        </legend>
        <select
          id="language"
          value={language}
          onChange={(event) => {
            setLanguage((event.currentTarget as HTMLSelectElement).value as InterfaceLanguage);
            edited();
          }}
        >
          <option value="auto">{t('options_language_auto')}</option>
          <option value="zh-CN" lang="zh-CN">
            {t('options_language_zh')}
          </option>
          <option value="en" lang="en">
            {t('options_language_en')}
          </option>
        </select>
      </fieldset>

      <div class="form-actions">
        <button type="submit" class="primary">
          <Icon icon={Save} />
          {t('options_save')}
        </button>
        <p aria-live="polite" class="form-outcome">
          {outcome.kind === 'saved' && (
            <span class="saved">
              <Icon icon={CircleCheck} />
              {t('options_saved')}
            </span>
          )}
          {outcome.kind === 'failed' && <span class="status-error">{t('options_save_failed', outcome.error)}</span>}
        </p>
      </div>
    </form>
  );
}
