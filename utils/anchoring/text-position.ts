/**
 * TextPositionSelector: where a span sat in the text, as offsets. Cheap and exact while the text
 * is unchanged; after an edit the same offsets point at other characters, so a position is only
 * trusted when the quote is still found there.
 */
import type { TextPositionSelector, TextQuoteSelector } from './types';

export function describePosition(start: number, end: number): TextPositionSelector {
  return { type: 'TextPositionSelector', start, end };
}

/** The span at the saved position (shifted by `base`), if it still holds the quote's exact text. */
export function matchPosition(
  text: string,
  position: TextPositionSelector,
  quote: TextQuoteSelector,
  base = 0,
): { start: number; end: number } | null {
  const start = position.start + base;
  const end = position.end + base;
  if (start < 0 || end > text.length || text.slice(start, end) !== quote.exact) return null;
  return { start, end };
}
