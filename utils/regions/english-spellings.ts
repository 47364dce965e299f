/**
 * How English news spells a region the analysis found (遂宁市 → Suining, 临安区 → Lin'an and Linan, 内蒙古自治区 →
 * Inner Mongolia, 曹县 → Caoxian), from the region alone: the tables the gazetteer reads English names with, without
 * the gazetteer itself (600 KB, background only), for code that holds only the region (the card, the comparison).
 */
import type { Region } from '../articles/types';
import { ENGLISH_NAMES } from './english-names';
import { pinyinNames } from './pinyin';
import { shortForm } from './short-form';

/** The name without its administrative suffix (临安区 → 临安, 新市镇 → 新市), or the name when it has none. */
export function regionShortName(region: Region): string {
  const short = region.level === 'town' ? region.name.replace(/(镇|乡|街道)$/u, '') : shortForm(region.name);
  return short && short.length >= 2 ? short : region.name;
}

export function englishSpellings(region: Region): string[] {
  // A town keeps its county's code, so the table's names for that code are not the town's.
  const listed = region.level === 'town' ? undefined : ENGLISH_NAMES[region.code];
  const short = regionShortName(region);
  const spellings = new Set([...(listed ?? []), ...(short === region.name ? [] : pinyinNames(short))]);
  // A one-character county is written whole (曹县 Caoxian).
  if (region.level === 'county' && region.name.length === 2 && region.name.endsWith('县')) for (const s of pinyinNames(region.name)) spellings.add(s);
  return [...spellings];
}
