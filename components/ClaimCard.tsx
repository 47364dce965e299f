/**
 * The card for one figure on the page: what it says (as written, normalized, qualifier, range,
 * change, subject, region, the sentence) and the reader's note and verdict on it. Rendered inside
 * our shadow root, so page CSS cannot reach it; page text only ever goes in as text nodes.
 */
import { Ban, RotateCcw, X } from 'lucide';
import { t, type MessageKey } from '../utils/i18n';
import type { Region } from '../utils/articles/types';
import type { PageClaim } from '../utils/messages';
import { AnnotationForm, type AnnotationInput, type SaveOutcome } from './AnnotationForm';
import { normalizedValues, withUnit, type CardLocale } from './ClaimCardFormat';
import { Icon } from './Icon';

export interface ClaimCardProps {
  claim: PageClaim;
  region?: Region;
  locale: CardLocale;
  onClose(): void;
  onDismiss(dismissed: boolean): void;
  onSaveAnnotation(input: AnnotationInput): Promise<SaveOutcome>;
  onDeleteAnnotation(): Promise<SaveOutcome>;
}

export function ClaimCard({ claim, region, locale, onClose, onDismiss, onSaveAnnotation, onDeleteAnnotation }: ClaimCardProps) {
  const titleId = `ff-card-title-${claim.id}`;
  const normalized = normalizedValues(claim, locale);
  const qualifier = claim.approx === 'exact' ? t('card_exact') : t(`approx_${claim.approx}` as MessageKey);
  return (
    <section class="card" role="dialog" aria-labelledby={titleId} data-claim-id={claim.id}>
      <header>
        <h2 id={titleId} tabIndex={-1}>
          <span class="figure">{claim.text}</span>
          <span class={`kind kind-${claim.kind}`}>{t(`kind_${claim.kind}` as MessageKey)}</span>
        </h2>
        <button type="button" class="icon-button" onClick={onClose} title={t('card_close')}>
          <Icon icon={X} label={t('card_close')} />
        </button>
      </header>
      <dl class="facts">
        <dt>{t('card_as_written')}</dt>
        <dd>{claim.text}</dd>
        {normalized.length > 0 && (
          <>
            <dt>{t('card_normalized')}</dt>
            <dd class="normalized">
              {normalized.map((v) => (
                <span key={v}>{v}</span>
              ))}
            </dd>
          </>
        )}
        <dt>{t('card_qualifier')}</dt>
        <dd>{qualifier}</dd>
        {claim.range && (
          <>
            <dt>{t('card_range')}</dt>
            <dd>{t('card_range_value', [withUnit(claim.range.low, claim.unit, locale), withUnit(claim.range.high, claim.unit, locale)])}</dd>
          </>
        )}
        {claim.change && (
          <>
            <dt>{t('card_change')}</dt>
            <dd>{t(claim.change === 'increase' ? 'card_change_increase' : 'card_change_decrease')}</dd>
          </>
        )}
        {claim.subject && (
          <>
            <dt>{t('card_subject')}</dt>
            <dd>{claim.subject}</dd>
          </>
        )}
        {region && (
          <>
            <dt>{t('card_region')}</dt>
            <dd>{region.path.length ? region.path.join(' › ') : region.name}</dd>
          </>
        )}
        {claim.sentence && (
          <>
            <dt>{t('card_sentence')}</dt>
            <dd>
              <Sentence sentence={claim.sentence} figure={claim.text} />
            </dd>
          </>
        )}
      </dl>
      {claim.origin === 'reader' && <p class="hint">{t('card_origin_reader')}</p>}
      <div class="dismiss">
        {claim.dismissed ? (
          <button type="button" onClick={() => onDismiss(false)}>
            <Icon icon={RotateCcw} />
            {t('card_restore_claim')}
          </button>
        ) : (
          <button type="button" onClick={() => onDismiss(true)} aria-describedby={`${titleId}-dismiss-hint`}>
            <Icon icon={Ban} />
            {t('card_not_claim')}
          </button>
        )}
        <p class="hint" id={`${titleId}-dismiss-hint`}>
          {t('card_not_claim_hint')}
        </p>
      </div>
      <details open={!!claim.annotation}>
        <summary>{t('card_annotate')}</summary>
        <AnnotationForm
          key={claim.id}
          idPrefix={`ff-${claim.id}`}
          initial={claim.annotation}
          onSave={onSaveAnnotation}
          onDelete={claim.annotation ? onDeleteAnnotation : undefined}
        />
      </details>
      <p class="keys">{t('card_keyboard_help')}</p>
    </section>
  );
}

/** The sentence with the figure emphasised; both are page text, so both go in as text. */
function Sentence({ sentence, figure }: { sentence: string; figure: string }) {
  const at = figure ? sentence.indexOf(figure) : -1;
  if (at < 0) return <q>{sentence}</q>;
  return (
    <q>
      {sentence.slice(0, at)}
      <mark>{figure}</mark>
      {sentence.slice(at + figure.length)}
    </q>
  );
}
