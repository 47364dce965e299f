/**
 * Draws claims and notes on the page without changing its DOM: each span's Range is added to the
 * CSS Custom Highlight registry under its kind's name (and its status's and colour's). The page's
 * own scripts and styles never see our highlights, and a page that re-renders keeps working.
 *
 * Where `CSS.highlights` is missing we fall back to wrapping the text in marks (fallback-marks.ts).
 */
import type { FactCheckStatus } from '../store/types';
import { FallbackMarks } from './fallback-marks';
import {
  FOCUS_HIGHLIGHT_NAME, PRIORITY, colorHighlightName, kindHighlightName, statusHighlightName,
  type HighlightKind,
} from './names';
import { adoptHighlightStyle, customHighlightCss, installHighlightStyle, removeHighlightStyle, safeColor } from './styles';

export interface HighlightItem {
  id: string;
  range: Range;
  kind: HighlightKind;
  status?: FactCheckStatus;
  /** The reader's colour for this span. */
  color?: string;
  /** "Not a claim": kept in the page's state but never drawn. */
  dismissed?: boolean;
}

export interface HighlighterOptions {
  kindColors?: Partial<Record<HighlightKind, string>>;
}

type Registry = HighlightRegistry;

function registryOf(doc: Document): Registry | null {
  const css = (doc.defaultView as (Window & typeof globalThis) | null)?.CSS;
  return css && 'highlights' in css && typeof Highlight !== 'undefined' ? css.highlights : null;
}

/**
 * Page order of two ranges. Ranges in different trees (a shadow root's and the document's, two components') cannot
 * be compared (the DOM throws): they keep the order they were given in, which is the text map's, the flat tree's.
 */
function byPosition(a: HighlightItem, b: HighlightItem): number {
  try {
    return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  } catch {
    return 0;
  }
}

export class Highlighter {
  private readonly doc: Document;
  private readonly registry: Registry | null;
  private readonly fallback: FallbackMarks | null;
  private items: HighlightItem[] = [];
  private ownNames = new Set<string>();
  private kindColors: Partial<Record<HighlightKind, string>>;
  private focusedId: string | null = null;
  /** The shadow roots our drawn items lie in (a page of web components), which hold our style sheet. */
  private roots = new Set<ShadowRoot>();

  constructor(doc: Document = document, options: HighlighterOptions = {}) {
    this.doc = doc;
    this.registry = registryOf(doc);
    this.fallback = this.registry ? null : new FallbackMarks(doc);
    this.kindColors = options.kindColors ?? {};
  }

  /** True when drawing uses the CSS Custom Highlight API (no DOM changes). */
  get usesHighlightApi(): boolean {
    return this.registry !== null;
  }

  /** The drawn items, in document order. */
  get drawn(): readonly HighlightItem[] {
    return this.items;
  }

  /** The shadow roots the drawn items lie in: where a hit test must look, as the caret is not found there otherwise. */
  get shadowRoots(): readonly ShadowRoot[] {
    return [...this.roots];
  }

  setKindColors(colors: Partial<Record<HighlightKind, string>>): void {
    this.kindColors = colors;
    this.draw(this.items);
  }

  /** Replaces everything drawn with `items` (dismissed ones are left out). */
  draw(items: readonly HighlightItem[]): void {
    this.clearDrawing();
    this.items = items.filter((item) => !item.dismissed && !item.range.collapsed);
    // Callers mostly pass items in page order already; checking costs n comparisons, sorting n log n.
    if (this.items.some((item, i) => i > 0 && byPosition(this.items[i - 1], item) > 0)) this.items.sort(byPosition);
    const readerColors = [...new Set(this.items.map((i) => safeColor(i.color)).filter((c): c is string => !!c))];
    const customCss = customHighlightCss({ kindColors: this.kindColors, readerColors });
    installHighlightStyle(this.doc, customCss);
    const roots = new Set<ShadowRoot>();
    for (const item of this.items) {
      const root = item.range.startContainer.getRootNode();
      if (root.nodeType === 11 && (root as ShadowRoot).host) roots.add(root as ShadowRoot);
    }
    adoptHighlightStyle(this.doc, roots, this.roots, customCss);
    this.roots = roots;

    if (this.fallback) {
      this.fallback.draw(this.items, readerColors, this.focusedId);
      return;
    }
    const layers = new Map<string, { ranges: Range[]; priority: number }>();
    const add = (name: string, priority: number, range: Range) => {
      let layer = layers.get(name);
      if (!layer) layers.set(name, (layer = { ranges: [], priority }));
      layer.ranges.push(range);
    };
    for (const item of this.items) {
      add(kindHighlightName(item.kind), PRIORITY.kind, item.range);
      const color = safeColor(item.color);
      if (color) add(colorHighlightName(readerColors.indexOf(color)), PRIORITY.color, item.range);
      if (item.status && item.status !== 'unverified') add(statusHighlightName(item.status), PRIORITY.status, item.range);
    }
    for (const [name, { ranges, priority }] of layers) {
      // Added one by one: passed as arguments, a hostile page's hundreds of thousands of figures overflow the stack.
      const highlight = new Highlight();
      for (const range of ranges) highlight.add(range);
      highlight.priority = priority;
      this.registry!.set(name, highlight);
      this.ownNames.add(name);
    }
    this.drawFocus();
  }

  /** Marks one item as the keyboard focus (drawn over everything), or none. */
  focus(id: string | null): void {
    this.focusedId = id;
    if (this.fallback) this.fallback.setFocus(id);
    else this.drawFocus();
  }

  /** Removes every highlight and mark we drew, and our style. */
  clear(): void {
    this.clearDrawing();
    this.items = [];
    removeHighlightStyle(this.doc);
    adoptHighlightStyle(this.doc, new Set(), this.roots, '');
    this.roots.clear();
  }

  /** The names we registered, for tests and diagnostics. */
  get highlightNames(): string[] {
    return [...this.ownNames];
  }

  private drawFocus(): void {
    if (!this.registry) return;
    const item = this.focusedId ? this.items.find((i) => i.id === this.focusedId) : undefined;
    if (!item) {
      this.registry.delete(FOCUS_HIGHLIGHT_NAME);
      return;
    }
    const highlight = new Highlight(item.range);
    highlight.priority = PRIORITY.focus;
    this.registry.set(FOCUS_HIGHLIGHT_NAME, highlight);
    this.ownNames.add(FOCUS_HIGHLIGHT_NAME);
  }

  private clearDrawing(): void {
    if (this.fallback) this.fallback.clear();
    if (this.registry) {
      for (const name of this.ownNames) this.registry.delete(name);
      this.ownNames.clear();
    }
  }
}
