/**
 * The quantity engine: article text in, claims out (../shared/spec/claims.md). Chinese text goes to the
 * Chinese engine, English text to the English one; the language is the share of CJK characters among
 * letters when not given. A line of prose in the other language (a 双语 page's English paragraph above its
 * Chinese translation) goes to that language's engine (./language-lines.ts).
 */
import type { Claim, Language } from './types';
import { extractChineseClaims } from './zh';
import { extractEnglishClaims } from './en';
import { detectLanguage, mergeLineClaims, otherLanguageLines } from './language-lines';

const engineFor = (lang: Language) => (lang === 'zh' ? extractChineseClaims : extractEnglishClaims);

export function extractClaims(text: string, options: { language?: Language } = {}): Claim[] {
  const lang = options.language ?? detectLanguage(text);
  const lines = otherLanguageLines(text, lang);
  return mergeLineClaims(engineFor(lang)(text), lines, lines.map((l) => engineFor(l.language)(text.slice(l.start, l.end))));
}

export { detectLanguage };
export type { Claim, Language } from './types';
