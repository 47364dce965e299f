import { describe, expect, it } from 'vitest';
import { hardWraps, withoutHardWraps } from './hard-wrap';

const joined = (text: string) => {
  const wraps = new Set(hardWraps(text));
  return [...text].filter((_, i) => !wraps.has(i)).join('');
};

describe('hardWraps', () => {
  it('joins Chinese lines a fixed width broke inside a sentence, a figure or a number', () => {
    const text = '　　今年以来，全县输变电产业实现营业收入136.8亿\n元，同比增长15.2%，县里盘活闲置低效用地18\n60亩，研发投入强度高于全县平均水平1.\n2个百分点。\n\n　　下一步，县里将力争营业收入突破500亿元。';
    expect(joined(text)).toBe('　　今年以来，全县输变电产业实现营业收入136.8亿元，同比增长15.2%，县里盘活闲置低效用地1860亩，研发投入强度高于全县平均水平1.2个百分点。\n\n　　下一步，县里将力争营业收入突破500亿元。');
  });

  it('keeps a break after a sentence, before an indent, after a short line, in columns, and between English words', () => {
    expect(hardWraps('一、总体情况\n全县输变电产业实现营业收入136.8亿元，同比增长15.2%，占比62.4%。')).toEqual([]);
    expect(hardWraps('全县输变电产业实现营业收入136.8亿元。\n全年新增标准厂房32万平方米，新引进项目27个。')).toEqual([]);
    expect(hardWraps('全县输变电产业实现营业收入136.8亿元，同比增长\n　　全年新增标准厂房32万平方米')).toEqual([]);
    expect(hardWraps('乡镇　　　面积　　　投资额\n城关镇　　1200　　　3600')).toEqual([]);
    expect(hardWraps('The park covers about 1,200\nhectares and employs 17,400 people in\nits weaving halls.')).toEqual([]);
  });

  it('reads a text of more lines than a function takes arguments (a long plain-text page) without overflowing the stack', () => {
    const text = '全县输变电产业实现营业收入136.8亿元，同比增长\n'.repeat(200_000);
    expect(hardWraps(text)).toHaveLength(199_999);
  });
});

describe('withoutHardWraps', () => {
  it('joins the lines at each wrap, counting offsets in UTF-16 units as the wraps do (a character outside the BMP before one)', () => {
    const text = '　　𠮷县盘活闲置低效用地18\n60亩，研发投入强度高于全县平均水平1.\n2个百分点。';
    expect(withoutHardWraps(text)).toBe('　　𠮷县盘活闲置低效用地1860亩，研发投入强度高于全县平均水平1.2个百分点。');
    expect(withoutHardWraps('全县输变电产业实现营业收入136.8亿元。\n全年新增标准厂房32万平方米。')).toBe('全县输变电产业实现营业收入136.8亿元。\n全年新增标准厂房32万平方米。');
  });
});
