/**
 * Turns text into search tokens. Chinese has no spaces between words, so a run of Han characters
 * becomes its overlapping character bigrams (亩均税收 → 亩均, 均税, 税收); a lone Han character stays
 * a token of its own. Latin text becomes lower-cased words and numbers. The same function tokenizes
 * what is indexed and what is searched, so a query matches whatever contains all its tokens.
 */

const HAN = /\p{Script=Han}/u;
// A token is a run of Han characters, or a run of letters and digits (with inner . or , for 1,000.5).
// (\p{L} includes Han, so the letter class excludes it explicitly.)
const RUN = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:[.,]\p{N}+)*/gu;

/** NFKC folds full-width letters and digits (ＡＢＣ１２３) into their ordinary forms; case is ignored. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Unique tokens of `text`, in order of first appearance. */
export function tokenize(text: string): string[] {
  const tokens = new Set<string>();
  for (const match of normalizeText(text).matchAll(RUN)) {
    const run = match[0];
    if (HAN.test(run[0])) {
      const chars = Array.from(run);
      if (chars.length === 1) tokens.add(chars[0]);
      for (let i = 0; i + 1 < chars.length; i++) tokens.add(chars[i] + chars[i + 1]);
    } else {
      tokens.add(run.replace(/,/g, ''));
    }
  }
  return [...tokens];
}
