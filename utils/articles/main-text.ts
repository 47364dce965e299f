/**
 * The main text of a web page, as the page's own elements: which blocks make up each article.
 *
 * 1. A cheap check (quick-check.ts, a few milliseconds on any page) decides whether the page could hold
 *    an article at all: enough paragraph text and a few development/policy words. Most pages stop here.
 * 2. @mozilla/readability runs on a clone of the document. Its result is mapped back to the page's own
 *    text nodes (the clone is walked in step with the original), so highlights land in the real page.
 * 3. Pages Readability rejects (e-paper editions, short briefs) get a fallback: the element whose
 *    paragraphs hold the most text.
 *
 * Whether a page is *ours* is decided later by relevance, not here: Readability also says yes to list
 * pages and forums, and sometimes keeps a footer.
 */
import { Readability } from '@mozilla/readability';
import { SITE_NAME } from './doc-title';
import { editionDate } from './edition-date';
import { classifyLine, editorIn, isHeaderMeta } from './line-kinds';
import { MIN_PARAGRAPH_CHARS, quickCheck } from './quick-check';
import { flatCopy } from '../text-map/flat-copy';
import { flatLastChild, flatParent, flatPreviousSibling, shadowRootOf } from '../text-map/flat-tree';
import { generatedByRules, MAX_EDGE_DEPTH, numberAtEdge } from '../text-map/generated-content';
import { SHOWS_NOTHING } from '../text-map/shows-nothing';
import { isExponent, isFootnoteMark, isSubscriptIndex, subscripted, superscripted } from '../text-map/footnote-mark';
import { breaksCellEntry } from '../text-map/cell-break';
import { foldedInDetails, foldsText } from '../text-map/closed-details';
import { withoutHardWraps } from '../text-map/hard-wrap';
import { fieldText } from '../text-map/form-field';
import { MAX_EMPTY_CELLS, TableGrid } from '../text-map/table-grid';

export { quickCheck, type QuickCheck } from './quick-check';

export interface PageArticle {
  /** The element that holds the article (the lowest common ancestor of its blocks). */
  root: Element;
  /** The block elements whose own text makes up the article, in document order. */
  blocks: Element[];
  title?: string;
  byline?: string;
  date?: string;
  source?: string;
  /** How it was found: Readability, the page's own single <article>/<main> on a huge page, or the densest block. */
  method: 'readability' | 'marked' | 'fallback';
  /**
   * Found on a page built of web components, read as it is rendered (its flat tree): its elements may lie in several
   * shadow trees, whose nodes the DOM cannot put in order against each other.
   */
  flat?: true;
}

const BLOCK_TAGS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'FIGCAPTION', 'DD', 'DT', 'DIV',
  'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'TABLE', 'TR', 'UL', 'OL', 'FIGURE', 'BODY',
  'ADDRESS', 'CENTER', 'FONT',
]);
/** Elements whose text is never article text (a ruby's reading, <rt>, annotates the text and is not part of it). */
/** Form fields, whose value is text when the reader cannot edit it (../text-map/form-field.ts). */
const FIELD_TAGS = new Set(['INPUT', 'TEXTAREA']);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'OBJECT', 'RT', 'RP', 'PROGRESS', 'METER']);
/** Page regions that hold navigation and furniture, not the article. */
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM']);

/** Readability's own threshold is 500; Chinese briefs carry as much in fewer characters. */
const READABILITY_CHAR_THRESHOLD = 250;
/**
 * Text on a page above which Readability (a clone of the whole document, scored node by node: seconds
 * on a 1 MB page) is skipped when the page marks its one article itself.
 */
const HUGE_PAGE_CHARS = 100_000;
/** Share of the page's text that one <article> or <main> must hold to be taken as the article unread. */
const MARKED_ARTICLE_SHARE = 0.8;
/** Text an element needs to count as one of several stories on a page. */
const MIN_STORY_CHARS = 150;
/** A block that is mostly link text is navigation or a list of related stories. */
const MAX_LINK_DENSITY = 0.5;

/**
 * Hidden from the reader: by attribute, inline style, or the page's style sheets (a class with
 * display:none). Computed style is asked only for elements of the chosen article, never in the quick check.
 */
function isHidden(el: Element): boolean {
  return hiddenBy(el, !!el.ownerDocument && hasHidingRules(el.ownerDocument));
}

/** isHidden, told whether the page's style sheets hide anything (asked once for a whole walk). */
function hiddenBy(el: Element, sheetsHide: boolean): boolean {
  // (A closed <details> hides all but its summary whatever the style sheets say: ../text-map/closed-details.ts.)
  if (foldedInDetails(el)) return true;
  // Most elements have no attributes at all: one question instead of three.
  if (el.hasAttributes()) {
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
    if (HIDING_STYLE.test(el.getAttribute('style') ?? '')) return true;
    if (el.hasAttribute('popover') && !popoverOpen(el)) return true;
  }
  if (!sheetsHide) return false;
  if (typeof el.checkVisibility === 'function') return !el.checkVisibility({ visibilityProperty: true });
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return style !== undefined && (style.display === 'none' || style.visibility === 'hidden');
}

/**
 * A popover (`<div popover>`, a 名词解释 tip its `?` button opens) shows only while it is open: closed, the browser's
 * own style makes it `display: none`, which a DOM without that style (happy-dom, the command line's) does not apply.
 */
function popoverOpen(el: Element): boolean {
  try {
    return el.matches(':popover-open');
  } catch {
    return false; // a DOM that knows no popovers opens none
  }
}

const HIDING_STYLE = /display:\s*none|visibility:\s*hidden/i;
const NOT_SPACE = /\S/;
const hidingRules = new WeakMap<Document, boolean>();

