import { describe, expect, it } from 'vitest';
import { normalizedValues, withUnit } from './ClaimCardFormat';

describe('normalizedValues', () => {
  it.each([
    ['1000亩 in English', { kind: 'area', unit: 'mu', value: 1000, siValue: 666666.67, siUnit: 'm2' }, 'en', ['666,667 m²', '66.67 ha', '0.67 km²']],
    ['1000亩 in Chinese', { kind: 'area', unit: 'mu', value: 1000, siValue: 666666.67, siUnit: 'm2' }, 'zh-CN', ['666,667平方米', '66.67公顷', '0.67平方公里']],
    ['25万平方米', { kind: 'area', unit: 'm2', value: 250000, siValue: 250000, siUnit: 'm2' }, 'zh-CN', ['25公顷', '375亩', '0.25平方公里']],
    ['42.3亿元', { kind: 'money', unit: 'CNY', value: 4230000000, siValue: 4230000000, siUnit: 'CNY' }, 'en', ['4,230,000,000 yuan', '4.23B yuan']],
    ['42.3亿元 in Chinese', { kind: 'money', unit: 'CNY', value: 4230000000, siValue: 4230000000, siUnit: 'CNY' }, 'zh-CN', ['4,230,000,000元', '42.3亿 元']],
    ['61.48% has nothing to add', { kind: 'percent', unit: 'percent', value: 61.48, siValue: 61.48, siUnit: 'percent' }, 'en', []],
    ['220千伏', { kind: 'power', unit: 'kV', value: 220, siValue: 220000, siUnit: 'V' }, 'en', []],
    ['5万千瓦', { kind: 'power', unit: 'kW', value: 50000, siValue: 5e7, siUnit: 'W' }, 'en', ['50 MW']],
  ] as const)('%s', (_name, claim, locale, expected) => {
    expect(normalizedValues(claim, locale)).toEqual(expected);
  });
});

describe('withUnit', () => {
  it('writes Chinese units tight and English ones spaced, percent always tight', () => {
    expect(withUnit(11640, 'ha', 'en')).toBe('11,640 ha');
    expect(withUnit(11640, 'ha', 'zh-CN')).toBe('11,640公顷');
    expect(withUnit(61.48, 'percent', 'en')).toBe('61.48%');
  });
});
