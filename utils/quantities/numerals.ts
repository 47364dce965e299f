/**
 * Numeral reading shared by the engines: Arabic numbers (separators, decimals, full-width digits) and
 * Chinese numerals, mixed as news writes them (3万5千, 1.2亿, 十几万, 500余万, 二十五, 两千四百五).
 * One left-to-right pass over the characters, no backtracking; the engine calls `readNumber` at
 * each candidate position and decides from the returned token whether it is a claim.
 */
import { roundSig } from './units';

// One class table over the BMP instead of maps: the scanner asks it for every character it reads.
const DIGIT = 1, CH_DIGIT = 2, SMALL = 3, TENS = 4, WAN = 5, YI = 6, ZHAO = 7, POINT = 8, FUZZY = 9;
const CLS = new Uint8Array(65536);
const VAL = new Uint16Array(65536);
function define(chars: string, cls: number, val = 0): void {
  // By index, not `for…of`: the characters are BMP ones, and a string iterator is slow where this runs cold.
  for (let i = 0; i < chars.length; i++) {
    const c = codeAt(chars, i);
    CLS[c] = cls;
    VAL[c] = val;
  }
}
for (let d = 0; d < 10; d++) define(String(d) + String.fromCharCode(0xff10 + d), DIGIT, d); // 0-9 and ０-９
// The Chinese digits in order of value (零〇 0 … 九玖 9): one string, not pairs of characters and value.
'零〇 一壹 二贰貳两兩倆 三叁參 四肆 五伍 六陆陸 七柒 八捌 九玖'.split(' ').forEach((chars, v) => define(chars, CH_DIGIT, v));
define('十拾', SMALL, 10);
define('百佰', SMALL, 100);
define('千仟', SMALL, 1000);
define('廿', TENS, 20);
define('卅', TENS, 30);
define('万萬', WAN);
define('亿億', YI);
define('兆', ZHAO);
define('点點', POINT);
/** 几/多/余 after a round number: "十几万", "五百多", "1000余" — the value is a lower bound. */
define('几幾多余餘', FUZZY);

/** Digit value of a character (ASCII, full-width, Chinese lower/upper case), or -1. */
export function digitValue(code: number): number {
  const k = CLS[code];
  return k === DIGIT || k === CH_DIGIT ? VAL[code] : -1;
}

/** Money after 兆: 兆元, 兆美元, 兆日元, 兆新台币 (a trillion, not mega-). */
const ZHAO_MONEY_AFTER = /^([美日港欧]?元|港币|新?台币|人民币)/;

/** 千伏, 千瓦, 千米, 千克, 千卡, 千帕, 千赫: 千 here is the metric prefix kilo-, not a thousand. */
const UNIT_AFTER_QIAN = '伏瓦米克卡帕赫焦';

/**
 * `text.charCodeAt(i)`: zh.ts and zh-subject.ts read a character code in some 90 places, and a call of this
 * minifies to a third of the method call (the Chinese engine's bundle has a size budget). This module's own
 * loops over every digit of a number keep the method, where the call doubled the time (1 MB of digits, 5 → 10 ms);
 * what reads one character a number uses the call, and so do the rare loops (a dotted code's digits after its
 * second dot, a Chinese fraction's digits after 点).
 */
export function codeAt(text: string, i: number): number {
  return text.charCodeAt(i);
}

/** Membership of one character in a set written as a string (false for a position outside the text). */
const has = (set: string, ch: string | undefined): boolean => ch !== undefined && ch !== '' && set.includes(ch);

export function isAsciiDigit(code: number): boolean {
  return CLS[code] === DIGIT;
}

/** True for a character that can start or continue a Chinese numeral (digits, 十百千, 廿, 万亿). */
export function isChineseNumeralChar(code: number): boolean {
  const k = CLS[code];
  return k >= CH_DIGIT && k <= YI;
}

export interface ArabicToken {
  end: number;
  value: number;
  intDigits: number;
  leadingZero: boolean;
  /** Looks like a version or code: 1.2.3, 2.0.1 */
  dotted: boolean;
}

