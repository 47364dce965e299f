/**
 * The quantity engine: article text in, claims out (../shared/spec/claims.md). Chinese text goes to the
 * Chinese engine, English text to the English one; the language is the share of CJK characters among
 * letters when not given.
 */
import type { Claim, Language } from './types';
import { extractChineseClaims } from './zh';
import { extractEnglishClaims } from './en';

export function detectLanguage(text: string): Language {
  let cjk = 0;
  let latin = 0;
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  // A Chinese character carries about as much as a short English word (~4 letters).
  return cjk * 4 >= latin ? 'zh' : 'en';
}

export function extractClaims(text: string, options: { language?: Language } = {}): Claim[] {
  const lang = options.language ?? detectLanguage(text);
  const claims = lang === 'zh' ? extractChineseClaims(text) : extractEnglishClaims(text);
  return claims.sort((a, b) => a.start - b.start);
}

export type { Claim, Language } from './types';
