import { describe, expect, it } from 'vitest';
import { regionOfFigure } from './figure-region';
import type { Region } from './types';

const HUZHOU: Region = { name: '湖州市', code: '330500', level: 'city', path: ['浙江省', '湖州市'] };
const ANJI: Region = { name: '安吉县', code: '330523', level: 'county', path: ['浙江省', '湖州市', '安吉县'] };
const WUXING: Region = { name: '吴兴区', code: '330502', level: 'county', path: ['浙江省', '湖州市', '吴兴区'] };
const SUINING: Region = { name: '遂宁市', code: '510900', level: 'city', path: ['四川省', '遂宁市'] };
const SICHUAN: Region = { name: '四川省', code: '510000', level: 'province', path: ['四川省'] };
const LINAN: Region = { name: '临安区', code: '330112', level: 'county', path: ['浙江省', '杭州市', '临安区'] };
const XINHUA: Region = { name: '新化县', code: '431322', level: 'county', path: ['湖南省', '娄底市', '新化县'] };
const LOUDI: Region = { name: '娄底市', code: '431300', level: 'city', path: ['湖南省', '娄底市'] };
const JILIN_CITY: Region = { name: '吉林市', code: '220200', level: 'city', path: ['吉林省', '吉林市'] };
const JILIN: Region = { name: '吉林省', code: '220000', level: 'province', path: ['吉林省'] };
const YUHANG: Region = { name: '余杭区', code: '330110', level: 'county', path: ['浙江省', '杭州市', '余杭区'] };
const HANGZHOU: Region = { name: '杭州市', code: '330100', level: 'city', path: ['浙江省', '杭州市'] };
const BEIJING: Region = { name: '北京市', code: '110000', level: 'province', path: ['北京市'] };
const CHAOYANG_BJ: Region = { name: '朝阳区', code: '110105', level: 'county', path: ['北京市', '朝阳区'] };
const HONG_KONG: Region = { name: '香港特别行政区', code: '810000', level: 'province', path: ['香港特别行政区'] };
const FUTIAN: Region = { name: '福田区', code: '440304', level: 'county', path: ['广东省', '深圳市', '福田区'] };
const ENSHI: Region = { name: '恩施土家族苗族自治州', code: '422800', level: 'city', path: ['湖北省', '恩施土家族苗族自治州'] };