/** A space between groups of three digits, as SI style and Hong Kong government English write thousands (396 000). */
const isGroupSpace = (c: number) => c === 32 || c === 0xa0 || c === 0x2009 || c === 0x202f;

/**
 * Reads an Arabic number (1,050,000.5; ４，５６５; 61.48) starting at i, which must be a digit. With
 * `spaceGroups` a space may separate thousands too (396 000, 2 500 000), but not in a number that uses commas.
 */
export function readArabic(text: string, i: number, spaceGroups = false): ArabicToken {
  const n = text.length;
  let p = i;
  // The integer part is accumulated arithmetically (exact to 15 digits; longer runs are codes anyway).
  let int = 0;
  while (p < n && CLS[text.charCodeAt(p)] === DIGIT) int = int * 10 + VAL[text.charCodeAt(p++)];
  let intDigits = p - i;
  // Thousands separators: a comma (ASCII or full-width) followed by exactly three digits, after a first
  // group of one to three digits. Anything else ends the number (a list "1,2,3" is three numbers).
  if (intDigits <= 3) {
    let separator = -1;
    while (p + 3 < n) {
      const c = codeAt(text, p);
      // A full-width comma separates thousands only between full-width digits (４，５６５); after ASCII
      // digits it is the Chinese clause comma ($20，300美元 is two amounts).
      const comma = c === 44 || (c === 0xff0c && codeAt(text, p - 1) >= 0xff10);
      if (!comma && !(spaceGroups && isGroupSpace(c))) break;
      const kind = comma ? 44 : 32;
      if (separator >= 0 && separator !== kind) break;
      separator = kind;
      const d1 = codeAt(text, p + 1), d2 = codeAt(text, p + 2), d3 = codeAt(text, p + 3);
      if (CLS[d1] !== DIGIT || CLS[d2] !== DIGIT || CLS[d3] !== DIGIT || CLS[codeAt(text, p + 4)] === DIGIT) break;
      int = int * 1000 + VAL[d1] * 100 + VAL[d2] * 10 + VAL[d3];
      intDigits += 3;
      p += 4;
    }
  }
  const intEnd = p;
  let value = int;
  let dotted = false;
  const dot = codeAt(text, p);
  if ((dot === 46 || dot === 0xff0e) && CLS[codeAt(text, p + 1)] === DIGIT) {
    p++;
    let frac = 0;
    let scale = 1;
    while (p < n && CLS[text.charCodeAt(p)] === DIGIT) {
      frac = frac * 10 + VAL[text.charCodeAt(p++)];
      scale *= 10;
    }
    value = roundSig(int + frac / scale);
    const dot2 = codeAt(text, p);
    if ((dot2 === 46 || dot2 === 0xff0e) && CLS[codeAt(text, p + 1)] === DIGIT) {
      dotted = true;
      while (p < n && (CLS[codeAt(text, p)] === DIGIT || codeAt(text, p) === 46)) p++;
    }
  }
  if (dotted) value = int;
  void intEnd;
  return { end: p, value, intDigits, leadingZero: intDigits > 1 && VAL[codeAt(text, i)] === 0, dotted };
}

/** A number read. (Its optional flags are false where left out, as a number said as a word, zh.ts's wordToken, leaves them.) */
export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** Written with Chinese numeral characters only. */
  chinese: boolean;
  /** Contains Arabic digits. */
  arabic: boolean;
  /** A multiplier word (万, 亿, 千, 百, 十 after digits) is part of it. */
  multiplied?: boolean;
  /** 几/多/余 inside: the value is a lower bound (十几万 ≥ 100000). */
  more?: boolean;
  /** Digit-by-digit Chinese (二〇二三, 十四五's 四五): a year or name, not a quantity. */
  sequence?: boolean;
  /** Integer digits of the Arabic part (phone numbers, codes, years). */
  intDigits: number;
  leadingZero?: boolean;
  dotted?: boolean;
  /** X分之Y: value is num/den. */
  fraction?: { num: number; den: number };
}

/**
 * Reads the longest number starting at i (Arabic, Chinese or mixed; 点 decimals; 几/多/余; X分之Y).
 * Returns null when no number starts there. The caller decides whether the start position is allowed.
 */
