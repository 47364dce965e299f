export { Highlighter, type HighlightItem, type HighlighterOptions } from './highlighter';
export { itemAtPoint, caretAt } from './hit-test';
export { installClaimKeys, type ClaimKeyHandlers } from './keyboard';
export {
  DEFAULT_KIND_COLORS, HIGHLIGHT_KINDS, FALLBACK_MARK_TAG, FOCUS_HIGHLIGHT_NAME, kindHighlightName, statusHighlightName,
  type HighlightKind,
} from './names';
export { safeColor } from './styles';
