/**
 * Unit families for comparison: which canonical unit codes (spec/claims.md) measure the same thing
 * and how each converts to its family's base. Two figures are comparable only within one family.
 *
 * The engine's unit table (utils/quantities/units.ts) is the single source for factors once it lands;
 * this small table stands in for it until then, and is the only place the comparison converts units.
 */

export interface UnitInfo {
  family: string;
  /** How many base units of the family one of this unit is. */
  factor: number;
}

const MU_M2 = 10000 / 15;

export const UNIT_TABLE: Record<string, UnitInfo> = {
  m2: { family: 'area', factor: 1 },
  mu: { family: 'area', factor: MU_M2 },
  ha: { family: 'area', factor: 10_000 },
  km2: { family: 'area', factor: 1_000_000 },
  m: { family: 'length', factor: 1 },
  km: { family: 'length', factor: 1000 },
  m3: { family: 'volume', factor: 1 },
  L: { family: 'volume', factor: 0.001 },
  kg: { family: 'weight', factor: 1 },
  t: { family: 'weight', factor: 1000 },
  CNY: { family: 'money:CNY', factor: 1 },
  USD: { family: 'money:USD', factor: 1 },
  EUR: { family: 'money:EUR', factor: 1 },
  percent: { family: 'percent', factor: 1 },
  permille: { family: 'percent', factor: 0.1 },
  hour: { family: 'duration', factor: 3600 },
  day: { family: 'duration', factor: 86_400 },
  month: { family: 'duration', factor: 30 * 86_400 },
  year: { family: 'duration', factor: 365 * 86_400 },
  kV: { family: 'voltage', factor: 1000 },
  kW: { family: 'power', factor: 1000 },
  MW: { family: 'power', factor: 1_000_000 },
  kWh: { family: 'energy', factor: 3_600_000 },
  // Generic counters (个, 家, 座) and items (项, 件) both count things such as projects; people and
  // households are different things and stay apart.
  count: { family: 'count', factor: 1 },
  item: { family: 'count', factor: 1 },
  person: { family: 'person', factor: 1 },
  household: { family: 'household', factor: 1 },
};

/**
 * Units a family's figures can be shown in, smallest first, with their factor to the base and their
 * names. The comparison shows a whole column in one of these.
 */
export interface DisplayUnit {
  code: string;
  factor: number;
  zh: string;
  en: string;
}

export const DISPLAY_UNITS: Record<string, DisplayUnit[]> = {
  area: [
    { code: 'm2', factor: 1, zh: '平方米', en: 'm²' },
    { code: 'mu', factor: MU_M2, zh: '亩', en: 'mu' },
    { code: 'ha', factor: 10_000, zh: '公顷', en: 'ha' },
    { code: 'km2', factor: 1_000_000, zh: '平方公里', en: 'km²' },
  ],
  length: [
    { code: 'm', factor: 1, zh: '米', en: 'm' },
    { code: 'km', factor: 1000, zh: '公里', en: 'km' },
  ],
  volume: [
    { code: 'L', factor: 0.001, zh: '升', en: 'L' },
    { code: 'm3', factor: 1, zh: '立方米', en: 'm³' },
  ],
  weight: [
    { code: 'kg', factor: 1, zh: '千克', en: 'kg' },
    { code: 't', factor: 1000, zh: '吨', en: 't' },
    { code: '10kt', factor: 10_000_000, zh: '万吨', en: '10k t' },
  ],
  'money:CNY': [
    { code: 'CNY', factor: 1, zh: '元', en: 'yuan' },
    { code: '10kCNY', factor: 10_000, zh: '万元', en: '10k yuan' },
    { code: '100mCNY', factor: 100_000_000, zh: '亿元', en: '100m yuan' },
  ],
  'money:USD': [
    { code: 'USD', factor: 1, zh: '美元', en: 'USD' },
    { code: 'mUSD', factor: 1_000_000, zh: '百万美元', en: 'million USD' },
    { code: 'bUSD', factor: 1_000_000_000, zh: '十亿美元', en: 'billion USD' },
  ],
  'money:EUR': [
    { code: 'EUR', factor: 1, zh: '欧元', en: 'EUR' },
    { code: 'mEUR', factor: 1_000_000, zh: '百万欧元', en: 'million EUR' },
  ],
  percent: [{ code: 'percent', factor: 1, zh: '%', en: '%' }],
  duration: [
    { code: 'day', factor: 86_400, zh: '天', en: 'days' },
    { code: 'month', factor: 30 * 86_400, zh: '个月', en: 'months' },
    { code: 'year', factor: 365 * 86_400, zh: '年', en: 'years' },
  ],
  voltage: [{ code: 'kV', factor: 1000, zh: '千伏', en: 'kV' }],
  power: [
    { code: 'kW', factor: 1000, zh: '千瓦', en: 'kW' },
    { code: 'MW', factor: 1_000_000, zh: '兆瓦', en: 'MW' },
  ],
  energy: [
    { code: 'kWh', factor: 3_600_000, zh: '千瓦时', en: 'kWh' },
    { code: '10kkWh', factor: 36_000_000_000, zh: '万千瓦时', en: '10k kWh' },
  ],
  count: [{ code: 'count', factor: 1, zh: '个', en: '' }],
  person: [{ code: 'person', factor: 1, zh: '人', en: 'people' }],
  household: [{ code: 'household', factor: 1, zh: '户', en: 'households' }],
};

/** The family of a claim's unit; unknown units form a family of their own so nothing is mixed up. */
export function unitFamily(unit: string): string {
  return UNIT_TABLE[unit]?.family ?? `unit:${unit}`;
}

/**
 * A claim's value in its family's base unit. Computed from value × factor, not from the claim's
 * siValue, because duration and percent have no SI base in the claim model that the table agrees on.
 */
export function baseValue(value: number, unit: string): number {
  return value * (UNIT_TABLE[unit]?.factor ?? 1);
}
