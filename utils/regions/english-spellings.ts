/**
 * How English news spells a region the analysis found (遂宁市 → Suining, 临安区 → Lin'an and Linan, 内蒙古自治区 →
 * Inner Mongolia, 曹县 → Caoxian), from the region alone: the tables the gazetteer reads English names with, without
 * the gazetteer itself (600 KB, background only), for code that holds only the region (the card, the comparison).
 */
import type { Region } from '../articles/types';
import { COMMON_WORD_SHORT_FORMS } from './common-words';
import { divisionEnglishNames, ENGLISH_NAMES } from './english-names';
import { pinyinNames } from './pinyin';
import { shortForm } from './short-form';

/** The name without its administrative suffix (临安区 → 临安, 新市镇 → 新市), or the name when it has none. */
export function regionShortName(region: Region): string {
  const short = region.level === 'town' ? region.name.replace(/(镇|乡|街道)$/u, '') : shortForm(region.name);
  return short && short.length >= 2 ? short : region.name;
}

/**
 * Pinyin county names that English news uses for something else: the agency in every "(Xinhua)" dateline (新化县), and
 * everyday words a headline or a sentence's first word capitalises (Investment Guide: 贵德县; Dean, Mile, Lean, Jingle,
 * Saga; Yuan, the currency: 裕安区). They name the place only with its division word (Guide County, Mile city).
 */
export const ENGLISH_NOT_PLACES = new Set(['Xinhua', 'Guide', 'Dean', 'Mile', 'Lean', 'Jingle', 'Saga', 'Yuan']);

/**
 * Whether a spelling names the region only with its division word after it: a word English uses for something else, or
 * the pinyin of a short form that is an everyday word (朝阳, 长安: Chaoyang, Changan the carmaker), as the gazetteer reads them.
 */
export function needsDivisionWord(region: Region, spelling: string): boolean {
  if (ENGLISH_NOT_PLACES.has(spelling)) return true;
  const listed = region.level === 'town' ? undefined : ENGLISH_NAMES[region.code];
  return !listed?.includes(spelling) && COMMON_WORD_SHORT_FORMS.has(regionShortName(region));
}

export function englishSpellings(region: Region): string[] {
  // A province or prefecture as the gazetteer names it: Shaanxi, not also the pinyin it shares with Shanxi.
  if (region.level === 'province' || region.level === 'city') return divisionEnglishNames(region.code, region.name);
  // A town keeps its county's code, so the table's names for that code are not the town's.
  const listed = region.level === 'town' ? undefined : ENGLISH_NAMES[region.code];
  const short = regionShortName(region);
  const spellings = new Set([...(listed ?? []), ...(short === region.name ? [] : pinyinNames(short))]);
  // A one-character county is written whole (曹县 Caoxian).
  if (region.level === 'county' && region.name.length === 2 && region.name.endsWith('县')) for (const s of pinyinNames(region.name)) spellings.add(s);
  return [...spellings];
}
