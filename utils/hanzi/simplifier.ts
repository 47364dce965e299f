/**
 * Reading Traditional Chinese as Simplified, one character for one, so that every offset found in the
 * mapped text is an offset into the original. The tables live elsewhere: the whole one in ./traditional.ts,
 * and smaller ones for code that only needs the characters of its own words (the claim engine, the loader),
 * so their bundles do not carry the whole table.
 */

/** Pairs written `繁简 繁简 …` as a map; each pair must be two different characters of the CJK block, given once. */
export function pairMap(pairs: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of pairs.split(' ')) {
    if (!pair) continue;
    if (pair.length !== 2) throw new Error(`hanzi: "${pair}" is not a pair of characters`);
    if (pair[0] === pair[1] || map.has(pair[0])) throw new Error(`hanzi: "${pair}" maps nothing or is listed twice`);
    if (pair.charCodeAt(0) < CJK_FIRST || pair.charCodeAt(0) > CJK_LAST) throw new Error(`hanzi: "${pair[0]}" lies outside the CJK block`);
    map.set(pair[0], pair[1]);
  }
  return map;
}

/** Every mapped character lies in the CJK block (4E00–9FFF), so a table of that block (40 KB) serves all. */
const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;
const SPACE = 0x20;
/** String.fromCharCode takes its arguments on the stack. */
const CHUNK = 8192;

/**
 * A function giving a text with the Traditional characters of `pairs` in Simplified form: same length,
 * same offsets, the same string when there is nothing to change. Its table is built on first use, one
 * look-up per character (several times faster than a regular expression or a Map over a long page).
 */
export function simplifierFor(pairs: string): (text: string) => string {
  let table: Uint16Array | undefined;
  return (text) => {
    if (!table) {
      // Straight from the text of the pairs, without pairMap's strings and checks: the loader builds this
      // in pages that are not articles, where that cost a third of a millisecond. Every table passes
      // pairMap in the tests (traditional.test.ts; the smaller ones are its subsets).
      table = new Uint16Array(CJK_LAST - CJK_FIRST + 1);
      for (let i = 0; i < pairs.length; i++) {
        const traditional = pairs.charCodeAt(i);
        if (traditional !== SPACE) table[traditional - CJK_FIRST] = pairs.charCodeAt(++i);
      }
    }
    const codes = table;
    const size = codes.length;
    let i = 0;
    // Simplified text has nothing to change: one tight pass finds that out.
    while (i < text.length && (text.charCodeAt(i) - CJK_FIRST >>> 0 >= size || codes[text.charCodeAt(i) - CJK_FIRST] === 0)) i++;
    if (i === text.length) return text;
    const mapped = new Uint16Array(text.length);
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      const offset = (c - CJK_FIRST) >>> 0;
      mapped[k] = (offset < size && codes[offset]) || c;
    }
    let out = '';
    for (let k = 0; k < mapped.length; k += CHUNK) out += String.fromCharCode(...mapped.subarray(k, k + CHUNK));
    return out;
  };
}

/**
 * The inverse for one text: strings read out of `simplified` (a sentence, a subject) written again as
 * `original` writes them, character by character, from the substitutions made in it.
 */
export function restoreScript(original: string, simplified: string): (s: string) => string {
  const back = new Map<string, string>();
  for (let i = 0; i < original.length; i++) {
    if (original.charCodeAt(i) !== simplified.charCodeAt(i) && !back.has(simplified[i])) back.set(simplified[i], original[i]);
  }
  if (back.size === 0) return (s) => s;
  const changed = new RegExp(`[${[...back.keys()].join('')}]`, 'g');
  return (s) => s.replace(changed, (c) => back.get(c)!);
}
