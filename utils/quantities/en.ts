/**
 * The English quantity engine. Our own left-to-right scan finds numbers written in digits (1,000; 3.5
 * billion; $20) and runs of number words; compromise does what it is good at: the value of number words
 * (twenty-five thousand, a third), sentence splitting, and noun phrases for the subject. Units, counters,
 * qualifiers, ranges and changes come from our tables, as in the Chinese engine.
 *
 * Not claims: years (in 2023, 2021-2025), dates (November 2020, Nov. 30), ordinals (3rd, first), names
 * and versions (5G, COVID-19, Route 66), codes and phone numbers, and a bare "one"/"a" before a noun
 * (the indefinite article, like Chinese 一).
 */
import nlp from 'compromise';
import type { Approx, Change, Claim } from './types';
import { makeClaim, joinLines } from './claim';
import { readArabic } from './numerals';
import { rateUnit, unitWords, type UnitInfo } from './units';

const WORD_NUM =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen';
/** A run of number words (twenty-five thousand, three hundred and five, a third, two-thirds, half a million). */
const NUMBER_WORDS = new RegExp(
  `\\b(?:(?:a|one|two|three)[ -](?:third|quarter|fifth|half)s?|half(?: a)? (?:million|billion)|(?:a |an )?(?:${WORD_NUM})(?:(?:[ -]|[ -]and[ -])(?:${WORD_NUM}))*)\\b`,
  'giy',
);
const SCALE: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, mln: 1e6, bln: 1e9, k: 1e3,
};
const SCALE_RE = /^[ -]?(thousand|million|billion|trillion|bn|mn|mln|bln|k)\b/i;
const MONTHS = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const MONTH_AFTER = /^\s*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

const BEFORE: Array<[RegExp, Approx]> = [
  [/(?:no|not) (?:more|greater) than\s*$/i, 'at_most'],
  [/(?:less|fewer) than\s*$|\bup to\s*$|\bat most\s*$|\bunder\s*$|\bbelow\s*$|\bnot exceeding\s*$|\bwithin\s*$/i, 'at_most'],
  [/(?:no|not) (?:less|fewer) than\s*$/i, 'at_least'],
  [/\bmore than\s*$|\bover\s*$|\bat least\s*$|\bexceeding\s*$|\bin excess of\s*$|\bupwards of\s*$|\babove\s*$|\bupward of\s*$/i, 'at_least'],
  [/\babout\s*$|\baround\s*$|\bapproximately\s*$|\broughly\s*$|\bnearly\s*$|\balmost\s*$|\bclose to\s*$|\bsome\s*$|\ban estimated\s*$|\bapprox\.?\s*$|\bjust under\s*$|\bjust over\s*$/i, 'approx'],
];
const AFTER: Array<[RegExp, Approx]> = [
  [/^\s*(?:or more|and above|or above|plus)\b/i, 'at_least'],
  [/^\s*(?:or less|or fewer|and below|or below)\b/i, 'at_most'],
  [/^\s*(?:or so)\b/i, 'approx'],
];
const CHANGE_BEFORE: Array<[RegExp, Change]> = [
  [/\b(?:up|increased?|increasing|rose|risen|rise|grew|grown|growth|gain(?:ed)?|climbed|jumped|expanded|higher|raised)(?: by| of)?\s*$|\ban increase of\s*$|\ba rise of\s*$/i, 'increase'],
  [/\b(?:down|decreased?|decreasing|fell|fallen|fall|dropped|drop|declined?|shrank|reduced|reduction|cut|lower|slid|slipped)(?: by| of)?\s*$|\ba decrease of\s*$|\ba decline of\s*$/i, 'decrease'],
];
const CHANGE_AFTER: Array<[RegExp, Change]> = [
  [/^\s*(?:increase|rise|growth|jump|gain|higher|more than)\b/i, 'increase'],
  [/^\s*(?:decrease|decline|drop|fall|reduction|lower|less than)\b/i, 'decrease'],
];

