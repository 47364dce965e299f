/**
 * Preformatted Chinese text hard-wrapped at a fixed width (a print view's `<pre>`, a plain-text release) breaks its
 * lines wherever the width runs out: inside a sentence, between a number and its unit (`136.8亿` / `元`), even inside
 * a number (`18` / `60亩`). Chinese sets no space between words, so such a break is no text at all: the text map and
 * the command line leave it out and read the lines on either side as one (`1860亩`). A break is a wrap only where
 * nothing else explains it: the line it ends is at least half as wide as the widest and holds no columns (a run of
 * spaces), it ends in no space and no sentence's end, and the next line opens with no indent; and Chinese meets at it
 * (a Han character or full-width punctuation on one side), or digits do (`18` / `60`, `1.` / `2`). An English text's
 * wrap falls between words and stays a line break, which its readers take for a space.
 */

const HAN_OR_FULL_WIDTH = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const DIGIT_SIDE_BEFORE = /[\d.]/;
const DIGIT = /\d/;
const ENDS_SENTENCE = /[。！？；：!?;:]/;
const COLUMNS = /\S(?: {2,}|\u3000{2,}|\t)\S/;
/** Wide characters take two columns of a fixed-width line, the rest one. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u201c\u201d\u2018\u2019\u2014\u2026]/;

function columns(line: string): number {
  let width = 0;
  for (const c of line) width += WIDE.test(c) ? 2 : 1;
  return width;
}

/** The offsets of the line breaks in `text` that are hard wraps inside Chinese running text (see above). */
export function hardWraps(text: string): number[] {
  if (!text.includes('\n')) return [];
  const lines = text.split('\n');
  const widths = lines.map(columns);
  // (A loop, not Math.max(...widths): a text of over a hundred thousand lines would overflow the stack as arguments.)
  let widest = 0;
  for (const width of widths) if (width > widest) widest = width;
  const out: number[] = [];
  let at = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    at += line.length;
    const before = line[line.length - 1];
    const after = next[0];
    const wraps =
      before !== undefined && after !== undefined && !/\s/.test(before) && !/\s/.test(after) && !ENDS_SENTENCE.test(before) &&
      widths[i] * 2 >= widest && !COLUMNS.test(line.trim()) &&
      (HAN_OR_FULL_WIDTH.test(before) || HAN_OR_FULL_WIDTH.test(after) || (DIGIT_SIDE_BEFORE.test(before) && DIGIT.test(after)));
    if (wraps) out.push(at);
    at += 1;
  }
  return out;
}

/** `text` without its hard wraps (see hardWraps): the lines on either side of each read as one. */
export function withoutHardWraps(text: string): string {
  const wraps = hardWraps(text);
  if (wraps.length === 0) return text;
  let out = '';
  let from = 0;
  for (const at of wraps) {
    out += text.slice(from, at);
    from = at + 1;
  }
  return out + text.slice(from);
}
