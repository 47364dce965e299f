/**
 * Builds a TextMap from the DOM: the text a reader sees, in reading order, with block boundaries.
 *
 * Rules, close to what `innerText` does but with a map back to every character:
 * - hidden text is skipped: `display: none` subtrees, `visibility: hidden` text (a visible child
 *   inside still counts, as in CSS), text in a font of size 0, `aria-hidden="true"` and `hidden` subtrees, what a
 *   closed `<details>` folds away (all but its summary, ./closed-details.ts),
 *   elements that hold no prose (script, style, template, form controls, media fallback), and our own UI;
 *   characters that show nothing (zero-width space, soft hyphen) are left out, and so is a footnote's mark glued to a
 *   figure, while an exponent in a `<sup>` is written in superscript digits (`10⁶`, `m³`; ./footnote-mark.ts);
 * - block elements are separated by `\n\n`, table cells by `\t`, rows and `<br>` by `\n`, so two
 *   paragraphs never merge into one sentence or one number; a table row's cells stand in their grid columns, an
 *   empty cell for each column that a merged cell above or before takes (`rowspan`, `colspan`) or that an empty
 *   cell leaves, so a row under a two-row header lines up with it; a `<br>` inside a heading by a space, as a
 *   headline broken over two lines for the layout is still one headline, and inside a body cell of one short entry
 *   (`98.36<br>亿元`, ./cell-break.ts); a description list's term and
 *   descriptions are a row of cells; a text layer's absolutely positioned runs are inline, its `<br>`s end lines;
 * - a unit or sign that CSS draws at a number's edge (`::after { content: attr(data-unit) }` after `186.4`) is read
 *   where it shows, as text that belongs to no node: the reader sees `186.4亿元`, and a highlight covers `186.4`;
 * - whitespace collapses as CSS collapses it (one space, none at a line's start or end) except
 *   under `white-space: pre*`.
 * One pass over the tree and one `getComputedStyle` per element: linear in the page's size.
 * The tree is the flat tree (./flat-tree.ts), what is rendered: a web component's text is read from its open
 * shadow root, a `<slot>` as the nodes it shows, and a component's own children that no slot shows are not read.
 *
 * The pass can stop and go on (`startTextMap`): a long page's beginning is mapped, analysed and drawn
 * before the rest is read. It stops only where a line has ended, so the map of the beginning is the
 * whole page's map cut short: the same characters at the same offsets, from the same nodes.
 */
import { flatFirstChild, flatNextSibling, flatParent } from './flat-tree';
import { MAX_EMPTY_CELLS, TableGrid } from './table-grid';
import { TextMap, type FieldSpan, type Segment } from './text-map';

import { OWN_UI_ATTRIBUTE } from './own-ui';
import { showsNothing } from './shows-nothing';
import { isExponent, isFootnoteMark, isSubscriptIndex, subscripted, superscripted } from './footnote-mark';
import { hardWraps } from './hard-wrap';
import { breaksCellEntry } from './cell-break';
import { foldedInDetails, foldsText } from './closed-details';
import { edgeText, generatedText, numberAtEdge } from './generated-content';
import { fieldText } from './form-field';

export { OWN_UI_ATTRIBUTE };

/** Elements whose text is not prose a reader sees on the page. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'BUTTON',
  'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'SVG', 'MATH', 'HEAD', 'TITLE', 'META', 'LINK',
  // A ruby's reading (歙 over shè) annotates a character; it is not part of the sentence or the place name a
  // reader quotes, and would split both (歙shè县). Its fallback brackets (<rp>) show only where ruby does not.
  'RT', 'RP',
  // A bar's content is its fallback for browsers that draw no bar (none does now): the reader sees the bar, never the
  // text, which a CMS may leave stale (`<progress value="64">完成进度58%</progress>`) beside the label it shows.
  'PROGRESS', 'METER',
]);


/** Used when no computed style is available (detached nodes, minimal DOMs): the HTML defaults. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'UL', 'CAPTION',
]);

/** No boundary, a line break, a paragraph break; `gap` is a space that stands for a `<br>` in a heading. */
type Boundary = 0 | 1 | 2;
/**
 * Elements whose `<br>` breaks a line for the layout only, written as a space: a headline broken over two lines is one
 * headline, and a table's header cell broken over two (`用地面积<br>（亩）`) stays in its row, whose line would
 * otherwise end there and take the cells after it into lines of their own, away from their columns.
 */
