/**
 * A copy of a page as it is rendered (its flat tree, ./flat-tree.ts) in a document of its own, for code that
 * reads a page with plain DOM calls (Readability, the article finder: `contains`, `closest`, `getElementsByTagName`),
 * none of which enter a shadow root. In the copy a web component's shadow content is its host's children, and
 * a slot's children are the nodes it shows; `original` maps each copied node back to the page's, so what is found
 * in the copy (an article's elements) is found in the page.
 * The page's `<head>` is copied as it is (title, meta tags, structured data) but for its style sheets: the copy has
 * no layout, so nothing in it can be asked whether a sheet hides it, and the text map (which reads the page itself)
 * leaves hidden text out anyway. Scripts and styles in the body are left out for the same reason, and so is our own UI.
 */
import { flatFirstChild, flatNextSibling } from './flat-tree';
import { OWN_UI_ATTRIBUTE } from './own-ui';

const LEFT_OUT = new Set(['script', 'style', 'link', 'template']);

export interface FlatCopy {
  copy: Document;
  /** The page's node each copied node was made from (body and below). */
  original: Map<Node, Node>;
}

export function flatCopy(doc: Document): FlatCopy | null {
  const body = doc.body;
  if (!body) return null;
  const copy = doc.implementation.createHTMLDocument('');
  const lang = doc.documentElement.getAttribute('lang');
  if (lang) copy.documentElement.setAttribute('lang', lang);
  if (doc.head) {
    const head = copy.importNode(doc.head, true);
    for (const sheet of Array.from(head.querySelectorAll('style, link[rel~="stylesheet"]'))) sheet.remove();
    copy.documentElement.replaceChild(head, copy.head);
  }
  const original = new Map<Node, Node>();
  const copyBody = copy.importNode(body, false) as HTMLElement;
  copy.documentElement.replaceChild(copyBody, copy.body);
  original.set(copyBody, body);
  // Iterative: pages nest deeply enough to overflow a recursive copy.
  const stack: Array<[Node, Node]> = [];
  const pushChildren = (from: Node, into: Node) => {
    const children: Node[] = [];
    for (let c = flatFirstChild(from); c; c = flatNextSibling(c)) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], into]);
  };
  pushChildren(body, copyBody);
  while (stack.length) {
    const [node, into] = stack.pop()!;
    if (node.nodeType === 1 && (LEFT_OUT.has((node as Element).localName) || (node as Element).hasAttribute(OWN_UI_ATTRIBUTE))) continue;
    if (node.nodeType !== 1 && node.nodeType !== 3) continue;
    const made = copy.importNode(node, false);
    into.appendChild(made);
    original.set(made, node);
    if (node.nodeType === 1) pushChildren(node, made);
  }
  return { copy, original };
}
