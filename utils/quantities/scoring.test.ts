import { describe, expect, it } from 'vitest';
import { subjectAgreement } from './scoring';

describe('subject agreement with a label', () => {
  it('is 1 for the same words, 0 for none shared or an empty subject', () => {
    expect(subjectAgreement('工业用地', '工业用地')).toBe(1);
    expect(subjectAgreement('Industrial Land', 'industrial land')).toBe(1);
    expect(subjectAgreement('增长', '工业用地')).toBe(0);
    expect(subjectAgreement('', '工业用地')).toBe(0);
  });

  it('counts the character pairs a subject shares with a longer label', () => {
    // 总产值: 总产, 产值 — both in 陶瓷产业总产值同比增长 (10 pairs): 2·2 / (2 + 10).
    expect(subjectAgreement('总产值', '陶瓷产业总产值同比增长')).toBeCloseTo(4 / 12);
  });
});
