/**
 * A page's visible text as one string, with a way back to the DOM. The engine, the anchors and the
 * highlights all speak in offsets into `TextMap.text`; this module turns those offsets into `Range`s
 * and a DOM position (from a selection or the pointer) back into an offset.
 *
 * The string is made of *segments*: runs of characters copied from one text node (offset for offset)
 * and, between them, characters that belong to no node (the `\n\n` and `\n` we insert at block
 * boundaries and `<br>`s). Collapsed whitespace ends one segment and starts the next, so a lookup is
 * a binary search over segment starts: O(log n) per offset after a linear build.
 */
import { flatContains } from './flat-tree';

export interface Segment {
  /** Where the run starts in `TextMap.text`. */
  start: number;
  /** Exclusive end in `TextMap.text`. */
  end: number;
  node: Text;
  /** Offset in `node.data` of the run's first character. */
  nodeOffset: number;
}

/** Where a read-only form field's value stands in `TextMap.text`: text of no node (./form-field.ts). */
export interface FieldSpan {
  start: number;
  end: number;
  field: Element;
}

export class TextMap {
  readonly text: string;
  readonly segments: readonly Segment[];
  /** The read-only form fields' values, in text order: characters of no node that an element's span still holds. */
  readonly fields: readonly FieldSpan[];
  /** Index of the first segment of each node (a node's segments are contiguous). */
  private readonly firstSegmentOf: Map<Text, number>;

  constructor(text: string, segments: Segment[], fields: readonly FieldSpan[] = []) {
    this.text = text;
    this.segments = segments;
    this.fields = fields;
    this.firstSegmentOf = new Map();
    segments.forEach((segment, i) => {
      if (!this.firstSegmentOf.has(segment.node)) this.firstSegmentOf.set(segment.node, i);
    });
  }

  /** Whether any of `node`'s characters are in the map (it was shown when the map was built). */
  holds(node: Text): boolean {
    return this.firstSegmentOf.has(node);
  }

  /**
   * The DOM range of `[start, end)`, which may cross any number of elements (`<span>1000</span>亩`
   * is one range). Inserted boundary characters at either edge are trimmed off; null when the span
   * holds no page character at all or is out of bounds.
   */
  toRange(start: number, end: number, doc: Document = defaultDocument(this.segments)): Range | null {
    if (start < 0 || end > this.text.length || start >= end) return null;
    const first = this.segmentAtOrAfter(start);
    const last = this.segmentAtOrBefore(end);
    if (first < 0 || last < 0 || first > last) return null;
    const a = this.segments[first];
    const b = this.segments[last];
    const range = doc.createRange();
    range.setStart(a.node, a.nodeOffset + Math.max(0, start - a.start));
    range.setEnd(b.node, b.nodeOffset + Math.min(b.end, end) - b.start);
    return range.collapsed ? null : range;
  }

  /**
   * The text offset of a DOM position (a text node and offset, or an element and child index, as a
   * Selection or `caretPositionFromPoint` gives it). `bias` says which way to go from a position that
   * falls on skipped text (collapsed whitespace, hidden nodes): `forward` for a span's start,
   * `backward` for its end. Null when the position is outside the mapped text.
   */
  offsetOf(node: Node, offset: number, bias: 'forward' | 'backward' = 'forward'): number | null {
    if (node.nodeType === 3) {
      const i = this.firstSegmentOf.get(node as Text);
      if (i !== undefined) {
        for (let k = i; k < this.segments.length && this.segments[k].node === node; k++) {
          const s = this.segments[k];
          const local = offset - s.nodeOffset;
          if (local < 0) return bias === 'forward' ? s.start : k > i ? this.segments[k - 1].end : s.start;
          if (local <= s.end - s.start) return s.start + local;
        }
        // Past the last mapped character of the node (trailing collapsed whitespace).
        let k = i;
        while (k + 1 < this.segments.length && this.segments[k + 1].node === node) k++;
        return bias === 'forward' && k + 1 < this.segments.length ? this.segments[k + 1].start : this.segments[k].end;
      }
    }
    // An element position, or a text node we skipped: find the nearest mapped text node in document order.
    const target = bias === 'forward' ? this.firstMappedAtOrAfter(node, offset) : this.lastMappedBefore(node, offset);
    if (target === null) return null;
    const i = this.firstSegmentOf.get(target)!;
    if (bias === 'forward') return this.segments[i].start;
    let k = i;
    while (k + 1 < this.segments.length && this.segments[k + 1].node === target) k++;
    return this.segments[k].end;
  }

  /**
   * `[start, end)` of what `el` shows: from its first mapped character to its last, a read-only form field's value
   * included (a table cell holding only a field has no text node, and its span is the value's). Null when it shows
   * nothing mapped.
   */
  spanOfElement(el: Element): { start: number; end: number } | null {
    let start = this.offsetOf(el, 0, 'forward');
    let end = this.offsetOf(el, el.childNodes.length, 'backward');
    if (start === null || end === null || end <= start) start = end = null;
    for (const field of this.fields) {
      // (Across shadow boundaries: a web component's host renders the fields of its shadow root.)
      if (!flatContains(el, field.field)) continue;
      start = start === null ? field.start : Math.min(start, field.start);
      end = end === null ? field.end : Math.max(end, field.end);
    }
    return start === null || end === null ? null : { start, end };
  }

