/**
 * A cheap count of administrative-division mentions (浙江省, 临安区, 埭溪镇, Sichuan province,
 * Xianju county) for relevance, without the gazetteer: the content script decides relevance and
 * must stay small, and a count needs no codes. The gazetteer (utils/regions) says *which* places.
 */

const ZH_DIVISION = /[\u4e00-\u9fff]{2,3}(?:省|自治区|市|县|区|镇|乡|街道)/g;

/** Words that end like a division but name none, or name "the whole city", "this county". */
const ZH_GENERIC = [
    '城市', '全市', '本市', '该市', '市区', '城区', '社区', '园区', '地区', '小区', '景区', '片区', '新区', '山区', '辖区',
    '全区', '该区', '本区', '全县', '该县', '本县', '全省', '本省', '外省', '乡镇', '城乡', '老城区', '核心区', '示范区',
    '开发区', '保护区', '功能区', '试验区', '集聚区', '先行区', '生活区', '商业区', '住宅区', '服务区', '风景区', '街区',
    '主城区', '中心城区', '自贸区', '高新区', '经开区', '工业区', '产业区', '首发区',
];

const EN_DIVISION = /\b[A-Z][a-z]+(?:[ '-][A-Z]?[a-z]+)?\s+(?:province|city|county|district|township|town|prefecture)\b/g;

/** Distinct division-like names in `text`. */
export function adminMentions(text: string, language: 'zh' | 'en'): string[] {
  const found = new Set<string>();
  if (language === 'en') {
    for (const m of text.matchAll(EN_DIVISION)) found.add(m[0]);
    return [...found];
  }
  for (const m of text.matchAll(ZH_DIVISION)) {
    const name = m[0];
    if (ZH_GENERIC.some((g) => name.endsWith(g))) continue;
    found.add(name);
  }
  return [...found];
}
