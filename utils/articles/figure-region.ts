import { englishSpellings, needsDivisionWord, regionShortName } from '../regions/english-spellings';
import { NOT_A_PLACE_AFTER } from '../regions/named-after';
import { PINYIN_SURNAMES } from '../regions/pinyin';
import type { Region } from './types';

/**
 * The region a figure is about: the first of its article's regions (most specific first) that the
 * figure's sentence names, in full, without its administrative suffix (临安区 or 临安) or in English
 * (Lin'an, Huzhou); else the article's most specific region. An article about a city and its counties
 * places each county's figures in that county. One rule for the card, the comparison and the CSV, so
 * they never disagree.
 */
export function regionOfFigure(sentence: string, regions: readonly Region[]): Region | undefined {
  return regions.find((r) => namesPlace(sentence, r.name) || namesPlace(sentence, namesOf(r).short, r.name) || namesInEnglish(sentence, r)) ?? regions[0];
}

/**
 * Streets, buildings, universities and teams are named after places (中山路, 湖州大道, 中山大学, 浙江队): a name followed by
 * such a word names them, not the place, as in the article's own regions (`NOT_A_PLACE_AFTER`); so does a lane (弄).
 * Not a 街道, a town often named after its county (余杭街道 of 余杭区): that one is in the county.
 */
function namesSomethingElse(after: string): boolean {
  return (NOT_A_PLACE_AFTER.test(after) || after.startsWith('弄')) && !after.startsWith('街道');
}

/**
 * A division's suffix after a short form: another division of that name (吉林省 or 吉林市, 中山市 or 中山区), the region
 * only when the suffix is its own (恩施州 of 恩施土家族苗族自治州); not a market (市场) or an area (区域).
 */
const DIVISION_SUFFIX_AFTER = /^(?:省|市(?!场)|县|区(?!域)|州|盟|旗)/u;

/** Whether the sentence names a place by `name`; a short form (with the region's `fullName`) only where no other division's suffix follows it. */
function namesPlace(sentence: string, name: string, fullName?: string): boolean {
  for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
    const after = sentence.slice(at + name.length, at + name.length + 3);
    if (namesSomethingElse(after)) continue;
    if (fullName && DIVISION_SUFFIX_AFTER.test(after) && !fullName.endsWith(after[0]!)) continue;
    return true;
  }
  return false;
}

interface RegionNames {
  short: string;
  /** Its English spellings, with each apostrophe also as a typographic one (Lin’an). */
  english: string[];
  /** Those that name it only with a division word after them (Xinhua county, not the agency's "(Xinhua)"). */
  withDivisionWord: Set<string>;
}

/** By region: a comparison asks for the same few regions of an article for each of its figures. */
const namesByRegion = new WeakMap<Region, RegionNames>();

function namesOf(region: Region): RegionNames {
  let names = namesByRegion.get(region);
  if (!names) {
    const spellings = englishSpellings(region);
    const english = spellings.flatMap((s) => (s.includes("'") ? [s, s.replace(/'/g, '’')] : [s]));
    const withDivisionWord = new Set(english.filter((s) => needsDivisionWord(region, s.replace(/’/g, "'"))));
    names = { short: regionShortName(region), english, withDivisionWord };
    namesByRegion.set(region, names);
  }
  return names;
}

/**
 * Whether the sentence names the region in English, as a whole word: Anji, not the Anji of Anjiang. (Searched as
 * plain strings: a regular expression per region measured three times slower over a library's 200,000 figures.)
 */
function namesInEnglish(sentence: string, region: Region): boolean {
  const { english, withDivisionWord } = namesOf(region);
  for (const name of english) {
    for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
      if (/[A-Za-z'’]/.test(sentence[at - 1] ?? '') || /[a-z]/.test(sentence[at + name.length] ?? '')) continue;
      // (Right after a surname, a given name: Wang Anji, Li Xian.)
      const wordBefore = /(?:^|[^A-Za-z])([A-Z][a-z]+) $/.exec(sentence.slice(Math.max(0, at - 12), at));
      if (wordBefore && PINYIN_SURNAMES.has(wordBefore[1]!)) continue;
      const divisionWord = DIVISION_WORD_AFTER.exec(sentence.slice(at + name.length, at + name.length + 12))?.[1]?.toLowerCase();
      // (Jilin province is not Jilin City, nor Jilin City the province; Beijing city and Yuen Long District are their regions.)
      if (divisionWord === 'province' ? region.level !== 'province' : /^(?:city|prefecture)$/.test(divisionWord ?? '') && region.name.endsWith('省')) continue;
      if (divisionWord || !withDivisionWord.has(name)) return true;
    }
  }
  return false;
}

/** The division word after a name in English (Xinhua county, Mile City, Jilin province). */
const DIVISION_WORD_AFTER = /^ (county|district|city|banner|town|township|prefecture|province)\b/i;