export function readNumber(text: string, i: number, bareWan = false): NumberToken | null {
  const tok = readPlain(text, i, bareWan);
  if (!tok) return null;
  const after = codeAt(text, tok.end);
  // A whole number and a fraction: 三百五又三分之一.
  if (after === 0x53c8 /* 又 */ && !tok.more && !tok.sequence) {
    const part = readNumber(text, tok.end + 1);
    if (part?.fraction && part.value < 1) return { ...part, start: i, value: roundSig(tok.value + part.value), fraction: undefined };
  }
  // Fractions: 三分之一, 百分之六十, 千分之五, 16分之5.
  if (after === 0x5206 /* 分 */ && codeAt(text, tok.end + 1) === 0x4e4b /* 之 */ && !tok.more) {
    const num = readPlain(text, tok.end + 2);
    if (num && !num.sequence && !num.more && tok.value !== 0) {
      return {
        ...num, start: i, chinese: tok.chinese && num.chinese, arabic: tok.arabic || num.arabic,
        value: num.value / tok.value, fraction: { num: num.value, den: tok.value },
      };
    }
  }
  return tok;
}

function readPlain(text: string, i: number, bareWan = false): NumberToken | null {
  const n = text.length;
  let p = i;
  let zhao = 0, yi = 0, wan = 0, section = 0;
  let cur: number | null = null;
  // Abbreviation: 两千四百五 — a final single digit right after a unit counts in the next lower place.
  let lastUnit = 0;
  let lastWasDigitAfterUnit = false;
  let prevDigit = false; // previous token was a Chinese digit
  let prevZero = false;
  let sequence = false;
  let chinese = false, arabic = false, multiplied = false, more = false;
  let intDigits = 0, leadingZero = false, dotted = false;
  let tokens = 0;
  let canFuzzy = false;
  let seqDigits = '';

  while (p < n) {
    const c = text.charCodeAt(p);
    const k = CLS[c];
    if (k === 0) break;
    if (k === DIGIT) {
      if (tokens > 0 && cur !== null && !prevZero) break;
      if (more) break;
      const a = readArabic(text, p);
      cur = a.value;
      arabic = true;
      intDigits = Math.max(intDigits, a.intDigits);
      leadingZero ||= a.leadingZero && tokens === 0;
      dotted ||= a.dotted;
      lastWasDigitAfterUnit = lastUnit >= 100 && a.intDigits === 1 && a.value % 1 === 0 && !prevZero;
      prevDigit = false;
      prevZero = false;
      canFuzzy = a.value >= 10;
      p = a.end;
      tokens++;
      continue;
    }
    if (k === CH_DIGIT) {
      const d = VAL[c];
      if (more) break;
      if (cur !== null && !prevZero) {
        // A digit right after a digit: 二〇二三, 十四五, 三五. Not a quantity; the caller rejects it.
        if (!prevDigit) break;
        if (!sequence) seqDigits = String(cur);
        sequence = true;
      }
      if (sequence) {
        seqDigits += String(d);
      } else {
        lastWasDigitAfterUnit = lastUnit >= 100 && !prevZero && d !== 0;
        if (d === 0) lastUnit = 0;
      }
      cur = d;
      chinese = true;
      prevDigit = true;
      prevZero = d === 0 && !sequence;
      canFuzzy = prevZero && tokens > 0; // 一百零几万
      p++;
      tokens++;
      continue;
    }
    if (sequence) break;
    if (k === SMALL || k === TENS) {
      if (more) break;
      const su = VAL[c];
      if (k === TENS) {
        if (cur !== null && !prevZero) break;
        section += su;
        lastUnit = 10;
      } else {
        // 万千瓦, 亿千瓦时: 千 right after 万/亿 is a unit prefix, as is 千 before 伏/瓦/米/克 (110千伏, 一百千瓦).
        if (cur === null && tokens > 0 && section === 0) break;
        if (su === 1000 && tokens > 0 && has(UNIT_AFTER_QIAN, text[p + 1])) break;
        section += (cur === null || cur === 0 ? 1 : cur) * su;
        if (arabic) multiplied = true;
        lastUnit = su;
      }
      cur = null;
      lastWasDigitAfterUnit = false;
      prevDigit = prevZero = false;
      chinese = true;
      canFuzzy = true;
      p++;
      tokens++;
      continue;
    }
    // 兆 is a multiplier (10^12) before more numerals (1兆2000亿) or money (新台币1.9兆元, as Taiwan writes a
    // trillion); before other units it is the prefix mega- (兆瓦, 兆帕).
    const trillion = k === ZHAO && tokens > 0 && ((p + 1 < n && CLS[codeAt(text, p + 1)] >= DIGIT && CLS[codeAt(text, p + 1)] <= YI) || ZHAO_MONEY_AFTER.test(text.slice(p + 1, p + 4)));
    if (k === WAN || k === YI || trillion) {
      if (tokens === 0) {
        // A bare 万 or 亿 is a word (万一, 亿万), not a number, except as a denominator (万分之三) or where
        // the caller knows it is a round figure (逾万人, 万余名: bareWan).
        if (k !== WAN || !(bareWan || text.startsWith('分之', p + 1))) return null;
        wan = 1e4;
        multiplied = true;
        chinese = true;
        p++;
        tokens++;
        if (bareWan) {
          canFuzzy = true; // 万余名
          continue;
        }
        break;
      }
      const base = section + (cur ?? 0);
      if (k === WAN) {
        wan = (wan + base) * 1e4;
        lastUnit = 1e4;
      } else if (k === YI) {
        yi = (yi + wan + base) * 1e8;
        wan = 0;
        lastUnit = 1e8;
      } else {
        zhao = (zhao + yi + wan + base) * 1e12;
        yi = wan = 0;
        lastUnit = 1e12;
      }
      section = 0;
      cur = null;
      multiplied = true;
      chinese ||= !arabic;
      lastWasDigitAfterUnit = false;
      prevDigit = prevZero = false;
      canFuzzy = !more;
      p++;
      tokens++;
      continue;
    }
    if (k === POINT && tokens > 0 && !more && p + 1 < n && (CLS[codeAt(text, p + 1)] === CH_DIGIT || CLS[codeAt(text, p + 1)] === DIGIT)) {
      // 十五点七, 两千万点五五四四, 一点二亿: the fraction digits are read one by one.
      let q = p + 1;
      let frac = '';
      while (q < n) {
        const dv = digitValue(codeAt(text, q));
        if (dv < 0) break;
        frac += String(dv);
        q++;
      }
      // 两千三点一: an abbreviated last digit keeps its place (2300.1).
      const whole: number = lastWasDigitAfterUnit && cur !== null ? cur * (lastUnit / 10) : (cur ?? 0);
      cur = section + whole + Number(`0.${frac}`);
      section = 0;
      lastWasDigitAfterUnit = false;
      prevDigit = prevZero = false;
      canFuzzy = false;
      p = q;
      tokens++;
      continue;
    }
    if (k === FUZZY && canFuzzy && !more) {
      more = true;
      canFuzzy = false;
      prevDigit = prevZero = false;
      p++;
      // Only a multiplier may follow: 十几万, 500余万, 一千多万.
      const nx = CLS[codeAt(text, p)];
      if (nx !== WAN && nx !== YI) break;
      continue;
    }
    break;
  }
  if (tokens === 0) return null;
  let value: number;
  if (sequence) {
    value = Number(seqDigits);
  } else {
    let last = cur ?? 0;
    if (lastWasDigitAfterUnit && cur !== null) last = cur * (lastUnit / 10);
    value = zhao + yi + wan + section + last;
  }
  return {
    start: i, end: p, value: roundSig(value), chinese: chinese && !arabic, arabic, multiplied, more, sequence,
    intDigits, leadingZero, dotted,
  };
}


