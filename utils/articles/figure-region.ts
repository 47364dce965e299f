import type { Region } from './types';

/**
 * The region a figure is about: the first of its article's regions (most specific first) that the
 * figure's sentence names, in full or without its administrative suffix (临安区 or 临安); else the
 * article's most specific region. An article about a city and its counties places each county's
 * figures in that county. One rule for the card, the comparison and the CSV, so they never disagree.
 */
export function regionOfFigure(sentence: string, regions: readonly Region[]): Region | undefined {
  return regions.find((r) => sentence.includes(r.name) || sentence.includes(shortName(r.name))) ?? regions[0];
}

const shortNames = new Map<string, string>();

/** 临安区 → 临安, 安吉县 → 安吉: news text often drops the administrative suffix. */
function shortName(name: string): string {
  let short = shortNames.get(name);
  if (short === undefined) {
    short = name.replace(/(省|市|区|县|镇|乡|街道|自治州|自治县)$/u, '');
    if (short.length < 2) short = name;
    shortNames.set(name, short);
  }
  return short;
}
