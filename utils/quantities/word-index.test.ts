import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TERM_TABLES } from '../articles/vocabulary';
import { chineseUnitWords } from './units';
import { WordIndex } from './word-index';

const seed = readFileSync(resolve(__dirname, '../../tests/fixtures/seed-zhejiang-page.txt'), 'utf8');
const words = [
  ...TERM_TABLES.flatMap((t) => t.terms),
  ...chineseUnitWords().map(([w]) => w),
  '不超过', '不到', '超', '约', '左右', '以上', '多', '同比增', '减少了', '减', '达到了', '达',
].map((w) => ({ w }));

describe('WordIndex', () => {
  // The scanners take the first entry of at() that matches as the first entry of the list that matches.
  it('gives, at every position of a real text, the same matching words in the same order as the whole list', () => {
    const starts = new WordIndex(words, 'start');
    const ends = new WordIndex(words, 'end');
    let matched = 0;
    for (let p = 0; p <= seed.length; p++) {
      const startingHere = words.filter(({ w }) => seed.startsWith(w, p));
      expect(starts.at(seed, p).filter(({ w }) => seed.startsWith(w, p))).toEqual(startingHere);
      const endingHere = words.filter(({ w }) => p >= w.length && seed.startsWith(w, p - w.length));
      expect(ends.at(seed, p).filter(({ w }) => p >= w.length && seed.startsWith(w, p - w.length))).toEqual(endingHere);
      matched += startingHere.length;
    }
    expect(matched).toBeGreaterThan(500);
  });

  it('has nothing outside the text', () => {
    const index = new WordIndex(words, 'start');
    expect(index.at('用地', 2)).toEqual([]);
    expect(new WordIndex(words, 'end').at('用地', 0)).toEqual([]);
  });
});
