/**
 * Selectors of the W3C Web Annotation model (https://www.w3.org/TR/annotation-model/#selectors),
 * over the analysed text of a page (the text map's string). A saved claim or note carries both, so it
 * can be placed again when the page changes: by position first, then by its quote and context.
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Up to 32 characters of text before the quote. */
  prefix: string;
  /** Up to 32 characters of text after the quote. */
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Anchor {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * An anchor as the library and the backup keep it: the quote may be left out when the article's own
 * text gives it back at the position (see ./compact.ts), which is true of nearly every saved claim
 * and note and halves what they weigh.
 */
export interface CompactAnchor {
  quote?: TextQuoteSelector;
  position: TextPositionSelector;
}