/**
 * Whether the page's style sheets hide anything (display:none, visibility:hidden). Most article pages'
 * sheets do not, and then no element's computed style needs asking. A sheet that cannot be read
 * (another origin) may hide things.
 */
function hasHidingRules(doc: Document): boolean {
  let known = hidingRules.get(doc);
  if (known === undefined) {
    known = Array.from(doc.styleSheets).some((sheet) => {
      try {
        return Array.from(sheet.cssRules).some((rule) => /display\s*:\s*none|visibility\s*:\s*hidden/i.test(rule.cssText));
      } catch {
        return true;
      }
    });
    hidingRules.set(doc, known);
  }
  return known;
}

/** A font of size 0 (`font-size: 0`, `0px`, `0em`), in an inline style or a style sheet. */
const ZERO_FONT = /font-size\s*:\s*0(?![.\d])/i;
const zeroFontPages = new WeakMap<Document, boolean>();

/**
 * Whether a text node is set in a font of size 0: it takes no room and shows nothing (an anti-copy page's noise
 * digits inside a figure, as utils/text-map leaves them out). Computed style is asked only on a page whose inline
 * styles or style sheets set such a font.
 */
function inNoFont(text: Node): boolean {
  const el = text.parentElement;
  const doc = el?.ownerDocument;
  if (!el || !doc) return false;
  let known = zeroFontPages.get(doc);
  if (known === undefined) {
    known =
      Array.from(doc.querySelectorAll('[style]')).some((e) => ZERO_FONT.test(e.getAttribute('style') ?? '')) ||
      Array.from(doc.styleSheets).some((sheet) => {
        try {
          return Array.from(sheet.cssRules).some((rule) => ZERO_FONT.test(rule.cssText));
        } catch {
          return false;
        }
      });
    zeroFontPages.set(doc, known);
  }
  return known && parseFloat(doc.defaultView?.getComputedStyle(el).fontSize ?? '') === 0;
}


/** Whether `el` or an ancestor up to `root` is hidden. */
function hiddenWithin(el: Element, root: Element): boolean {
  for (let e: Element | null = el; e && e !== root.parentElement; e = e.parentElement) if (isHidden(e)) return true;
  return false;
}

function nearestBlock(node: Node, stop: Node | null, flat = false): Element | null {
  // In the flat tree (an article of web components) a node's parent is the slot it is shown in, or a shadow root's host.
  const up = (n: Node) => (flat ? (flatParent(n) as Element | null) : n.parentElement);
  let el = node.nodeType === 1 ? (node as Element) : up(node);
  while (el && el !== stop) {
    if (BLOCK_TAGS.has(el.tagName.toUpperCase())) return el;
    el = up(el);
  }
  return el && stop && el === stop && stop.nodeType === 1 ? (stop as Element) : null;
}

/**
 * Walks the text nodes under `root` that a reader sees, skipping scripts, hidden parts and furniture.
 * `checkVisibility` is off for Readability's detached result, where nothing has a box; its nodes are
 * checked on the page itself.
 */
function visibleTextNodes(root: Element, skipFurniture: boolean, checkVisibility = true): Text[] {
  const out: Text[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      // What trim() removes is what \s matches: a test, not a trimmed copy of every text on the page.
      if (NOT_SPACE.test((node as Text).data)) out.push(node as Text);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || (checkVisibility && isHidden(el))) continue;
    if (skipFurniture && el !== root && FURNITURE_TAGS.has(tag)) continue;
    const folds = checkVisibility && foldsText(el, tag);
    for (let c = el.lastChild; c; c = c.previousSibling) if (!folds || c.nodeType !== 3) stack.push(c);
  }
  return out;
}

function linkDensity(block: Element): number {
  const links = block.getElementsByTagName('a');
  // Most blocks hold no link: no need to read their text.
  if (links.length === 0) return 0;
  const total = (block.textContent ?? '').trim().length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(links)) linked += (a.textContent ?? '').trim().length;
  return linked / total;
}

/**
 * The blocks under `root` whose own text is article text, in the order their text comes: the nearest
 * block (nearestBlock) of each text node `visibleTextNodes(root, true)` gives. One walk that carries each
 * node's block down with it (a long article has thousands of blocks, and every DOM question counts).
 */
