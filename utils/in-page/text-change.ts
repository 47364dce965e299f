/**
 * Whether a change of the page's text can leave its analysis standing. Pages rewrite some of their text all the
 * time: a live stock quote inside a sentence, a clock or a ticker in the header, a view counter. Re-analysing the
 * page on each tick (every second or two, for as long as the page is open) would read the whole page again for
 * nothing: what the claims were read from has not changed. A change is left standing only where the offsets of that
 * text cannot have moved (the text keeps its length) and every character that differs lies in text the analysis set
 * aside (outside every article, or in an article's captions, bylines, meta lines and furniture).
 */
import type { Span } from '../articles/segment';

/** The spans the claims were read from: each article's span less the spans it set aside (sorted, within it). */
export function readSpans(articles: ReadonlyArray<{ span: Span; setAside: readonly Span[] }>): Span[] {
  const out: Span[] = [];
  for (const { span, setAside } of articles) {
    let at = span.start;
    for (const aside of [...setAside].sort((a, b) => a.start - b.start)) {
      if (aside.start > at) out.push({ start: at, end: Math.min(aside.start, span.end) });
      at = Math.max(at, aside.end);
    }
    if (at < span.end) out.push({ start: at, end: span.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether `after` is `before` with only characters outside `read` (sorted spans) changed, none added or removed. */
export function changedOnlyAside(before: string, after: string, read: readonly Span[]): boolean {
  if (before.length !== after.length) return false;
  let next = 0;
  for (let i = 0; i < before.length; i++) {
    if (before.charCodeAt(i) === after.charCodeAt(i)) continue;
    while (next < read.length && read[next].end <= i) next++;
    if (next < read.length && read[next].start <= i) return false;
  }
  return true;
}
