/**
 * The CSS that paints our highlights. Highlights live in the page's document, so their
 * `::highlight()` rules must too: one <style> element we own, replaced whenever colours change.
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

export function highlightCss({ kindColors = {}, readerColors }: StyleInput): string {
  const rules: string[] = [];
  for (const kind of HIGHLIGHT_KINDS) {
    const color = safeColor(kindColors[kind]) ?? DEFAULT_KIND_COLORS[kind];
    rules.push(`::highlight(${kindHighlightName(kind)}) { background-color: ${color}; color: #111; }`);
    rules.push(`${FALLBACK_MARK_TAG}[data-kind="${kind}"] { background-color: ${color}; color: #111; }`);
  }
  readerColors.forEach((c, i) => {
    const color = safeColor(c);
    if (!color) return;
    rules.push(`::highlight(${colorHighlightName(i)}) { background-color: ${color}; }`);
    rules.push(`${FALLBACK_MARK_TAG}[data-color="${i}"] { background-color: ${color}; }`);
  });
  for (const [status, css] of Object.entries(STATUS_STYLES)) {
    rules.push(`::highlight(${statusHighlightName(status as keyof typeof STATUS_STYLES)}) { ${css} }`);
    rules.push(`${FALLBACK_MARK_TAG}[data-status="${status}"] { ${css} }`);
  }
  rules.push(`::highlight(${FOCUS_HIGHLIGHT_NAME}) { background-color: #1d3557; color: #fff; }`);
  rules.push(`${FALLBACK_MARK_TAG}[data-focus] { background-color: #1d3557; color: #fff; }`);
  rules.push(`${FALLBACK_MARK_TAG} { all: unset; display: inline; }`);
  return rules.join('\n');
}

/** Puts (or replaces) our one <style> in the page. */
export function installHighlightStyle(doc: Document, css: string): HTMLStyleElement {
  let style = doc.querySelector<HTMLStyleElement>(`style[${OWN_UI_ATTRIBUTE}="highlights"]`);
  if (!style) {
    style = doc.createElement('style');
    style.setAttribute(OWN_UI_ATTRIBUTE, 'highlights');
    (doc.head ?? doc.documentElement).append(style);
  }
  if (style.textContent !== css) style.textContent = css;
  return style;
}
