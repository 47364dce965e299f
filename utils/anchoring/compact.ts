/**
 * Anchors kept without what the article's text already says. A saved claim's or note's quote is
 * nearly always the article text at its position with 32 characters on each side: about half of what
 * a claim weighs in the library and in a backup, and IndexedDB and the backup's reading pay by the
 * byte. Such a quote is left out and rebuilt from the text on reading. A quote the text does not
 * give back exactly (its context ran past the article into the page around it, or it was placed on
 * another version of the text) is kept as it is, so an anchor always comes back as it was saved.
 */
import { describeQuote, QUOTE_CONTEXT_LENGTH } from './text-quote';
import type { Anchor, CompactAnchor, TextPositionSelector, TextQuoteSelector } from './types';

/** Whether `describeQuote(text, position)` would give exactly `quote` (without building it). */
function quoteIsDerivable(text: string, quote: TextQuoteSelector, { start, end }: TextPositionSelector): boolean {
  return (
    quote.type === 'TextQuoteSelector' &&
    end <= text.length &&
    start <= end &&
    quote.exact.length === end - start &&
    quote.prefix.length === Math.min(QUOTE_CONTEXT_LENGTH, start) &&
    quote.suffix.length === Math.min(QUOTE_CONTEXT_LENGTH, text.length - end) &&
    text.startsWith(quote.exact, start) &&
    text.startsWith(quote.prefix, start - quote.prefix.length) &&
    text.startsWith(quote.suffix, end)
  );
}

/** `anchor` without its quote when `text` (its article's) gives the quote back; else `anchor` itself. */
export function compactAnchor(text: string, anchor: CompactAnchor): CompactAnchor {
  return anchor.quote && quoteIsDerivable(text, anchor.quote, anchor.position) ? { position: anchor.position } : anchor;
}

/** `record` with its anchor compacted against its article's `text`: `record` itself when nothing can be left out. */
export function withCompactAnchor<T extends { anchor: CompactAnchor }>(text: string, record: T): Omit<T, 'anchor'> & { anchor: CompactAnchor } {
  const anchor = compactAnchor(text, record.anchor);
  return anchor === record.anchor ? record : { ...record, anchor };
}

/**
 * The whole anchor from a compact one and its article's text. Null when the quote was left out but
 * the position lies outside the text: that anchor cannot be rebuilt (only a damaged or hand-made
 * record has one).
 */
export function expandAnchor(text: string, anchor: CompactAnchor): Anchor | null {
  if (anchor.quote) return anchor as Anchor;
  const { start, end } = anchor.position;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) return null;
  return { quote: describeQuote(text, start, end), position: anchor.position };
}
