/**
 * The CSS that paints our highlights. Highlights live in the page's document, so their
 * `::highlight()` rules must too. The default look (every kind's colour, the fact-check statuses,
 * keyboard focus) ships as the loader's stylesheet, which the browser adds to every page from the
 * start (./highlights.css, kept equal to `defaultHighlightCss` by a test): no element in the page,
 * and no restyle of a long page when highlights appear. Only a reader's own colours need rules made
 * at run time, in one <style> element we own, replaced whenever they change.
 * A document's `::highlight()` rules do not reach into a shadow tree (a web component's text): each shadow root
 * that holds one of our highlights adopts a style sheet of ours with all the rules, default and custom.
 */
import { OWN_UI_ATTRIBUTE } from '../text-map';
import {
  DEFAULT_KIND_COLORS, FALLBACK_MARK_TAG, FOCUS_HIGHLIGHT_NAME, HIGHLIGHT_KINDS, STATUS_STYLES,
  colorHighlightName, kindHighlightName, statusHighlightName, type HighlightKind,
} from './names';

/**
 * A colour from settings or a saved note goes into CSS text, so anything that is not a plain colour
 * value (a `;` or `}` that could start another rule) is refused.
 */
export function safeColor(value: string | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  if (!/^(#[0-9a-f]{3,8}|[a-z]{3,20}|(rgb|rgba|hsl|hsla|oklch|oklab)\([0-9a-z.,%\s/+-]{1,60}\))$/i.test(v)) return null;
  if (typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && !CSS.supports('color', v)) return null;
  return v;
}

export interface StyleInput {
  kindColors?: Partial<Record<HighlightKind, string>>;
  /** Reader colours in use, by the index their highlight name carries. */
  readerColors: string[];
}

function kindRules(kind: HighlightKind, color: string): string[] {
  return [
    `::highlight(${kindHighlightName(kind)}) { background-color: ${color}; color: #111; }`,
    `${FALLBACK_MARK_TAG}[data-kind="${kind}"] { background-color: ${color}; color: #111; }`,
  ];
}

/** The look every page has before any setting is read: the content of ./highlights.css. */
export function defaultHighlightCss(): string {
  const rules: string[] = [];
  for (const kind of HIGHLIGHT_KINDS) rules.push(...kindRules(kind, DEFAULT_KIND_COLORS[kind]));
  for (const [status, css] of Object.entries(STATUS_STYLES)) {
    rules.push(`::highlight(${statusHighlightName(status as keyof typeof STATUS_STYLES)}) { ${css} }`);
    rules.push(`${FALLBACK_MARK_TAG}[data-status="${status}"] { ${css} }`);
  }
  rules.push(`::highlight(${FOCUS_HIGHLIGHT_NAME}) { background-color: #1d3557; color: #fff; }`);
  rules.push(`${FALLBACK_MARK_TAG}[data-focus] { background-color: #1d3557; color: #fff; }`);
  rules.push(`${FALLBACK_MARK_TAG} { all: unset; display: inline; }`);
  return rules.join('\n');
}

/**
 * The rules the default stylesheet lacks: kind colours the reader changed, and the colours of their
 * notes. Empty when there are none, which is the common case.
 */
export function customHighlightCss({ kindColors = {}, readerColors }: StyleInput): string {
  const rules: string[] = [];
  for (const kind of HIGHLIGHT_KINDS) {
    const color = safeColor(kindColors[kind]);
    if (color && color.toLowerCase() !== DEFAULT_KIND_COLORS[kind].toLowerCase()) rules.push(...kindRules(kind, color));
  }
  readerColors.forEach((c, i) => {
    const color = safeColor(c);
    if (!color) return;
    rules.push(`::highlight(${colorHighlightName(i)}) { background-color: ${color}; }`);
    rules.push(`${FALLBACK_MARK_TAG}[data-color="${i}"] { background-color: ${color}; }`);
  });
  return rules.join('\n');
}

const OWN_STYLE = `style[${OWN_UI_ATTRIBUTE}="highlights"]`;

/** Puts (or replaces) our one <style> in the page; with no rules to add, takes it out. */
export function installHighlightStyle(doc: Document, css: string): void {
  if (!css) {
    removeHighlightStyle(doc);
    return;
  }
  let style = doc.querySelector<HTMLStyleElement>(OWN_STYLE);
  if (!style) {
    style = doc.createElement('style');
    style.setAttribute(OWN_UI_ATTRIBUTE, 'highlights');
    (doc.head ?? doc.documentElement).append(style);
  }
  if (style.textContent !== css) style.textContent = css;
}

export function removeHighlightStyle(doc: Document): void {
  doc.querySelector(OWN_STYLE)?.remove();
}

/** Our adopted style sheet of each document (one, shared by all its shadow roots), with the rules it holds. */
const shadowSheets = new WeakMap<Document, { sheet: CSSStyleSheet; css: string }>();

/**
 * Has each of `roots` (shadow roots holding our highlights) adopt our style sheet, with the default rules and
 * `customCss`; roots in `previous` that are not in `roots` give it back. Without constructable style sheets,
 * highlights in shadow roots keep the browser's default highlight look (none): this does nothing.
 */
export function adoptHighlightStyle(doc: Document, roots: ReadonlySet<ShadowRoot>, previous: ReadonlySet<ShadowRoot>, customCss: string): void {
  for (const root of previous) if (!roots.has(root)) releaseSheet(doc, root);
  if (!roots.size) return;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view || typeof view.CSSStyleSheet !== 'function' || !('replaceSync' in view.CSSStyleSheet.prototype)) return;
  const css = customCss ? `${defaultHighlightCss()}\n${customCss}` : defaultHighlightCss();
  let own = shadowSheets.get(doc);
  if (!own) {
    own = { sheet: new view.CSSStyleSheet(), css: '' };
    shadowSheets.set(doc, own);
  }
  if (own.css !== css) {
    own.sheet.replaceSync(css);
    own.css = css;
  }
  for (const root of roots) {
    // Added after the component's own sheets; the page may replace the list later (re-render), so asked each time.
    if (!root.adoptedStyleSheets.includes(own.sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, own.sheet];
  }
}

function releaseSheet(doc: Document, root: ShadowRoot): void {
  const own = shadowSheets.get(doc);
  if (own && root.adoptedStyleSheets.includes(own.sheet)) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== own.sheet);
}
