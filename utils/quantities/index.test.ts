import { describe, expect, it } from 'vitest';
import { detectLanguage, extractClaims } from './index';

describe('extractClaims', () => {
  it.each([
    ['全县完成投资128.6亿元，同比增长12.3%。', 'zh'],
    ['The county supplied 1,000 mu of land.', 'en'],
    ['园区规划面积20km2，光伏装机200MW，引进CDMO平台3家。', 'zh'],
  ])('detects the language of %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('runs the engine of the detected language, claims sorted by start', () => {
    const zh = extractClaims('新建厂房5万平方米，入驻企业12家。');
    expect(zh.map((c) => c.text)).toEqual(['5万平方米', '12家']);
    const en = extractClaims('It has 45 enterprises on 3.2 square kilometres.');
    expect(en.map((c) => c.text)).toEqual(['45 enterprises', '3.2 square kilometres']);
  });

  it('honours an explicit language', () => {
    expect(extractClaims('面积 20 km2', { language: 'zh' })[0]).toMatchObject({ value: 20, unit: 'km2' });
  });
});
