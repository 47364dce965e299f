/**
 * The language of an article, zh or en, from its characters. A Chinese character carries about as
 * much as an English word of five letters, so Latin letters are weighed at a fifth of a character:
 * a Chinese article quoting "CDMO" or "5G" stays Chinese, an English one quoting 临安 stays English.
 */
import type { Language } from '../quantities/types';

const LATIN_PER_HANZI = 5;

export function detectLanguage(text: string): Language {
  let hanzi = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) hanzi++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return hanzi * LATIN_PER_HANZI >= latin ? 'zh' : 'en';
}
