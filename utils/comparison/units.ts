/**
 * Units for comparison. Which codes compare with which, and their factors, come from the engine's
 * one unit table (utils/quantities/units.ts): a family is the base unit (mu, ha, km2 → m2; person,
 * item → count; CNY/mu rates only with CNY/mu). This file adds only how a column of values is
 * shown: the scales readers use (万元, 亿元, 万吨) that are display units, not units in text.
 */
import { toBaseValue, unitFamily as engineFamily, unitInfo } from '../quantities/units';

export interface DisplayUnit {
  code: string;
  /** How many base units of the family one of this unit is. */
  factor: number;
  zh: string;
  en: string;
  /** false: offered to the reader but never picked automatically (公顷 reads oddly beside 亩 in Chinese news). */
  auto?: boolean;
}

const MU_M2 = 10000 / 15;

/** Display scales per family (keyed by the family's base unit), smallest first. */
export const DISPLAY_UNITS: Record<string, DisplayUnit[]> = {
  m2: [
    { code: 'm2', factor: 1, zh: '平方米', en: 'm²' },
    { code: 'mu', factor: MU_M2, zh: '亩', en: 'mu' },
    { code: 'ha', factor: 10_000, zh: '公顷', en: 'ha', auto: false },
    { code: 'km2', factor: 1_000_000, zh: '平方公里', en: 'km²' },
  ],
  m: [
    { code: 'm', factor: 1, zh: '米', en: 'm' },
    { code: 'km', factor: 1000, zh: '公里', en: 'km' },
  ],
  m3: [
    { code: 'm3', factor: 1, zh: '立方米', en: 'm³' },
    { code: '10km3', factor: 10_000, zh: '万立方米', en: '10k m³' },
  ],
  kg: [
    { code: 'kg', factor: 1, zh: '公斤', en: 'kg' },
    { code: 't', factor: 1000, zh: '吨', en: 't' },
    { code: '10kt', factor: 10_000_000, zh: '万吨', en: '10k t' },
  ],
  CNY: [
    { code: 'CNY', factor: 1, zh: '元', en: 'yuan' },
    { code: '10kCNY', factor: 10_000, zh: '万元', en: '10k yuan' },
    { code: '100mCNY', factor: 100_000_000, zh: '亿元', en: '100m yuan' },
  ],
  USD: [
    { code: 'USD', factor: 1, zh: '美元', en: 'USD' },
    { code: 'mUSD', factor: 1_000_000, zh: '百万美元', en: 'million USD' },
    { code: 'bUSD', factor: 1_000_000_000, zh: '十亿美元', en: 'billion USD' },
  ],
  percent: [{ code: 'percent', factor: 1, zh: '%', en: '%' }],
  s: [
    { code: 'day', factor: 86_400, zh: '天', en: 'days' },
    { code: 'month', factor: 30 * 86_400, zh: '个月', en: 'months' },
    { code: 'year', factor: 365 * 86_400, zh: '年', en: 'years' },
  ],
  W: [
    { code: 'kW', factor: 1000, zh: '千瓦', en: 'kW' },
    { code: 'MW', factor: 1_000_000, zh: '兆瓦', en: 'MW' },
  ],
  Wh: [
    { code: 'kWh', factor: 1000, zh: '千瓦时', en: 'kWh' },
    { code: '10kkWh', factor: 10_000_000, zh: '万千瓦时', en: '10k kWh' },
    { code: '100mkWh', factor: 100_000_000_000, zh: '亿千瓦时', en: '100m kWh' },
  ],
  V: [{ code: 'kV', factor: 1000, zh: '千伏', en: 'kV' }],
  // Per-mu yields (亩均税收) are rates; readers quote them in 万元/亩.
  'CNY/mu': [
    { code: 'CNY/mu', factor: 1, zh: '元/亩', en: 'yuan/mu' },
    { code: '10kCNY/mu', factor: 10_000, zh: '万元/亩', en: '10k yuan/mu' },
  ],
  count: [
    { code: 'count', factor: 1, zh: '个', en: '' },
    { code: '10kcount', factor: 10_000, zh: '万', en: '×10k' },
  ],
};

/** The family a unit compares in (its base unit); unknown codes are a family of their own. */
export function unitFamily(unit: string): string {
  return engineFamily(unit);
}

/** A value in its family's base unit. */
export function baseValue(value: number, unit: string): number {
  return toBaseValue(value, unit);
}

/** Display scales for a family; a family without its own (a rate such as CNY/mu) shows in its base. */
export function displayUnits(family: string): DisplayUnit[] {
  const units = DISPLAY_UNITS[family];
  if (units) return units;
  const label = unitInfo(family)?.label ?? { zh: family, en: family };
  return [{ code: family, factor: 1, zh: label.zh, en: label.en || family }];
}

/**
 * The unit a column of values in one family reads best in: the largest unit the median value is at
 * least one of (1000亩 stays 亩, 42.3万元 becomes 万元, 50亿元 becomes 亿元).
 */
export function chooseDisplayUnit(family: string, baseValues: number[]): DisplayUnit {
  const units = displayUnits(family);
  const candidates = units.filter((u) => u.auto !== false);
  let chosen = candidates[0] ?? units[0];
  // "The median is at least one unit" is "at least half the values are": a count, not a sort.
  for (const unit of candidates) {
    let atLeast = 0;
    for (const value of baseValues) if (Math.abs(value) >= unit.factor) atLeast++;
    if (baseValues.length && atLeast * 2 > baseValues.length) chosen = unit;
  }
  return chosen;
}
