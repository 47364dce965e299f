/**
 * Which drawn span is under the pointer. Highlights have no DOM of their own, so there is no event
 * target to ask: we take the caret position under the point (`caretPositionFromPoint`, or WebKit's
 * `caretRangeFromPoint`) and look for the span containing it, then confirm with the span's boxes,
 * because the caret API also answers for points in a margin beside the text.
 */
import type { HighlightItem } from './highlighter';

interface Caret {
  node: Node;
  offset: number;
}

/**
 * The caret under the point. `shadowRoots`: shadow roots the caret may be found in (where our highlights are);
 * in any other, the browser answers with a position beside the host, as the page's encapsulation asks.
 */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: readonly ShadowRoot[] = []): Caret | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots: readonly ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = shadowRoots.length ? d.caretPositionFromPoint(x, y, { shadowRoots }) : d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** The innermost (last-drawn, shortest) item under the point, or null; `shadowRoots` as caretAt takes them. */
export function itemAtPoint<T extends HighlightItem>(items: readonly T[], doc: Document, x: number, y: number, shadowRoots: readonly ShadowRoot[] = []): T | null {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret) return null;
  let best: T | null = null;
  let bestLength = Infinity;
  for (const item of items) {
    const r = item.range;
    if (r.startContainer.ownerDocument !== caret.node.ownerDocument) continue;
    let inside: boolean;
    try {
      inside = r.isPointInRange(caret.node, caret.offset);
    } catch {
      continue; // the caret is in another tree (a shadow root)
    }
    if (!inside || !pointInBoxes(r, x, y)) continue;
    const length = r.toString().length;
    if (length < bestLength) {
      best = item;
      bestLength = length;
    }
  }
  return best;
}

function pointInBoxes(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}
