/**
 * The English words of the units table (units.ts), by unit code: what en.ts matches after a number.
 * Kept apart from the table so the Chinese engine, which never reads English unit words, does not carry
 * them (its bundle has a budget). Symbols match case-sensitively, words in any case; the words of a code are
 * one string separated by `|` because English words hold spaces.
 */
import { longestFirst } from './longest-first';
import { unitInfo, type UnitInfo } from './units';

export const ENGLISH_UNIT_WORDS: Readonly<Record<string, string>> = {
  mu: 'mu',
  m2: 'square metres|square meters|square metre|square meter|sq m|sqm|m2|m²',
  km2: 'square kilometres|square kilometers|square kilometre|square kilometer|sq km|km2|km²',
  ha: 'hectares|hectare|ha',
  acre: 'acres|acre',
  ping: 'ping',
  m: 'metres|meters|metre|meter|m',
  km: 'kilometres|kilometers|kilometre|kilometer|km',
  cm: 'centimetres|centimeters|cm',
  mm: 'millimetres|millimeters|mm',
  mile: 'miles|mile',
  ft: 'feet|foot|ft',
  sqft: 'square feet|square foot|sq ft',
  m3: 'cubic metres|cubic meters|cubic metre|cubic meter|m3|m³',
  'm3/s': 'cubic metres per second|cubic meters per second|cubic metre per second|cubic meter per second|m3/s|m³/s',
  L: 'litres|liters|litre|liter',
  t: 'metric tons|metric ton|tonnes|tonne|tons|ton|t',
  kg: 'kilograms|kilogram|kilos|kg',
  g: 'grams|gram|g',
  jin: 'jin',
  CNY: 'yuan|rmb|RMB|CNY|¥|￥|元',
  USD: 'us dollars|us dollar|U.S. dollars|U.S. dollar|dollars|dollar|USD|US$|$',
  EUR: 'euros|euro|EUR|€',
  HKD: 'HK$|HKD',
  MOP: 'MOP|patacas',
  TWD: 'NT$|TWD',
  SGD: 'S$|SGD',
  JPY: 'yen|JPY',
  // "won" after a number is the currency only with a scale or four digits (en.ts: "12 won approval" is a count).
  KRW: 'won|KRW',
  GBP: 'pounds|GBP|£',
  percent: '%|percent|per cent|percentage points|percentage point',
  permille: '‰|per mille',
  year: 'years|year',
  month: 'months|month',
  week: 'weeks|week',
  day: 'working days|business days|working day|business day|days|day',
  hour: 'hours|hour',
  minute: 'minutes|minute|mins|min',
  kV: 'kilovolts|kilovolt|kV|KV',
  kVA: 'kVA',
  W: 'watts|watt|W',
  kW: 'kilowatts|kilowatt|kW|KW',
  MW: 'megawatts|megawatt|MW',
  GW: 'gigawatts|gigawatt|GW',
  kWh: 'kilowatt-hours|kilowatt hours|kilowatt-hour|kilowatt hour|kWh',
  MWh: 'megawatt-hours|megawatt hours|megawatt-hour|megawatt hour|MWh',
  // Read as kWh before this table (en.ts's UNIT_ALIASES); listed because every code of the unit table has its words.
  GWh: 'GWh',
  person: 'people|persons|residents|workers|villagers|employees|jobs|visitors|tourists|students|farmers',
  item: 'items|measures|projects|policies',
  household: 'households|families|homes',
  count: 'companies|enterprises|firms|businesses|villages|towns|townships|counties|parks|factories|plants|schools|hospitals|buildings|units|sites|parcels|plots|zones|stations|roads|bridges|cases|contracts|deals',
  times: 'times|fold',
};

/** Every English unit word with its unit, longest first, for en.ts's matcher. */
export function englishUnitWords(): Array<[string, UnitInfo]> {
  const out: Array<[string, UnitInfo]> = [];
  for (const [code, words] of Object.entries(ENGLISH_UNIT_WORDS)) {
    const info = unitInfo(code)!;
    for (const w of words.split('|')) out.push([w, info]);
  }
  return longestFirst(out, ([w]) => w);
}
