/**
 * The highlight names and their default look, as one table. Each claim kind is its own highlight
 * (`ff-area`, `ff-money`, ...), so one `::highlight()` rule colours all claims of a kind; the reader's
 * fact-check status and chosen colour are further highlights painted over the kind's.
 */
import type { ClaimKind } from '../quantities/types';
import { DEFAULT_COLORS } from '../settings';
import type { FactCheckStatus } from '../store/types';

/** What a drawn span is: a claim of a kind, or a reader's free note on any text. */
export type HighlightKind = ClaimKind | 'note';

export const HIGHLIGHT_KINDS: readonly HighlightKind[] = [
  'area', 'length', 'volume', 'weight', 'count', 'percent', 'money', 'duration', 'power', 'other', 'note',
];

/** The kinds' colours are the settings' defaults (one table, utils/settings); free notes add one of their own. */
export const DEFAULT_KIND_COLORS: Record<HighlightKind, string> = { ...DEFAULT_COLORS, note: '#fff3a3' };

/** How a status reads on the page: an underline, so the kind's colour stays visible. */
export const STATUS_STYLES: Record<Exclude<FactCheckStatus, 'unverified'>, string> = {
  verified: 'text-decoration: underline solid #1b7f3b 2px;',
  disputed: 'text-decoration: underline dashed #b86e00 2px;',
  wrong: 'text-decoration: line-through wavy #c0182b 2px;',
};

/** Paint order: later layers are drawn over earlier ones (CSS `Highlight.priority`). */
export const PRIORITY = { kind: 0, color: 1, status: 2, focus: 3 } as const;

export const kindHighlightName = (kind: HighlightKind) => `ff-${kind}`;
export const statusHighlightName = (status: FactCheckStatus) => `ff-status-${status}`;
export const colorHighlightName = (index: number) => `ff-color-${index}`;
export const FOCUS_HIGHLIGHT_NAME = 'ff-focus';
/** The custom element of the fallback (see fallback-marks.ts). */
export const FALLBACK_MARK_TAG = 'figure-finder-mark';
