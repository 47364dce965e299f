/**
 * The Chinese quantity engine: one left-to-right scan that stops at characters which can start a number,
 * reads the number (numerals.ts), then looks only at the few characters around it for a unit or counter
 * (units.ts), qualifiers, a range, a change verb, and the signs that it is not a figure at all (dates,
 * ordinals, ranks, codes, idioms, slogans). Sentence and subject come from a local window around the
 * match, so the work is linear in the length of the text.
 *
 * Principles for what is not a claim (rules of the language, not of one article):
 * - A bare 一 with a counter or unit (一家企业, 一个缩影, 一批, 一年前, 最多跑一次) is the indefinite
 *   article "a/one", not a figure a reader checks; it counts only when a qualifier makes it a measure
 *   (近一吨). 两/三/... with a counter are figures (两个标准厂房).
 * - A Chinese-numeral count inside a short quotation is a slogan or name (“三块地”, “两个先行”), as is a
 *   counter followed by a quotation (三个“一批”). Numbers with a unit keep counting in quotes (“工业做地一万亩”).
 * - Two single numerals one character apart form an idiom (三天两头, 三番五次, 千方百计).
 * - Digit-by-digit numerals (二〇二三, 十四五), 4-digit years before 年, numbers after 第 or a rank word
 *   前, numbers glued to Latin letters (5G, G60) or dotted versions (2.0.1), leading-zero and long digit
 *   runs (phone numbers, codes) are names, dates or codes.
 * - Chinese numerals without a unit are words (十分, 一些); Arabic numbers need a unit, except figures
 *   with 万/亿, which stand alone in Chinese news (常住人口35.2万).
 */
import type { Approx, Change, Claim } from './types';
import { makeClaim, joinLines } from './claim';
import { codeAt, digitValue, isAsciiDigit, isChineseNumeralChar, readNumber, readPairedNumeral, type NumberToken } from './numerals';
import { RATE_DENOMINATORS, chineseUnitWords, rateUnit, roundSig, unitInfo, type UnitInfo } from './units';
import { WordIndex } from './word-index';
import { BARE_MEASURE, CLAUSE_MARKS, chineseSubject, cleanSubject, isCjk, topicOf } from './zh-subject';
import { HEADER_UNIT, columnAt, labelBefore, tableRowAt, tableRows, unitCells, type TableRow } from './tables';
import { longestFirst } from './longest-first';
import { restoreScript } from '../hanzi/simplifier';
import { toSimplifiedForEngine } from './traditional-pairs';

/**
 * The kinds, qualifiers and changes this file names most often, as constants: the minifier writes a string literal
 * in full at every use but a constant as a short name once declared (the bundle has a size budget).
 */
const PERCENT = 'percent';
const MONEY = 'money';
const COUNT = 'count';
const DURATION = 'duration';
const EXACT = 'exact';
const APPROX = 'approx';
const AT_LEAST = 'at_least';
const AT_MOST = 'at_most';
const INCREASE = 'increase';
const DECREASE = 'decrease';

const isLatin = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x3000;

/**
 * Character sets as bits of one table indexed by UTF-16 code: the scan asks "is this character one of …"
 * for every character it looks at, and `text[i]` would make a new string for each CJK character it reads.
 * `charCodeAt` outside the text gives NaN, which is in no set.
 */
const CHAR_BITS = new Uint32Array(65536);
let nextBit = 1;
function charSet(chars: string): number {
  const bit = nextBit;
  if (bit > 2 ** 31) throw new Error('zh: too many character sets');
  nextBit *= 2;
  // By index, not `for…of`: the sets are BMP characters, and a string iterator is slow where this runs cold.
  for (let i = 0; i < chars.length; i++) CHAR_BITS[codeAt(chars, i)] |= bit;
  return bit;
}
const inSet = (set: number, c: number): boolean => (CHAR_BITS[c] & set) !== 0;
/** inSet for the character of text at a point (a call shorter than inSet(set, codeAt(text, at)) at its sixteen uses). */
const inSetAt = (set: number, text: string, at: number): boolean => inSet(set, codeAt(text, at));

/**
 * Characters that may start a number. The scan steps over all others with one table look-up each
 * (a regex search for this class costs several times more per character: its many ranges are searched).
 */
const START = charSet('0123456789０１２３４５６７８９零〇一二三四五六七八九十两廿壹贰叁肆伍陆柒捌玖拾百佰千仟万半$￥¥€');

/**
 * zh unit words indexed by first character, longest first. Latin symbols of two or more letters are
 * matched in any case (168CM, 20KM); single letters keep their case (m is metre, M is not).
 */
interface UnitWord {
  w: string;
  u: UnitInfo;
  /** Two or more letters: also matched in any case, against this lower-case form. */
  anyCase: string | null;
  /** Ends in a letter or digit, so it must end at a word boundary. */
  latinEnd: boolean;
  /** 个多月: the figure is a lower bound. */
  more: boolean;
}
/** Each key's words longest first, as chineseUnitWords lists them. */
const UNIT_INDEX = new Map<number, UnitWord[]>();
for (const [w, u] of chineseUnitWords()) {
  const latin = /^[A-Za-z]/.test(w) && w.length > 1;
  const last = codeAt(w, w.length - 1);
  const entry: UnitWord = { w, u, anyCase: latin ? w.toLowerCase() : null, latinEnd: isLatin(last) || isAsciiDigit(last), more: w.includes('多') };
  for (const k of new Set((latin ? [w.toLowerCase(), w.toUpperCase()] : [w]).map((x) => codeAt(x, 0)))) {
    let list = UNIT_INDEX.get(k);
    if (!list) UNIT_INDEX.set(k, (list = []));
    list.push(entry);
  }
}

function startsWithUnit(text: string, unit: UnitWord, p: number): boolean {
  if (wordAt(text, unit.w, p)) return true;
  return unit.anyCase !== null && text.slice(p, p + unit.w.length).toLowerCase() === unit.anyCase;
}

const CAPITAL = charSet('壹贰貳叁參肆伍陆陸柒捌玖拾佰仟');
const SINGLE_NUMERAL = charSet('零〇一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾');
/** A bare 百/千/万: a number only in 百分之, or as a round figure after 逾/超/近/过/破 or before 余/多. */
const BARE_MULTIPLIER = charSet('百佰千仟万');
const ROUND_BEFORE = charSet('逾超近过破');
/** 百, 千 or 万 alone: vague after 上 (上百人), a round figure after the words above (逾百家). */
const isRoundNumeral = (c: number) => c === 0x767e /* 百 */ || c === 0x5343 /* 千 */ || c === 0x4e07 /* 万 */;
/** 上半年, 下半月, 大半天, 一半: 半 that is a period or vague, not half a unit. */
const NOT_HALF_AFTER = charSet('上下前后大多一');
/** Before 一半: a qualifier's last character (近, 超过, 不到, 不足, 逾, 约) or 了 (缩短了一半). */
const HALF_SHARE_AFTER = charSet('近过到足逾约超了');
/** 数十家, 几十个: vague magnitudes. */
const VAGUE_BEFORE = charSet('数几');
/** 7×24小时: a product names a schedule. */
const TIMES = charSet('×*＊');
const MULTIPLIER_END = charSet('万亿');

/**
 * Words with their tag, from one space-separated string per tag: the tables below as compact strings
 * (an array of pairs repeats every tag, and the Chinese engine's bundle has a size budget).
 */
function tagged<T>(groups: Array<[T, string]>): Array<{ w: string; tag: T }> {
  return groups.flatMap(([tag, words]) => words.split(' ').map((w) => ({ w, tag })));
}
/** Qualifiers before a number, longest first. */
const BEFORE = longestFirst(
  tagged<Approx>([
    [AT_MOST, '不超过 不高于 不多于 不到 不足 不过 低于 少于 最多 至多 最高 最高可达 最多可达 最高达 最多达 ≤ ＜ <'],
    [AT_LEAST, '不少于 不低于 超过 超出 高于 多于 至少 突破 超 逾 迈上 站上 跨上 跨入 迈入 ≥ ＞ >'],
    // 差不多 and 估计, a speaker's hedges (差不多3万吨, 估计有两三百人); 约为, 约有 are 约 before a copula (below).
    [APPROX, '大约 将近 接近 大概 差不多 估计 近 约 约合'],
  ]),
  ({ w }) => w,
); // longest first: 不低于 before 低于
/** The qualifiers by their last character (they end where the number starts). */
const BEFORE_INDEX = new WordIndex(BEFORE, 'end');
/** A rate word between a qualifier and its number: 不低于每亩600万元, 流量达每秒850立方米. */
const RATE_BETWEEN = /每(平方(米|公尺)|[亩人户吨秒])$/;
/**
 * A currency named before its number, the number then in 元: 新台币45亿元, 约人民币86亿元, 港币3000万元.
 * The money words of units.ts other than 元 itself; the qualifier before them still counts (约人民币86亿元).
 */
const CURRENCY_BEFORE = chineseUnitWords().filter(([w, u]) => u.kind === MONEY && !w.startsWith('元'));
/** The whole a share is of, between a qualifier and its number: 以不到全市2%的土地, 近全国三成. */
const SCOPE_BETWEEN = /全[国省市县区镇球]$|世界$/;
/** Qualifiers that reach across a SCOPE_BETWEEN word (not 高于/低于, which compare with the whole). */
const SCOPE_QUALIFIERS = /^(不[到足]|[将接]?近|约|超过?|逾)$/;
/** 约 and 近 inside words that are not qualifiers: 节约, 签约, 附近, 最近 ... */
const NOT_YUE = charSet('节签预制契条公规合婚履违毁践');
const NOT_JIN = charSet('最附临就邻靠亲贴');

const AFTER = tagged<Approx>([
  [APPROX, '左右 上下'],
  [AT_LEAST, '及以上 以上 有余 出头 多 余'],
  [AT_MOST, '以下 以内 之内'],
]);
/** The qualifiers after a figure by their first character. */
const AFTER_INDEX = new WordIndex(AFTER, 'start');
/** 多/余 followed by one of these is not a qualifier after the figure (多元, 余万, 多家). */
const NOT_MORE_BEFORE = charSet('元万亿个家人');
/** 一年多次, 一天多批: 多 before these counts times or batches, not "more than a year". */
const NOT_MORE_TIMES = charSet('次批季茬轮遍趟');
/** 内 after a duration or distance is "within" (3个月内, 5公里内), but not in 内资, 内容, 内部 ... */
const NOT_NEI = charSet('资容部地外陆蒙涵需生河湖销循');