const BREAK_IS_SPACE = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TH']);

interface ElementContext {
  /** Text directly inside this element is visible (CSS visibility, inherited). */
  visible: boolean;
  /** Text directly inside is set in a font larger than 0 (font-size, inherited). */
  sized: boolean;
  /** Whitespace is kept as written (white-space: pre, pre-wrap, pre-line, break-spaces). */
  preserve: boolean;
  /** Text directly inside is an exponent in a `<sup>` (`m<sup>3</sup>`, `10<sup>6</sup>`), written as it shows: `m³`, `10⁶`. */
  raised: boolean;
  /** Text directly inside is an index in a `<sub>` (`CO<sub>2</sub>`, `PM<sub>2.5</sub>`), written as it shows: `CO₂`, `PM₂.₅`. */
  lowered: boolean;
  /** Text directly inside is folded away: this is a closed `<details>` (./closed-details.ts); not inherited. */
  folded: boolean;
}

/** `term`: a description list's term, which starts a line and is followed by its description as a cell is. */
export type Layout = 'inline' | 'block' | 'cell' | 'row' | 'term';

export interface BuildOptions {
  /** Read computed styles (true in a browser). Off for speed in tests on plain markup. */
  useComputedStyle?: boolean;
}

/** A text map being built, a part of the page at a time. */
export interface TextMapping {
  /**
   * Maps on until at least `length` characters are mapped and a line has ended there, or to the end.
   * True once everything is mapped.
   */
  advance(length: number): boolean;
  /**
   * The first node not read yet, null once everything is: every node before it in flat-tree order
   * (but its ancestors) is mapped. Inside a shadow tree it is not comparable with the document's nodes.
   */
  readonly next: Node | null;
  /** The map of the text read so far: a prefix of the finished map. */
  map(): TextMap;
}

export function buildTextMap(root: Node, options: BuildOptions = {}): TextMap {
  const mapping = startTextMap(root, options);
  mapping.advance(Infinity);
  return mapping.map();
}

