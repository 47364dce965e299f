export type { Anchor, TextPositionSelector, TextQuoteSelector } from './types';
export { describeAnchor, reanchor, type AnchorMethod, type Placement } from './anchor';
export { describeQuote, QUOTE_CONTEXT_LENGTH } from './text-quote';
export { describePosition } from './text-position';
export { matchQuoteFuzzy, errorBudget } from './match-quote';
