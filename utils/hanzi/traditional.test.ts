import { describe, expect, it } from 'vitest';
import { restoreScript } from './simplifier';
import { toSimplified, traditionalPairs } from './traditional';

describe('toSimplified', () => {
  it('maps the units, qualifiers and change words of Hong Kong, Macao and Taiwan text', () => {
    expect(toSimplified('總面積約86.4公頃，出讓金逾480億元，按年增長12.6%，較去年上升2.3個百分點')).toBe(
      '总面积约86.4公顷，出让金逾480亿元，按年增长12.6%，较去年上升2.3个百分点',
    );
    expect(toSimplified('東莞購地150畝，員工約2,400人，橫琴口岸')).toBe('东莞购地150亩，员工约2,400人，横琴口岸');
  });

  it('keeps the length and every offset (one character for one)', () => {
    const text = '澳門新街坊項目已交付住宅4,000套，入住率超過九成。';
    const out = toSimplified(text);
    expect(out.length).toBe(text.length);
    expect(out.indexOf('4,000套')).toBe(text.indexOf('4,000套'));
  });

  it('leaves simplified text as it is (the same string)', () => {
    const text = '乾隆年间的著名景点覆盖面积约3.2万平方米，投资1.2亿元。';
    expect(toSimplified(text)).toBe(text);
  });

  it('maps every traditional character to a different one that is itself not mapped', () => {
    for (const [t, s] of traditionalPairs()) {
      expect(t).not.toBe(s);
      expect(traditionalPairs().has(s)).toBe(false);
    }
  });
});

describe('restoreScript', () => {
  it('writes a phrase of the simplified text again as the original writes it', () => {
    const original = '前海國際金融城首期樓面面積約42萬平方米';
    const simplified = toSimplified(original);
    expect(restoreScript(original, simplified)('前海国际金融城首期楼面面积')).toBe('前海國際金融城首期樓面面積');
  });

  it('is the identity for a text that had nothing to map', () => {
    expect(restoreScript('约3万亩', '约3万亩')('高标准农田')).toBe('高标准农田');
  });
});