function blocksUnder(root: Element): Element[] {
  const blocks: Element[] = [];
  const seen = new Set<Element>();
  const sheetsHide = hasHidingRules(root.ownerDocument);
  const nodes: Node[] = [root];
  const blockOf: Element[] = [root];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const block = blockOf.pop()!;
    if (node.nodeType === 3) {
      if (!seen.has(block) && NOT_SPACE.test((node as Text).data)) {
        seen.add(block);
        blocks.push(block);
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    // A read-only form field's value is text of its block, as a text node's is (../text-map/form-field.ts).
    if (FIELD_TAGS.has(tag)) {
      if (!seen.has(block) && !hiddenBy(el, sheetsHide) && fieldText(el, tag)) {
        seen.add(block);
        blocks.push(block);
      }
      continue;
    }
    if (SKIP_TAGS.has(tag) || hiddenBy(el, sheetsHide) || (el !== root && FURNITURE_TAGS.has(tag))) continue;
    const own = el !== root && BLOCK_TAGS.has(tag) ? el : block;
    const folds = foldsText(el, tag);
    for (let c = el.lastChild; c; c = c.previousSibling) {
      if (folds && c.nodeType === 3) continue;
      nodes.push(c);
      blockOf.push(own);
    }
  }
  const linked = blocksWithLinks(root, seen);
  return blocks.filter((b) => !linked.has(b) || !isLinkList(b));
}

/** Longest block still judged by its link density alone: a longer one is a paragraph with a few links in it. */
const MAX_LINK_LIST_CHARS = 200;

/** A block that is mostly link text, and short: navigation or a list of related stories. */
function isLinkList(block: Element): boolean {
  return linkDensity(block) > MAX_LINK_DENSITY && (block.textContent ?? '').trim().length <= MAX_LINK_LIST_CHARS;
}

/**
 * Which of `blocks` (all under `root`) hold a link: one look at the root's links, not one per block (a
 * long article has thousands of blocks and few links, and asking each block for its links is slow).
 */
function blocksWithLinks(root: Element, blocks: ReadonlySet<Element>): Set<Element> {
  const out = new Set<Element>();
  for (const link of Array.from(root.getElementsByTagName('a'))) {
    for (let el = link.parentElement; el && !out.has(el); el = el === root ? null : el.parentElement) if (blocks.has(el)) out.add(el);
  }
  return out;
}

function commonAncestor(nodes: Node[]): Element | null {
  if (nodes.length === 0) return null;
  let candidate: Element | null = nodes[0].nodeType === 1 ? (nodes[0] as Element) : nodes[0].parentElement;
  while (candidate && !nodes.every((n) => candidate!.contains(n))) candidate = candidate.parentElement;
  return candidate;
}

/** Maps every node of a deep clone to the node of the original it was cloned from (same tree shape). */
function cloneWithMap(doc: Document): { clone: Document; original: Map<Node, Node> } {
  const clone = doc.cloneNode(true) as Document;
  const original = new Map<Node, Node>();
  const stack: Array<[Node, Node]> = [[doc, clone]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    original.set(b, a);
    let x = a.firstChild;
    let y = b.firstChild;
    while (x && y) {
      stack.push([x, y]);
      x = x.nextSibling;
      y = y.nextSibling;
    }
  }
  return { clone, original };
}

/**
 * Readability's text without what lies in an `<aside>` beside the article: when the rest of its text sits in
 * one container (a `<main>`) that the aside is not in, the aside is a sidebar (an 编辑推荐 of another whole
 * story, with its own headline and figures), not part of the article. An aside inside that container (a fact
 * box, a pull quote in the body) stays, and so does an aside that holds all of the text.
 */
function outsideSidebars(texts: Node[]): Node[] {
  const asideOf = (n: Node) => n.parentElement?.closest('aside') ?? null;
  const inArticle = texts.filter((t) => !asideOf(t));
  const container = commonAncestor(inArticle);
  if (!container || inArticle.length === texts.length) return texts;
  return texts.filter((t) => {
    const aside = asideOf(t);
    return !aside || container.contains(aside);
  });
}

/**
 * Makes `blocks` hold `replacement`, a list of its own, in place (its callers' list is the article's). One by one, not
 * splice(0, n, ...replacement): a page of over a hundred thousand paragraphs would overflow the stack as arguments.
 */
export function replaceBlocks(blocks: Element[], replacement: readonly Element[]): void {
  blocks.length = 0;
  for (const block of replacement) blocks.push(block);
}

/**
 * Puts back into `blocks` (in place, in page order) the `<aside>`s Readability dropped from between the article's
 * paragraphs: a box set in the body (key figures, 数说…, a fact box) is the article's, as its place says. Only an
 * aside inside the article's container with kept blocks before and after it, shown, and not a list of links (a
 * related-stories box set among the paragraphs stays out); an aside beside the article is a sidebar.
 */
function withBoxesBetween(blocks: Element[], root: Element): void {
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  const boxes = Array.from(root.getElementsByTagName('aside')).filter(
    (aside) =>
      precedes(first, aside) &&
      precedes(aside, last) &&
      !blocks.some((b) => b.contains(aside) || aside.contains(b)) &&
      !hiddenWithin(aside, root) &&
      !isLinkList(aside),
  );
  if (boxes.length === 0) return;
  const added = boxes.flatMap((aside) => blocksUnder(aside));
  replaceBlocks(blocks, [...blocks, ...added].sort((a, b) => (precedes(a, b) ? -1 : 1)));
}

/**
 * Puts back into `blocks` (in place, in page order) the blocks of read-only form fields between the article's first
 * and last kept blocks: Readability drops every form control, so a 公示 laid out as a read-only form keeps its labels
 * and loses the cells of their values (../text-map/form-field.ts).
 */
function withFieldsBetween(blocks: Element[], root: Element): void {
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  const seen = new Set(blocks);
  const added: Element[] = [];
  for (const field of Array.from(root.querySelectorAll('input, textarea'))) {
    if (!precedes(first, field) || !precedes(field, last) || !fieldText(field, field.tagName.toUpperCase()) || isHidden(field)) continue;
    const block = nearestBlock(field, root);
    if (!block || seen.has(block) || hiddenWithin(block, root)) continue;
    seen.add(block);
    added.push(block);
  }
  if (added.length === 0) return;
  replaceBlocks(blocks, [...blocks, ...added].sort((a, b) => (precedes(a, b) ? -1 : 1)));
}

/** Class or id of the element Readability takes the byline from (its own test). */
const BYLINE_ELEMENT = /byline|author|dateline|writtenby|p-author/i;

/**
 * An author's card that Readability took whole for the byline (a question page's answer: the name, then a line about
 * the author, 浦江本地人，在开发区做过八年招商, read run together): the name, its first line, is the byline, and the
 * lines about the author are no article text. Lines of the card that date or credit the article stay for the
 * segmenter.
 */
function authorCard(blocks: Element[], byline: string | undefined): { blocks: Element[]; byline?: string } {
  if (!byline) return { blocks };
  const wanted = byline.replace(/\s+/g, '');
  let card: Element | null = null;
  for (const block of blocks) {
    for (let el: Element | null = block; el && !card; el = el.parentElement) {
      const marked = BYLINE_ELEMENT.test(`${el.getAttribute('class') ?? ''} ${el.id}`) || el.getAttribute('rel') === 'author' || (el.getAttribute('itemprop') ?? '').includes('author');
      if (marked && (el.textContent ?? '').replace(/\s+/g, '') === wanted) card = el;
    }
    if (card) break;
  }
  const lines = card ? blocks.filter((b) => card.contains(b)) : [];
  if (lines.length < 2) return { blocks, byline };
  const about = new Set(lines.slice(1).filter((b) => classifyLine((b.textContent ?? '').replace(/\s+/g, ' ').trim()) === 'text'));
  return { blocks: blocks.filter((b) => !about.has(b)), byline: (lines[0].textContent ?? '').replace(/\s+/g, ' ').trim() };
}

/** Share of Readability's text that must map back to the page for its answer to be used. */
const MIN_MAPPED_SHARE = 0.8;

function byReadability(doc: Document): PageArticle | null {
  const { clone, original } = cloneWithMap(doc);
  let parsed;
  try {
    parsed = new Readability<Node>(clone, {
      serializer: (node) => node,
      charThreshold: READABILITY_CHAR_THRESHOLD,
    }).parse();
  } catch {
    return null;
  }
  const content = parsed?.content;
  if (!parsed || !content || content.nodeType !== 1) return null;
  const texts = visibleTextNodes(content as Element, false, false);
  const total = texts.reduce((n, t) => n + (t.nodeValue ?? '').trim().length, 0);
  const mapped = texts.map((t) => original.get(t)).filter((n): n is Node => n !== undefined && n.isConnected);
  const mappedChars = mapped.reduce((n, t) => n + (t.nodeValue ?? '').trim().length, 0);
  if (total === 0 || mappedChars / total < MIN_MAPPED_SHARE) return null;
  const kept = outsideSidebars(mapped);
  const root = commonAncestor(kept);
  if (!root) return null;
  const contentBlocks: Element[] = [];
  const seen = new Set<Element>();
  for (const text of kept) {
    const block = nearestBlock(text, root);
    if (block && !seen.has(block) && !hiddenWithin(block, root)) {
      seen.add(block);
      contentBlocks.push(block);
    }
  }
  // Readability keeps a list of links to other stories that sits inside the article's container (a post's
  // 往期推荐, "More on this"); it is no more article text there than anywhere else on the page.
  const linked = blocksWithLinks(root, seen);
  replaceBlocks(contentBlocks, contentBlocks.filter((b) => !linked.has(b) || !isLinkList(b)));
  if (contentBlocks.length === 0) return null;
  withBoxesBetween(contentBlocks, root);
  withFieldsBetween(contentBlocks, root);
  const heading = headingFor(doc, parsed.title ?? '', contentBlocks[0], root);
  const headed = heading ? withHeader(heading, contentBlocks) : contentBlocks;
  const infoLine = heading && infoLineAbove(heading);
  const card = authorCard(withClosingCredits(withDroppedMeta(infoLine ? [infoLine, ...headed] : headed, root)), parsed.byline?.trim());
  const blocks = card.blocks;
  return {
    root: commonAncestor(blocks) ?? root,
    blocks,
    title: parsed.title?.trim() || undefined,
    byline: card.byline || undefined,
    date: parsed.publishedTime?.slice(0, 10) || undefined,
    source: parsed.siteName?.trim() || undefined,
    method: 'readability',
  };
}

const HEADINGS = 'h1, h2, h3, .title, .article-title, [class*="title"]';
const precedes = (a: Node, b: Node) => (a.compareDocumentPosition(b) & 4) /* DOCUMENT_POSITION_FOLLOWING */ !== 0;

/**
 * The page's headline element for an article Readability found (Readability drops it from its
 * content): the heading whose text is the article's title, or else the last heading before the
 * article's first block, near it in the tree.
 */
function headingFor(doc: Document, title: string, first: Element, root: Element): Element | null {
  const squash = (s: string) => s.replace(/\s+/g, '');
  const want = squash(title);
  const headings = Array.from(doc.querySelectorAll(HEADINGS)).filter((h) => !isHidden(h));
  const byTitle = headings.find((h) => {
    const text = squash(h.textContent ?? '');
    return text.length >= 4 && want.length >= 4 && (text === want || want.includes(text) || text.includes(want));
  });
  if (byTitle) return byTitle;
  const near = root.parentElement ?? root;
  return (
    headings.filter((h) => near.contains(h) && precedes(h, first) && /^H[1-3]$/.test(h.tagName.toUpperCase())).at(-1) ??
    titleCellBefore(title, first)
  );
}

/** The element before `el` in document order: the deepest last descendant of its previous sibling, or its parent. */
function previousInOrder(el: Element): Element | null {
  let prev = el.previousElementSibling;
  if (!prev) return el.parentElement;
  while (prev.lastElementChild) prev = prev.lastElementChild;
  return prev;
}

/**
 * Separators between a document title's headline, section and site (… - 部门动态 - 泗洪县人民政府, …_要闻_…, an old
 * CMS's …--大田县人民政府网).
 */
const TITLE_PARTS = /\s+[-–—|｜]\s+|_|\s*[|｜]\s*|\s*--\s*/;
/** How many elements before the article's first block are looked at for its headline. */
const TITLE_LOOKBACK = 40;
/** Shortest headline taken this way: a shorter first part is a site's or section's name more often than not. */
const MIN_TITLE_CELL = 6;
/** Longest text read in that look (a headline is short; a container holding the page is not one). */
const MAX_TITLE_CHARS = 120;

/**
 * A headline in an element no heading selector names (a table cell of an old CMS layout, <td class="tit">, a mobile
 * page's <div class="headline">): the element shortly before the article's first block whose text is the document
 * title's first part, the title with its section and site taken off, or the whole title where it has no separator
 * (a mobile page's title is often the headline alone): a first part of a title without one says nothing.
 */
function titleCellBefore(title: string, first: Element): Element | null {
  const parts = title.split(TITLE_PARTS);
  const head = (parts[0] ?? '').replace(/\s+/g, '');
  // Some titles put the site first (台州日报 - 第03版：经济 - …): a site's name is the masthead, never the headline.
  if (head.length < MIN_TITLE_CELL || SITE_NAME.test(head)) return null;
  let el: Element | null = first;
  for (let i = 0; i < TITLE_LOOKBACK && el; i++) {
    el = previousInOrder(el);
    if (!el) return null;
    // An ancestor of the first block holds the article (its text may be the whole page): never the headline.
    if (el.contains(first)) continue;
    const text = el.textContent ?? '';
    if (text.length > MAX_TITLE_CHARS) continue;
    if (text.replace(/\s+/g, '') === head && !isHidden(el)) {
      // The headline's text may sit in inline markup (<td><font size="5"><b>…</b></font></td>): the headline is the
      // block that holds nothing else, whose text is the article's text as the blocks are read.
      while (el.parentElement && !el.parentElement.contains(first) && (el.parentElement.textContent ?? '').replace(/\s+/g, '') === head) el = el.parentElement;
      return el;
    }
  }
  return null;
}

/**
 * The article's blocks with its header put back: the headline and the blocks between it and the
 * body (byline, source and date lines, which Readability also drops), and without the page chrome
 * before the headline (breadcrumbs).
 */
function withHeader(heading: Element, content: Element[]): Element[] {
  const body = content.filter((b) => b !== heading && !b.contains(heading) && !heading.contains(b) && precedes(heading, b));
  const first = body[0];
  if (!first) return content.length > 0 ? content : [heading];
  const zone = commonAncestor([heading, first]);
  const header = zone
    ? blocksUnder(zone).filter((b) => b !== heading && !b.contains(heading) && !b.contains(first) && precedes(heading, b) && precedes(b, first))
    : [];
  return [heading, ...header, ...body];
}

/** Longest byline or meta line (the line kinds read no longer one). */
const MAX_META_LINE = 120;

/**
 * The info line some sites print right above the headline (Source: Xinhua | 2024-04-22 16:38:05 | Editor: …):
 * the article's date, source and editor, which Readability drops with the rest of the header.
 */
function infoLineAbove(heading: Element): Element | null {
  const prev = heading.previousElementSibling;
  if (!prev || isHidden(prev)) return null;
  const text = (prev.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length <= MAX_META_LINE && classifyLine(text) === 'meta' && isHeaderMeta(text) ? prev : null;
}

/**
 * The article's blocks with the byline and date lines Readability dropped from among them put back: it drops
 * them wherever they stand (a byline row under the standfirst), and the segmenter reads who and when from them.
 */
function withDroppedMeta(blocks: Element[], root: Element): Element[] {
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  const kept = new Set(blocks);
  const dropped = blocksUnder(root).filter((b) => {
    if (kept.has(b)) return false;
    // Byline and meta lines are short: a long block is read no further (most of a page's blocks are kept ones anyway).
    const text = (b.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > MAX_META_LINE) return false;
    const kind = classifyLine(text);
    if (kind !== 'byline' && kind !== 'meta') return false;
    return precedes(first, b) && precedes(b, last) && !blocks.some((k) => k.contains(b) || b.contains(k));
  });
  if (dropped.length === 0) return blocks;
  return [...blocks, ...dropped].sort((a, b) => (precedes(a, b) ? -1 : 1));
}

/** Blocks after the article's last one looked at for its credits line. */
const MAX_CREDITS_DISTANCE = 4;

/**
 * The article's blocks with its credits line put back when Readability left it out (责任编辑：刘洋 under the body,
 * beside a share bar or a pager): the segmenter reads the editor from it. Only a line naming the editor, a few
 * blocks after the last one, within the article's container.
 */
function withClosingCredits(blocks: Element[]): Element[] {
  const zone = commonAncestor(blocks);
  const last = blocks[blocks.length - 1];
  if (!zone || !last) return blocks;
  // The zone's blocks come in the order of their text, so those after the last one follow it in that list: asking
  // each of a long article's thousands of blocks whether it follows the last walks their siblings every time.
  const all = blocksUnder(zone);
  const at = all.indexOf(last);
  const later = at >= 0 ? all.slice(at + 1).filter((b) => !b.contains(last)) : all.filter((b) => precedes(last, b));
  const after = later.filter((b) => !last.contains(b) && !blocks.some((k) => k.contains(b)));
  const credits = after.slice(0, MAX_CREDITS_DISTANCE).find(namesEditor) ?? creditsAfter(zone);
  return credits ? [...blocks, credits] : blocks;
}

function namesEditor(block: Element): boolean {
  const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length <= MAX_META_LINE && editorIn(brokenAtBr(block)) !== undefined;
}

/**
 * A short block's text with its `<br>`s as line breaks, as the article text reads it: its text content runs a credits
 * block's lines together (`通讯员：洪建平<br>编辑：邵佳` is `…洪建平编辑：邵佳`, a name glued to the label).
 */
function brokenAtBr(block: Element): string {
  let text = '';
  for (let node: Node | null = block.firstChild; node; ) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'BR') text += '\n';
    if (node.nodeType === 1 && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== block && !node.nextSibling) node = node.parentNode;
    node = node && node !== block ? node.nextSibling : null;
  }
  return text;
}

