/**
 * The one table of units and counters. The Chinese engine (zh.ts) finds unit words through it, the English
 * engine (en.ts) through its English words (units-en.ts); cards, comparison and CSV read labels and
 * conversion factors from it. Codes are the canonical codes of
 * ../shared/spec/claims.md plus a few extra real units (cm, mm, g, jin, GW, MWh, minute, week) and
 * `times` (倍, a multiple) of kind `other`.
 *
 * Chinese words are simplified only: the engine reads traditional text mapped to simplified (utils/hanzi).
 *
 * Rates (亩均720万元, 元/亩, per capita) are modelled as a compound code `CURRENCY/UNIT` (CNY/mu,
 * CNY/person, CNY/m2): kind `money`, because what a reader compares is an amount of money, and siValue
 * is the value itself with siUnit the compound code, so two rates compare only with the same
 * denominator. `rateUnit()` builds and describes these codes.
 */
import type { ClaimKind } from './types';
import { longestFirst } from './longest-first';

export interface UnitInfo {
  code: string;
  kind: ClaimKind;
  /** Base unit of the family: m2, m, m3, kg, s, W, V, Wh, percent, count, or the currency itself. */
  base: string;
  /** Multiply a value in this unit by factor to get the base unit. */
  factor: number;
  /** Words that name the unit in Chinese text, after a number (longest match wins). */
  zh: readonly string[];
  label: { zh: string; en: string };
}

const DAY = 86400;

/**
 * [code, kind, base, factor, zh words, en label, zh label]; the words as one string separated by `|`, and the
 * labels left out where they are the code (en label missing) and the first Chinese word (zh label missing, or
 * empty before an en label), which keeps the Chinese engine's bundle within its budget (the en label first: more
 * rows name it alone).
 */
type Row = [string, ClaimKind, string, number, string, string?, string?];

/** A currency's row: money, its base the currency itself (amounts compare only within one currency). */
const money = (code: string, zh: string, enLabel?: string, zhLabel?: string): Row => [code, 'money', code, 1, zh, enLabel, zhLabel];
/** A counter's row: every counter compares as a plain count. */
const counter = (code: string, zh: string, enLabel?: string, zhLabel?: string): Row => [code, 'count', 'count', 1, zh, enLabel, zhLabel];
/** Rows of one kind and base unit (`area('mu', 10000 / 15, '亩')`): kind and base written once for the family. */
const family = (kind: ClaimKind, base: string) => (code: string, factor: number, zh: string, enLabel?: string, zhLabel?: string): Row => [
  code, kind, base, factor, zh, enLabel, zhLabel,
];
const area = family('area', 'm2');
const length = family('length', 'm');
const volume = family('volume', 'm3');
const weight = family('weight', 'kg');
const percent = family('percent', 'percent');
/** A duration's row: its English label is its code in the plural (years, days). */
const duration = (code: string, seconds: number, zh: string): Row => [code, 'duration', 's', seconds, zh, `${code}s`];
const power = family('power', 'W');
const energy = family('power', 'Wh');