/** Unit words: symbols match case-sensitively, words in any case. */
const UNIT_LIST: Array<[string, UnitInfo, boolean]> = unitWords('en').map(([w, u]) => [w, u, /^[a-z ]+$/.test(w) && w.length > 2]);
const CURRENCY_BEFORE: Array<[string, string]> = [
  ['US$', 'USD'], ['HK$', 'HKD'], ['$', 'USD'], ['RMB', 'CNY'], ['CNY', 'CNY'], ['¥', 'CNY'], ['￥', 'CNY'], ['€', 'EUR'], ['£', 'GBP'], ['USD', 'USD'], ['EUR', 'EUR'],
];
const FUNCTION_WORDS = /^(?:of|the|and|or|to|in|on|at|for|by|with|from|is|are|was|were|has|have|had|will|would|per|than|a|an|that|which|who|it|this|these|those|as|each|more|less|new-built)$/i;
const PERSON_NOUNS = /^(?:people|persons|residents|workers|villagers|employees|jobs|visitors|tourists|students|farmers|staff|officials|volunteers|teachers|doctors|households?)$/i;
/** Words that, when plural after a number, are not counters of the thing measured. */
const NOT_COUNTERS = /^(?:is|was|has|this|its|his|yes|less|as|us|was|does|thus|plus|across|always|perhaps|news|series|means|per|hours|days|years|months|weeks|minutes|times)$/i;