export function startTextMap(root: Node, options: BuildOptions = {}): TextMapping {
  const view = (root.ownerDocument ?? (root as Document)).defaultView;
  const useStyle = (options.useComputedStyle ?? true) && !!view?.getComputedStyle;
  const parts: string[] = [];
  const segments: Segment[] = [];
  const fields: FieldSpan[] = [];
  let length = 0;
  /** A boundary waiting to be written before the next visible character. */
  let pendingBoundary: Boundary | 'tab' | 'gap' = 0;
  /** A collapsible space waiting to be written before the next visible character on the same line. */
  let pendingSpace: { node: Text; offset: number } | null = null;
  let atLineStart = true;
  /**
   * Table rows written in their grid: the column of the cell whose first character comes next (-1: none), the tabs
   * written on the line so far, whether the line is a table row's (it began at a row, no block since), and whether
   * the boundary waiting to be written starts a row.
   */
  let pendingColumn = -1;
  let tabsInLine = 0;
  let rowLine = false;
  let pendingRowStart = false;
  const grid = new TableGrid();

  const requestBoundary = (b: Boundary | 'tab' | 'gap') => {
    pendingSpace = null;
    if (length === 0) return;
    if (b === 'gap') {
      if (pendingBoundary === 0) pendingBoundary = 'gap';
    } else if (b === 'tab') {
      if (pendingBoundary === 0 || pendingBoundary === 'gap') pendingBoundary = 'tab';
    } else if (pendingBoundary === 'tab' || pendingBoundary === 'gap' || b > pendingBoundary) {
      pendingBoundary = b;
    }
    atLineStart = true;
  };

  const flushBoundary = () => {
    // (The text's start is a line's start too: a table may open the page.)
    if (pendingBoundary === 0 && length > 0) {
      pendingColumn = -1;
      return;
    }
    let s = pendingBoundary === 0 ? '' : pendingBoundary === 'tab' ? '\t' : pendingBoundary === 'gap' ? ' ' : pendingBoundary === 2 ? '\n\n' : '\n';
    if (pendingBoundary === 'tab') tabsInLine++;
    else if (pendingBoundary !== 'gap') {
      // (A line broken inside a cell, by a paragraph in it or a table in a layout cell, is no row: nothing lines up.)
      rowLine = pendingRowStart;
      tabsInLine = 0;
    }
    pendingRowStart = false;
    if (pendingColumn >= 0 && rowLine && pendingColumn > tabsInLine) {
      const empty = Math.min(pendingColumn - tabsInLine, MAX_EMPTY_CELLS);
      s += '\t'.repeat(empty);
      tabsInLine += empty;
    }
    pendingColumn = -1;
    pendingBoundary = 0;
    if (s === '') return;
    parts.push(s);
    length += s.length;
  };

  const pushRun = (node: Text, from: number, to: number) => {
    if (to <= from) return;
    flushBoundary();
    const last = segments[segments.length - 1];
    if (last && last.node === node && last.end === length && last.nodeOffset + (last.end - last.start) === from) {
      last.end += to - from;
    } else {
      segments.push({ start: length, end: length + (to - from), node, nodeOffset: from });
    }
    const run = node.data.slice(from, to);
    parts.push(ctx.raised ? superscripted(run) : ctx.lowered ? subscripted(run) : run);
    length += to - from;
  };

  const emitText = (node: Text, preserve: boolean) => {
    const data = node.data;
    if (preserve) {
      if (data.length === 0) return;
      flushPendingSpace();
      // A line break that hard-wraps Chinese running text is no text either (./hard-wrap.ts: 18 / 60亩 is 1860亩).
      const wraps = hardWraps(data);
      // The next wrap at or after i (wraps come in order): a long `<pre>` may have thousands.
      let nextWrap = 0;
      let from = 0;
      for (let i = 0; i <= data.length; i++) {
        if (wraps[nextWrap] < i) nextWrap++;
        if (i < data.length && !showsNothing(data.charCodeAt(i)) && wraps[nextWrap] !== i) continue;
        pushRun(node, from, i);
        from = i + 1;
      }
      atLineStart = data.endsWith('\n');
      return;
    }
    let runStart = -1;
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      const isSpace = c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
      if (showsNothing(c)) {
        // Left out, as if not there: the characters on either side are one run of text (3.5&#8203;万亩 is 3.5万亩).
        if (runStart >= 0) pushRun(node, runStart, i);
        runStart = -1;
      } else if (isSpace) {
        if (runStart >= 0) {
          pushRun(node, runStart, i);
          runStart = -1;
        }
        if (!atLineStart && !pendingSpace) pendingSpace = { node, offset: i };
      } else if (runStart < 0) {
        flushPendingSpace();
        runStart = i;
        atLineStart = false;
      }
    }
    if (runStart >= 0) pushRun(node, runStart, data.length);
  };

  /** Writes the one space a collapsed run stands for; a source newline or tab is written as ' '. */
  const flushPendingSpace = () => {
    if (!pendingSpace) return;
    const { node, offset } = pendingSpace;
    pendingSpace = null;
    if (node.data[offset] === ' ') {
      pushRun(node, offset, offset + 1);
      return;
    }
    flushBoundary();
    segments.push({ start: length, end: length + 1, node, nodeOffset: offset });
    parts.push(' ');
    length += 1;
  };

  /**
   * A text layer (a PDF viewer's, pdf.js among them) places each run of a line absolutely where the PDF drew it and
   * ends each line with a `<br>`: CSS makes every positioned run a block, but the runs of one line are one line
   * of text (`地区生产总值` `586.42` `亿元`), and the page's own `<br>`s say where lines end. Positioned inline
   * elements elsewhere (a badge or a duration over a picture, no `<br>` among them) stay apart.
   */
  const breaksInside = new WeakMap<Element, boolean>();
  const marksLinesWithBreaks = (parent: Element): boolean => {
    let known = breaksInside.get(parent);
    if (known === undefined) {
      known = false;
      for (let child = parent.firstElementChild; child; child = child.nextElementSibling)
        if (child.tagName.toUpperCase() === 'BR') {
          known = true;
          break;
        }
      breaksInside.set(parent, known);
    }
    return known;
  };

  /**
   * Text that CSS draws before or after an element (`::before`/`::after`), written as text of no node, as the
   * boundaries are; only beside a number the element's own text ends or starts with (./generated-content.ts).
   */
  const generatedAt = (el: Element, side: '::before' | '::after'): string => {
    if (!ctx.visible || !ctx.sized) return '';
    const edge = edgeText(el, side);
    if (!edge || !numberAtEdge(edge.data, side)) return '';
    const style = view!.getComputedStyle(el, side);
    return style.display === 'none' ? '' : generatedText(style.content);
  };

  const pushGenerated = (text: string) => {
    if (!text) return;
    flushPendingSpace();
    flushBoundary();
    parts.push(text);
    length += text.length;
    atLineStart = false;
  };

  /** A read-only form field's value, shown as text and read as text of no node (./form-field.ts). */
  const readField = (el: Element, tag: string) => {
    if (!ctx.sized || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return;
    const text = fieldText(el, tag);
    if (!text) return;
    // The field's own visibility, as for an element's text (a visible field in an invisible block shows).
    const style = useStyle ? view!.getComputedStyle(el) : null;
    if (style?.display === 'none' || !(style?.visibility ? style.visibility === 'visible' : ctx.visible)) return;
    pushGenerated(text);
    fields.push({ start: length - text.length, end: length, field: el });
  };

  const stack: Array<{ el: Element; ctx: ElementContext; layout: Layout; after: string }> = [];
  let ctx: ElementContext = { visible: true, sized: true, preserve: false, raised: false, lowered: false, folded: false };

  /** Decides whether to descend into `el`; pushes its context when it does. */
  const enter = (el: Element): boolean => {
    const tag = el.tagName.toUpperCase();
    if (tag === 'INPUT' || tag === 'TEXTAREA') {
      readField(el, tag);
      return false;
    }
    if (SKIPPED_TAGS.has(tag) || ((tag === 'SUP' || tag === 'A') && isFootnoteMark(el))) return false;
    // Most elements have no attributes: one question instead of three.
    if (el.hasAttributes() && (el.hasAttribute(OWN_UI_ATTRIBUTE) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden'))) return false;
    if (foldedInDetails(el)) return false;
    let layout: Layout;
    let visible = ctx.visible;
    let sized = ctx.sized;
    let preserve = ctx.preserve;
    if (useStyle) {
      const style = view!.getComputedStyle(el);
      const display = style.display;
      if (display === 'none') return false;
      layout = layoutOf(display, tag);
      if (layout === 'block' && !BLOCK_TAGS.has(tag) && style.position === 'absolute' && el.parentElement && marksLinesWithBreaks(el.parentElement))
        layout = 'inline';
      const visibility = style.visibility;
      if (visibility) visible = visibility === 'visible';
      // Text set in a font of size 0 takes no room and shows nothing (an anti-copy page's noise digits inside a
      // figure: 9<span style="font-size:0">0</span>5.1% reads 95.1%); a child that sets its own size shows again.
      const size = parseFloat(style.fontSize);
      if (!Number.isNaN(size)) sized = size > 0;
      const ws = style.whiteSpace || style.whiteSpaceCollapse;
      if (ws) preserve = ws.startsWith('pre') || ws === 'break-spaces' || ws === 'preserve';
      else if (tag === 'PRE') preserve = true;
    } else {
      layout = defaultLayout(tag);
      if (tag === 'PRE') preserve = true;
    }
    if (tag === 'BR') {
      requestBoundary(stack.some((frame) => BREAK_IS_SPACE.has(frame.el.tagName.toUpperCase())) || breaksCellEntry(el) ? 'gap' : 1);
      return false;
    }
    openLayout(layout);
    if (layout === 'row') pendingRowStart = true;
    else if (layout === 'cell') pendingColumn = grid.columnOf(el);
    const outer = ctx;
    ctx = {
      visible, sized, preserve, raised: ctx.raised || (tag === 'SUP' && isExponent(el)), lowered: ctx.lowered || (tag === 'SUB' && isSubscriptIndex(el)),
      folded: foldsText(el, tag),
    };
    stack.push({ el, ctx: outer, layout, after: useStyle ? generatedAt(el, '::after') : '' });
    if (useStyle) pushGenerated(generatedAt(el, '::before'));
    return true;
  };

  const openLayout = (layout: Layout) => {
    if (layout === 'block') requestBoundary(2);
    else if (layout === 'row' || layout === 'term') requestBoundary(1);
    else if (layout === 'cell') requestBoundary('tab');
  };

  const leave = () => {
    const frame = stack.pop()!;
    pushGenerated(frame.after);
    ctx = frame.ctx;
    openLayout(frame.layout === 'term' ? 'cell' : frame.layout);
  };

  // Iterative depth-first walk: pages nest deeply enough to overflow a recursive one.
  const start = root.nodeType === 1 ? (root as Element) : null;
  let next: Node | null = start && !enter(start) ? null : flatFirstChild(root);

  const advance = (limit: number): boolean => {
    let node = next;
    while (node) {
      // Stop only where a line has ended: the characters written so far are final (a segment is never
      // extended past here, as the boundary comes first), and the next ones start a new line.
      if (length >= limit && (pendingBoundary === 1 || pendingBoundary === 2)) break;
      node = step(node);
    }
    next = node;
    return node === null;
  };

  /** Reads `node` and returns the node after it in the walk. */
  const step = (node: Node): Node | null => {
    let descend = false;
    if (node.nodeType === 3) {
      if (ctx.visible && ctx.sized && !ctx.folded) emitText(node as Text, ctx.preserve);
    } else if (node.nodeType === 1) {
      descend = enter(node as Element) && flatFirstChild(node) !== null;
      if (!descend && stack.length && stack[stack.length - 1].el === node) leave();
    }
    if (descend) return flatFirstChild(node);
    // Climb until a sibling exists, leaving the elements we finish.
    let at: Node | null = node;
    let sibling = flatNextSibling(at);
    while (at && at !== root && !sibling) {
      at = flatParent(at);
      if (at && at !== root && stack.length && stack[stack.length - 1].el === at) leave();
      sibling = at && at !== root ? flatNextSibling(at) : null;
    }
    return sibling;
  };

  return {
    advance,
    get next() {
      return next;
    },
    // A copy of the list: segments added later must not appear in a map of the beginning.
    map: () => new TextMap(parts.join(''), next ? segments.slice() : segments, fields.slice()),
  };
}

const TABLE_ROW_GROUP = /^table-(?:header|row|footer)-group$/;

/** How an element with this computed display lays out its text (exported for its test). */
export function layoutOf(display: string, tag: string): Layout {
  if (display === 'table-cell') return 'cell';
  if (display === 'block' && DESCRIPTION_LIST.has(tag)) return defaultLayout(tag);
  // A table's row groups (thead, tbody, tfoot) end a row, not a paragraph: a blank line between the header rows and
  // the body would end the table there for the engine (tables.ts), leaving the body's figures without their header.
  if (display === 'table-row' || TABLE_ROW_GROUP.test(display)) return 'row';
  if (display.startsWith('inline') || display === 'contents' || display === 'ruby' || display === 'ruby-text') return 'inline';
  if (display === '' || display === 'initial') return defaultLayout(tag);
  return 'block';
}

/**
 * A description list pairs each term with its description (an infobox's `面积` and `1049 km²`, a notice's
 * `发布日期` and its date): like a table row, one line `term⇥description`, so a label alone on its line is never
 * read as a headline over a value read as a name (著名景点 over 方岩、石鼓寮).
 */
const DESCRIPTION_LIST = new Set(['DT', 'DD']);

function defaultLayout(tag: string): Layout {
  if (tag === 'DT') return 'term';
  if (tag === 'DD') return 'cell';
  if (tag === 'TD' || tag === 'TH') return 'cell';
  if (tag === 'TR' || tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') return 'row';
  return BLOCK_TAGS.has(tag) ? 'block' : 'inline';
}