/**
 * A credits line right after the article's container, as a sibling of it (a mobile page closes its folded body
 * with 阅读全文 and an app button, then （责编：…） outside the article's box): a few siblings on, before any heading
 * (the next story's).
 */
function creditsAfter(zone: Element): Element | undefined {
  let el = zone.nextElementSibling;
  for (let i = 0; el && i < MAX_CREDITS_DISTANCE; el = el.nextElementSibling, i++) {
    if (el.matches(STORY_HEADINGS) || el.querySelector(STORY_HEADINGS)) return undefined;
    if (!isHidden(el) && namesEditor(el)) return el;
  }
  return undefined;
}

/**
 * A page of several stories side by side (an e-paper page, a briefs column): the chosen root's
 * siblings, or its children, that repeat its kind of element and each hold a headline and text.
 */
function repeatedStories(root: Element): Element[] {
  const isStory = (el: Element, like: Element) =>
    el.tagName === like.tagName &&
    el.className === like.className &&
    el.querySelector('h1, h2, h3, h4') !== null &&
    (el.textContent ?? '').trim().length >= MIN_STORY_CHARS &&
    !isHidden(el);
  const among = (parent: Element | null, like: Element) =>
    parent ? Array.from(parent.children).filter((c) => isStory(c, like)) : [];
  // The root itself is looked at (its text read) only if another child of its parent is a story.
  const others = new Set(root.parentElement ? Array.from(root.parentElement.children).filter((c) => c !== root && isStory(c, root)) : []);
  if (others.size && isStory(root, root)) {
    const stories = Array.from(root.parentElement!.children).filter((c) => c === root || others.has(c));
    return headedSections(stories) ? [] : stories;
  }
  const first = childHoldingHeading(root);
  const children = first ? among(root, first) : [];
  return children.length >= 2 && !headedSections(children) ? children : [];
}

