import { describe, expect, it } from 'vitest';
import { headlineOfDocTitle } from './doc-title';

describe('headlineOfDocTitle', () => {
  it.each([
    ['滁州：光伏产业“链”上发力 一季度产值增长31.5%-新华网', '滁州：光伏产业“链”上发力 一季度产值增长31.5%'],
    ['宁德锂电新能源产业集群去年产值突破3000亿元_福建要闻_福建省人民政府门户网站', '宁德锂电新能源产业集群去年产值突破3000亿元'],
    ['Qinzhou port expansion lifts sea-rail cargo to record - Global Times', 'Qinzhou port expansion lifts sea-rail cargo to record'],
    ['德清“标准地”改革 | 湖州日报', '德清“标准地”改革'],
    // A government site's name, and the section between it and the headline.
    ['泗洪县今年新建高标准农田8.6万亩 - 部门动态 - 泗洪县人民政府', '泗洪县今年新建高标准农田8.6万亩'],
    // An old CMS doubles the dash.
    ['大田县高山茶产业园一期工程建成投产--大田县人民政府网', '大田县高山茶产业园一期工程建成投产'],
    ['Kunshan output rises 8% -- Business Daily', 'Kunshan output rises 8%'],
    ['Port throughput hits record - Business - China Daily', 'Port throughput hits record'],
    // Dashes inside a headline stay: a range of years, a hyphenated word, a dash to a part that names no site.
    ['长三角一体化2024-2025年行动计划发布', '长三角一体化2024-2025年行动计划发布'],
    ['Sea-rail trains to Chongqing double', 'Sea-rail trains to Chongqing double'],
    ['盘州 - 老矿区蹚出转型新路', '盘州 - 老矿区蹚出转型新路'],
    // A document viewer's title is the file's name.
    ['永春县2023年国民经济和社会发展统计公报.pdf', '永春县2023年国民经济和社会发展统计公报'],
    ['关于印发《县域商业体系建设实施方案》的通知.DOCX', '关于印发《县域商业体系建设实施方案》的通知'],
    // A question-and-answer community's or a forum's name.
    ['浦江县当年为什么要整治水晶产业？ - 知识问答社区', '浦江县当年为什么要整治水晶产业？'],
    ['沂南县城区供暖什么时候开始？_沂南论坛', '沂南县城区供暖什么时候开始？'],
    // A site name alone is left as it is.
    ['新华网', '新华网'],
  ])('%s → %s', (title, headline) => {
    expect(headlineOfDocTitle(title)).toBe(headline);
  });
});
