/**
 * The language of an article, zh or en, from its characters. A Chinese character carries about as
 * much as an English word of five letters, so Latin letters are weighed at a fifth of a character:
 * a Chinese article quoting "CDMO" or "5G" stays Chinese, an English one quoting 临安 stays English.
 */
import type { Language } from '../quantities/types';

const LATIN_PER_HANZI = 5;

/**
 * Everything but Chinese characters, and everything but Latin letters. Counting is done by deleting
 * the rest: a global replace with nothing is one native pass over the text, where a loop over a
 * long page's characters runs slowly in a script that has just started (nothing optimised yet).
 */
const NOT_HANZI = /[^\u4e00-\u9fff\u3400-\u4dbf]+/g;
const NOT_LATIN = /[^A-Za-z]+/g;

export function detectLanguage(text: string): Language {
  const hanzi = text.replace(NOT_HANZI, '').length;
  const latin = text.replace(NOT_LATIN, '').length;
  return hanzi * LATIN_PER_HANZI >= latin ? 'zh' : 'en';
}
