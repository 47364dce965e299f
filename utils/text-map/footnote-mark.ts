/**
 * A footnote's reference mark set right after a figure (`1,200<sup>1</sup> hectares`, `42%<a href="#fn3">3</a>`,
 * `1.8万亩<sup>[2]</sup>`) points to a note; it is no part of the sentence. Read as text it runs into the figure
 * (`1,2001 hectares`, `42%3`), so the text map and the command line's article text leave it out, as they leave out
 * a ruby's reading. A superscript after a unit's symbol is its exponent (`260,000 m<sup>2</sup>`, `km<sup>3</sup>`),
 * and one after a ten that a multiplication sign precedes is a power of ten (`8.6 × 10<sup>6</sup> m<sup>3</sup>`):
 * both stay, written as the superscript digits the reader sees (`m³`, `10⁶`), for as plain digits they run into the
 * number (`8.6 × 106`).
 */

/** A mark's whole text: a note's number, maybe in brackets (`1`, `[5]`, `(12)`, `【3】`). */
const MARK = /^\s*(?:\d{1,3}|\[\d{1,3}\]|\(\d{1,3}\)|（\d{1,3}）|【\d{1,3}】)\s*$/;
/** A unit's symbol whose square or cube a superscript 2 or 3 writes (`hm²` is the hectare of Chinese technical prose). */
const UNIT_BEFORE_EXPONENT = /(?:^|[^A-Za-z])(?:[kcdmh]?m|ft|in|yd|mi)$/;

/** A ten after a multiplication sign, which a superscript raises to a power: `8.6 × 10`, `3x10`. */
const TEN_RAISED = /\d\s?[×x*·]\s?10$/;
/** An exponent's whole text: digits, maybe negative. */
const EXPONENT = /^\s*[-−]?\d{1,2}\s*$/;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A subscript's whole text when it is an index: digits, maybe with a point (`CO<sub>2</sub>`, `PM<sub>2.5</sub>`). */
const INDEX = /^\s*\d{1,3}(?:\.\d{1,2})?\s*$/;
const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';

/** Whether `el` is a `<sup>` holding an exponent: of a unit's symbol (`m<sup>2</sup>`), or a power of ten. */
export function isExponent(el: Element): boolean {
  if (el.tagName.toUpperCase() !== 'SUP') return false;
  const text = el.textContent ?? '';
  if (!EXPONENT.test(text)) return false;
  const before = textBefore(el);
  return TEN_RAISED.test(before) || (/^\s*[23]\s*$/.test(text) && UNIT_BEFORE_EXPONENT.test(before));
}

/** An exponent's text as the superscript characters it shows, one for one (`6` → `⁶`, `-3` → `⁻³`). */
export function superscripted(text: string): string {
  return text.replace(/[0-9\-−]/g, (c) => (c >= '0' && c <= '9' ? SUPERSCRIPT_DIGITS[+c] : '⁻'));
}

/**
 * Whether `el` is a `<sub>` of digits: a formula's count (`CO<sub>2</sub>`, `SO<sub>2</sub>`) or a name's index
 * (`PM<sub>2.5</sub>`), never a figure's digits. Read as plain digits it runs into a figure after it (`减排CO<sub>2</sub>1.6万吨`
 * reads `CO21.6万吨`), so it is written as the subscript digits the reader sees (`CO₂1.6万吨`, `PM₂.₅`).
 */
export function isSubscriptIndex(el: Element): boolean {
  return el.tagName.toUpperCase() === 'SUB' && INDEX.test(el.textContent ?? '');
}

/** A subscript index's text as the subscript digits it shows (`2.5` → `₂.₅`; the point has no subscript form). */
export function subscripted(text: string): string {
  return text.replace(/[0-9]/g, (c) => SUBSCRIPT_DIGITS[+c]);
}

/** The text right before `el` in its parent (the last of its previous sibling's), or '' at the parent's start. */
function textBefore(el: Element): string {
  const before = el.previousSibling;
  return before ? (before.textContent ?? '') : '';
}

/**
 * Whether `el` is a footnote's reference mark glued to the text before it: a `<sup>` holding only a mark, or an
 * in-page link (`href="#…"`) holding only a mark right after a text's figure. A mark after a space (a pager's
 * `1 2 3`) or after an element (one pager link after another) is not glued to anything.
 */
export function isFootnoteMark(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  // (Links are many on a page: one attribute read before any text is.)
  if (tag === 'A' ? !(el.getAttribute('href') ?? '').startsWith('#') || el.previousSibling?.nodeType !== 3 : tag !== 'SUP') return false;
  const text = el.textContent ?? '';
  if (!MARK.test(text)) return false;
  const before = textBefore(el);
  if (before === '' || /\s$/.test(before)) return false;
  if (tag === 'SUP') return !isExponent(el);
  return /[\d%]$/.test(before);
}
