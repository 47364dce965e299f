import { describe, expect, it } from 'vitest';
import { parseChineseNumber, readArabic, readNumber, readPairedNumeral } from './numerals';

describe('parseChineseNumber', () => {
  it.each([
    ['一万', 10000], ['两', 2], ['廿', 20], ['廿五', 25], ['三万五千', 35000], ['3万5千', 35000], ['1.2亿', 1.2e8],
    ['十几万', 100000], ['五百多', 500], ['1000余', 1000], ['500余万', 5e6], ['一百零几万', 1e6],
    ['三分之一', 1 / 3], ['百分之六十', 0.6], ['千分之五', 0.005], ['万分之三', 0.0003], ['三百五又三分之一', 350 + 1 / 3],
    ['两千四百五', 2450], ['一千零一', 1001], ['一万零二百五十', 10250], ['九万四', 94000], ['四万万', 4e8],
    ['4.78万亿', 4.78e12], ['二十一万亿', 2.1e13], ['五兆六十二亿四万五千二', 5006200045200],
    ['十五点七', 15.7], ['两千三点一', 2300.1], ['零点五', 0.5], ['半百', 50],
    ['1,050,000,000', 1.05e9], ['１，０５０', 1050], ['２．２亿', 2.2e8], ['.5', 0.5], ['3万4000', 34000],
    ['2千零30万', 20300000], ['壹佰伍拾', 150], ['负三十二', -32], ['十 余 万', 100000],
  ])('%s → %d', (s, v) => {
    expect(parseChineseNumber(s)).toBeCloseTo(v, 9);
  });

  it.each(['万', '万万', '两两', '十四五', '一切', ''])('%j is not one number', (s) => {
    expect(parseChineseNumber(s)).toBeNull();
  });
});

describe('readNumber', () => {
  it('marks digit-by-digit numerals as sequences (years and names)', () => {
    expect(readNumber('二〇二三年', 0)).toMatchObject({ sequence: true, value: 2023 });
  });

  it('stops 千 before a metric unit: 110千伏 is 110 kV, not 110000', () => {
    expect(readNumber('110千伏', 0)).toMatchObject({ value: 110, end: 3 });
    expect(readNumber('120万千瓦', 0)).toMatchObject({ value: 1.2e6, end: 4 });
  });

  it('reads a bare 万 as a word unless the caller knows it is a round figure (逾万人, 万余名)', () => {
    expect(readNumber('万一', 0)).toBeNull();
    expect(readNumber('万人', 0, true)).toMatchObject({ value: 1e4, end: 1 });
    expect(readNumber('万余名', 0, true)).toMatchObject({ value: 1e4, end: 2, more: true });
  });

  it('reads a run of a million digits in linear time', () => {
    const digits = '7'.repeat(1_000_000);
    const t0 = Date.now();
    expect(readNumber(digits, 0)?.end).toBe(1_000_000);
    expect(Date.now() - t0).toBeLessThan(5000); // a generous bound: a quadratic reader would take minutes
  });
});

describe('readArabic', () => {
  it('reads thousands separated by spaces only when asked (SI style, Hong Kong government English)', () => {
    expect(readArabic('396 000 square metres', 0, true)).toMatchObject({ value: 396000, end: 7 });
    expect(readArabic('2 500 000 residents', 0, true)).toMatchObject({ value: 2500000, end: 9 });
    expect(readArabic('396 000 square metres', 0)).toMatchObject({ value: 396, end: 3 });
  });

  it('keeps a year, a longer group and a comma-grouped number apart from the digits after a space', () => {
    expect(readArabic('30 2026', 0, true)).toMatchObject({ value: 30, end: 2 });
    expect(readArabic('2025 100 firms', 0, true)).toMatchObject({ value: 2025, end: 4 });
    expect(readArabic('1,200 300', 0, true)).toMatchObject({ value: 1200, end: 5 });
  });
});

describe('兆', () => {
  it('is a trillion before money and between numerals, and the prefix mega- before other units', () => {
    expect(readNumber('1.9兆元', 0)).toMatchObject({ value: 1.9e12, end: 4 });
    expect(readNumber('2兆美元', 0)).toMatchObject({ value: 2e12, end: 2 });
    expect(readNumber('200兆瓦', 0)).toMatchObject({ value: 200, end: 3 });
  });
});

describe('readPairedNumeral', () => {
  it.each([
    ['三四成', { end: 2, low: 3, high: 4 }],
    ['两三百元', { end: 3, low: 200, high: 300 }],
    ['六七千元', { end: 3, low: 6000, high: 7000 }],
    ['十五六万元', { end: 4, low: 150000, high: 160000 }],
    ['二十五六岁', { end: 4, low: 25, high: 26 }],
    ['三四百万元', { end: 4, low: 3e6, high: 4e6 }],
    ['两三千瓦', { end: 2, low: 2, high: 3 }],
    ['七八十户', { end: 3, low: 70, high: 80 }],
    ['三四十万元', { end: 4, low: 3e5, high: 4e5 }],
    // A round head before the pair: the pair fills the next lower place.
    ['一千五六百元', { end: 5, low: 1500, high: 1600 }],
    ['三万五六千元', { end: 5, low: 35000, high: 36000 }],
    ['一百五六十人', { end: 5, low: 150, high: 160 }],
    ['两千三四百万元', { end: 6, low: 2.3e7, high: 2.4e7 }],
  ])('%s', (text, pair) => expect(readPairedNumeral(text, 0)).toEqual(pair));

  it.each(['十五六十', '一两个', '三五成群', '四三个', '三四五', '十五六百', '二〇二三', '五个', '一千五六', '一千五六十', '三万五六千瓦'])('%s is no pair', (text) => {
    expect(readPairedNumeral(text, 0)).toBeNull();
  });
});
