import { describe, expect, it } from 'vitest';
import { changedOnlyAside, readSpans } from './text-change';

const before = '行情 3052.31\n\n瑞川锂电（002812.SZ）23.71+1.07%公告称，项目总投资36亿元，用地约820亩。\n\n14:05:32';
const at = (s: string) => ({ start: before.indexOf(s), end: before.indexOf(s) + s.length });
const article = at('瑞川锂电（002812.SZ）23.71+1.07%公告称，项目总投资36亿元，用地约820亩。');
const read = readSpans([{ span: article, setAside: [at('（002812.SZ）23.71+1.07%')] }]);

describe('changedOnlyAside', () => {
  it('reads an article less what it set aside', () => {
    expect(read.map((s) => before.slice(s.start, s.end))).toEqual(['瑞川锂电', '公告称，项目总投资36亿元，用地约820亩。']);
  });

  it('leaves the analysis standing when a live quote, a ticker or a clock ticks', () => {
    const after = before.replace('23.71+1.07%', '23.68+0.94%').replace('3052.31', '3052.87').replace('14:05:32', '14:05:33');
    expect(changedOnlyAside(before, after, read)).toBe(true);
    expect(changedOnlyAside(before, before, read)).toBe(true);
  });

  it('does not when a figure the claims were read from changes', () => {
    expect(changedOnlyAside(before, before.replace('36亿元', '38亿元'), read)).toBe(false);
  });

  it('does not when the text grows or shrinks, which moves every offset after the change', () => {
    expect(changedOnlyAside(before, before.replace('23.71', '9.98'), read)).toBe(false);
    expect(changedOnlyAside(before, before.replace('14:05:32', '14:05:32 星期二'), read)).toBe(false);
  });
});
