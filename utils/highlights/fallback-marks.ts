/**
 * Drawing for browsers without the CSS Custom Highlight API (Firefox before 140): the text of each
 * span is wrapped in `<figure-finder-mark>` elements. A custom element name, not <mark> or <span>,
 * because page stylesheets style those (`article span { ... }`, `mark { display: none }`) but cannot
 * know ours; it is inline by default and carries no meaning for screen readers. This is the only
 * place we change the page's DOM, and it only splits text nodes: the text itself stays the same.
 * Moving a text node into a mark would collapse a live Range anchored inside it, so each item's
 * Range is reset to span its marks afterwards: it still covers the same characters.
 */
import { OWN_UI_ATTRIBUTE } from '../text-map';
import { FALLBACK_MARK_TAG } from './names';
import { safeColor } from './styles';
import type { HighlightItem } from './highlighter';

export class FallbackMarks {
  private readonly doc: Document;
  private touched = new Set<Node>();

  constructor(doc: Document) {
    this.doc = doc;
  }

  draw(items: readonly HighlightItem[], readerColors: string[], focusedId: string | null): void {
    // Last span first: wrapping splits text nodes only at or after the span being drawn.
    const marksOf = new Map<HighlightItem, HTMLElement[]>();
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i];
      const marks: HTMLElement[] = [];
      for (const node of textNodesIn(item.range)) {
        const piece = this.isolate(node, item.range);
        if (!piece) continue;
        const mark = this.doc.createElement(FALLBACK_MARK_TAG);
        mark.setAttribute(OWN_UI_ATTRIBUTE, 'mark');
        mark.dataset.id = item.id;
        mark.dataset.kind = item.kind;
        if (item.status && item.status !== 'unverified') mark.dataset.status = item.status;
        const color = safeColor(item.color);
        if (color) mark.dataset.color = String(readerColors.indexOf(color));
        if (item.id === focusedId) mark.dataset.focus = '';
        this.touched.add(piece.parentNode!);
        piece.parentNode!.insertBefore(mark, piece);
        mark.append(piece);
        marks.push(mark);
      }
      marksOf.set(item, marks);
    }
    // Marks never move once made, so ranges set from them now stay right.
    for (const [item, marks] of marksOf) {
      if (!marks.length) continue;
      item.range.setStartBefore(marks[0]);
      item.range.setEndAfter(marks[marks.length - 1]);
    }
  }

  setFocus(id: string | null): void {
    for (const mark of this.doc.querySelectorAll<HTMLElement>(`${FALLBACK_MARK_TAG}[data-focus]`)) delete mark.dataset.focus;
    if (!id) return;
    for (const mark of this.doc.querySelectorAll<HTMLElement>(FALLBACK_MARK_TAG)) {
      if (mark.dataset.id === id) mark.dataset.focus = '';
    }
  }

  clear(): void {
    for (const mark of [...this.doc.querySelectorAll(FALLBACK_MARK_TAG)]) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      this.touched.add(parent);
    }
    // Join the text nodes we split, so the page's DOM is as we found it.
    for (const parent of this.touched) if (parent.isConnected) parent.normalize();
    this.touched.clear();
  }

  /** Splits `node` so that exactly the part inside `range` is one text node, and returns it. */
  private isolate(node: Text, range: Range): Text | null {
    let start = 0;
    let end = node.data.length;
    if (node === range.startContainer) start = range.startOffset;
    if (node === range.endContainer) end = range.endOffset;
    if (end <= start || node.data.slice(start, end).trim() === '') return null;
    let piece = node;
    if (start > 0) piece = piece.splitText(start);
    if (end - start < piece.data.length) piece.splitText(end - start);
    return piece;
  }
}

function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const nodes: Text[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (range.intersectsNode(n)) nodes.push(n as Text);
  }
  return nodes;
}
