/**
 * Describing a span as an Anchor (quote + position) and placing it again in a text that may have
 * changed. Order, cheapest and surest first:
 *   1. position: the same offsets still hold the exact quote;
 *   2. quote: the exact quote elsewhere, the occurrence whose context matches best (ties: nearest);
 *   3. fuzzy: an approximate match of the quote within an error budget.
 * In 2 and 3 a short quote (a figure like "1000亩") must also agree with its saved context on both
 * sides: the same figure in another sentence is another claim.
 * Null when none applies: the caller keeps the saved item as an orphan and shows it as one.
 */
import { matchQuoteFuzzy } from './match-quote';
import { describePosition, matchPosition } from './text-position';
import { contextAgrees, describeQuote, exactQuoteMatches, meanContext } from './text-quote';
import type { Anchor } from './types';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface Placement {
  start: number;
  end: number;
  method: AnchorMethod;
}

/** An anchor for `[start, end)` of `text`; positions are stored relative to `base` (an article's start). */
export function describeAnchor(text: string, start: number, end: number, base = 0): Anchor {
  return { quote: describeQuote(text, start, end), position: describePosition(start - base, end - base) };
}

/** Places `anchor` in `text`, whose article now starts at `base`. */
export function reanchor(text: string, anchor: Anchor, base = 0): Placement | null {
  const { quote, position } = anchor;
  const exact = matchPosition(text, position, quote, base);
  if (exact) return { ...exact, method: 'position' };

  const hint = position.start + base;
  const candidates = exactQuoteMatches(text, quote).filter((m) => contextAgrees(m.context, quote));
  if (candidates.length) {
    // Best context first; among equally good ones, the nearest to the old position.
    candidates.sort(
      (a, b) => meanContext(b.context) - meanContext(a.context) || Math.abs(a.start - hint) - Math.abs(b.start - hint),
    );
    const { start, end } = candidates[0];
    return { start, end, method: 'quote' };
  }

  const fuzzy = matchQuoteFuzzy(text, quote, hint);
  return fuzzy ? { start: fuzzy.start, end: fuzzy.end, method: 'fuzzy' } : null;
}
