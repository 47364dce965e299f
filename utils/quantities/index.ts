/**
 * The quantity engine: article text in, claims out (../shared/spec/claims.md). Chinese text goes to the
 * Chinese engine, English text to the English one; the language is the share of CJK characters among
 * letters when not given. A line of prose in the other language (a 双语 page's English paragraph above its
 * Chinese translation) goes to that language's engine.
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

const engineFor = (lang: Language) => (lang === 'zh' ? extractChineseClaims : extractEnglishClaims);

/** Letters a line needs in its own language to be prose in it, not a name, an acronym or a label in passing. */
const PROSE_LETTERS: Record<Language, number> = { en: 40, zh: 12 };

/**
 * The lines of `text` that are prose in the other language than `lang`, as [start, end). A line holding a tab is a
 * table's row, which keeps its table's engine (it reads the unit given above the table).
 */
function otherLanguageLines(text: string, lang: Language): Array<[number, number]> {
  const other: Language = lang === 'zh' ? 'en' : 'zh';
  const letters = other === 'en' ? /[A-Za-z]/g : /[\u4e00-\u9fff]/g;
  const lines: Array<[number, number]> = [];
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    if (!line.includes('\t') && (line.match(letters)?.length ?? 0) >= PROSE_LETTERS[other] && detectLanguage(line) === other) lines.push([start, end]);
    start = end + 1;
  }
  return lines;
}

export function extractClaims(text: string, options: { language?: Language } = {}): Claim[] {
  const lang = options.language ?? detectLanguage(text);
  const other = otherLanguageLines(text, lang);
  const inOther = (c: Claim) => other.some(([start, end]) => c.start >= start && c.end <= end);
  const claims = engineFor(lang)(text).filter((c) => !inOther(c));
  for (const [start, end] of other)
    for (const c of engineFor(lang === 'zh' ? 'en' : 'zh')(text.slice(start, end))) claims.push({ ...c, start: c.start + start, end: c.end + start });
  return claims.sort((a, b) => a.start - b.start);
}

export type { Claim, Language } from './types';