  /** The read-only form field whose value holds `[start, end)`, or null: the element a figure of no node stands in. */
  fieldAt(start: number, end: number): Element | null {
    return this.fields.find((f) => f.start <= start && end <= f.end)?.field ?? null;
  }

  /** `[start, end)` of a DOM range, or null when it covers no mapped text. */
  spanOf(range: Range): { start: number; end: number } | null {
    const start = this.offsetOf(range.startContainer, range.startOffset, 'forward');
    const end = this.offsetOf(range.endContainer, range.endOffset, 'backward');
    if (start === null || end === null || end <= start) return null;
    return { start, end };
  }

  /** Index of the segment holding `offset`, or of the first segment after it. -1 if none. */
  private segmentAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.segments.length;
    // First segment whose end is > offset.
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.segments[mid].end > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo < this.segments.length ? lo : -1;
  }

  /** Index of the last segment starting before `offset` (exclusive end), or -1. */
  private segmentAtOrBefore(offset: number): number {
    let lo = 0;
    let hi = this.segments.length;
    // First segment whose start is >= offset; the one before it is the answer.
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.segments[mid].start >= offset) hi = mid;
      else lo = mid + 1;
    }
    return lo - 1;
  }

  private firstMappedAtOrAfter(node: Node, offset: number): Text | null {
    const flat = node.nodeType === 3 ? undefined : flatStart(node, offset);
    let current: Node | null =
      node.nodeType === 3 ? nextInOrder(node, null) : flat !== undefined ? flat : (childAt(node, offset) ?? nextInOrder(node, null, true));
    while (current) {
      if (current.nodeType === 3 && this.firstSegmentOf.has(current as Text)) return current as Text;
      current = nextInOrder(current, null);
    }
    return null;
  }

  private lastMappedBefore(node: Node, offset: number): Text | null {
    const flat = node.nodeType === 3 ? undefined : flatEnd(node, offset);
    let current: Node | null =
      node.nodeType === 3
        ? previousInOrder(node)
        : flat !== undefined ? flat : offset > 0 ? deepestLast(childAt(node, offset - 1)!) : previousInOrder(node);
    while (current) {
      if (current.nodeType === 3 && this.firstSegmentOf.has(current as Text)) return current as Text;
      current = previousInOrder(current);
    }
    return null;
  }
}

import { flatChildrenOf, flatFirstChild, flatLastChild, flatNextSibling, flatParent, flatPreviousSibling } from './flat-tree';

function defaultDocument(segments: readonly Segment[]): Document {
  return segments[0]?.node.ownerDocument ?? document;
}

/**
 * The child at `index` (undefined past the end). The first and last child are read directly: indexing a
 * NodeList goes through the DOM's slow indexed-property path, and an element's span asks for exactly these.
 */
function childAt(node: Node, index: number): ChildNode | undefined {
  const children = node.childNodes;
  const last = children.length - 1;
  if (index < 0 || index > last) return undefined;
  return index === 0 ? (node.firstChild ?? undefined) : index === last ? (node.lastChild ?? undefined) : children[index];
}

/**
 * A web component's host or a slot renders other nodes than its DOM children (./flat-tree.ts): a position in it
 * (index 0, or its child count, as an element's span asks) stands for the start of what it renders, or the end.
 * Undefined for an element that renders its own children; null when it renders nothing.
 */
function flatStart(node: Node, offset: number): Node | null | undefined {
  const flat = flatChildrenOf(node);
  if (!flat) return undefined;
  return offset === 0 ? (flat[0] ?? nextInOrder(node, null, true)) : nextInOrder(node, null, true);
}

function flatEnd(node: Node, offset: number): Node | null | undefined {
  const flat = flatChildrenOf(node);
  if (!flat) return undefined;
  // A host with no light children: its one position is the end of its content too, as an element's span asks.
  return offset > 0 || node.childNodes.length === 0 ? (flat.length ? deepestLast(flat[flat.length - 1]) : previousInOrder(node)) : previousInOrder(node);
}

/** Next node in flat-tree order; with `skipChildren`, the next node after `node`'s subtree. */
function nextInOrder(node: Node, root: Node | null, skipChildren = false): Node | null {
  if (!skipChildren) {
    const first = flatFirstChild(node);
    if (first) return first;
  }
  let current: Node | null = node;
  while (current && current !== root) {
    const sibling = flatNextSibling(current);
    if (sibling) return sibling;
    current = flatParent(current);
  }
  return null;
}

function previousInOrder(node: Node): Node | null {
  const sibling = flatPreviousSibling(node);
  if (sibling) return deepestLast(sibling);
  return flatParent(node);
}

function deepestLast(node: Node): Node {
  let current = node;
  for (let last = flatLastChild(current); last; last = flatLastChild(current)) current = last;
  return current;
}
