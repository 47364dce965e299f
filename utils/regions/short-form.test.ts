import { describe, expect, it } from 'vitest';
import { shortForm } from './short-form';

describe('shortForm', () => {
  it.each([
    ['临安区', '临安'],
    ['仙居县', '仙居'],
    ['浙江省', '浙江'],
    ['广西壮族自治区', '广西'],
    ['恩施土家族苗族自治州', '恩施'],
    ['伊犁哈萨克自治州', '伊犁'],
    ['长阳土家族自治县', '长阳'],
    ['大兴安岭地区', '大兴安岭'],
    ['神农架林区', '神农架'],
    ['香港特别行政区', '香港'],
  ])('%s → %s', (name, short) => {
    expect(shortForm(name)).toBe(short);
  });
});