const SPACE = /\s+/g;
const NEGATIVE = /^[-－负負]/;

/**
 * Parses a whole string as one number: "一万" → 10000, "3万5千" → 35000, "1.2亿" → 120000000,
 * "三分之一" → 0.333…, "百分之六十" → 0.6, "负三十二" → -32. Whitespace between parts is ignored.
 * Returns null when the string is not exactly one number.
 */
export function parseChineseNumber(s: string): number | null {
  let t = s.replace(SPACE, '');
  let sign = 1;
  if (NEGATIVE.test(t)) {
    sign = -1;
    t = t.slice(1);
  }
  if (t[0] === '.' || t[0] === '．') t = `0${t}`; // .5
  if (t[0] === '半') t = `0.5${t.slice(1)}`; // 半百 = 50
  if (!t) return null;
  const tok = readNumber(t, 0);
  if (!tok || tok.end !== t.length || (tok.sequence && !/^[0-9０-９零〇一二三四五六七八九]+$/.test(t))) return null;
  return sign * tok.value;
}

export interface PairedNumeral {
  end: number;
  low: number;
  high: number;
}

/** 十万, 百万, 千万, 十亿 before 十, 百, 千, 万, 亿: the longest multiplier word after a pair of numerals. */
const PAIR_MULTIPLIERS: Array<[string, number]> = [['十万', 1e5], ['百万', 1e6], ['千万', 1e7], ['十亿', 1e9], ['十', 10], ['百', 100], ['千', 1000], ['万', 1e4], ['亿', 1e8]];

