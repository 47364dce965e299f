import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toSimplified, traditionalPairs } from '../hanzi/traditional';
import { ENGINE_TRADITIONAL_PAIRS, toSimplifiedForEngine } from './traditional-pairs';
import { extractChineseClaims } from './zh';

/** Source text without its comments: only words in the code can be matched (a `//` after a colon is a URL's). */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

describe('the engine\'s Traditional pairs', () => {
  it('are the whole table\'s pairs for every character in the engine\'s code (its comments left out)', () => {
    const characters = new Set<string>();
    for (const file of readdirSync(__dirname)) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file === 'traditional-pairs.ts') continue;
      for (const c of withoutComments(readFileSync(join(__dirname, file), 'utf8'))) characters.add(c);
    }
    const wanted = [...traditionalPairs()].filter(([, simplified]) => characters.has(simplified)).map(([t, s]) => t + s);
    expect(ENGINE_TRADITIONAL_PAIRS.match(/../g)!.sort()).toEqual(wanted.sort());
  });

  it('are enough to read a Traditional text\'s units, qualifiers and changes', () => {
    const text = '前海合作區今年供應產業用地約86.4公頃，出讓金逾480億元，按年增長12.6%，較去年上升2.3個百分點；東莞台商新增150家，購地150畝，員工約2,400人。';
    expect(toSimplifiedForEngine(text)).not.toBe(toSimplified(text));
    const claims = extractChineseClaims(text);
    // Qualifiers (約, 逾) and changes (增長, 上升) are read from their Traditional words.
    expect(claims.map((c) => [c.text, c.value, c.unit, c.approx, c.change ?? null])).toEqual([
      ['86.4公頃', 86.4, 'ha', 'approx', null],
      ['480億元', 4.8e10, 'CNY', 'at_least', null],
      ['12.6%', 12.6, 'percent', 'exact', 'increase'],
      ['2.3個百分點', 2.3, 'percent', 'exact', 'increase'],
      ['150家', 150, 'count', 'exact', null],
      ['150畝', 150, 'mu', 'exact', null],
      ['2,400人', 2400, 'person', 'approx', null],
    ]);
  });
});
