/**
 * The reader's note and verdict on a figure or on any selected text: note, tags, a colour, a
 * fact-check status and, for a disputed or wrong figure, the corrected value and an evidence link.
 * Input is checked before it is sent; a failed save keeps what was typed and says why.
 */
import { Save, Trash2 } from 'lucide';
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../utils/i18n';
import type { AnnotationInput } from '../utils/in-page/page-model';
import type { AnnotationRecord, FactCheckStatus } from '../utils/store/types';
import { Icon } from './Icon';

export type { AnnotationInput };

export type SaveOutcome = { ok: true } | { ok: false; error: string };

export const STATUSES: readonly FactCheckStatus[] = ['unverified', 'verified', 'disputed', 'wrong'];

/** Reader colours: light tints that keep black text readable, named for screen readers. */
export const READER_COLORS: ReadonlyArray<{ value: string; label: MessageKey }> = [
  { value: '#fff176', label: 'card_color_yellow' },
  { value: '#a5d6a7', label: 'card_color_green' },
  { value: '#90caf9', label: 'card_color_blue' },
  { value: '#f8bbd0', label: 'card_color_pink' },
];

interface AnnotationFormProps {
  /** Prefix for element ids, unique within the card. */
  idPrefix: string;
  initial?: AnnotationRecord;
  onSave(input: AnnotationInput): Promise<SaveOutcome>;
  onDelete?: () => Promise<SaveOutcome>;
}

type Phase = { kind: 'editing' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: string };

export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[,，、;；]/).map((tag) => tag.trim()).filter(Boolean))];
}

/**
 * A number as readers type it: 1,000 or 1 000 or 42.3; null when it is not one, or is too large for a
 * number (400 digits would become Infinity, which neither the library's lines nor a backup can hold).
 */
export function parseNumberInput(text: string): number | null {
  const cleaned = text.trim().replace(/[,\s，]/g, '');
  if (!/^[-+]?\d+(\.\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

export function isEvidenceUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function AnnotationForm({ idPrefix, initial, onSave, onDelete }: AnnotationFormProps) {
  const [note, setNote] = useState(initial?.note ?? '');
  const [tags, setTags] = useState((initial?.tags ?? []).join(', '));
  const [color, setColor] = useState(initial?.color ?? '');
  const [status, setStatus] = useState<FactCheckStatus>(initial?.status ?? 'unverified');
  const [corrected, setCorrected] = useState(initial?.correctedValue === undefined ? '' : String(initial.correctedValue));
  const [evidence, setEvidence] = useState(initial?.evidenceUrl ?? '');
  const [phase, setPhase] = useState<Phase>({ kind: 'editing' });
  const [touched, setTouched] = useState(false);

  const needsCorrection = status === 'disputed' || status === 'wrong';
  const correctedValue = corrected.trim() ? parseNumberInput(corrected) : undefined;
  const correctedError = needsCorrection && correctedValue === null;
  const evidenceError = evidence.trim() !== '' && !isEvidenceUrl(evidence);
  const id = (name: string) => `${idPrefix}-${name}`;

  const submit = async (event: Event) => {
    event.preventDefault();
    setTouched(true);
    if (correctedError || evidenceError) return;
    setPhase({ kind: 'saving' });
    const outcome = await onSave({
      note: note.trim(),
      tags: parseTags(tags),
      color: color || undefined,
      status,
      correctedValue: needsCorrection && typeof correctedValue === 'number' ? correctedValue : undefined,
      evidenceUrl: evidence.trim() || undefined,
    });
    setPhase(outcome.ok ? { kind: 'saved' } : { kind: 'failed', error: outcome.error });
  };

  const remove = async () => {
    if (!onDelete) return;
    setPhase({ kind: 'saving' });
    const outcome = await onDelete();
    setPhase(outcome.ok ? { kind: 'saved' } : { kind: 'failed', error: outcome.error });
  };

  return (
    <form class="annotation" onSubmit={submit} noValidate>
      <label for={id('note')}>{t('card_note')}</label>
      <textarea id={id('note')} rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />

      <label for={id('tags')}>{t('card_tags')}</label>
      <input id={id('tags')} type="text" value={tags} aria-describedby={id('tags-hint')} onInput={(e) => setTags(e.currentTarget.value)} />
      <p class="hint" id={id('tags-hint')}>{t('card_tags_hint')}</p>

      <fieldset class="swatches">
        <legend>{t('card_color')}</legend>
        <label class="swatch">
          <input type="radio" name={id('color')} value="" checked={color === ''} onChange={() => setColor('')} />
          <span>{t('card_color_none')}</span>
        </label>
        {READER_COLORS.map((c) => (
          <label class="swatch" key={c.value}>
            <input type="radio" name={id('color')} value={c.value} checked={color === c.value} onChange={() => setColor(c.value)} />
            <span class="chip" style={{ background: c.value }} aria-hidden="true" />
            <span class="visually-hidden">{t(c.label)}</span>
          </label>
        ))}
      </fieldset>

      <fieldset class="statuses">
        <legend>{t('card_status')}</legend>
        {STATUSES.map((s) => (
          <label class={`status status-${s}`} key={s}>
            <input type="radio" name={id('status')} value={s} checked={status === s} onChange={() => setStatus(s)} />
            <span>{t(`status_${s}` as MessageKey)}</span>
          </label>
        ))}
      </fieldset>

      {needsCorrection && (
        <>
          <label for={id('corrected')}>{t('card_corrected_value')}</label>
          <input
            id={id('corrected')}
            type="text"
            inputMode="decimal"
            value={corrected}
            aria-invalid={touched && correctedError}
            aria-describedby={correctedError ? id('corrected-error') : undefined}
            onInput={(e) => setCorrected(e.currentTarget.value)}
          />
          {touched && correctedError && (
            <p class="error" id={id('corrected-error')} role="alert">
              {t('card_corrected_invalid')}
            </p>
          )}
        </>
      )}

      <label for={id('evidence')}>{t('card_evidence')}</label>
      <input
        id={id('evidence')}
        type="url"
        value={evidence}
        placeholder="https://"
        aria-invalid={touched && evidenceError}
        aria-describedby={evidenceError ? id('evidence-error') : undefined}
        onInput={(e) => setEvidence(e.currentTarget.value)}
      />
      {touched && evidenceError && (
        <p class="error" id={id('evidence-error')} role="alert">
          {t('card_evidence_invalid')}
        </p>
      )}

      <div class="actions">
        <button type="submit" class="primary" disabled={phase.kind === 'saving'}>
          <Icon icon={Save} />
          {phase.kind === 'saving' ? t('card_saving') : t('card_save')}
        </button>
        {onDelete && initial && (
          <button type="button" onClick={() => void remove()} disabled={phase.kind === 'saving'}>
            <Icon icon={Trash2} />
            {t('card_delete_note')}
          </button>
        )}
      </div>
      <p class="outcome" role="status" aria-live="polite">
        {phase.kind === 'saved' ? t('card_saved') : phase.kind === 'failed' ? t('card_save_failed', phase.error) : ''}
      </p>
    </form>
  );
}