/**
 * Two neighbouring numerals said together for "this or the next" (三四成, 两三百元, 六七千元, 七八十户, 十五六万元,
 * 十七八岁): a range from the first to the second, with a multiplier written once for both. Read only for two digits
 * in ascending order from 二/两 (一两个 is "one or two", vague; 三五成群 and 二〇二三 are no pairs), after at most a
 * 十 of tens. (七八十年代, the decades, is a period: the engine's year unit rejects 年代.)
 * Returns null where no such pair starts at i.
 */
export function readPairedNumeral(text: string, i: number): PairedNumeral | null {
  let p = i;
  let tens = 0;
  // 一千五六百, 三万五六千, 一百五六十: a round head whose next lower place the pair fills (1500–1600).
  let head = 0, lower = 0;
  const first = codeAt(text, p);
  const t = digitValue(first);
  const hc = codeAt(text, p + 1);
  const place = CLS[hc] === WAN ? 1e4 : CLS[hc] === SMALL ? VAL[hc] : 0;
  if (t >= 1 && place > 10) {
    head = t * place;
    lower = place / 10;
    p += 2;
  } else if (CLS[first] === SMALL && VAL[first] === 10) {
    tens = 10;
    p++;
  } else if (t >= 1 && place === 10) {
    tens = t * 10;
    p += 2;
  }
  const a = codeAt(text, p), b = codeAt(text, p + 1);
  if (CLS[a] !== CH_DIGIT || CLS[b] !== CH_DIGIT) return null;
  const d = VAL[a], e = VAL[b];
  if (d < 2 || e !== d + 1 || CLS[codeAt(text, p + 2)] === CH_DIGIT || CLS[codeAt(text, p + 2)] === DIGIT) return null;
  p += 2;
  let mult = 1;
  if (head) {
    // The pair's place must follow (一千五六 alone is no pair), and a multiplier may follow it (一千五六百万).
    const c = codeAt(text, p);
    if (CLS[c] !== SMALL || VAL[c] !== lower || (lower === 1000 && UNIT_AFTER_QIAN.includes(text[p + 1]!))) return null;
    const m = CLS[codeAt(text, p + 1)];
    mult = m === WAN ? 1e4 : m === YI ? 1e8 : 1;
    p += mult > 1 ? 2 : 1;
    return { end: p, low: (head + d * lower) * mult, high: (head + e * lower) * mult };
  }
  const next = CLS[codeAt(text, p)];
  if (next === SMALL || next === WAN || next === YI) {
    const m = PAIR_MULTIPLIERS.find(([w]) => text.startsWith(w, p));
    // 十五六百, 十五六十 (tens before hundreds or tens): no pair.
    if (!m || (tens > 0 && m[1] < 1e4)) return null;
    // 千 before 伏/瓦/米/克 is the prefix kilo- of the unit (两三千瓦 is 2–3 kW).
    if (!(m[0] === '千' && has(UNIT_AFTER_QIAN, text[p + 1]))) {
      mult = m[1];
      p += m[0].length;
    }
  }
  return { end: p, low: (tens + d) * mult, high: (tens + e) * mult };
}