export function extractEnglishClaims(text: string): Claim[] {
  const sentences = sentenceIndex(text);
  const out: Claim[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const prevC = i > 0 ? text.charCodeAt(i - 1) : 32;
    let next = i + 1;
    if (c >= 48 && c <= 57 && !isWordChar(prevC)) {
      next = scanDigits(text, i, out, sentences);
    } else if (isLetter(c) && !isLetter(prevC) && /^(?:RMB|CNY|USD|EUR|US\$|HK\$)\s?[0-9]/.test(text.slice(i, i + 6))) {
      next = scanDigits(text, i, out, sentences);
    } else if (isLetter(c) && !isLetter(prevC)) {
      next = scanWords(text, i, out, sentences);
    } else if (c === 36 /* $ */ || c === 0xa5 || c === 0xffe5 || c === 0x20ac || c === 0xa3) {
      next = scanDigits(text, i, out, sentences);
    }
    i = Math.max(next, i + 1);
  }
  return out;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 95;

interface Num {
  start: number;
  end: number;
  value: number;
  words: boolean;
  year: boolean;
  currency?: string;
}

/** A number in digits, with an optional currency before it and a scale word after it. */
function readDigits(text: string, i: number): Num | null {
  let p = i;
  let currency: string | undefined;
  for (const [sym, code] of CURRENCY_BEFORE) {
    if (text.startsWith(sym, p)) {
      const q = text[p + sym.length] === ' ' && sym.length > 1 ? p + sym.length + 1 : p + sym.length;
      if (/[0-9]/.test(text[q] ?? '')) {
        currency = code;
        p = q;
      }
      break;
    }
  }
  if (!/[0-9]/.test(text[p] ?? '')) return null;
  const a = readArabic(text, p);
  if (a.dotted || a.leadingZero) return { start: i, end: a.end, value: NaN, words: false, year: false };
  let value = a.value;
  let end = a.end;
  const sm = SCALE_RE.exec(text.slice(end, end + 12));
  if (sm && !(sm[1] === 'k' && !/^k\b/.test(text.slice(end)))) {
    value *= SCALE[sm[1].toLowerCase()];
    end += sm[0].length;
  }
  const year = !currency && !sm && a.intDigits === 4 && !/[,.]/.test(text.slice(p, a.end)) && value >= 1800 && value <= 2100;
  return { start: i, end, value: round(value), words: false, year, currency };
}

function scanDigits(text: string, i: number, out: Claim[], sentences: Sentences): number {
  const num = readDigits(text, i);
  if (!num) return i + 1;
  if (Number.isNaN(num.value)) return num.end;
  // Glued to letters (5G, 3rd, COVID-19, A4) or a code.
  const after = text.charCodeAt(num.end);
  if (isLetter(after) && !/^(?:km|m|ha|kg|t|kv|kw|mw|gw|kwh|mu)\b/i.test(text.slice(num.end, num.end + 4))) return skipWord(text, num.end);
  if (text[i - 1] === '-' && isLetter(text.charCodeAt(i - 2))) return num.end;
  if (/^\d{3,}[-/.]\d/.test(text.slice(num.start, num.end + 2)) && !/^[-–]\d/.test(text.slice(num.end))) return num.end;
  const before = text.slice(Math.max(0, i - 12), i);
  if (MONTHS.test(before.trimEnd()) || MONTH_AFTER.test(text.slice(num.end, num.end + 12))) return num.end;
  if (/(?:no\.|number|route|line|room|phase|grade|level|class|version|v)\s*$/i.test(before)) return num.end;
  return finish(text, num, out, sentences);
}

function scanWords(text: string, i: number, out: Claim[], sentences: Sentences): number {
  NUMBER_WORDS.lastIndex = i;
  const m = NUMBER_WORDS.exec(text);
  if (!m || m[0].length === 0) return skipWord(text, i);
  let phrase = m[0];
  // "one"/"a" alone is an article, not a figure; fractions need their "a/one" (a third).
  if (/^(?:a|an|one|zero)$/i.test(phrase) || /^an? /i.test(phrase) && !/(?:third|quarter|fifth|half|hundred|thousand|million|billion|dozen)s?$/i.test(phrase)) {
    return i + phrase.length;
  }
  const end = i + phrase.length;
  let value: number | null = null;
  const frac = /^(a|one|two|three)[ -](third|quarter|fifth|half)s?$/i.exec(phrase);
  if (frac) {
    const k = /^(?:a|one)$/i.test(frac[1]) ? 1 : frac[1].toLowerCase() === 'two' ? 2 : 3;
    const d = { third: 3, quarter: 4, fifth: 5, half: 2 }[frac[2].toLowerCase() as 'third'];
    const percent = round((k / d) * 100);
    return finish(text, { start: i, end, value: percent, words: true, year: false }, out, sentences, 'percent');
  }
  phrase = phrase.replace(/^an? /i, 'one ');
  const got = nlp(phrase).numbers().get() as number[];
  value = typeof got[0] === 'number' ? got[0] : null;
  if (value === null || value === 0) return end;
  return finish(text, { start: i, end, value, words: true, year: false }, out, sentences);
}

function skipWord(text: string, p: number): number {
  let q = p;
  while (q < text.length && isWordChar(text.charCodeAt(q))) q++;
  return q;
}

interface UnitHit {
  code: string;
  end: number;
  counter?: string;
}

/** The unit after p: a unit word from the table, or a plural noun counted (300 companies). */
function unitAfter(text: string, p: number, num: Num): UnitHit | null {
  let q = p;
  if (text[q] === '-' || text[q] === ' ' || text[q] === '\u00a0') q++;
  if (text[q] === ' ') q++;
  const rest = text.slice(q, q + 40);
  const lower = rest.toLowerCase();
  for (const [w, u, isWord] of UNIT_LIST) {
    const hit = isWord ? lower.startsWith(w) : rest.startsWith(w);
    if (!hit) continue;
    const after = rest.charCodeAt(w.length);
    if (isWordChar(after)) continue;
    // Bare symbols need to touch the number or be a known symbol (20 km, 12%); "a" or "m" alone after a space are words.
    if (!isWord && w.length === 1 && q > p && w !== '%' && w !== '$') continue;
    if (u.kind === 'count') continue; // counters are handled below, by noun
    if (u.code === 'times' && w === 'times' && !/^(?:as|more|higher|larger|bigger|that|the)\b/i.test(text.slice(q + w.length + 1, q + w.length + 8))) continue;
    let end = q + w.length;
    let code = u.code;
    // Rates: yuan per mu, yuan/sq m, per capita.
    const rate = /^\s*(?:per|\/|a)\s*/i.exec(text.slice(end, end + 6));
    if (u.kind === 'money' && rate) {
      const per = unitAfter(text, end + rate[0].length - 1, { ...num, value: 2 });
      if (per && per.code !== code && !per.code.includes('/')) {
        return { code: rateUnit(code, per.counter === 'person' ? 'person' : per.code), end: per.end };
      }
    }
    return { code, end };
  }
  if (num.year || num.currency) return null;
  // Counted nouns: a plural noun right after the number or after one or two modifiers (300 new companies).
  const m = /^([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?(?:\s+([a-z][a-z-]*))?/i.exec(rest);
  if (!m) return null;
  for (let k = 1; k <= 3 && m[k]; k++) {
    const noun = m[k];
    const lowerNoun = noun.toLowerCase();
    if (FUNCTION_WORDS.test(noun)) return null;
    const person = PERSON_NOUNS.test(noun);
    const plural = person || (/(?:[^s]s|ies|ses|xes)$/.test(lowerNoun) && lowerNoun.length > 3 && !NOT_COUNTERS.test(noun));
    if (!plural) continue;
    const code = person ? (/^households?$/i.test(noun) ? 'household' : 'person') : /^(?:projects|items|measures|policies)$/i.test(noun) ? 'item' : 'count';
    const end = q + rest.indexOf(noun, k === 1 ? 0 : m[1].length) + noun.length;
    return { code, end, counter: code };
  }
  return null;
}

function finish(text: string, num: Num, out: Claim[], sentences: Sentences, forcedUnit?: string): number {
  let unit: UnitHit | null = forcedUnit ? { code: forcedUnit, end: num.end } : null;
  let high: Num | null = null;
  if (!unit && num.currency) unit = { code: num.currency, end: num.end };
  if (!unit) unit = unitAfter(text, num.end, num);
  // Ranges: 10-20 hectares, 10 to 20 hectares, between 10 and 20 hectares, 10%-20%.
  const conn = /^\s*(?:-|–|—|to|and)\s*/i.exec(text.slice(unit ? unit.end : num.end, (unit ? unit.end : num.end) + 8));
  const between = /\bbetween\s*$/i.test(text.slice(Math.max(0, num.start - 10), num.start));
  const from = /\bfrom\s*$/i.test(text.slice(Math.max(0, num.start - 6), num.start));
  if (conn && !from && (conn[0].trim() !== 'and' || between)) {
    const q = (unit ? unit.end : num.end) + conn[0].length;
    const second = /[0-9$¥€]/.test(text[q] ?? '') ? readDigits(text, q) : null;
    if (second && !Number.isNaN(second.value)) {
      const u2 = second.currency ? { code: second.currency, end: second.end } : unitAfter(text, second.end, second);
      if (u2 && (!unit || unit.code === u2.code)) {
        if (num.year && second.year && u2.code === 'year') return u2.end;
        high = second;
        unit = u2;
      }
    }
  }
  if (!unit) return num.end;
  if (num.year && !high) return unit.end;
  // A voltage class used as an attribute names the facility (a 110 kV substation): optional in gold, not reported.
  if (unit.code === 'kV' && /^[\s-]+(?!and\b|or\b|of\b|to\b)[a-z]/.test(text.slice(unit.end, unit.end + 6))) return unit.end;
  let value = num.value;
  if (high) {
    const scaleWord = SCALE_RE.exec(text.slice(high.start, high.end).replace(/^[^a-z]*/i, ''));
    void scaleWord;
    // "3.5-4 billion yuan": the scale written once applies to both ends.
    const hs = /(thousand|million|billion|trillion|bn|mn)\b/i.exec(text.slice(high.start, high.end));
    const ls = /(thousand|million|billion|trillion|bn|mn)\b/i.exec(text.slice(num.start, num.end));
    if (hs && !ls) value = round(value * SCALE[hs[1].toLowerCase()]);
  }
  // Money written twice: "500 million yuan ($70 million)" keeps both; "$20 million USD" is one.
  if (num.currency && /^\s*(?:usd|us dollars|dollars|yuan|rmb)\b/i.test(text.slice(unit.end, unit.end + 12))) {
    unit = { ...unit, end: unit.end + /^\s*\S+/.exec(text.slice(unit.end))![0].length };
  }
  const before = text.slice(Math.max(0, num.start - 30), num.start);
  let approx: Approx = 'exact';
  for (const [re, a] of BEFORE) if (re.test(before)) { approx = a; break; }
  const tail = text.slice(unit.end, unit.end + 20);
  if (approx === 'exact') for (const [re, a] of AFTER) if (re.test(tail)) { approx = a; break; }
  if (text[num.end] === '+' && approx === 'exact') approx = 'at_least';
  let change: Change | undefined;
  const stripped = before.replace(/(?:about|around|approximately|roughly|nearly|almost|more than|over|less than|some|up to)\s*$/i, '');
  for (const [re, ch] of CHANGE_BEFORE) if (re.test(stripped)) { change = ch; break; }
  if (!change && unit.code === 'percent') for (const [re, ch] of CHANGE_AFTER) if (re.test(tail)) { change = ch; break; }
  let code = unit.code;
  if (code === 'CNY' || code === 'USD' || code === 'EUR') {
    const s0 = sentences.at(num.start);
    if (/per[ -]capita|per person/i.test(text.slice(s0[0], num.start))) code = rateUnit(code, 'person');
  }
  const [sa, sb] = sentences.at(num.start);
  const sentence = joinLines(text.slice(sa, sb), true);
  const subject = subjectOf(text, sa, num.start, unit.end, unit.counter);
  out.push(
    makeClaim(text, {
      start: num.start, end: unit.end, value, unit: code, approx, change,
      range: high ? { low: value, high: round(high.value) } : undefined, subject, sentence,
    }),
  );
  return unit.end;
}

function round(x: number): number {
  return x === 0 || !Number.isFinite(x) ? x : Number.parseFloat(x.toPrecision(12));
}

interface Sentences {
  at(pos: number): [number, number];
}

/** Sentence spans from compromise, with offsets checked against the text (fallback: punctuation). */
function sentenceIndex(text: string): Sentences {
  const spans: Array<[number, number]> = [];
  if (/[0-9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|million|billion|third|half|dozen)\b/i.test(text)) {
    type SentenceJson = { offset: { start: number; length: number }; text: string };
    for (const s of nlp(text).sentences().json({ offset: true }) as SentenceJson[]) {
      spans.push([s.offset.start, s.offset.start + s.offset.length]);
    }
  }
  return {
    at(pos: number): [number, number] {
      let lo = 0, hi = spans.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [a, b] = spans[mid];
        if (pos < a) hi = mid - 1;
        else if (pos >= b) lo = mid + 1;
        else return [a, b];
      }
      let a = pos;
      while (a > 0 && pos - a < 300 && !/[.!?\n]/.test(text[a - 1])) a--;
      let b = pos;
      while (b < text.length && b - pos < 300 && !/[.!?\n]/.test(text[b])) b++;
      return [a, Math.min(text.length, b + 1)];
    },
  };
}

/** The measured thing: "1,000 mu of industrial land" → industrial land; "300 companies" → companies; else the noun phrase before. */
function subjectOf(text: string, sa: number, start: number, end: number, counter?: string): string {
  const of = /^\s*(?:of|in|for)\s+((?:the\s+)?[a-z][a-z -]{2,40}?)(?=[,.;:()]|\s(?:in|at|on|by|to|was|were|is|are|will|has|have|had|from|with|and|this|last|since)\b|$)/i.exec(
    text.slice(end, end + 60),
  );
  if (of) return of[1].replace(/^the\s+/i, '').trim();
  if (counter) {
    const w = /\s*((?:[a-z-]+\s+){0,2}[a-z]+)/i.exec(text.slice(start, end).replace(/^[\d,.\s]+/, ''));
    if (w) return w[1].trim();
  }
  const clause = text.slice(sa, start).split(/[,;:()]/).pop() ?? '';
  const nouns = nlp(clause).nouns().out('array') as string[];
  const last = nouns.filter((x) => !/^\d|^(?:it|they|this|that|which)$/i.test(x)).pop();
  return (last ?? clause.trim().split(/\s+/).slice(-3).join(' ')).replace(/[.,]$/, '').slice(0, 60);
}