/**
 * Change verbs that read as "upgrade/expand" (改造提升1.5万亩) or "speed up" (加快推进12个项目) with non-percent
 * figures: changes only for percent (增速加快0.4个百分点, 放缓0.6个百分点).
 */
const PERCENT_ONLY_CHANGE = /^(提[升高]|扩大|压缩|加快|放缓)$/;
const CHANGE = tagged<Change>([
  [
    INCREASE,
    '提升 提高 增长 增加 上升 上涨 增幅 扩大 攀升 同比增 环比增 多出 翻 增收 增加收入 延长 净增 加快 ' +
      // 年增4.2% / 年成长: Taiwan's year-on-year; 按年升: Hong Kong's; 上浮: a price or fee moved up from its standard.
      '年增 成长 按年升 按月升 同比升 上浮 ' +
      // 环比涨4.3%: a price bulletin's one-character rise; 上调, 上行: a rate or price set higher.
      '涨 涨幅 上调 上行 加价 ' +
      // 比去年同期多12个, 比去年同期高出35%: more than an earlier time (not 差不多3万, nor 比全省平均水平多4.2小时 or
      // 高出全市平均水平约40%, a comparison with another place).
      '多 多增 高出 ' +
      // 一亩地多卖三百多元, 每亩多赚500元: sold or earned for more than before.
      '多卖 多赚 多挣 多收 ' +
      // 较年初新增14.2万千瓦: new additions measured against an earlier time (新增就业1200人 alone is a count).
      '新增',
  ],
  [
    DECREASE,
    '净减 放缓 下降 减少 降低 缩减 下滑 回落 压缩 缩短 降幅 削减 消减 同比降 同比减 环比降 下跌 减 ' +
      // 年减18.4%, 衰退: Taiwan's; 按年跌: Hong Kong's; 下浮: a price or fee moved down from its standard.
      '衰退 按年跌 按月跌 同比跌 下浮 ' +
      // 同比跌11.4%: the one-character fall; 下调 (利率下调15个基点), 下行: a rate or price set lower.
      '跌 下调 下行 降价 ' +
      // 较上月少3家: fewer than an earlier time.
      '少',
  ],
]);
/** The change verbs by their last character (they end before the qualifier or number). */
const CHANGE_INDEX = new WordIndex(CHANGE, 'end');
/** 缩减, 消减, 削减, 递减 are words of their own; 减 alone after them is no change verb. */
const NOT_JIAN = charSet('缩消削递');

/** Characters after 年 that make it a date or a name (2023年底, 一年前, 三年级, 五年代). */
const AFTER_YEAR_DATE = charSet('前后初底末中度级代份龄轻终报鉴会货产');
/** Characters after 周 that make it a date (周年, 周岁, 周边, 周末). */
const AFTER_WEEK_WORD = charSet('年岁边末');
const DAYS_DEADLINE_AFTER = /^[以之]?内/;
/**
 * Verbs that take a list of things, each with its figure (新建道路12公里、桥梁3座), and one more joined to them (新建改造,
 * 新建和改造), with the clause after them up to the end. Not 建成, 培育: labels leave them out.
 */
const LIST_VERB = /((新[建增修]|储备|改造|铺设|设立|引进|带动|覆盖|惠及|承接|销售)(和?新建|和?改造)?)[^，；。：\n]*$/;
/** A term's word right before a number of 日 (公示期为, 期限, 为期), but not 日期 (a date). */
const DAYS_TERM_BEFORE = /(?<!日)期限?为?$/;
const MONTH_BEFORE = /[月号]\s*$|每月|本月|次月|当月/;
/** 眼 or 口 followed by one of these is an eye or a look (眼下, 眼前, 眼光) or a phrase (三口之家), not the counter of wells or ponds. */
const NOT_WELL_AFTER = charSet('下前光界里中睛镜看见神色熟红之');
/**
 * 期 counts sessions or issues (培训156期), 基 towers and pylons (新建铁塔96基, 水泥杆140余基), 孔 the bays of a sluice or
 * a bridge (节制闸共5孔) only after digits: 一期/二期 name a project's phases, 两基 and 三孔 are a slogan and a place, and
 * these make a word of them (期间, 期末, 期限; 基地, 基金, 基站, 基数).
 */
const NOT_QI_AFTER = charSet('间末限货望待满初中刊工项地金站数');
/** 公里 or 千米 right after 吨 or 人: the product unit of a transport turnover. */
const PER_KM = /^(公里|千米)/;
/** Basis points (下降46个基点, 低50BP): hundredths of a percentage point. */
const BASIS_POINT = /^个?(基点|(BPs?|bps?)(?![A-Za-z]))/;
/** Characters after 成 that make it a word (成立, 成为, 成本), not 三成 = 30%. */
const AFTER_CHENG_WORD = charSet('立为本果功效交绩员长熟型品都就片规套群批年人家像形');
/** What may follow the digit of 一成三 (= 13%): 一成三左右, 一成三以上, 一成三的. */
const AFTER_CHENG_DIGIT = charSet('左以上多的');
/** Words before a number that hide it: 第 (ordinal), 前 (rank/period), 每 (frequency), 周/星期 (weekday). */
const NOT_RANK_BEFORE_QIAN = charSet('目当此之以提空眼面向日年月天从');
/** 今年, 去年, 明年, 本年, 当年, 上年, 全年: before 前 they name the year whose first months follow. */
const THIS_OR_LAST = charSet('今去明本当上全');
/** A place's name after a numeral and a counter (德化县三班镇, 九龙村), not the thing counted (5个村, 三座村庄). */
const PLACE_AFTER_COUNT = /^(镇(?!区)|乡(?![镇村])|村(?![庄落民级])|街道|社区)/;
/** Verbs of moving up or down a ranking, right before the number of places. */
const RANK_MOVE = /([前后上]移|前进|后退|[上提跃晋]升|下[降滑])了?$/;
/** 110千伏的线路 still measures; 110千伏花园变电站 names a facility. */
const KV_MEASURE_AFTER = charSet('左以及的');
const QUOTE_OPEN = charSet('“"「');
const QUOTE_CLOSE = charSet('”"」');
const AND = charSet('和、与及');

const MONEY_CUE = /投资|资[金产]|产值|收入|营收|税收|(销售|成交|营业|[总金])额|融资|经费|利润|元/;

/** Clause delimiters for subjects; sentence ends for sentences. */
const CLAUSE_END = charSet(CLAUSE_MARKS);
const SENTENCE_END = charSet('。！？!?；;');

/**
 * Traditional text (Hong Kong, Macao, Taiwan) is read in simplified form, one character for one, so the
 * tables of words below serve both scripts and every offset stays an index into the original; a claim's
 * text, sentence and subject are given back as the original writes them.
 */
export function extractChineseClaims(text: string): Claim[] {
  const scan = toSimplifiedForEngine(text);
  if (scan === text) return extractSimplified(text);
  const restore = restoreScript(text, scan);
  return extractSimplified(scan).map((c) => ({
    ...c,
    text: text.slice(c.start, c.end),
    subject: restore(c.subject),
    sentence: restore(c.sentence),
  }));
}

