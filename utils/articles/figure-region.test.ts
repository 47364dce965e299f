import { describe, expect, it } from 'vitest';
import { regionOfFigure } from './figure-region';
import type { Region } from './types';

const HUZHOU: Region = { name: '湖州市', code: '330500', level: 'city', path: ['浙江省', '湖州市'] };
const ANJI: Region = { name: '安吉县', code: '330523', level: 'county', path: ['浙江省', '湖州市', '安吉县'] };
const WUXING: Region = { name: '吴兴区', code: '330502', level: 'county', path: ['浙江省', '湖州市', '吴兴区'] };
const SUINING: Region = { name: '遂宁市', code: '510900', level: 'city', path: ['四川省', '遂宁市'] };

describe('regionOfFigure', () => {
  const regions = [ANJI, WUXING, HUZHOU];

  it('places a figure in the region its sentence names, in full or without its suffix', () => {
    expect(regionOfFigure('吴兴区新增工业用地800亩。', regions)).toBe(WUXING);
    expect(regionOfFigure('吴兴去年新增工业用地800亩。', regions)).toBe(WUXING);
  });

  it('takes the most specific region the sentence names when it names several', () => {
    expect(regionOfFigure('湖州市吴兴区新增工业用地800亩。', regions)).toBe(WUXING);
  });

  it("falls back to the article's most specific region when the sentence names none (as English sentences do)", () => {
    expect(regionOfFigure('全年新增工业用地800亩。', regions)).toBe(ANJI);
    expect(regionOfFigure('Suining added 800 mu of industrial land.', [SUINING])).toBe(SUINING);
  });

  it('does not take a street named after a place for the place (中山路, 安吉路)', () => {
    expect(regionOfFigure('安吉路沿线改造投资2亿元。', [WUXING, ANJI, HUZHOU])).toBe(WUXING);
    expect(regionOfFigure('安吉路沿线改造后，安吉新增投资2亿元。', [WUXING, ANJI, HUZHOU])).toBe(ANJI);
    expect(regionOfFigure('湖州大道两侧新建厂房5万平方米。', [ANJI, HUZHOU])).toBe(ANJI);
  });

  it('gives no region to a figure of an article that has none', () => {
    expect(regionOfFigure('新增工业用地800亩。', [])).toBeUndefined();
  });
});