const ROWS: Row[] = [
  // area
  area('mu', 10000 / 15, '亩|亩次'),
  area('m2', 1, '平方米|平米|平方公尺|㎡|m2|m²|平方', 'm²'),
  area('km2', 1e6, '平方公里|平方千米|km2|km²|㎢', 'km²'),
  area('ha', 1e4, '公顷|hm2|hm²|ha'),
  area('acre', 4046.8564224, '英亩', 'acres'),
  // 坪, Taiwan's unit of floor and land area (400/121 m2).
  area('ping', 400 / 121, '坪'),
  // length
  length('m', 1, '米|公尺|m'),
  length('km', 1000, '公里|千米|km'),
  length('cm', 0.01, '厘米|公分|cm'),
  length('mm', 0.001, '毫米|mm'),
  length('mile', 1609.344, '英里', 'miles'),
  length('ft', 0.3048, '英尺|呎'),
  area('sqft', 0.09290304, '平方英尺|平方呎|呎²', 'sq ft'),
  // volume
  // 空方: the cubic metres an artificial reef encloses (投放人工鱼礁2.8万空方); 标方: a gas's cubic metres at standard
  // conditions (年产氢气1.9亿标方), still cubic metres.
  volume('m3', 1, '立方米|立方|空方|标方|m3|m³', 'm³'),
  volume('L', 0.001, '升|公升'),
  // A flow (排涝流量120立方米每秒, 30立方米/秒, 24立方米／秒 with the full-width slash, 96m³/s in a Chinese text) is a
  // volume each second, no volume: its own unit of kind `other`, compared only with flows. zh.ts reads 每秒 before the
  // number (流量达每秒850立方米) as the same unit.
  ['m3/s', 'other', 'm3/s', 1, '立方米每秒|立方米/秒|立方米／秒|m³/s|m3/s'],
  // weight
  // 吨标准煤 (tonnes of coal equivalent) is the unit of energy reports, 吨二氧化碳当量 (of CO2 equivalent) that of carbon
  // trades: read whole, a qualifier after it reaches the figure and the subject is what comes before.
  weight('t', 1000, '吨标准煤|吨标煤|吨二氧化碳当量|吨|公吨|t', 't', '吨'),
  // 千克标准煤 (kilograms of coal equivalent, 吨钢综合能耗降至548千克标准煤): read whole, as 吨标准煤 is.
  weight('kg', 1, '千克标准煤|公斤标准煤|公斤|千克|kg'),
  weight('g', 0.001, '克|g'),
  weight('jin', 0.5, '斤'),
  // money
  money('CNY', '元人民币|人民币|元', 'yuan', '元'),
  money('USD', '美元|美金|美圆'),
  money('EUR', '欧元'),
  money('HKD', '港元|港币'),
  // 澳门元 and 新台币 as Macao and Taiwan print them (澳元 alone is the Australian dollar).
  money('MOP', '澳门元|澳门币|澳币'),
  money('TWD', '新台币|台币'),
  money('JPY', '日元'),
  // A Korean investor's won, as the yen of a Japanese one.
  money('KRW', '韩元'),
  money('SGD', '新加坡元'),
  money('GBP', '英镑'),
  // percent
  percent('percent', 1, '%|％|个百分点|百分点', '%'),
  percent('permille', 0.1, '‰', '‰'),
  // duration
  duration('year', 365 * DAY, '年'),
  duration('month', 30 * DAY, '个月|个多月'),
  duration('week', 7 * DAY, '周|个星期|星期'),
  duration('day', DAY, '天|个工作日|工作日|个工作天|工作天|日历天|个日历天|日历日|日'),
  duration('hour', 3600, '小时|个小时|个多小时'),
  duration('minute', 60, '分钟'),
  // power, voltage, energy
  ['kV', 'power', 'V', 1000, '千伏|kV|KV|kv'],
  ['kVA', 'power', 'VA', 1000, '千伏安|kVA'],
  power('W', 1, '瓦'),
  power('kW', 1000, '千瓦|kW|KW|kw'),
  power('MW', 1e6, '兆瓦|MW'),
  power('GW', 1e9, '吉瓦|GW'),
  energy('kWh', 1000, '千瓦时|度电|kWh|KWh|kwh|kW·h'),
  energy('MWh', 1e6, '兆瓦时|MWh'),
  energy('GWh', 1e9, '吉瓦时|GWh'),
  // counters: what is counted decides the code (person, item, household, generic count)
  counter('person', '名|人次|人|位', 'people', '人'),
  counter('item', '项|件', 'items'),
  counter('household', '户次|户', 'households', '户'),
  counter(
    'count',
    '家次|辆次|台次|架次|艘次|家|个|座|所|条|批次|场次|批|宗|处|栋|幢|台|套|辆|艘|架|株|棵|头|只|间|张|次|场|层|种|类|份|篇|部|支|例|起|单|笔|轮|块|根|格|列|幅|本|趟|班|眼|口|盏|羽|尾|标准箱|标箱|期|基|孔|道|瓶|碗|票|盘',
    '', '个',
  ),
  ['times', 'other', 'times', 1, '倍', '×'],
];

export const UNITS: readonly UnitInfo[] = ROWS.map(([code, kind, base, factor, zh, le, lz]) => ({
  code, kind, base, factor, zh: zh.split('|'), label: { zh: lz || zh.split('|')[0], en: le ?? code },
}));

const byCode = new Map(UNITS.map((u) => [u.code, u]));

/** Splits a rate code `CNY/mu` into its currency and denominator. */
function splitRate(code: string): [UnitInfo, UnitInfo] | null {
  const k = code.indexOf('/');
  if (k < 0) return null;
  const num = byCode.get(code.slice(0, k));
  const den = byCode.get(code.slice(k + 1));
  return num && den ? [num, den] : null;
}

/** The table row for a code; rates (CNY/mu) get a synthesised row of kind money. */
export function unitInfo(code: string): UnitInfo | undefined {
  const row = byCode.get(code);
  if (row) return row;
  const rate = splitRate(code);
  if (!rate) return undefined;
  const [num, den] = rate;
  return {
    code, kind: num.kind, base: code, factor: 1, zh: [],
    label: { zh: `${num.label.zh}/${den.label.zh}`, en: `${num.label.en || num.code}/${den.label.en || den.code}` },
  };
}

/**
 * The denominators a money rate may have: per unit of land, per person, per household. Taiwan prices land and floor
 * space per ping (坪) as the mainland does per mu.
 */
export const RATE_DENOMINATORS: ReadonlySet<string> = new Set('mu m2 ha ping person household'.split(' '));

/** A rate code from a currency and a per-unit code (CNY + mu → CNY/mu). */
export function rateUnit(currency: string, per: string): string {
  return `${currency}/${per}`;
}

/** The unit family (base unit) a code compares in: mu → m2, kV → V, person → count, CNY → CNY. */
export function unitFamily(code: string): string {
  return unitInfo(code)?.base ?? code;
}

/** The value converted to the family's base unit (1 mu → 666.67 m2; 2 km → 2000 m). */
export function toBaseValue(value: number, code: string): number {
  const f = unitInfo(code)?.factor ?? 1;
  return f === 1 ? value : roundSig(value * f);
}

/** Removes binary floating-point noise (0.1 * 3) so values read as written. */
export function roundSig(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  // Integers below 10^12 print exactly in 12 digits: nothing to remove (the common case, and cheaper).
  return Number.isInteger(x) && x < 1e12 && x > -1e12 ? x : Number.parseFloat(x.toPrecision(12));
}

/** The Chinese unit words, longest first, for zh.ts's matcher (the English ones are in units-en.ts). */
export function chineseUnitWords(): Array<[string, UnitInfo]> {
  return longestFirst(
    UNITS.flatMap((u) => u.zh.map((w): [string, UnitInfo] => [w, u])),
    ([w]) => w,
  );
}
