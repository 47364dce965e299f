import { describe, expect, it } from 'vitest';
import type { Region } from '../articles/types';
import { englishSpellings, regionShortName } from './english-spellings';

const region = (name: string, code: string, level: Region['level']): Region => ({ name, code, level, path: [name] });

describe('englishSpellings', () => {
  it('gives the names English news uses for provinces and prefectures, and their pinyin', () => {
    expect(englishSpellings(region('内蒙古自治区', '150000', 'province'))).toContain('Inner Mongolia');
    expect(englishSpellings(region('遂宁市', '510900', 'city'))).toContain('Suining');
    // Only the name the table gives where it gives one: 陕西's pinyin is Shanxi, the other province.
    expect(englishSpellings(region('陕西省', '610000', 'province'))).toEqual(['Shaanxi']);
  });

  it('spells a county in pinyin, with and without the apostrophe before a vowel', () => {
    expect(englishSpellings(region('临安区', '330112', 'county'))).toEqual(["Lin'an", 'Linan']);
    expect(englishSpellings(region('曹县', '371721', 'county'))).toEqual(['Caoxian']);
  });

  it("spells a town by its own name, not by its county's code", () => {
    expect(englishSpellings(region('新市镇', '330521', 'town'))).toEqual(['Xinshi']);
  });

  it('has none for a name whose characters the table does not read', () => {
    expect(englishSpellings(region('㽘口镇', '330521', 'town'))).toEqual([]);
  });
});

describe('regionShortName', () => {
  it('drops the administrative suffix of divisions and towns, never down to one character', () => {
    expect(regionShortName(region('恩施土家族苗族自治州', '422800', 'city'))).toBe('恩施');
    expect(regionShortName(region('新市镇', '330521', 'town'))).toBe('新市');
    expect(regionShortName(region('和县', '340523', 'county'))).toBe('和县');
  });
});
