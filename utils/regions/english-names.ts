/**
 * English names of the divisions that English-language news does not write as the pinyin of their Chinese short
 * form: customary names (Inner Mongolia, Tibet, Harbin, Urumqi, Hong Kong), Mongolian, Tibetan and Uygur names (Ordos,
 * Shigatse, Kashgar), second spellings the press also uses (Lvliang, Luliang), Shaanxi (whose pinyin is Shanxi's).
 * Every other province and prefecture is named by its pinyin (Suining, Huzhou: divisionEnglishNames), as every county
 * is (gazetteer.ts). Keyed by GB/T 2260 code. Names that two places share (Taizhou, Suzhou, Fuzhou, Yichun, Yulin) are
 * names of both; the resolver picks by context.
 */
import { pinyinNames } from './pinyin';
import { shortForm } from './short-form';

/**
 * Hong Kong's districts and areas have no GB/T 2260 codes of their own: a Hong Kong government release names
 * them ("in Yuen Long") and never the SAR itself, so they stand for 810000. Only names that are no everyday
 * English word (not Islands, Southern, Eastern, Central).
 */
const HONG_KONG_DISTRICTS = [
  'Yuen Long', 'Tuen Mun', 'Sha Tin', 'Tai Po', 'Tsuen Wan', 'Kwai Tsing', 'Sai Kung', 'Kwun Tong', 'Wong Tai Sin',
  'Sham Shui Po', 'Yau Tsim Mong', 'Kowloon City', 'Wan Chai', 'Kowloon', 'New Territories', 'Lantau',
];

export const ENGLISH_NAMES: Record<string, string[]> = {
  '141100': ['Lvliang', 'Luliang'], '150000': ['Inner Mongolia'], '150100': ['Hohhot'], '150600': ['Ordos'],
  '150700': ['Hulunbuir'], '150800': ['Bayannur'], '150900': ['Ulanqab'], '152200': ['Hinggan'],
  '152500': ['Xilingol'], '152900': ['Alxa'],
  // Chaoyang in English news is Beijing's district (a county-level name the gazetteer spells); the city in Liaoning
  // is named in Chinese only.
  '211300': [],
  '220200': ['Jilin', 'Jilin City'], '230100': ['Harbin'],
  '230200': ['Qiqihar'], '232700': ['Da Hinggan Ling', 'Greater Khingan'], '330000': ['Zhejiang'],
  '341500': ["Lu'an", 'Luan'], '513200': ['Ngawa', 'Aba'], '513300': ['Garze', 'Ganzi'],
  '540000': ['Tibet', 'Xizang'], '540100': ['Lhasa'], '540200': ['Shigatse', 'Xigaze'], '540300': ['Qamdo', 'Chamdo'],
  '540400': ['Nyingchi'], '540500': ['Shannan', 'Lhoka'], '540600': ['Nagqu'], '542500': ['Ngari'],
  '610000': ['Shaanxi'], '632500': ['Hainan Tibetan'], '632600': ['Golog'], '650000': ['Xinjiang'],
  '650100': ['Urumqi'], '650200': ['Karamay'], '650400': ['Turpan'], '652700': ['Bortala'], '652800': ['Bayingolin'],
  '652900': ['Aksu'], '653000': ['Kizilsu'], '653100': ['Kashgar', 'Kashi'], '653200': ['Hotan'], '654000': ['Ili'],
  '654300': ['Altay'], '810000': ['Hong Kong', ...HONG_KONG_DISTRICTS], '820000': ['Macao', 'Macau'],
  // County-level cities whose English names come from Uygur or Mongolian, not from the pinyin of their Chinese
  // names, which the gazetteer makes for every county: border ports and oil towns the press names often.
  '150702': ['Hailar'], '152501': ['Erenhot'], '632801': ['Golmud'], '652801': ['Korla'], '652902': ['Kuqa', 'Kucha'],
  '654004': ['Horgos', 'Khorgos'],
};

/**
 * What English news calls a province or a prefecture-level division: the table's names where it lists the place,
 * else the pinyin of its short form (遂宁市 → Suining; none where the pinyin table lacks a character).
 */
export function divisionEnglishNames(code: string, name: string): string[] {
  return ENGLISH_NAMES[code] ?? pinyinNames(shortForm(name) ?? name);
}
