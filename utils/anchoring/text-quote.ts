/**
 * TextQuoteSelector: the span's exact text with up to 32 characters on each side, as in the W3C Web
 * Annotation model. The context tells apart repeated figures ("1000亩" may appear three times) and
 * lets a quote be found again after the text around it moved.
 */
import search from 'approx-string-match';
import type { TextQuoteSelector } from './types';

export const QUOTE_CONTEXT_LENGTH = 32;

export function describeQuote(text: string, start: number, end: number): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
    suffix: text.slice(end, Math.min(text.length, end + QUOTE_CONTEXT_LENGTH)),
  };
}

export interface ContextScore {
  /** 0..1 similarity of the text before the span to the quote's prefix (1 when there is no prefix). */
  prefix: number;
  suffix: number;
}

/**
 * How well the text around `[start, end)` matches the quote's prefix and suffix. Edit distance, so a
 * changed word costs a little, not everything.
 */
export function contextScore(text: string, start: number, end: number, quote: TextQuoteSelector): ContextScore {
  const before = text.slice(Math.max(0, start - quote.prefix.length), start);
  const after = text.slice(end, end + quote.suffix.length);
  return { prefix: similarity(before, quote.prefix), suffix: similarity(after, quote.suffix) };
}

/** Below this on either side, a short quote sits among other words: another figure, not this one. */
const MIN_SIDE_SCORE = 0.5;
/** From this length on, the quote is specific enough to be trusted whatever surrounds it. */
const SELF_SUFFICIENT_QUOTE = 16;

/** Whether a match with this context can be the quoted span. */
export function contextAgrees(context: ContextScore, quote: TextQuoteSelector): boolean {
  if (quote.exact.length >= SELF_SUFFICIENT_QUOTE) return true;
  return Math.min(context.prefix, context.suffix) >= MIN_SIDE_SCORE;
}

export const meanContext = (c: ContextScore) => (c.prefix + c.suffix) / 2;

/** 1 − (edit distance of `pattern` within `str`) / pattern length; 0 when nothing of it is there. */
export function similarity(str: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  if (str.length === 0) return 0;
  const matches = search(str, pattern, pattern.length);
  if (matches.length === 0) return 0;
  const errors = Math.min(...matches.map((m) => m.errors));
  return 1 - errors / pattern.length;
}

/** Every exact occurrence of the quote, each with its context score. */
export function exactQuoteMatches(text: string, quote: TextQuoteSelector): Array<{ start: number; end: number; context: ContextScore }> {
  const found: Array<{ start: number; end: number; context: ContextScore }> = [];
  if (!quote.exact) return found;
  for (let i = text.indexOf(quote.exact); i >= 0; i = text.indexOf(quote.exact, i + 1)) {
    const end = i + quote.exact.length;
    found.push({ start: i, end, context: contextScore(text, i, end, quote) });
  }
  return found;
}