const STORY_HEADINGS = 'h1, h2, h3, h4';
const headingRank = (h: Element) => Number(h.tagName.slice(1));

/**
 * The highest rank (the smallest number: h1 is 1) of `headings`; Infinity for none. (A loop, not Math.min(...ranks): a
 * page of over a hundred thousand headings would overflow the stack as arguments.)
 */
export function highestHeadingRank(headings: readonly Element[]): number {
  let top = Infinity;
  for (const heading of headings) top = Math.min(top, headingRank(heading));
  return top;
}

/**
 * Blocks alike that are the sections of one article, not stories side by side: a heading before them in
 * their parent outranks every heading in them (an h1 over `<section>`s each under an h2 subhead). The
 * stories of an e-paper page carry the page's top headings themselves.
 */
function headedSections(blocks: Element[]): boolean {
  const inBlocks = blocks.flatMap((b) => Array.from(b.querySelectorAll(STORY_HEADINGS)));
  const top = highestHeadingRank(inBlocks);
  for (let el = blocks[0].previousElementSibling; el; el = el.previousElementSibling) {
    const before = el.matches(STORY_HEADINGS) ? [el] : Array.from(el.querySelectorAll(STORY_HEADINGS));
    if (before.some((h) => headingRank(h) < top && !isHidden(h))) return true;
  }
  return false;
}

