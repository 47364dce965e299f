import { describe, expect, it } from 'vitest';
import { RATE_DENOMINATORS, UNITS, chineseUnitWords, toBaseValue, unitFamily, unitInfo } from './units';
import { ENGLISH_UNIT_WORDS, englishUnitWords } from './units-en';

describe('unit table', () => {
  it('has one row per code and a label in both languages', () => {
    const codes = UNITS.map((u) => u.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const u of UNITS) expect(u.label.zh).not.toBe('');
  });

  it.each([
    ['mu', 1, 'm2', 10000 / 15],
    ['km2', 2, 'm2', 2e6],
    ['ha', 3, 'm2', 30000],
    ['km', 1.5, 'm', 1500],
    ['t', 2, 'kg', 2000],
    ['kV', 110, 'V', 110000],
    ['MW', 50, 'W', 5e7],
    ['kWh', 10, 'Wh', 10000],
    ['month', 1, 's', 30 * 86400],
    ['permille', 5, 'percent', 0.5],
    ['person', 15, 'count', 15],
    ['household', 3, 'count', 3],
    ['CNY', 4.2e9, 'CNY', 4.2e9],
    ['CNY/mu', 720e4, 'CNY/mu', 720e4],
  ])('%s: %d → %d %s', (code, value, family, base) => {
    expect(unitFamily(code)).toBe(family);
    expect(toBaseValue(value, code)).toBeCloseTo(base, 6);
  });

  it('describes rates as money per unit', () => {
    expect(unitInfo('CNY/mu')).toMatchObject({ kind: 'money', label: { zh: '元/亩', en: 'yuan/mu' } });
    expect(unitInfo('CNY/person')?.kind).toBe('money');
    expect([...RATE_DENOMINATORS].every((d) => unitInfo(d))).toBe(true);
  });

  it('lists unit words longest first, so 平方公里 wins over 平方', () => {
    const words = chineseUnitWords().map(([w]) => w);
    expect(words.indexOf('平方公里')).toBeLessThan(words.indexOf('平方'));
    expect(words.indexOf('个百分点')).toBeLessThan(words.indexOf('个'));
  });

  it('names every unit in English with words of the table\'s own codes, longest first', () => {
    expect(Object.keys(ENGLISH_UNIT_WORDS).sort()).toEqual(UNITS.map((u) => u.code).sort());
    const words = englishUnitWords();
    expect(words.find(([w]) => w === 'square kilometers')?.[1].code).toBe('km2');
    expect(words.find(([w]) => w === 'percentage points')?.[1].code).toBe('percent');
    const list = words.map(([w]) => w);
    expect(list.indexOf('square meters')).toBeLessThan(list.indexOf('meters'));
  });
});
