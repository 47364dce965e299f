/**
 * Characters that show nothing and join nothing a reader sees: a zero-width space, a word joiner, a byte-order mark,
 * a soft hyphen (shown only where a line breaks at it). Pages put them inside words and figures (anti-copy noise, a
 * CMS's line-break hints): the page's text leaves them out, so `3.5&#8203;万亩` is the figure the reader sees. Zero-width
 * joiners and non-joiners stay, as they shape the characters beside them (an emoji sequence, a script's letters).
 * Its own module so that the article reader (utils/articles/main-text.ts) shares the list without the text map.
 */
export function showsNothing(c: number): boolean {
  return c === 0x200b || c === 0x2060 || c === 0xfeff || c === 0xad;
}

/** The same characters, for removing them from a string. */
export const SHOWS_NOTHING = /[\u200b\u2060\ufeff\u00ad]/g;