/**
 * The first child of `root` with a heading inside it (not itself a heading child): found from the first
 * such heading in document order, in one query rather than one per child (a long article has thousands).
 */
function childHoldingHeading(root: Element): Element | undefined {
  for (const heading of Array.from(root.querySelectorAll('h1, h2, h3, h4'))) {
    let child: Element = heading;
    while (child.parentElement && child.parentElement !== root) child = child.parentElement;
    if (child !== heading && child.parentElement === root) return child;
  }
  return undefined;
}

/** The element whose paragraphs hold the most text: what e-paper pages and short briefs need. */
function byDensity(doc: Document): PageArticle | null {
  const body = doc.body;
  if (!body) return null;
  const score = new Map<Element, number>();
  const credit = (el: Element | null, amount: number) => {
    if (el) score.set(el, (score.get(el) ?? 0) + amount);
  };
  for (const text of visibleTextNodes(body, true)) {
    const block = nearestBlock(text, body);
    if (!block) continue;
    const length = (text.nodeValue ?? '').trim().length;
    if (length < MIN_PARAGRAPH_CHARS || text.parentElement?.closest('a')) continue;
    // A paragraph's text speaks for its container and, less, for the one above it.
    credit(block.parentElement ?? block, length);
    credit(block.parentElement?.parentElement ?? null, length / 2);
    if (block.tagName.toUpperCase() === 'DIV' || block.tagName.toUpperCase() === 'TD') credit(block, length);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  if (!best || bestScore < MIN_PARAGRAPH_CHARS * 3) return null;
  const blocks = blocksUnder(best);
  return blocks.length > 0 ? { root: best, blocks, method: 'fallback' } : null;
}

/** Pages that list several whole articles, each in its own <article> element. */
function byArticleElements(doc: Document): PageArticle[] {
  const outermost = Array.from(doc.getElementsByTagName('article')).filter((el) => !el.parentElement?.closest('article'));
  // One article element is no list of articles; its text (all of a long page) need not be read to know.
  if (outermost.length < 2) return [];
  const elements = outermost.filter((el) => (el.textContent ?? '').trim().length >= 300);
  if (elements.length < 2) return [];
  return elements.map((root) => ({ root, blocks: blocksUnder(root), method: 'fallback' as const }));
}

/**
 * On a huge page, the one element the page itself marks as its article (<article>, else <main>) when
 * it holds nearly all of the page's text: the answer Readability would reach, without its cost.
 * Smaller pages always go through Readability, which also reads the byline, date and site name.
 */
function byMarkedArticle(doc: Document): PageArticle | null {
  const body = doc.body;
  if (!body) return null;
  for (const tag of ['article', 'main']) {
    const marked = Array.from(doc.getElementsByTagName(tag)).filter((el) => !el.parentElement?.closest(tag));
    if (marked.length !== 1 || !body.contains(marked[0])) continue;
    const root = marked[0];
    // The page's text is the root's and what lies outside it. The root's (all of a long page) is counted
    // only as far as needed: the answer cannot change once its text alone makes the page huge and the root's.
    const outside = textOutside(root, body);
    const own = textLength(root, (n) => n + outside >= HUGE_PAGE_CHARS && n >= (n + outside) * MARKED_ARTICLE_SHARE);
    const total = own + outside;
    if (total < HUGE_PAGE_CHARS) return null;
    if (own < total * MARKED_ARTICLE_SHARE || isHidden(root)) continue;
    const blocks = blocksUnder(root);
    if (blocks.length === 0) continue;
    const title = root.querySelector('h1')?.textContent?.trim();
    return { root, blocks, ...(title ? { title } : {}), method: 'marked' };
  }
  return null;
}

/** NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION, spelled out: the command line's DOM has no NodeFilter global. */
const SHOW_TEXT_AND_CDATA = 0x4 | 0x8;

/**
 * Length of the text under `root` as its textContent counts it (text and CDATA nodes), counted node by
 * node until `enough` says the count so far is enough: then the count so far.
 */
function textLength(root: Element, enough: (length: number) => boolean): number {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT_AND_CDATA);
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    length += (node as CharacterData).length;
    if (enough(length)) break;
  }
  return length;
}

