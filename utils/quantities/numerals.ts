/**
 * Numeral reading shared by the engines: Arabic numbers (separators, decimals, full-width digits) and
 * Chinese numerals, mixed as news writes them (3万5千, 1.2亿, 十几万, 500余万, 二十五, 两千四百五).
 * One left-to-right pass over the characters, no backtracking; the engine calls `readNumber` at
 * each candidate position and decides from the returned token whether it is a claim.
 */

/** Digit value of a character (ASCII, full-width, Chinese lower/upper case), or -1. */
export function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return code < 0x3000 ? -1 : (CH_DIGIT.get(code) ?? -1);
}

const CH_DIGIT = new Map<number, number>();
for (const [chars, v] of [
  ['零〇', 0], ['一壹', 1], ['二贰貳两兩倆', 2], ['三叁參', 3], ['四肆', 4],
  ['五伍', 5], ['六陆陸', 6], ['七柒', 7], ['八捌', 8], ['九玖', 9],
] as const) {
  for (const ch of chars) CH_DIGIT.set(ch.charCodeAt(0), v);
}

const SMALL_UNIT = new Map<number, number>([
  ['十', 10], ['拾', 10], ['百', 100], ['佰', 100], ['千', 1000], ['仟', 1000],
].map(([c, v]) => [(c as string).charCodeAt(0), v as number]));
const TENS = new Map<number, number>([['廿', 20], ['卅', 30]].map(([c, v]) => [(c as string).charCodeAt(0), v as number]));
const WAN = new Set(['万', '萬'].map((c) => c.charCodeAt(0)));
const YI = new Set(['亿', '億'].map((c) => c.charCodeAt(0)));
const ZHAO = '兆'.charCodeAt(0);
const POINT = new Set(['点', '點'].map((c) => c.charCodeAt(0)));
/** 几/多/余 after a round number: "十几万", "五百多", "1000余" — the value is a lower bound. */
const FUZZY = new Set(['几', '幾', '多', '余', '餘'].map((c) => c.charCodeAt(0)));

/** 千伏, 千瓦, 千米, 千克, 千卡, 千帕, 千赫: 千 here is the metric prefix kilo-, not a thousand. */
const UNIT_AFTER_QIAN = '伏瓦米克卡帕赫焦';

export function isAsciiDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
}

/** True for a character that can start or continue a Chinese numeral (digits, 十百千, 廿, 万亿). */
export function isChineseNumeralChar(code: number): boolean {
  return CH_DIGIT.has(code) || SMALL_UNIT.has(code) || TENS.has(code) || WAN.has(code) || YI.has(code);
}

export interface ArabicToken {
  end: number;
  value: number;
  intDigits: number;
  leadingZero: boolean;
  /** Looks like a version or code: 1.2.3, 2.0.1 */
  dotted: boolean;
}

/** Reads an Arabic number (1,050,000.5; ４，５６５; 61.48) starting at i, which must be a digit. */
export function readArabic(text: string, i: number): ArabicToken {
  let p = i;
  let digits = '';
  const n = text.length;
  while (p < n && isAsciiDigit(text.charCodeAt(p))) digits += String(digitValue(text.charCodeAt(p++)));
  const firstGroup = digits.length;
  // Thousands separators: a comma (ASCII or full-width) followed by exactly three digits, after a first
  // group of one to three digits. Anything else ends the number (a list "1,2,3" is three numbers).
  if (firstGroup <= 3) {
    while (p + 3 < n + 1 && (text[p] === ',' || text[p] === '，')) {
      if (!(isAsciiDigit(text.charCodeAt(p + 1)) && isAsciiDigit(text.charCodeAt(p + 2)) && isAsciiDigit(text.charCodeAt(p + 3)))) break;
      if (p + 4 < n && isAsciiDigit(text.charCodeAt(p + 4))) break;
      digits += String(digitValue(text.charCodeAt(p + 1))) + digitValue(text.charCodeAt(p + 2)) + digitValue(text.charCodeAt(p + 3));
      p += 4;
    }
  }
  const intDigits = digits.length;
  let frac = '';
  let dotted = false;
  if ((text[p] === '.' || text[p] === '．') && isAsciiDigit(text.charCodeAt(p + 1))) {
    p++;
    while (p < n && isAsciiDigit(text.charCodeAt(p))) frac += String(digitValue(text.charCodeAt(p++)));
    if ((text[p] === '.' || text[p] === '．') && isAsciiDigit(text.charCodeAt(p + 1))) {
      dotted = true;
      while (p < n && (isAsciiDigit(text.charCodeAt(p)) || text[p] === '.')) p++;
    }
  }
  const value = Number(frac ? `${digits}.${frac}` : digits);
  return { end: p, value, intDigits, leadingZero: digits.length > 1 && digits[0] === '0', dotted };
}

