/**
 * Everything we draw over the page, in one shadow root: the card of the figure under the pointer
 * or keyboard focus, a ring around a form field whose figure has the keyboard focus, the card of a free note, the small toolbar shown over a text selection ("add
 * as figure", "add note"), and a live region that announces keyboard navigation to screen readers.
 * Positions are viewport coordinates of the text the card belongs to.
 */
import { MessageSquarePlus, Plus } from 'lucide';
import { h, render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Region } from '../utils/articles/types';
import { t } from '../utils/i18n';
import type { PageClaim } from '../utils/messages';
import type { AnnotationRecord } from '../utils/store/types';
import { AnnotationForm, type AnnotationInput, type SaveOutcome } from './AnnotationForm';
import { ClaimCard } from './ClaimCard';
import type { CardLocale } from './ClaimCardFormat';
import { keepTabInside } from './focus-loop';
import { Icon } from './Icon';

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type LayerView =
  | { kind: 'claim'; claim: PageClaim; region?: Region; box: Box; takeFocus: boolean }
  | { kind: 'note'; quote: string; note?: AnnotationRecord; box: Box; takeFocus: boolean };

export interface ClaimCardLayerProps {
  view: LayerView | null;
  /** The box of the form field whose figure has the keyboard focus (it has no highlight to mark it), or null. */
  focusedField: Box | null;
  /** Where the reader's text selection ends, to place the toolbar; null when nothing is selected. */
  selection: Box | null;
  announcement: string;
  locale: CardLocale;
  onClose(): void;
  onDismiss(claimId: string, dismissed: boolean): void;
  onSaveAnnotation(view: LayerView, input: AnnotationInput): Promise<SaveOutcome>;
  onDeleteAnnotation(view: LayerView): Promise<SaveOutcome>;
  onAddFigure(): void;
  onAddNote(): void;
  onCardPointer(inside: boolean): void;
}

const GAP = 8;
const CARD_ROOM = 320;

/** Below the text when there is room, else above it; always inside the viewport horizontally. */
function cardPosition(box: Box): Record<string, string> {
  const width = Math.min(380, window.innerWidth - 16);
  const left = Math.max(GAP, Math.min(box.left, window.innerWidth - width - GAP));
  const below = window.innerHeight - box.bottom;
  return below >= CARD_ROOM || below >= box.top
    ? { left: `${left}px`, top: `${box.bottom + GAP}px`, maxHeight: `${Math.max(160, below - 2 * GAP)}px` }
    : { left: `${left}px`, bottom: `${window.innerHeight - box.top + GAP}px`, maxHeight: `${Math.max(160, box.top - 2 * GAP)}px` };
}

const TEXT_INPUT_TYPES = new Set(['text', 'url', 'search', 'number', 'email', 'tel']);

function isTextField(el: HTMLElement): boolean {
  return el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && TEXT_INPUT_TYPES.has((el as HTMLInputElement).type));
}

export function ClaimCardLayer(props: ClaimCardLayerProps) {
  const { view, focusedField, selection, announcement, locale } = props;
  const cardRef = useRef<HTMLDivElement>(null);

  // Opened from the keyboard: move focus into the card so Tab reaches its controls.
  useEffect(() => {
    if (view?.takeFocus) cardRef.current?.querySelector<HTMLElement>('h2, textarea')?.focus();
  }, [view]);

  // Escape steps out one layer at a time: out of a text field first (what was typed stays), then closes the card.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Tab') {
      if (cardRef.current) keepTabInside(event, cardRef.current);
      return;
    }
    if (event.key !== 'Escape' || event.isComposing) return;
    event.stopPropagation();
    if (isTextField(event.target as HTMLElement)) {
      cardRef.current?.querySelector<HTMLElement>('h2')?.focus();
      return;
    }
    props.onClose();
  };

  return (
    <div class="layer" lang={locale}>
      <div class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      {focusedField && (
        <div
          class="field-focus"
          aria-hidden="true"
          style={{
            top: `${focusedField.top}px`,
            left: `${focusedField.left}px`,
            width: `${focusedField.right - focusedField.left}px`,
            height: `${focusedField.bottom - focusedField.top}px`,
          }}
        />
      )}
      {view && (
        <div
          ref={cardRef}
          class="card-wrap"
          onKeyDown={onKeyDown}
          onPointerEnter={() => props.onCardPointer(true)}
          onPointerLeave={() => props.onCardPointer(false)}
        >
          <div class="card-position" style={cardPosition(view.box)}>
          {view.kind === 'claim' ? (
              <ClaimCard
                claim={view.claim}
                region={view.region}
                locale={locale}
                onClose={props.onClose}
                onDismiss={(dismissed) => props.onDismiss(view.claim.id, dismissed)}
                onSaveAnnotation={(input) => props.onSaveAnnotation(view, input)}
                onDeleteAnnotation={() => props.onDeleteAnnotation(view)}
              />
          ) : (
            <section class="card" role="dialog" aria-labelledby="ff-note-title">
              <header>
                <h2 id="ff-note-title" tabIndex={-1}>
                  {t('card_free_note')}
                </h2>
              </header>
              <p>
                <q>{view.quote}</q>
              </p>
              <AnnotationForm
                idPrefix="ff-note"
                initial={view.note}
                onSave={(input) => props.onSaveAnnotation(view, input)}
                onDelete={view.note ? () => props.onDeleteAnnotation(view) : undefined}
              />
            </section>
          )}
          </div>
        </div>
      )}
      {selection && !view && (
        <div
          class="toolbar"
          role="toolbar"
          aria-label={t('card_selection_toolbar')}
          style={{ left: `${Math.max(GAP, Math.min(selection.left, window.innerWidth - 260))}px`, top: `${Math.min(selection.bottom + GAP, window.innerHeight - 48)}px` }}
        >
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={props.onAddFigure}>
            <Icon icon={Plus} />
            {t('card_add_figure')}
          </button>
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={props.onAddNote}>
            <Icon icon={MessageSquarePlus} />
            {t('card_add_note')}
          </button>
        </div>
      )}
    </div>
  );
}

/** Draws (or redraws, by diffing) the layer into our shadow root's container. */
export function renderClaimCardLayer(container: HTMLElement, props: ClaimCardLayerProps): void {
  render(h(ClaimCardLayer, props), container);
}
