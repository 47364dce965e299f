import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { traditionalPairs } from '../hanzi/traditional';
import { distinctTermsFound, quickCheck, TRADITIONAL_MARKERS } from './quick-check';
import { htmlDocuments } from './testdata/html-document';
import { alternation, TERM_TABLES } from './vocabulary';

const articlesDir = join(__dirname, '..', '..', 'tests', 'fixtures', 'articles');
const parse = htmlDocuments();

/** What the quick look used to compute: a global alternation of the terms, longest first. */
function byPattern(text: string, terms: string[]): number {
  return new Set(text.match(new RegExp(alternation(terms), 'g'))).size;
}

describe('distinctTermsFound', () => {
  it('takes the longest term at each position and goes on from its end, as an alternation does', () => {
    const terms = ['用地', '工业用地', '业用', '地块'];
    // 工业用地 hides 业用 and 用地; 地块 after it still counts; a lone 用地 counts once.
    expect(distinctTermsFound('工业用地块', terms)).toBe(1);
    expect(distinctTermsFound('工业用地，地块，用地', terms)).toBe(3);
    expect(distinctTermsFound('没有', terms)).toBe(0);
    expect(distinctTermsFound('', terms)).toBe(0);
  });

  it('finds what the pattern finds in every corpus text, for both word lists', () => {
    const dir = articlesDir;
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.txt') && !f.endsWith('.traps.txt'))
      .map((f) => readFileSync(join(dir, f), 'utf8').toLowerCase());
    const development = TERM_TABLES.filter((t) => t.group === 'policy' || t.group === 'government');
    const lists = [development.filter((t) => t.weight >= 2), development.filter((t) => t.weight < 2)].map((tables) =>
      tables.flatMap((t) => t.terms.map((term) => term.toLowerCase())),
    );
    expect(texts.length).toBeGreaterThan(40);
    for (const text of texts) for (const terms of lists) expect(distinctTermsFound(text, terms)).toBe(byPattern(text, terms));
  });
});

describe('quickCheck', () => {
  const asPage = (text: string) => parse(`<html><body>${text.split('\n').filter((line) => line.trim()).map((line) => `<p>${line}</p>`).join('')}</body></html>`);

  it('passes every Traditional-Chinese article of the corpus: their development words are read in Simplified', () => {
    const traditional = readdirSync(articlesDir).filter((f) => f.startsWith('zh-hant-') && f.endsWith('.txt') && !f.endsWith('.traps.txt'));
    expect(traditional.length).toBeGreaterThan(2);
    for (const file of traditional) expect(quickCheck(asPage(readFileSync(join(articlesDir, file), 'utf8'))), file).toMatchObject({ passes: true });
  });

  it('looks for Traditional text by characters that only Traditional writes', () => {
    const pairs = traditionalPairs();
    for (const marker of TRADITIONAL_MARKERS) expect(pairs.has(marker), marker).toBe(true);
  });
});

describe('the development vocabulary', () => {
  it('has no letters to lower in its Chinese words (the quick check lowers only the English ones)', () => {
    const chinese = TERM_TABLES.filter((t) => t.language === 'zh' && (t.group === 'policy' || t.group === 'government'));
    for (const term of chinese.flatMap((t) => t.terms)) expect(term).toBe(term.toLowerCase());
  });
});
