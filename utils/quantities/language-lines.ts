/**
 * The language of a text, and the lines of prose in the other language inside it: a 双语 page sets each English
 * paragraph of a story above its Chinese translation, and an English article may quote a Chinese paragraph whole.
 * Each such line is read by its own language's engine (the command line's through ./index.ts, the content script's
 * through utils/in-page/page-analysis.ts, which asks the background for English).
 */
import type { Claim, Language } from './types';

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

/** A line of the text in another language than the article's: [start, end) and that language. */
export interface LanguageLine {
  start: number;
  end: number;
  language: Language;
}

/** Letters a line needs in its own language to be prose in it, not a name, an acronym or a label in passing. */
const PROSE_LETTERS: Record<Language, number> = { en: 40, zh: 12 };

/**
 * The lines of `text` that are prose in the other language than `lang`. A line holding a tab is a table's row, which
 * keeps its table's engine (it reads the unit given above the table).
 */
export function otherLanguageLines(text: string, lang: Language): LanguageLine[] {
  const other: Language = lang === 'zh' ? 'en' : 'zh';
  const letters = other === 'en' ? /[A-Za-z]/g : /[\u4e00-\u9fff]/g;
  const lines: LanguageLine[] = [];
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    if (!line.includes('\t') && (line.match(letters)?.length ?? 0) >= PROSE_LETTERS[other] && detectLanguage(line) === other) lines.push({ start, end, language: other });
    start = end + 1;
  }
  return lines;
}

/**
 * The claims of a text: those its own language's engine found (`whole`) outside `lines`, and each line's own
 * (`perLine[i]`, offsets into the line), sorted by start with offsets into the text.
 */
export function mergeLineClaims(whole: Claim[], lines: readonly LanguageLine[], perLine: readonly Claim[][]): Claim[] {
  const inLine = (c: Claim) => lines.some((l) => c.start >= l.start && c.end <= l.end);
  const claims = whole.filter((c) => !inLine(c));
  lines.forEach((line, i) => {
    for (const c of perLine[i]) claims.push({ ...c, start: c.start + line.start, end: c.end + line.start });
  });
  return claims.sort((a, b) => a.start - b.start);
}