describe('regionOfFigure', () => {
  const regions = [ANJI, WUXING, HUZHOU];

  it('places a figure in the region its sentence names, in full or without its suffix', () => {
    expect(regionOfFigure('吴兴区新增工业用地800亩。', regions)).toBe(WUXING);
    expect(regionOfFigure('吴兴去年新增工业用地800亩。', regions)).toBe(WUXING);
  });

  it('takes the most specific region the sentence names when it names several', () => {
    expect(regionOfFigure('湖州市吴兴区新增工业用地800亩。', regions)).toBe(WUXING);
  });

  it("falls back to the article's most specific region when the sentence names none", () => {
    expect(regionOfFigure('全年新增工业用地800亩。', regions)).toBe(ANJI);
    expect(regionOfFigure('The county added 800 mu of industrial land.', regions)).toBe(ANJI);
  });

  it('knows a short form the suffix rules give (恩施 of 恩施土家族苗族自治州)', () => {
    expect(regionOfFigure('恩施全州新增工业用地800亩。', [LINAN, ENSHI])).toBe(ENSHI);
  });

  it('finds the region an English sentence names, by its English or pinyin name', () => {
    expect(regionOfFigure("Huzhou's GDP grew 6.1% last year.", regions)).toBe(HUZHOU);
    expect(regionOfFigure('Anji added 800 mu of industrial land.', regions)).toBe(ANJI);
    expect(regionOfFigure('Sichuan province invested 12 billion yuan.', [SUINING, SICHUAN])).toBe(SICHUAN);
    expect(regionOfFigure('Suining, in Sichuan, invested 2 billion yuan.', [SUINING, SICHUAN])).toBe(SUINING);
  });

  it('reads a pinyin apostrophe in any of its forms, and a name only as a whole word', () => {
    for (const written of ["Lin'an", 'Lin’an', 'Linan']) expect(regionOfFigure(`${written} sold 300 mu.`, [ANJI, LINAN])).toBe(LINAN);
    expect(regionOfFigure('Anjiang village sold 300 mu.', [WUXING, ANJI])).toBe(WUXING);
  });

  it('does not take a street named after a place for the place (中山路, 安吉路)', () => {
    expect(regionOfFigure('安吉路沿线改造投资2亿元。', [WUXING, ANJI, HUZHOU])).toBe(WUXING);
    expect(regionOfFigure('安吉路沿线改造后，安吉新增投资2亿元。', [WUXING, ANJI, HUZHOU])).toBe(ANJI);
    expect(regionOfFigure('湖州大道两侧新建厂房5万平方米。', [ANJI, HUZHOU])).toBe(ANJI);
    // (Nor a university, a hotel or a team: the article's own regions read those names so too.)
    expect(regionOfFigure('湖州学院新建实验楼3万平方米。', [ANJI, HUZHOU])).toBe(ANJI);
    expect(regionOfFigure('吴兴宾馆改造投资8000万元。', [ANJI, WUXING])).toBe(ANJI);
  });

  it("still places a place's industry, students or university town in the place (湖州银行业, 湖州酒店业, 湖州大学生, 湖州大学城)", () => {
    expect(regionOfFigure('湖州银行业金融机构各项贷款余额5000亿元。', [ANJI, HUZHOU])).toBe(HUZHOU);
    expect(regionOfFigure('吴兴酒店业平均入住率达到72%。', [ANJI, WUXING])).toBe(WUXING);
    expect(regionOfFigure('湖州大学生创业园新入驻企业36家。', [ANJI, HUZHOU])).toBe(HUZHOU);
    expect(regionOfFigure('湖州大学城新建学生公寓5万平方米。', [ANJI, HUZHOU])).toBe(HUZHOU);
  });

  it('reads a pinyin name that English uses for something else only with its division word (Xinhua, the agency)', () => {
    expect(regionOfFigure("LOUDI, Hunan, Jan 5 (Xinhua) -- Loudi's GDP grew 5.2 percent.", [XINHUA, LOUDI])).toBe(LOUDI);
    expect(regionOfFigure('Xinhua county sold 300 mu.', [XINHUA, LOUDI])).toBe(XINHUA);
  });

  it("does not take another division's name that begins with the region's short form for the region (吉林省 is no 吉林市)", () => {
    expect(regionOfFigure('吉林省地区生产总值增长5.2%。', [JILIN_CITY, JILIN])).toBe(JILIN);
    expect(regionOfFigure('Jilin province grew 5.2 percent.', [JILIN_CITY, JILIN])).toBe(JILIN);
    expect(regionOfFigure('Jilin City grew 5.2 percent.', [JILIN_CITY, JILIN])).toBe(JILIN_CITY);
    // (A city that is a province-level division is a city, and Hong Kong's districts are Hong Kong's.)
    expect(regionOfFigure('Beijing city invested 2 billion yuan.', [CHAOYANG_BJ, BEIJING])).toBe(BEIJING);
    expect(regionOfFigure('Yuen Long District added 300 flats.', [FUTIAN, HONG_KONG])).toBe(HONG_KONG);
    // (A region's own suffix after its short form is the region: 恩施州 of 恩施土家族苗族自治州.)
    expect(regionOfFigure('恩施州新增工业用地800亩。', [LINAN, ENSHI])).toBe(ENSHI);
  });

  it('reads a town named 街道 after the county as in the county, not as a street', () => {
    expect(regionOfFigure('杭州市余杭街道新增工业用地800亩。', [YUHANG, HANGZHOU])).toBe(YUHANG);
  });

  it("does not take a person's given name after a pinyin surname for a place (Wang Anji)", () => {
    expect(regionOfFigure('Wang Anji, a Huzhou official, said the city sold 300 mu.', regions)).toBe(HUZHOU);
    expect(regionOfFigure('Officials in Anji sold 300 mu.', [WUXING, ANJI])).toBe(ANJI);
  });

  it('gives no region to a figure of an article that has none', () => {
    expect(regionOfFigure('新增工业用地800亩。', [])).toBeUndefined();
  });
});
