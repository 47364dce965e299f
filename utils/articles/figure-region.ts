import type { Region } from './types';

/**
 * The region a figure is about: the first of its article's regions (most specific first) that the
 * figure's sentence names, in full or without its administrative suffix (临安区 or 临安); else the
 * article's most specific region. An article about a city and its counties places each county's
 * figures in that county. One rule for the card, the comparison and the CSV, so they never disagree.
 */
export function regionOfFigure(sentence: string, regions: readonly Region[]): Region | undefined {
  return regions.find((r) => namesPlace(sentence, r.name) || namesPlace(sentence, shortName(r.name))) ?? regions[0];
}

/**
 * Streets are named after places (中山路, 南京路, 安吉路 in Hangzhou, 湖州街): a name followed by a street word
 * names the street, not the place.
 */
const STREET_AFTER_NAME = /^(?:大道|大街|路|街|巷|弄)/u;

function namesPlace(sentence: string, name: string): boolean {
  for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
    if (!STREET_AFTER_NAME.test(sentence.slice(at + name.length, at + name.length + 2))) return true;
  }
  return false;
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
