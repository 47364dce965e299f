import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distinctTermsFound } from './quick-check';
import { alternation, TERM_TABLES } from './vocabulary';

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
    const dir = join(__dirname, '..', '..', 'tests', 'fixtures', 'articles');
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