export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** Written with Chinese numeral characters only. */
  chinese: boolean;
  /** Contains Arabic digits. */
  arabic: boolean;
  /** A multiplier word (万, 亿, 千, 百, 十 after digits) is part of it. */
  multiplied: boolean;
  /** 几/多/余 inside: the value is a lower bound (十几万 ≥ 100000). */
  more: boolean;
  /** Digit-by-digit Chinese (二〇二三, 十四五's 四五): a year or name, not a quantity. */
  sequence: boolean;
  /** Integer digits of the Arabic part (phone numbers, codes, years). */
  intDigits: number;
  leadingZero: boolean;
  dotted: boolean;
  /** X分之Y: value is num/den. */
  fraction?: { num: number; den: number };
}

/**
 * Reads the longest number starting at i (Arabic, Chinese or mixed; 点 decimals; 几/多/余; X分之Y).
 * Returns null when no number starts there. The caller decides whether the start position is allowed.
 */
export function readNumber(text: string, i: number): NumberToken | null {
  const tok = readPlain(text, i);
  if (!tok) return null;
  // Fractions: 三分之一, 百分之六十, 千分之五, 16分之5.
  if (text.charCodeAt(tok.end) === 0x5206 /* 分 */ && text.charCodeAt(tok.end + 1) === 0x4e4b /* 之 */ && !tok.more) {
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

function readPlain(text: string, i: number): NumberToken | null {
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
    if (isAsciiDigit(c)) {
      if (tokens > 0 && (cur !== null && !prevZero)) break;
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
    const d = c < 0x3000 ? -1 : (CH_DIGIT.get(c) ?? -1);
    if (d >= 0) {
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
    const su = SMALL_UNIT.get(c) ?? 0;
    if (su) {
      if (more) break;
      // 万千瓦, 亿千瓦时: 千 right after 万/亿 is a unit prefix, as is 千 before 伏/瓦/米/克 (110千伏, 一百千瓦).
      if (cur === null && tokens > 0 && section === 0) break;
      if (su === 1000 && tokens > 0 && UNIT_AFTER_QIAN.includes(text[p + 1] ?? '')) break;
      const k = cur === null || cur === 0 ? 1 : cur;
      section += k * su;
      if (arabic) multiplied = true;
      cur = null;
      lastUnit = su;
      lastWasDigitAfterUnit = false;
      prevDigit = prevZero = false;
      chinese = true;
      canFuzzy = true;
      p++;
      tokens++;
      continue;
    }
    const tens = TENS.get(c) ?? 0;
    if (tens) {
      if (cur !== null && !prevZero) break;
      section += tens;
      cur = null;
      lastUnit = 10;
      prevDigit = prevZero = false;
      chinese = true;
      canFuzzy = true;
      p++;
      tokens++;
      continue;
    }
    if (WAN.has(c) || YI.has(c) || (c === ZHAO && tokens > 0 && p + 1 < n && (isChineseNumeralChar(text.charCodeAt(p + 1)) || isAsciiDigit(text.charCodeAt(p + 1))))) {
      if (tokens === 0) return null; // a bare 万 or 亿 is a word (万一, 亿万), not a number
      const base = section + (cur ?? 0);
      if (WAN.has(c)) {
        wan = (wan + base) * 1e4;
        lastUnit = 1e4;
      } else if (YI.has(c)) {
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
    if (POINT.has(c) && tokens > 0 && !more && p + 1 < n && (CH_DIGIT.has(text.charCodeAt(p + 1)) || isAsciiDigit(text.charCodeAt(p + 1)))) {
      // 十五点七, 两千万点五五四四, 一点二亿: the fraction digits are read one by one.
      let q = p + 1;
      let frac = '';
      while (q < n) {
        const dv = digitValue(text.charCodeAt(q));
        if (dv < 0) break;
        frac += String(dv);
        q++;
      }
      cur = section + (cur ?? 0) + Number(`0.${frac}`);
      section = 0;
      lastWasDigitAfterUnit = false;
      prevDigit = prevZero = false;
      canFuzzy = false;
      p = q;
      tokens++;
      continue;
    }
    if (FUZZY.has(c) && canFuzzy && !more) {
      more = true;
      canFuzzy = false;
      prevDigit = prevZero = false;
      p++;
      // Only a multiplier may follow: 十几万, 500余万, 一千多万.
      const nx = text.charCodeAt(p);
      if (!(WAN.has(nx) || YI.has(nx))) break;
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
    start: i, end: p, value: roundNum(value), chinese: chinese && !arabic, arabic, multiplied, more, sequence,
    intDigits, leadingZero, dotted,
  };
}

function roundNum(x: number): number {
  return x === 0 ? 0 : Number.parseFloat(x.toPrecision(12));
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
  if (!t) return null;
  const tok = readNumber(t, 0);
  if (!tok || tok.end !== t.length || (tok.sequence && !/^[0-9０-９零〇一二三四五六七八九]+$/.test(t))) return null;
  return sign * tok.value;
}
