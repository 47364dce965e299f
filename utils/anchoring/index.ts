export type { Anchor, CompactAnchor, TextPositionSelector, TextQuoteSelector } from './types';
export { describeAnchor, reanchor, type AnchorMethod, type Placement } from './anchor';
export { compactAnchor, expandAnchor } from './compact';
export { describeQuote, QUOTE_CONTEXT_LENGTH } from './text-quote';
export { describePosition } from './text-position';
export { matchQuoteFuzzy, errorBudget } from './match-quote';