/** Length of the text under `top` (as its textContent counts it) that is not under `el`. */
function textOutside(el: Element, top: Element): number {
  let length = 0;
  for (let at: Element = el; at !== top && at.parentElement; at = at.parentElement) {
    for (let sibling = at.parentElement.firstChild; sibling; sibling = sibling.nextSibling) {
      // textContent counts text (and CDATA) nodes only: not comments or processing instructions.
      if (sibling !== at && (sibling.nodeType === 1 || sibling.nodeType === 3 || sibling.nodeType === 4)) length += sibling.textContent?.length ?? 0;
    }
  }
  return length;
}

/**
 * The articles on a page (usually one), or none when the quick check says the page holds no article.
 * `force` skips the quick check: the command line analyses whatever page it is given.
 */
export function findArticles(doc: Document, options: { force?: boolean } = {}): PageArticle[] {
  const quick = quickCheck(doc);
  if (!options.force && !quick.passes) return [];
  // A page whose text the quick check read in shadow roots (built of web components) is read as it is rendered:
  // in a copy of its flat tree, whose elements are mapped back to the page's (the text map reads the flat tree too).
  if (quick.shadowChars === 0) {
    // Style sheets may have changed since the last look (pages add them as they load).
    hidingRules.delete(doc);
    const articles = withEditionDate(doc, articlesOf(doc));
    // So is a page whose article is a component's own children, which its shadow root's slots lay out in an order of
    // their own (the headline's slot above the body's, the body first in the DOM). Looked for in the blocks found only:
    // a walk up from each, one property read a step.
    if (!articles.some((a) => a.blocks.some(shownThroughSlot))) return articles;
  }
  const flat = flatCopy(doc);
  if (!flat) return [];
  const back = (el: Element) => (flat.original.get(el) ?? el) as Element;
  return withEditionDate(flat.copy, articlesOf(flat.copy)).map((a) => ({ ...a, root: back(a.root), blocks: a.blocks.map(back), flat: true }));
}

/** Whether an element is the light child of a shadow host, or inside one: on screen where a slot puts it. */
function shownThroughSlot(el: Element): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (shadowRootOf(up)) return true;
  return false;
}

function articlesOf(doc: Document): PageArticle[] {
  const several = byArticleElements(doc);
  if (several.length > 0) return several;
  const article = byMarkedArticle(doc) ?? byReadability(doc) ?? byDensity(doc);
  if (!article) return [];
  const stories = repeatedStories(article.root);
  if (stories.length > 0) return stories.map((root) => ({ root, blocks: blocksUnder(root), method: article.method }));
  return [article];
}

/** On an e-paper page, the edition's date for the articles that have none (their text may still give their own). */
function withEditionDate(doc: Document, articles: PageArticle[]): PageArticle[] {
  if (articles.every((a) => a.date)) return articles;
  const date = editionDate(doc, articles.map((a) => a.root));
  if (!date) return articles;
  for (const article of articles) article.date ??= date;
  return articles;
}

/**
 * The plain text of an article's blocks: each block's own text (line breaks from <br>), blocks
 * separated by a blank line, as the segmenter expects of newspaper text.
 */
/**
 * A text with what the page's CSS draws beside it as the text map reads it (utils/text-map/generated-content.ts): a unit
 * or sign drawn before or after a number that is its element's first or last text (`186.4` then `::after { content:
 * attr(data-unit) }` reads `186.4亿元`).
 */