function extractSimplified(text: string): Claim[] {
  const out: Claim[] = [];
  lastSentence = { start: -1, end: -1, text: '' };
  // Kept here as well as in `tables`: the figures under unit headers read their cells with this same
  // function, which resets `tables` for each cell.
  const rows = tableRows(text);
  tables = rows;
  yuanCurrency = text.includes('台币') && !text.includes('人民币') ? 'TWD' : undefined;
  // A text that counts in Taiwan's dollars dates in its years too (115年目標 with no 115年11月 in the article).
  rocYears = ROC_DATE.test(text) || !!yuanCurrency;
  const n = text.length;
  for (let s = 0; s < n; ) {
    if ((CHAR_BITS[codeAt(text, s)] & START) === 0) {
      s++;
      continue;
    }
    const next = scanAt(text, s, out);
    s = next > s ? next : s + 1;
  }
  if (rows.length) {
    const fromHeaders = figuresUnderUnitHeaders(rows, out);
    if (fromHeaders.length) return [...out, ...fromHeaders].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** A number said as a word (半, 一半, 百亿) at s, `length` characters long (its flags left out: false). */
function wordToken(s: number, length: number, value: number): NumberToken {
  return { start: s, end: s + length, value, chinese: true, arabic: false, intDigits: 0 };
}

/** Tries a claim at s; pushes it and returns where to continue. */
function scanAt(text: string, s: number, out: Claim[]): number {
  const c0 = codeAt(text, s);
  // Currency symbols before a number: $20, ￥300.
  if (c0 === 36 || c0 === 0xffe5 || c0 === 0xa5 || c0 === 0x20ac) {
    if (!isAsciiDigit(codeAt(text, s + 1))) return s + 1;
    const tok = readNumber(text, s + 1);
    if (!tok || tok.dotted || tok.leadingZero) return tok ? tok.end : s + 1;
    const unit = c0 === 36 ? 'USD' : c0 === 0x20ac ? 'EUR' : 'CNY';
    return emit(text, s, tok, pending(tok.end, tok.value, unit, tok.more), out);
  }
  const prev = codeAt(text, s - 1);
  // 半个工作日, 半天, 半小时: half a unit of time (not 上半年, 下半月, 大半天, which are periods or vague); 半年 only as a
  // deadline (半年内拿出方案), since 半年 alone is mostly a period (半年来, 半年报).
  if (c0 === 0x534a /* 半 */) {
    if (inSet(NOT_HALF_AFTER, prev)) return s + 1;
    const half = wordToken(s, 1, 0.5);
    const u = matchUnit(text, s + 1, half);
    if (!u || u.kind !== DURATION || u.reject || (u.code === 'year' && !DAYS_DEADLINE_AFTER.test(textAfter(text, u.end, 2)))) return s + 1;
    return emit(text, s, half, pending(u.end, 0.5, u), out);
  }
  const next = codeAt(text, s + 1);
  // 数十家, 几十个, 上百人: vague magnitudes, not figures.
  // 数 before digits ends a word (就业人数3,450人, 户数120户): vague only before numerals (数十家).
  if ((inSet(VAGUE_BEFORE, prev) && !isAsciiDigit(c0)) || (prev === 0x4e0a /* 上 */ && isRoundNumeral(c0))) return skipNumeralRun(text, s);
  // 近一半, 超过一半, 一半以上, 缩短了一半: half as a share where a qualifier or 了 makes it a measure (not 一半是…).
  if (c0 === 0x4e00 /* 一 */ && next === 0x534a && (inSet(HALF_SHARE_AFTER, prev) || wordAt(text, '以上', s + 2)))
    return emit(text, s, wordToken(s, 2, 50), pending(s + 2, 50, PERCENT), out);
  // 百亿级产业集群, 千亿元: a class of money said with a bare multiplier (not 百亿产业, a name).
  if ((c0 === 0x767e /* 百 */ || c0 === 0x5343) /* 千 */ && next === 0x4ebf /* 亿 */ && /[级元]/.test(text[s + 2]!)) {
    const cls = text[s + 2] === '级';
    const value = c0 === 0x767e ? 1e10 : 1e11;
    return emit(text, s, wordToken(s, 2, value), pending(s + (cls ? 2 : 3), value, 'CNY', cls), out);
  }
  // A bare 百/千/万 starts a number only in 百分之/千分之/万分之.
  // After 逾/超/近/过 a bare 百/千/万 is a round figure: 逾百家 (over 100 companies), 近千人, 逾万人.
  // 百余家, 千余人, 百多名, 万余名 are "over 100" too.
  const fractionWord = wordAt(text, '分之', s + 1);
  if (
    inSet(BARE_MULTIPLIER, c0) &&
    !fractionWord &&
    !(isRoundNumeral(c0) && (inSet(ROUND_BEFORE, prev) || next === 0x4f59 /* 余 */ || next === 0x591a) /* 多 */)
  )
    return s + 1;
  // Capital numerals (壹贰叁肆伍陆柒捌玖拾) are also ordinary characters (登陆, 拾起, 队伍); alone they are words.
  if (inSet(CAPITAL, c0) && !isChineseNumeralChar(next) && !isChineseNumeralChar(prev) && !fractionWord) return s + 1;
  // 逾万人, 万余名: a bare 万 let through above is 10,000.
  const first = readNumber(text, s, c0 === 0x4e07 /* 万 */);
  if (!first) return s + 1;
  let tok = joinBrokenNumber(text, first);
  const skip = tok.end;
  // Products like 7×24小时 name a service schedule, not a figure.
  if (inSet(TIMES, prev) || inSetAt(TIMES, text, tok.end)) return skipNumeralRun(text, tok.end + 1);
  // Glued to Latin letters or a code (5G is handled by the unit check; G60, A3, COVID-19 here).
  if (isLatin(prev) || prev === 95 /* _ */) return skip;
  if ((prev === 45 || prev === 46) && (isLatin(codeAt(text, s - 2)) || isAsciiDigit(codeAt(text, s - 2)))) return skip;
  // Digit-by-digit numerals are years or names (二〇二三, 十四五), unless they are a pair said for a range with its
  // unit (三四成, 两三百元); 二三十 is a vague "twenty or thirty".
  if (tok.sequence) return emitPaired(text, s, out) || skipNumeralRun(text, tok.end);
  if (tok.dotted || tok.leadingZero) return skip;
  // A lone 零 is a word: 零部件, 零距离, 零超时.
  if (tok.chinese && tok.value === 0 && !tok.fraction) return skip;
  if (tok.arabic && !tok.multiplied && tok.intDigits >= 9 && !/[,，]/.test(text.slice(s, tok.end))) return skip;
  if (prevNonSpace(text, s) === 0x7b2c /* 第 */) return skipOrdinalList(text, tok.end);
  // The minutes of a clock time or the second term of a ratio (08:35, 1：1): never a figure of their own.
  if ((prev === 0x3a /* : */ || prev === 0xff1a) /* ： */ && isAsciiDigit(codeAt(text, s - 2))) return skip;
  if (tok.fraction) return emitFraction(text, s, tok, out);
  // Speech puts a word between a numeral and its multiplier: 两个多亿, 三个亿 (个, and 多, before 亿, which no count
  // has); 六百来万元 (来, about, after a round number, as in 二百来户 below).
  const spoken = /^(个多?亿|来[万亿])/.exec(textAfter(text, tok.end, 3))?.[0];
  const saidWithGe = spoken?.[0] === '个';
  let about = !!spoken && !saidWithGe && isRound(text, tok); // spoken is then 来万 or 来亿
  if (about || saidWithGe)
    tok = { ...tok, end: tok.end + spoken!.length, value: tok.value * trailingMultiplier(spoken!), multiplied: true, more: tok.more || spoken!.length > 2 };

  // Range: 10至20亩, 10-20亩, 3.5～4亿元 (unit after the second number), or 10%-20% (a unit on each).
  let unitPos = skipSpaces(text, tok.end, 4);
  // A table row's last cell takes no unit from the lines below it (2,312,480 / 单位：亩), nor a cell from the next
  // one (a row's number before its name: 4\t张陆湾村, 1\t元谋县…).
  const gap = text.slice(tok.end, unitPos);
  if (gap.includes('\t') || (gap.includes('\n') && tableRowAt(tables, tok.start))) unitPos = tok.end;
  let high: NumberToken | null = null;
  let u = matchUnit(text, unitPos, tok);
  // 二百来户, 十来天, 30来家: 来 between a round number and its unit is "about".
  if (!u && codeAt(text, tok.end) === 0x6765 /* 来 */ && isRound(text, tok)) {
    u = matchUnit(text, tok.end + 1, tok);
    about = u !== null;
  }
  // The range's unit is after its second number (10至20亩), or on each number, repeated (10%-20%): 提高2.1个百分点至77.6%
  // is a change and the level it reached, not a range.
  const r = rangeAt(text, u ? afterInclusive(text, u.end) : tok.end, /[+＋]/.test(text.charAt(s - 1)));
  const u2 = r && matchUnit(text, skipSpaces(text, r.end, 4), r);
  if (u2 && (!u || u2.word === u.word)) {
    high = r;
    u = u2;
  }
  // 分别高于全国、全省1.6和0.6个百分点, 分别为3.2、4.5亿元: a bare figure listed before one with a measure takes its
  // unit (not counts or durations, whose lists are names or dates: 1、2号地块, 2023、2024年).
  const and = codeAt(text, tok.end);
  if (!u && tok.arabic && (and === 0x548c /* 和 */ || and === 0x3001) /* 、 */ && isAsciiDigit(codeAt(text, tok.end + 1))) {
    const t2 = readNumber(text, tok.end + 1);
    const u2 = t2 && !t2.dotted && matchUnit(text, t2.end, t2);
    if (u2 && !u2.reject && u2.kind !== COUNT && u2.kind !== DURATION) {
      const value = tok.value * (tok.multiplied ? 1 : trailingMultiplier(text.slice(t2!.start, t2!.end))) * u2.factor;
      return emit(text, s, tok, pending(tok.end, value, u2), out);
    }
  }
  if (!u) {
    // 万/亿 figures stand alone (常住人口35.2万, 投资1.2亿): a count, or money when the clause names money; 亿 said
    // with 个 (三个亿, 一个多亿) is always money.
    if (!tok.multiplied || !inSetAt(MULTIPLIER_END, text, tok.end - 1) || tok.value < 1e4) return skip;
    const plus = codeAt(text, tok.end);
    // 阅读 10万+ (page chrome); 算力5.8万P, 带宽80万G: glued to letters, in a unit this engine does not know (as 5G).
    if (plus === 0x2b || plus === 0xff0b || isLatin(plus)) return skip;
    const before = textBefore(text, s, 12);
    const unit = MONEY_CUE.test(before) || saidWithGe ? 'CNY' : /人[口数]|就业|游客|客流/.test(before) ? 'person' : COUNT;
    u = unitMatch(unit, tok.end, '');
  }
  if (u.reject) return u.end; // (past skip: a unit ends after the number)
  // (roundSig: 三毛钱 is 0.3, not 3 × 0.1 = 0.30000000000000004.)
  let value = roundSig(tok.value * u.factor);
  let range: { low: number; high: number } | undefined;
  if (high) {
    let low = tok.value;
    // "10-20万元": the multiplier written once applies to both ends.
    const mult = trailingMultiplier(text.slice(high.start, high.end));
    if (mult > 1 && !tok.multiplied) low *= mult;
    value = roundSig(low * u.factor);
    range = { low: value, high: roundSig(high.value * u.factor) };
    if (tok.end - s === 4 && u.code === 'year' && tok.arabic) return u.end; // 2023-2025年
  }
  return emit(text, s, tok, pending(u.end, value, u, tok.more || u.more, range, about), out, high);
}

/**
 * Past a bound's （含） or （不含） (5000万元（含）至2亿元, 10亿元（含）以上), which says whether the bound itself belongs,
 * or a counter's alternative in brackets (平台10台（艘）以上, 设备20台（套）), or 范围 (the range around: 15公里范围内).
 */
function afterInclusive(text: string, p: number): number {
  const m = INCLUSIVE.exec(textAfter(text, p, 5));
  return m ? p + m[0].length : p;
}
// [一-鿿] in this file's patterns is the CJK block U+4E00–U+9FFF written as its characters: half the bytes of its escapes.
const INCLUSIVE = /^([（(](不?含|[一-鿿])[）)]|范围)/;

/** A number that ends in a round place (二百, 十, 三千, 30), as 来 (about) follows. */
function isRound(text: string, tok: NumberToken): boolean {
  if (tok.more || tok.fraction || tok.sequence) return false;
  if (tok.chinese) return '十百千万'.includes(text[tok.end - 1]!); // (its last character)
  return tok.value >= 10 && tok.value % 10 === 0; // (a multiple of ten is an integer)
}

/** A pair of numerals for a range with its unit (三四成, 两三百元, 十五六万元; see readPairedNumeral), or 0. */
function emitPaired(text: string, s: number, out: Claim[]): number {
  const pair = readPairedNumeral(text, s);
  // 第三四名, 第二三批: places and batches, ordinals as much as 第三名.
  if (!pair || prevNonSpace(text, s) === 0x7b2c /* 第 */) return 0;
  const token = (value: number): NumberToken => ({ ...wordToken(s, pair.end - s, value), multiplied: pair.high - pair.low > 1 });
  const low = token(pair.low);
  const u = matchUnit(text, pair.end, low);
  if (!u || u.reject) return 0;
  const range = { low: roundSig(pair.low * u.factor), high: roundSig(pair.high * u.factor) };
  return emit(text, s, low, pending(u.end, range.low, u, u.more, range), out, token(pair.high));
}

interface UnitMatch {
  code: string;
  kind: string;
  end: number;
  word: string;
  /** Multiply the number by this (三成 → ×10 percent). */
  factor: number;
  more?: boolean;
  reject?: boolean;
}

/**
 * A unit match from its parts (a function rather than object literals, whose keys the minifier writes at each one), its
 * kind the unit table's for its code (every match is in a unit of the table).
 */
function unitMatch(code: string, end: number, word: string, factor = 1, more?: boolean): UnitMatch {
  return { code, kind: unitInfo(code)!.kind, end, word, factor, more };
}

/**
 * A figure broken by a line break (PDF, e-paper, hard-wrapped text): its multiplier on the next line
 * (46 / 亿元, 近3 / 万人次), or, after a single line break ending a long line, its remaining digits
 * (12 / 8.6万平方米); or its multiplier after one space, as text pasted from Word spaces its figures
 * (建成高标准农田 186.4 万亩). Returns the token read across the break, with offsets in the text.
 */
function joinBrokenNumber(text: string, tok: NumberToken): NumberToken {
  const brk = skipSpaces(text, tok.end, 4);
  if (brk === tok.end || tok.sequence || tok.fraction) return tok;
  const gap = text.slice(tok.end, brk);
  const c = text[brk];
  const multiplier = c === '万' || c === '亿';
  if (!gap.includes('\n') && !(multiplier && tok.arabic && gap.length === 1)) return tok;
  if (!multiplier) {
    if (!tok.arabic || !isAsciiDigit(codeAt(text, brk)) || gap.split('\n').length !== 2) return tok;
    const lineStart = text.lastIndexOf('\n', tok.start - 1);
    if (tok.start - lineStart < 15 || matchUnit(text, tok.end, tok)) return tok;
  }
  const cut = tok.end - tok.start;
  const joined = text.slice(tok.start, tok.end) + textAfter(text, brk, 40);
  const j = readNumber(joined, 0);
  if (!j || j.end <= cut || j.sequence) return tok;
  const end = brk + (j.end - cut);
  if (!multiplier && !matchUnit(text, skipSpaces(text, end, 4), j)) return tok;
  return { ...j, start: tok.start, end };
}

// (The loops below need no bound at the text's ends: codeAt there is NaN, which no character test accepts.)
function skipNumeralRun(text: string, p: number): number {
  let q = p;
  while (isChineseNumeralChar(codeAt(text, q)) || isAsciiDigit(codeAt(text, q))) q++;
  return q;
}

function skipSpaces(text: string, p: number, max: number): number {
  let q = p;
  while (q - p < max && isSpace(codeAt(text, q))) q++;
  return isSpace(codeAt(text, q)) ? p : q;
}

/**
 * The end of an ordinal's list or range: 第3、4名, 第一、二名, 第3至5位 are places, the numbers after the
 * first as much as the first.
 */
function skipOrdinalList(text: string, end: number): number {
  for (;;) {
    const range = rangeAt(text, end);
    const listed = !range && inSetAt(AND, text, end) ? readNumber(text, end + 1) : null;
    const next = range ?? (listed && !listed.sequence ? listed : null);
    if (!next) return end;
    end = next.end;
  }
}

/** The code of the last non-space character before s (NaN, no character's, at the text's start). */
function prevNonSpace(text: string, s: number): number {
  let q = s - 1;
  while (isSpace(codeAt(text, q))) q--;
  return codeAt(text, q);
}

function trailingMultiplier(s: string): number {
  if (/万亿$/.test(s)) return 1e12;
  if (/亿$/.test(s)) return 1e8;
  if (/万$/.test(s)) return 1e4;
  return 1;
}

/** A range connector and a second number right after p; `plus`: the first number carries a plus sign. */
function rangeAt(text: string, p: number, plus?: boolean): NumberToken | null {
  const c = codeAt(text, p);
  let q = p + 1;
  if (c === 0x81f3 /* 至 */ || c === 0x5230 /* 到 */) q = skipSpaces(text, q, 2);
  else if (c === 0x2014 /* — */) {
    if (codeAt(text, q) === 0x2014) q++;
  } else if (!(c === 0x2d /* - */ || c === 0xff0d /* － */ || c === 0x7e /* ~ */ || c === 0xff5e /* ～ */ || c === 0x2013) /* – */) return null;
  // An elevation's sign: 开采标高+110米至+286米 (the first number's sign stays outside the span, as a minus does). Only
  // after a first number signed so: -2%至+3% changes sign, no range of 2% to 3%.
  if (plus && /[+＋]/.test(text.charAt(q))) q++;
  const c2 = codeAt(text, q);
  if (!(isAsciiDigit(c2) || inSet(SINGLE_NUMERAL, c2))) return null;
  const t = readNumber(text, q);
  if (!t || t.sequence || t.dotted || t.leadingZero || t.fraction) return null;
  return t;
}


/** The `n` characters of `text` before `at` (fewer at its start). */
function textBefore(text: string, at: number, n: number): string {
  return text.slice(Math.max(0, at - n), at);
}

/** The `n` characters of `text` from `at` (fewer at its end). */
function textAfter(text: string, at: number, n: number): string {
  return text.slice(at, at + n);
}

/** `text.startsWith(word, at)`, as a call: the scan asks it some twenty times, and a call minifies to a third of the method's. */
function wordAt(text: string, word: string, at: number): boolean {
  return text.startsWith(word, at);
}

/** `word` ends at `end` in `text` (and starts inside it). */
function wordEndsAt(text: string, word: string, end: number): boolean {
  return end >= word.length && wordAt(text, word, end - word.length);
}

function matchUnit(text: string, p: number, tok: NumberToken): UnitMatch | null {
  const c = codeAt(text, p);
  const next = codeAt(text, p + 1);
  // 三成 = 30%, 九成以上 (a tenth, only for numbers up to ten, not 成立/成为/成本 ...). A percent written with a word of its
  // own (成, 基点) matches with `factor` percent to each of the number's units.
  // (一成不变, "never changing", is an idiom.)
  if (c === 0x6210 /* 成 */ && tok.value <= 10 && !inSet(AFTER_CHENG_WORD, next) && !wordAt(text, '不变', p + 1)) {
    if (next === 0x534a /* 半 */) return unitMatch(PERCENT, p + 2, '成半', 10 + 5 / (tok.value || 1));
    // 一成三 = 13%: a digit of percent after 成 (not 八成一线员工, where the numeral starts a word).
    const d = isChineseNumeralChar(next) ? digitValue(next) : -1;
    if (d > 0 && tok.value >= 1 && !(isCjk(codeAt(text, p + 2)) && !inSetAt(AFTER_CHENG_DIGIT, text, p + 2)))
      return unitMatch(PERCENT, p + 2, '成', 10 + d / tok.value);
    return unitMatch(PERCENT, p + 1, '成', 10);
  }
  const bp = BASIS_POINT.exec(textAfter(text, p, 6));
  // BP is a basis point only after digits (五十BP is no figure anyone writes).
  if (bp && (tok.arabic || bp[0].endsWith('点'))) return unitMatch(PERCENT, p + bp[0].length, '基点', 0.01);
  // 两千块钱, 3毛钱, 5分钱: the spoken yuan, jiao and fen (块 alone counts pieces: 1.2万块光伏板; 分 alone is a score;
  // 十分 is "very", 十分钱紧).
  const spoken = text[p + 1] === '钱' ? '分角毛块'.indexOf(text[p]) : -1;
  if (spoken > 0 || (spoken === 0 && !(tok.chinese && tok.value === 10))) return unitMatch('CNY', p + 2, '元', [0.01, 0.1, 0.1, 1][spoken]);
  const list = UNIT_INDEX.get(c);
  if (!list) return null;
  for (const unit of list) {
    if (!startsWithUnit(text, unit, p)) continue;
    const { w, u } = unit;
    const end = p + w.length;
    const after = codeAt(text, end);
    // Latin units must end at a word boundary: 5G技术 has no unit, 20km2 does.
    if (unit.latinEnd && (isLatin(after) || isAsciiDigit(after))) continue;
    // 眼 counts wells and springs (机井215眼), 口 wells and ponds (水塘24口), only right after the number, never in
    // 眼下, 眼前, 眼光, 三口之家 ...; 三次产业 is the three sectors of the economy, not three times.
    if ((w === '眼' || w === '口') && (p !== tok.end || inSet(NOT_WELL_AFTER, after))) continue;
    // 二次分红, 二次供水, 二次开发: 二 alone before 次 and a noun is "second-round", "secondary" (two times is 两次).
    if (w === '次' && (wordAt(text, '产业', end) || (p === tok.start + 1 && text[tok.start] === '二' && isCjk(after)))) continue;
    // 三班倒, 两班倒: the shift system (work turned over in three shifts), not a count of shifts; a counter before 式
    // names a design (三格式化粪池, a septic tank of three chambers; 两段式), not a count.
    if (after === 0x5f0f /* 式 */ || (w === '班' && after === 0x5012 /* 倒 */)) continue;
    if (/[期基孔]/.test(w) && (!tok.arabic || inSet(NOT_QI_AFTER, after))) continue;
    // 日 after a number is a day of the month (9月23日, 每月15日前); it is a span of days only as a deadline
    // (30日内, 15日以内, 之日起60日之内) or a term (公示期为30日, 为期15日; not 日期为15日) written right after the
    // number and not after 月.
    if (
      w === '日' &&
      (p !== tok.end ||
        !(DAYS_DEADLINE_AFTER.test(textAfter(text, end, 2)) || DAYS_TERM_BEFORE.test(textBefore(text, tok.start, 4))) ||
        MONTH_BEFORE.test(textBefore(text, tok.start, 2)))
    )
      continue;
    // The spec's energy code is kWh, and GWh none of its codes: 5GWh is 5,000,000 kWh, as en.ts reads it.
    const m = u.code === 'GWh' ? unitMatch('kWh', end, w, 1e6) : unitMatch(u.code, end, w, 1, unit.more);
    // 亿吨公里, 万人公里: freight and passenger turnover (tonne- and passenger-kilometres), no weight or head count.
    if ((w === '吨' || w === '人') && PER_KM.test(textAfter(text, end, 2))) m.reject = true;
    // 5000吨级码头, 10万吨级泊位: a ship's or berth's class, the class word with it.
    if (w === '吨' && after === 0x7ea7 /* 级 */) m.end = end + 1;
    if (u.code === 'year') {
      // 2023年 (a date), 一年前, 三年级: a date or a name.
      if (tok.arabic && tok.intDigits >= 3 && tok.value >= 1000) m.reject = true;
      // Taiwan dates years from 1912 (民国113年 = 2024): 113年11月6日 is a date, and in a text that writes such
      // dates every 1xx年 is a year (112年农业产值), not 112 years.
      else if (tok.arabic && tok.intDigits === 3 && !tok.multiplied && tok.value < 200 && (rocYears || /^\d{1,2}月/.test(textAfter(text, end, 3)))) m.reject = true;
      else if (inSet(AFTER_YEAR_DATE, after)) m.reject = true;
      // 赤乌八年（245年）, 民国二十六年（1937年）: an era's year and, in brackets, the calendar year it was; both dates.
      else if (/^[（(]\d{1,4}年[）)]/.test(textAfter(text, end, 8)) || (/年[（(]$/.test(textBefore(text, tok.start, 2)) && /^[）)]/.test(textAfter(text, end, 1)))) m.reject = true;
    } else if (u.code === 'week' && inSet(AFTER_WEEK_WORD, after)) {
      m.reject = true;
    } else if (w === '个' && wordAt(text, '季度', end) && !(tok.chinese && tok.value === 1)) {
      // 两个季度: two quarters, six months (一季度, 第三季度 without 个 are periods).
      return unitMatch('month', end + 2, '个季度', 3);
    } else if (w === '个' && after === 0x534a /* 半 */ && (wordAt(text, '月', end + 1) || wordAt(text, '小时', end + 1))) {
      // 两个半月 = 2.5 months
      const isMonth = codeAt(text, end + 1) === 0x6708 /* 月 */;
      return unitMatch(isMonth ? 'month' : 'hour', end + (isMonth ? 2 : 3), '个半', 1 + 0.5 / (tok.value || 1));
    } else if (w === '平方' && isCjk(after) && after !== 0x7c73 /* 米 */) {
      continue;
    }
    // 一年半, 两米半, 三吨半: a trailing half.
    if (after === 0x534a /* 半 */ && /^(duration|length|weight|area)$/.test(u.kind)) {
      m.end = end + 1;
      m.factor = 1 + 0.5 / (tok.value || 1);
    }
    // Rates: 元/亩, 万元/亩, 元/平方米, 元每吨.
    if (u.kind === MONEY) {
      const sep = codeAt(text, m.end);
      if (sep === 0x2f /* / */ || sep === 0xff0f /* ／ */ || sep === 0x6bcf /* 每 */) {
        const per = matchUnit(text, m.end + 1, { ...tok, value: 2, arabic: true, chinese: false });
        if (per && !per.reject && RATE_DENOMINATORS.has(per.code)) {
          return { ...m, code: rateUnit(u.code, per.code), end: per.end };
        }
      }
    }
    return m;
  }
  // 1.5亿度, 3200万度: 度 right after 万/亿 is a kilowatt-hour (no angle or temperature runs to ten thousand degrees,
  // so 坡度15度 stays an angle).
  return c === 0x5ea6 /* 度 */ && inSetAt(MULTIPLIER_END, text, p - 1) ? unitMatch('kWh', p + 1, '度') : null;
}

/** A figure read at emit's `s`, up to `end`. */
interface Pending {
  end: number;
  value: number;
  unit: string;
  /**
   * 多 or 余 inside the figure (两个多亿, 一个多月) makes it a floor, as does 级 after 百亿; left out when neither does (the
   * `more` of a number token and of a unit match, which it takes).
   */
  more?: boolean;
  /** 来 between the number and its unit (二百来户): about. */
  about?: boolean;
  range?: { low: number; high: number };
  unitInfo?: UnitMatch;
}

/**
 * A figure read at emit's `s`, its unit a code or the unit match that names it. (A call in place of an object literal
 * at each of emit's callers, whose keys the minifier writes out at each.)
 */
function pending(end: number, value: number, unit: string | UnitMatch, more?: boolean, range?: Pending['range'], about?: boolean): Pending {
  const match = typeof unit === 'string' ? undefined : unit;
  return { end, value, unit: match?.code ?? (unit as string), unitInfo: match, more, range, about };
}

function emitFraction(text: string, s: number, tok: NumberToken, out: Claim[]): number {
  const f = tok.fraction!;
  let value: number;
  let unit = PERCENT;
  if (f.den === 100) value = f.num;
  else if (f.den === 1000) {
    value = f.num;
    unit = 'permille';
  } else if (f.den === 10000) value = f.num / 100;
  else value = roundSig((f.num / f.den) * 100);
  return emit(text, s, tok, pending(tok.end, value, unit), out);
}

function emit(text: string, s: number, tok: NumberToken, p: Pending, out: Claim[], high?: NumberToken | null): number {
  const end = p.end; // (where the figure and its unit end, read once: its many returns skip to it)
  const word = p.unitInfo?.word;
  // (Every figure is in a unit of the table, the unit match's kind that unit's: a currency symbol's, 一半's, 百亿元's or a
  // fraction's, emitted without a match, too.)
  const kind = unitInfo(p.unit)!.kind;
  // 一吨半 is a measure (1.5 t), not an article.
  const c0 = codeAt(text, s);
  const singleNumeral = tok.chinese && !tok.multiplied && tok.end - s === 1 && !high;
  const bareOne = singleNumeral && (c0 === 0x4e00 /* 一 */ || c0 === 0x58f9) /* 壹 */ && p.value === tok.value;

  // Qualifier before (skipping spaces and a line break, and a rate word: 不低于每亩600万元).
  let q = s;
  while (isSpace(codeAt(text, q - 1)) && s - q < 4) q--; // (no bound: codeAt(text, -1) is NaN, no space)
  let qq = q;
  let currency: string | undefined;
  if (kind === MONEY && word === '元') {
    const named = CURRENCY_BEFORE.find(([w]) => wordAt(text, w, q - w.length));
    if (named) {
      currency = named[1].code;
      qq = q - named[0].length;
    }
  }
  const rate = RATE_BETWEEN.exec(textBefore(text, qq, 5));
  if (rate) qq -= rate[0].length;
  // (Every scope word is two characters long.)
  const scoped = qq === q && kind === PERCENT && SCOPE_BETWEEN.test(textBefore(text, q, 2));
  if (scoped) qq -= 2;
  let approx: Approx = EXACT;
  let qualStart = currency ? qq : q;
  let befores = BEFORE_INDEX.at(text, qq);
  // 大概是3亿元, 差不多有40家, 约为12%, 突破了260亿元, 最高为500万元: a copula or 了 between a qualifier and its number
  // (no qualifier ends in one); 差不多只有两块钱, 大概只是三成: 只 before the copula leaves the hedge a hedge.
  if (!befores.length && /[是有为在了]/.test(text[qq - 1])) befores = BEFORE_INDEX.at(text, (qq -= text[qq - 2] === '只' ? 2 : 1));
  for (const { w, tag } of befores) {
    if (wordEndsAt(text, w, qq)) {
      const before = codeAt(text, qq - w.length - 1);
      if (w[0] === '约' && inSet(NOT_YUE, before)) continue;
      if (w === '近' && inSet(NOT_JIN, before)) continue;
      if (scoped && !SCOPE_QUALIFIERS.test(w)) continue;
      approx = tag;
      qualStart = qq - w.length;
      break;
    }
  }
  // 最高补助3000万元, 最高可奖励50万元: a ceiling said before the subsidy's verb.
  const ceiling = approx === EXACT && kind === MONEY && CEILING_BEFORE.exec(textBefore(text, qq, 14));
  if (ceiling) {
    approx = AT_MOST;
    qualStart = qq - ceiling[0].length;
  }
  // 至少完成过1项, 至少需要3名: a floor said before the verb.
  const floor = approx === EXACT && AT_LEAST_BEFORE.exec(textBefore(text, qq, 5));
  if (floor) {
    approx = AT_LEAST;
    qualStart = qq - floor[0].length;
  }
  // 不低于省下达的142.3万亩, 不少于合同约定的30%, 不足年度计划的60%, 未达到约定指标80%: a bound whose figure another
  // body sets, named between them; 按照不低于保费15%的比例, a share of a named whole, says its 的 after the figure.
  if (approx === EXACT) {
    // (That 的 is read as if it stood before the figure, where the bound's pattern ends.)
    const shareOf = +wordAt(text, '的比例', end);
    const bound = BOUND_OF_SET_FIGURE.exec(textBefore(text, qq, 16) + (shareOf ? '的' : ''));
    if (bound) {
      // (不低于, 不少于: the bound's second character.)
      approx = '低少'.includes(bound[0][1]!) ? AT_LEAST : AT_MOST;
      qualStart = qq - bound[0].length + shareOf;
    }
  }
  // 最高单日通行2150辆次, 单日最高接待游客4.2万人次: the peak of a day or month bounds the figures of every other.
  if (approx === EXACT && PEAK.test(textBefore(text, qq, 12))) approx = AT_MOST;
  // 约占全国的三成, 约占全省五分之一: a share "about" a fraction of a whole; 约为注销数的2倍, a multiple of one.
  if (approx === EXACT && (kind === PERCENT || p.unit === 'times')) {
    if (clauseBefore(text, q, ABOUT_SHARE, 14)) approx = APPROX;
  }
  const atEnd = codeAt(text, end);
  // 一年内 (a deadline), 一个多月 and 一年多 (more than a month, a year; not 一年多次, several times a year) are figures
  // even with a bare 一.
  const moreThanOne = (atEnd === 0x591a /* 多 */ || atEnd === 0x4f59) /* 余 */ && !inSetAt(NOT_MORE_TIMES, text, end + 1);
  if (bareOne && approx === EXACT && !p.more && !(kind === DURATION && (atEnd === 0x5185 /* 内 */ || wordAt(text, '以内', end) || moreThanOne))) return end;

  // Rank and period: 前三名, 前10个月, 首10个月 (the first ten months, as Hong Kong writes it), 排名后3位, but 目前3家,
  // 提前3天, 此后3年 are fine.
  const beforeQ = codeAt(text, q - 1);
  // (年前 is "years ago", but 今年前5个月, 去年前三季度 are this and last year's first months.)
  const agoOrBefore = inSetAt(NOT_RANK_BEFORE_QIAN, text, q - 2) && !(codeAt(text, q - 2) === 0x5e74 /* 年 */ && inSetAt(THIS_OR_LAST, text, q - 3));
  // The first years or months of a waiver, or of a share of revenue, are its term, a figure: 前2年免收租金, 租金全免,
  // 免费提供前6个月的办公场地, 前5年全部返还, 前3年景宁的分成比例 (a rent halved, 前三年厂房租金减半, is not: a discount).
  if ((kind === COUNT || kind === DURATION) && (beforeQ === 0x524d /* 前 */ || (beforeQ === 0x540e /* 后 */ && (word === '位' || word === '名'))) && !agoOrBefore && !(kind === DURATION && /免[费收征租]|全免|返还|分成/.test(textBefore(text, q, 5) + textAfter(text, end, 6)))) return end;
  if (kind === DURATION && beforeQ === 0x9996 /* 首 */) return end;
  // A move in a ranking (前移3位, 排名上升5位, 提升了2个位次) counts places, not people: ranks are no claims.
  if ((word === '位' || (word === '个' && wordAt(text, '位次', end))) && RANK_MOVE.test(textBefore(text, q, 4))) return end;
  // 树龄超过40年, 房龄20年以上: the age of a tree or a building (…龄, as a person's age in 岁), not a span of time.
  if (kind === DURATION && codeAt(text, qualStart - 1) === 0x9f84 /* 龄 */) return end;
  // （共印40份）: the print run in a document's distribution footer (版记), not a figure of the text.
  if (word === '份' && wordAt(text, '共印', q - 2)) return end;
  // Frequency and weekdays: 每3年, 周一; the one person a rate is paid for (每留用1人给予3000元, 每吸纳1名).
  if (beforeQ === 0x6bcf /* 每 */ || beforeQ === 0x5468 /* 周 */ || wordAt(text, '星期', q - 2) || (p.value === 1 && p.unit === 'person' && PER_ONE.test(textBefore(text, q, 3)))) return end;

  if (singleNumeral) {
    // Idioms of two single numerals one character apart: 三天两头, 三番五次, 千方百计.
    const b = codeAt(text, s - 1);
    if (inSetAt(SINGLE_NUMERAL, text, s - 2) && isCjk(b) && !inSet(SINGLE_NUMERAL, b)) return end;
    // (Not 成: 八成一线员工 is eight tenths of the front-line workers.)
    if (inSet(SINGLE_NUMERAL, atEnd) && isCjk(codeAt(text, end + 1)) && end - s === 2 && word !== '成') return end;
  }
  if (kind === COUNT && tok.chinese) {
    if (word !== '个' && PLACE_AFTER_COUNT.test(textAfter(text, end, 2))) return end;
    // 二至五层层高6米, 六层及以上各层层高4.5米: floors named by their numbers, whose height or use follows, not a count of
    // storeys (厂房最高18层, 建设4层以上厂房 still count).
    if (word === '层' && /^(层高|及?以[上下]各层)/.test(textAfter(text, end, 6))) return end;
    // 十八届人大三次会议, 十二届五次全会: a congress's session, numbered within its term (届), is no count of meetings.
    if (word === '次' && /届[^时]{0,3}$/.test(textBefore(text, s, 4))) return end;
    // Slogans: a counter followed by a quotation (三个“一批”), or a count inside a short quotation (“三块地”).
    if (inSet(QUOTE_OPEN, atEnd)) return end;
    if (insideShortQuote(text, s, end)) return end;
    // 二类苗, 三类水体, 一、二类: a grade by its class number before what it grades, not a number of kinds (分为三类,
    // 两类企业; a grade is never written 两). After a list it names (稻谷、玉米、大豆三类粮食) or a verb of scope
    // (涉及三类产品) it counts the kinds.
    if (word === '类' && singleNumeral && isCjk(atEnd) && c0 !== 0x4e24 /* 两 */ && !KINDS_LISTED.test(textBefore(text, s, 12))) return end;
  }

  // A voltage class used as an attribute names the facility (110千伏花园变电站): not a measured figure.
  if (p.unit === 'kV' && isCjk(atEnd) && !inSet(KV_MEASURE_AFTER, atEnd)) return end;

  // Qualifier after: 150米左右, 100亩以上, 一年半多, 3个月内.
  let afterPos = end;
  const ap = afterInclusive(text, skipSpaces(text, end, 3)); // 100亿元 / 以上 across a line break; 10亿元（含）以上
  if (approx === EXACT) {
    for (const { w, tag } of AFTER_INDEX.at(text, ap)) {
      if (wordAt(text, w, ap)) {
        if (w === '上下' && codeAt(text, ap + 2) === 0x6e38 /* 游 */) continue;
        if ((w === '多' || w === '余') && (ap > end || isChineseNumeralChar(codeAt(text, ap + 1)) || inSetAt(NOT_MORE_BEFORE, text, ap + 1))) continue;
        approx = tag;
        afterPos = ap + w.length;
        break;
      }
    }
    // 高于省定55%的最低比例要求, 50万元的上限: a floor or a ceiling named after the figure.
    const bound = approx === EXACT ? BOUND_AFTER.exec(textAfter(text, ap, 4)) : null;
    if (bound) approx = /低|下/.test(bound[1]!) ? AT_LEAST : AT_MOST;
    if (approx === EXACT && codeAt(text, ap) === 0x5185 /* 内 */ && (kind === DURATION || kind === 'length') && !inSetAt(NOT_NEI, text, ap + 1)) {
      approx = AT_MOST;
      afterPos = ap + 1;
    }
  }
  // 大概是两个多亿: the floor that 多 or 余 sets (over two hundred million) is more than the hedge before it says.
  if (!approx.startsWith('at') && p.more) approx = AT_LEAST;
  if (approx === EXACT && p.about) approx = APPROX;

  // Change: 提升60%, 同比增长12.5%, 下降3个百分点 (not 增长到/提升至, which give the new level).
  let change: Change | undefined;
  let c = qualStart;
  if (codeAt(text, c - 1) === 0x4e86 /* 了 */) c--;
  // 增收户均3000元: the rate word stands between the verb and the figure; 增收在3000元至5000元不等, a 在 of range.
  if (RATE_BEFORE.test(textBefore(text, c, 2))) c -= 2;
  else if (codeAt(text, c - 1) === 0x5728 /* 在 */) c--;
  for (const { w, tag } of CHANGE_INDEX.at(text, c)) {
    if (wordEndsAt(text, w, c)) {
      if (w === '减' && inSetAt(NOT_JIAN, text, c - 2)) continue;
      // 翻了3倍, 翻了两三倍: a multiple after 翻 (not 推翻3项决定).
      if (w === '翻' && p.unit !== 'times') continue;
      // 多, 少, 新增 and 高出 (none of the other verbs is a part of that string) count only against an earlier time.
      if ('多少新增高出'.includes(w) ? !clauseBefore(text, c - w.length, SINCE) : PERCENT_ONLY_CHANGE.test(w) && !/^(percent|weight|money)$/.test(kind) && c === qualStart && !clauseBefore(text, c - w.length)) continue;
      change = tag;
      break;
    }
  }

  // 净增经营主体2.19万户: a net change names what changed between its verb and the figure; so does 增加 an income
  // (增加集体经济收入8万元以上, 增加地方财政收入8000万元; not 工业增加值, which ends in no 收入).
  const wordsBefore = textBefore(text, qualStart, 14);
  if (!change) {
    const net = NET_CHANGE.exec(wordsBefore);
    if (net) change = net[1] === '净减' ? DECREASE : INCREASE;
  }
  // 降低企业物流成本1.1亿元以上, 减少二氧化碳排放约178万吨: a cut names what it cuts between its verb and the figure
  // (not time saved, 节省前期时间约4个月, which is the duration itself).
  // 替代燃油约5400吨: fuel replaced is fuel not burnt, a saving as 节约标准煤 is; 减排二氧化碳3.2万吨, emissions cut (only a
  // weight: 进口替代 counts no cut, 减排项目12个 are projects).
  if (!change && kind !== DURATION && (CUT_OBJECT.test(wordsBefore) || (kind === 'weight' && /(替代|减排)[^\d，。]{0,6}$/.test(textBefore(text, qualStart, 8))))) change = DECREASE;
  // ↑5.8%, ↓3.6%: an infographic's arrow is its only word of change.
  const arrow = prevNonSpace(text, qualStart);
  if (!change && (arrow === 0x2191 || arrow === 0x2193)) change = arrow === 0x2191 ? INCREASE : DECREASE;
  // "分别增长23%和31%": a figure joined to a changed one shares its change; so does the next object of a cut
  // (减少二氧化碳排放约178万吨、二氧化硫排放约510吨).
  const last = out[out.length - 1];
  // (The text from the figure before to this one's qualifier, read by the three tests below that join them.)
  const sinceLast = last ? text.slice(last.end, qualStart) : '';
  const listedAfterLast = /^[和、与及]$/.test(sinceLast);
  if (!change && last?.change && last.unit === p.unit && (listedAfterLast || (last.change === DECREASE && CUT_NEXT_OBJECT.test(sinceLast)))) change = last.change;

  // Rates: 亩均税收32.5万元, 人均可支配收入38625元, 每亩约120万元 → CNY/mu, CNY/person. A figure listed
  // after a rate (分别达到53260元、27480元) or comparing with it (较上年提高近60万元) is in the same rate.
  let unit = currency ?? ((word === '元' && yuanCurrency) || p.unit);
  // 每秒850立方米, 每秒约1200立方米, 约每秒…: a flow, as 850立方米每秒 is (units.ts). 每秒 is the rate word skipped above,
  // or stands right before the qualifier.
  if (unit === 'm3' && /每秒/.test(text.slice(qualStart - 2, s))) unit = 'm3/s';
  if (kind === MONEY && !unit.includes('/')) {
    let a = q;
    let rateChar = false;
    while (a > 0 && q - a < 40) {
      const ch = codeAt(text, a - 1);
      // A field's label names its measure across the colon (亩均税收：≥30万元).
      if (inSet(CLAUSE_END, ch) && ch !== 0xff1a /* ： */) break;
      rateChar ||= inSet(RATE_CHAR, ch);
      a--;
    }
    const clause = text.slice(a, q);
    // A rate word inside a quoted programme name (“亩均论英雄”奖励资金1.28亿元) makes no rate of the figure.
    let per = rateChar ? lastRateWord(clause.replace(QUOTED, '')) : null;
    // 每亩补助种子、化肥款300元: 每亩 reaches over a list of what is paid, when no other figure stands between.
    if (!per && codeAt(text, a - 1) === 0x3001 /* 、 */) per = lastRateWord(PER_OVER_LIST.exec(textBefore(text, q, 40))?.[0] ?? '');
    if (per) unit = rateUnit(unit, per);
    else if (TIER_CLAUSE.test(clause) && codeAt(text, afterPos) === 0x7684 /* 的 */) {
      // 亩均税收达到30万元的，奖励…；达到50万元的，…: a tier that names no measure is in the measure of the tier before.
      for (let k = out.length - 1; k >= 0 && qualStart - out[k].end < 120; k--) {
        const tier = out[k];
        if (tier.unit.startsWith(`${unit}/`) && codeAt(text, tier.end) === 0x7684 /* 的 */) {
          unit = tier.unit;
          break;
        }
      }
    } else if (last && last.unit.startsWith(`${unit}/`) && qualStart - last.end < 30) {
      if (listedAfterLast || (/^[，,]/.test(sinceLast) && /^(同?比|较|高出|低于|提高|增[加长]|下降|减少|多|少)/.test(clause))) unit = last.unit;
    }
  }

  // 最高500万元、300万元、100万元: a bound said once before a list of figures in one unit bounds each of them.
  if (approx === EXACT && last?.unit === unit && last.approx.startsWith('at_') && sinceLast === '、') approx = last.approx;

  // 户 counts firms as well as families (经营主体21.8万户, 规模以上工业企业112户): then it is a plain count.
  if (unit === 'household' && !p.range && clauseBefore(text, q, FIRMS_IN_HU, 30)) unit = COUNT;

  // A sign before the number: -22.2%, 负5% (not after a digit or letter, where "-" joins a code or a range).
  let start = s;
  let value = p.value;
  const sign = codeAt(text, s - 1);
  if ((sign === 0x2d /* - */ || sign === 0xff0d /* － */ || sign === 0x8d1f) /* 负 */ && !p.range) {
    const b = codeAt(text, s - 2);
    if (!isAsciiDigit(b) && !isLatin(b) && !isChineseNumeralChar(b)) {
      start--;
      value = -value;
    }
  }

  const [sa, sb] = sentenceBounds(text, s, afterPos);
  // Figures of one sentence share its text (one string, built once).
  if (lastSentence.start !== sa || lastSentence.end !== sb) lastSentence = { start: sa, end: sb, text: joinLines(text.slice(sa, sb), false) };
  const sentence = lastSentence.text;
  const row = tableRowAt(tables, s); // (none in a text without tables: the search ends at once)
  const previousEnd = last && last.end > sa && last.end <= qualStart ? last.end : sa;
  // A figure inside a cell of prose (建设内容及规模: 新建黄桃基地600亩，配套建设冷库1座) is named by the cell's own words.
  const cell = row ? row.start + row.line.lastIndexOf('\t', s - 1 - row.start) + 1 : sa;
  const prose = !!row && CJK_WORDS.test(text.slice(cell, qualStart));
  let subject =
    (row && !prose && tableSubject(row, columnAt(row, s))) ||
    chineseSubject(text, prose ? cell : sa, sb, qualStart, afterPos, kind, prose ? Math.max(cell, previousEnd) : previousEnd);
  // 储备化肥3.2万吨、农药186吨: a verb said once before a 、-list of figures is each item's (储备农药), where the item before
  // ends in its figure and this one has no verb of its own (新建道路12公里、改造桥梁3座), is no measure of the item before
  // (新建主变2台、总容量…) and does not name the verb itself: the first such verb of the clause that ends in the list.
  const listVerb =
    text[previousEnd] === '、' && !LIST_VERB.test(text.slice(previousEnd, qualStart)) && LIST_VERB.exec(text.slice(sa, previousEnd));
  if (listVerb && subject && !subject.includes(listVerb[1]) && !BARE_MEASURE.test(subject)) subject = listVerb[1] + subject;
  // 力争到2027年标准厂房入驻企业达到300家: a target, not a level reached; the words up to 力争 and its year (a place, a
  // time) name no part of it.
  if (subject && text.slice(sa, qualStart).includes('力争')) subject = subject.replace(/^.*?力争(到?\d{4}年底?)?/, '') + '目标';
  // "同比增长9.3%", "较上年提高近60万元": the change is of the figure before it in the sentence.
  // (The figure before is in this sentence when it ends inside its bounds: a text without sentence ends, a notice's
  // fields or an infographic, has no one sentence text that both figures share.)
  const sameSentence = previousEnd > sa;
  // A change takes the words that say it too (总产值同比增长, 城镇化率比2020年提高, 焦炭产量增长): it measures that change.
  if ((subject === '' || COMPARED_SUBJECT.test(subject)) && sameSentence) {
    // (Not after a change: 同比增长 after 较年初增加96.8亿元 is of the level, not of the increase.)
    const said = change && !last.change && CHANGE_SAID.exec(text.slice(previousEnd, qualStart));
    subject = last.subject + (said ? cleanSubject(said[1]) : '');
  }
  // "批发和零售业12.63万户，占45.4%": the share is of the figure before it.
  else if (SHARE_ONLY.test(subject) && sameSentence) subject = `${last.subject.replace(/占比$/, '')}占比`;
  // "完成投资326.4亿元，占年度目标的86%": a share of a whole is of the level said before it (the level before a change
  // said between them, 增长7.2%), unless that names a share already.
  else if (/^占(?!地)/.test(subject) && sameSentence && !/占/.test(last.subject)) {
    const level = last.change ? out[out.length - 2] : last;
    if (level?.end > sa && !level.change) subject = level.subject + subject;
  }
  // "签约项目16个，总投资87.5亿元", "收储厂房9处、面积8.4万平方米": a measure named alone after a count is of the things counted;
  // "龙游县体育公园位于城北新区，…，总投资4.6亿元": else it is of the thing an earlier clause names.
  else if (BARE_MEASURE.test(subject)) subject = (sameSentence && last.unit === COUNT ? last.subject : topicOf(text, sa, qualStart)) + subject;
  out.push(makeClaim(text, { start, end, value, unit, approx, change, range: p.range, subject, sentence }));
  return afterPos; // (never before the figure's end)
}

/** Firms counted in 户 (the last such word of the clause, not families: 带动农户2000户 stays households; 个体工商户 ends in 商户). */
const FIRMS_IN_HU = /(企业|(经营|市场)主体|纳税人|商户)[^户农居村家]{0,12}$/;

/** A clause that is only the condition of a tier (；达到50万元的，…; 超过80万元的). */
const TIER_CLAUSE = /^(达到|超过|高于|不[低少]于|满)$/;
/**
 * 减少/降低/节省/节约/省下/削减/压减/缩减/压降 and what is cut, if named, right before the figure (节省材料复印、交通等费用约120万元,
 * 节约水量约420万立方米, 能省下四成多, 成本省了两成多): no figure, clause end, 的 or level word between. 节约集约利用 (using land
 * sparingly) names what is used, not saved; 省下达 is a province issuing something, and 省了结, 省了解 one settling or learning.
 */
const KINDS_LISTED = /、[^、，,。；;：:\d]{1,8}$|涉及$|包括$|涵盖$/;
const CUT_OBJECT = /(减少|降低|节省|省(下(?!达)|了(?![结解]))|(?<!集约)节约(?!集约|利用)|[削压缩]减|压降)了?[^\d，,。；;：:（）()的了至到为]{0,10}$/;
/** The next object cut in a list after a cut figure (、二氧化硫排放约510吨). */
const CUT_NEXT_OBJECT = /^、[^\d，,。；;：:（）()的占比]{1,8}$/;
/** 净增/净减 and a short noun right before the figure (净增经营主体2.19万户), or 增加 and an income (增加集体经济收入). */
const NET_CHANGE = /(净[增减])[^\d，,。；;、：:（）()]{1,6}$|增加[^\d，。；、]{1,8}收入$/;
/** 至少/最少 and a verb of having, doing or saving before the figure: a floor (at least). */
const AT_LEAST_BEFORE = /(至少|最少)(完成过?|需要?|要|有|配备|节省了?|缩短了?)$/;
/**
 * 最高/最多 and the verb of a subsidy, reward or loan before the amount (最高可获得30万元纯信用额度, 最高给予), or
 * 最高（投标）限价, the money or rent it pays after it (最高补贴租金): a ceiling (at most).
 */
const CEILING_BEFORE = /最[高多]可?(给予|获得?|享受)?(一次性)?(补[助贴]|奖[励补]|资助|扶持|申[请领]|[贷借]款|授信|担保|贴息|(投标)?限价[为：:]?)?([资租]金)?$/;
/** 不低于/不少于/不超过/不高于/不足 and a short phrase ending in 的 (省下达的, 同地段同品质市场租金的), or 未达到 and a short one, before the figure. */
const BOUND_OF_SET_FIGURE = /(不[低少高]于|不超过|不[足到])[^，,。；;、：:\d]{1,13}的$|未达到[^，,。；;、：:\d的]{0,6}$/;
/** 最高单日, 单日最高, 单月最高 and a short phrase before the figure: a peak. */
const PEAK = /(最高单[日月]|单[日月]最高|日最高)[^\d，,。；;：:、]{0,8}$/;
/** 约占全国的三成, 约为五分之一: a share "about" a fraction of a whole. */
const ABOUT_SHARE = /约[占为]/;
/**
 * The words that say a change, from its clause's start to the qualifiers of its figure: the base of a comparison or the
 * verb of one first (同比增长, 较上年提高, 增长).
 */
const CHANGE_SAID = /(?<![^，,；;、\s])(([同环]?比|较|[增降减提上下缩扩新多少])[^，,；;、]*?)([约近逾了为]|超过?|达到?)*$/;
/** A subject that is only the base of a comparison (同比增长9.3%): the figure before it is what changed. */
const COMPARED_SUBJECT = /^([同环]?比|较)/;
/** 的最低/的下限 (a floor), 的最高/的上限 (a ceiling) right after a figure. */
const BOUND_AFTER = /^的(最低|最高|上限|下限)/;
/** Two Chinese characters: a cell with words of its own before its figure. */
const CJK_WORDS = /[一-鿿]{2}/;
/** A share's clause that names only the verb (占, 约占). */
const SHARE_ONLY = /^约?占$/;
const COMPARISON = /[较比]/;
/** A comparison with an earlier time: 同比, 比去年, 较上月, 比2020年. */
const SINCE = /[同环]比|[较比][上去前年\d]/;

// The state of the text being scanned, set for each text by extractSimplified before it scans.
/** The sentence of the last figure emitted. */
let lastSentence: { start: number; end: number; text: string };
/** The table rows of the text (see tableRows). */
let tables: TableRow[];
/** The text dates itself in Taiwan's years (民国, 113年11月): its 1xx年 are years. */
let rocYears: boolean;
/** The currency of a bare 元 where the text names Taiwan's dollar and never the renminbi (补助金额3.1亿元 → TWD). */
let yuanCurrency: string | undefined;
const ROC_DATE = /民国|(^|\D)1\d\d年\d{1,2}月/;

/** A quotation inside a clause: the name of a programme or slogan. */
const QUOTED = /“[^”]*”/g;

/** Characters of the rate words below: a clause without any of them names no rate. */
const RATE_CHAR = charSet('亩人户平吨名位生');
const RATE_WORDS: Array<[RegExp, string]> = [
  // 一亩 as "per mu" (一亩地收入, 一亩能收入1万多元), not the idiom 一亩三分地. 每生 is per student (每生每年2000元), not
  // 每生产1吨 (per tonne made).
  // Not 亩均效益奖励, 亩均税收奖补: a reward programme named after a per-mu measure, whose amounts are per project.
  [/亩均(?![^\d，,。；;]{1,4}(奖励|奖补|奖金))|每亩|亩产|一亩(?!三分地)/g, 'mu'], [/人均|每((?!个)[一-鿿]{2}[1一])?[人名位]|每生(?!产)/g, 'person'], [/户均|每户/g, 'household'], [/每平(方米|米|方公尺)/g, 'm2'], [/每吨/g, 't'],
];

/** 每 and a two-character verb before the one person a rate is paid for (每留用1人, 每吸纳1名; not 每个村). */
const PER_ONE = /每(?!个)[一-鿿]{2}$/;
/** A rate word between a change verb and its figure (增收户均3000元). */
const RATE_BEFORE = /^([户人亩]均|每[户人亩])$/;
const PER_OVER_LIST = /每[亩人户][^，,。；;：:\d]*$/;

/** The per-unit of the last rate word in a clause (亩均 → mu), if any. */
function lastRateWord(clause: string): string | null {
  let best = -1;
  let per: string | null = null;
  for (const [re, code] of RATE_WORDS) {
    for (const m of clause.matchAll(re)) {
      if (m.index > best) {
        best = m.index;
        per = code;
      }
    }
  }
  return per;
}

/**
 * The clause before p, up to `max` characters, matches `re`: by default it compares with a base (较上年, 比2020年,
 * 同比), so a following 提高 is a change.
 */
function clauseBefore(text: string, p: number, re = COMPARISON, max = 16): boolean {
  let a = p;
  while (a > 0 && p - a < max && !inSetAt(CLAUSE_END, text, a - 1)) a--;
  return re.test(text.slice(a, p));
}

function insideShortQuote(text: string, s: number, e: number): boolean {
  let open = -1;
  // (No bounds at the text's ends: codeAt outside the text is NaN, in no set, and the window ends the walk.)
  for (let k = s - 1; s - k <= 8; k--) {
    const ch = codeAt(text, k);
    if (inSet(QUOTE_OPEN, ch)) {
      open = k;
      break;
    }
    if (inSet(QUOTE_CLOSE, ch) || inSet(CLAUSE_END, ch)) return false;
  }
  if (open < 0) return false;
  for (let k = e; k - open <= 10; k++) {
    const ch = codeAt(text, k);
    if (inSet(QUOTE_CLOSE, ch)) return true;
    if (inSet(CLAUSE_END, ch)) return false;
  }
  return false;
}

/**
 * The sentence around [s, e): back to the previous sentence end, forward past the next (at most 200
 * chars each way). Line breaks do not end a sentence (PDF and e-paper text breaks lines mid-sentence),
 * except in a table: a page's table reaches the engine as rows of tab-separated cells (utils/text-map),
 * rows have no sentence ends, and a figure in a row is about that row, not the ten rows around it.
 */
export function sentenceBounds(text: string, s: number, e: number): [number, number] {
  let a = s;
  // (The line around [s, e): after the first line break before s, up to the first after e, where the walks meet them.)
  let lineStart: number | undefined;
  let lineEnd: number | undefined;
  while (a > 0 && s - a < 200 && !inSetAt(SENTENCE_END, text, a - 1)) if (codeAt(text, --a) === NEWLINE) lineStart ??= a + 1;
  let b = e;
  while (b < text.length && b - e < 200 && !inSetAt(SENTENCE_END, text, b)) if (codeAt(text, b++) === NEWLINE) lineEnd ??= b - 1;
  if (inSetAt(SENTENCE_END, text, b)) b++; // (at the text's end codeAt is NaN, no sentence end)
  // A line that holds a tab is a table row: the sentence is the row (where no line break was met, the line is the
  // sentence itself).
  const rowStart = lineStart ?? a;
  const rowEnd = lineEnd ?? b;
  if (text.slice(rowStart, s).includes('\t') || text.slice(e, rowEnd).includes('\t')) [a, b] = [rowStart, rowEnd];
  while (a < b && isSpace(codeAt(text, a))) a++;
  return [a, b];
}

const NEWLINE = 0x0a;

/**
 * The subject of a figure in a table row: the row's label (its first cell) and the column's header.
 * 青山湖1号地块 | 120亩 under 出让面积 → 青山湖1号地块出让面积. Empty when the table names neither.
 */
function tableSubject(row: TableRow, column: number): string {
  // The row's label is its first cell, or the next one when the first holds a row number (1 | 河沥园区 | 126.5), or the
  // last column before the figure whose header says it names the row's item after columns that class it (一级指标 |
  // 二级指标 | 三级指标 | ≥90万平方米, as a 绩效目标表 sets out its indicators).
  const named = row.header?.cells.findLastIndex((cell, k) => k < column && /(指标|名称)$/.test(cell.trim())) ?? -1;
  const labelColumn = named > 0 ? named : column > 1 && /^\s*\d+[.、．]?\s*$/.test(row.cells[0]) ? 1 : 0;
  let label = column > labelColumn ? cleanSubject(row.cells[labelColumn]) : '';
  // A plan table's indicator, with its unit, after a category column (经济发展 | 地区生产总值（亿元） | 6450),
  // or the label of a row whose category cell is left blank below the first.
  const near = cleanSubject(labelBefore(row, column));
  if (column > labelColumn && (!label || HEADER_UNIT.test(near))) label = near;
  const header = cleanSubject(row.header?.cells[column] ?? '');
  // 其中：工业投资, a part of the row above, is named by the part.
  const subject = label.replace(HEADER_UNIT, '').replace(LIST_MARK_END, '').replace(/^其中[：:]/, '') + header.replace(HEADER_UNIT, '');
  // A tab inside running text (一、<tab>…) is no table: keep the sentence's subject then.
  return subject.length >= 2 ? subject : '';
}
const LIST_MARK_END = /[、.．:：]+$/;

/**
 * Tables often give a unit once, in a column header (出让面积（亩） over 120, 80, 200) or on the line
 * above the table (单位：万元), and bare numbers in the cells: each such number is a claim in that
 * unit, read exactly as if the unit followed it (the cell's text and the unit run through the engine
 * together). Never where a claim was already found.
 */
function figuresUnderUnitHeaders(rows: readonly TableRow[], found: readonly Claim[]): Claim[] {
  const claims: Claim[] = [];
  for (const { row, column, start, number, unit, fallback, before, after } of unitCells(rows, new Set(found.map((c) => c.start)))) {
    // The cell's qualifiers read with it (<5.5%, 8500亿元左右); the span stays the number.
    const read = [unit, fallback]
      .filter((u): u is string => !!u)
      // A column of amounts per day or year (日处理能力（吨/日）) holds amounts, as prose leaves /日 outside the span.
      .map((u) => u.replace(/\/[日天月年]$/, ''))
      .map((u) => extractSimplified(`${before}${number}${u}${after}`).find((c) => c.start === before.length && c.end === before.length + number.length + u.length))
      .find((c) => c);
    if (!read) continue;
    // What the row and column name is read as prose would read it before the figure: 人均可支配收入（元）
    // is a rate per person, a column of 年均增长（%） holds changes.
    const header = row.header?.cells[column] ?? '';
    const per = read.kind === MONEY && !read.unit.includes('/') ? lastRateWord(labelBefore(row, column) + header) : null;
    const rate = per && rateUnit(read.unit, per);
    let change = read.change ?? (read.kind === PERCENT ? headerChange(header) : undefined);
    // A minus in a column of growth (同比增长 | -1.8) is a decrease, the sign outside the span like an arrow.
    const minus = change && number[0] == '-' ? 1 : 0;
    if (minus) change = change == INCREASE ? DECREASE : INCREASE;
    claims.push({
      ...read,
      // (A false value spread adds nothing: no rate, change or minus, no field.)
      ...(rate && { unit: rate, siUnit: rate }),
      ...(change && { change }),
      ...(minus && { value: -read.value, siValue: -read.siValue }),
      start: start + minus,
      end: start + number.length,
      text: number.slice(minus),
      subject: tableSubject(row, column),
      sentence: joinLines(row.line, false),
    });
  }
  return claims;
}

/** A column header naming a change (年均增长, 增速, 降幅): its percentages are changes. */
function headerChange(header: string): Change | undefined {
  if (/增[长速幅]|提[高升]/.test(header)) return INCREASE;
  if (/下降|降幅|减少|降低/.test(header)) return DECREASE;
  return undefined;
}
