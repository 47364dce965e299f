/**
 * Finding a quote again when its own text changed a little ("1000亩" → "1,000亩", a typo fixed).
 * Two searches, both approximate (Myers' bit-parallel algorithm, `approx-string-match`):
 *   - the quote itself, within an error budget;
 *   - the quote's context: where the saved prefix and suffix are found with little change, the text
 *     between them is the quote as it now reads, if it is within the budget. This second search is
 *     needed because `approx-string-match` reports only the best matches: an exact copy of the same
 *     figure elsewhere would hide the edited one we are looking for.
 * Each candidate is scored by quote similarity, context and nearness to the old position, the way
 * Hypothesis's client does it. Too different means no match: an orphan is better than a note on the
 * wrong figure.
 */
import search from 'approx-string-match';
import { contextAgrees, contextScore, meanContext } from './text-quote';
import type { TextQuoteSelector } from './types';

export interface FuzzyMatch {
  start: number;
  end: number;
  /** 0..1, weighted: quote similarity, context, nearness. */
  score: number;
}

const WEIGHTS = { quote: 50, context: 40, position: 2 };

/** Edits allowed in the quote itself: a quarter of it, at least one, at most 64. */
export function errorBudget(quote: string): number {
  return Math.max(1, Math.min(64, Math.floor(quote.length / 4)));
}

/** How far from the old position to look before searching the whole text. */
const NEAR_WINDOW = 4096;
/** Longest quote compared character by character in the context search (edit distance is quadratic). */
const MAX_BRACKETED_QUOTE = 256;

export function matchQuoteFuzzy(text: string, quote: TextQuoteSelector, hint: number): FuzzyMatch | null {
  if (quote.exact.length === 0) return null;
  // Near the old position first: edits are usually local, and a small window is fast on a big page.
  const from = Math.max(0, hint - NEAR_WINDOW);
  const to = Math.min(text.length, hint + quote.exact.length + NEAR_WINDOW);
  const near = bestOf(text, quote, hint, from, to);
  if (near || (from === 0 && to === text.length)) return near;
  return bestOf(text, quote, hint, 0, text.length);
}

function bestOf(text: string, quote: TextQuoteSelector, hint: number, from: number, to: number): FuzzyMatch | null {
  const budget = errorBudget(quote.exact);
  const window = text.slice(from, to);
  const candidates: Array<{ start: number; end: number; errors: number }> = search(window, quote.exact, budget).map((m) => ({
    start: m.start + from,
    end: m.end + from,
    errors: m.errors,
  }));
  // (One by one, not push(...): a context found on a page more than a hundred thousand times overflows the stack as arguments.)
  for (const candidate of bracketedByContext(text, window, from, quote, budget)) candidates.push(candidate);

  let winner: FuzzyMatch | null = null;
  for (const { start, end, errors } of candidates) {
    const context = contextScore(text, start, end, quote);
    if (!contextAgrees(context, quote)) continue;
    const quoteScore = 1 - errors / quote.exact.length;
    const nearness = 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
    const score =
      (WEIGHTS.quote * quoteScore + WEIGHTS.context * meanContext(context) + WEIGHTS.position * nearness) /
      (WEIGHTS.quote + WEIGHTS.context + WEIGHTS.position);
    if (!winner || score > winner.score) winner = { start, end, score };
  }
  return winner;
}

/** Spans between a found prefix and a found suffix whose text is within `budget` edits of the quote. */
function bracketedByContext(
  text: string,
  window: string,
  from: number,
  quote: TextQuoteSelector,
  budget: number,
): Array<{ start: number; end: number; errors: number }> {
  if (!quote.prefix || !quote.suffix || quote.exact.length > MAX_BRACKETED_QUOTE) return [];
  const found: Array<{ start: number; end: number; errors: number }> = [];
  for (const p of search(window, quote.prefix, Math.floor(quote.prefix.length / 4))) {
    const start = p.end + from;
    const room = text.slice(start, start + quote.exact.length + budget + quote.suffix.length);
    const suffixes = search(room, quote.suffix, Math.floor(quote.suffix.length / 4));
    for (const s of suffixes) {
      const candidate = room.slice(0, s.start);
      const errors = editDistance(candidate, quote.exact);
      if (errors <= budget) found.push({ start, end: start + candidate.length, errors });
    }
  }
  return found;
}

/** Levenshtein distance; the strings here are a figure and its edited form, so short. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