function drawnAround(node: Text, text: string): string {
  let before = '';
  let after = '';
  const drawsBefore = numberAtEdge(text, '::before');
  const drawsAfter = numberAtEdge(text, '::after');
  if (!drawsBefore && !drawsAfter) return text;
  // Up the elements the text is the first or last of (a count-up's span inside the card's number), inner ones first.
  let child: Node = node;
  let atStart = drawsBefore;
  let atEnd = drawsAfter;
  for (let el = node.parentElement, depth = 0; el && depth < MAX_EDGE_DEPTH && (atStart || atEnd); el = el.parentElement, depth++) {
    atStart &&= el.firstChild === child;
    atEnd &&= el.lastChild === child;
    if (atStart) before = generatedByRules(el, '::before') + before;
    if (atEnd) after += generatedByRules(el, '::after');
    child = el;
  }
  return before + text + after;
}

export function articleText(article: PageArticle): string {
  const wanted = new Set(article.blocks);
  const grid = new TableGrid();
  let out = '';
  let last: Element | null = null;
  let current: Element | null = null;
  let run = '';
  const flush = () => {
    const t = run.replace(/[ \t\u00a0]+\n/g, '\n').replace(/\n[ \t\u00a0]+/g, '\n').trim();
    if (t) {
      if (last && current) out += separator(last, current, grid);
      out += t;
      last = current;
    }
    run = '';
  };
  const stack: Node[] = [article.root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      // (A footnote's mark glued to a figure is left out, as in utils/text-map: `1,200<sup>1</sup> hectares`.)
      if (SKIP_TAGS.has(tag) || isHidden(el) || isFootnoteMark(el)) {
        // A read-only form field's value is read where it stands, as in utils/text-map (../text-map/form-field.ts).
        const value = FIELD_TAGS.has(tag) && !isHidden(el) ? fieldText(el, tag) : '';
        const block = value ? nearestBlock(el.parentNode ?? el, article.root, article.flat) : null;
        if (block && wanted.has(block)) {
          if (block !== current) {
            flush();
            current = block;
          }
          run += value;
        }
        continue;
      }
      if (tag === 'BR') {
        // A headline, a table's header cell or a body cell of one short entry (`98.36<br>亿元`) broken over two lines
        // for the layout is one line (as in utils/text-map).
        run += el.closest('h1, h2, h3, h4, h5, h6, th') || breaksCellEntry(el) ? ' ' : '\n';
        continue;
      }
      // An article of web components is read as it is rendered: a host's shadow content, a slot's assigned nodes.
      // (Text directly in a closed <details> is folded away, as the elements in it are: ../text-map/closed-details.ts.)
      const folds = foldsText(el, tag);
      if (article.flat) {
        for (let c = flatLastChild(el); c; c = flatPreviousSibling(c)) if (!folds || c.nodeType !== 3) stack.push(c);
      } else {
        for (let c = el.lastChild; c; c = c.previousSibling) if (!folds || c.nodeType !== 3) stack.push(c);
      }
      continue;
    }
    if (node.nodeType !== 3 || inNoFont(node)) continue;
    const block = nearestBlock(node, article.root, article.flat);
    if (!block || !wanted.has(block)) continue;
    if (block !== current) {
      flush();
      current = block;
    }
    const written = unwrapped(node as Text, block).replace(SHOWS_NOTHING, '').replace(/[\r\n]+/g, ' ');
    // (An exponent in a `<sup>` and an index in a `<sub>` are written as they show, as in utils/text-map: `8.6 × 10⁶ m³`,
    // `CO₂`.)
    const sup = node.parentElement?.closest('sup');
    const sub = node.parentElement?.closest('sub');
    const shown = sup && isExponent(sup) ? superscripted(written) : sub && isSubscriptIndex(sub) ? subscripted(written) : written;
    run += drawnAround(node as Text, shown);
  }
  flush();
  return out;
}

/** A text's data without the line breaks that hard-wrap Chinese running text in a `<pre>` (as in utils/text-map). */
function unwrapped(node: Text, block: Element): string {
  const data = node.nodeValue ?? '';
  if (block.tagName.toUpperCase() !== 'PRE') return data;
  return withoutHardWraps(data);
}

const CELL_TAGS = new Set(['TD', 'TH']);

/**
 * What stands between two blocks' texts: a blank line, as between paragraphs; but a tab between the cells of one
 * table row and a line break between its rows, as the page's text map reads a table, so that a row is one line
 * (its cells are no headline and byline) and a unit given once above a table's columns reaches its numbers.
 */
function separator(a: Element, b: Element, grid: TableGrid): string {
  // A description list's term and its descriptions are one line (as in utils/text-map): 面积⇥1049 km².
  const [at, bt] = [a.tagName.toUpperCase(), b.tagName.toUpperCase()];
  if ((at === 'DT' || at === 'DD') && (bt === 'DT' || bt === 'DD') && a.parentElement === b.parentElement) return bt === 'DD' ? '\t' : '\n';
  // A cell stands in its grid column (as in utils/text-map): an empty cell for each column before it that a merged
  // cell takes or an empty cell leaves, so a row under a rowspan or beside a colspan lines up with its header.
  const column = CELL_TAGS.has(bt) ? Math.max(0, grid.columnOf(b)) : 0;
  if (!CELL_TAGS.has(bt)) return '\n\n';
  if (CELL_TAGS.has(at) && a.parentElement === b.parentElement) return '\t'.repeat(Math.min(MAX_EMPTY_CELLS, Math.max(1, column - grid.columnOf(a))));
  const lineStart = CELL_TAGS.has(at) && a.closest('table') === b.closest('table') ? '\n' : '\n\n';
  return lineStart + '\t'.repeat(Math.min(MAX_EMPTY_CELLS, column));
}
