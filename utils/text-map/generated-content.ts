/**
 * Text that CSS draws before or after an element (`::before`/`::after`): a data card's unit from
 * `content: attr(data-unit)`, a price's `¥`. The text map reads it from the browser's computed style (./build.ts);
 * the command line, whose DOM computes no pseudo-element, from the page's own style sheets (`generatedByRules`).
 */

/**
 * The text of a computed `content` value that is only strings (a browser resolves `attr()` to one: `"亿元"`), with
 * its whitespace collapsed; '' for anything else: `none`, `normal`, a counter (a list's numbering is no figure),
 * quotes, an image, an icon font's private-use glyph.
 */
export function generatedText(content: string): string {
  if (!content || content.charCodeAt(0) !== 34 || !GENERATED_STRINGS.test(content)) return '';
  let text = '';
  for (const [, body] of content.matchAll(CSS_STRING)) text += body.replace(CSS_ESCAPE, (_, hex: string | undefined, char: string | undefined) => (hex ? String.fromCodePoint(parseInt(hex, 16)) : char!));
  return PRIVATE_USE.test(text) ? '' : text.replace(/\s+/g, ' ').trim();
}

const GENERATED_STRINGS = /^(?:"(?:[^"\\]|\\.)*"\s*)+$/;
const CSS_STRING = /"((?:[^"\\]|\\.)*)"/g;
const CSS_ESCAPE = /\\(?:([0-9a-fA-F]{1,6}) ?|([^]))/g;
const PRIVATE_USE = /[\ue000-\uf8ff]/;

/**
 * Whether a text is a number at this edge (its last character a digit, for what is drawn after it; its first, for what
 * is drawn before): the only place where drawn text is read, as there it completes a figure. A separator, an icon or a
 * counter beside words is layout, and asking for a pseudo-element's style at every element would double the styles read.
 */
export function numberAtEdge(data: string, side: '::before' | '::after'): boolean {
  // (Read from the edge, past whitespace, with no trimmed copy: this is asked of every element whose edge is text.)
  const step = side === '::after' ? -1 : 1;
  for (let i = side === '::after' ? data.length - 1 : 0; i >= 0 && i < data.length; i += step) {
    const c = data.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0) continue;
    return c >= 48 && c <= 57;
  }
  return false;
}

/**
 * How deep a number may sit under the element CSS draws beside: a count-up's `<span>` inside the card's number
 * (`<div data-unit="%"><span class="countup">61.48</span></div>`), a bold run inside a figure's span.
 */
export const MAX_EDGE_DEPTH = 3;

/** The text at `el`'s edge (its last text for `::after`, its first for `::before`), at most MAX_EDGE_DEPTH levels down. */
export function edgeText(el: Element, side: '::before' | '::after'): Text | null {
  let node = side === '::after' ? el.lastChild : el.firstChild;
  for (let depth = 1; node?.nodeType === 1 && depth < MAX_EDGE_DEPTH; depth++) node = side === '::after' ? node.lastChild : node.firstChild;
  return node?.nodeType === 3 ? (node as Text) : null;
}

/**
 * What the page's style sheets draw on `side` of `el`, for a DOM that computes no pseudo-element (the command line's):
 * the last rule whose selector, without its pseudo-element, matches `el` (in sheet order; specificity and
 * `@media` are not weighed), with `attr()` read from `el`. '' when no rule draws text there.
 */
export function generatedByRules(el: Element, side: '::before' | '::after'): string {
  let content = '';
  for (const rule of rulesOf(el.ownerDocument)) {
    if (rule.side !== side) continue;
    try {
      if (el.matches(rule.selector)) content = rule.content;
    } catch {
      // A selector this DOM cannot match draws nothing here.
    }
  }
  if (!content) return '';
  const resolved = content
    .replace(SINGLE_QUOTED, (_, body: string) => `"${body}"`)
    .replace(ATTR, (_, name: string) => `"${(el.getAttribute(name) ?? '').replace(/["\\]/g, '\\$&')}"`);
  return generatedText(resolved);
}

interface GeneratedRule {
  /** The rule's selector without its pseudo-element (`.card .v` of `.card .v::after`). */
  selector: string;
  side: '::before' | '::after';
  /** The `content` value as written: strings, `attr()`, counters. */
  content: string;
}

const PSEUDO_ELEMENT = /::?(before|after)\s*$/i;
const SINGLE_QUOTED = /'((?:[^'\\]|\\.)*)'/g;
const ATTR = /attr\(\s*([\w-]+)\s*\)/g;
const rulesByDocument = new WeakMap<Document, GeneratedRule[]>();

function rulesOf(doc: Document): GeneratedRule[] {
  let rules = rulesByDocument.get(doc);
  if (rules) return rules;
  rules = [];
  for (const sheet of Array.from(doc.styleSheets)) {
    let list: CSSRuleList;
    try {
      list = sheet.cssRules;
    } catch {
      continue; // (a sheet of another origin cannot be read)
    }
    for (const rule of Array.from(list)) {
      const { selectorText, style } = rule as CSSStyleRule;
      const content = style?.content;
      if (!selectorText || !content) continue;
      for (const part of selectorText.split(',')) {
        const pseudo = PSEUDO_ELEMENT.exec(part.trim());
        if (pseudo) rules.push({ selector: part.trim().replace(PSEUDO_ELEMENT, '') || '*', side: pseudo[1].toLowerCase() === 'before' ? '::before' : '::after', content });
      }
    }
  }
  rulesByDocument.set(doc, rules);
  return rules;
}
