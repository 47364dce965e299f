/**
 * Ids for things drawn on the page. A claim's id comes from its article and its quote with context,
 * so the same figure gets the same id on every visit (and the library merges it with the saved
 * copy); a note gets a fresh id once, then keeps it through saves, exports and imports.
 */
import { hash53 } from '../identity';
import type { TextQuoteSelector } from '../anchoring/types';

export function claimIdFor(articleId: string, quote: TextQuoteSelector): string {
  return `c-${hash53(`${articleId}\u0000${quote.prefix}\u0000${quote.exact}\u0000${quote.suffix}`)}`;
}

/** Random enough to never collide within one reader's library; works on plain-http pages too. */
export function newNoteId(now = Date.now()): string {
  return `n-${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
