/**
 * The flat tree: the DOM as it is rendered, which is what a reader sees. Web components (MSN's news pages, CMS
 * themes' `<article-body>`) render their content from a shadow root, and `<slot>`s in it show the host's own
 * children in their place. So, here:
 * - an element with an open shadow root has the shadow root's children as its children; its own (light)
 *   children are rendered only where a slot takes them, and a light child no slot takes is not rendered;
 * - a `<slot>` has the nodes assigned to it as its children, or its own children (fallback content) when none are;
 * - everything else is the DOM as written.
 * Closed shadow roots are not read: the page keeps them from every script but its own (Chrome's
 * `chrome.dom.openOrClosedShadowRoot` would reach them, but asking an extension API about every element of a
 * page costs more than the rest of the walk).
 * Nodes outside any shadow tree and without a slot about take the plain DOM path: on a page with no web
 * component this costs one property read per element.
 */

import { OWN_UI_ATTRIBUTE } from './own-ui';

/** The element's open shadow root, whose content is what the element renders. */
export function shadowRootOf(el: Element): ShadowRoot | null {
  return el.shadowRoot;
}

/** A `<slot>` whose content is the nodes assigned to it (none: its own children, the fallback, are rendered). */
function assignedTo(el: Element): Node[] | null {
  if (el.localName !== 'slot') return null;
  const assigned = (el as HTMLSlotElement).assignedNodes?.();
  return assigned && assigned.length ? assigned : null;
}

/** The nodes rendered as `node`'s children, when they are not its DOM children; null when they are. */
export function flatChildrenOf(node: Node): readonly Node[] | null {
  if (node.nodeType !== 1) return null;
  const root = shadowRootOf(node as Element);
  if (root) return Array.from(root.childNodes);
  return assignedTo(node as Element);
}

export function flatFirstChild(node: Node): Node | null {
  if (node.nodeType === 1) {
    const root = shadowRootOf(node as Element);
    if (root) return root.firstChild;
    const assigned = assignedTo(node as Element);
    if (assigned) return assigned[0];
  }
  return node.firstChild;
}

export function flatLastChild(node: Node): Node | null {
  if (node.nodeType === 1) {
    const root = shadowRootOf(node as Element);
    if (root) return root.lastChild;
    const assigned = assignedTo(node as Element);
    if (assigned) return assigned[assigned.length - 1];
  }
  return node.lastChild;
}

/**
 * The slot `node` is rendered in, when it is a host's child taken by one. A node of a host with a shadow root
 * that no slot takes is not rendered: `unslotted`.
 */
function slotOf(node: Node): HTMLSlotElement | null | 'unslotted' {
  const parent = node.parentNode;
  if (!parent || parent.nodeType !== 1) return null;
  const root = shadowRootOf(parent as Element);
  if (!root) return null;
  return assignedSlotOf(node, root) ?? 'unslotted';
}

/** `assignedSlot`, or where a DOM lacks it (happy-dom), the slot of `root` whose assigned nodes hold `node`. */
function assignedSlotOf(node: Node, root: ShadowRoot): HTMLSlotElement | null {
  if ('assignedSlot' in node) return (node as Element | Text).assignedSlot;
  for (const slot of Array.from(root.querySelectorAll('slot'))) if (slot.assignedNodes().includes(node)) return slot;
  return null;
}

/** The node `node` is rendered inside; null at the top, or for a node that is not rendered (an unslotted child). */
export function flatParent(node: Node): Node | null {
  const slot = slotOf(node);
  if (slot === 'unslotted') return null;
  if (slot) return slot;
  const parent = node.parentNode;
  // A shadow root's children are rendered as its host's.
  if (parent && parent.nodeType === 11 && (parent as ShadowRoot).host) return (parent as ShadowRoot).host;
  return parent;
}

export function flatNextSibling(node: Node): Node | null {
  const slot = slotOf(node);
  if (slot === 'unslotted') return null;
  if (slot) {
    const assigned = slot.assignedNodes();
    return assigned[assigned.indexOf(node) + 1] ?? null;
  }
  return node.nextSibling;
}

export function flatPreviousSibling(node: Node): Node | null {
  const slot = slotOf(node);
  if (slot === 'unslotted') return null;
  if (slot) {
    const assigned = slot.assignedNodes();
    return assigned[assigned.indexOf(node) - 1] ?? null;
  }
  return node.previousSibling;
}

/** Whether `inner` is `outer` or rendered inside it (Node.contains, across shadow boundaries and slots). */
export function flatContains(outer: Node, inner: Node): boolean {
  for (let n: Node | null = inner; n; n = flatParent(n)) if (n === outer) return true;
  return false;
}

/** How many elements a search for shadow roots may look at; `onceFound`, raised to once it finds one. */
export interface SearchBudget {
  left: number;
  /**
   * A page with one shadow root is built of web components, where the article is worth a longer search; a page
   * without is searched only as far as `left` allows (a search walks elements in script: about a millisecond per
   * thousand in a page's first run of the code).
   */
  onceFound?: number;
}

/**
 * The open shadow roots in `root`'s tree and, in turn, in theirs (a component's shadow root holds more
 * components), in the order found; never our own UI's. Looks at no more elements than the budget allows, and
 * spends it (it may be shared by several searches): no selector matches a shadow host, so elements are walked.
 */
export function openShadowRoots(root: Node, budget: SearchBudget = { left: Infinity }): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const trees: Node[] = [root];
  for (let t = 0; t < trees.length; t++) {
    const top = trees[t];
    if (top.nodeType === 1 && !look(top as Element, found, trees, budget)) return found;
    // A native list of the tree's elements, read in order: one DOM question per element, which the first run of this
    // code in a page (every page) pays far less for than walking the tree by its links.
    const elements = top.nodeType === 1 ? (top as Element).getElementsByTagName('*') : (top as ParentNode).querySelectorAll('*');
    // Read until the list ends, not to its length: a live list's length counts every element of the page.
    for (let i = 0, el = elements[0]; el; el = elements[++i]) if (!look(el, found, trees, budget)) return found;
  }
  return found;
}

/** Counts `el` against the budget and takes its shadow root; false once the budget is spent. */
function look(el: Element, found: ShadowRoot[], trees: Node[], budget: SearchBudget): boolean {
  if (budget.left-- <= 0) return false;
  const shadow = el.shadowRoot;
  // Our own UI (the card's host) holds no page content; asked of hosts only, as most elements are none.
  if (shadow && !el.hasAttribute(OWN_UI_ATTRIBUTE)) {
    found.push(shadow);
    trees.push(shadow);
    if (budget.onceFound !== undefined) {
      budget.left = Math.max(budget.left, budget.onceFound);
      budget.onceFound = undefined;
    }
  }
  return true;
}
